#include "pdf/pdf_writer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <stdexcept>
#include <utility>

#include <hpdf.h>
#include <malloc.h>
#include <sodium.h>

#include "letter/utf8.h"
#include "pdf/text_encodings.h"
#include "pdf/to_unicode_cmap.h"

namespace kiosk::pdf {

namespace {

// libharu reports errors through a callback; the first one is kept and the
// document abandoned, as every later call would fail too.
struct ErrorState {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;
};

void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    auto* state = static_cast<ErrorState*>(user_data);
    if (state->error == HPDF_OK) {
        state->error = error;
        state->detail = detail;
    }
}

// libharu's own allocations hold the letter's text (page streams, strings): they are
// overwritten before they are freed, like every C++ allocation of the program.
void* allocate_wiped_later(HPDF_UINT size) { return std::malloc(size ? size : 1); }
void wipe_and_free(void* block) {
    if (!block) return;
    sodium_memzero(block, malloc_usable_size(block));
    std::free(block);
}

struct DocumentDeleter {
    void operator()(HPDF_Doc document) const { HPDF_Free(document); }
};

std::string describe(const ErrorState& state) {
    char text[96];
    std::snprintf(text, sizeof text, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(state.error),
                  static_cast<unsigned>(state.detail));
    return text;
}

// A font written through libharu's UTF-8 encoding, and the characters printed with it.
struct UnicodeFont {
    HPDF_Font font;
    std::set<char32_t> codes;
};

// libharu 2.3's ToUnicode CMap of a UTF-8 font is not one (to_unicode_cmap.h): its
// stream is rewritten in place. libharu has no call for that; these are the calls it
// makes itself, from its installed headers (hpdf_objects.h, hpdf_streams.h).
void replace_to_unicode(const UnicodeFont& used) {
    auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(used.font, "ToUnicode", HPDF_OCLASS_DICT));
    if (!cmap || !cmap->stream) return;
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(cmap, key);
    HPDF_MemStream_FreeData(cmap->stream);
    HPDF_Stream_WriteStr(cmap->stream, to_unicode_cmap(used.codes).c_str());
}

bool is_font_collection(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return false;
    char tag[4] = {};
    const bool collection = std::fread(tag, 1, 4, file) == 4 && std::memcmp(tag, "ttcf", 4) == 0;
    std::fclose(file);
    return collection;
}

class Painter {
public:
    Painter(HPDF_Doc document, ErrorState& errors, const letter::FontSet& fonts, const TextEncodings& encodings)
        : document_(document), errors_(errors), fonts_(fonts), encodings_(encodings) {}

    void paint(HPDF_Page page, const letter::PageLayout& layout, float page_height) {
        for (const auto& rule : layout.rules) {
            HPDF_Page_SetLineWidth(page, rule.thickness);
            HPDF_Page_MoveTo(page, rule.x1, page_height - rule.y1);
            HPDF_Page_LineTo(page, rule.x2, page_height - rule.y2);
            HPDF_Page_Stroke(page);
        }
        // One text object for the page; the font is set only when it changes.
        HPDF_Page_BeginText(page);
        HPDF_Font current_font = nullptr;
        float current_size = 0.f;
        for (const auto& run : layout.runs) {
            bool first_piece = true;
            for (const auto& [piece_font, bytes] : pieces(run)) {
                if (!piece_font) break;
                if (piece_font != current_font || run.size != current_size) {
                    HPDF_Page_SetFontAndSize(page, piece_font, run.size);
                    current_font = piece_font;
                    current_size = run.size;
                }
                // Later pieces continue where the previous one ended.
                if (first_piece) {
                    HPDF_Page_TextOut(page, run.x, page_height - run.baseline, bytes.c_str());
                } else {
                    HPDF_Page_ShowText(page, bytes.c_str());
                }
                first_piece = false;
            }
        }
        HPDF_Page_EndText(page);
    }

    // After the last page: every UTF-8 font gets a ToUnicode CMap readers accept.
    void finish() {
        for (const auto& used : unicode_fonts_) replace_to_unicode(used);
    }

private:
    // The run cut into pieces, each in one font object: the letter's font through the
    // fewest encodings, or the run's fallback font through UTF-8.
    std::vector<std::pair<HPDF_Font, std::string>> pieces(const letter::TextRun& run) {
        std::vector<std::pair<HPDF_Font, std::string>> out;
        if (!run.font.empty()) {
            if (HPDF_Font fallback = fallback_font(run.font)) {
                record(fallback, run.text);
                out.emplace_back(fallback, run.text);
                return out;
            }
            // The font would not load: boxes where its characters were.
            std::string boxes;
            for (std::size_t i = 0, count = letter::decode_utf8(run.text).size(); i < count; ++i) boxes += "\xEF\xBF\xBD";
            HPDF_Font own = font(run.style, -1);
            record(own, boxes);
            out.emplace_back(own, boxes);
            return out;
        }
        for (auto& piece : encodings_.encode(run.text)) {
            HPDF_Font piece_font = font(run.style, piece.encoding);
            if (piece.encoding < 0) record(piece_font, piece.bytes);
            out.emplace_back(piece_font, std::move(piece.bytes));
        }
        return out;
    }

    void record(HPDF_Font font, const std::string& utf8) {
        if (!font) return;
        auto used = std::find_if(unicode_fonts_.begin(), unicode_fonts_.end(),
                                 [font](const UnicodeFont& f) { return f.font == font; });
        if (used == unicode_fonts_.end()) used = unicode_fonts_.insert(unicode_fonts_.end(), UnicodeFont{font, {}});
        for (char32_t c : letter::decode_utf8(utf8)) used->codes.insert(c);
    }

    // Once per document: libharu refuses to register the UTF-8 encoder twice.
    void use_unicode() {
        if (unicode_in_use_) return;
        // The UTF-8 font brings a 128 KB glyph map: compressed, it is ~1 KB.
        HPDF_SetCompressionMode(document_, HPDF_COMP_ALL);
        HPDF_UseUTFEncodings(document_);
        unicode_in_use_ = true;
    }

    // The font file of a style is loaded (and embedded) once per document, on first
    // use: most letters need the regular style only. Each encoding of it is a small
    // font object over that one file.
    HPDF_Font font(letter::FontStyle style, int encoding) {
        const int style_index = static_cast<int>(style);
        HPDF_Font& font = fonts_by_encoding_[style_index][encoding + 1];
        if (font) return font;
        const char*& name = font_names_[style_index];
        if (!name) {
            const std::filesystem::path& path = style == letter::FontStyle::Bold     ? fonts_.bold
                                                : style == letter::FontStyle::Italic ? fonts_.italic
                                                                                     : fonts_.regular;
            name = HPDF_LoadTTFontFromFile(document_, path.c_str(), HPDF_TRUE);
            if (!name) return nullptr;
        }
        if (encoding < 0) {
            use_unicode();
            font = HPDF_GetFont(document_, name, unicode_encoding);
        } else {
            font = HPDF_GetFont(document_, name, single_byte_encodings()[encoding]);
        }
        return font;
    }

    // A fallback font, loaded and embedded once per document. One that libharu cannot
    // read costs its characters, not the letter: the error is cleared and nullptr said.
    HPDF_Font fallback_font(const letter::FontFile& file) {
        for (const auto& [loaded, font] : fallback_fonts_) {
            if (loaded == file) return font;
        }
        use_unicode();
        const char* name = is_font_collection(file.path)
                               ? HPDF_LoadTTFontFromFile2(document_, file.path.c_str(),
                                                          static_cast<HPDF_UINT>(file.face_index), HPDF_TRUE)
                               : HPDF_LoadTTFontFromFile(document_, file.path.c_str(), HPDF_TRUE);
        HPDF_Font font = name ? HPDF_GetFont(document_, name, unicode_encoding) : nullptr;
        if (!font) {
            HPDF_ResetError(document_);
            errors_ = ErrorState{};
        }
        fallback_fonts_.emplace_back(file, font);
        return font;
    }

    HPDF_Doc document_;
    ErrorState& errors_;
    const letter::FontSet& fonts_;
    const TextEncodings& encodings_;
    std::array<const char*, 3> font_names_{};
    std::array<std::array<HPDF_Font, 8>, 3> fonts_by_encoding_{};  // [style][encoding + 1]
    std::vector<std::pair<letter::FontFile, HPDF_Font>> fallback_fonts_;
    std::vector<UnicodeFont> unicode_fonts_;
    bool unicode_in_use_ = false;
};

}  // namespace

PdfWriter::PdfWriter(letter::FontSet fonts) : fonts_(std::move(fonts)), encodings_(std::make_shared<TextEncodings>()) {}

std::vector<unsigned char> PdfWriter::write(const letter::LetterLayout& layout) {
    auto bytes = try_write(layout);
    if (!bytes) throw std::runtime_error(bytes.error());
    return std::move(*bytes);
}

tl::expected<std::vector<unsigned char>, std::string> PdfWriter::try_write(const letter::LetterLayout& layout) {
    ErrorState errors;
    std::unique_ptr<HPDF_Doc_Rec, DocumentDeleter> document{
        HPDF_NewEx(record_error, allocate_wiped_later, wipe_and_free, 0, &errors)};
    if (!document) return tl::make_unexpected(std::string{"libharu could not start"});
    HPDF_Doc pdf = document.get();

    // Page text is compressed; the font file is not: deflating it took over half of
    // a letter's time (callgrind) to save ~3 KB per letter.
    HPDF_SetCompressionMode(pdf, HPDF_COMP_TEXT);
    // Metadata names the kind of document only: nothing about the visitor.
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Letter");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Letter Kiosk");

    Painter painter{pdf, errors, fonts_, *encodings_};
    for (const auto& page_layout : layout.pages) {
        HPDF_Page page = HPDF_AddPage(pdf);
        HPDF_Page_SetWidth(page, layout.page_width);
        HPDF_Page_SetHeight(page, layout.page_height);
        painter.paint(page, page_layout, layout.page_height);
        if (errors.error != HPDF_OK) return tl::make_unexpected(describe(errors));
    }
    painter.finish();

    if (HPDF_SaveToStream(pdf) != HPDF_OK) return tl::make_unexpected(describe(errors));
    HPDF_ResetStream(pdf);
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
    std::vector<unsigned char> bytes(size);
    // Reading the whole stream ends with HPDF_STREAM_EOF: that is success here.
    const HPDF_STATUS read = HPDF_ReadFromStream(pdf, bytes.data(), &size);
    if (read != HPDF_OK && read != HPDF_STREAM_EOF) return tl::make_unexpected(describe(errors));
    bytes.resize(size);
    return bytes;
}

}  // namespace kiosk::pdf
