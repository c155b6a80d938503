#!/usr/bin/env bash
# Installs what is missing, builds, and starts the kiosk on the built-in campaign.
# Extra arguments go to `letter-kiosk run` (for example --windowed --size 1280x800).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packages.sh
source "$here/packages.sh"

install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
if [ -x "$here/cups/configure-cups.sh" ]; then "$here/cups/configure-cups.sh"; fi
build_kiosk

exec "$here/../build/letter-kiosk" run --content "$here/../content/default" "$@"
