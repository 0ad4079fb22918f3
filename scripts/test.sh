#!/usr/bin/env bash
# Runs every test (installing what is missing): the rules and CLI on the host, the
# app's reducer on the host, a component test in headless Chromium, then the
# end-to-end suite against the release build. Screenshots land in test-results/.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_build_tools
ensure_chromium

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120
export CHROME=/usr/bin/chromium

say "host tests: core rules, parameter data, CLI, app state"
cargo test --workspace --locked

say "component test in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web

say "release build (trunk, offline)"
rm -rf dist
trunk build --release

say "end-to-end tests in headless Chromium (playwright-core)"
node --test --test-timeout=120000 tests/e2e/
