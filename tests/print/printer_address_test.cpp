// How staff name a printer for --printer and the settings' `printer:`, and what they are
// told when it is not a printer's name (printer_address.h).
#include <gtest/gtest.h>

#include "print/printer_address.h"

namespace kiosk::print {
namespace {

PrinterAddress parsed(const std::string& text) {
    const auto address = parse_printer_address(text);
    EXPECT_TRUE(address) << text << ": " << address.error();
    return address.value_or(PrinterAddress{});
}

std::string refusal(const std::string& text) {
    const auto address = parse_printer_address(text);
    EXPECT_FALSE(address) << text << " was read as " << printer_address_text(*address);
    return address ? "" : address.error();
}

TEST(PrinterAddress, AQueueAloneIsOneOfThisComputersQueues) {
    EXPECT_EQ(parsed("front-desk").queue, "front-desk");
    EXPECT_EQ(parsed("front-desk").server, "");
    EXPECT_EQ(parsed("").queue, "") << "no name: the scheduler's default";
}

TEST(PrinterAddress, QueueAtHostIsAQueueOfThatServerOnTheIppPortUnlessOneIsGiven) {
    EXPECT_EQ(parsed("front-desk@print-server").server, "print-server:631");
    EXPECT_EQ(parsed("front-desk@print-server").queue, "front-desk");
    EXPECT_EQ(parsed("front-desk@192.168.1.20:8631").server, "192.168.1.20:8631");
    EXPECT_EQ(parsed("Laser_2@printers.example.org").server, "printers.example.org:631");
}

TEST(PrinterAddress, AnIpv6AddressIsWrittenInBrackets) {
    EXPECT_EQ(parsed("front-desk@[fe80::1%eth0]:631").server, "[fe80::1%eth0]:631");
    EXPECT_EQ(parsed("front-desk@[::1]").server, "[::1]:631");
    EXPECT_NE(refusal("front-desk@::1").find("brackets: [::1]"), std::string::npos);
}

TEST(PrinterAddress, AnIppAddressOfACupsQueueIsTheSameAsQueueAtHost) {
    const PrinterAddress address = parsed("ipp://print-server:8631/printers/front-desk");
    EXPECT_EQ(address.queue, "front-desk");
    EXPECT_EQ(address.server, "print-server:8631");
    EXPECT_EQ(parsed("ipp://print-server/printers/front-desk").server, "print-server:631");
    EXPECT_EQ(parsed("IPP://print-server/classes/all-desks").queue, "all-desks");
    EXPECT_EQ(parsed("ipp://[::1]:631/printers/desk").server, "[::1]:631");
    EXPECT_EQ(parsed("ipp://print-server/printers/caf%C3%A9").queue, "caf\xC3\xA9");
}

TEST(PrinterAddress, WrittenBackItReadsTheSame) {
    for (const std::string text : {"front-desk", "front-desk@print-server:631", "desk@[::1]:8631"}) {
        EXPECT_EQ(printer_address_text(parsed(text)), text);
    }
    EXPECT_EQ(printer_address_text(parsed("ipp://print-server/printers/desk")), "desk@print-server:631");
}

TEST(PrinterAddress, SaysWhatIsMissingAroundTheAt) {
    EXPECT_EQ(refusal("front-desk@"), "no server is named after @");
    EXPECT_EQ(refusal("@print-server"), "no queue is named before @");
    EXPECT_EQ(refusal("front-desk@print-server:"), "no port is written after ':'");
}

TEST(PrinterAddress, AServerAloneIsReadAsLpstatTakesIt) {
    EXPECT_EQ(parse_cups_server("print-server").value_or(""), "print-server:631");
    EXPECT_EQ(parse_cups_server("[::1]:8631").value_or(""), "[::1]:8631");
    EXPECT_EQ(parse_cups_server("").error(), "no server is named");
    EXPECT_EQ(parse_cups_server("print-server:0").error(),
              "the port after ':' should be a number from 1 to 65535, not '0'");
}

TEST(PrinterAddress, APortIsANumberFromOneTo65535) {
    for (const std::string port : {"0", "65536", "http", "-1", "6 31", "9999999999"}) {
        EXPECT_EQ(refusal("front-desk@print-server:" + port),
                  "the port after ':' should be a number from 1 to 65535, not '" + port + "'");
    }
}

TEST(PrinterAddress, AQueueNameFollowsLpadminsRules) {
    EXPECT_NE(refusal("front desk").find("a queue name has no spaces or control characters; write QUEUE, "),
              std::string::npos);
    EXPECT_NE(refusal("front\x1b[2Jdesk").find("no spaces or control characters"), std::string::npos);
    EXPECT_EQ(refusal("front#desk@print-server"), "a queue name cannot contain #");
    EXPECT_EQ(refusal("a/b@print-server"), "a queue name cannot contain /");
    EXPECT_EQ(refusal(std::string(128, 'q')).rfind("a queue name is at most 127 characters", 0), 0u);
    EXPECT_EQ(parsed(std::string(127, 'q')).queue.size(), 127u);
}

TEST(PrinterAddress, AServerNameHasNoSpacesNorSlashes) {
    EXPECT_EQ(refusal("front-desk@print server"), "'print server' is not a server's name or address");
    EXPECT_EQ(refusal("front-desk@print-server/printers"), "'print-server/printers' is not a server's name or address");
}

TEST(PrinterAddress, APrintersOwnAddressIsNotTakenForAQueue) {
    // What setup-printer.sh --uri takes: the kiosk's own queue is made from it.
    EXPECT_NE(refusal("ipp://192.168.1.20/ipp/print").find("'/ipp/print' is not a CUPS queue's path"), std::string::npos);
    EXPECT_NE(refusal("ipp://192.168.1.20/ipp/print").find("setup-printer.sh --uri"), std::string::npos);
    EXPECT_NE(refusal("socket://192.168.1.20:9100").find("'socket://' is a printer's own address"), std::string::npos);
    EXPECT_NE(refusal("usb://HP/LaserJet").find("setup-printer.sh --uri"), std::string::npos);
}

TEST(PrinterAddress, IppsIsRefusedWithTheFormToWriteInstead) {
    EXPECT_NE(refusal("ipps://print-server/printers/front-desk").find("QUEUE@HOST"), std::string::npos);
}

TEST(PrinterAddress, AnIppAddressWithAUserOrAnEmptyQueueIsRefused) {
    EXPECT_NE(refusal("ipp://kiosk@print-server/printers/desk").find("names a user"), std::string::npos);
    EXPECT_NE(refusal("ipp://print-server/printers/").find("not a CUPS queue's path"), std::string::npos);
    EXPECT_EQ(refusal("ipp://print-server/printers/a%20b"), "a queue name has no spaces or control characters");
    EXPECT_EQ(refusal("ipp://print-server/printers/desk?waitjob=false"), "a queue name cannot contain ?");
}

}  // namespace
}  // namespace kiosk::print
