// install-content, rollback-content, sign-content, find-content and export-counts run
// as staff run them — and killed at every step of an install, as a power cut would.
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <regex>

#include <gtest/gtest.h>

#include "store/letter_counters.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::make_pack;
using testing::read_file;
using testing::Scratch;
using testing::tree_fingerprint;
using testing::write_file;

struct CommandRun {
    int exit_code = -1;
    std::string out, err;
};

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

class InstallCommand : public ::testing::Test {
protected:
    // letter-kiosk `arguments` (shell words), with `environment` ("NAME=value ...") set.
    CommandRun kiosk(const std::string& arguments, const std::string& environment = "") const {
        const fs::path out = scratch_.path() / "out", err = scratch_.path() / "err";
        const std::string command = environment + " '" + LETTER_KIOSK + "' " + arguments + " >" + quoted(out) +
                                    " 2>" + quoted(err) + " </dev/null";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
    }
    fs::path data() const { return scratch_.path() / "data"; }
    std::string data_option() const { return " --data-dir " + quoted(data()); }
    fs::path pack(const std::string& name, const std::string& version) const {
        make_pack(scratch_.path() / name, version);
        return scratch_.path() / name;
    }
    fs::path current() const { return fs::canonical(data() / "content" / "current"); }
    std::vector<std::string> packs_folder() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(data() / "content" / "packs"))
            names.push_back(entry.path().filename().string());
        return names;
    }

    Scratch scratch_;
};

TEST_F(InstallCommand, InstallsAndRollsBackWithPlainMessages) {
    CommandRun run = kiosk("install-content " + quoted(KIOSK_DEFAULT_PACK) + data_option());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("Installed Write for Compassionate Release 1.0.0 in ", 0), 0u) << run.out;
    const fs::path first = current();

    run = kiosk("install-content " + quoted(KIOSK_DEFAULT_PACK) + data_option());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, "letter-kiosk install-content: the pack's version 1.0.0 is not newer than the installed pack's "
                       "1.0.0; to install it anyway, add --allow-older; nothing was installed\n");

    run = kiosk("install-content " + quoted(pack("second", "1.1")) + data_option());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    run = kiosk("rollback-content" + data_option());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(current(), first);
    EXPECT_EQ(run.out, "The kiosk now uses the pack in " + first.string() + " (rollback-content again goes back)\n");
}

TEST_F(InstallCommand, ABrokenPackListsEveryProblemAsCheckContentDoes) {
    const fs::path broken = pack("broken", "2.0");
    write_file(broken / "reasons.yaml", "grounds: [\n");
    const CommandRun run = kiosk("install-content " + quoted(broken) + data_option());
    EXPECT_EQ(run.exit_code, 1);
    const CommandRun check = kiosk("check-content " + quoted(broken));
    ASSERT_FALSE(check.err.empty());
    EXPECT_EQ(run.err.substr(0, check.err.size()), check.err) << "the same problems, placed in the same source files";
    EXPECT_TRUE(std::regex_search(run.err, std::regex("\nletter-kiosk install-content: .*broken has [0-9]+ problems?; nothing was installed\n$")))
        << run.err;
}

TEST_F(InstallCommand, AKillAtEveryStepLeavesTheInstalledPackInUseAndWhole) {
    ASSERT_EQ(kiosk("install-content " + quoted(KIOSK_DEFAULT_PACK) + data_option()).exit_code, 0);
    const fs::path first = current();
    const std::string before = tree_fingerprint(first);
    const fs::path second = pack("second", "2.0");
    int step = 1;
    for (; step < 500; ++step) {
        const CommandRun run = kiosk("install-content " + quoted(second) + data_option(),
                              "LETTER_KIOSK_INJECT_FAULT=store-crash:" + std::to_string(step));
        if (run.exit_code == 0) break;
        ASSERT_EQ(run.exit_code, 86) << "step " << step << ": " << run.err;
        // Killed after the switch, the new pack is whole; before it, the old one is untouched.
        if (current() != first) {
            EXPECT_EQ(tree_fingerprint(current()), tree_fingerprint(second)) << "step " << step;
            break;
        }
        ASSERT_EQ(tree_fingerprint(first), before) << "step " << step;
        ASSERT_EQ(kiosk("check-content " + quoted(data() / "content" / "current")).exit_code, 0) << "step " << step;
    }
    EXPECT_GT(step, 60);
    // The next install clears what the kills left behind.
    ASSERT_EQ(kiosk("install-content --allow-older " + quoted(second) + data_option()).exit_code, 0);
    EXPECT_EQ(packs_folder().size(), 2u) << "only the current and the previous pack are kept";
}

TEST_F(InstallCommand, AKillAtEveryStepOfARollbackLeavesAWholePackInUse) {
    ASSERT_EQ(kiosk("install-content " + quoted(KIOSK_DEFAULT_PACK) + data_option()).exit_code, 0);
    ASSERT_EQ(kiosk("install-content " + quoted(pack("second", "2.0")) + data_option()).exit_code, 0);
    const fs::path second = current();
    for (int step = 1; step < 10; ++step) {
        const CommandRun run = kiosk("rollback-content" + data_option(), "LETTER_KIOSK_INJECT_FAULT=store-crash:" + std::to_string(step));
        ASSERT_TRUE(run.exit_code == 86 || run.exit_code == 0) << run.err;
        EXPECT_EQ(kiosk("check-content " + quoted(data() / "content" / "current")).exit_code, 0);
        if (run.exit_code == 0) break;
        if (current() == second) continue;
        ASSERT_EQ(kiosk("install-content --allow-older " + quoted(pack("again" + std::to_string(step), "3.0")) + data_option()).exit_code, 0);
        break;
    }
}

TEST_F(InstallCommand, SignedPacksOnlyWithATrustedKey) {
    if (std::system("command -v minisign >/dev/null 2>&1") != 0) GTEST_SKIP() << "minisign is not installed";
    ASSERT_EQ(std::system(("cd " + quoted(scratch_.path()) + " && minisign -G -W -p key.pub -s key.key >/dev/null 2>&1").c_str()), 0);
    write_file(scratch_.path() / "event.yaml", "trusted_key: key.pub\n");
    const std::string config = " --config " + quoted(scratch_.path() / "event.yaml");
    const fs::path signed_pack = pack("signed", "1.0");

    CommandRun run = kiosk("install-content " + quoted(signed_pack) + data_option() + config);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("the pack is not signed: this kiosk installs only packs signed with the key"), std::string::npos) << run.err;

    run = kiosk("sign-content " + quoted(signed_pack) + " --secret-key " + quoted(scratch_.path() / "key.key"));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("Signed Write for Compassionate Release 1.0 with key "), std::string::npos) << run.out;
    EXPECT_EQ(std::system(("minisign -V -q -p " + quoted(scratch_.path() / "key.pub") + " -m " + quoted(signed_pack / "pack.manifest")).c_str()), 0);
    run = kiosk("install-content " + quoted(signed_pack) + data_option() + config);
    EXPECT_EQ(run.exit_code, 0) << run.err;
}

// Without --config, install-content reads the settings the kiosk runs with (the file
// the staff screen saves in the data folder): it refuses what the kiosk would refuse.
TEST_F(InstallCommand, WithoutConfigTheDataFoldersSettingsAndTheirTrustedKeyApply) {
    if (std::system("command -v minisign >/dev/null 2>&1") != 0) GTEST_SKIP() << "minisign is not installed";
    ASSERT_EQ(std::system(("cd " + quoted(scratch_.path()) + " && minisign -G -W -p key.pub -s key.key >/dev/null 2>&1").c_str()), 0);
    fs::create_directories(data());
    write_file(data() / "event-settings.yaml", "trusted_key: " + (scratch_.path() / "key.pub").string() + "\n");

    const CommandRun run = kiosk("install-content " + quoted(pack("unsigned", "1.0")) + data_option());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("the pack is not signed"), std::string::npos) << run.err;
}

TEST_F(InstallCommand, FindContentListsPacksOnlyUnderTheStickFolders) {
    const CommandRun run = kiosk("find-content --stick-folder " + quoted(scratch_.path() / "media"));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "No stick is mounted.\n");
}

TEST_F(InstallCommand, ExportCountsWritesTheCountersAndNothingElse) {
    store::LetterCounters counters(data());
    ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", store::LetterOutcome::Printed));
    ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", store::LetterOutcome::Printed));
    ASSERT_TRUE(counters.record("2026-11-25", "president", "", "es", store::LetterOutcome::Failed));
    const fs::path csv = scratch_.path() / "counts.csv";
    const CommandRun run = kiosk("export-counts " + quoted(csv) + data_option());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "Wrote 2 rows to " + csv.string() + ": 2 printed, 0 saved, 1 failed\n");
    EXPECT_EQ(read_file(csv),
              "day,recipient,state,language,printed,saved,failed\n"
              "2026-11-25,governor,MO,en,2,0,0\n"
              "2026-11-25,president,,es,0,0,1\n");
}

TEST_F(InstallCommand, ExportCountsNeverReplacesAPipeOrAFolder) {
    const fs::path pipe = scratch_.path() / "pipe.csv", folder = scratch_.path() / "folder.csv";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    fs::create_directories(folder);
    for (const fs::path& target : {pipe, folder}) {
        const CommandRun run = kiosk("export-counts " + quoted(target) + data_option());
        EXPECT_EQ(run.exit_code, 1);
        EXPECT_NE(run.err.find("; it was left as it is; nothing was written"), std::string::npos) << run.err;
    }
    EXPECT_TRUE(fs::is_fifo(pipe));
    EXPECT_TRUE(fs::is_directory(folder));
}

}  // namespace
}  // namespace kiosk::install
