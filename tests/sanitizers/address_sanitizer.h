// Whether this program is built with AddressSanitizer (the sanitizer build, build-asan/),
// for the few tests whose figures only hold for the real allocator.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_ADDRESS_SANITIZER 1
#endif
#endif

namespace kiosk::testing {

#ifdef KIOSK_ADDRESS_SANITIZER
inline constexpr bool address_sanitizer = true;
#else
inline constexpr bool address_sanitizer = false;
#endif

}  // namespace kiosk::testing
