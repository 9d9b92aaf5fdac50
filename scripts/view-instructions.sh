#!/usr/bin/env bash
# A keystroke and a frame counted in instructions, not seconds: valgrind's callgrind counts the
# same for the same binary whatever else the machine is doing. Runs the speed bench's picker
# (5,000 names, 200x60) with 0 and with KEYS keys typed, each with its frame, and the busy
# meeting (1,000 people / 500 items, 200x60) with 0 and with KEYS frames after a tick, and prints
# the instructions of one key and of one frame: the difference divided by KEYS, so the set-up
# is left out.
#
#   scripts/view-instructions.sh            (needs valgrind; KEYS=50 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 2; }
keys=${KEYS:-50}
bench=$(cargo bench --bench speed --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "speed" and m.get("executable"):
        print(m["executable"])')
counted() {
  env "$1=$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for what in SPEED_KEYS SPEED_TICKS; do
  none=$(counted "$what" 0)
  some=$(counted "$what" "$keys")
  case $what in
    SPEED_KEYS) name="a picker keystroke with its frame (5,000 names, 200x60)" ;;
    SPEED_TICKS) name="a frame after the clock's second ticked (1,000 people / 500 items)" ;;
  esac
  printf '%-70s %12d instructions\n' "$name:" $(( (some - none) / keys ))
done
