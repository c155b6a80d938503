#!/bin/sh
# Applies cupsd-privacy.conf (beside this script) to the CUPS scheduler's cupsd.conf,
# then restarts the scheduler if it is running. Safe to run again: each directive
# replaces the line already there, so nothing is added twice.
#
#   configure-cups.sh [CUPSD_CONF]     default: /etc/cups/cupsd.conf
set -eu

here=$(cd "$(dirname "$0")" && pwd)
settings="$here/cupsd-privacy.conf"
conf=${1:-/etc/cups/cupsd.conf}

[ -f "$conf" ] || { echo "configure-cups: $conf not found (is cups-daemon installed?)" >&2; exit 1; }

updated=$(mktemp "$conf.XXXXXX")
trap 'rm -f "$updated"' EXIT
cp "$conf" "$updated"

grep -v '^[[:space:]]*#' "$settings" | grep -v '^[[:space:]]*$' | while read -r directive value; do
    # Only top-level lines (no indentation) are the scheduler-wide settings.
    if grep -q "^${directive}[[:space:]]" "$updated"; then
        sed -i "s|^${directive}[[:space:]].*|$directive $value|" "$updated"
    else
        printf '%s %s\n' "$directive" "$value" >> "$updated"
    fi
done

if cmp -s "$conf" "$updated"; then
    echo "configure-cups: $conf already set"
    exit 0
fi
chmod --reference="$conf" "$updated"
chown --reference="$conf" "$updated" 2>/dev/null || true
mv "$updated" "$conf"
trap - EXIT
echo "configure-cups: updated $conf"

if [ "$conf" = /etc/cups/cupsd.conf ]; then
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet cups 2>/dev/null; then
        systemctl restart cups
    elif command -v service >/dev/null 2>&1 && service cups status >/dev/null 2>&1; then
        service cups restart
    fi
fi
