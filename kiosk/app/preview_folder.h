// The folder `letter-kiosk preview` writes into, so that nothing is lost and nothing is
// left half-written: the preview is made in a new folder beside OUTDIR, which takes
// OUTDIR's place only once complete. OUTDIR may be missing, empty, or an earlier
// preview (which is replaced); a folder holding anything else is refused.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::app {

class PreviewFolder {
public:
    // The file that marks a folder as a preview, and says what is in it.
    static constexpr const char* index_file = "preview.txt";
    static constexpr const char* letters_folder = "letters";
    static constexpr const char* screens_folder = "screens";

    // Checks that `out` may receive a preview and makes the folder it is written in
    // (missing parent folders included); fails with a sentence naming what is wrong.
    static tl::expected<PreviewFolder, std::string> open(const std::filesystem::path& out);
    PreviewFolder(PreviewFolder&& other) noexcept;
    PreviewFolder& operator=(PreviewFolder&&) = delete;
    ~PreviewFolder();  // removes the unfinished preview unless it was put in place

    const std::filesystem::path& staging() const { return staging_; }

    // Puts the finished preview in OUTDIR's place, replacing an earlier preview.
    tl::expected<void, std::string> put_in_place();

private:
    PreviewFolder(std::filesystem::path out, std::filesystem::path staging);

    std::filesystem::path out_;
    std::filesystem::path staging_;  // empty once put in place (or moved from)
};

// Why `folder` must not be replaced by a preview, or nullopt when it may: it is an
// earlier preview (preview.txt, letters/*.pdf and screens/*.png, nothing else).
std::optional<std::string> refuse_to_replace_folder(const std::filesystem::path& folder);

}  // namespace kiosk::app
