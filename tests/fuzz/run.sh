#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [FUZZER...]: builds the fuzzers (tests/sanitizers/build.sh:
# build-asan/, clang with ASan and UBSan) and runs each for SECONDS, as many at once as
# there are cores, then prints one line per fuzzer: executions, executions per second
# and its verdict.
# Fails when any fuzzer reports a crash, leak, timeout, out-of-memory or sanitizer
# finding; the inputs that caused them and every fuzzer's log are kept in the
# findings folder it names. What each fuzzer covers: tests/fuzz/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
build="$top/build-asan"

seconds="${1:?usage: tests/fuzz/run.sh SECONDS [FUZZER...] (FUZZER: pack yaml_file zips_csv contacts_csv template letter_layout archive)}"
shift
fuzzers=("$@")
[ ${#fuzzers[@]} -gt 0 ] || fuzzers=(pack yaml_file zips_csv contacts_csv template letter_layout archive)
parallel="${FUZZ_JOBS:-$(nproc)}"

findings="$build/fuzz-findings/$(date +%Y%m%d-%H%M%S)"
"$top/tests/sanitizers/build.sh" "${fuzzers[@]/#/fuzz_}"
mkdir -p "$findings"

# The per-input limits are the product's: a pack check may take 512 MB and 10 s at most.
# New interesting inputs go to a corpus kept in the build folder, so later runs start
# from what earlier ones found; the seeds in tests/fuzz/<fuzzer>/ are only read.
# ASan holds 256 MB of freed memory back by default, to catch use after free; a smaller
# quarantine leaves the 512 MB limit to the code's own memory.
export ASAN_OPTIONS="quarantine_size_mb=64${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
run_one() {
  local fuzzer="$1" corpus="$build/fuzz-corpus/$1"
  mkdir -p "$corpus"
  "$build/tests/fuzz/fuzz_$fuzzer" -max_total_time="$seconds" -rss_limit_mb=512 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$findings/$fuzzer-" "$corpus" "$here/$fuzzer" \
    >"$findings/$fuzzer.log" 2>&1
}

# The line for one fuzzer, from its exit status and log; returns 1 unless it is clean.
verdict() {
  local fuzzer="$1" status="$2" log="$findings/$1.log" runs rate problem=""
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
  if grep -q 'ERROR: libFuzzer: timeout' "$log"; then problem="timeout (an input took over 10 s)"
  elif grep -q 'ERROR: libFuzzer: out-of-memory' "$log"; then problem="out of memory (over 512 MB)"
  elif grep -q 'ERROR: LeakSanitizer' "$log"; then problem="memory leak"
  elif grep -q 'ERROR: AddressSanitizer' "$log"; then problem="AddressSanitizer: $(grep -m1 -o 'ERROR: AddressSanitizer: [a-z-]*' "$log" | cut -d' ' -f3)"
  elif grep -q 'runtime error:' "$log"; then problem="undefined behaviour: $(grep -m1 'runtime error:' "$log" | sed 's/.*runtime error: //')"
  elif grep -q 'ERROR: libFuzzer' "$log"; then problem="crash: $(grep -m1 -o 'ERROR: libFuzzer: .*' "$log" | cut -d' ' -f3-)"
  elif [ "$status" -ne 0 ]; then problem="exit status $status"
  elif [ -z "$runs" ]; then problem="no statistics (did it run?)"
  fi
  if [ -z "$problem" ]; then
    printf '%-14s %9s execs %7s exec/s  %4ss  clean\n' "$fuzzer" "$runs" "$rate" "$seconds"
    return 0
  fi
  printf '%-14s %9s execs %7s exec/s  %4ss  FAILED: %s\n' "$fuzzer" "${runs:-?}" "${rate:-?}" "$seconds" "$problem"
  for input in "$findings/$fuzzer-"*; do
    if [ -e "$input" ]; then echo "               input: $input"; fi
  done
  echo "               log: $findings/$fuzzer.log"
  return 1
}

echo "Fuzzing ${fuzzers[*]} for ${seconds}s each, $parallel at a time; findings and logs: $findings"
declare -A pids=()
declare -A statuses=()
for fuzzer in "${fuzzers[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  run_one "$fuzzer" &
  pids[$fuzzer]=$!
done
for fuzzer in "${fuzzers[@]}"; do
  status=0
  wait "${pids[$fuzzer]}" || status=$?
  statuses[$fuzzer]=$status
done

failed=0
for fuzzer in "${fuzzers[@]}"; do verdict "$fuzzer" "${statuses[$fuzzer]}" || failed=$((failed + 1)); done
echo "fuzzers: $((${#fuzzers[@]} - failed)) passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "Replay a finding with build-asan/tests/fuzz/fuzz_FUZZER INPUT" >&2
  exit 1
fi
