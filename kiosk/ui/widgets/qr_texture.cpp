#include "ui/widgets/qr_texture.h"

#include <qrencode.h>

#include <SFML/Graphics/Image.hpp>

namespace kiosk::ui {

bool make_qr_texture(const std::string& text, sf::Texture& texture) {
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return false;
    constexpr int quiet = 4;
    constexpr int pixels_per_module = 8;  // drawn scaled; nearest-neighbour keeps edges sharp
    const int side = (code->width + 2 * quiet) * pixels_per_module;
    sf::Image image;
    image.create(unsigned(side), unsigned(side), sf::Color::White);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) continue;
            for (int dy = 0; dy < pixels_per_module; ++dy) {
                for (int dx = 0; dx < pixels_per_module; ++dx) {
                    image.setPixel(unsigned((x + quiet) * pixels_per_module + dx), unsigned((y + quiet) * pixels_per_module + dy),
                                   sf::Color::Black);
                }
            }
        }
    }
    QRcode_free(code);
    texture.setSmooth(false);
    return texture.loadFromImage(image);
}

}  // namespace kiosk::ui
