#include "store/event_settings.h"

#include <set>

#include <yaml-cpp/yaml.h>

namespace kiosk::store {
namespace {

// Thrown inside this file only, turned into a located message by load_event_settings.
struct SettingsError {
    YAML::Mark mark;
    std::string message;
};

// How a value looks, for messages: "'abc'", "a list", "a mapping".
std::string shown(const YAML::Node& value) {
    if (value.IsSequence()) return "a list";
    if (value.IsMap()) return "a mapping";
    return "'" + value.Scalar() + "'";
}

// The value of `key` as a Value, or a SettingsError saying what it should be instead
// (`expected`), placed at the value, or at the key when the value is empty.
template <typename Value>
Value read(const YAML::Node& key, const YAML::Node& value, const std::string& name, const std::string& expected) {
    if (value.IsNull()) throw SettingsError{key.Mark(), "'" + name + "' is empty; it should be " + expected};
    try {
        return value.as<Value>();
    } catch (const YAML::Exception&) {
        throw SettingsError{value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value)};
    }
}

std::string read_text(const YAML::Node& key, const YAML::Node& value, const std::string& name,
                      const std::string& expected) {
    if (!value.IsNull() && !value.IsScalar()) {
        throw SettingsError{value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value)};
    }
    return read<std::string>(key, value, name, expected);
}

// A key of the file: a plain word, or a SettingsError.
std::string key_of(const YAML::Node& key) {
    if (!key.IsScalar()) throw SettingsError{key.Mark(), "a key should be a word like printer, not " + shown(key)};
    return key.Scalar();
}

int read_seconds(const YAML::Node& key, const YAML::Node& value, const std::string& name) {
    const std::string expected = "a whole number of seconds from 5 to 86400";
    const int seconds = read<int>(key, value, name, expected);
    if (seconds < 5 || seconds > 24 * 3600)
        throw SettingsError{value.Mark(), "'" + name + "' must be 5 to 86400 seconds"};
    return seconds;
}

content::IdleTimes read_idle(const YAML::Node& key, const YAML::Node& node) {
    if (!node.IsMap()) {
        throw SettingsError{node.IsNull() ? key.Mark() : node.Mark(),
                            "'idle' should be a mapping like {reset_after_seconds: 30}, not " +
                                (node.IsNull() ? std::string{"empty"} : shown(node))};
    }
    content::IdleTimes idle;
    for (const auto& entry : node) {
        const auto name = key_of(entry.first);
        int* seconds = name == "still_there_after_seconds" ? &idle.still_there_after_seconds
                       : name == "reset_after_seconds"      ? &idle.reset_after_seconds
                       : name == "done_reset_after_seconds" ? &idle.done_reset_after_seconds
                                                            : nullptr;
        if (!seconds) throw SettingsError{entry.first.Mark(), "unknown key '" + name + "' in 'idle'"};
        *seconds = read_seconds(entry.first, entry.second, name);
    }
    return idle;
}

std::vector<std::string> read_languages(const YAML::Node& key, const YAML::Node& value) {
    const std::string expected = "a list of language codes like [en, es]";
    if (!value.IsNull() && !value.IsSequence()) {
        throw SettingsError{value.Mark(), "'languages' should be " + expected + ", not " + shown(value)};
    }
    for (const YAML::Node& item : value) {
        if (!item.IsScalar()) {
            throw SettingsError{item.Mark(), "each item of 'languages' should be a language code like en, not " +
                                                 shown(item)};
        }
    }
    return read<std::vector<std::string>>(key, value, "languages", expected);
}

EventSettings read_settings(const YAML::Node& root) {
    EventSettings settings;
    if (root.IsNull()) return settings;
    if (!root.IsMap()) throw SettingsError{root.Mark(), "the settings file must be a mapping of key: value"};
    for (const auto& entry : root) {
        const auto key = key_of(entry.first);
        const YAML::Node& value = entry.second;
        if (key == "printer") {
            settings.printer = read_text(entry.first, value, key, "a printer's name");
        } else if (key == "save_dir") {
            settings.save_dir = read_text(entry.first, value, key, "a folder");
        } else if (key == "default_state") {
            settings.default_state = read_text(entry.first, value, key, "a state id like MO");
        } else if (key == "default_county") {
            settings.default_county = read_text(entry.first, value, key, "a county name");
        } else if (key == "languages") {
            settings.languages = read_languages(entry.first, value);
        } else if (key == "idle") {
            settings.idle = read_idle(entry.first, value);
        } else if (key == "screen_dpi") {
            settings.screen_dpi = read<float>(entry.first, value, key, "a number like 141");
            // Written so that .nan, which yaml-cpp reads as a float, is refused too.
            if (!(settings.screen_dpi >= 50.f && settings.screen_dpi <= 600.f))
                throw SettingsError{value.Mark(), "'screen_dpi' must be between 50 and 600"};
        } else if (key == "paper") {
            const auto paper = read_text(entry.first, value, key, "letter or a4");
            if (paper == "letter") settings.paper = content::PaperSize::Letter;
            else if (paper == "a4") settings.paper = content::PaperSize::A4;
            else throw SettingsError{value.Mark(), "'paper' must be letter or a4"};
        } else {
            throw SettingsError{entry.first.Mark(), "unknown key '" + key + "'"};
        }
    }
    return settings;
}

std::string locate(const std::filesystem::path& file, const YAML::Mark& mark, const std::string& message) {
    if (mark.is_null()) return file.string() + ": " + message;
    return file.string() + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) + ": " + message;
}

}  // namespace

tl::expected<EventSettings, std::string> load_event_settings(const std::filesystem::path& file) {
    if (file.empty()) return EventSettings{};
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return tl::make_unexpected(file.string() + ": not a file");
    // A settings file is a few lines; refuse anything large before parsing it.
    if (std::filesystem::file_size(file, error) > 64 * 1024)
        return tl::make_unexpected(file.string() + ": too large for a settings file (64 KB at most)");
    try {
        return read_settings(YAML::LoadFile(file.string()));
    } catch (const SettingsError& problem) {
        return tl::make_unexpected(locate(file, problem.mark, problem.message));
    } catch (const YAML::Exception& problem) {
        return tl::make_unexpected(locate(file, problem.mark, problem.msg));
    }
}

}  // namespace kiosk::store
