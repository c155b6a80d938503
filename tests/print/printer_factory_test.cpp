// Which printer the kiosk picks: named, else CUPS's default, else a folder.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "print/cups_letter_printer.h"
#include "print/printer_factory.h"
#include "print/save_to_folder_printer.h"
#include "print_test_letters.h"
#include "private_cupsd.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;

class PrinterFactoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        // A default printer from the environment would hide the scheduler's.
        ::unsetenv("PRINTER");
        ::unsetenv("LPDEST");
        save_dir_ = fs::temp_directory_path() / ("letter-kiosk-saved-" + std::to_string(::getpid()));
    }
    void TearDown() override { fs::remove_all(save_dir_); }

    testing::PrivateCupsd cupsd_;
    fs::path save_dir_;
};

TEST_F(PrinterFactoryTest, UsesTheCupsDefaultDestinationWhenNoPrinterIsNamed) {
    cupsd_.add_queue("front-desk", true);

    const auto printer = make_letter_printer({"", save_dir_, cupsd_.server()});
    const auto outcomes = printer->print({testing::test_letter(1)}, {});

    ASSERT_NE(dynamic_cast<CupsLetterPrinter*>(printer.get()), nullptr);
    EXPECT_EQ(outcomes.at(0).status, LetterOutcome::Status::Printed) << outcomes.at(0).detail;
    EXPECT_EQ(cupsd_.captured_letters().size(), 1u);
}

TEST_F(PrinterFactoryTest, SavesToTheFolderWhenCupsHasNoDefault) {
    cupsd_.add_queue("not-the-default");

    const auto printer = make_letter_printer({"", save_dir_, cupsd_.server()});

    ASSERT_NE(dynamic_cast<SaveToFolderPrinter*>(printer.get()), nullptr);
    EXPECT_NE(printer->destination_description().find(save_dir_.string()), std::string::npos);
}

TEST_F(PrinterFactoryTest, SavesToTheFolderWhenTheSchedulerIsNotRunning) {
    cupsd_.stop();

    const auto printer = make_letter_printer({"", save_dir_, cupsd_.server()});

    EXPECT_NE(dynamic_cast<SaveToFolderPrinter*>(printer.get()), nullptr);
}

TEST_F(PrinterFactoryTest, UsesTheNamedPrinterEvenWhenCupsHasADefault) {
    cupsd_.add_queue("front-desk", true);

    const auto printer = make_letter_printer({"back-office", save_dir_, cupsd_.server()});
    const auto outcomes = printer->print({testing::test_letter(1)}, {});

    ASSERT_NE(dynamic_cast<CupsLetterPrinter*>(printer.get()), nullptr);
    EXPECT_EQ(outcomes.at(0).message_key, "print.no-printer") << "a named printer is never swapped for another";
}

}  // namespace
}  // namespace kiosk::print
