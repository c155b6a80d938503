#!/usr/bin/env bash
# Checks the Debian package as a machine receiving it would (install/test.sh runs this):
#   1. it builds (install/build-deb.sh); dpkg-deb lists the files and dependencies
#      expected; man shows the manual page without warnings; lintian finds no errors
#      (its warnings are printed);
#   2. installed in a throwaway Debian 12 root (mmdebstrap, from Debian's archive; its
#      base with the package's dependencies is kept in ~/.cache/letter-kiosk between
#      runs): the files are in place, the user exists with its groups, the program runs
#      and finds its pack and fonts, systemd-analyze accepts the units; reinstalling
#      (an upgrade) keeps the data folder, removing leaves only the data folder, purging
#      removes that too;
#   3. the udev rule, fed a fake USB stick, calls systemd-mount read-write (owned by
#      letter-kiosk) for FAT, exFAT and NTFS, read-only for any other filesystem, and
#      nothing for a disk that is not USB;
#   4. setup-kiosk.sh --dry-run and setup-printer.sh --dry-run change nothing in /etc;
#   5. shellcheck passes on every script.
# Needs root (the throwaway root, a private mount namespace for udevadm).
#
#   install/test-deb.sh [OUTDIR]     OUTDIR: where the package is built (build-deb/)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
# shellcheck source=packages.sh
source "$here/packages.sh"
out="${1:-$top/build-deb}"

failures=0
pass() { echo "  ok: $*"; }
problem() { echo "  FAILED: $*" >&2; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: one line, ok or FAILED, for a command's success.
check() {
  local what="$1"; shift
  if "$@"; then pass "$what"; else problem "$what"; fi
}
section() { echo "== $*"; }

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "test-deb: run this as root" >&2; exit 3; }
  exec sudo "$0" "$@"
fi
install_missing "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}" poppler-utils

section "build"
rm -f "$out"/letter-kiosk_*.deb
"$here/build-deb.sh" "$out"
deb="$(find "$out" -maxdepth 1 -name 'letter-kiosk_*.deb' | sort -V | tail -n 1)"
contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
for file in /usr/bin/letter-kiosk \
            /usr/share/letter-kiosk/content/default/pack.yaml \
            /usr/share/letter-kiosk/content/default/zips.csv \
            /usr/share/letter-kiosk/content/default/strings/en.yaml \
            /usr/share/letter-kiosk/fonts/letter-serif-regular.ttf \
            /usr/share/letter-kiosk/fonts/letter-serif-bold.ttf \
            /usr/share/letter-kiosk/fonts/letter-serif-italic.ttf \
            /usr/share/letter-kiosk/setup-printer.sh \
            /usr/share/letter-kiosk/cups/configure-cups.sh \
            /lib/systemd/system/letter-kiosk.service \
            /lib/udev/rules.d/90-letter-kiosk.rules \
            /usr/lib/sysusers.d/letter-kiosk.conf \
            /usr/lib/tmpfiles.d/letter-kiosk.conf \
            /usr/lib/systemd/logind.conf.d/60-letter-kiosk.conf \
            /usr/share/doc/letter-kiosk/README.md \
            /usr/share/doc/letter-kiosk/copyright.fonts-dejavu \
            /usr/share/man/man1/letter-kiosk.1.gz; do
  check "dpkg-deb -c lists $file" grep -qxF "$file" <<<"$contents"
done
# The manual page as man shows it: groff's warnings (a bad macro, a line too wide) on stderr.
man_page_warnings() {
  local page
  page="$(mktemp --suffix=.1.gz)"
  chmod 644 "$page"
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/man/man1/letter-kiosk.1.gz >"$page"
  { MANWIDTH=80 man --warnings -l "$page" >/dev/null; } 2>&1
  rm -f "$page"
}
man_warnings="$(man_page_warnings)"
check "man -l shows the manual page without warnings${man_warnings:+: $man_warnings}" test -z "$man_warnings"
depends="$(dpkg-deb -f "$deb" Depends)"
for package in libsfml-graphics2.5 libhpdf-2.3.0 libcups2 libsystemd0 libsodium23 \
               systemd udev xserver-xorg-core xserver-xorg-input-libinput xinit \
               cups cups-client cups-filters fonts-dejavu-core; do
  check "Depends names $package" grep -qE "(^|, )$package( |,|$)" <<<"$depends"
done
echo "  package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB; installed size $(dpkg-deb -f "$deb" Installed-Size) KB"

section "lintian"
lintian_report="$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)"
while IFS= read -r line; do echo "  $line"; done <<<"${lintian_report:-(nothing to report)}"
check "lintian reports no errors" test -z "$(grep '^E: ' <<<"$lintian_report" || true)"

section "install, upgrade, remove and purge in a throwaway Debian 12 root"
# The base: Debian 12 with the package's dependencies, made once per dependency list.
needs="$(sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g' <<<"$depends" | xargs -n 1 | sort -u | xargs)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/letter-kiosk"
key="$(printf 'bookworm %s\n' "$needs" | sha256sum | cut -c1-16)"
base="$cache/bookworm-$key.tar.zst"
if [ ! -s "$base" ]; then
  mkdir -p "$cache"
  rm -f "$cache"/bookworm-*.tar.zst
  started=$SECONDS
  echo "  making the base (once; kept as $base)"
  mmdebstrap --quiet --variant=minbase --include="${needs// /,}" bookworm "$cache/part.tar.zst" \
    http://deb.debian.org/debian
  mv "$cache/part.tar.zst" "$base"
  echo "  base made in $((SECONDS - started)) s, $(du -m "$base" | cut -f1) MB"
fi
root="$(mktemp -d "${TMPDIR:-/tmp}/letter-kiosk-root.XXXXXX")"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
tar --zstd -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
in_root() { chroot "$root" "$@"; }
# Every path in the root but dpkg's own records and what any package's scripts touch.
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./var/cache \
     -o -path ./tmp -o -path ./run \) -prune -o -print | sort)
}
before="$(snapshot)"
cp "$deb" "$root/tmp/letter-kiosk.deb"
check "dpkg installs the package" in_root dpkg -i /tmp/letter-kiosk.deb
for file in /usr/bin/letter-kiosk /usr/share/letter-kiosk/content/default/pack.yaml \
            /lib/systemd/system/letter-kiosk.service /lib/udev/rules.d/90-letter-kiosk.rules; do
  check "$file is installed" test -e "$root$file"
done
check "the letter-kiosk user exists" in_root getent passwd letter-kiosk
groups="$(in_root id -nG letter-kiosk || true)"
for group in video render input lpadmin; do
  check "letter-kiosk is in the group $group" grep -qw "$group" <<<"$groups"
done
check "/var/lib/letter-kiosk belongs to letter-kiosk, mode 750" \
  test "$(in_root stat -c '%U %a' /var/lib/letter-kiosk)" = "letter-kiosk 750"
check "the installed program checks its built-in pack" \
  in_root runuser -u letter-kiosk -- letter-kiosk check-content /usr/share/letter-kiosk/content/default
check "the installed program writes a letter" \
  in_root letter-kiosk letter --recipient governor --state MO --condition elderly --out /tmp/letter.pdf
check "the installed program's letter embeds its installed font subsets" \
  grep -q "letter-serif\|DejaVuSerif" <<<"$(pdffonts "$root/tmp/letter.pdf" 2>&1)"
for program in /usr/bin/xinit /usr/bin/Xorg /usr/bin/env /usr/bin/systemd-mount; do
  check "$program, which the unit and the udev rule run, is installed" test -x "$root$program"
done
check "systemd-analyze verify accepts the units" \
  in_root systemd-analyze verify letter-kiosk.service
# The udev rule names the kiosk's user in uid=/gid= for FAT sticks; sysusers gave it a
# number of its own here. mount(8) (libmount) turns the names into that number before
# the kernel sees them: shown with a tmpfs, which takes uid= and gid= as vfat does (this
# kernel may have no vfat), mounted with the rule's options in the fresh root.
owner_options="$(grep -o 'uid=[^,]*,gid=[^,]*' "$root/lib/udev/rules.d/90-letter-kiosk.rules" | head -n 1)"
mounted_owner() {
  # shellcheck disable=SC2016  # expanded by the inner shell
  unshare --mount --propagation private chroot "$root" sh -c \
    'mkdir -p /tmp/stick && mount -t tmpfs -o "rw,nosuid,nodev,noexec,sync,$1" stick /tmp/stick && stat -c %U:%G /tmp/stick' \
    sh "$owner_options" 2>&1
}
check "mount(8) in the fresh root gives a mount with $owner_options to the kiosk's user" \
  test "$(mounted_owner)" = "letter-kiosk:letter-kiosk"
echo "kept" >"$root/var/lib/letter-kiosk/marker"
check "reinstalling (an upgrade) succeeds" in_root dpkg -i /tmp/letter-kiosk.deb
check "an upgrade keeps /var/lib/letter-kiosk" test -e "$root/var/lib/letter-kiosk/marker"
check "dpkg removes the package" in_root dpkg -r letter-kiosk
# new_paths: what is in the root now and was not before installing, but the user's lines
# in passwd/group/shadow, which stay (Debian never removes a system user) and
# debhelper's record of the unit's enablement, which stays until purge as dpkg's does.
new_paths() {
  comm -13 <(echo "$before") <(snapshot) \
    | grep -v '^\./etc/\(passwd\|group\|shadow\|gshadow\|subuid\|subgid\)-\?$' \
    | grep -v '^\./var/lib/systemd/deb-systemd-helper-' || true
}
left="$(new_paths)"
check "removal leaves only /var/lib/letter-kiosk (left: $(echo "$left" | xargs))" \
  test "$left" = "$(printf './var/lib/letter-kiosk\n./var/lib/letter-kiosk/marker')"
check "dpkg purges the package" in_root dpkg -P letter-kiosk
check "purge removes /var/lib/letter-kiosk" test ! -e "$root/var/lib/letter-kiosk"
left="$(comm -13 <(echo "$before") <(snapshot) | grep -v '^\./etc/\(passwd\|group\|shadow\|gshadow\|subuid\|subgid\)-\?$' || true)"
check "purge leaves nothing but the user (left: $(echo "$left" | xargs))" test -z "$left"

section "udev: a FAT stick is mounted read-write for the counts, any other read-only"
rules="$(mktemp -d)"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./lib/udev/rules.d/90-letter-kiosk.rules >"$rules/90-letter-kiosk.rules"
device="$(find /sys/class/block -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | head -n 1)"
fake_stick() {  # fake_stick FSTYPE: the properties 60-persistent-storage.rules gives a
  # stick's filesystem, faked onto a block device this machine has
  printf 'SUBSYSTEM=="block", KERNEL=="%s", ENV{ID_BUS}="usb", ENV{ID_FS_USAGE}="filesystem", ENV{ID_FS_TYPE}="%s"\n' \
    "$device" "$1" >"$rules/89-fake-usb-stick.rules"
}
udev_test() {  # udev_test RULES_FOLDER: what udevadm test says for an added $device
  # udevadm test reads /etc/udev/rules.d too: the folder is bound over it, privately.
  # shellcheck disable=SC2016  # expanded by the inner shell
  unshare --mount --propagation private sh -c 'mount --bind "$1" /etc/udev/rules.d && udevadm test --action=add "/sys/class/block/$2"' \
    sh "$1" "$device" 2>&1
}
# How many systemd-mount calls udev would run ("run: '…'" lines: one per RUN+= that fires).
mounts_of() { udev_test "$rules" | grep -F "run: '/usr/bin/systemd-mount" | grep -cF /run/letter-kiosk/usb || true; }
mount_call="/usr/bin/systemd-mount --no-block --collect --fsck=no -o"
read_write="rw,nosuid,nodev,noexec,sync,uid=letter-kiosk,gid=letter-kiosk,fmask=0177,dmask=0077"
for fs_type in vfat exfat ntfs; do
  fake_stick "$fs_type"
  expected="$mount_call $read_write /dev/$device /run/letter-kiosk/usb/$device"
  check "a $fs_type stick: udevadm test shows $expected" grep -qF "$expected" <<<"$(udev_test "$rules")"
  check "a $fs_type stick is mounted once" test "$(mounts_of)" = 1
done
for fs_type in ext4 iso9660; do
  fake_stick "$fs_type"
  expected="$mount_call ro,nosuid,nodev,noexec /dev/$device /run/letter-kiosk/usb/$device"
  check "an $fs_type stick: udevadm test shows $expected" grep -qF "$expected" <<<"$(udev_test "$rules")"
  check "an $fs_type stick is mounted once" test "$(mounts_of)" = 1
done
rm "$rules/89-fake-usb-stick.rules"
check "udevadm test shows no systemd-mount for a disk that is not USB" test "$(mounts_of)" = 0
rm -rf "$rules"

section "dry runs change nothing in /etc"
etc_state() { find /etc -xdev -printf '%p %m %U %G %s %l\n' | sort; find /etc -xdev -type f -exec sha256sum {} + | sort; }
etc_before="$(etc_state)"
kiosk_plan="$("$here/setup-kiosk.sh" --dry-run --deb "$deb" </dev/null 2>&1)" || problem "setup-kiosk.sh --dry-run failed: $kiosk_plan"
printer_plan="$("$here/setup-printer.sh" --dry-run 2>&1)" || true  # exit 1: no printer here
check "/etc is unchanged by both dry runs" test "$etc_before" = "$(etc_state)"
check "setup-kiosk.sh --dry-run shows it would enable the session" \
  grep -qF "would run: systemctl enable letter-kiosk.service" <<<"$kiosk_plan"
check "setup-printer.sh --dry-run says what it would do and that nothing changed" \
  grep -q "would run\|would change\|no printer" <<<"$printer_plan"

section "shellcheck"
mapfile -t scripts < <(cd "$top" && find install tests content -name '*.sh' | sort)
shellcheck_all() { (cd "$top" && shellcheck "${scripts[@]}" debian/postrm debian/postinst); }
check "shellcheck passes on ${#scripts[@]} scripts and debian/postrm, postinst" shellcheck_all

if [ "$failures" -gt 0 ]; then
  echo "test-deb: $failures check(s) failed" >&2
  exit 1
fi
echo "test-deb: every check passed"
