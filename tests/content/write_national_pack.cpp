// Writes the national pack (national_pack.h) into a new folder, to run or measure the
// kiosk with it:
//   build/tests/content/write_national_pack /tmp/national
//   LETTER_KIOSK_CONTENT=/tmp/national MEASURE_PLACE="TX/H/Harris County" tests/ui/measure.sh
#include <filesystem>
#include <iostream>

#include "national_pack.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: write_national_pack FOLDER (a folder that does not exist yet)\n";
        return 2;
    }
    if (std::filesystem::exists(argv[1])) {
        std::cerr << argv[1] << " exists already\n";
        return 1;
    }
    const kiosk::testing::NationalPack pack;
    std::filesystem::copy(pack.root(), argv[1], std::filesystem::copy_options::recursive);
    std::cout << argv[1] << ": " << pack.county_count() << " counties, " << pack.contact_count() << " contacts\n";
    return 0;
}
