#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <yaml-cpp/yaml.h>

#include "store/event_settings.h"
#include "store/settings_schema.h"
#include "temporary_folder.h"

namespace {

std::filesystem::path write_settings(const TemporaryFolder& folder, const std::string& text) {
    const auto file = folder.path() / "event.yaml";
    std::ofstream(file) << text;
    return file;
}

TEST(EventSettings, NoFileGivesDefaults) {
    const auto settings = kiosk::store::load_event_settings({});
    ASSERT_TRUE(settings);
    EXPECT_TRUE(settings->printer.empty());
    EXPECT_FALSE(settings->paper.has_value());
    EXPECT_FALSE(settings->screen_dpi.has_value()) << "left out, the density is measured from the panel";
}

TEST(EventSettings, ReadsEveryField) {
    TemporaryFolder folder;
    const auto settings = kiosk::store::load_event_settings(write_settings(folder,
        "printer: hall-laser\n"
        "save_dir: /media/usb/letters\n"
        "default_state: MO\n"
        "default_county: Boone County\n"
        "paper: a4\n"
        "languages: [es, en]\n"
        "screen_dpi: 141\n"
        "idle: {still_there_after_seconds: 60, reset_after_seconds: 20, done_reset_after_seconds: 30}\n"));
    ASSERT_TRUE(settings) << settings.error();
    EXPECT_EQ(settings->printer, "hall-laser");
    EXPECT_EQ(settings->save_dir, "/media/usb/letters");
    EXPECT_EQ(settings->default_county, "Boone County");
    EXPECT_EQ(settings->paper, kiosk::content::PaperSize::A4);
    EXPECT_EQ(settings->languages, (std::vector<std::string>{"es", "en"}));
    EXPECT_EQ(settings->screen_dpi, 141.f);
    ASSERT_TRUE(settings->idle);
    EXPECT_EQ(settings->idle->still_there_after_seconds, 60);
    EXPECT_EQ(settings->idle->done_reset_after_seconds, 30);
}

TEST(EventSettings, NamesTheLineOfAnUnknownKey) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "printer: x\nprinterr: y\n");
    const auto settings = kiosk::store::load_event_settings(file);
    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.error(), file.string() + ":2:1: unknown key 'printerr'");
}

TEST(EventSettings, RefusesABadPaperSizeAtItsPlace) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "paper: legal\n");
    const auto settings = kiosk::store::load_event_settings(file);
    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.error(), file.string() + ":1:8: 'paper' must be letter or a4");
}

TEST(EventSettings, RefusesAPrinterTheCallersCheckFindsFaultWithAtItsPlace) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "paper: a4\nprinter: desk@\n");
    const auto no_at_the_end = [](const std::string& printer) {
        return printer.back() == '@' ? std::string("no server is named after @") : std::string();
    };

    const auto settings = kiosk::store::load_event_settings(file, no_at_the_end);

    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.error(), file.string() + ":2:10: 'printer' 'desk@': no server is named after @");
    EXPECT_TRUE(kiosk::store::load_event_settings(file)) << "no check given, none made";
}

TEST(EventSettings, RefusesAnIdleTimeTooShortToRead) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "idle:\n  reset_after_seconds: 1\n");
    const auto settings = kiosk::store::load_event_settings(file);
    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.error(), file.string() + ":2:24: 'reset_after_seconds' must be 5 to 86400 seconds");
}

// These once all said only "bad conversion" (or, for an empty value, read it as "null").
TEST(EventSettings, SaysWhichKeyWhatWasExpectedAndWhere) {
    TemporaryFolder folder;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"screen_dpi: big\n", ":1:13: 'screen_dpi' should be a number like 141, not 'big'"},
        {"[a]: b\n", ":1:1: a key should be a word like printer, not a list"},
        {"paper: a4\nprinter:\n", ":2:1: 'printer' is empty; it should be a printer's name"},
        {"printer: [front, back]\n", ":1:10: 'printer' should be a printer's name, not a list"},
        {"idle:\n  reset_after_seconds: soon\n",
         ":2:24: 'reset_after_seconds' should be a whole number of seconds from 5 to 86400, not 'soon'"},
        {"languages: en\n", ":1:12: 'languages' should be a list of language codes like [en, es], not 'en'"},
        {"languages: [en, [es]]\n", ":1:17: each item of 'languages' should be a language code like en, not a list"},
        {"screen_dpi: .nan\n", ":1:13: 'screen_dpi' must be between 50 and 600"},
        {"idle:\n  reset_after_seconds: 1e99\n",
         ":2:24: 'reset_after_seconds' should be a whole number of seconds from 5 to 86400, not '1e99'"},
    };
    for (const auto& [text, message] : cases) {
        const auto file = write_settings(folder, text);
        const auto settings = kiosk::store::load_event_settings(file);
        ASSERT_FALSE(settings) << text;
        EXPECT_EQ(settings.error(), file.string() + message);
    }
}

// A stick folder is where the kiosk takes every mount for a stick and offers its files
// to staff: the root and the kernel's own folders never are, however they are written.
TEST(EventSettings, RefusesTheRootAndTheSystemsOwnFoldersAsStickFolders) {
    TemporaryFolder folder;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"stick_folders: [/]\n",
         ":1:17: 'stick_folders' cannot list '/': / is the whole system, and every mount on it would be taken for a "
         "stick"},
        {"stick_folders: [/media, /proc]\n",
         ":1:25: 'stick_folders' cannot list '/proc': /proc holds the system's own files, never a stick"},
        {"stick_folders:\n  - /media\n  - /./proc/\n",
         ":3:5: 'stick_folders' cannot list '/./proc/': /proc holds the system's own files, never a stick"},
        {"stick_folders: [//sys]\n",
         ":1:17: 'stick_folders' cannot list '//sys': /sys holds the system's own files, never a stick"},
        {"stick_folders: [/dev/../proc]\n",
         ":1:17: 'stick_folders' cannot list '/dev/../proc': /proc holds the system's own files, never a stick"},
        {"stick_folders: [/dev/disk/by-label]\n",
         ":1:17: 'stick_folders' cannot list '/dev/disk/by-label': /dev holds the system's own files, never a stick"},
        {"stick_folders: [/media/..]\n",
         ":1:17: 'stick_folders' cannot list '/media/..': / is the whole system, and every mount on it would be "
         "taken for a stick"},
    };
    for (const auto& [text, message] : cases) {
        const auto file = write_settings(folder, text);
        const auto settings = kiosk::store::load_event_settings(file);
        ASSERT_FALSE(settings) << text;
        EXPECT_EQ(settings.error(), file.string() + message);
    }
}

TEST(EventSettings, TakesStickFoldersBesideTheSystemsOwn) {
    TemporaryFolder folder;
    const auto settings = kiosk::store::load_event_settings(
        write_settings(folder, "stick_folders: [/media/usb, /run/media, /procedures, /devices/sticks]\n"));
    ASSERT_TRUE(settings) << settings.error();
    EXPECT_EQ(settings->stick_folders, (std::vector<std::filesystem::path>{"/media/usb", "/run/media", "/procedures",
                                                                          "/devices/sticks"}));
}

TEST(EventSettings, ReportsYamlSyntaxErrorsWithTheirPlace) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "printer: [unclosed\n");
    const auto settings = kiosk::store::load_event_settings(file);
    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.error().rfind(file.string() + ":", 0), 0u) << settings.error();
}

}  // namespace

namespace {

TEST(EventSettings, WhatStaffSaveReadsBackTheSame) {
    TemporaryFolder folder;
    kiosk::store::EventSettings settings;
    settings.printer = "hall-laser";
    settings.default_state = "MO";
    settings.default_county = "St. Louis City";
    settings.paper = kiosk::content::PaperSize::A4;
    settings.idle = kiosk::content::IdleTimes{105, 15, 60};
    settings.languages = {"es"};
    const auto file = kiosk::store::default_settings_file(folder.path());

    ASSERT_TRUE(kiosk::store::save_event_settings(file, settings));

    const auto read = kiosk::store::load_event_settings(file);
    ASSERT_TRUE(read) << read.error();
    EXPECT_EQ(read->printer, "hall-laser");
    EXPECT_EQ(read->default_county, "St. Louis City");
    EXPECT_EQ(read->paper, kiosk::content::PaperSize::A4);
    ASSERT_TRUE(read->idle);
    EXPECT_EQ(read->idle->still_there_after_seconds, 105);
    EXPECT_EQ(read->idle->done_reset_after_seconds, 60);
    EXPECT_EQ(read->languages, std::vector<std::string>{"es"});
}

TEST(EventSettings, NothingSetSavesAFileThatGivesTheDefaults) {
    TemporaryFolder folder;
    const auto file = folder.path() / "event.yaml";
    ASSERT_TRUE(kiosk::store::save_event_settings(file, {}));
    const auto read = kiosk::store::load_event_settings(file);
    ASSERT_TRUE(read) << read.error();
    EXPECT_TRUE(read->printer.empty());
    EXPECT_FALSE(read->paper.has_value());
}

}  // namespace

namespace {

using kiosk::store::SettingOwner;

// A value of the schema as text, to compare one key's value before and after.
std::string written(const kiosk::store::SettingKey& row, const kiosk::store::EventSettings& settings) {
    const auto value = kiosk::store::written_setting(row, settings);
    if (!value) return "(default)";
    YAML::Emitter out;
    out << *value;
    return out.c_str();
}

std::string file_text(const std::filesystem::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What the staff screen changes: every key staff own, to a value no row's example has.
void change_as_staff(kiosk::store::EventSettings& settings) {
    settings.printer = "library-inkjet";
    settings.default_state = "KS";
    settings.default_county = "Douglas County";
    settings.paper = kiosk::content::PaperSize::Letter;
    settings.idle = kiosk::content::IdleTimes{90, 45, 40};
    settings.languages = {"en"};
}

// Walks the whole schema, so a key added to it without being kept or written fails here.
TEST(EventSettings, SavingKeepsEveryKeyStaffDoNotOwnAndWritesEveryKeyTheyChanged) {
    for (const auto& row : kiosk::store::settings_schema) {
        SCOPED_TRACE(row.name);
        TemporaryFolder folder;
        const auto file = write_settings(folder, std::string(row.name) + ": " + row.example + "\n");
        auto loaded = kiosk::store::load_event_settings(file);
        ASSERT_TRUE(loaded) << loaded.error();
        ASSERT_NE(written(row, *loaded), "(default)") << "the row's example should not be its default";

        auto changed = *loaded;
        change_as_staff(changed);
        ASSERT_TRUE(kiosk::store::save_event_settings(file, changed));

        const auto reloaded = kiosk::store::load_event_settings(file);
        ASSERT_TRUE(reloaded) << reloaded.error();
        if (row.owner == SettingOwner::Staff) {
            EXPECT_NE(written(row, changed), written(row, *loaded)) << "change_as_staff should change every staff key";
            EXPECT_EQ(written(row, *reloaded), written(row, changed));
        } else {
            EXPECT_EQ(written(row, *reloaded), written(row, *loaded));
        }
    }
}

TEST(EventSettings, SavingKeepsAKeyThisVersionDoesNotKnow) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "printer: hall-laser\nfuture_key: 3\n");
    kiosk::store::EventSettings settings;
    settings.printer = "library-inkjet";
    ASSERT_TRUE(kiosk::store::save_event_settings(file, settings));
    const YAML::Node saved = YAML::LoadFile(file.string());
    EXPECT_EQ(saved["future_key"].as<int>(), 3);
    EXPECT_EQ(saved["printer"].as<std::string>(), "library-inkjet");
}

TEST(EventSettings, SavingKeepsARelativeTrustedKeyRelative) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "trusted_key: keys/event.pub\nstick_folders: [/media/usb]\n");
    auto settings = kiosk::store::load_event_settings(file);
    ASSERT_TRUE(settings) << settings.error();
    EXPECT_EQ(settings->trusted_key, folder.path() / "keys/event.pub");
    settings->printer = "hall-laser";
    ASSERT_TRUE(kiosk::store::save_event_settings(file, *settings));
    const YAML::Node saved = YAML::LoadFile(file.string());
    EXPECT_EQ(saved["trusted_key"].as<std::string>(), "keys/event.pub");
    EXPECT_EQ(saved["stick_folders"].as<std::vector<std::string>>(), std::vector<std::string>{"/media/usb"});
}

TEST(EventSettings, SavingRemovesAStaffKeyStaffCleared) {
    TemporaryFolder folder;
    const auto file = write_settings(folder, "printer: hall-laser\nscreen_dpi: 141\n");
    ASSERT_TRUE(kiosk::store::save_event_settings(file, {}));
    const auto text = file_text(file);
    EXPECT_EQ(text.find("printer"), std::string::npos) << text;
    EXPECT_NE(text.find("screen_dpi: 141"), std::string::npos) << text;
}

TEST(EventSettings, RefusesAFifoAsTheSettingsFileAtOnce) {
    TemporaryFolder folder;
    const auto fifo = folder.path() / "event.yaml";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // Nothing ever writes to the FIFO: a reader that opened it would wait forever.
    const auto loaded = kiosk::store::load_event_settings(fifo);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().find(fifo.string()), std::string::npos) << loaded.error();
    EXPECT_FALSE(kiosk::store::save_event_settings(fifo, {}));
}

TEST(EventSettings, ShortensALongValueInItsMessage) {
    TemporaryFolder folder;
    const auto loaded = kiosk::store::load_event_settings(write_settings(folder, "paper: " + std::string(5000, 'x') + "\n"));
    ASSERT_FALSE(loaded);
    EXPECT_LT(loaded.error().size(), 1000u) << loaded.error();
}

}  // namespace
