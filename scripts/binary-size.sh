#!/usr/bin/env bash
# The release binary's size in the one release profile (the one the benches use), against the
# 3.4 MB target, with its largest sections. With `--crates`, also what each crate adds to the
# code, from a second build that keeps the symbols (needs `cargo install cargo-bloat`).
#
#   scripts/binary-size.sh [--crates]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release --quiet
bin=$target/release/cochair
bytes=$(stat -c %s "$bin")
limit=3400000
verdict=$([ "$bytes" -le "$limit" ] && echo met || echo MISSED)
echo "release binary: $bytes bytes (target at most $limit: $verdict)"
if command -v size >/dev/null; then
  size -A "$bin" | awk '$2 > 30000 && $1 ~ /^\./ {printf "  %-20s %9d bytes\n", $1, $2}'
fi
if [ "${1:-}" = "--crates" ]; then
  # The symbols are needed to name the crates; stripping them does not change the code.
  CARGO_PROFILE_RELEASE_STRIP=false cargo bloat --release --bin cochair --crates -n 30
fi
