#!/usr/bin/env bash
# What the members' page costs the host, with the release binary:
#  1. idle: a running meeting served with --members, in tmux at 120x40; its CPU time and
#     resident memory over SECONDS alone, then over SECONDS more with 100 pages open (each a
#     live stream on loopback, as a phone keeps it). Targets: at most 2x the CPU of the host
#     alone, at most +20 MB of memory.
#  2. the release binary's size, and with BASE=<commit> the size of that commit's build (in a
#     temporary worktree) and the difference. Target: the page adds at most 1 MB.
# How fast a change reaches 100 pages is `cargo bench --bench members` (target p99 <= 250 ms).
#
#   scripts/members-bench.sh [SECONDS]        (default 300: five minutes each)
#   BASE=237e9d0 scripts/members-bench.sh 60
#
# Needs tmux and curl. Only loopback is used.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
pages=${PAGES:-100}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/cochair
work=$(mktemp -d)
sock="members-bench-$$"
curls=()
cleanup() {
  for pid in "${curls[@]}"; do kill "$pid" 2>/dev/null || true; done
  tmux -L "$sock" kill-server 2>/dev/null || true
  [ -n "${base_tree:-}" ] && git worktree remove --force "$base_tree" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
tick=$(getconf CLK_TCK)

# cpu PID: user + system time in clock ticks.
cpu() { cut -d')' -f2- "/proc/$1/stat" | awk '{print $12 + $13}'; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

tmux -L "$sock" -f /dev/null new-session -d -s m -x 120 -y 40 \
  "exec env XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work XDG_RUNTIME_DIR=$work/run $bin agendas/family-council.ron --journal $work/m.jsonl --members 127.0.0.1:0"
pid=""
for _ in $(seq 100); do
  pid=$(tmux -L "$sock" display -p -t m '#{pane_pid}')
  url=$(tmux -L "$sock" capture-pane -p -t m | grep -o 'http://127\.0\.0\.1:[0-9]*/m/[a-z2-7]*' || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the host never showed its page's address" >&2; exit 1; }
for key in r A Escape s; do tmux -L "$sock" send-keys -t m "$key"; sleep 0.3; done
sleep 5

echo "Members' page, idle for ${secs} s each, $(date -u +%Y-%m-%d), $(nproc) cores"
c0=$(cpu "$pid"); r0=$(rss "$pid")
sleep "$secs"
c1=$(cpu "$pid"); r1=$(rss "$pid")
alone=$(( (c1 - c0) * 1000 / tick ))
printf 'host alone          cpu %6s ms   RSS %7s KB\n' "$alone" "$r1"

for _ in $(seq "$pages"); do
  curl -sN "$url/events" > /dev/null 2>&1 &
  curls+=("$!")
done
sleep 5
c2=$(cpu "$pid")
sleep "$secs"
c3=$(cpu "$pid"); r3=$(rss "$pid")
open=$(( (c3 - c2) * 1000 / tick ))
printf 'host + %3s pages    cpu %6s ms   RSS %7s KB\n' "$pages" "$open" "$r3"
awk -v a="$alone" -v o="$open" -v r0="$r1" -v r1="$r3" -v n="$pages" 'BEGIN {
  ratio = (a ? o / a : 0); grew = (r1 - r0) / 1024
  printf "with %d pages / alone: cpu %.2f (target at most 2: %s); memory %+.1f MB (target at most +20: %s)\n",
    n, ratio, (ratio <= 2 ? "met" : "MISSED"), grew, (grew <= 20 ? "met" : "MISSED") }'

size=$(stat -c %s "$bin")
printf 'release binary      %s bytes\n' "$size"
if [ -n "${BASE:-}" ]; then
  base_tree="$work/base"
  git worktree add --quiet --detach "$base_tree" "$BASE"
  (cd "$base_tree" && CARGO_TARGET_DIR="$work/base-target" cargo build --release --quiet --locked)
  base_size=$(stat -c %s "$work/base-target/release/cochair")
  printf 'release binary at %s  %s bytes: the page adds %s bytes (target at most 1 MB: %s)\n' \
    "$BASE" "$base_size" "$(( size - base_size ))" \
    "$( [ $(( size - base_size )) -le 1048576 ] && echo met || echo MISSED )"
fi
