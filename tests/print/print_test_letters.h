// Stand-in letters for the print tests: PDF-looking bytes, distinct per letter,
// about the size of a rendered one-page letter with embedded font subsets.
#pragma once

#include <string>
#include <vector>

#include "print/letter_printer.h"

namespace kiosk::print::testing {

inline Document test_letter(int number, int count = 1, std::size_t size = 40 * 1024) {
    Document document;
    document.number = static_cast<std::size_t>(number);
    document.count = static_cast<std::size_t>(count);
    const std::string header = "%PDF-1.7\n% test letter " + std::to_string(number) + "\n";
    document.pdf.assign(header.begin(), header.end());
    for (std::size_t i = 0; document.pdf.size() < size; ++i) {
        document.pdf.push_back(static_cast<unsigned char>((i * 31 + static_cast<std::size_t>(number) * 7) % 256));
    }
    return document;
}

inline std::vector<Document> test_letters(int count) {
    std::vector<Document> documents;
    for (int number = 1; number <= count; ++number) documents.push_back(test_letter(number, count));
    return documents;
}

}  // namespace kiosk::print::testing
