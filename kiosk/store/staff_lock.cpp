#include "store/staff_lock.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include <sodium.h>

#include "base/atomic_file.h"
#include "base/bounded_read.h"

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
    TRY(base::write_file_atomically(data_dir / pin_file_name, std::string(hash) + "\n", 0600));
    // A new PIN (root's way back in, `set-pin`) starts with no wrong tries.
    std::error_code ignored;
    std::filesystem::remove(data_dir / StaffLock::tries_file_name, ignored);
    return {};
}

bool has_staff_pin(const std::filesystem::path& data_dir) {
    std::ifstream file(data_dir / pin_file_name);
    std::string hash;
    return file && std::getline(file, hash) && !hash.empty();
}

std::chrono::seconds StaffLock::lock_after(int lock_outs) {
    // Doubling stops once it passes the cap (no shift overflows).
    std::chrono::seconds lock = first_lock;
    for (int round = 1; round < lock_outs && lock < longest_lock; ++round) lock *= 2;
    return std::min(lock, longest_lock);
}

// <data>/staff-pin-tries: "WRONG_TRIES LOCK_OUTS LOCKED_UNTIL" (the last in seconds of
// wall-clock time, which goes on across a restart, unlike the steady clock).
StaffLock::StaffLock(std::filesystem::path data_dir)
    : data_dir_(std::move(data_dir)), pin_file_(data_dir_ / pin_file_name), tries_file_(data_dir_ / tries_file_name) {
    const auto now = Clock::now();
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(tries_file_, error))) return;  // no wrong tries yet
    const auto text = base::read_regular_file(tries_file_, 256);
    long long until = 0;
    int tries = -1, lock_outs = -1;
    if (!text || std::sscanf(text->c_str(), "%d %d %lld", &tries, &lock_outs, &until) != 3 || tries < 0 ||
        tries >= tries_before_lock || lock_outs < 0 || lock_outs > 100000) {
        // Damaged or unreadable: fail closed, a round's lock from now, never open.
        lock_outs_ = std::max(lock_outs_, 1);
        locked_until_ = now + lock_after(lock_outs_);
        return;
    }
    wrong_tries_ = tries;
    lock_outs_ = lock_outs;
    // What is left of the lock by the wall clock, at most the whole of the last one:
    // a clock set back does not end it early, nor lengthen it past its own length.
    const auto wall_now = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch());
    const auto left = std::chrono::seconds{until} - wall_now;
    if (left.count() > 0 && lock_outs_ > 0) locked_until_ = now + std::min(left, lock_after(lock_outs_));
}

void StaffLock::remember(Clock::time_point now) const {
    const auto wall_until = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()) +
                            locked_for(now);
    // Best effort: the lock holds in memory for this run even when the disk refuses.
    (void)base::write_file_atomically(tries_file_,
                                      std::to_string(wrong_tries_) + " " + std::to_string(lock_outs_) + " " +
                                          std::to_string(wall_until.count()) + "\n",
                                      0600);
}

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

    // The try is counted on disk before the PIN is checked: a power cut during the check
    // cannot take a wrong try back.
    ++wrong_tries_;
    const bool locks = wrong_tries_ >= tries_before_lock;
    if (locks) {
        wrong_tries_ = 0;
        ++lock_outs_;
        locked_until_ = now + lock_after(lock_outs_);
    }
    remember(now);
    if (is_valid_pin(pin) && crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0) {
        wrong_tries_ = 0;
        lock_outs_ = 0;
        locked_until_ = {};
        remember(now);
        return Result::Accepted;
    }
    return locks ? Result::LockedOut : Result::Rejected;
}

}  // namespace kiosk::store
