#include "test_engine.h"

#include <stdexcept>

namespace kiosk::letter::testing {

const FontSet& test_fonts() {
    static const FontSet fonts = [] {
        auto found = find_fonts();
        if (!found) throw std::runtime_error(found.error());
        return *found;
    }();
    return fonts;
}

const FontMetrics& test_metrics() {
    static const FontMetrics metrics = [] {
        auto loaded = FontMetrics::load(test_fonts());
        if (!loaded) throw std::runtime_error(loaded.error());
        return std::move(*loaded);
    }();
    return metrics;
}

const LetterLayoutEngine& test_engine() {
    static const LetterLayoutEngine engine{test_fonts()};
    return engine;
}

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace kiosk::letter::testing
