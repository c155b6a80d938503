// The national pack (tests/content/national_pack.h: every US county, a sheriff and a
// prosecutor contact for each, kept in contacts/*.csv, and every ZIP code) through the
// real program, as staff and visitors would meet it.
#include <gtest/gtest.h>

#include <string>

#include "command_runner.h"
#include "national_pack.h"

namespace kiosk::app {
namespace {

using kiosk::testing::CommandResult;
using kiosk::testing::NationalPack;
using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;
using kiosk::testing::SyntheticContact;

// Built once: writing 6,464 contacts and 47,000 ZIP rows takes a moment.
const NationalPack& national_pack() {
    static const NationalPack pack;
    return pack;
}

CommandResult letter_kiosk(const std::string& arguments) {
    return run_command(std::string{LETTER_KIOSK_PROGRAM} + " " + arguments);
}

TEST(NationalPack, HasEveryCountyAndTwoContactsForEach) {
    EXPECT_EQ(national_pack().county_count(), 3232);
    EXPECT_EQ(national_pack().contact_count(), 2 * 3232);
}

TEST(NationalPack, CheckContentAcceptsIt) {
    const CommandResult run = letter_kiosk("check-content " + shell_quoted(national_pack().root().string()));
    EXPECT_EQ(run.exit_code, 0) << run.output.substr(0, 4000);
    EXPECT_NE(run.output.find("5 recipients, 56 states / 3232 counties"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("33791 ZIP codes (zips.csv)"), std::string::npos) << run.output;
}

TEST(NationalPack, LetterToATexasSheriffCarriesThatContactsAddress) {
    ScratchFolder folder;
    const auto pdf = folder.path() / "sheriff.pdf";
    const CommandResult run =
        letter_kiosk("letter --content " + shell_quoted(national_pack().root().string()) +
                     " --recipient sheriff --state TX --county 'Harris County' --out " + shell_quoted(pdf.string()));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const std::string text = run_command("pdftotext -enc UTF-8 " + shell_quoted(pdf.string()) + " -").output;
    const SyntheticContact contact = national_pack().contact("sheriff", "TX", "Harris County");
    EXPECT_EQ(contact.address.at(0), "Justice Center, 48201 Main Street");
    EXPECT_EQ(contact.address.at(2), "Example City, TX 77002");
    for (const std::string& line : contact.address) EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
    EXPECT_NE(text.find(contact.name), std::string::npos) << text;
    EXPECT_NE(text.find("Dear Sheriff Rivera:"), std::string::npos) << text;
    // The prosecutor's contact of the same county is another row of another file.
    EXPECT_EQ(text.find("Okafor"), std::string::npos) << text;
}

}  // namespace
}  // namespace kiosk::app
