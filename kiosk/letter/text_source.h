// Where a Mustache text of a pack is, so a problem found in it points into its file:
// a template file, or a text inside recipients.yaml or strings/<lang>.yaml.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "content/pack.h"
#include "content/problem.h"
#include "content/yaml_scalar_places.h"

namespace kiosk::letter {

struct TextSource {
    std::string file;  // as shown to staff
    // The YAML file the text is in, or null when the text is the whole file (a template).
    std::shared_ptr<const std::string> yaml_text;
    content::TextPlace start;  // where the text begins; line 0 when not found
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
    TextSource strings_text(const content::LanguageCode& language, const std::string& text) const;

private:
    struct YamlFile {
        std::string shown;
        std::shared_ptr<const std::string> text;
        std::unordered_map<std::string, content::TextPlace> places;
    };
    static YamlFile read(const std::filesystem::path& path, std::string shown);
    static TextSource find(const YamlFile& file, const std::string& text);

    std::filesystem::path shown_root_;
    YamlFile recipients_;
    std::map<content::LanguageCode, YamlFile> strings_;
};

}  // namespace kiosk::letter
