#include "pdf/pdf_writer.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <utility>

#include <hpdf.h>

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
    Painter(HPDF_Doc document, const letter::FontSet& fonts) : document_(document), fonts_(fonts) {}

    // Loaded on first use: most letters need the regular style only.
    HPDF_Font font(letter::FontStyle style) {
        HPDF_Font& font = loaded_[static_cast<int>(style)];
        if (!font) {
            const letter::FontSet& set = fonts_;
            const std::filesystem::path& path = style == letter::FontStyle::Bold     ? set.bold
                                                : style == letter::FontStyle::Italic ? set.italic
                                                                                     : set.regular;
            const char* name = HPDF_LoadTTFontFromFile(document_, path.c_str(), HPDF_TRUE);
            if (name) font = HPDF_GetFont(document_, name, "UTF-8");
        }
        return font;
    }

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
            HPDF_Font run_font = font(run.style);
            if (!run_font) break;
            if (run_font != current_font || run.size != current_size) {
                HPDF_Page_SetFontAndSize(page, run_font, run.size);
                current_font = run_font;
                current_size = run.size;
            }
            HPDF_Page_TextOut(page, run.x, page_height - run.baseline, run.text.c_str());
        }
        HPDF_Page_EndText(page);
    }

private:
    HPDF_Doc document_;
    const letter::FontSet& fonts_;
    std::array<HPDF_Font, 3> loaded_{};
};

}  // namespace

PdfWriter::PdfWriter(letter::FontSet fonts) : fonts_(std::move(fonts)) {}

std::vector<unsigned char> PdfWriter::write(const letter::LetterLayout& layout) {
    auto bytes = try_write(layout);
    if (!bytes) throw std::runtime_error(bytes.error());
    return std::move(*bytes);
}

tl::expected<std::vector<unsigned char>, std::string> PdfWriter::try_write(const letter::LetterLayout& layout) {
    ErrorState errors;
    std::unique_ptr<HPDF_Doc_Rec, DocumentDeleter> document{HPDF_New(record_error, &errors)};
    if (!document) return tl::make_unexpected(std::string{"libharu could not start"});
    HPDF_Doc pdf = document.get();

    HPDF_UseUTFEncodings(pdf);
    HPDF_SetCurrentEncoder(pdf, "UTF-8");
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    // Metadata names the kind of document only: nothing about the visitor.
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Letter");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Letter Kiosk");

    Painter painter{pdf, fonts_};
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
