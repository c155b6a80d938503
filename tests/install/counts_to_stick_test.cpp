// Copying the counts to a stick that cannot take them, with real mounts in a private
// mount namespace: a read-only stick, a full one and one taken out each fail the
// export, and each is told apart (the staff screen says which in plain words).
#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "private_mounts.h"
#include "store/letter_counters.h"
#include "store/counts_export.h"
#include "store/stick_write_problem.h"
#include "store_fixture.h"

namespace kiosk::store {
namespace {

namespace fs = std::filesystem;
using install::testing::Scratch;
using install::testing::write_file;
namespace mounts = install::testing;

// Writes `bytes` bytes to a new file; false when the file system has no room for them.
bool write_file_fits(const fs::path& file, std::size_t bytes) {
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (descriptor < 0) return false;
    const std::string block(bytes, 'x');
    const bool written = ::write(descriptor, block.data(), block.size()) == ssize_t(block.size());
    ::close(descriptor);
    if (!written) ::unlink(file.c_str());
    return written;
}

TEST(CountsToStick, AReadOnlyAFullAndAPulledStickFailTheExportAndEachIsToldApart) {
    Scratch scratch;
    const fs::path data = scratch.path() / "data", stick = scratch.path() / "media" / "STICK";
    fs::create_directories(stick);
    LetterCounters counters(data);
    ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", LetterOutcome::Printed));
    const std::size_t bytes = counters.to_csv().size();

    const int code = mounts::in_private_mount_namespace([&]() -> int {
        REQUIRE(mounts::mount_tmpfs(stick, "64k"));
        const auto copied = export_counts(counters, counts_file_on_stick(stick, "writable"));
        REQUIRE(copied);
        REQUIRE(why_stick_write_failed(stick, bytes) == StickWriteProblem::Other);

        // Full: fill it up, as a stick of holiday photos is.
        int photos = 0;
        for (std::size_t size : {8192u, 512u, 1u}) {
            while (write_file_fits(stick / ("photo-" + std::to_string(photos)), size)) ++photos;
        }
        REQUIRE(!export_counts(counters, counts_file_on_stick(stick, "full")));
        REQUIRE(why_stick_write_failed(stick, bytes) == StickWriteProblem::Full);

        REQUIRE(mounts::remount_read_only(stick));
        REQUIRE(!export_counts(counters, counts_file_on_stick(stick, "read-only")));
        REQUIRE(why_stick_write_failed(stick, bytes) == StickWriteProblem::ReadOnly);

        // Pulled mid-copy: systemd unmounts it, leaving the bare folder or none.
        REQUIRE(mounts::unmount(stick));
        REQUIRE(why_stick_write_failed(stick, bytes) == StickWriteProblem::Gone);
        REQUIRE(why_stick_write_failed(stick / "sdb1", bytes) == StickWriteProblem::Gone);
        return 0;
    });
    if (code == mounts::no_namespace) GTEST_SKIP() << "this system forbids private user and mount namespaces";
    EXPECT_EQ(code, 0) << "see the scenario's message above";
}

}  // namespace
}  // namespace kiosk::store
