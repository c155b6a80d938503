# Debian packages Letter Kiosk needs, and a function that installs the missing ones.
# Sourced by run.sh, test.sh and the package scripts.
# shellcheck shell=bash
# shellcheck disable=SC2034  # the lists are used by the scripts that source this file

# To build the program (and the fonts it prints with, needed to run it too). Names in
# any script print through fallback fonts (kiosk/letter/fallback_fonts.h): Noto for
# most scripts, AR PL UMing for Chinese and Japanese and Nanum Myeongjo for Korean,
# because Noto CJK (fonts-noto-cjk) has CFF outlines, which libharu 2.3 cannot embed,
# and Droid Sans Fallback and WenQuanYi have composite glyphs it embeds incompletely.
BUILD_PACKAGES=(
  g++ cmake make pkg-config
  libsfml-dev libhpdf-dev libyaml-cpp-dev libkainjow-mustache-dev libcups2-dev
  libcli11-dev libqrencode-dev libexpected-dev libarchive-dev libfreetype-dev libfontconfig-dev libfribidi-dev libutf8proc-dev
  libx11-dev libxrandr-dev libsodium-dev libsystemd-dev nlohmann-json3-dev libstb-dev libutfcpp-dev libcsv-dev libicu-dev libgtest-dev libbenchmark-dev
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-noto-core fonts-arphic-uming fonts-nanum fonttools
)
# To build the Debian package (install/build-deb.sh) and check it (install/test-deb.sh):
# the build packages above (debian/control's Build-Depends, without the test libraries)
# plus debhelper and lintian; mmdebstrap makes the throwaway root the package is
# installed in (zstd keeps it small), udev's udevadm reads the stick rule, shellcheck
# reads every script, man shows the manual page.
PACKAGE_PACKAGES=(debhelper dpkg-dev fakeroot lintian mmdebstrap zstd udev shellcheck man-db)
# To boot a fresh Debian 12 in a virtual machine and set it up as staff would
# (install/test-boot.sh): QEMU and its disk tool, mmdebstrap for the machine's system,
# e2fsprogs (mkfs.ext4 -d), a FAT stick written without mounting (dosfstools, mtools),
# the screen read back with OCR (tesseract) and kept as PNG (netpbm), the console driver
# (python3).
BOOT_TEST_PACKAGES=(qemu-system-x86 qemu-utils mmdebstrap e2fsprogs dosfstools mtools tesseract-ocr tesseract-ocr-eng netpbm python3 git)
# To run the kiosk with a printer, and speak (espeak-ng runs as a program of its own:
# it is GPL-3.0-or-later, so it is never linked; kiosk/ui/speech/spoken_voice.h).
RUN_PACKAGES=(cups cups-client espeak-ng)
# To run every test: a private cupsd, an X server, PDF read-back, minisign (signed packs
# made by the real tool), groff (the manual page formatted as man would), espeak-ng (speech).
TEST_PACKAGES=(cups-daemon cups-client poppler-utils xvfb xauth xdotool minisign groff-base espeak-ng)
# To run them again under AddressSanitizer and UndefinedBehaviorSanitizer, and the
# fuzzers: clang, its sanitizer and libFuzzer runtimes, llvm-symbolizer (from llvm) for
# readable stack traces in their reports, and Mesa's software driver, which the tests
# that draw preload (tests/ui/CMakeLists.txt).
SANITIZER_PACKAGES=(clang libclang-rt-14-dev llvm libgl1-mesa-dri)

# install_missing PACKAGE...: installs what is not installed yet, as root or through
# sudo; prints nothing when everything is already there.
install_missing() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "These Debian packages are missing: ${missing[*]}" >&2
      echo "Install them as root (apt-get install ${missing[*]}), then run this again." >&2
      exit 3
    fi
    as_root=(sudo)
  fi
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_kiosk: configures and builds in build/ (quiet unless something fails).
build_kiosk() {
  local top
  top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if ! { cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$top/build.log" 2>&1 \
         && cmake --build "$top/build" -j"$(nproc)" >>"$top/build.log" 2>&1; }; then
    tail -n 60 "$top/build.log" >&2
    echo "Build failed; the whole log is in $top/build.log" >&2
    exit 3
  fi
}
