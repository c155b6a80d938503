#!/usr/bin/env bash
# Builds the Debian package letter-kiosk_VERSION_ARCH.deb into OUTDIR (default: build-deb/):
# installs what is missing, then runs dpkg-buildpackage in a copy of this tree, so the
# tree stays as it was. The package's parts are in debian/; install/README.md is the
# staff guide.
#
#   install/build-deb.sh [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
# shellcheck source=packages.sh
source "$here/packages.sh"

out="${1:-$top/build-deb}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

install_missing "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"

# The copy: every file git knows or would add (not build folders nor ignored files),
# including changes not committed yet. Always the same folder, one build at a time, so
# that a compiler cache (ccache, when installed) finds its files again.
work="${TMPDIR:-/tmp}/letter-kiosk-deb-build"
mkdir -p "$work"
exec 9>"$work.lock"
flock 9
rm -rf "${work:?}"/*
trap 'rm -rf "${work:?}"/*' EXIT
copy="$work/letter-kiosk"
mkdir "$copy"
while IFS= read -r -d '' file; do
  if [ -e "$top/$file" ]; then printf '%s\0' "$file"; fi  # not files deleted since
done < <(git -C "$top" ls-files -z --cached --others --exclude-standard) \
  | tar -C "$top" --null -T - -cf - | tar -C "$copy" -xf -

(cd "$copy" && dpkg-checkbuilddeps)
log="$out/build-deb.log"
echo "Building the Debian package (log: $log)"
# debhelper gives the build a HOME of its own: the cache is named, not found through HOME.
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_DIR="${CCACHE_DIR:-$(ccache -k cache_dir)}"
fi
if ! (cd "$copy" && DEB_BUILD_OPTIONS="parallel=$(nproc) ${DEB_BUILD_OPTIONS:-}" \
        dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "The package did not build; the whole log is in $log" >&2
  exit 3
fi
# dpkg-buildpackage writes next to the source folder.
mv "$work"/*.deb "$work"/*.buildinfo "$work"/*.changes "$out"/
for deb in "$out"/letter-kiosk_*.deb; do
  echo "Built $deb ($(du -k "$deb" | cut -f1) KB)"
done
