# Shared helpers for the project's scripts: each `ensure_*` installs one tool if it
# is missing (or has the wrong version) and does nothing when it is already there.
# No tool is downloaded from anywhere but the package registries.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=versions.env
source "$ROOT/scripts/versions.env"

export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export DEBIAN_FRONTEND=noninteractive
# trunk asks crates.io for newer versions on every run unless told not to.
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\n==> %s\n' "$*"; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then return; fi
  say "cargo install trunk $TRUNK_VERSION (about 9 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  local locked
  locked=$(awk '$0=="name = \"wasm-bindgen\""{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")
  if [ "$locked" != "$WASM_BINDGEN_VERSION" ]; then
    echo "Cargo.lock has wasm-bindgen $locked but scripts/versions.env pins $WASM_BINDGEN_VERSION" >&2
    exit 1
  fi
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then return; fi
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  if cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked; then return; fi
  # The published lock of 0.2.130 pins webpki-roots 1.0.11, which the registry does not
  # serve: relock that one crate in a copy of the unpacked source and install from it.
  local src work
  src=$(ls -d "$CARGO_HOME"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n 1)
  work=$(mktemp -d)
  cp -r "$src"/. "$work"
  (cd "$work" && cargo update -p webpki-roots --precise 1.0.10 && cargo install --path . --locked)
  rm -rf "$work"
}

ensure_node_packages() {
  # A stamp of the lockfile that was installed: a changed lockfile reinstalls.
  if cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.installed-lock.json" 2>/dev/null; then return; fi
  say "npm ci (binaryen for wasm-opt, playwright-core for the browser tests)"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
  cp "$ROOT/package-lock.json" "$ROOT/node_modules/.installed-lock.json"
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  say "apt-get install chromium chromium-driver"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_packages
  ensure_trunk
  ensure_wasm_bindgen
  say "cargo fetch --locked (trunk builds offline)"
  (cd "$ROOT" && cargo fetch --locked)
}

ensure_cargo_fuzz() {
  if cargo fuzz --version 2>/dev/null | grep -q "cargo-fuzz $CARGO_FUZZ_VERSION"; then return; fi
  say "cargo install cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
}
