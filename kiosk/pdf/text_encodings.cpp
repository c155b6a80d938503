#include "pdf/text_encodings.h"

#include <memory>

#include <hpdf.h>

#include "letter/utf8.h"

namespace kiosk::pdf {

const std::vector<const char*>& single_byte_encodings() {
    static const std::vector<const char*> names{"CP1252", "CP1250", "CP1254", "CP1257", "ISO8859-3", "ISO8859-4", "ISO8859-14"};
    return names;
}

TextEncodings::TextEncodings() {
    std::unique_ptr<HPDF_Doc_Rec, void (*)(HPDF_Doc)> document{HPDF_New(nullptr, nullptr), HPDF_Free};
    if (!document) return;  // every character then takes the UTF-8 path: slower, still right
    const auto& names = single_byte_encodings();
    for (std::size_t index = 0; index < names.size(); ++index) {
        HPDF_Encoder encoder = HPDF_GetEncoder(document.get(), names[index]);
        if (!encoder) continue;
        for (unsigned code = 0x20; code <= 0xFF; ++code) {
            const HPDF_UNICODE unicode = HPDF_Encoder_GetUnicode(encoder, static_cast<HPDF_UINT16>(code));
            // Unassigned codes map to 0 or to C1 control codes: neither is printable.
            if (unicode < 0x20 || (unicode >= 0x7F && unicode < 0xA0)) continue;
            auto& bytes = codes_.try_emplace(static_cast<char32_t>(unicode), names.size(), short{-1}).first->second;
            if (bytes[index] < 0) bytes[index] = static_cast<short>(code);
        }
    }
}

std::vector<EncodedPiece> TextEncodings::encode(std::string_view text) const {
    std::vector<EncodedPiece> pieces;
    for (char32_t c : letter::decode_utf8(text)) {
        const auto found = codes_.find(c);
        int encoding = -1;
        if (found != codes_.end()) {
            const auto& bytes = found->second;
            // Staying in the current piece's encoding when it has the character keeps
            // "Łódź" one piece, not three.
            const int current = pieces.empty() ? -1 : pieces.back().encoding;
            if (current >= 0 && bytes[current] >= 0) {
                encoding = current;
            } else {
                for (std::size_t i = 0; i < bytes.size() && encoding < 0; ++i) {
                    if (bytes[i] >= 0) encoding = static_cast<int>(i);
                }
            }
        }
        if (pieces.empty() || pieces.back().encoding != encoding) pieces.push_back({encoding, {}});
        if (encoding >= 0) {
            pieces.back().bytes.push_back(static_cast<char>(found->second[encoding]));
        } else {
            pieces.back().bytes += letter::encode_utf8(std::u32string_view{&c, 1});
        }
    }
    return pieces;
}

}  // namespace kiosk::pdf
