// Fonts for the characters the letter's own font lacks: Arabic, Hebrew, CJK,
// Vietnamese tone marks and the rest of what a visitor can type. For each character
// the first font in fontconfig's order of likeness to the letter's font (FcFontSort)
// that maps it is used, among what libharu 2.3 can print:
//   - TrueType outlines only: a CFF font, such as Noto Sans CJK (fonts-noto-cjk),
//     fails in libharu with "missing table";
//   - glyphs libharu embeds whole: it copies a composite glyph's components one level
//     deep and only those numbered below 32,768, so in Droid Sans Fallback or
//     WenQuanYi most Han characters (明 among them) would print blank;
//   - characters of the Basic Multilingual Plane (libharu writes text as UCS-2);
//   - no font with the PostScript name of the letter's own (libharu keys fonts by
//     that name, so the full DejaVu Serif would be taken for the letter's subset).
// On Debian: fonts-noto-core, fonts-arphic-uming (Chinese, Japanese), fonts-nanum
// (Korean).
//
// Faces are opened and characters measured on first use, so a letter in Latin script
// costs nothing here. Thread-safe: one instance serves the kiosk's screen and its
// print worker.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "letter/letter_layout.h"

namespace kiosk::letter {

class FallbackFonts {
public:
    // `family`: the letter font's family, which the others are ranked against;
    // `own_names`: the PostScript names of the letter's fonts. With fontconfig
    // unusable, there are no fallback fonts (characters print as U+FFFD).
    FallbackFonts(const std::string& family, const std::vector<std::string>& own_names);
    ~FallbackFonts();
    FallbackFonts(const FallbackFonts&) = delete;
    FallbackFonts& operator=(const FallbackFonts&) = delete;

    struct Found {
        int font;       // for file()
        float advance;  // em
    };
    std::optional<Found> find(char32_t c, FontStyle style) const;
    FontFile file(int font) const;

private:
    struct Candidate;
    struct OpenFace;
    int open(const Candidate& candidate) const;  // font id, or -1; with mutex_ held

    std::array<std::vector<Candidate>, 3> candidates_;  // by style, best first
    // Nothing is kept per character: which characters were looked up would tell
    // what visitors typed. What stays is per block of 256 code points (which script
    // was printed, as the font opened for it tells anyway): the first candidate that
    // has each character of the block, found for the whole block at once.
    using BlockChoices = std::array<std::int16_t, 256>;  // candidate index; -1: none
    const BlockChoices& choices(char32_t c, FontStyle style) const;  // with mutex_ held
    mutable std::unordered_map<std::uint32_t, BlockChoices> blocks_;  // (style, c >> 8)
    mutable std::mutex mutex_;
    struct Library;
    std::unique_ptr<Library> library_;
    mutable std::vector<std::unique_ptr<OpenFace>> faces_;  // font ids index this
};

}  // namespace kiosk::letter
