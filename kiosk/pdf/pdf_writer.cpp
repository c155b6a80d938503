#include "pdf/pdf_writer.h"

#include <array>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <utility>

#include <hpdf.h>
#include <malloc.h>
#include <sodium.h>

#include "pdf/text_encodings.h"

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

class Painter {
public:
    Painter(HPDF_Doc document, const letter::FontSet& fonts, const TextEncodings& encodings)
        : document_(document), fonts_(fonts), encodings_(encodings) {}

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
            for (const auto& piece : encodings_.encode(run.text)) {
                HPDF_Font piece_font = font(run.style, piece.encoding);
                if (!piece_font) break;
                if (piece_font != current_font || run.size != current_size) {
                    HPDF_Page_SetFontAndSize(page, piece_font, run.size);
                    current_font = piece_font;
                    current_size = run.size;
                }
                // Later pieces continue where the previous one ended.
                if (first_piece) {
                    HPDF_Page_TextOut(page, run.x, page_height - run.baseline, piece.bytes.c_str());
                } else {
                    HPDF_Page_ShowText(page, piece.bytes.c_str());
                }
                first_piece = false;
            }
        }
        HPDF_Page_EndText(page);
    }

private:
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
            // The UTF-8 font brings a 128 KB glyph map: compressed, it is ~1 KB.
            HPDF_SetCompressionMode(document_, HPDF_COMP_ALL);
            HPDF_UseUTFEncodings(document_);
            font = HPDF_GetFont(document_, name, unicode_encoding);
        } else {
            font = HPDF_GetFont(document_, name, single_byte_encodings()[encoding]);
        }
        return font;
    }

    HPDF_Doc document_;
    const letter::FontSet& fonts_;
    const TextEncodings& encodings_;
    std::array<const char*, 3> font_names_{};
    std::array<std::array<HPDF_Font, 8>, 3> fonts_by_encoding_{};  // [style][encoding + 1]
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

    Painter painter{pdf, fonts_, *encodings_};
    for (const auto& page_layout : layout.pages) {
        HPDF_Page page = HPDF_AddPage(pdf);
        HPDF_Page_SetWidth(page, layout.page_width);
        HPDF_Page_SetHeight(page, layout.page_height);
        painter.paint(page, page_layout, layout.page_height);
        if (errors.error != HPDF_OK) return tl::make_unexpected(describe(errors));
    }

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
