// A fuzzer's input read front to back: a few choice bytes, binary lengths, and text
// fields separated by NUL bytes (which no pack file or typed text can contain, as
// the pack loader refuses control characters and the command line cannot pass them).
// Reading past the end gives zeros and empty text, so every input means something.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kiosk::fuzz {

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    bool used_up() const { return position_ >= size_; }
    std::uint8_t byte();
    std::uint32_t little_endian_u32();
    std::string bytes(std::size_t count);  // fewer when the input ends first
    std::string field();                   // up to the next NUL (dropped) or the end

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t position_ = 0;
};

}  // namespace kiosk::fuzz
