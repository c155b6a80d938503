#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, rendering (under Xvfb)
# and printing (against a private cupsd the tests start themselves); then the same
# tests again under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/), and
# every fuzzer for a minute (README.md, "Reliability"); then the Debian package
# (install/test-deb.sh: built, installed in a fresh Debian 12 root, its setup scripts),
# and that package set up on a fresh Debian 12 booted in QEMU (install/test-boot.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packages.sh
source "$here/packages.sh"

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${SANITIZER_PACKAGES[@]}"

# took STARTED WHAT: how long WHAT took since STARTED (seconds since this script began).
took() { echo "== $2 took $(( (SECONDS - $1) / 60 )) min $(( (SECONDS - $1) % 60 )) s"; }

started=$SECONDS
build_kiosk
(cd "$here/../build" && ctest --output-on-failure --timeout 600 -j"$(nproc)")
took "$started" "Build and tests"

started=$SECONDS
"$here/../tests/sanitizers/build.sh"
(cd "$here/../build-asan" && ctest --output-on-failure --timeout 900 -j"$(nproc)")
took "$started" "Sanitizer build and tests"

started=$SECONDS
"$here/../tests/fuzz/run.sh" 60
took "$started" "Fuzzing"
started=$SECONDS
"$here/test-deb.sh"
took "$started" "Debian package"
started=$SECONDS
# The package test-deb.sh built, booted in a fresh Debian 12 virtual machine: with KVM
# where it can run Debian's kernel, else emulated (about 4 min here, 6 more the first time
# the image is made), so it runs on every machine.
"$here/test-boot.sh" --deb "$(find "$here/../build-deb" -maxdepth 1 -name 'letter-kiosk_*.deb' | sort -V | tail -n 1)"
took "$started" "Boot test"
took 0 "install/test.sh"
