// (b) One YAML file of a pack: the input is the file's bytes, read through the
// loader's screening (text_file.h: size, UTF-8, control characters; yaml_document.h:
// syntax, nesting, documents, aliases, node count) and then given to every reader of
// the pack's YAML files, so each reader meets every shape a document can take.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "content/pack_info_reader.h"
#include "content/pack_loader.h"
#include "content/reasons_reader.h"
#include "content/recipients_reader.h"
#include "content/states_reader.h"
#include "content/strings_reader.h"
#include "content/yaml_document.h"
#include "scratch_folder.h"

namespace kiosk::fuzz {
namespace {

// The default pack's states, for the recipients reader to check contacts against, and
// its logo, so a pack.yaml naming assets/logo.png reaches the image check.
struct Context {
    Context() {
        const auto pack = content::load_pack(KIOSK_DEFAULT_PACK).value();
        languages = pack.info.languages;
        states = pack.states;
        std::filesystem::create_directories(folder.path() / "assets");
        std::filesystem::copy_file(pack.branding.logo, folder.path() / "assets" / "logo.png");
    }
    ScratchFolder folder;
    content::NameSkeletons skeletons = content::NameSkeletons::open().value();
    std::vector<content::LanguageCode> languages;
    std::vector<content::State> states;
};

}  // namespace
}  // namespace kiosk::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const fuzz::Context context;
    const std::filesystem::path file = "file.yaml";

    context.folder.write(file, std::string(reinterpret_cast<const char*>(data), size));
    std::vector<content::Problem> problems;
    const auto document = content::load_yaml_file(context.folder.path(), file, problems);
    if (!document) return 0;
    content::FileProblems found((context.folder.path() / file).string(), problems);
    content::read_pack_info(*document, context.folder.path(), found);
    content::read_states(*document, context.languages, context.skeletons, found);
    content::read_recipients(*document, context.languages, &context.states, context.skeletons, found);
    content::read_reasons(*document, context.languages, context.skeletons, found);
    content::read_strings(*document, found);
    return 0;
}
