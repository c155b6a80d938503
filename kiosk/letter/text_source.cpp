#include "letter/text_source.h"

#include <fstream>
#include <iterator>

#include "content/shown_path.h"
#include "letter/utf8.h"

namespace kiosk::letter {

namespace {

// 1-based line and column (in characters, as an editor shows them) of byte `offset` of a
// template file.
content::TextPlace place_in_file(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    const auto column = decode_utf8(std::string_view{text}.substr(line_start, offset - line_start)).size() + 1;
    return {line, static_cast<int>(column), offset};
}

}  // namespace

content::Problem problem_in(const TextSource& source, const std::string& text, std::size_t offset,
                            std::string message) {
    const content::TextPlace place = source.yaml_text
                                         ? content::place_in_scalar(*source.yaml_text, source.start, text, offset)
                                         : place_in_file(text, offset);
    return {source.file, place.line, place.column, std::move(message)};
}

PackTextSources::PackTextSources(const content::Pack& pack)
    : shown_root_(pack.shown_root.empty() ? pack.root : pack.shown_root),
      recipients_(read(pack.root / "recipients.yaml", content::shown_path(shown_root_, "recipients.yaml"))) {
    for (const auto& [language, rules] : pack.language_rules) {
        const std::filesystem::path file = std::filesystem::path("strings") / (language + ".yaml");
        strings_.emplace(language, read(pack.root / file, content::shown_path(shown_root_, file)));
    }
}

PackTextSources::YamlFile PackTextSources::read(const std::filesystem::path& path, std::string shown) {
    std::ifstream in{path, std::ios::binary};
    auto text =
        std::make_shared<const std::string>(std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{});
    auto places = content::scalar_places(*text);
    return {std::move(shown), std::move(text), std::move(places)};
}

TextSource PackTextSources::find(const YamlFile& file, const std::string& text) {
    const auto found = file.places.find(text);
    return {file.shown, file.text, found == file.places.end() ? content::TextPlace{} : found->second};
}

TextSource PackTextSources::template_file(const std::string& recipient_id,
                                          const content::LanguageCode& language) const {
    const std::filesystem::path file = std::filesystem::path("templates") / (recipient_id + "." + language + ".mustache");
    return {content::shown_path(shown_root_, file), nullptr, {1, 1, 0}};
}

TextSource PackTextSources::recipients_text(const std::string& text) const { return find(recipients_, text); }

TextSource PackTextSources::strings_text(const content::LanguageCode& language, const std::string& text) const {
    const auto file = strings_.find(language);
    if (file != strings_.end()) return find(file->second, text);
    return {content::shown_path(shown_root_, std::filesystem::path("strings") / (language + ".yaml")),
            std::make_shared<const std::string>(), {}};
}

}  // namespace kiosk::letter
