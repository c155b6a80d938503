#!/usr/bin/env bash
# Makes this Debian 12 machine a Letter Kiosk, in one command: installs the package
# (building it first when there is none), makes the kiosk session what the machine
# boots into, sets up the printer (setup-printer.sh), asks for the staff PIN on this
# terminal, and starts the kiosk. Safe to run again: what is already so is left alone.
#
#   setup-kiosk.sh [--dry-run] [--deb FILE] [--new-pin] [--no-start]
#     --dry-run   print every change it would make, change nothing
#     --deb FILE  install this package (default: the newest in build-deb/, built if none)
#     --new-pin   ask for a staff PIN even when one is set
#     --no-start  leave the session to start at the next boot
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
data=/var/lib/letter-kiosk
unit=letter-kiosk.service
dry_run=false
deb=""
new_pin=false
start=true

usage() { sed -n '7,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --deb) [ $# -ge 2 ] || usage; deb="$2"; shift ;;
    --deb=*) deb="${1#--deb=}" ;;
    --new-pin) new_pin=true ;;
    --no-start) start=false ;;
    -h|--help) usage ;;
    *) echo "setup-kiosk: unknown option '$1'" >&2; usage ;;
  esac
  shift
done

say() { echo "setup-kiosk: $*"; }
fail() { echo "setup-kiosk: $*" >&2; exit 3; }
# change COMMAND...: runs a command that changes the machine; with --dry-run, prints it.
change() {
  if $dry_run; then
    printf 'setup-kiosk: would run:'; printf ' %q' "$@"; echo
  else
    "$@"
  fi
}

if ! $dry_run && [ "$(id -u)" -ne 0 ]; then fail "run this as root (sudo $0)"; fi
system="$(. /etc/os-release 2>/dev/null && echo "${ID:-}${VERSION_ID:-}")"
if [ "$system" != debian12 ]; then
  say "this is not Debian 12; the kiosk is made for Debian 12 and may not work here"
fi

# 1. The package.
package_changed=false
# newest_deb: the newest package in build-deb/, or nothing.
newest_deb() {
  if [ -d "$top/build-deb" ]; then find "$top/build-deb" -maxdepth 1 -name 'letter-kiosk_*.deb' | sort -V | tail -n 1; fi
}
if [ -z "$deb" ]; then deb="$(newest_deb)"; fi
if [ -z "$deb" ]; then
  say "no package built yet: building it (install/build-deb.sh, a few minutes)"
  change "$here/build-deb.sh" "$top/build-deb"
  deb="$top/build-deb/letter-kiosk_VERSION_ARCH.deb"
  if ! $dry_run; then deb="$(newest_deb)"; fi
fi
if $dry_run && [ ! -e "$deb" ]; then
  change apt-get install -y "$deb"
  package_changed=true
else
  [ -f "$deb" ] || fail "$deb: no such package"
  deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
  wanted="$(dpkg-deb -f "$deb" Version)"
  installed="$(dpkg-query -W -f='${Status} ${Version}' letter-kiosk 2>/dev/null || true)"
  if [ "$installed" = "install ok installed $wanted" ]; then
    say "letter-kiosk $wanted is installed"
  else
    # apt-get, not dpkg -i: it installs the dependencies (Xorg, CUPS, fonts) too.
    change env DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb"
    package_changed=true
  fi
fi

# 2. Boot into the kiosk: its session enabled, and no desktop's display manager at boot
#    (a desktop stays installed for maintenance: install/README.md says how).
if ! systemctl is-enabled --quiet "$unit" 2>/dev/null; then change systemctl enable "$unit"; fi
if [ "$(systemctl get-default 2>/dev/null || true)" != multi-user.target ]; then
  change systemctl set-default multi-user.target
fi

# 3. The printer (a missing printer is said, not fatal: letters are saved meanwhile).
printer_helper="$here/setup-printer.sh"
[ -x "$printer_helper" ] || printer_helper=/usr/share/letter-kiosk/setup-printer.sh
printer_options=()
if $dry_run; then printer_options+=(--dry-run); fi
if ! "$printer_helper" "${printer_options[@]}"; then
  say "no printer yet: run $printer_helper again once it is connected"
fi

# 4. The staff PIN, typed on this terminal, kept by the kiosk's user in its folder.
if [ -e "$data/staff-pin" ] && ! $new_pin; then
  say "a staff PIN is set (--new-pin to change it)"
elif [ ! -t 0 ]; then
  say "no terminal to type a staff PIN on: set it later with"
  say "  sudo runuser -u letter-kiosk -- letter-kiosk set-pin --data-dir $data"
else
  say "choose the staff PIN (4 to 12 digits) that lets staff leave the kiosk:"
  change runuser -u letter-kiosk -- letter-kiosk set-pin --data-dir "$data"
fi

# 5. Start it, or restart it when the package was just upgraded.
if $start; then
  if ! systemctl is-active --quiet "$unit" 2>/dev/null; then
    change systemctl start "$unit"
    say "the kiosk is starting on the screen (Ctrl+Alt+F1 comes back to this terminal)"
  elif $package_changed; then
    change systemctl restart "$unit"
  fi
fi
if $dry_run; then say "dry run: nothing was changed"; fi
