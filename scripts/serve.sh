#!/usr/bin/env bash
# Builds the app (installing what is missing) and serves it on http://127.0.0.1:8080.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_build_tools
say "trunk serve --release on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --release "$@"
