#!/usr/bin/env bash
# tests/fuzz/run-long.sh [FUZZER...]: every fuzzer for 10 minutes (run.sh says what
# it prints and keeps). Run it before a release, or after changing the loader, the
# templates or the layout; CI runs each for a minute only.
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" 600 "$@"
