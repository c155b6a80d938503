#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

#include "base/bounded_read.h"
#include "temporary_folder.h"

namespace kiosk::base {
namespace {

void write(const std::filesystem::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

TEST(BoundedRead, AFileWithinTheLimitIsReadWhole) {
    TemporaryFolder folder;
    write(folder.path() / "key.pub", "untrusted comment: x\nRWQ\n");
    const auto text = read_regular_file(folder.path() / "key.pub", 64);
    ASSERT_TRUE(text) << text.error();
    EXPECT_EQ(*text, "untrusted comment: x\nRWQ\n");
}

TEST(BoundedRead, ANamedPipeIsRefusedAtOnceInsteadOfWaitedOn) {
    TemporaryFolder folder;
    const auto pipe = folder.path() / "key.pub";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    // No writer ever opens the pipe: a blocking open would never return.
    const auto text = read_regular_file(pipe, 1024);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error(), pipe.string() + " is a named pipe, not a file");
}

TEST(BoundedRead, AFolderOrADeviceIsNotAFile) {
    TemporaryFolder folder;
    EXPECT_EQ(read_regular_file(folder.path(), 1024).error(), folder.path().string() + " is a folder, not a file");
    EXPECT_EQ(read_regular_file("/dev/zero", 1024).error(), "/dev/zero is a device, not a file");
}

TEST(BoundedRead, AFileOverTheLimitIsRefusedNamingTheLimit) {
    TemporaryFolder folder;
    write(folder.path() / "settings.yaml", std::string(2049, 'x'));
    EXPECT_EQ(read_regular_file(folder.path() / "settings.yaml", 2048).error(),
              (folder.path() / "settings.yaml").string() + " is too large (at most 2 KB)");
    EXPECT_TRUE(read_regular_file(folder.path() / "settings.yaml", 2049));
}

TEST(BoundedRead, AMissingFileSaysWhy) {
    TemporaryFolder folder;
    EXPECT_EQ(read_regular_file(folder.path() / "none", 10).error(),
              "cannot read " + (folder.path() / "none").string() + ": No such file or directory");
}

// A pipe standing in for standard input.
struct Pipe {
    int read_end = -1, write_end = -1;
    Pipe() {
        int ends[2];
        EXPECT_EQ(::pipe(ends), 0);
        read_end = ends[0];
        write_end = ends[1];
    }
    ~Pipe() {
        ::close(read_end);
        if (write_end >= 0) ::close(write_end);
    }
    void send(const std::string& bytes) { ASSERT_EQ(::write(write_end, bytes.data(), bytes.size()), ssize_t(bytes.size())); }
    void end() {
        ::close(write_end);
        write_end = -1;
    }
};

TEST(BoundedRead, ALineIsReadUpToItsEndAndNoFurther) {
    Pipe input;
    input.send("1234\r\nrest");
    EXPECT_EQ(*read_bounded_line(input.read_end, 12), "1234");
    input.end();
    EXPECT_EQ(*read_bounded_line(input.read_end, 12), "rest");
    EXPECT_EQ(*read_bounded_line(input.read_end, 12), "");
}

TEST(BoundedRead, ALineOverTheLimitIsRefusedWithoutReadingTheRest) {
    Pipe input;
    input.send(std::string(13, '7') + "77\n");
    const auto line = read_bounded_line(input.read_end, 12);
    ASSERT_FALSE(line);
    EXPECT_EQ(line.error(), "the line is longer than 12 characters");
    // The reader stopped one byte past the limit (the byte that told it the line is
    // longer): the rest is still in the pipe.
    char left[8];
    EXPECT_EQ(::read(input.read_end, left, sizeof left), 3);
}

TEST(BoundedRead, SizesReadAsAPersonWouldWriteThem) {
    EXPECT_EQ(shown_size(64 * 1024), "64 KB");
    EXPECT_EQ(shown_size(3 * 1024 * 1024), "3 MB");
    EXPECT_EQ(shown_size(1000), "1000 bytes");
}

}  // namespace
}  // namespace kiosk::base
