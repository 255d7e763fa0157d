#!/usr/bin/env bash
# Install what is missing, build herald (optimised, no sanitizers) into
# ./build and run the broker in the foreground on 127.0.0.1:9092 with its
# data in ./data. Extra arguments go to `herald broker`, e.g.
#   scripts/run.sh --set num.partitions=4
# Stop it with Ctrl-C (SIGINT) or SIGTERM; both shut down cleanly.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)" \
    --target herald >/dev/null
exec "$build/src/cli/herald" broker --listen 127.0.0.1:9092 --data ./data "$@"
