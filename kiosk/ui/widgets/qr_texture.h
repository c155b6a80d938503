// A QR code as a texture, made once with libqrencode (never on every frame).
#pragma once

#include <string>

#include <SFML/Graphics/Texture.hpp>

namespace kiosk::ui {

// Black modules on white with the standard four-module quiet zone; false when the
// text is too long for a QR code.
bool make_qr_texture(const std::string& text, sf::Texture& texture);

}  // namespace kiosk::ui
