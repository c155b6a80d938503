// How long the PIN pad stays locked after wrong PINs, in words staff read at a glance.
// The lock-out grows with the wrong tries up to a day, and "Wait 86400 seconds" says
// nothing a person can use.
#pragma once

#include <chrono>
#include <string>

#include "content/pack.h"

namespace kiosk::ui {

// "45 seconds" under a minute, "12 minutes" under an hour, "3 hours 20 minutes" (or
// "1 hour") beyond; minutes are rounded up, so the pad is open when the wait is over.
// In Spanish for "es" ("3 horas y 20 minutos"), else in English, as the staff words.
std::string wait_words(std::chrono::seconds wait, const content::LanguageCode& language);

}  // namespace kiosk::ui
