#!/usr/bin/env bash
# Measures the kiosk as a visitor's machine would feel it, and prints the figures:
#   cold start to the first drawn frame (targets: <= 700 ms),
#   idle CPU on the welcome screen (<= 2 % of one core),
#   a frame of the busiest screens at 1280x800 (<= 10 ms),
#   peak memory after a whole visit up to Review (<= 180 MB).
# Usage: tests/ui/measure.sh [BUILD_DIR] (default: build). IDLE_SECONDS=60 by default.
# The kiosk and the frame benchmark use LETTER_KIOSK_CONTENT when set (the default pack
# otherwise). The visit chooses its county from the lists, MEASURE_PLACE="STATE/INDEX
# LETTER/COUNTY" (by default "MO/B/Boone County"), or, with MEASURE_ZIP="ZIP/COUNTY", by
# ZIP code. The national pack (tests/content/write_national_pack), Texas:
#   LETTER_KIOSK_CONTENT=/tmp/national MEASURE_ZIP="77002/Harris County" tests/ui/measure.sh
# Needs xvfb, xdotool and python3; runs on its own private X server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$top/build}" && pwd)"
idle_seconds="${IDLE_SECONDS:-60}"
IFS=/ read -r place_state place_letter place_county <<<"${MEASURE_PLACE:-MO/B/Boone County}"
IFS=/ read -r zip zip_county <<<"${MEASURE_ZIP:-}"

if [ -z "${MEASURE_ON_XVFB:-}" ]; then
  export MEASURE_ON_XVFB=1
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$build"
fi

kiosk="$build/letter-kiosk"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=""
tree="$work/tree.json"

start_kiosk() {
  rm -f "$tree"
  CUPS_SERVER="$work/no-cups.sock" "$kiosk" run --windowed --size 1280x800 --ui-tree "$tree" \
    --save-dir "$work/letters" --data-dir "$work/data" >/dev/null 2>&1 &
  pid=$!
}

# Taps the element with this id in the UI tree, as a finger would.
tap() {
  local xy x y
  for _ in $(seq 100); do
    xy="$(python3 - "$tree" "$1" <<'PY' 2>/dev/null || true
import json, sys
tree = json.load(open(sys.argv[1]))
for e in tree["elements"]:
    if e["id"] == sys.argv[2] and not e["disabled"]:
        print(e["x"] + e["width"] // 2, e["y"] + e["height"] // 2)
PY
)"
    if [ -n "$xy" ]; then read -r x y <<<"$xy"; xdotool mousemove "$x" "$y" click 1; sleep 0.3; return; fi
    sleep 0.05
  done
  echo "measure.sh: no element $1 on screen" >&2; exit 1
}

echo "Cold start to first drawn frame (ms), 3 runs:"
for run in 1 2 3; do
  started=$(date +%s%N)
  start_kiosk
  until [ -s "$tree" ]; do sleep 0.002; done
  echo "  run $run: $(( ($(date +%s%N) - started) / 1000000 ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

start_kiosk
until [ -s "$tree" ]; do sleep 0.01; done
sleep 2
ticks_per_second=$(getconf CLK_TCK)
read -r before < <(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep "$idle_seconds"
read -r after < <(awk '{print $14 + $15}' "/proc/$pid/stat")
python3 -c "print('Idle CPU on the welcome screen over $idle_seconds s: %.2f %% of one core' % (($after - $before) / $ticks_per_second / $idle_seconds * 100))"

tap welcome.start; tap recipient.governor; tap recipient.sheriff; tap recipient.prosecutor; tap nav.next
if [ -n "$zip" ]; then
  for (( i = 0; i < ${#zip}; i++ )); do tap "zip.${zip:i:1}"; done
  tap "zip-county.$zip_county"
else
  tap "state.$place_state"; tap "letter-index.$place_letter"; tap "county.$place_county"
fi
tap nav.next
tap reason.heart-disease; tap reason.lung-disease; tap reason.hypertension; tap nav.next
for key in a n a; do tap "key.$key"; done
tap nav.next; sleep 1
python3 -c "import json; t = json.load(open('$tree')); assert t['screen'] == 'review', t['screen']"
echo "Peak memory after a visit up to Review: $(awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' "/proc/$pid/status")"
kill "$pid"; wait "$pid" 2>/dev/null || true

echo "Frame time at 1280x800 (build the screen + paint + glFinish; paint only while dragging):"
"$build/tests/ui/ui_frame_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>/dev/null \
  | awk '/_median/ {printf "  %-32s %s %s wall, %s %s CPU\n", $1, $2, $3, $4, $5}'
