#!/usr/bin/env bash
# The benchmark (not part of the tests): builds the release app and the bare Yew app
# of bench/hello with the same profile and tools, then measures sizes, first result,
# recompute latency and engine throughput against their floors in the same run.
# Writes bench/RESULTS.md and bench/results.json.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_build_tools
ensure_chromium
say "release build of the app"
rm -rf dist
trunk build --release
say "release build of the bare Yew app (bench/hello)"
(cd bench/hello && cargo fetch --locked && rm -rf dist && trunk build --release)
say "measuring"
node bench/run.mjs
