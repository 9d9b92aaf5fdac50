#!/usr/bin/env bash
# A resume counted in instructions, not seconds: valgrind's callgrind counts the same for the
# same binary and journal whatever else the machine is doing, so a change to the resume path
# can be compared on a shared, noisy machine where wall time cannot. Writes the resume bench's
# journals (a meeting's mix of events, see benches/speed.rs) of 25,000, 50,000 and 100,000
# events, resumes each once to its first frame under callgrind, and prints the instructions,
# per event and the ratios 50k/25k and 100k/50k; then the 100,000 lines read alone, into typed
# records and into serde_json Values.
#
#   scripts/resume-instructions.sh            (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 2; }
bench=$(cargo bench --bench speed --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "speed" and m.get("executable"):
        print(m["executable"])')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A counted
for n in 25000 50000 100000; do
  SPEED_WRITE="$work/$n.jsonl" SPEED_EVENTS=$n "$bench"
  counted[$n]=$(SPEED_RESUME="$work/$n.jsonl" SPEED_EVENTS=$n valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null "$bench" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  printf '%7d events: %14d instructions, %6d an event (%s bytes)\n' "$n" "${counted[$n]}" \
    $(( counted[$n] / n )) "$(stat -c %s "$work/$n.jsonl")"
done
python3 -c "print(f'50k/25k {${counted[50000]}/${counted[25000]}:.3f}, 100k/50k {${counted[100000]}/${counted[50000]}:.3f}')"
# The parse alone, of the 100,000-event journal's lines: into typed records and into Values
# (the same file read and split as text in both; that share is in both counts).
for into in records values; do
  n=$(SPEED_READ="$work/100000.jsonl" SPEED_INTO=$into valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null "$bench" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  printf 'reading 100,000 lines into %-7s %14d instructions\n' "$into:" "$n"
done
