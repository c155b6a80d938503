#include "store/settings_schema.h"

#include <cmath>
#include <sstream>

#include "base/result.h"
#include "base/shortened.h"

namespace kiosk::store {

using content::IdleTimes;
using content::PaperSize;

namespace {

// Why `folder` cannot be a stick folder, or "" when it can. Every mount at or under a
// stick folder is taken for a stick and its files offered to staff: "/" would take in
// the whole system, and /proc, /sys and /dev hold the kernel's own files, which are no
// stick and which reading could hang. Judged as written, once "/./proc/", "//sys" and
// "/dev/../proc" are tidied to what they name.
std::string stick_folder_refusal(const std::string& folder) {
    const std::filesystem::path tidied = std::filesystem::path(folder).lexically_normal();
    if (!tidied.is_absolute()) return "";
    const std::filesystem::path inside = tidied.relative_path();
    if (inside.empty()) return "/ is the whole system, and every mount on it would be taken for a stick";
    const std::string top = inside.begin()->string();
    if (top == "proc" || top == "sys" || top == "dev")
        return "/" + top + " holds the system's own files, never a stick";
    return "";
}

}  // namespace

// The defaults are EventSettings{}'s: a key left out of the file leaves its member so.
const std::array<SettingKey, 10> settings_schema{{
    {"printer", SettingOwner::Staff, PrinterSetting{&EventSettings::printer}, "a printer's name", "hall-laser"},
    {"save_dir", SettingOwner::File, PathSetting{&EventSettings::save_dir, false}, "a folder", "/media/usb/letters"},
    {"default_state", SettingOwner::Staff, TextSetting{&EventSettings::default_state}, "a state id like MO", "MO"},
    {"default_county", SettingOwner::Staff, TextSetting{&EventSettings::default_county}, "a county name",
     "Boone County"},
    {"paper", SettingOwner::Staff, PaperSetting{&EventSettings::paper}, "letter or a4", "a4"},
    {"idle", SettingOwner::Staff, IdleSetting{&EventSettings::idle, 5, 24 * 3600},
     "a mapping like {reset_after_seconds: 30}",
     "{still_there_after_seconds: 60, reset_after_seconds: 20, done_reset_after_seconds: 30}"},
    {"languages", SettingOwner::Staff, WordListSetting{&EventSettings::languages, "a language code like en"},
     "a list of language codes like [en, es]", "[es, en]"},
    {"screen_dpi", SettingOwner::File, NumberSetting{&EventSettings::screen_dpi, 50.f, 600.f}, "a number like 141",
     "141"},
    // A relative key file stays relative in the file: the folder may move with it.
    {"trusted_key", SettingOwner::File, PathSetting{&EventSettings::trusted_key, true}, "a minisign public key file",
     "keys/event.pub"},
    {"stick_folders", SettingOwner::File, PathListSetting{&EventSettings::stick_folders, "a folder", stick_folder_refusal},
     "a list of folders like [/media]", "[/media/usb, /run/media]"},
}};

const SettingKey* find_setting(const std::string& name) {
    for (const SettingKey& row : settings_schema)
        if (name == row.name) return &row;
    return nullptr;
}

namespace {

template <typename T>
using Read = tl::expected<T, SettingProblem>;

tl::unexpected<SettingProblem> problem(const YAML::Mark& mark, std::string message) {
    return tl::make_unexpected(SettingProblem{mark, std::move(message)});
}

// How a value looks, for messages: "'abc'" (shortened), "a list", "a mapping".
std::string shown(const YAML::Node& value) {
    if (value.IsSequence()) return "a list";
    if (value.IsMap()) return "a mapping";
    return "'" + base::shortened(value.Scalar()) + "'";
}

std::string number_text(double number) {
    std::ostringstream text;
    text << number;
    return text.str();
}

// The value as a Value, or what it should be instead (`expected`), placed at the value,
// or at the key when the value is empty.
template <typename Value>
Read<Value> converted(const YAML::Node& key, const YAML::Node& value, const std::string& name,
                      const std::string& expected) {
    if (value.IsNull()) return problem(key.Mark(), "'" + name + "' is empty; it should be " + expected);
    try {
        return value.as<Value>();
    } catch (const YAML::Exception&) {
        return problem(value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value));
    }
}

Read<std::string> text(const YAML::Node& key, const YAML::Node& value, const std::string& name,
                       const std::string& expected) {
    if (!value.IsNull() && !value.IsScalar())
        return problem(value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value));
    return converted<std::string>(key, value, name, expected);
}

Read<std::vector<std::string>> word_list(const YAML::Node& key, const YAML::Node& value, const std::string& name,
                                         const std::string& expected, const std::string& item_expected) {
    if (!value.IsNull() && !value.IsSequence())
        return problem(value.Mark(), "'" + name + "' should be " + expected + ", not " + shown(value));
    for (const YAML::Node& item : value) {
        if (!item.IsScalar())
            return problem(item.Mark(),
                           "each item of '" + name + "' should be " + item_expected + ", not " + shown(item));
    }
    return converted<std::vector<std::string>>(key, value, name, expected);
}

// A key inside the file: a plain word.
Read<std::string> word_key(const YAML::Node& key) {
    if (!key.IsScalar()) return problem(key.Mark(), "a key should be a word like printer, not " + shown(key));
    return key.Scalar();
}

Read<IdleTimes> idle_times(const YAML::Node& key, const YAML::Node& node, const SettingKey& row,
                           const IdleSetting& type) {
    if (!node.IsMap()) {
        return problem(node.IsNull() ? key.Mark() : node.Mark(),
                       "'" + std::string(row.name) + "' should be " + row.expected + ", not " +
                           (node.IsNull() ? std::string{"empty"} : shown(node)));
    }
    const std::string bounds = number_text(type.min_seconds) + " to " + number_text(type.max_seconds);
    IdleTimes idle;
    for (const auto& entry : node) {
        const std::string name = TRY(word_key(entry.first));
        int* seconds = name == "still_there_after_seconds"  ? &idle.still_there_after_seconds
                       : name == "reset_after_seconds"      ? &idle.reset_after_seconds
                       : name == "done_reset_after_seconds" ? &idle.done_reset_after_seconds
                                                            : nullptr;
        if (!seconds) return problem(entry.first.Mark(), "unknown key '" + name + "' in '" + row.name + "'");
        *seconds = TRY(converted<int>(entry.first, entry.second, name, "a whole number of seconds from " + bounds));
        if (*seconds < type.min_seconds || *seconds > type.max_seconds)
            return problem(entry.second.Mark(), "'" + name + "' must be " + bounds + " seconds");
    }
    return idle;
}

// Overloads for std::visit.
template <typename... Handlers>
struct Visitor : Handlers... {
    using Handlers::operator()...;
};
template <typename... Handlers>
Visitor(Handlers...) -> Visitor<Handlers...>;

YAML::Node flow_list(const std::vector<std::string>& items) {
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& item : items) list.push_back(item);
    list.SetStyle(YAML::EmitterStyle::Flow);
    return list;
}

}  // namespace

tl::expected<void, SettingProblem> read_setting(const SettingKey& row, const YAML::Node& key, const YAML::Node& value,
                                                EventSettings& settings, const std::filesystem::path& settings_file,
                                                const PrinterCheck& check_printer) {
    const std::string name = row.name;
    return std::visit(
        Visitor{
            [&](const TextSetting& type) -> Read<void> {
                settings.*type.member = TRY(text(key, value, name, row.expected));
                return {};
            },
            [&](const PrinterSetting& type) -> Read<void> {
                const std::string printer = TRY(text(key, value, name, row.expected));
                if (const std::string fault = check_printer ? check_printer(printer) : ""; !fault.empty())
                    return problem(value.Mark(), "'" + name + "' '" + base::shortened(printer) + "': " + fault);
                settings.*type.member = printer;
                return {};
            },
            [&](const PathSetting& type) -> Read<void> {
                std::filesystem::path path = TRY(text(key, value, name, row.expected));
                if (type.from_settings_folder && path.is_relative()) path = settings_file.parent_path() / path;
                settings.*type.member = path;
                return {};
            },
            [&](const WordListSetting& type) -> Read<void> {
                settings.*type.member = TRY(word_list(key, value, name, row.expected, type.item_expected));
                return {};
            },
            [&](const PathListSetting& type) -> Read<void> {
                const auto folders = TRY(word_list(key, value, name, row.expected, type.item_expected));
                for (std::size_t i = 0; i < folders.size(); ++i) {
                    if (const std::string refusal = type.refusal(folders[i]); !refusal.empty()) {
                        return problem(value[i].Mark(), "'" + name + "' cannot list '" +
                                                            base::shortened(folders[i]) + "': " + refusal);
                    }
                }
                (settings.*type.member).assign(folders.begin(), folders.end());
                return {};
            },
            [&](const NumberSetting& type) -> Read<void> {
                const float number = TRY(converted<float>(key, value, name, row.expected));
                // Written so that .nan, which yaml-cpp reads as a float, is refused too.
                if (!(number >= type.min && number <= type.max)) {
                    return problem(value.Mark(), "'" + name + "' must be between " + number_text(type.min) + " and " +
                                                     number_text(type.max));
                }
                settings.*type.member = number;
                return {};
            },
            [&](const PaperSetting& type) -> Read<void> {
                const std::string paper = TRY(text(key, value, name, row.expected));
                if (paper == "letter")
                    settings.*type.member = PaperSize::Letter;
                else if (paper == "a4")
                    settings.*type.member = PaperSize::A4;
                else
                    return problem(value.Mark(), "'" + name + "' must be " + row.expected);
                return {};
            },
            [&](const IdleSetting& type) -> Read<void> {
                settings.*type.member = TRY(idle_times(key, value, row, type));
                return {};
            },
        },
        row.type);
}

std::optional<YAML::Node> written_setting(const SettingKey& row, const EventSettings& settings) {
    const EventSettings defaults;
    return std::visit(Visitor{
                          [&](const TextSetting& type) -> std::optional<YAML::Node> {
                              if (settings.*type.member == defaults.*type.member) return std::nullopt;
                              return YAML::Node(settings.*type.member);
                          },
                          [&](const PrinterSetting& type) -> std::optional<YAML::Node> {
                              if (settings.*type.member == defaults.*type.member) return std::nullopt;
                              return YAML::Node(settings.*type.member);
                          },
                          [&](const PathSetting& type) -> std::optional<YAML::Node> {
                              if (settings.*type.member == defaults.*type.member) return std::nullopt;
                              return YAML::Node((settings.*type.member).string());
                          },
                          [&](const WordListSetting& type) -> std::optional<YAML::Node> {
                              if (settings.*type.member == defaults.*type.member) return std::nullopt;
                              return flow_list(settings.*type.member);
                          },
                          [&](const PathListSetting& type) -> std::optional<YAML::Node> {
                              if (settings.*type.member == defaults.*type.member) return std::nullopt;
                              std::vector<std::string> folders;
                              for (const auto& folder : settings.*type.member) folders.push_back(folder.string());
                              return flow_list(folders);
                          },
                          [&](const NumberSetting& type) -> std::optional<YAML::Node> {
                              const auto& number = settings.*type.member;
                              if (!number) return std::nullopt;
                              return YAML::Node(*number);
                          },
                          [&](const PaperSetting& type) -> std::optional<YAML::Node> {
                              const auto& paper = settings.*type.member;
                              if (!paper) return std::nullopt;
                              return YAML::Node(*paper == PaperSize::A4 ? "a4" : "letter");
                          },
                          [&](const IdleSetting& type) -> std::optional<YAML::Node> {
                              const auto& idle = settings.*type.member;
                              if (!idle) return std::nullopt;
                              YAML::Node times(YAML::NodeType::Map);
                              times["still_there_after_seconds"] = idle->still_there_after_seconds;
                              times["reset_after_seconds"] = idle->reset_after_seconds;
                              times["done_reset_after_seconds"] = idle->done_reset_after_seconds;
                              times.SetStyle(YAML::EmitterStyle::Flow);
                              return times;
                          },
                      },
                      row.type);
}

}  // namespace kiosk::store
