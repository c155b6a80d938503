#include "install/minisign.h"

#include <cstring>
#include <sstream>
#include <vector>

#include <sodium.h>

#include "base/bounded_read.h"

namespace kiosk::install::minisign {
namespace {

using Bytes = std::vector<std::uint8_t>;

// A minisign.pub is about 100 bytes; room for a long comment, nothing like a stray big file.
constexpr std::size_t max_key_file_bytes = 4096;
constexpr const char* untrusted_prefix = "untrusted comment: ";
constexpr const char* trusted_prefix = "trusted comment: ";

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// The bytes of a base64 line, or nothing when it is not base64 of exactly `size` bytes.
bool decode(const std::string& line, std::size_t size, Bytes& bytes) {
    bytes.assign(size + 1, 0);
    std::size_t length = 0;
    if (sodium_base642bin(bytes.data(), bytes.size(), line.data(), line.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != size) {
        return false;
    }
    bytes.resize(size);
    return true;
}

std::string encode(const std::uint8_t* bytes, std::size_t size) {
    std::string text(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes, size, sodium_base64_VARIANT_ORIGINAL);
    text.pop_back();  // the terminating NUL
    return text;
}

std::array<std::uint8_t, crypto_generichash_BYTES_MAX> prehash(const std::string& message) {
    std::array<std::uint8_t, crypto_generichash_BYTES_MAX> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const std::uint8_t*>(message.data()), message.size(),
                       nullptr, 0);
    return hash;
}

std::uint64_t little_endian(const std::uint8_t* bytes) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | bytes[i];
    return value;
}

}  // namespace

SecretKey::~SecretKey() { sodium_memzero(key.data(), key.size()); }

std::string key_id_text(const KeyId& id) {
    static const char digits[] = "0123456789ABCDEF";
    std::string text;
    for (int i = 7; i >= 0; --i) {
        text += digits[id[std::size_t(i)] >> 4];
        text += digits[id[std::size_t(i)] & 15];
    }
    return text;
}

tl::expected<PublicKey, std::string> read_public_key(const std::string& text, const std::string& shown) {
    if (!sodium_ready()) return tl::make_unexpected("the signature library could not start");
    std::vector<std::string> lines = lines_of(text);
    if (!lines.empty() && starts_with(lines.front(), untrusted_prefix)) lines.erase(lines.begin());
    Bytes bytes;
    if (lines.empty() || !decode(lines.front(), 42, bytes) || bytes[0] != 'E' || bytes[1] != 'd') {
        return tl::make_unexpected(shown + " is not a minisign public key (minisign -G writes one as minisign.pub)");
    }
    PublicKey key;
    std::memcpy(key.id.data(), bytes.data() + 2, key.id.size());
    std::memcpy(key.key.data(), bytes.data() + 10, key.key.size());
    return key;
}

tl::expected<PublicKey, std::string> read_public_key_file(const std::filesystem::path& file) {
    // Through the bounded reader: `trusted_key` naming a named pipe once hung install-content and run.
    const auto text = base::read_regular_file(file, max_key_file_bytes);
    if (!text) return tl::make_unexpected(text.error());
    return read_public_key(*text, file.string());
}

tl::expected<SecretKey, std::string> read_secret_key(const std::string& text, const std::string& shown,
                                                     const std::function<std::string()>& ask_password) {
    if (!sodium_ready()) return tl::make_unexpected("the signature library could not start");
    const std::vector<std::string> lines = lines_of(text);
    // signature algorithm, key derivation, checksum algorithm (2 bytes each), salt (32),
    // derivation's operations and memory (8 each), then key id (8), key (64), checksum (32).
    constexpr std::size_t size = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;
    Bytes bytes;
    if (lines.size() < 2 || !starts_with(lines[0], untrusted_prefix) || !decode(lines[1], size, bytes) ||
        std::memcmp(bytes.data(), "Ed", 2) != 0 || std::memcmp(bytes.data() + 4, "B2", 2) != 0) {
        return tl::make_unexpected(shown + " is not a minisign secret key (minisign -G writes one as minisign.key)");
    }
    std::uint8_t* secret = bytes.data() + 54;  // key id, key, checksum
    constexpr std::size_t secret_size = 8 + 64 + 32;
    if (std::memcmp(bytes.data() + 2, "Sc", 2) == 0) {  // scrypt
        std::string password = ask_password();
        std::array<std::uint8_t, secret_size> stream{};
        const bool derived = crypto_pwhash_scryptsalsa208sha256(
                                 stream.data(), stream.size(), password.data(), password.size(), bytes.data() + 6,
                                 little_endian(bytes.data() + 38), std::size_t(little_endian(bytes.data() + 46))) == 0;
        sodium_memzero(password.data(), password.size());
        if (!derived) return tl::make_unexpected("not enough memory to open the secret key " + shown);
        for (std::size_t i = 0; i < secret_size; ++i) secret[i] ^= stream[i];
        sodium_memzero(stream.data(), stream.size());
    } else if (bytes[2] != 0 || bytes[3] != 0) {
        return tl::make_unexpected(shown + " is protected in a way minisign does not use");
    }
    // The checksum guards the password: minisign writes it for protected keys only.
    const bool encrypted = std::memcmp(bytes.data() + 2, "Sc", 2) == 0;
    std::array<std::uint8_t, 32> checksum{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, checksum.size());
    crypto_generichash_update(&state, bytes.data(), 2);
    crypto_generichash_update(&state, secret, 8 + 64);
    crypto_generichash_final(&state, checksum.data(), checksum.size());
    const bool password_right = !encrypted || sodium_memcmp(checksum.data(), secret + 72, checksum.size()) == 0;
    // An Ed25519 secret key is its seed then its public key: the two must agree.
    std::array<std::uint8_t, 32> public_half{};
    std::array<std::uint8_t, 64> rebuilt{};
    crypto_sign_seed_keypair(public_half.data(), rebuilt.data(), secret + 8);
    const bool intact = password_right && sodium_memcmp(rebuilt.data(), secret + 8, rebuilt.size()) == 0;
    sodium_memzero(rebuilt.data(), rebuilt.size());
    SecretKey key;
    if (intact) {
        std::memcpy(key.id.data(), secret, key.id.size());
        std::memcpy(key.key.data(), secret + 8, key.key.size());
    }
    sodium_memzero(bytes.data(), bytes.size());
    if (!password_right) return tl::make_unexpected("wrong password for the secret key " + shown);
    if (!intact) return tl::make_unexpected("the secret key " + shown + " is damaged");
    return key;
}

tl::expected<void, std::string> verify(const PublicKey& key, const std::string& message, const std::string& signature,
                                       const std::string& shown) {
    if (!sodium_ready()) return tl::make_unexpected("the signature library could not start");
    const std::vector<std::string> lines = lines_of(signature);
    Bytes signed_part, global;
    if (lines.size() < 4 || !starts_with(lines[0], untrusted_prefix) || !decode(lines[1], 74, signed_part) ||
        !starts_with(lines[2], trusted_prefix) || !decode(lines[3], 64, global)) {
        return tl::make_unexpected(shown + " is not a minisign signature");
    }
    const bool prehashed = signed_part[0] == 'E' && signed_part[1] == 'D';
    if (!prehashed && !(signed_part[0] == 'E' && signed_part[1] == 'd')) {
        return tl::make_unexpected(shown + " uses a signature algorithm minisign does not have");
    }
    KeyId id{};
    std::memcpy(id.data(), signed_part.data() + 2, id.size());
    if (id != key.id) {
        return tl::make_unexpected(shown + " was made with the key " + key_id_text(id) + ", not the trusted key " +
                                   key_id_text(key.id));
    }
    const std::uint8_t* sig = signed_part.data() + 10;
    const auto hash = prehash(message);
    const bool valid = prehashed ? crypto_sign_verify_detached(sig, hash.data(), hash.size(), key.key.data()) == 0
                                 : crypto_sign_verify_detached(sig, reinterpret_cast<const std::uint8_t*>(message.data()),
                                                               message.size(), key.key.data()) == 0;
    if (!valid) return tl::make_unexpected(shown + " does not match the pack: it was changed after it was signed");
    const std::string comment = lines[2].substr(std::strlen(trusted_prefix));
    Bytes signed_comment(sig, sig + 64);
    signed_comment.insert(signed_comment.end(), comment.begin(), comment.end());
    if (crypto_sign_verify_detached(global.data(), signed_comment.data(), signed_comment.size(), key.key.data()) != 0) {
        return tl::make_unexpected(shown + ": its trusted comment was changed after it was signed");
    }
    return {};
}

std::string sign(const SecretKey& key, const std::string& message, const std::string& trusted_comment) {
    Bytes signed_part(74);
    signed_part[0] = 'E';
    signed_part[1] = 'D';
    std::memcpy(signed_part.data() + 2, key.id.data(), key.id.size());
    const auto hash = prehash(message);
    crypto_sign_detached(signed_part.data() + 10, nullptr, hash.data(), hash.size(), key.key.data());
    Bytes signed_comment(signed_part.begin() + 10, signed_part.end());
    signed_comment.insert(signed_comment.end(), trusted_comment.begin(), trusted_comment.end());
    std::array<std::uint8_t, 64> global{};
    crypto_sign_detached(global.data(), nullptr, signed_comment.data(), signed_comment.size(), key.key.data());
    return std::string(untrusted_prefix) + "signature from letter-kiosk sign-content\n" +
           encode(signed_part.data(), signed_part.size()) + "\n" + trusted_prefix + trusted_comment + "\n" +
           encode(global.data(), global.size()) + "\n";
}

}  // namespace kiosk::install::minisign
