#!/usr/bin/env python3
"""The person at the boot test's virtual machine (install/test-boot.sh runs this).

Types at the machine's serial console what the staff guide says (install/README.md,
"Set up a machine"), answers the PIN prompt, reboots, and then checks what a person
would see: the service, its journal, the screen (QEMU's screendump, read with tesseract),
the watchdog, a USB stick plugged in and pulled out through QEMU's monitor (QMP), the lid
setting, and a letter written by touch (QMP pointer events) saved with no printer.
Prints one line per check, "ok:" or "FAILED:", and exits 1 when any failed.
"""
import argparse
import base64
import json
import os
import re
import select
import socket
import subprocess
import sys
import time

PIN = "2468"
KIOSK_USER_TREE = "/var/lib/letter-kiosk/ui-tree.json"
failures = 0


def passed(what):
    print(f"  ok: {what}", flush=True)


def problem(what):
    global failures
    failures += 1
    print(f"  FAILED: {what}", file=sys.stderr, flush=True)


def check(what, condition):
    if condition:
        passed(what)
    else:
        problem(what)
    return condition


def took(started, what):
    seconds = int(time.monotonic() - started)
    print(f"== {what} took {seconds // 60} min {seconds % 60} s", flush=True)


def connect(path, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(path)
            return sock
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


class Console:
    """The machine's serial console: what it printed, and a keyboard to type on."""

    def __init__(self, path, log_path):
        self.sock = connect(path)
        self.text = ""     # everything printed since the start, carriage returns dropped
        self.seen = 0      # where the next wait starts looking
        self.log = open(log_path, "w", encoding="utf-8", errors="replace")
        self.commands = 0

    def _read(self, deadline):
        ready, _, _ = select.select([self.sock], [], [], max(0.0, min(1.0, deadline - time.monotonic())))
        if ready:
            data = self.sock.recv(65536)
            if not data:
                raise RuntimeError("the machine's console closed (QEMU ended?)")
            chunk = data.decode("utf-8", errors="replace").replace("\r", "")
            self.text += chunk
            self.log.write(chunk)
            self.log.flush()

    def wait_for(self, pattern, timeout):
        """The first match of `pattern` printed after the last one waited for, or None."""
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while True:
            found = regex.search(self.text, self.seen)
            if found:
                self.seen = found.end()
                return found
            if time.monotonic() > deadline:
                return None
            self._read(deadline)

    def type(self, text):
        self.sock.sendall(text.encode())

    def log_in(self, timeout):
        """Waits for the automatic root login, then makes the shell easy to read: no
        echo, no line editing, no prompt, no pager, no colours, no kernel messages."""
        if not self.wait_for(r"root@kiosk-test:[^\n]*# ", timeout):
            return False
        self.type("stty -echo; set +o emacs +o vi; PS1=; PS2=; export SYSTEMD_PAGER=cat SYSTEMD_COLORS=0; dmesg -n 1\n")
        return self.run("true", 30)[0] == 0

    def run(self, command, timeout=60, answers=()):
        """Types `command`, answers each (prompt, reply) in turn, and returns its exit
        status (None when it did not end in time) and what it printed."""
        self.commands += 1
        marker = f"__done_{self.commands}__"
        start = len(self.text)
        self.seen = start
        self.type(f"{command}; echo {marker}$?__\n")
        for prompt, reply in answers:
            if not self.wait_for(re.escape(prompt), timeout):
                return None, self.text[start:]
            self.type(reply + "\n")
        found = self.wait_for(re.escape(marker) + r"(\d+)__", timeout)
        if not found:
            return None, self.text[start:]
        return int(found.group(1)), self.text[start:found.start()].strip("\n")

    def output(self, command, timeout=60):
        return self.run(command, timeout)[1]


class Monitor:
    """QEMU's machine protocol (QMP): the screen, the pointer, USB devices."""

    def __init__(self, path):
        self.sock = connect(path)
        self.file = self.sock.makefile("rwb")
        self.events = []
        json.loads(self.file.readline())  # the greeting
        self.execute("qmp_capabilities")

    def execute(self, command, **arguments):
        message = {"execute": command}
        if arguments:
            message["arguments"] = arguments
        self.file.write(json.dumps(message).encode() + b"\n")
        self.file.flush()
        while True:
            reply = json.loads(self.file.readline())
            if "event" in reply:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise RuntimeError(f"QMP {command}: {reply['error'].get('desc')}")
            return reply.get("return")


def read_ppm(path):
    """(width, height, RGB bytes) of a binary PPM, as QEMU's screendump writes it."""
    with open(path, "rb") as f:
        data = f.read()
    fields = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    return width, height, data[fields.end():]


class Screen:
    def __init__(self, monitor, out):
        self.monitor = monitor
        self.out = out

    def dump(self, name):
        """The screen now, as OUT/NAME.png; returns (png path, width, height, pixels)."""
        ppm = os.path.join(self.out, name + ".ppm")
        png = os.path.join(self.out, name + ".png")
        self.monitor.execute("screendump", filename=ppm)
        time.sleep(0.5)  # QEMU writes the file after replying
        width, height, pixels = read_ppm(ppm)
        with open(png, "wb") as f:
            subprocess.run(["pnmtopng", ppm], stdout=f, stderr=subprocess.DEVNULL, check=True)
        os.remove(ppm)
        return png, width, height, pixels

    def move(self, x, y, width, height):
        # Absolute pointer positions run from 0 to 0x7fff across the whole screen.
        self.monitor.execute("input-send-event", events=[
            {"type": "abs", "data": {"axis": "x", "value": x * 0x7FFF // width}},
            {"type": "abs", "data": {"axis": "y", "value": y * 0x7FFF // height}}])

    def tap(self, x, y, width, height):
        # Moved there from a pixel away: the kernel drops an absolute position equal to
        # the last one, so a new X server (after a restart) would not learn where it is.
        self.move(x + 2, y + 2, width, height)
        time.sleep(0.1)
        self.move(x, y, width, height)
        time.sleep(0.1)
        for down in (True, False):
            self.monitor.execute("input-send-event", events=[{"type": "btn", "data": {"down": down, "button": "left"}}])
            time.sleep(0.1)


def words_of(text):
    return re.findall(r"[a-z]{4,}", text.lower())


def welcome_words(strings_file):
    """The words of the Welcome screen's headline and call to tap, from the pack's English strings."""
    with open(strings_file, encoding="utf-8") as f:
        text = f.read()
    words = []
    for key in ("ui.welcome.headline", "ui.welcome.tap"):
        words += words_of(re.search(r"^\s*" + re.escape(key) + r':\s*"([^"]*)"', text, re.M).group(1))
    return words


def read_words(png):
    result = subprocess.run(["tesseract", png, "-", "--psm", "11"], capture_output=True, text=True)
    return set(words_of(result.stdout))


def corner_colours(width, height, pixels):
    def at(x, y):
        i = (y * width + x) * 3
        return tuple(pixels[i:i + 3])
    return {at(2, 2), at(width - 3, 2), at(2, height - 3), at(width - 3, height - 3)}


def screen_showing(screen, name, expected_words, timeout=60):
    """Looks at the screen until OCR reads nearly all of `expected_words` (a fifth may be
    misread) or `timeout` passes: the first frame reaches the screen a moment after the
    kiosk tells systemd it is ready, seconds when the processor is emulated. Returns
    the last look: (png, width, height, pixels, missing words, seconds it took)."""
    started = time.monotonic()
    while True:
        png, width, height, pixels = screen.dump(name)
        found = read_words(png)
        missing = [w for w in expected_words if w not in found]
        if len(missing) <= len(expected_words) // 5 or time.monotonic() - started > timeout:
            return png, width, height, pixels, missing, time.monotonic() - started
        time.sleep(2)


def check_welcome_screen(screen, name, expected_words, why):
    """The screen shows the Welcome screen, fullscreen (its background in every corner,
    none of X's black root window), read by OCR."""
    png, width, height, pixels, missing, seconds = screen_showing(screen, name, expected_words)
    print(f"  screen {why}: {png} ({width}x{height}, {round(seconds)} s after the service was ready)", flush=True)
    check(f"OCR reads the Welcome screen's headline and call to tap {why} "
          f"({len(expected_words) - len(missing)} of {len(expected_words)} words; missing: {' '.join(missing) or 'none'})",
          len(missing) <= len(expected_words) // 5)
    corners = corner_colours(width, height, pixels)
    check(f"the kiosk fills the screen {why} (one colour in all four corners, not black: {sorted(corners)})",
          len(corners) == 1 and corners != {(0, 0, 0)})
    return width, height


def wait_until(console, command, timeout, pause=1.0):
    """Runs `command` until it succeeds; returns the seconds it took, or None."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if console.run(command, 30)[0] == 0:
            return time.monotonic() - started
        time.sleep(pause)
    return None


def kiosk_pid(console):
    return console.output("pgrep -x -u letter-kiosk letter-kiosk || true").strip()


def service_checks(console):
    status, _ = console.run("systemctl is-active --quiet letter-kiosk.service")
    check("letter-kiosk.service is active after the reboot", status == 0)
    start_line = "journalctl -b -u letter-kiosk.service -o cat --no-pager | grep '^Letter Kiosk:'"
    wait_until(console, start_line, 30)
    started = console.output(start_line + " || true")
    check(f"the kiosk's start line is in this boot's journal ({started.strip()!r})", "Letter Kiosk:" in started)
    command_line = console.output("ps -o args= -C Xorg || true")
    check(f"Xorg runs on vt8 without a cursor or blanking ({command_line.strip()!r})",
          all(option in command_line for option in ("vt8", "-nocursor", "-s 0", "-dpms")))
    owner = console.output("ps -o user:20= -C Xorg || true").strip()
    check(f"Xorg runs as the letter-kiosk user, not root ({owner!r})", owner == "letter-kiosk")


def no_pointer_check(screen, width, height):
    """With a pointer moved to two places, the screen is the same: no pointer is drawn
    (QEMU's standard VGA has no hardware cursor: X would draw it into the picture)."""
    screen.move(width // 4, height - 20, width, height)
    time.sleep(1)
    first = screen.dump("pointer-left")[3]
    screen.move(3 * width // 4, height - 20, width, height)
    time.sleep(1)
    second = screen.dump("pointer-right")[3]
    check("no pointer is drawn: the screen is the same with the pointer in two places", first == second)


def watchdog_checks(console, screen, expected_words):
    old = kiosk_pid(console)
    restarts = console.output("systemctl show -p NRestarts --value letter-kiosk.service").strip()
    console.run(f"kill -STOP {old}")
    stopped = time.monotonic()
    restarted = None
    active = None
    while time.monotonic() - stopped < 120:
        now = console.output("systemctl show -p NRestarts --value letter-kiosk.service").strip()
        if restarted is None and now.isdigit() and restarts.isdigit() and int(now) > int(restarts):
            restarted = time.monotonic() - stopped
        if restarted is not None and console.run("systemctl is-active --quiet letter-kiosk.service")[0] == 0:
            active = time.monotonic() - stopped
            break
        time.sleep(1)
    new = kiosk_pid(console)
    check(f"a frozen kiosk (SIGSTOP to {old}) is restarted by the watchdog: restarted after "
          f"{restarted if restarted is None else round(restarted)} s (WatchdogSec=20s + RestartSec=3s), "
          f"drawing again after {active if active is None else round(active)} s, as {new or 'nothing'}",
          restarted is not None and restarted <= 20 + 3 + 10 and active is not None and new and new != old)
    timeout = console.output("journalctl -b -u letter-kiosk.service --no-pager | grep -c 'Watchdog timeout' || true")
    check(f"the journal says why: 'Watchdog timeout' ({timeout.strip()} time(s))", timeout.strip() not in ("", "0"))
    check_welcome_screen(screen, "after-watchdog", expected_words, "after the watchdog's restart")


def stick_checks(console, monitor, stick):
    monitor.execute("blockdev-add", driver="raw", **{"node-name": "packs"},
                    file={"driver": "file", "filename": stick})
    monitor.execute("device_add", driver="usb-storage", bus="xhci.0", drive="packs", id="packs-stick", removable=True)
    mounted = wait_until(console, "findmnt -rn -o TARGET | grep -q '^/run/letter-kiosk/usb/'", 30)
    check(f"a USB stick plugged in is mounted under /run/letter-kiosk/usb/ "
          f"(after {mounted if mounted is None else round(mounted, 1)} s)", mounted is not None)
    line = console.output("findmnt -rn -o SOURCE,TARGET,FSTYPE,OPTIONS | grep ' /run/letter-kiosk/usb/' || true").strip()
    print(f"  the stick's mount: {line}", flush=True)
    options = line.split(" ")[-1].split(",") if line else []
    check("it is mounted nosuid,nodev,noexec", all(o in options for o in ("nosuid", "nodev", "noexec")))
    check(f"it is mounted read-only, or read-write for the kiosk's user "
          f"({'ro' if 'ro' in options else 'rw' if 'rw' in options else '?'})",
          "ro" in options or any(o.startswith("uid=") for o in options))
    seen = console.output("pid=$(pgrep -x -u letter-kiosk letter-kiosk); "
                          "nsenter -t \"$pid\" -m runuser -u letter-kiosk -- letter-kiosk find-content")
    print("  " + seen.strip().replace("\n", "\n  "), flush=True)
    check("the running kiosk's mount namespace sees the stick and its pack (find-content in it)",
          re.search(r"/run/letter-kiosk/usb/\S+/default", seen) is not None)
    monitor.execute("device_del", id="packs-stick")
    gone = wait_until(console, "! findmnt -rn -o TARGET | grep -q '^/run/letter-kiosk/usb/'", 30)
    check(f"pulled out, it is unmounted (after {gone if gone is None else round(gone, 1)} s)", gone is not None)
    seen = console.output("pid=$(pgrep -x -u letter-kiosk letter-kiosk); "
                          "nsenter -t \"$pid\" -m runuser -u letter-kiosk -- letter-kiosk find-content")
    check(f"and gone from the kiosk's view too ({seen.strip()!r})", "No stick is mounted." in seen)
    time.sleep(1)
    try:
        monitor.execute("blockdev-del", **{"node-name": "packs"})
    except RuntimeError:
        pass  # still being released; QEMU frees it with the machine


def lid_checks(console, when):
    config = console.output("systemd-analyze cat-config systemd/logind.conf")
    check(f"systemd-analyze cat-config shows the lid drop-in {when}", "60-letter-kiosk.conf" in config)
    value = console.output("busctl get-property org.freedesktop.login1 /org/freedesktop/login1 "
                           "org.freedesktop.login1.Manager HandleLidSwitch")
    check(f"logind has loaded it {when}: HandleLidSwitch is {value.strip()!r}", value.strip() == 's "ignore"')


def read_tree(console):
    text = console.output(f"base64 -w0 {KIOSK_USER_TREE} 2>/dev/null; echo")
    try:
        return json.loads(base64.b64decode(text.strip()))
    except ValueError:
        return {}


def tap_element(console, screen, element_id, width, height, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for element in read_tree(console).get("elements", []):
            if element.get("id") == element_id and not element.get("disabled"):
                screen.tap(element["x"] + element["width"] // 2, element["y"] + element["height"] // 2, width, height)
                time.sleep(0.3)
                return True
        time.sleep(0.5)
    problem(f"no '{element_id}' to tap on the screen")
    return False


def wait_for_screen(console, name, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if read_tree(console).get("screen") == name:
            time.sleep(0.6)  # the kiosk ignores taps just after a screen appears
            return True
        time.sleep(0.5)
    problem(f"the kiosk never showed the '{name}' screen")
    return False


def letter_checks(console, screen, width, height):
    """A letter written by touch with no printer is saved where the staff guide says. The
    kiosk is restarted with its UI tree file (a test-only drop-in in /run, gone at the
    next boot), which says where each button is."""
    console.run("mkdir -p /run/systemd/system/letter-kiosk.service.d && printf '[Service]\\n"
                f"Environment=LETTER_KIOSK_UI_TREE={KIOSK_USER_TREE}\\n' "
                ">/run/systemd/system/letter-kiosk.service.d/test-ui-tree.conf && systemctl daemon-reload "
                f"&& rm -f {KIOSK_USER_TREE} && systemctl restart letter-kiosk.service", 90)
    count = "find /var/lib/letter-kiosk/letters -name '*.pdf' 2>/dev/null | wc -l"
    before = int(console.output(count).strip() or 0)
    steps = [("welcome", ["welcome.start"]), ("who", ["recipient.governor", "nav.next"]),
             ("where", ["state.MO", "nav.next"]), ("why", ["reason.heart-disease", "nav.next"]),
             ("you", ["nav.next"]), ("review", ["review.print"])]
    for name, taps in steps:
        if not wait_for_screen(console, name):
            break
        if not all(tap_element(console, screen, element, width, height) for element in taps):
            break
    saved = wait_until(console, f'[ "$({count})" -gt {before} ]', 60, pause=0.2)
    png, _, _, _, missing, _ = screen_showing(screen, "letter-saved", ["saved"], timeout=30)
    listing = console.output("ls -l /var/lib/letter-kiosk/letters 2>&1")
    print("  " + listing.strip().replace("\n", "\n  "), flush=True)
    check("with no printer, the letter written by touch is saved in /var/lib/letter-kiosk/letters", saved is not None)
    print(f"  screen after Print: {png}", flush=True)
    check("the screen tells the visitor it was saved (OCR reads 'saved')", not missing)
    console.run("rm -f /run/systemd/system/letter-kiosk.service.d/test-ui-tree.conf && systemctl daemon-reload "
                f"&& systemctl restart letter-kiosk.service && rm -f {KIOSK_USER_TREE}", 90)


def counts_on_stick_checks(console, monitor, stick):
    """The day's counts copied onto a FAT stick by the kiosk's user, in the running kiosk's
    mount namespace, as the staff screen's Counts tab does: the rule mounts FAT read-write
    for that user with `sync` (FAT keeps no file modes, so the export's fchmod is refused,
    which must not fail it). Pulled right after, the stick keeps the file: read back here
    from the stick's image with mtools."""
    monitor.execute("blockdev-add", driver="raw", **{"node-name": "counts"},
                    file={"driver": "file", "filename": stick, "locking": "off"})
    monitor.execute("device_add", driver="usb-storage", bus="xhci.0", drive="counts", id="counts-stick", removable=True)
    mounted = wait_until(console, "findmnt -rn -o TARGET | grep -q '^/run/letter-kiosk/usb/'", 30)
    line = console.output("findmnt -rn -o TARGET,OPTIONS | grep '^/run/letter-kiosk/usb/' || true").strip()
    target, options = (line.split(" ") + [""])[:2] if line else ("", "")
    uid = console.output("id -u letter-kiosk").strip()
    options = options.split(",")
    check(f"a FAT stick is mounted read-write for the kiosk's user, with sync ({','.join(options)})",
          mounted is not None and "rw" in options and "sync" in options and f"uid={uid}" in options)
    status, said = console.run("pid=$(pgrep -x -u letter-kiosk letter-kiosk); nsenter -t \"$pid\" -m "
                               "runuser -u letter-kiosk -- letter-kiosk export-counts --data-dir /var/lib/letter-kiosk "
                               f"{target}/letter-kiosk-counts.csv", 60)
    check(f"the kiosk's user copies the counts onto it ({said.strip()!r})", status == 0)
    monitor.execute("device_del", id="counts-stick")
    wait_until(console, "! findmnt -rn -o TARGET | grep -q '^/run/letter-kiosk/usb/'", 30)
    read = subprocess.run(["mtype", "-i", stick, "::/letter-kiosk-counts.csv"], capture_output=True, text=True)
    rows = read.stdout.splitlines()
    print("  " + "\n  ".join(rows), flush=True)
    saved = sum(int(row.split(",")[5]) for row in rows[1:] if row.count(",") == 6)
    check("pulled out at once, the stick holds the counts: the header and the letter saved above",
          read.returncode == 0 and rows[:1] == ["day,recipient,state,language,printed,saved,failed"] and saved >= 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--console", required=True)
    parser.add_argument("--qmp", required=True)
    parser.add_argument("--stick", required=True)
    parser.add_argument("--strings", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    expected_words = welcome_words(arguments.strings)

    started = time.monotonic()
    console = Console(arguments.console, os.path.join(arguments.out, "console.log"))
    monitor = Monitor(arguments.qmp)
    screen = Screen(monitor, arguments.out)
    print("== the fresh machine boots (console log: " + os.path.join(arguments.out, "console.log") + ")", flush=True)
    if not check("root is logged in on the console of the fresh Debian 12", console.log_in(600)):
        return 1
    took(started, "First boot")
    print(console.output("cat /etc/debian_version; uname -r").replace("\n", ", "), flush=True)

    started = time.monotonic()
    print("== the staff guide, 'Set up a machine': install/setup-kiosk.sh", flush=True)
    status, _ = console.run("mount -o ro /dev/vdb /mnt && cp -a /mnt/letter-kiosk /root/ && umount /mnt", 120)
    check("the folder is copied onto the machine (from a disk, as from a stick)", status == 0)
    status, said = console.run("cd /root/letter-kiosk && install/setup-kiosk.sh", 900,
                               answers=[("New staff PIN (4 to 12 digits): ", PIN), ("Type it again: ", PIN)])
    print("  " + "\n  ".join(line for line in said.splitlines() if line.startswith(("setup-", "Staff PIN", "letter-kiosk"))),
          flush=True)
    check("install/setup-kiosk.sh succeeds, asking for the staff PIN on the terminal", status == 0)
    check("it saved the PIN", "Staff PIN saved" in said)
    took(started, "Setup")
    lid_checks(console, "before any reboot")

    started = time.monotonic()
    print("== reboot", flush=True)
    console.type("reboot\n")
    if not check("the machine reboots to a console login", console.log_in(600)):
        return 1
    took(started, "Reboot to the console")
    active = wait_until(console, "systemctl is-active --quiet letter-kiosk.service", 300)
    took(started, "Reboot to the kiosk drawing")
    if active is None:
        print(console.output("systemctl status --no-pager letter-kiosk.service; "
                             "journalctl -b -u letter-kiosk.service --no-pager | tail -n 60"), flush=True)

    print("== what the screen shows", flush=True)
    service_checks(console)
    width, height = check_welcome_screen(screen, "welcome", expected_words, "after the reboot")
    no_pointer_check(screen, width, height)

    print("== the watchdog", flush=True)
    watchdog_checks(console, screen, expected_words)
    print("== a USB stick", flush=True)
    stick_checks(console, monitor, arguments.stick)
    print("== the lid", flush=True)
    lid_checks(console, "after the reboot")
    print("== a letter, with no printer", flush=True)
    letter_checks(console, screen, width, height)
    print("== the counts, onto a stick", flush=True)
    counts_on_stick_checks(console, monitor, arguments.stick)

    console.type("poweroff\n")
    if failures:
        print(f"test-boot: {failures} check(s) failed", file=sys.stderr)
        return 1
    print("test-boot: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
