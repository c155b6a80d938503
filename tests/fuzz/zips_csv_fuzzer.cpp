// One zips.csv of a pack: the input is the file's bytes, read as the loader reads it
// (text_file.h's screening, then csv_rows.h's CSV and zips_reader.h's rows, checked
// against the default pack's states and counties). contacts_csv_fuzzer.cpp feeds the
// pack's other CSV files the same way.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content/pack_loader.h"
#include "content/zips_reader.h"
#include "scratch_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const fuzz::ScratchFolder folder;
    static const std::vector<content::State> states = content::load_pack(KIOSK_DEFAULT_PACK).value().states;

    folder.write("zips.csv", std::string(reinterpret_cast<const char*>(data), size));
    std::vector<content::Problem> problems;
    content::load_zips(folder.path(), &states, problems);
    return 0;
}
