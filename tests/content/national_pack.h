// The national pack the tests and benchmarks use, built at test time from the Census
// file in tests/data: the default pack with every county of the 50 states, DC, Puerto
// Rico and the island areas (3,232) in states.yaml, a synthetic sheriff and prosecutor
// contact for each in contacts/sheriff.csv (as Excel saves it: a byte order mark, CRLF)
// and contacts/prosecutor.csv (as LibreOffice does: LF), and zips.csv from
// content/make-zips.sh. Campaigns keep contacts in a spreadsheet like these.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::testing {

// A contact the national pack gives a county, as its CSV row holds it.
struct SyntheticContact {
    std::string state;
    std::string county;
    std::string office;
    std::string name;
    std::string surname;
    std::vector<std::string> address;
};

class NationalPack {
public:
    // Writes the pack into a new temporary folder (removed by the destructor).
    NationalPack();
    ~NationalPack();
    NationalPack(const NationalPack&) = delete;
    NationalPack& operator=(const NationalPack&) = delete;

    const std::filesystem::path& root() const { return root_; }
    int county_count() const { return county_count_; }
    int contact_count() const { return contact_count_; }
    // The contact of `recipient` ("sheriff" or "prosecutor") for a county, as written.
    SyntheticContact contact(const std::string& recipient, const std::string& state, const std::string& county) const;

private:
    std::filesystem::path root_;
    int county_count_ = 0;
    int contact_count_ = 0;
};

}  // namespace kiosk::testing
