#include "letter/letter_layout_engine.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "letter/line_breaker.h"
#include "letter/page_flow.h"
#include "letter/plain_template.h"
#include "letter/utf8.h"

namespace kiosk::letter {

// Vertical spacing of the flowing part of the letter. A letter that would spill onto
// a second page by a few lines is set once more, a little tighter, because one
// sheet is what visitors expect for an ordinary letter.
struct Spacing {
    float leading;
    float paragraph;
    float before_block;  // before the own-words box and the closing
    float own_words_line;
    float signature;     // room to sign above the signature line
};
constexpr Spacing regular_spacing{13.5f, 6.5f, 13.5f, 21.f, 30.f};
constexpr Spacing compact_spacing{12.5f, 4.5f, 9.f, 19.f, 26.f};

namespace {

constexpr float inch = 72.f;

// Type sizes and leading, in points.
constexpr float body_size = 10.f;
constexpr float body_leading = 13.5f;
constexpr float small_size = 8.f;
constexpr float header_size = 8.5f;
constexpr float ascent = 0.93f;  // DejaVu and Liberation Serif ascend ~0.93 em: first baseline = top + ascent

// Page geometry (see the header for why the address sits where it does).
constexpr float side_margin = 1.f * inch;
constexpr float top_margin = 0.75f * inch;
constexpr float bottom_margin = 0.75f * inch;
constexpr float sender_column_width = 2.75f * inch;
constexpr float address_top = 2.1f * inch;
constexpr float address_width = 3.3f * inch;
constexpr float window_bottom = 3.1f * inch;
constexpr float handwriting_line_spacing = 20.f;
constexpr float min_handwriting_width = 1.25f * inch;
constexpr int own_words_lines = 3;
constexpr float signature_width = 3.f * inch;
constexpr float footer_gap = 12.f;  // between the lowest text and the footer's baseline
// A reading column is drawn edge to edge on screen: a narrow margin keeps the words off
// the page's outline.
constexpr float reading_margin = 10.f;

}  // namespace

// Where things go. Paper puts the addresses where a window envelope shows them; a
// reading column stacks the same blocks down one narrow page as long as the letter.
struct PageFrame {
    float width;
    float height;  // 0: as long as the letter (a reading column; one page)
    float side_margin;
    float top_margin;
    float bottom_margin;
    float sender_column_width;
    bool envelope_window;  // the recipient's address at address_top, the body below window_bottom
    float address_width;
    float signature_width;

    float text_width() const { return width - 2 * side_margin; }
};

namespace {

PageFrame paper_frame(content::PaperSize paper) {
    const bool a4 = paper == content::PaperSize::A4;
    return PageFrame{a4 ? 595.f : 612.f, a4 ? 842.f : 792.f, side_margin, top_margin, bottom_margin,
                     sender_column_width, true, address_width, signature_width};
}

PageFrame reading_frame(float column_width) {
    const float text = column_width - 2 * reading_margin;
    return PageFrame{column_width, 0.f, reading_margin, reading_margin, reading_margin, text, false,
                     std::min(address_width, text), std::min(signature_width, text)};
}

// Builds runs through the metrics, so every run's text is drawable in its font.
class RunMaker {
public:
    explicit RunMaker(const FontMetrics& metrics) : metrics_(metrics) {}

    TextRun run(std::u32string_view text, FontStyle style, float size, float x, float baseline) const {
        return TextRun{style, size, x, baseline, encode_utf8(metrics_.printable(text, style))};
    }
    float width(std::u32string_view text, FontStyle style, float size) const {
        return metrics_.width(metrics_.printable(text, style), style, size);
    }
    std::vector<std::u32string> lines(const std::string& text, FontStyle style, float size, float max_width) const {
        return break_lines(metrics_.printable(decode_utf8(text), style), metrics_, style, size, max_width);
    }

private:
    const FontMetrics& metrics_;
};

// Lines of a block stacked from `top`; returns the top of the line after the last.
float stack_lines(PageLayout& page, const RunMaker& maker, const std::vector<std::u32string>& lines, float x,
                  float top, float size, float leading) {
    for (const auto& line : lines) {
        page.runs.push_back(maker.run(line, FontStyle::Regular, size, x, top + ascent * size));
        top += leading;
    }
    return top;
}

std::vector<std::u32string> wrapped_lines(const RunMaker& maker, const std::vector<std::string>& lines, float width) {
    std::vector<std::u32string> out;
    for (const auto& line : lines) {
        for (auto& piece : maker.lines(line, FontStyle::Regular, body_size, width)) out.push_back(std::move(piece));
    }
    return out;
}

FlowBlock space(float height) { return FlowBlock{height, true, true, nullptr}; }

FlowBlock text_line(const RunMaker& maker, std::u32string line, float x, float leading) {
    return FlowBlock{leading, false, false, [&maker, line = std::move(line), x](PageLayout& page, float top) {
                         page.runs.push_back(maker.run(line, FontStyle::Regular, body_size, x, top + ascent * body_size));
                     }};
}

// A paragraph keeps its first two and last two lines together.
void add_paragraph(std::vector<FlowBlock>& blocks, const RunMaker& maker, const std::string& text, float x, float width,
                   const Spacing& spacing) {
    auto lines = maker.lines(text, FontStyle::Regular, body_size, width);
    const std::size_t count = lines.size();
    for (std::size_t i = 0; i < count; ++i) {
        FlowBlock block = text_line(maker, std::move(lines[i]), x, spacing.leading);
        block.keep_with_next = i + 1 < count && (i == 0 || i + 2 == count);
        blocks.push_back(std::move(block));
    }
}

FlowBlock own_words_box(const RunMaker& maker, const std::string& label, float x, float width, const Spacing& spacing) {
    const float label_line = 12.f;
    const float padding = 7.f;
    const float line_spacing = spacing.own_words_line;
    const float height = padding + label_line + own_words_lines * line_spacing + padding;
    return FlowBlock{height, true, false, [&maker, label, x, width, height, label_line, padding, line_spacing](PageLayout& page, float top) {
                         const float bottom = top + height;
                         page.rules.push_back({x, top, x + width, top, 0.6f});
                         page.rules.push_back({x, bottom, x + width, bottom, 0.6f});
                         page.rules.push_back({x, top, x, bottom, 0.6f});
                         page.rules.push_back({x + width, top, x + width, bottom, 0.6f});
                         page.runs.push_back(maker.run(decode_utf8(label), FontStyle::Regular, 9.f, x + padding,
                                                       top + padding + ascent * 9.f));
                         for (int i = 1; i <= own_words_lines; ++i) {
                             const float y = top + padding + label_line + i * line_spacing;
                             page.rules.push_back({x + padding, y, x + width - padding, y, 0.4f});
                         }
                     }};
}

FlowBlock closing_block(const RunMaker& maker, const ComposedLetter& letter, float x, float signature_width,
                        const Spacing& spacing) {
    const float signature_space = spacing.signature;
    const float label_gap = 10.f;
    const float name_space = letter.printed_name.empty() ? 28.f : 20.f;
    const float height = body_leading + signature_space + label_gap + name_space + label_gap;
    return FlowBlock{height, false, false, [&maker, &letter, x, signature_width, signature_space, label_gap, name_space](PageLayout& page, float top) {
                         page.runs.push_back(maker.run(decode_utf8(letter.closing), FontStyle::Regular, body_size, x,
                                                       top + ascent * body_size));
                         const float signature_y = top + body_leading + signature_space;
                         page.rules.push_back({x, signature_y, x + signature_width, signature_y, 0.5f});
                         page.runs.push_back(maker.run(decode_utf8(letter.signature_label), FontStyle::Regular,
                                                       small_size, x, signature_y + label_gap));
                         const float name_y = signature_y + label_gap + name_space;
                         if (letter.printed_name.empty()) {
                             page.rules.push_back({x, name_y, x + signature_width, name_y, 0.5f});
                             page.runs.push_back(maker.run(decode_utf8(letter.printed_name_label), FontStyle::Regular,
                                                           small_size, x, name_y + label_gap));
                         } else {
                             page.runs.push_back(maker.run(decode_utf8(letter.printed_name), FontStyle::Regular,
                                                           body_size, x, name_y));
                         }
                     }};
}

// A labelled line for each part of the address to write by hand ("Street or P.O. box:
// ______"), under the office line. A label that leaves too little room to write after
// it (a long one wraps) gets its line below it. Returns the top of the line after the last.
float add_address_to_write(PageLayout& page, const RunMaker& maker, const std::vector<std::string>& labels,
                           const PageFrame& frame, float top) {
    const float left = frame.side_margin;
    const float right = left + frame.address_width;
    const float label_leading = small_size * 1.3f;
    for (const std::string& label : labels) {
        const auto lines = maker.lines(label + ":", FontStyle::Regular, small_size, frame.address_width);
        float baseline = top + handwriting_line_spacing - body_leading * 0.3f;
        float end = left;
        for (const auto& line : lines) {
            page.runs.push_back(maker.run(line, FontStyle::Regular, small_size, left, baseline));
            end = left + maker.width(line, FontStyle::Regular, small_size) + 4.f;
            baseline += label_leading;
        }
        baseline -= label_leading;
        top = baseline + body_leading * 0.3f;
        if (right - end < min_handwriting_width) {
            baseline += handwriting_line_spacing;
            top += handwriting_line_spacing;
            end = left;
        }
        page.rules.push_back({end, baseline + 1.f, right, baseline + 1.f, 0.5f});
    }
    return top;
}

// Sender's address and date, top right; recipient's address where the envelope
// window shows it (in a reading column: all three stacked). Returns where the flowing
// text may start.
float lay_out_first_page_top(PageLayout& page, const RunMaker& maker, const ComposedLetter& letter,
                             const PageFrame& frame) {
    const float column_x = frame.width - frame.side_margin - frame.sender_column_width;
    float top = frame.top_margin;
    if (!letter.sender_lines.empty()) {
        top = stack_lines(page, maker, wrapped_lines(maker, letter.sender_lines, frame.sender_column_width), column_x,
                          top, body_size, body_leading);
        top += body_leading * 0.5f;
    }
    const float date_bottom = stack_lines(page, maker, wrapped_lines(maker, {letter.date}, frame.sender_column_width),
                                          column_x, top, body_size, body_leading);

    const float recipient_top = frame.envelope_window ? address_top : date_bottom + body_leading;
    float bottom = stack_lines(page, maker, wrapped_lines(maker, letter.recipient_lines, frame.address_width),
                               frame.side_margin, recipient_top, body_size, body_leading);
    if (letter.address_blank) bottom = add_address_to_write(page, maker, letter.address_labels, frame, bottom);
    if (frame.envelope_window) bottom = std::max(bottom, window_bottom);
    return bottom + body_leading * 0.5f;
}

void add_running_header(PageLayout& page, const RunMaker& maker, const ComposedLetter& letter, const PageFrame& frame,
                        int page_number) {
    kainjow::mustache::data values;
    values.set("page", std::to_string(page_number));
    const std::u32string number = decode_utf8(render_plain(letter.page_number, values));
    const float baseline = frame.top_margin + ascent * header_size;
    const float right = frame.width - frame.side_margin;
    const float number_width = maker.width(number, FontStyle::Regular, header_size);
    page.runs.push_back(maker.run(number, FontStyle::Regular, header_size, right - number_width, baseline));
    const auto header_lines = maker.lines(letter.page_header, FontStyle::Regular, header_size,
                                          right - frame.side_margin - number_width - 18.f);
    if (!header_lines.empty()) {
        page.runs.push_back(maker.run(header_lines.front(), FontStyle::Regular, header_size, frame.side_margin, baseline));
    }
    const float rule_y = baseline + 6.f;
    page.rules.push_back({frame.side_margin, rule_y, right, rule_y, 0.4f});
}

void add_footer(PageLayout& page, const RunMaker& maker, const ComposedLetter& letter, const PageFrame& frame,
                float page_height) {
    if (letter.footer.empty()) return;
    const auto lines = maker.lines(letter.footer, FontStyle::Regular, small_size, frame.text_width());
    if (lines.empty()) return;
    const float width = maker.width(lines.front(), FontStyle::Regular, small_size);
    page.runs.push_back(maker.run(lines.front(), FontStyle::Regular, small_size, (frame.width - width) / 2.f,
                                  page_height - frame.bottom_margin));
}

}  // namespace

LetterLayoutEngine::LetterLayoutEngine(FontSet fonts, FontMetrics metrics)
    : fonts_(std::move(fonts)), metrics_(std::move(metrics)) {}

LetterLayoutEngine::LetterLayoutEngine(FontSet fonts)
    : LetterLayoutEngine(fonts, [&] {
          auto metrics = FontMetrics::load(fonts);
          if (!metrics) throw std::runtime_error(metrics.error());
          return std::move(*metrics);
      }()) {}

tl::expected<LetterLayoutEngine, std::string> LetterLayoutEngine::create(FontSet fonts) {
    auto metrics = FontMetrics::load(fonts);
    if (!metrics) return tl::make_unexpected(metrics.error());
    return LetterLayoutEngine{std::move(fonts), std::move(*metrics)};
}

LetterLayout LetterLayoutEngine::lay_out(const ComposedLetter& letter, content::PaperSize paper) const {
    const PageFrame frame = paper_frame(paper);
    LetterLayout layout = lay_out(letter, frame, regular_spacing);
    if (layout.pages.size() == 2) {
        LetterLayout compact = lay_out(letter, frame, compact_spacing);
        if (compact.pages.size() == 1) return compact;
    }
    return layout;
}

LetterLayout LetterLayoutEngine::reflow(const ComposedLetter& letter, float column_width) const {
    return lay_out(letter, reading_frame(column_width), regular_spacing);
}

LetterLayout LetterLayoutEngine::lay_out(const ComposedLetter& letter, const PageFrame& frame,
                                         const Spacing& spacing) const {
    const RunMaker maker{metrics_};
    const float text_width = frame.text_width();
    const float x = frame.side_margin;

    LetterLayout layout;
    layout.page_width = frame.width;
    layout.address_by_hand = letter.address_blank;
    layout.pages.emplace_back();
    const float flow_top = lay_out_first_page_top(layout.pages.front(), maker, letter, frame);

    std::vector<FlowBlock> blocks;
    add_paragraph(blocks, maker, letter.salutation, x, text_width, spacing);
    blocks.back().keep_with_next = true;
    for (const auto& paragraph : letter.body_paragraphs) {
        blocks.push_back(space(spacing.paragraph));
        add_paragraph(blocks, maker, paragraph, x, text_width, spacing);
    }
    // The last two lines of the letter go with the closing and signature.
    for (std::size_t kept = 0, i = blocks.size(); i-- > 0 && kept < 2;) {
        if (blocks[i].is_space) continue;
        blocks[i].keep_with_next = true;
        ++kept;
    }
    if (!letter.own_words_label.empty()) {
        blocks.push_back(space(spacing.before_block));
        blocks.push_back(own_words_box(maker, letter.own_words_label, x, text_width, spacing));
    }
    blocks.push_back(space(spacing.before_block));
    blocks.push_back(closing_block(maker, letter, x, frame.signature_width, spacing));

    const float header_bottom = frame.top_margin + ascent * header_size + 6.f + body_leading;
    const float text_bottom = frame.height > 0.f ? frame.height - frame.bottom_margin - footer_gap
                                                 : std::numeric_limits<float>::max();
    const float end = flow_blocks(blocks, {flow_top, header_bottom, text_bottom}, layout.pages);
    layout.page_height = frame.height > 0.f ? frame.height : end + footer_gap + frame.bottom_margin;

    for (std::size_t i = 0; i < layout.pages.size(); ++i) {
        if (i > 0) add_running_header(layout.pages[i], maker, letter, frame, static_cast<int>(i + 1));
        add_footer(layout.pages[i], maker, letter, frame, layout.page_height);
    }
    return layout;
}

}  // namespace kiosk::letter
