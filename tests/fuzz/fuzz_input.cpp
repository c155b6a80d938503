#include "fuzz_input.h"

#include <algorithm>
#include <cstring>

namespace kiosk::fuzz {

std::uint8_t FuzzInput::byte() { return used_up() ? 0 : data_[position_++]; }

std::uint32_t FuzzInput::little_endian_u32() {
    std::uint32_t value = 0;
    for (int shift = 0; shift < 32; shift += 8) value |= static_cast<std::uint32_t>(byte()) << shift;
    return value;
}

std::string FuzzInput::bytes(std::size_t count) {
    count = std::min(count, size_ - std::min(position_, size_));
    std::string text(reinterpret_cast<const char*>(data_ + position_), count);
    position_ += count;
    return text;
}

std::string FuzzInput::field() {
    if (used_up()) return {};
    const void* end = std::memchr(data_ + position_, 0, size_ - position_);
    const std::size_t length =
        end ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(end) - (data_ + position_)) : size_ - position_;
    std::string text = bytes(length);
    if (end) ++position_;  // the NUL
    return text;
}

}  // namespace kiosk::fuzz
