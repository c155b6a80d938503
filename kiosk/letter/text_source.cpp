#include "letter/text_source.h"

#include <fstream>
#include <iterator>

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
    : root_(pack.root), recipients_(read(pack.root / "recipients.yaml")) {
    for (const auto& [language, rules] : pack.language_rules) {
        strings_.emplace(language, read(pack.root / "strings" / (language + ".yaml")));
    }
}

content::TextPlace YamlTextFile::start_of(const std::string& value) const {
    if (!places_) places_ = content::scalar_places(text_);
    const auto found = places_->find(value);
    return found == places_->end() ? content::TextPlace{} : found->second;
}

PackTextSources::YamlFile PackTextSources::read(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    return {path.string(), std::make_shared<const YamlTextFile>(std::move(text))};
}

TextSource PackTextSources::find(const YamlFile& file) { return {file.shown, file.file}; }

TextSource PackTextSources::template_file(const std::string& recipient_id,
                                          const content::LanguageCode& language) const {
    return {(root_ / "templates" / (recipient_id + "." + language + ".mustache")).string(), nullptr};
}

TextSource PackTextSources::recipients_text(const std::string&) const { return find(recipients_); }

TextSource PackTextSources::strings_text(const content::LanguageCode& language, const std::string&) const {
    const auto file = strings_.find(language);
    if (file != strings_.end()) return find(file->second);
    return {(root_ / "strings" / (language + ".yaml")).string(), std::make_shared<const YamlTextFile>(std::string())};
}

}  // namespace kiosk::letter
