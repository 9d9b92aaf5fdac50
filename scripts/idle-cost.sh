#!/usr/bin/env bash
# What an idle meeting screen costs: run cochair (and, for comparison, the terminal countdown
# termdown from PyPI, installed into a temporary venv if pip can fetch it) in tmux at 120x40,
# wait 5 s, then for 30 s measure CPU time (/proc), bytes sent to the terminal (tmux
# pipe-pane), wakeups (context switches per second) and peak resident memory. Then the same
# meeting with 20 observers joined (`cochair join`): the host's CPU against the host alone
# (target: at most 2x), and one idle joined screen's own figures. Start-up to the first frame
# is measured by `cargo bench --bench speed`.
#
#   scripts/idle-cost.sh [SECONDS]        (default 30)
#
# Needs tmux and python3 (for termdown; without it only cochair is measured).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/cochair
work=$(mktemp -d)
# measure runs in a subshell, so the tmux servers are known by name here, not by a list.
cleanup() {
  for name in cochair termdown host client observers; do
    tmux -L "idle-$$-$name" kill-server 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
tick=$(getconf CLK_TCK)

# launch NAME -- COMMAND...: start COMMAND in its own tmux at 120x40, recording what it sends
# to the terminal, and return once it has drawn.
launch() {
  local name=$1; shift 2
  local sock="idle-$$-$name"
  local raw="$work/$name.raw"
  : > "$raw"
  tmux -L "$sock" -f /dev/null new-session -d -s m -x 120 -y 40 "sleep 0.3; exec $*"
  tmux -L "$sock" pipe-pane -t m -o "cat >> '$raw'"
  while [ ! -s "$raw" ]; do sleep 0.01; done
}

# measure_running NAME: for the running NAME, prints "cpu_ms bytes wakeups_per_s peak_rss_kb"
# over the next $secs seconds.
measure_running() {
  local name=$1
  local sock="idle-$$-$name"
  local raw="$work/$name.raw"
  local pid
  pid=$(tmux -L "$sock" display -p -t m '#{pane_pid}')
  read -r cpu0 ctx0 < <(sample "$pid")
  local bytes0
  bytes0=$(stat -c %s "$raw")
  sleep "$secs"
  read -r cpu1 ctx1 < <(sample "$pid")
  local bytes1
  bytes1=$(stat -c %s "$raw")
  local rss
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "$(( (cpu1 - cpu0) * 1000 / tick )) $(( bytes1 - bytes0 )) $(( (ctx1 - ctx0) / secs )) $rss"
}

# measure NAME KEYS -- COMMAND...: launch, press KEYS, wait 5 s, then measure_running.
measure() {
  local name=$1 keys=$2; shift 2
  launch "$name" "$@"
  [ -n "$keys" ] && tmux -L "idle-$$-$name" send-keys -t m "$keys"
  sleep 5
  measure_running "$name"
}

# sample PID: "cpu_ticks context_switches" (user + system time, voluntary + involuntary)
sample() {
  local stat
  stat=$(cut -d')' -f2- "/proc/$1/stat")
  local utime stime
  utime=$(echo "$stat" | awk '{print $12}')
  stime=$(echo "$stat" | awk '{print $13}')
  local ctx
  ctx=$(awk '/ctxt_switches/ {s += $2} END {print s}' "/proc/$1/status")
  echo "$((utime + stime)) $ctx"
}

line() {
  printf '%-9s cpu %6s ms   sent %7s bytes   %4s wakeups/s   peak RSS %6s KB\n' "$@"
}

echo "Idle for ${secs} s after 5 s, tmux 120x40, $(date -u +%Y-%m-%d)"
read -r c_cpu c_bytes c_wake c_rss < <(
  XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work measure cochair s -- "$bin" agendas/family-council.ron --journal "$work/m.jsonl")
line cochair "$c_cpu" "$c_bytes" "$c_wake" "$c_rss"

if python3 -m venv "$work/venv" >/dev/null 2>&1 && "$work/venv/bin/pip" install --quiet termdown >/dev/null 2>&1; then
  read -r t_cpu t_bytes t_wake t_rss < <(measure termdown "" -- "$work/venv/bin/termdown" 2h)
  line termdown "$t_cpu" "$t_bytes" "$t_wake" "$t_rss"
  awk -v c="$c_cpu" -v t="$t_cpu" -v cb="$c_bytes" -v tb="$t_bytes" 'BEGIN {
    printf "cochair / termdown: cpu %.3f, bytes %.3f\n", (t ? c / t : 0), (tb ? cb / tb : 0) }'
else
  echo "termdown: could not be installed from PyPI here; cochair measured alone"
fi

# The same meeting with 20 observers joined: the host's CPU against the host alone, and one idle
# joined screen's own cost. The screens meet in a runtime folder of this run's own.
observers=20
runtime="$work/run"
journal="$work/shared.jsonl"
launch host -- env XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work" \
  "$bin" agendas/family-council.ron --journal "$journal"
tmux -L "idle-$$-host" send-keys -t m s
sleep 1
join=(env XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$work" "$bin" join --journal "$journal")
launch client -- "${join[@]}"
tmux -L "idle-$$-observers" -f /dev/null new-session -d -s m -x 120 -y 40 "exec ${join[*]}"
for _ in $(seq 2 "$observers"); do
  tmux -L "idle-$$-observers" new-window -t m "exec ${join[*]}"
done
sleep 5
measure_running client > "$work/client.out" &
read -r h_cpu h_bytes h_wake h_rss < <(measure_running host)
wait
read -r j_cpu j_bytes j_wake j_rss < "$work/client.out"
line "host+$observers" "$h_cpu" "$h_bytes" "$h_wake" "$h_rss"
line joined "$j_cpu" "$j_bytes" "$j_wake" "$j_rss"
awk -v h="$h_cpu" -v c="$c_cpu" -v n="$observers" 'BEGIN {
  r = (c ? h / c : 0)
  printf "host with %d observers / host alone: cpu %.2f (target at most 2: %s)\n", n, r, (r <= 2 ? "met" : "MISSED") }'
