#!/usr/bin/env bash
# Regenerates the README screenshots (welcome, where with a ZIP code, review in large
# text, done, and the staff screen's Printer, Counts and Campaign tabs; English, 1280x800)
# into assets/screenshots/, from the same off-screen renders the screen tests check (the
# 10.1" panel at its 149 dpi).
# Usage: tests/ui/screenshots.sh [BUILD_DIR] (default: build; builds ui_screen_tests).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
build="${1:-$top/build}"
cmake --build "$build" -j2 --target ui_screen_tests >/dev/null
"$build/tests/ui/ui_screen_tests" --gtest_filter='Panels/ScreensTest.*/1280x800_10in_en' >/dev/null
mkdir -p "$top/assets/screenshots"
for screen in welcome where-zip-found review review-large-text done-printed staff-menu-printer staff-menu-counts staff-menu-content; do
  cp "$build/tests/ui/screens/1280x800-149dpi-en-$screen.png" "$top/assets/screenshots/kiosk-$screen.png"
  echo "assets/screenshots/kiosk-$screen.png"
done
