#!/usr/bin/env bash
# Fuzzes every boundary parser with libFuzzer (cargo-fuzz), each for FUZZ_SECONDS
# (default 30), starting from the seeds in fuzz/seeds/. Prints a table of executions;
# with --record, also writes it to fuzz/RESULTS.md. A crash fails the script and leaves
# the input in fuzz/artifacts/.
source "$(dirname "$0")/lib.sh"
cd "$ROOT/fuzz"
ensure_cargo_fuzz
seconds="${FUZZ_SECONDS:-30}"
# libFuzzer instrumentation needs unstable rustc flags; the sanitizer stays off (-s none)
# because the parsers are safe Rust: what is checked is panics, hangs and memory growth.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$ROOT/fuzz/target"
say "cargo fuzz build"
cargo fuzz build -s none

rows=()
for target in $(cargo fuzz list); do
  say "fuzzing $target for ${seconds}s"
  corpus=$(mktemp -d)
  log=$(mktemp)
  if ! cargo fuzz run "$target" -s none "$corpus" "seeds/$target" -- \
      -max_total_time="$seconds" -max_len=8192 -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz target $target failed" >&2
    exit 1
  fi
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+')
  rows+=("| \`$target\` | $seconds s | $runs | 0 |")
  rm -rf "$corpus" "$log"
done

table=$(printf '| target | time | executions | findings |\n|---|---|---|---|\n'; printf '%s\n' "${rows[@]}")
printf '\n%s\n' "$table"
printf '\nfuzzing: %d passed, 0 failed\n' "${#rows[@]}"
if [ "${1:-}" = "--record" ]; then
  {
    echo "# Fuzzing results"
    echo
    echo "Recorded by \`scripts/fuzz.sh --record\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(rustc --version), cargo-fuzz $CARGO_FUZZ_VERSION, libFuzzer without sanitizer)."
    echo "Each target started from \`fuzz/seeds/\`; inputs up to 8 KiB, 5 s per input, 1 GiB memory."
    echo
    echo "$table"
  } > "$ROOT/fuzz/RESULTS.md"
  say "written to fuzz/RESULTS.md"
fi
