// The staff PIN: stored only as a salted Argon2 hash (libsodium) in the data folder;
// repeated wrong PINs lock the pad for a while, longer each time.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::store {

// A PIN is 4 to 12 digits.
bool is_valid_pin(const std::string& pin);

// Saves the hash of `pin` as <data_dir>/staff-pin (mode 0600, atomically).
tl::expected<void, std::string> set_staff_pin(const std::filesystem::path& data_dir, const std::string& pin);

// Whether a PIN has been set in `data_dir` (the kiosk says so at start when not).
bool has_staff_pin(const std::filesystem::path& data_dir);

class StaffLock {
public:
    using Clock = std::chrono::steady_clock;
    enum class Result { Accepted, Rejected, LockedOut, NoPinSet };

    // Wrong tries allowed before the first lock-out, and how long that lasts; each
    // further lock-out doubles, up to `longest_lock`.
    static constexpr int tries_before_lock = 3;
    static constexpr std::chrono::seconds first_lock{30};
    // 24 h: with 3 tries a lock-out, all 10,000 PINs take over 9 years (README, "Security").
    static constexpr std::chrono::seconds longest_lock{24 * 60 * 60};

    // The lock after the `lock_outs`th failed round (from 1): first_lock, doubling, at most longest_lock.
    static std::chrono::seconds lock_after(int lock_outs);

    // Reads the wrong tries and the lock-out kept in the data folder by an earlier run:
    // a restart does not open the pad.
    explicit StaffLock(std::filesystem::path data_dir);

    Result try_pin(const std::string& pin, Clock::time_point now);
    // Replaces the PIN when `old_pin` is right (wrong ones count towards the lock-out
    // as at the pad). Never sets a first PIN: with none set it says NoPinSet. An error
    // when the new PIN is not 4 to 12 digits or cannot be saved (the old one stays).
    tl::expected<Result, std::string> change_pin(const std::string& old_pin, const std::string& new_pin,
                                                 Clock::time_point now);
    // Zero when the pad is open.
    std::chrono::seconds locked_for(Clock::time_point now) const;

    static constexpr const char* tries_file_name = "staff-pin-tries";

private:
    void remember(Clock::time_point now) const;

    std::filesystem::path data_dir_;
    std::filesystem::path pin_file_;
    std::filesystem::path tries_file_;
    int wrong_tries_ = 0;
    int lock_outs_ = 0;
    Clock::time_point locked_until_{};
};

}  // namespace kiosk::store
