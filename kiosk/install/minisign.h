// minisign's key and signature files (https://jedisct1.github.io/minisign/), read and
// written in process with libsodium so the kiosk needs no extra program: Ed25519 over
// the BLAKE2b-512 hash of the file ("ED", minisign's default) or over the file itself
// ("Ed", its legacy format), and a second signature over the trusted comment.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::install::minisign {

using KeyId = std::array<std::uint8_t, 8>;

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, 32> key{};
};

struct SecretKey {
    KeyId id{};
    std::array<std::uint8_t, 64> key{};
    ~SecretKey();
};

// The key id as minisign prints it (16 hexadecimal digits, most significant first).
std::string key_id_text(const KeyId& id);

// `text` is a minisign.pub file (a comment line, then the key) or just the key line;
// `shown` names it in messages.
tl::expected<PublicKey, std::string> read_public_key(const std::string& text, const std::string& shown);

// The same from a file (a few hundred bytes; larger files are refused).
tl::expected<PublicKey, std::string> read_public_key_file(const std::filesystem::path& file);

// A minisign.key file; `ask_password` is called only when the key is encrypted.
tl::expected<SecretKey, std::string> read_secret_key(const std::string& text, const std::string& shown,
                                                     const std::function<std::string()>& ask_password);

// Checks the .minisig file `signature` (named `shown`) of `message` against `key`.
tl::expected<void, std::string> verify(const PublicKey& key, const std::string& message, const std::string& signature,
                                       const std::string& shown);

// A .minisig file of `message` in minisign's default (prehashed) format.
std::string sign(const SecretKey& key, const std::string& message, const std::string& trusted_comment);

}  // namespace kiosk::install::minisign
