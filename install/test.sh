#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, rendering (under Xvfb)
# and printing (against a private cupsd the tests start themselves).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/packages.sh"

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
build_kiosk

cd "$here/../build"
ctest --output-on-failure --timeout 600 -j"$(nproc)"
