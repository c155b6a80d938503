// Every key of the event settings file in one table: its name, its type and bounds, the
// sentence that says what a right value is, an example, and who may change it. The
// reader and the writer both walk this table, so a key cannot be read but not written
// (a staff Save once dropped `trusted_key` and turned signature checking off).
#pragma once

#include <yaml-cpp/yaml.h>

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <variant>
#include <vector>

#include "store/event_settings.h"

namespace kiosk::store {

// Who may change a key: the staff screen (and so its Save rewrites it), or only whoever
// edits the file (a Save keeps what the file says, exactly).
enum class SettingOwner { Staff, File };

// The types a key can have, each naming the EventSettings member it fills. A key that is
// left out keeps that member's default (EventSettings{}), and a value equal to the
// default is not written.
struct TextSetting {
    std::string EventSettings::*member;
};
// Text that the print module checks as a printer address (PrinterCheck).
struct PrinterSetting {
    std::string EventSettings::*member;
};
// A path; `from_settings_folder`: a relative one is taken from the settings file's folder.
struct PathSetting {
    std::filesystem::path EventSettings::*member;
    bool from_settings_folder;
};
struct WordListSetting {
    std::vector<std::string> EventSettings::*member;
    const char* item_expected;
};
// `refusal`: why an item cannot be used (a plain sentence), or "" when it can.
struct PathListSetting {
    std::vector<std::filesystem::path> EventSettings::*member;
    const char* item_expected;
    std::string (*refusal)(const std::string& item);
};
// A number within the bounds; left out, the member stays empty.
struct NumberSetting {
    std::optional<float> EventSettings::*member;
    float min, max;
};
struct PaperSetting {
    std::optional<content::PaperSize> EventSettings::*member;
};
// A mapping of the three idle times, each a whole number of seconds within the bounds.
struct IdleSetting {
    std::optional<content::IdleTimes> EventSettings::*member;
    int min_seconds, max_seconds;
};

using SettingType = std::variant<TextSetting, PrinterSetting, PathSetting, WordListSetting, PathListSetting,
                                 NumberSetting, PaperSetting, IdleSetting>;

struct SettingKey {
    const char* name;
    SettingOwner owner;
    SettingType type;
    const char* expected;  // what a right value is: "a list of language codes like [en, es]"
    const char* example;   // a right value, not the default, as YAML (the tests write it)
};

extern const std::array<SettingKey, 10> settings_schema;

// The row of `name`, or nullptr when the file format has no such key.
const SettingKey* find_setting(const std::string& name);

// Something wrong with a value, at its place in the file.
struct SettingProblem {
    YAML::Mark mark;
    std::string message;
};

// Reads `value`, found under `key`, into the member the row names. `settings_file` is
// where the value was read (for relative paths); `check_printer` may be empty.
tl::expected<void, SettingProblem> read_setting(const SettingKey& row, const YAML::Node& key, const YAML::Node& value,
                                                EventSettings& settings, const std::filesystem::path& settings_file,
                                                const PrinterCheck& check_printer);

// The row's member of `settings` as a YAML value, or nullopt when it has its default.
std::optional<YAML::Node> written_setting(const SettingKey& row, const EventSettings& settings);

}  // namespace kiosk::store
