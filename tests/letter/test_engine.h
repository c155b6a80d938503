// The letter fonts, their metrics and a layout engine, made once per test program
// (fontconfig and FreeType are slow to start), for the tests that lay letters out.
// A test fails at its first use when no letter font is installed.
#pragma once

#include <string>

#include "letter/font_metrics.h"
#include "letter/font_set.h"
#include "letter/letter_layout_engine.h"

namespace kiosk::letter::testing {

const FontSet& test_fonts();
const FontMetrics& test_metrics();
const LetterLayoutEngine& test_engine();

// `piece` `times` times over: the long texts of hostile-input tests.
std::string repeated(const std::string& piece, std::size_t times);

}  // namespace kiosk::letter::testing
