#include "pack_copy.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "content/pack_loader.h"

namespace kiosk::content::testing {

namespace fs = std::filesystem;

PackCopy::PackCopy() {
    std::string pattern = (fs::temp_directory_path() / "kiosk-pack-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder");
    root_ = fs::path(pattern) / "pack";
    fs::copy(KIOSK_DEFAULT_PACK, root_, fs::copy_options::recursive);
}

PackCopy::~PackCopy() {
    std::error_code ignored;
    fs::permissions(root_.parent_path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(root_.parent_path(), ignored);
}

std::string PackCopy::read(const std::string& relative) const {
    std::ifstream in(root_ / relative, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void PackCopy::write(const std::string& relative, const std::string& bytes) const {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative, std::ios::binary | std::ios::trunc) << bytes;
}

void PackCopy::remove(const std::string& relative) const { fs::remove_all(root_ / relative); }

Place PackCopy::find(const std::string& relative, const std::string& text) const {
    const std::string bytes = read(relative);
    const std::size_t at = bytes.find(text);
    if (at == std::string::npos) {
        ADD_FAILURE() << "'" << text << "' is not in " << relative;
        return {};
    }
    Place place{1, 1};
    for (std::size_t i = 0; i < at; ++i) {
        if (bytes[i] == '\n') {
            ++place.line;
            place.column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++place.column;
        }
    }
    return place;
}

Place PackCopy::replace(const std::string& relative, const std::string& old_text, const std::string& new_text) const {
    const Place place = find(relative, old_text);
    std::string bytes = read(relative);
    const std::size_t at = bytes.find(old_text);
    if (at != std::string::npos) bytes.replace(at, old_text.size(), new_text);
    write(relative, bytes);
    return place;
}

std::vector<Problem> problems_of(const fs::path& folder) {
    auto pack = load_pack(folder);
    return pack ? std::vector<Problem>{} : pack.error();
}

std::string describe(const std::vector<Problem>& problems) {
    std::string text;
    for (const Problem& problem : problems) text += "  " + problem.to_string() + "\n";
    return text.empty() ? "  (no problems)\n" : text;
}

::testing::AssertionResult has_problem(const std::vector<Problem>& problems, const std::string& file, Place place,
                                       const std::string& message) {
    for (const Problem& problem : problems) {
        if (problem.file == file && problem.line == place.line && problem.column == place.column &&
            problem.message.find(message) != std::string::npos) {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure() << "expected " << file << ":" << place.line << ":" << place.column << ": ..."
                                         << message << "...\nfound:\n"
                                         << describe(problems);
}

}  // namespace kiosk::content::testing
