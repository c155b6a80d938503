// Signed packs: with a trusted key only a pack whose every file is vouched for by a
// signature of that key installs; minisign's own signatures and ours are interchangeable.
#include <sys/stat.h>
#include <sys/wait.h>

#include <cerrno>

#include <cstdlib>
#include <cstring>

#include <sys/stat.h>

#include <gtest/gtest.h>
#include <sodium.h>

#include "install/content_store.h"
#include "install/minisign.h"
#include "install/pack_manifest.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::Scratch;
using testing::write_file;
using Reason = InstallRefusal::Reason;

struct KeyPair {
    minisign::PublicKey public_key;
    minisign::SecretKey secret_key;
};

KeyPair new_key_pair() {
    EXPECT_GE(sodium_init(), 0);
    KeyPair pair;
    crypto_sign_keypair(pair.public_key.key.data(), pair.secret_key.key.data());
    randombytes_buf(pair.public_key.id.data(), pair.public_key.id.size());
    pair.secret_key.id = pair.public_key.id;
    return pair;
}

void sign_pack(const fs::path& pack, const minisign::SecretKey& key) {
    const auto manifest = pack_manifest(pack);
    ASSERT_TRUE(manifest) << manifest.error();
    write_file(pack / manifest_name, *manifest);
    write_file(pack / signature_name, minisign::sign(key, *manifest, "letter-kiosk pack: test"));
}

bool have_minisign() { return std::system("command -v minisign >/dev/null 2>&1") == 0; }

int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class SignatureTest : public ::testing::Test {
protected:
    fs::path data() const { return scratch_.path() / "data"; }
    fs::path pack(const std::string& name) const {
        const fs::path folder = scratch_.path() / name;
        testing::make_pack(folder, "1.0.0");
        return folder;
    }
    tl::expected<InstalledPack, InstallRefusal> install(const fs::path& source,
                                                        std::optional<minisign::PublicKey> key) const {
        InstallOptions options;
        options.trusted_key = key;
        options.allow_older = true;
        return ContentStore(data(), {}).install(source, options);
    }

    Scratch scratch_;
    KeyPair keys_ = new_key_pair();
};

TEST_F(SignatureTest, APackSignedWithTheTrustedKeyInstalls) {
    const fs::path signed_pack = pack("signed");
    sign_pack(signed_pack, keys_.secret_key);
    const auto installed = install(signed_pack, keys_.public_key);
    EXPECT_TRUE(installed) << installed.error().message;
}

TEST_F(SignatureTest, AKeyFileThatIsANamedPipeIsRefusedAtOnce) {
    // Nothing ever writes to this pipe: a reader that opened it to read would wait forever.
    const fs::path pipe = scratch_.path() / "minisign.pub";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0) << std::strerror(errno);
    const auto key = minisign::read_public_key_file(pipe);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error(), pipe.string() + " is a named pipe, not a file");
}

TEST_F(SignatureTest, AKeyFileLargerThanAKeyIsRefusedUnread) {
    const fs::path large = scratch_.path() / "minisign.pub";
    write_file(large, std::string(1 << 20, 'k'));
    const auto key = minisign::read_public_key_file(large);
    ASSERT_FALSE(key);
    EXPECT_NE(key.error().find("is too large"), std::string::npos) << key.error();
}

TEST_F(SignatureTest, AnUnsignedPackIsRefusedWhenAKeyIsTrustedAndInstallsWhenNoneIs) {
    const fs::path unsigned_pack = pack("unsigned");
    const auto refused = install(unsigned_pack, keys_.public_key);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().reason, Reason::NotSigned);
    EXPECT_EQ(refused.error().message, "the pack is not signed: this kiosk installs only packs signed with the key " +
                                           minisign::key_id_text(keys_.public_key.id) + " (letter-kiosk sign-content)");
    EXPECT_FALSE(ContentStore(data(), {}).current());
    EXPECT_TRUE(install(unsigned_pack, std::nullopt));
}

TEST_F(SignatureTest, APackSignedWithAnotherKeyIsRefused) {
    const fs::path other = pack("other");
    const KeyPair stranger = new_key_pair();
    sign_pack(other, stranger.secret_key);
    const auto refused = install(other, keys_.public_key);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().reason, Reason::NotSigned);
    EXPECT_NE(refused.error().message.find("was made with the key " + minisign::key_id_text(stranger.public_key.id)),
              std::string::npos)
        << refused.error().message;
}

TEST_F(SignatureTest, AFileChangedAddedOrRemovedAfterSigningIsNamed) {
    const std::vector<std::pair<std::function<void(const fs::path&)>, std::string>> changes = {
        {[](const fs::path& p) { write_file(p / "states.yaml", read_file(p / "states.yaml") + "\n"); },
         "states.yaml was changed after the pack was signed"},
        {[](const fs::path& p) { write_file(p / "assets" / "extra.png", "x"); }, "assets/extra.png was added after the pack was signed"},
        {[](const fs::path& p) { fs::remove(p / "zips.csv"); }, "zips.csv is missing: it was in the pack when it was signed"},
    };
    int n = 0;
    for (const auto& [change, message] : changes) {
        const fs::path changed = pack("changed" + std::to_string(n++));
        sign_pack(changed, keys_.secret_key);
        change(changed);
        const auto refused = install(changed, keys_.public_key);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().message, "the signature does not cover this pack: " + message);
    }
}

TEST_F(SignatureTest, AnAlteredManifestOrTrustedCommentIsRefused) {
    const fs::path altered = pack("altered");
    sign_pack(altered, keys_.secret_key);
    const std::string signature = read_file(altered / signature_name);
    write_file(altered / signature_name, std::string(signature).replace(signature.find("test"), 4, "TEST"));
    auto refused = install(altered, keys_.public_key);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("its trusted comment was changed"), std::string::npos) << refused.error().message;

    write_file(altered / signature_name, signature);
    write_file(altered / manifest_name, read_file(altered / manifest_name) + "0000  extra\n");
    refused = install(altered, keys_.public_key);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("does not match the pack"), std::string::npos) << refused.error().message;
}

// minisign's own key files and signatures, made by the real program (Debian's minisign).
class MinisignInterop : public SignatureTest {
protected:
    void SetUp() override {
        if (!have_minisign()) GTEST_SKIP() << "minisign is not installed (install/packages.sh TEST_PACKAGES has it)";
        const std::string folder = scratch_.path().string();
        ASSERT_EQ(run("cd '" + folder + "' && minisign -G -W -p key.pub -s key.key >/dev/null 2>&1"), 0);
        const auto key = minisign::read_public_key_file(scratch_.path() / "key.pub");
        ASSERT_TRUE(key) << key.error();
        public_key_ = *key;
    }
    minisign::PublicKey public_key_;
};

TEST_F(MinisignInterop, PacksSignedByMinisignInstallInBothItsFormats) {
    for (const char* legacy : {"", "-l"}) {
        const fs::path signed_pack = pack(std::string("by-minisign") + legacy);
        const auto manifest = pack_manifest(signed_pack);
        ASSERT_TRUE(manifest);
        write_file(signed_pack / manifest_name, *manifest);
        ASSERT_EQ(run("minisign -S " + std::string(legacy) + " -s '" + (scratch_.path() / "key.key").string() + "' -m '" +
                      (signed_pack / manifest_name).string() + "' >/dev/null 2>&1"),
                  0);
        const std::string signature = read_file(signed_pack / signature_name);
        EXPECT_EQ(signature.substr(signature.find('\n') + 1, 2), *legacy ? "RW" : "RU") << "Ed (legacy) or ED (prehashed)";
        const auto installed = install(signed_pack, public_key_);
        EXPECT_TRUE(installed) << legacy << ": " << installed.error().message;
    }
}

TEST_F(MinisignInterop, MinisignVerifiesOurSignaturesMadeWithItsSecretKey) {
    const auto secret = minisign::read_secret_key(read_file(scratch_.path() / "key.key"), "key.key", [] { return std::string(); });
    ASSERT_TRUE(secret) << secret.error();
    EXPECT_EQ(secret->id, public_key_.id);
    const fs::path ours = pack("ours");
    sign_pack(ours, *secret);
    EXPECT_EQ(run("minisign -V -q -p '" + (scratch_.path() / "key.pub").string() + "' -m '" + (ours / manifest_name).string() + "'"), 0);
    write_file(ours / manifest_name, read_file(ours / manifest_name) + " ");
    EXPECT_NE(run("minisign -V -q -p '" + (scratch_.path() / "key.pub").string() + "' -m '" + (ours / manifest_name).string() + "' 2>/dev/null"), 0);
}

// A password-protected key as minisign -G writes one, at scrypt's smallest cost rather
// than minisign's 1 GB, so the test takes milliseconds.
std::string protected_secret_key(const KeyPair& pair, const std::string& password) {
    std::vector<std::uint8_t> bytes(158, 0);
    std::memcpy(bytes.data(), "EdScB2", 6);
    randombytes_buf(bytes.data() + 6, 32);
    const std::uint64_t operations = crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_MIN;
    const std::uint64_t memory = crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_MIN;
    for (int i = 0; i < 8; ++i) {
        bytes[std::size_t(38 + i)] = std::uint8_t(operations >> (8 * i));
        bytes[std::size_t(46 + i)] = std::uint8_t(memory >> (8 * i));
    }
    std::uint8_t* secret = bytes.data() + 54;
    std::memcpy(secret, pair.secret_key.id.data(), 8);
    std::memcpy(secret + 8, pair.secret_key.key.data(), 64);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, bytes.data(), 2);
    crypto_generichash_update(&state, secret, 72);
    crypto_generichash_final(&state, secret + 72, 32);
    std::vector<std::uint8_t> stream(104);
    EXPECT_EQ(crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(), password.size(),
                                                 bytes.data() + 6, operations, memory),
              0);
    for (std::size_t i = 0; i < stream.size(); ++i) secret[i] ^= stream[i];
    std::string text(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    text.pop_back();
    return "untrusted comment: minisign encrypted secret key\n" + text + "\n";
}

TEST(MinisignKeys, APasswordProtectedSecretKeyOpensOnlyWithItsPassword) {
    const KeyPair pair = new_key_pair();
    const std::string text = protected_secret_key(pair, "horse battery");
    const auto wrong = minisign::read_secret_key(text, "key.key", [] { return std::string("staple"); });
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error(), "wrong password for the secret key key.key");
    const auto right = minisign::read_secret_key(text, "key.key", [] { return std::string("horse battery"); });
    ASSERT_TRUE(right) << right.error();
    EXPECT_EQ(right->id, pair.public_key.id);
    EXPECT_EQ(right->key, pair.secret_key.key);
}

}  // namespace
}  // namespace kiosk::install

namespace kiosk::install {
namespace {
TEST(TrustedKeyFile, ANamedPipeIsRefusedAtOnce) {
    testing::Scratch scratch;
    const auto pipe = scratch.path() / "key.pub";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    const auto key = minisign::read_public_key_file(pipe);
    ASSERT_FALSE(key);
    EXPECT_NE(key.error().find("is a named pipe, not a file"), std::string::npos) << key.error();
}
}  // namespace
}  // namespace kiosk::install
