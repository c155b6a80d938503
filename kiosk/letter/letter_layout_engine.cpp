#include "letter/letter_layout_engine.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "letter/line_setter.h"
#include "letter/page_flow.h"
#include "letter/plain_template.h"

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

// A line of text as a block of the flow: `height` tall, its baseline `baseline` below
// the block's top.
FlowBlock text_line(const LineSetter& setter, SetLine line, float size, float x, float height, float baseline) {
    return FlowBlock{height, false, false, [&setter, line = std::move(line), size, x, baseline](PageLayout& page, float top) {
                         setter.place(line, FontStyle::Regular, size, x, top + baseline, page.runs);
                     }};
}

// The lines of `text` wrapped to `width`, one flow block each, each kept with the next.
void add_lines(std::vector<FlowBlock>& blocks, const LineSetter& setter, const std::string& text, float size, float x,
               float width, float leading, float baseline) {
    for (auto& line : setter.lines(text, FontStyle::Regular, size, width)) {
        blocks.push_back(text_line(setter, std::move(line), size, x, leading, baseline));
        blocks.back().keep_with_next = true;
    }
}

// An address: its lines wrapped and kept together (a block moves to the next page
// whole when it can).
void add_address(std::vector<FlowBlock>& blocks, const LineSetter& setter, const std::vector<std::string>& lines,
                 float x, float width) {
    const std::size_t first = blocks.size();
    for (const auto& line : lines) add_lines(blocks, setter, line, body_size, x, width, body_leading, ascent * body_size);
    if (blocks.size() > first) blocks.back().keep_with_next = false;
}

FlowBlock space(float height) { return FlowBlock{height, true, true, nullptr}; }

// A paragraph keeps its first two and last two lines together.
void add_paragraph(std::vector<FlowBlock>& blocks, const LineSetter& setter, const std::string& text, float x,
                   float width, const Spacing& spacing) {
    auto lines = setter.lines(text, FontStyle::Regular, body_size, width);
    const std::size_t count = lines.size();
    for (std::size_t i = 0; i < count; ++i) {
        blocks.push_back(text_line(setter, std::move(lines[i]), body_size, x, spacing.leading, ascent * body_size));
        blocks.back().keep_with_next = i + 1 < count && (i == 0 || i + 2 == count);
    }
}

FlowBlock own_words_box(const LineSetter& setter, const std::string& label, float x, float width,
                        const Spacing& spacing) {
    const float label_size = 9.f;
    const float label_line = 12.f;
    const float padding = 7.f;
    const float line_spacing = spacing.own_words_line;
    // A label too long for two lines is cut there: the box is for the visitor's words.
    auto labels = setter.lines(label, FontStyle::Regular, label_size, width - 2 * padding);
    if (labels.size() > 2) labels.resize(2);
    const float labels_height = label_line * static_cast<float>(std::max<std::size_t>(labels.size(), 1));
    const float height = padding + labels_height + own_words_lines * line_spacing + padding;
    return FlowBlock{height, true, false, [&setter, labels = std::move(labels), x, width, height, label_size, label_line, labels_height, padding, line_spacing](PageLayout& page, float top) {
                         const float bottom = top + height;
                         page.rules.push_back({x, top, x + width, top, 0.6f});
                         page.rules.push_back({x, bottom, x + width, bottom, 0.6f});
                         page.rules.push_back({x, top, x, bottom, 0.6f});
                         page.rules.push_back({x + width, top, x + width, bottom, 0.6f});
                         float baseline = top + padding + ascent * label_size;
                         for (const auto& line : labels) {
                             setter.place(line, FontStyle::Regular, label_size, x + padding, baseline, page.runs);
                             baseline += label_line;
                         }
                         for (int i = 1; i <= own_words_lines; ++i) {
                             const float y = top + padding + labels_height + i * line_spacing;
                             page.rules.push_back({x + padding, y, x + width - padding, y, 0.4f});
                         }
                     }};
}

// A ruled line along the bottom of a block `height` tall.
FlowBlock rule_below(float height, float x, float width) {
    return FlowBlock{height, false, false, [x, width, height](PageLayout& page, float top) {
                         page.rules.push_back({x, top + height, x + width, top + height, 0.5f});
                     }};
}

// The closing, the line to sign on and the printed name (or a line to print it by
// hand), each wrapped to its width; all of it moves to the next page together.
void add_closing(std::vector<FlowBlock>& blocks, const LineSetter& setter, const ComposedLetter& letter, float x,
                 float text_width, float signature_width, const Spacing& spacing) {
    const float label_gap = 10.f;  // from a rule to the baseline of its label, and between labels
    const std::size_t first = blocks.size();
    add_lines(blocks, setter, letter.closing, body_size, x, text_width, body_leading, ascent * body_size);
    const float closing_room = blocks.size() == first ? body_leading : 0.f;  // no closing: its line left blank
    blocks.push_back(rule_below(closing_room + spacing.signature, x, signature_width));
    auto add_labels = [&](const std::string& text) {
        add_lines(blocks, setter, text, small_size, x, signature_width, label_gap, label_gap);
    };
    add_labels(letter.signature_label);
    if (letter.printed_name.empty()) {
        blocks.push_back(rule_below(28.f, x, signature_width));
        add_labels(letter.printed_name_label);
    } else {
        float height = 20.f;  // from the label above to the name's first baseline
        for (auto& line : setter.lines(letter.printed_name, FontStyle::Regular, body_size, signature_width)) {
            blocks.push_back(text_line(setter, std::move(line), body_size, x, height, height));
            height = body_leading;
        }
        blocks.push_back(space(label_gap));
        blocks.back().is_space = false;  // room for the name's descenders, wherever the block falls
    }
    for (std::size_t i = first; i + 1 < blocks.size(); ++i) blocks[i].keep_with_next = true;
}

// A labelled line for each part of the address to write by hand ("Street or P.O. box:
// ______"), under the office line, all kept together. A label that leaves too little
// room to write after it (a long one wraps) gets its line below it.
void add_address_to_write(std::vector<FlowBlock>& blocks, const LineSetter& setter,
                          const std::vector<std::string>& labels, float x, float width) {
    const float baseline = handwriting_line_spacing - body_leading * 0.3f;  // in a line's block
    for (const std::string& label : labels) {
        auto lines = setter.lines(label + ":", FontStyle::Regular, small_size, width);
        if (lines.empty()) continue;
        SetLine last = std::move(lines.back());
        lines.pop_back();
        for (auto& line : lines) {
            blocks.push_back(text_line(setter, std::move(line), small_size, x, small_size * 1.3f, ascent * small_size));
            blocks.back().keep_with_next = true;
        }
        const float label_end = x + setter.width(last, FontStyle::Regular, small_size) + 4.f;
        const bool room_after = x + width - label_end >= min_handwriting_width;
        // The label's last line, and the line to write on after it when there is room.
        const float rule_from = room_after ? label_end : x + width;
        blocks.push_back(FlowBlock{handwriting_line_spacing, false, false,
                                   [&setter, last = std::move(last), x, width, baseline, rule_from](PageLayout& page, float top) {
                                       setter.place(last, FontStyle::Regular, small_size, x, top + baseline, page.runs);
                                       if (rule_from < x + width) {
                                           page.rules.push_back({rule_from, top + baseline + 1.f, x + width, top + baseline + 1.f, 0.5f});
                                       }
                                   }});
        if (!room_after) {
            blocks.back().keep_with_next = true;
            blocks.push_back(rule_below(handwriting_line_spacing, x, width));
        }
        blocks.back().keep_with_next = true;
    }
    if (!blocks.empty()) blocks.back().keep_with_next = false;
}

// Sender's address and date, top right; recipient's address where the envelope
// window shows it (in a reading column: all three stacked). They flow like the body:
// an address longer than its place pushes what follows down, onto the next page if
// it must, and never over another block.
void add_addresses(std::vector<FlowBlock>& blocks, const LineSetter& setter, const ComposedLetter& letter,
                   const PageFrame& frame) {
    const float column_x = frame.width - frame.side_margin - frame.sender_column_width;
    if (!letter.sender_lines.empty()) {
        add_address(blocks, setter, letter.sender_lines, column_x, frame.sender_column_width);
        blocks.push_back(space(body_leading * 0.5f));
    }
    add_address(blocks, setter, {letter.date}, column_x, frame.sender_column_width);

    blocks.push_back(space(frame.envelope_window ? body_leading * 0.5f : body_leading));
    const std::size_t recipient = blocks.size();
    add_address(blocks, setter, letter.recipient_lines, frame.side_margin, frame.address_width);
    if (letter.address_blank) {
        if (blocks.size() > recipient) blocks.back().keep_with_next = true;
        add_address_to_write(blocks, setter, letter.address_labels, frame.side_margin, frame.address_width);
    }
    if (frame.envelope_window && blocks.size() > recipient) blocks[recipient].not_above = address_top;
    blocks.push_back(space(body_leading * 0.5f));
}

// One line each, cut to its room: the page number in at most half the width, the
// header in what is left.
void add_running_header(PageLayout& page, const LineSetter& setter, const ComposedLetter& letter,
                        const PageFrame& frame, int page_number) {
    kainjow::mustache::data values;
    values.set("page", std::to_string(page_number));
    const float baseline = frame.top_margin + ascent * header_size;
    const float right = frame.width - frame.side_margin;
    const auto number_lines = setter.lines(render_plain(letter.page_number, values), FontStyle::Regular, header_size,
                                           frame.text_width() / 2.f);
    float number_width = 0.f;
    if (!number_lines.empty()) {
        number_width = setter.width(number_lines.front(), FontStyle::Regular, header_size);
        setter.place(number_lines.front(), FontStyle::Regular, header_size, right - number_width, baseline, page.runs);
    }
    const auto header_lines = setter.lines(letter.page_header, FontStyle::Regular, header_size,
                                           right - frame.side_margin - number_width - 18.f);
    if (!header_lines.empty()) {
        setter.place(header_lines.front(), FontStyle::Regular, header_size, frame.side_margin, baseline, page.runs);
    }
    const float rule_y = baseline + 6.f;
    page.rules.push_back({frame.side_margin, rule_y, right, rule_y, 0.4f});
}

// The first line of the footer: small print, never more.
void add_footer(PageLayout& page, const LineSetter& setter, const ComposedLetter& letter, const PageFrame& frame,
                float page_height) {
    if (letter.footer.empty()) return;
    const auto lines = setter.lines(letter.footer, FontStyle::Regular, small_size, frame.text_width());
    if (lines.empty()) return;
    const float width = setter.width(lines.front(), FontStyle::Regular, small_size);
    setter.place(lines.front(), FontStyle::Regular, small_size, (frame.width - width) / 2.f,
                 page_height - frame.bottom_margin, page.runs);
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
    const LineSetter setter{metrics_};
    const float text_width = frame.text_width();
    const float x = frame.side_margin;

    LetterLayout layout;
    layout.page_width = frame.width;
    layout.address_by_hand = letter.address_blank;
    layout.pages.emplace_back();

    std::vector<FlowBlock> blocks;
    add_addresses(blocks, setter, letter, frame);
    const std::size_t body = blocks.size();
    add_paragraph(blocks, setter, letter.salutation, x, text_width, spacing);
    if (blocks.size() > body) {
        // The letter itself starts below the envelope window.
        if (frame.envelope_window) blocks[body].not_above = window_bottom + body_leading * 0.5f;
        blocks.back().keep_with_next = true;
    }
    for (const auto& paragraph : letter.body_paragraphs) {
        blocks.push_back(space(spacing.paragraph));
        add_paragraph(blocks, setter, paragraph, x, text_width, spacing);
    }
    // The last two lines of the letter go with the closing and signature.
    for (std::size_t kept = 0, i = blocks.size(); i-- > body && kept < 2;) {
        if (blocks[i].is_space) continue;
        blocks[i].keep_with_next = true;
        ++kept;
    }
    if (!letter.own_words_label.empty()) {
        blocks.push_back(space(spacing.before_block));
        blocks.push_back(own_words_box(setter, letter.own_words_label, x, text_width, spacing));
    }
    blocks.push_back(space(spacing.before_block));
    add_closing(blocks, setter, letter, x, text_width, frame.signature_width, spacing);

    const float header_bottom = frame.top_margin + ascent * header_size + 6.f + body_leading;
    const float text_bottom = frame.height > 0.f ? frame.height - frame.bottom_margin - footer_gap
                                                 : std::numeric_limits<float>::max();
    const float end = flow_blocks(blocks, {frame.top_margin, header_bottom, text_bottom}, layout.pages);
    layout.page_height = frame.height > 0.f ? frame.height : end + footer_gap + frame.bottom_margin;

    for (std::size_t i = 0; i < layout.pages.size(); ++i) {
        if (i > 0) add_running_header(layout.pages[i], setter, letter, frame, static_cast<int>(i + 1));
        add_footer(layout.pages[i], setter, letter, frame, layout.page_height);
    }
    return layout;
}

}  // namespace kiosk::letter
