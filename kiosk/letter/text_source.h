// Where a Mustache text of a pack is, so a problem found in it points into its file:
// a template file, or a text inside recipients.yaml or strings/<lang>.yaml.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "content/pack.h"
#include "content/problem.h"
#include "content/yaml_scalar_places.h"

namespace kiosk::letter {

// A YAML file of the pack, read once more for the places of its texts. The places are
// found only when a problem in one of its texts is reported: finding them parses the
// file, which costs as much as loading it, and a good pack has no problem to place.
class YamlTextFile {
public:
    explicit YamlTextFile(std::string text) : text_(std::move(text)) {}
    const std::string& text() const { return text_; }
    // Where `value`, a text of the file, begins; line 0 when not found.
    content::TextPlace start_of(const std::string& value) const;

private:
    std::string text_;
    mutable std::optional<std::unordered_map<std::string, content::TextPlace>> places_;
};

struct TextSource {
    std::string file;  // as shown to staff
    // The YAML file the text is in, or null when the text is the whole file (a template).
    std::shared_ptr<const YamlTextFile> yaml;
};

// The problem `message` about byte `offset` of `text`, which comes from `source`.
content::Problem problem_in(const TextSource& source, const std::string& text, std::size_t offset,
                            std::string message);

// The pack's YAML files read once more, for their places (the loaded pack keeps none).
class PackTextSources {
public:
    explicit PackTextSources(const content::Pack& pack);

    TextSource template_file(const std::string& recipient_id, const content::LanguageCode& language) const;
    TextSource recipients_text(const std::string& text) const;
    TextSource states_text(const std::string& text) const;
    TextSource strings_text(const content::LanguageCode& language, const std::string& text) const;

private:
    struct YamlFile {
        std::string shown;
        std::shared_ptr<const YamlTextFile> file;
    };
    static YamlFile read(const std::filesystem::path& path, std::string shown);
    static TextSource find(const YamlFile& file);

    std::filesystem::path shown_root_;
    YamlFile recipients_;
    YamlFile states_;
    std::map<content::LanguageCode, YamlFile> strings_;
};

}  // namespace kiosk::letter
