#!/bin/sh
# A CUPS backend for the print tests. Its device URI names a capture folder
# ("testbackend:/tmp/.../capture"): each job's bytes land there as job-NNNNN.pdf,
# written under a temporary name and renamed so a test never reads half a letter.
# A file "fault" in that folder makes it misbehave like a real printer:
#   out-of-paper  reports media-empty-error and stops the queue (CUPS_BACKEND_STOP)
#   jam           reports media-jam-error and stops the queue
#   wait-for-paper  reports media-empty-error and keeps the job processing until the
#                 fault is changed, then prints it (a USB or IPP printer waiting for paper)
#   hang          never finishes (exec, so canceling the job ends it)
# Run with no arguments, CUPS asks which devices it can discover: none.
[ $# -eq 0 ] && exit 0

capture=${DEVICE_URI#testbackend:}
fault=$(cat "$capture/fault" 2>/dev/null)
case "$fault" in
    out-of-paper)
        echo "STATE: +media-empty-error" >&2
        echo "ERROR: Out of paper" >&2
        exit 4 ;;
    jam)
        echo "STATE: +media-jam-error" >&2
        echo "ERROR: Paper jam" >&2
        exit 4 ;;
    wait-for-paper)
        echo "STATE: +media-empty-error" >&2
        echo "INFO: Waiting for paper" >&2
        while [ "$(cat "$capture/fault" 2>/dev/null)" = wait-for-paper ]; do sleep 0.1; done ;;
    hang)
        echo "STATE: -media-empty-error,media-jam-error" >&2
        : > "$capture/.started-$1"
        exec sleep 120 ;;
esac

# All clear, as a real backend reports once the printer is fine again.
echo "STATE: -media-empty-error,media-jam-error" >&2
partial="$capture/.job-$1"
cat "${6:--}" > "$partial" || exit 1
mv "$partial" "$capture/$(printf 'job-%05d.pdf' "$1")"
