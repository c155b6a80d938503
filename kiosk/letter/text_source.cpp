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
    const content::TextPlace place =
        source.yaml ? content::place_in_scalar(source.yaml->text(), source.yaml->start_of(text), text, offset)
                    : place_in_file(text, offset);
    return {source.file, place.line, place.column, std::move(message)};
}

PackTextSources::PackTextSources(const content::Pack& pack)
    : shown_root_(pack.shown_root.empty() ? pack.root : pack.shown_root),
      recipients_(read(pack.root / "recipients.yaml", content::shown_path(shown_root_, "recipients.yaml"))),
      states_(read(pack.root / "states.yaml", content::shown_path(shown_root_, "states.yaml"))) {
    for (const auto& [language, rules] : pack.language_rules) {
        const std::filesystem::path file = std::filesystem::path("strings") / (language + ".yaml");
        strings_.emplace(language, read(pack.root / file, content::shown_path(shown_root_, file)));
    }
}

content::TextPlace YamlTextFile::start_of(const std::string& value) const {
    if (!places_) places_ = content::scalar_places(text_);
    const auto found = places_->find(value);
    return found == places_->end() ? content::TextPlace{} : found->second;
}

PackTextSources::YamlFile PackTextSources::read(const std::filesystem::path& path, std::string shown) {
    std::ifstream in{path, std::ios::binary};
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    return {std::move(shown), std::make_shared<const YamlTextFile>(std::move(text))};
}

TextSource PackTextSources::find(const YamlFile& file) { return {file.shown, file.file}; }

TextSource PackTextSources::template_file(const std::string& recipient_id,
                                          const content::LanguageCode& language) const {
    const std::filesystem::path file = std::filesystem::path("templates") / (recipient_id + "." + language + ".mustache");
    return {content::shown_path(shown_root_, file), nullptr};
}

TextSource PackTextSources::recipients_text(const std::string&) const { return find(recipients_); }

TextSource PackTextSources::states_text(const std::string&) const { return find(states_); }

TextSource PackTextSources::strings_text(const content::LanguageCode& language, const std::string&) const {
    const auto file = strings_.find(language);
    if (file != strings_.end()) return find(file->second);
    return {content::shown_path(shown_root_, std::filesystem::path("strings") / (language + ".yaml")),
            std::make_shared<const YamlTextFile>(std::string())};
}

}  // namespace kiosk::letter
