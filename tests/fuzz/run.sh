#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs
# fuzz_request for SECONDS seconds (default 60). New inputs go to
# build-fuzz/corpus/request, crashes to build-fuzz/artifacts/; the committed
# seeds in tests/fuzz/corpus/request are read but never modified.
#
# Usage: tests/fuzz/run.sh [SECONDS]
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"

CC=clang cmake -S "$root" -B "$build" -DHERALD_FUZZ=ON -DHERALD_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_request -j"$(nproc)"

mkdir -p "$build/corpus/request" "$build/artifacts"
"$build/tests/fuzz/fuzz_request" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" \
    "$build/corpus/request" "$root/tests/fuzz/corpus/request"
