#!/usr/bin/env bash
# Sets up printing for the kiosk: the CUPS settings a kiosk needs (install/cups/: no job
# files kept after printing), then a queue named letter-kiosk for an attached or network
# printer, driverless (IPP Everywhere, `lpadmin -m everywhere`), that retries a job when
# the printer is briefly unreachable, and that is the default destination, which the
# kiosk uses. Safe to run again: what is already so is left alone.
#
#   setup-printer.sh [--dry-run] [--uri URI]
#     --dry-run  print every change it would make, change nothing
#     --uri URI  use this printer (as `lpinfo -v` or `driverless` list it, or an
#                address such as ipp://192.168.1.20/ipp/print) instead of looking
# Exit codes: 0 ready (or, with --dry-run, would be), 1 no usable printer found,
# 2 usage, 3 CUPS missing or refusing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
queue=letter-kiosk
dry_run=false
uri=""

usage() { sed -n '8,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --uri) [ $# -ge 2 ] || usage; uri="$2"; shift ;;
    --uri=*) uri="${1#--uri=}" ;;
    -h|--help) usage ;;
    *) echo "setup-printer: unknown option '$1'" >&2; usage ;;
  esac
  shift
done

say() { echo "setup-printer: $*"; }
fail() { echo "setup-printer: $*" >&2; exit "${2:-3}"; }
# change COMMAND...: runs a command that changes the machine; with --dry-run, prints it.
change() {
  if $dry_run; then
    printf 'setup-printer: would run:'; printf ' %q' "$@"; echo
  else
    "$@"
  fi
}

if ! $dry_run && [ "$(id -u)" -ne 0 ]; then fail "run this as root (sudo $0)" 3; fi
if ! command -v lpadmin >/dev/null || ! command -v lpinfo >/dev/null; then
  fail "CUPS is not installed: apt-get install cups, then run this again" 3
fi

# 1. The scheduler's settings for a kiosk (install/cups/cupsd-privacy.conf: no job files
#    kept; a day of job history, which names no one, for the kiosk to learn each job's
#    outcome from). With --dry-run, applied to a copy and shown as a difference.
configure="$here/cups/configure-cups.sh"
[ -x "$configure" ] || fail "$configure is missing" 3
if $dry_run; then
  copy="$(mktemp)"
  trap 'rm -f "$copy"' EXIT
  if cp /etc/cups/cupsd.conf "$copy" 2>/dev/null; then
    "$configure" "$copy" >/dev/null
    if ! diff -u --label /etc/cups/cupsd.conf --label "/etc/cups/cupsd.conf (changed)" /etc/cups/cupsd.conf "$copy"; then
      say "would change /etc/cups/cupsd.conf as above and restart CUPS"
    fi
  else
    say "would apply $here/cups/cupsd-privacy.conf to /etc/cups/cupsd.conf (not readable here)"
  fi
else
  "$configure"
fi

# 2. The scheduler itself.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  say "the CUPS scheduler is not running; starting it"
  change systemctl enable --now cups.service
  if ! $dry_run && ! lpstat -r 2>/dev/null | grep -q "is running"; then
    fail "the CUPS scheduler did not start: see 'journalctl -u cups'" 3
  fi
fi

# 3. The printer: driverless ones first (the driverless tool finds IPP Everywhere
#    printers on the network and IPP-over-USB ones through ipp-usb), then whatever CUPS's
#    backends see; only ipp:// and ipps:// printers can be set up without a driver.
if [ -z "$uri" ]; then
  found=()
  others=()
  if command -v driverless >/dev/null; then
    while IFS= read -r line; do
      case "$line" in ipp://*|ipps://*) found+=("$line") ;; esac
    done < <(timeout 20 driverless 2>/dev/null || true)
  fi
  while read -r _ device; do
    case "$device" in
      ipp://*|ipps://*) found+=("$device") ;;
      usb://*|socket://*|lpd://*|dnssd://*|hp:*) others+=("$device") ;;
    esac
  done < <(lpinfo --timeout 10 -v 2>/dev/null || true)
  if [ ${#found[@]} -eq 0 ]; then
    echo "setup-printer: no printer that prints without a driver was found." >&2
    if [ ${#others[@]} -gt 0 ]; then
      echo "  CUPS sees these, which need a driver or ipp-usb (apt-get install ipp-usb):" >&2
      printf '    %s\n' "${others[@]}" >&2
    fi
    cat >&2 <<'TEXT'
  Connect the printer by USB or to this network, switch it on, and run this again; or
  name it: setup-printer.sh --uri ipp://ADDRESS/ipp/print
  Until a printer is set up the kiosk saves letters in /var/lib/letter-kiosk/letters
  and says so on the screen.
TEXT
    exit 1
  fi
  uri="${found[0]}"
  say "found the printer $uri"
  if [ ${#found[@]} -gt 1 ]; then
    say "also found (choose one with --uri):"
    printf '    %s\n' "${found[@]:1}"
  fi
fi

# 4. The kiosk's queue, driverless, on this printer.
current="$(lpstat -v "$queue" 2>/dev/null | sed -n "s/^device for $queue: //p")"
if [ "$current" = "$uri" ]; then
  say "the queue $queue already prints to $uri"
else
  change lpadmin -p "$queue" -E -v "$uri" -m everywhere \
    || fail "CUPS could not set up $uri driverless (is it switched on and reachable? does it support IPP Everywhere?)" 1
fi

# 5. A printer that is briefly unreachable (switched off, a network blip) does not stop
#    the queue: the job is tried again, and the kiosk cancels what it stopped waiting for.
if ! grep -A40 "^<\(Default\)\{0,1\}Printer $queue>" /etc/cups/printers.conf 2>/dev/null \
     | sed '/^<\/Printer>/q' | grep -q "^ErrorPolicy retry-job"; then
  change lpadmin -p "$queue" -o printer-error-policy=retry-job
fi

# 6. The kiosk prints to the CUPS default destination unless told otherwise.
if [ "$(lpstat -d 2>/dev/null | sed -n 's/^system default destination: //p')" != "$queue" ]; then
  change lpadmin -d "$queue"
fi

if $dry_run; then say "dry run: nothing was changed"; else say "the kiosk prints to $queue ($uri)"; fi
