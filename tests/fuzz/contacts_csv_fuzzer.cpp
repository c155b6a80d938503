// One contacts/<recipient>.csv of a pack: the first byte chooses the recipient's level
// (national, state or county), the rest is the file's bytes, read as the loader reads it
// (text_file.h's screening, then csv_rows.h's CSV and contacts_reader.h's rows, checked
// against the default pack's states and counties and against a contact recipients.yaml
// already has for Boone County, MO and for MO).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content/contacts_reader.h"
#include "content/pack_loader.h"
#include "content/text_file.h"
#include "scratch_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const fuzz::ScratchFolder folder;
    static const std::vector<content::State> states = content::load_pack(KIOSK_DEFAULT_PACK).value().states;
    static const content::ContactLines yaml_lines = {{{"MO", "Boone County"}, 108}, {{"MO", ""}, 40}};
    if (size == 0) return 0;

    const auto level = static_cast<content::RecipientLevel>(data[0] % 3);
    folder.write("contacts/sheriff.csv", std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
    std::vector<content::Problem> all;
    const auto text = content::read_pack_text_file(folder.path(), "contacts/sheriff.csv", content::max_contacts_file_bytes);
    if (!text) return 0;
    content::FileProblems problems((folder.path() / "contacts/sheriff.csv").string(), all);
    content::read_contacts_csv(*text, level, &states, yaml_lines, problems);
    return 0;
}
