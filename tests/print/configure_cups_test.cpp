// install/cups/configure-cups.sh: the privacy settings land in cupsd.conf once,
// cupsd accepts the result, and running it again changes nothing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int count_lines_starting(const std::string& text, const std::string& prefix) {
    std::istringstream lines(text);
    int count = 0;
    for (std::string line; std::getline(lines, line);) count += line.rfind(prefix, 0) == 0;
    return count;
}

class ConfigureCupsTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("letter-kiosk-configure-" + std::to_string(::getpid()));
        fs::create_directories(folder_);
        conf_ = folder_ / "cupsd.conf";
        // A stock Debian cupsd.conf, trimmed to what matters here.
        std::ofstream(conf_) << "LogLevel warn\nErrorPolicy retry-job\nListen localhost:631\nBrowsing Yes\n"
                                "<Location />\n  Order allow,deny\n</Location>\n";
    }
    void TearDown() override { fs::remove_all(folder_); }

    int configure() {
        const std::string command = std::string(CONFIGURE_CUPS_SCRIPT) + " " + conf_.string() + " > /dev/null";
        return std::system(command.c_str());
    }

    fs::path folder_;
    fs::path conf_;
};

TEST_F(ConfigureCupsTest, SetsThePrivacyDirectivesOnce) {
    ASSERT_EQ(configure(), 0);
    const std::string conf = read(conf_);

    EXPECT_EQ(count_lines_starting(conf, "PreserveJobFiles No"), 1);
    EXPECT_EQ(count_lines_starting(conf, "PreserveJobHistory "), 1);
    EXPECT_EQ(count_lines_starting(conf, "ErrorPolicy abort-job"), 1);
    EXPECT_EQ(count_lines_starting(conf, "ErrorPolicy"), 1) << "the old ErrorPolicy is replaced, not duplicated";
    EXPECT_EQ(count_lines_starting(conf, "Browsing No"), 1);
    EXPECT_NE(conf.find("<Location />\n  Order allow,deny\n</Location>"), std::string::npos);
}

TEST_F(ConfigureCupsTest, RunningTwiceChangesNothing) {
    ASSERT_EQ(configure(), 0);
    const std::string once = read(conf_);
    ASSERT_EQ(configure(), 0);
    EXPECT_EQ(read(conf_), once);
    EXPECT_EQ(std::distance(fs::directory_iterator(folder_), fs::directory_iterator()), 1) << "no temp file left";
}

TEST_F(ConfigureCupsTest, CupsdAcceptsTheResult) {
    ASSERT_EQ(configure(), 0);
    const std::string check = "cupsd -t -c " + conf_.string() + " > /dev/null 2>&1";
    EXPECT_EQ(std::system(check.c_str()), 0) << read(conf_);
}

TEST_F(ConfigureCupsTest, MissingConfigurationIsAnError) {
    fs::remove(conf_);
    EXPECT_NE(configure(), 0);
}

}  // namespace
