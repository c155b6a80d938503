#!/usr/bin/env bash
# tests/sanitizers/build.sh [TARGET...]: configures build-asan/ (clang; every target with
# AddressSanitizer and UndefinedBehaviorSanitizer, plus the fuzzers of tests/fuzz) and
# builds TARGETs, or everything. Quiet unless it fails; the log is build-asan/build.log.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$top/build-asan"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
targets=()
[ $# -eq 0 ] || targets=(--target "$@")

mkdir -p "$build"
{
  cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DKIOSK_SANITIZE=ON -DKIOSK_FUZZ=ON "${launcher[@]}" &&
    cmake --build "$build" -j"$(nproc)" "${targets[@]}"
} >"$build/build.log" 2>&1 || {
  tail -n 60 "$build/build.log" >&2
  echo "The sanitizer build failed; the whole log is in $build/build.log" >&2
  exit 3
}
