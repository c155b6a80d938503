#!/usr/bin/env bash
# The long soak: 5,000 random visits (or $1) through the real flow and printer path
# against a private cupsd, with the checks of tests/soak/visit_soak.cpp. About 7
# minutes on a 2-core machine; ctest runs 500 visits. Needs root (cupsd runs jobs as lp)
# and a build (install/test.sh makes one).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
soak="$here/../../build/tests/soak/kiosk_soak"
[ -x "$soak" ] || { echo "Build first: install/test.sh" >&2; exit 3; }
/usr/bin/time -v "$soak" --visits "${1:-5000}" --seed "${2:-7}" 2> >(grep -E "Maximum resident|Elapsed" >&2) | grep -v "^letter-kiosk"
