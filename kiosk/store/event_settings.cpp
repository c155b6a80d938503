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

template <typename Value>
Value read(const YAML::Node& node, const std::string& key) {
    try {
        return node.as<Value>();
    } catch (const YAML::Exception&) {
        throw SettingsError{node.Mark(), "'" + key + "' has the wrong type"};
    }
}

int read_seconds(const YAML::Node& node, const std::string& key) {
    const int seconds = read<int>(node, key);
    if (seconds < 5 || seconds > 24 * 3600) throw SettingsError{node.Mark(), "'" + key + "' must be 5 to 86400 seconds"};
    return seconds;
}

content::IdleTimes read_idle(const YAML::Node& node) {
    if (!node.IsMap()) throw SettingsError{node.Mark(), "'idle' must be a mapping"};
    content::IdleTimes idle;
    for (const auto& entry : node) {
        const auto key = entry.first.as<std::string>();
        if (key == "still_there_after_seconds") idle.still_there_after_seconds = read_seconds(entry.second, key);
        else if (key == "reset_after_seconds") idle.reset_after_seconds = read_seconds(entry.second, key);
        else if (key == "done_reset_after_seconds") idle.done_reset_after_seconds = read_seconds(entry.second, key);
        else throw SettingsError{entry.first.Mark(), "unknown key '" + key + "' in 'idle'"};
    }
    return idle;
}

EventSettings read_settings(const YAML::Node& root) {
    EventSettings settings;
    if (root.IsNull()) return settings;
    if (!root.IsMap()) throw SettingsError{root.Mark(), "the settings file must be a mapping of key: value"};
    for (const auto& entry : root) {
        const auto key = entry.first.as<std::string>();
        const YAML::Node& value = entry.second;
        if (key == "printer") settings.printer = read<std::string>(value, key);
        else if (key == "save_dir") settings.save_dir = read<std::string>(value, key);
        else if (key == "default_state") settings.default_state = read<std::string>(value, key);
        else if (key == "default_county") settings.default_county = read<std::string>(value, key);
        else if (key == "languages") settings.languages = read<std::vector<std::string>>(value, key);
        else if (key == "idle") settings.idle = read_idle(value);
        else if (key == "screen_dpi") {
            settings.screen_dpi = read<float>(value, key);
            if (settings.screen_dpi < 50.f || settings.screen_dpi > 600.f)
                throw SettingsError{value.Mark(), "'screen_dpi' must be between 50 and 600"};
        } else if (key == "paper") {
            const auto paper = read<std::string>(value, key);
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
