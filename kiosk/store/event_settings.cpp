#include "store/event_settings.h"

#include <set>

#include <yaml-cpp/yaml.h>

#include "base/atomic_file.h"

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

std::vector<std::string> read_list(const YAML::Node& key, const YAML::Node& value, const std::string& name,
                                   const std::string& expected, const std::string& item_expected) {
    if (!value.IsNull() && !value.IsSequence()) {
        throw SettingsError{value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value)};
    }
    for (const YAML::Node& item : value) {
        if (!item.IsScalar()) {
            throw SettingsError{item.Mark(), "each item of '" + name + "' should be " + item_expected + ", not " +
                                                 shown(item)};
        }
    }
    return read<std::vector<std::string>>(key, value, name, expected);
}

EventSettings read_settings(const YAML::Node& root, const PrinterCheck& check_printer) {
    EventSettings settings;
    if (root.IsNull()) return settings;
    if (!root.IsMap()) throw SettingsError{root.Mark(), "the settings file must be a mapping of key: value"};
    for (const auto& entry : root) {
        const auto key = key_of(entry.first);
        const YAML::Node& value = entry.second;
        if (key == "printer") {
            settings.printer = read_text(entry.first, value, key, "a printer's name");
            if (const std::string problem = check_printer ? check_printer(settings.printer) : ""; !problem.empty())
                throw SettingsError{value.Mark(), "'printer' '" + settings.printer + "': " + problem};
        } else if (key == "save_dir") {
            settings.save_dir = read_text(entry.first, value, key, "a folder");
        } else if (key == "default_state") {
            settings.default_state = read_text(entry.first, value, key, "a state id like MO");
        } else if (key == "default_county") {
            settings.default_county = read_text(entry.first, value, key, "a county name");
        } else if (key == "languages") {
            settings.languages = read_list(entry.first, value, key, "a list of language codes like [en, es]",
                                           "a language code like en");
        } else if (key == "stick_folders") {
            for (const auto& folder : read_list(entry.first, value, key, "a list of folders like [/media]", "a folder"))
                settings.stick_folders.emplace_back(folder);
        } else if (key == "trusted_key") {
            settings.trusted_key = read_text(entry.first, value, key, "a minisign public key file");
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

tl::expected<EventSettings, std::string> load_event_settings(const std::filesystem::path& file,
                                                             const PrinterCheck& check_printer) {
    if (file.empty()) return EventSettings{};
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return tl::make_unexpected(file.string() + ": not a file");
    // A settings file is a few lines; refuse anything large before parsing it.
    if (std::filesystem::file_size(file, error) > 64 * 1024)
        return tl::make_unexpected(file.string() + ": too large for a settings file (64 KB at most)");
    try {
        EventSettings settings = read_settings(YAML::LoadFile(file.string()), check_printer);
        if (!settings.trusted_key.empty() && settings.trusted_key.is_relative())
            settings.trusted_key = file.parent_path() / settings.trusted_key;
        return settings;
    } catch (const SettingsError& problem) {
        return tl::make_unexpected(locate(file, problem.mark, problem.message));
    } catch (const YAML::Exception& problem) {
        return tl::make_unexpected(locate(file, problem.mark, problem.msg));
    }
}

std::filesystem::path default_settings_file(const std::filesystem::path& data_dir) {
    return data_dir / "event-settings.yaml";
}

tl::expected<void, std::string> save_event_settings(const std::filesystem::path& file, const EventSettings& settings) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    if (!settings.printer.empty()) out << YAML::Key << "printer" << YAML::Value << settings.printer;
    if (!settings.save_dir.empty()) out << YAML::Key << "save_dir" << YAML::Value << settings.save_dir.string();
    if (!settings.default_state.empty()) out << YAML::Key << "default_state" << YAML::Value << settings.default_state;
    if (!settings.default_county.empty()) out << YAML::Key << "default_county" << YAML::Value << settings.default_county;
    if (settings.paper) {
        out << YAML::Key << "paper" << YAML::Value << (*settings.paper == content::PaperSize::A4 ? "a4" : "letter");
    }
    if (settings.idle) {
        out << YAML::Key << "idle" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "still_there_after_seconds" << YAML::Value << settings.idle->still_there_after_seconds;
        out << YAML::Key << "reset_after_seconds" << YAML::Value << settings.idle->reset_after_seconds;
        out << YAML::Key << "done_reset_after_seconds" << YAML::Value << settings.idle->done_reset_after_seconds;
        out << YAML::EndMap;
    }
    if (!settings.languages.empty()) out << YAML::Key << "languages" << YAML::Value << YAML::Flow << settings.languages;
    if (settings.screen_dpi != EventSettings{}.screen_dpi) out << YAML::Key << "screen_dpi" << YAML::Value << settings.screen_dpi;
    out << YAML::EndMap;
    if (!out.good()) return tl::make_unexpected(file.string() + ": the settings could not be written: " + out.GetLastError());
    return base::write_file_atomically(file, std::string(out.c_str()) + "\n", 0644);
}

}  // namespace kiosk::store
