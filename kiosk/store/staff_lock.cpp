#include "store/staff_lock.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <sodium.h>

#include "base/atomic_file.h"

namespace kiosk::store {
namespace {

constexpr const char* pin_file_name = "staff-pin";

// Interactive Argon2id cost, with 16 MiB rather than 64 MiB of memory so a small ARM
// board can check a PIN without a spike; the lock-out is what stops guessing at the pad.
constexpr unsigned long long hash_operations = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t hash_memory = 16u * 1024u * 1024u;

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace

bool is_valid_pin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 12 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

tl::expected<void, std::string> set_staff_pin(const std::filesystem::path& data_dir, const std::string& pin) {
    if (!is_valid_pin(pin)) return tl::make_unexpected("a PIN is 4 to 12 digits");
    if (!sodium_ready()) return tl::make_unexpected("the system's random number source is not available");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), hash_operations, hash_memory) != 0)
        return tl::make_unexpected("not enough memory to hash the PIN");
    return base::write_file_atomically(data_dir / pin_file_name, std::string(hash) + "\n", 0600);
}

bool has_staff_pin(const std::filesystem::path& data_dir) {
    std::ifstream file(data_dir / pin_file_name);
    std::string hash;
    return file && std::getline(file, hash) && !hash.empty();
}

StaffLock::StaffLock(std::filesystem::path data_dir)
    : data_dir_(std::move(data_dir)), pin_file_(data_dir_ / pin_file_name) {}

tl::expected<StaffLock::Result, std::string> StaffLock::change_pin(const std::string& old_pin, const std::string& new_pin,
                                                                   Clock::time_point now) {
    if (!is_valid_pin(new_pin)) return tl::make_unexpected("a PIN is 4 to 12 digits");
    const Result checked = try_pin(old_pin, now);
    if (checked != Result::Accepted) return checked;
    if (auto saved = set_staff_pin(data_dir_, new_pin); !saved) return tl::make_unexpected(saved.error());
    return Result::Accepted;
}

std::chrono::seconds StaffLock::locked_for(Clock::time_point now) const {
    if (now >= locked_until_) return std::chrono::seconds{0};
    return std::chrono::ceil<std::chrono::seconds>(locked_until_ - now);
}

StaffLock::Result StaffLock::try_pin(const std::string& pin, Clock::time_point now) {
    if (locked_for(now).count() > 0) return Result::LockedOut;

    std::ifstream file(pin_file_);
    std::string hash;
    if (!file || !std::getline(file, hash) || hash.empty() || !sodium_ready()) return Result::NoPinSet;

    if (is_valid_pin(pin) && crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0) {
        wrong_tries_ = 0;
        lock_outs_ = 0;
        return Result::Accepted;
    }
    if (++wrong_tries_ < tries_before_lock) return Result::Rejected;

    wrong_tries_ = 0;
    const auto lock = std::min(longest_lock, first_lock * (1 << std::min(lock_outs_, 5)));
    ++lock_outs_;
    locked_until_ = now + lock;
    return Result::LockedOut;
}

}  // namespace kiosk::store
