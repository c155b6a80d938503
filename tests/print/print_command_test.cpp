// `letter-kiosk print` and `letter-kiosk printers`, run as staff would, against a
// private cupsd named by CUPS_SERVER or by --printer QUEUE@HOST:PORT.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "print_test_letters.h"
#include "private_cupsd.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

class PrintCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        cupsd_.add_queue("front-desk", true);
        folder_ = fs::temp_directory_path() / ("letter-kiosk-print-command-" + std::to_string(::getpid()));
        fs::create_directories(folder_);
        letter_ = testing::test_letter(1);
        write(folder_ / "letter.pdf", letter_.pdf);
    }
    void TearDown() override { fs::remove_all(folder_); }

    static void write(const fs::path& path, const std::vector<unsigned char>& bytes) {
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                    static_cast<std::streamsize>(bytes.size()));
    }

    // `cups_server`: the CUPS_SERVER the command is run with; by default the private cupsd.
    CommandResult letter_kiosk(const std::string& arguments, const std::string& cups_server = "") {
        const std::string command = "CUPS_SERVER=" + (cups_server.empty() ? cupsd_.server() : cups_server) + " " +
                                    LETTER_KIOSK + " " + arguments + " 2>&1 < /dev/null";
        CommandResult result;
        FILE* pipe = ::popen(command.c_str(), "r");
        std::array<char, 512> buffer{};
        for (std::size_t read; (read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) {
            result.output.append(buffer.data(), read);
        }
        const int status = ::pclose(pipe);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return result;
    }

    std::string letter_path() const { return (folder_ / "letter.pdf").string(); }

    testing::PrivateCupsd cupsd_;
    fs::path folder_;
    Document letter_;
};

TEST_F(PrintCommandTest, PrintsOnTheDefaultPrinterAndSaysSo) {
    const CommandResult result = letter_kiosk("print " + letter_path());

    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("Your letter has been printed."), std::string::npos) << result.output;
    ASSERT_EQ(cupsd_.captured_letters().size(), 1u);
    EXPECT_EQ(cupsd_.captured_letters()[0], letter_.pdf);
}

TEST_F(PrintCommandTest, OutOfPaperExitsThreeWithTheReasonInWords) {
    cupsd_.set_fault("out-of-paper");

    const CommandResult result = letter_kiosk("print --printer front-desk " + letter_path());

    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("The printer is out of paper. Please tell a staff member."), std::string::npos)
        << result.output;
}

TEST_F(PrintCommandTest, HungPrinterGivesUpAfterTheTimeout) {
    cupsd_.set_fault("hang");

    const CommandResult result = letter_kiosk("print --timeout 0.5 " + letter_path());

    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("took too long"), std::string::npos) << result.output;
}

// CUPS_SERVER names a scheduler that is not there: only --printer says where cupsd is.
TEST_F(PrintCommandTest, PrintsOnceToAQueueOfAnotherServerNamedQueueAtHostPort) {
    cupsd_.add_queue("back-office");
    const std::string nowhere = (folder_ / "no-cups.sock").string();

    const CommandResult result =
        letter_kiosk("print --printer back-office@localhost:" + std::to_string(cupsd_.port()) + " " + letter_path(), nowhere);

    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("on back-office completed"), std::string::npos) << result.output;
    ASSERT_EQ(cupsd_.captured_letters().size(), 1u) << "exactly once";
    EXPECT_EQ(cupsd_.captured_letters()[0], letter_.pdf);
    EXPECT_NE(cupsd_.run("lpstat", "-W completed -o back-office").find("back-office-"), std::string::npos)
        << "printed on the queue named, not the server's default";
}

TEST_F(PrintCommandTest, PrintsOnceToAQueueOfAnotherServerNamedByItsIppAddress) {
    const std::string nowhere = (folder_ / "no-cups.sock").string();

    const CommandResult result = letter_kiosk(
        "print --printer ipp://127.0.0.1:" + std::to_string(cupsd_.port()) + "/printers/front-desk " + letter_path(),
        nowhere);

    EXPECT_EQ(result.exit_code, 0) << result.output;
    ASSERT_EQ(cupsd_.captured_letters().size(), 1u) << "exactly once";
    EXPECT_EQ(cupsd_.captured_letters()[0], letter_.pdf);
}

TEST_F(PrintCommandTest, AnotherServerThatIsNotRunningExitsThreeAndNamesIt) {
    const std::string port = std::to_string(cupsd_.port());
    cupsd_.stop();

    const CommandResult result = letter_kiosk("print --printer front-desk@127.0.0.1:" + port + " " + letter_path());

    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("The printing service is not running."), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("cannot reach the CUPS scheduler at 127.0.0.1:" + port), std::string::npos)
        << result.output;
}

TEST_F(PrintCommandTest, APrinterThatIsNotAnAddressIsAUsageErrorThatSaysWhatToWrite) {
    const CommandResult missing = letter_kiosk("print --printer back-office@ " + letter_path());
    EXPECT_EQ(missing.exit_code, 2) << missing.output;
    EXPECT_NE(missing.output.find("--printer: 'back-office@': no server is named after @"), std::string::npos)
        << missing.output;

    const CommandResult port = letter_kiosk("print --printer back-office@print-server:ipp " + letter_path());
    EXPECT_EQ(port.exit_code, 2) << port.output;
    EXPECT_NE(port.output.find("the port after ':' should be a number from 1 to 65535, not 'ipp'"), std::string::npos)
        << port.output;

    const CommandResult device = letter_kiosk("print --printer ipp://192.168.1.20/ipp/print " + letter_path());
    EXPECT_EQ(device.exit_code, 2) << device.output;
    EXPECT_NE(device.output.find("setup-printer.sh --uri"), std::string::npos) << device.output;
    EXPECT_TRUE(cupsd_.captured_letters().empty());
}

// The event settings' printer is read as --printer is; a wrong one stops the kiosk at
// once, with its place in the file, before it takes the screen.
TEST_F(PrintCommandTest, RunRefusesASettingsPrinterThatIsNotAnAddressAtItsPlace) {
    const fs::path settings = folder_ / "event-settings.yaml";
    const std::string text = "printer: back-office@print-server:0\n";
    write(settings, {text.begin(), text.end()});

    const CommandResult result =
        letter_kiosk("run --windowed --data-dir " + (folder_ / "data").string() + " --config " + settings.string());

    EXPECT_EQ(result.exit_code, 1) << result.output;
    EXPECT_EQ(result.output, "letter-kiosk run: " + settings.string() +
                                 ":1:10: 'printer' 'back-office@print-server:0': the port after ':' should be a "
                                 "number from 1 to 65535, not '0'\n");
}

TEST_F(PrintCommandTest, MissingFileIsBadInput) {
    const CommandResult result = letter_kiosk("print " + (folder_ / "nope.pdf").string());

    EXPECT_EQ(result.exit_code, 1) << result.output;
    EXPECT_NE(result.output.find("nope.pdf"), std::string::npos);
}

TEST_F(PrintCommandTest, FileThatIsNotAPdfIsBadInputAndNothingIsSent) {
    const std::string text = "Dear Governor,\n";
    write(folder_ / "letter.txt", {text.begin(), text.end()});

    const CommandResult result = letter_kiosk("print " + (folder_ / "letter.txt").string());

    EXPECT_EQ(result.exit_code, 1) << result.output;
    EXPECT_NE(result.output.find("not a PDF"), std::string::npos);
    EXPECT_TRUE(cupsd_.captured_letters().empty());
}

// Once blocked forever, waiting for a writer that never came.
TEST_F(PrintCommandTest, NamedPipeIsRefusedWithoutWaitingOnIt) {
    const fs::path pipe = folder_ / "letter-pipe.pdf";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);

    const CommandResult result = letter_kiosk("print " + pipe.string());

    EXPECT_EQ(result.exit_code, 1) << result.output;
    EXPECT_EQ(result.output, "letter-kiosk print: " + pipe.string() + " is a named pipe, not a file\n");
    EXPECT_TRUE(cupsd_.captured_letters().empty());
}

TEST_F(PrintCommandTest, FolderIsRefused) {
    const CommandResult result = letter_kiosk("print " + folder_.string());

    EXPECT_EQ(result.exit_code, 1) << result.output;
    EXPECT_EQ(result.output, "letter-kiosk print: " + folder_.string() + " is a folder, not a file\n");
}

TEST_F(PrintCommandTest, NoFileIsAUsageError) { EXPECT_EQ(letter_kiosk("print").exit_code, 2); }

TEST_F(PrintCommandTest, SchedulerDownExitsThree) {
    cupsd_.stop();

    const CommandResult result = letter_kiosk("print " + letter_path());

    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("The printing service is not running."), std::string::npos) << result.output;
}

TEST_F(PrintCommandTest, PrintersListsEachQueueWithItsStateInWords) {
    cupsd_.add_queue("back-office");
    cupsd_.set_fault("out-of-paper");
    letter_kiosk("print --printer back-office " + letter_path());

    const CommandResult result = letter_kiosk("printers");

    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("front-desk (default)"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("The printer is ready."), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("back-office "), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("The printer is out of paper."), std::string::npos) << result.output;
}

TEST_F(PrintCommandTest, PrintersListsTheQueuesOfTheServerNamed) {
    const std::string nowhere = (folder_ / "no-cups.sock").string();

    const CommandResult result = letter_kiosk("printers --server localhost:" + std::to_string(cupsd_.port()), nowhere);

    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find("front-desk (default)"), std::string::npos) << result.output;
}

TEST_F(PrintCommandTest, PrintersRefusesAServerThatIsNotOne) {
    const CommandResult result = letter_kiosk("printers --server print-server:ipp");

    EXPECT_EQ(result.exit_code, 2) << result.output;
    EXPECT_NE(result.output.find("--server: 'print-server:ipp': the port after ':' should be a number"), std::string::npos)
        << result.output;
}

TEST_F(PrintCommandTest, PrintersExitsThreeWhenTheSchedulerIsNotRunning) {
    cupsd_.stop();

    const CommandResult result = letter_kiosk("printers");

    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("The printing service is not running."), std::string::npos) << result.output;
}

}  // namespace
}  // namespace kiosk::print
