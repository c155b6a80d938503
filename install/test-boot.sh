#!/usr/bin/env bash
# Boots a fresh Debian 12 in a virtual machine and makes it a kiosk the way the staff guide
# says (install/README.md, "Set up a machine"), typing at its console like a person:
# `install/setup-kiosk.sh` (answering its PIN prompt), then `reboot`. After the reboot it
# checks what staff would see and what nobody can see in a chroot (install/vm-driver.py):
#   - letter-kiosk.service is active and the kiosk said it started, in the journal;
#   - the screen (QEMU's screendump, read with OCR) is the Welcome screen, fullscreen,
#     with no pointer drawn; kept as a PNG;
#   - a frozen kiosk (SIGSTOP) is restarted by the watchdog and the Welcome screen returns;
#   - a USB stick plugged in is mounted under /run/letter-kiosk/usb/ with safe options, the
#     running kiosk's mount namespace sees it, and it is unmounted when pulled out;
#   - logind has loaded the lid drop-in, before the reboot and after;
#   - with no printer, a letter written by touch (QEMU pointer events, placed through the
#     kiosk's UI tree file, turned on by a drop-in in /run for this check only) is saved
#     in /var/lib/letter-kiosk/letters and the screen says so.
#
# The machine: Debian 12 from Debian's archive (mmdebstrap, "important" priority, the
# installer's base without tasks, with Recommends as apt installs them), its kernel, and
# no network. Two shortcuts, so a run takes minutes, not half an hour:
#   - the package's dependencies (Xorg, CUPS, fonts; what `apt-get install ./the.deb` on
#     the machine would download) are installed in the image beforehand; setup-kiosk.sh
#     still installs the package itself with apt-get (offline: the machine has no network);
#   - the package is built here (install/build-deb.sh, or --deb FILE) and put in the
#     copy's build-deb/, so setup-kiosk.sh installs it instead of compiling in the machine.
# What the test adds to a fresh install: root logged in automatically on the serial
# console (its keyboard), a host name and an fstab. The copy of this folder is a `git clone` of HEAD (commit what you test), handed to the
# machine on a second disk that the driver copies from, as staff would from a stick.
# The image (kernel, initrd and an ext4 disk made with `mkfs.ext4 -d`, no loop mounts)
# is kept in ~/.cache/letter-kiosk, keyed by what is in it; each run boots a copy-on-write
# overlay of it. Artifacts (screenshots, the console log) are kept in OUTDIR.
# Needs root. Uses KVM where it can run Debian's kernel, else QEMU emulates (TCG): a
# run then takes about 4 minutes with the image made, the image 6 more the first time.
#
#   install/test-boot.sh [--deb FILE] [OUTDIR]    OUTDIR: default build-boot/
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
# shellcheck source=packages.sh
source "$here/packages.sh"

deb=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) [ $# -ge 2 ] || { echo "test-boot: --deb needs a file" >&2; exit 2; }; deb="$2"; shift ;;
    -h|--help) sed -n 's/^#   \(install\/test-boot\.sh .*\)/\1/p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "test-boot: unknown option '$1'" >&2; exit 2 ;;
    *) out="$1" ;;
  esac
  shift
done
out="${out:-$top/build-boot}"

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "test-boot: run this as root" >&2; exit 3; }
  exec sudo "$0" "$@"
fi
install_missing "${BOOT_TEST_PACKAGES[@]}"

# took STARTED WHAT: how long WHAT took since STARTED (seconds since this script began).
took() { echo "== $2 took $(( (SECONDS - $1) / 60 )) min $(( (SECONDS - $1) % 60 )) s"; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/*.png "$out"/*.ppm "$out"/console.log
run="$(mktemp -d "${TMPDIR:-/tmp}/letter-kiosk-boot.XXXXXX")"
qemu_pid=""
cleanup() {
  if [ -n "$qemu_pid" ]; then kill "$qemu_pid" 2>/dev/null || true; wait "$qemu_pid" 2>/dev/null || true; fi
  rm -rf "$run"
}
trap cleanup EXIT

# The package.
started=$SECONDS
if [ -z "$deb" ]; then
  "$here/build-deb.sh" "$top/build-deb"
  deb="$(find "$top/build-deb" -maxdepth 1 -name 'letter-kiosk_*.deb' | sort -V | tail -n 1)"
fi
[ -f "$deb" ] || { echo "test-boot: $deb: no such package" >&2; exit 3; }
took "$started" "The package"

# The image: Debian 12 with the package's dependencies (not the package), made once per
# dependency list and recipe.
started=$SECONDS
depends="$(dpkg-deb -f "$deb" Depends)"
needs="$(sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g' <<<"$depends" | xargs -n 1 | sort -u | xargs)"
# What a machine installed from Debian's installer without tasks has, which the
# "important" set lacks: a kernel (and its initramfs) and a boot-time login.
system_packages="systemd-sysv udev linux-image-amd64 initramfs-tools"
# make_root DIR: Debian 12 in DIR, with root logged in on the serial console (the test's
# keyboard; a real machine's is its own screen) and no network.
make_root() {
  mmdebstrap --quiet --variant=important --aptopt='Apt::Install-Recommends "true"' \
    --include="${system_packages// /,},${needs// /,}" bookworm "$1" http://deb.debian.org/debian
  rm -f "$1/etc/apt/apt.conf.d/99mmdebstrap"
  echo kiosk-test >"$1/etc/hostname"
  printf '127.0.0.1 localhost\n127.0.1.1 kiosk-test\n' >"$1/etc/hosts"
  echo "/dev/vda / ext4 errors=remount-ro 0 1" >"$1/etc/fstab"
  mkdir -p "$1/etc/systemd/system/serial-getty@ttyS0.service.d"
  cat >"$1/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf" <<'END'
# The boot test's keyboard: root logged in on the serial console (install/test-boot.sh).
[Service]
ExecStart=
ExecStart=-/sbin/agetty -o '-p -f -- \\u' --keep-baud --autologin root 115200,57600,38400,9600 - $TERM
END
}
cache="${XDG_CACHE_HOME:-$HOME/.cache}/letter-kiosk"
key="$({ echo "$system_packages $needs"; declare -f make_root; } | sha256sum | cut -c1-16)"
image="$cache/boot-$key"
if [ ! -s "$image/root.img" ]; then
  rm -rf "$cache"/boot-*
  mkdir -p "$image.part"
  root="$image.part/root"
  echo "  making the machine's image (once; kept in $image)"
  make_root "$root"
  cp "$(find "$root/boot" -name 'vmlinuz-*' | sort -V | tail -n 1)" "$image.part/vmlinuz"
  cp "$(find "$root/boot" -name 'initrd.img-*' | sort -V | tail -n 1)" "$image.part/initrd.img"
  size_mb=$(( $(du -sm "$root" | cut -f1) + 1536 ))
  mkfs.ext4 -q -F -L kiosk-root -d "$root" "$image.part/root.img" "${size_mb}M"
  rm -rf "$root"
  mv "$image.part" "$image"
  echo "  image: $(du -m --apparent-size "$image/root.img" | cut -f1) MB disk, $(du -m "$image/root.img" | cut -f1) MB used"
fi
took "$started" "The machine's image"

# This folder as staff would bring it: a clone of HEAD with the package in build-deb/,
# on an ext4 disk of its own.
started=$SECONDS
git clone --quiet "$top" "$run/stick/letter-kiosk"
mkdir -p "$run/stick/letter-kiosk/build-deb"
cp "$deb" "$run/stick/letter-kiosk/build-deb/"
mkfs.ext4 -q -F -L letter-kiosk -d "$run/stick" "$run/folder.img" 512M
# A USB stick with the default pack, to plug in later (FAT, written without mounting).
mkfs.vfat -C -n PACKS "$run/packs.img" 32768 >/dev/null
mcopy -s -i "$run/packs.img" "$top/content/default" ::/default
qemu-img create -q -f qcow2 -F raw -b "$image/root.img" "$run/disk.qcow2"

# KVM when this machine offers it. A PVM host (kvm_pvm: KVM for machines that are
# themselves virtual, such as a CI runner) runs only kernels built as PVM guests, and
# Debian's is not: there QEMU emulates the processor (TCG), several times slower.
if [ -w /dev/kvm ] && [ ! -d /sys/module/kvm_pvm ]; then
  accel=(-accel kvm -cpu host)
else
  accel=(-accel 'tcg,thread=multi' -cpu max)
  echo "  no KVM that can run Debian's kernel here: the processor is emulated (TCG), slowly"
fi
# -nic none: no network, so no printer is found and nothing is downloaded.
qemu-system-x86_64 "${accel[@]}" -m 2G -smp 2 -nic none \
  -kernel "$image/vmlinuz" -initrd "$image/initrd.img" -append "root=/dev/vda rw console=ttyS0" \
  -drive "file=$run/disk.qcow2,if=virtio,format=qcow2" \
  -drive "file=$run/folder.img,if=virtio,format=raw,readonly=on" \
  -device qemu-xhci,id=xhci -device usb-tablet,bus=xhci.0 \
  -vga std -display none \
  -chardev "socket,id=console,path=$run/console.sock,server=on,wait=on" -serial chardev:console \
  -qmp "unix:$run/qmp.sock,server=on,wait=off" &
qemu_pid=$!
python3 "$here/vm-driver.py" --console "$run/console.sock" --qmp "$run/qmp.sock" \
  --stick "$run/packs.img" --strings "$top/content/default/strings/en.yaml" --out "$out"
took 0 "install/test-boot.sh"
