#include "store/event_settings.h"

#include <sys/stat.h>
#include <yaml-cpp/yaml.h>

#include <cerrno>

#include "base/atomic_file.h"
#include "base/bounded_read.h"
#include "base/shortened.h"
#include "store/settings_schema.h"

namespace kiosk::store {
namespace {

// A settings file is a few lines; anything larger is not one.
constexpr std::size_t largest_settings_file = 64 * 1024;

std::string locate(const std::filesystem::path& file, const YAML::Mark& mark, const std::string& message) {
    if (mark.is_null()) return file.string() + ": " + message;
    return file.string() + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) + ": " + message;
}

// The file's YAML, read only when it is a regular file within the bound.
base::Result<YAML::Node> parsed(const std::filesystem::path& file) {
    const std::string text = TRY(base::read_regular_file(file, largest_settings_file));
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& problem) {
        return base::failure(locate(file, problem.mark, problem.msg));
    }
}

tl::expected<EventSettings, SettingProblem> read_settings(const YAML::Node& root, const std::filesystem::path& file,
                                                          const PrinterCheck& check_printer) {
    EventSettings settings;
    if (root.IsNull()) return settings;
    if (!root.IsMap())
        return tl::make_unexpected(SettingProblem{root.Mark(), "the settings file must be a mapping of key: value"});
    for (const auto& entry : root) {
        if (!entry.first.IsScalar()) {
            const std::string shown = entry.first.IsSequence() ? "a list" : "a mapping";
            return tl::make_unexpected(
                SettingProblem{entry.first.Mark(), "a key should be a word like printer, not " + shown});
        }
        const SettingKey* row = find_setting(entry.first.Scalar());
        if (!row) {
            return tl::make_unexpected(
                SettingProblem{entry.first.Mark(), "unknown key '" + base::shortened(entry.first.Scalar()) + "'"});
        }
        TRY(read_setting(*row, entry.first, entry.second, settings, file, check_printer));
    }
    return settings;
}

// What `file` holds now, as a mapping to change: empty when there is no file yet.
base::Result<YAML::Node> settings_on_disk(const std::filesystem::path& file) {
    struct stat status {};
    if (::lstat(file.c_str(), &status) != 0 && errno == ENOENT) return YAML::Node(YAML::NodeType::Map);
    YAML::Node root = TRY(parsed(file));
    if (root.IsNull()) return YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap())
        return base::failure(locate(file, root.Mark(), "the settings file must be a mapping of key: value"));
    return root;
}

}  // namespace

tl::expected<EventSettings, std::string> load_event_settings(const std::filesystem::path& file,
                                                             const PrinterCheck& check_printer) {
    if (file.empty()) return EventSettings{};
    const YAML::Node root = TRY(parsed(file));
    auto settings = read_settings(root, file, check_printer);
    if (!settings) return base::failure(locate(file, settings.error().mark, settings.error().message));
    return *settings;
}

std::filesystem::path default_settings_file(const std::filesystem::path& data_dir) {
    return data_dir / "event-settings.yaml";
}

tl::expected<void, std::string> save_event_settings(const std::filesystem::path& file, const EventSettings& settings) {
    auto root = settings_on_disk(file);
    if (!root) return base::failure(root.error() + "; the settings were not saved");
    for (const SettingKey& row : settings_schema) {
        if (row.owner != SettingOwner::Staff) continue;
        if (const auto value = written_setting(row, settings))
            (*root)[row.name] = *value;
        else
            root->remove(row.name);
    }
    YAML::Emitter out;
    out << *root;
    if (!out.good()) return base::failure(file.string() + ": the settings could not be written: " + out.GetLastError());
    return base::write_file_atomically(file, std::string(out.c_str()) + "\n", 0644);
}

}  // namespace kiosk::store
