#!/usr/bin/env bash
# Measures herald's start-up time and idle memory:
#   - start-up on an empty data directory (aim: under 50 ms);
#   - start-up with 1,000 partitions, after a clean stop;
#   - start-up after writing 1 GB, after a clean stop and after kill -9
#     right after 64 MB more were acknowledged, which makes the broker
#     recover the logs (aim: under 1 s);
#   - idle resident memory (VmRSS from /proc/PID/status, aim: under 5 MB).
# Start-up time runs from launching the process to the first accepted TCP
# connection on its port. The broker's own startup_ms log field is shown
# below it. Each figure is the median of --runs starts.
#
# usage: bench/startup.sh [--herald PATH] [--gigabytes N] [--runs N]
#                         [--partitions N] [--csv FILE] [--quick]
#   --herald PATH   herald binary (default: build-bench/src/cli/herald)
#   --gigabytes N   data to write before the recovery runs (default 1)
#   --runs N        starts per figure (default 3)
#   --partitions N  partitions of the many-partitions case (default 1000)
#   --csv FILE      also write "metric,value,unit,aim" lines to FILE
#   --quick         10 MB and 100 partitions, one run each
#
# Everything runs on 127.0.0.1 on free ports with data in a temporary
# directory that is removed at exit. NOTE: the written data stays in the
# page cache, so the recovery figures are for a warm cache.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
herald=$root/build-bench/src/cli/herald
gigabytes=1
runs=3
partitions=1000
csv=""
megabytes=""

while [ $# -gt 0 ]; do
    case $1 in
    --herald) herald=$2; shift 2 ;;
    --gigabytes) gigabytes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --partitions) partitions=$2; shift 2 ;;
    --csv) csv=$2; shift 2 ;;
    --quick) megabytes=10; partitions=100; runs=1; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
[ -n "$megabytes" ] || megabytes=$((gigabytes * 1024))
if [ ! -x "$herald" ]; then
    echo "startup.sh: herald binary not found at $herald" \
         "(build it or pass --herald PATH)" >&2
    exit 1
fi

work=$(mktemp -d /tmp/herald-startup.XXXXXX)
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
[ -z "$csv" ] || echo "metric,value,unit,aim" > "$csv"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Microseconds of wall time, read without starting a process (bash 5).
now_us() {
    echo "${EPOCHREALTIME/./}"
}

# start_broker DATA_DIR: starts the broker, waits until it accepts a
# connection and sets $pid, $port and $ready_ms.
start_broker() {
    local data=$1 t0 deadline
    port=$(free_port)
    t0=${EPOCHREALTIME/./}
    "$herald" broker --listen "127.0.0.1:$port" --data "$data" \
        2>>"$work/broker.log" &
    pid=$!
    deadline=$((t0 + 120000000))
    # A redirection on the ':' builtin connects and closes again without
    # forking, so one probe costs about 0.1 ms.
    until : 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$port"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "startup.sh: the broker exited during start-up:" >&2
            tail -5 "$work/broker.log" >&2
            exit 1
        fi
        if [ "$(now_us)" -gt "$deadline" ]; then
            echo "startup.sh: the broker did not listen within 120 s" >&2
            exit 1
        fi
    done
    ready_ms=$(awk -v a="$t0" -v b="${EPOCHREALTIME/./}" \
        'BEGIN { printf "%.1f", (b - a) / 1000 }')
}

stop_broker() {
    kill -"${1:-TERM}" "$pid"
    wait "$pid" 2>/dev/null || true
    pid=""
}

rss_mb() {
    awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# report LABEL VALUE UNIT AIM
report() {
    printf '%-44s %9s %-3s  (aim: %s)\n' "$1" "$2" "$3" "$4"
    [ -z "$csv" ] ||
        printf '"%s",%s,%s,"%s"\n' "$1" "$2" "$3" "$4" >> "$csv"
}

# measure LABEL DATA_DIR STOP_SIGNAL AIM_MS: starts the broker --runs
# times, stopping it with STOP_SIGNAL after each, and reports the median
# start-up time and idle RSS. The first stop happens before any timing, so
# every timed start follows a stop of the given kind.
measure() {
    local label=$1 data=$2 signal=$3 aim=$4 times="" own="" rss="" i
    start_broker "$data"
    stop_broker "$signal"
    for ((i = 0; i < runs; i++)); do
        start_broker "$data"
        times+="$ready_ms"$'\n'
        own+="$(grep -o 'startup_ms=[0-9.]*' "$work/broker.log" |
                tail -1 | cut -d= -f2)"$'\n'
        sleep 1
        rss+="$(rss_mb)"$'\n'
        stop_broker "$signal"
    done
    report "start-up, $label" "$(printf '%s' "$times" | median)" ms \
        "under $aim ms"
    report "startup_ms logged, $label" \
        "$(printf '%s' "$own" | median)" ms "under $aim ms"
    report "idle RSS, $label" "$(printf '%s' "$rss" | median)" MB \
        "under 5 MB"
}

# measure_crash LABEL DATA_DIR: like measure, but before each timed start
# the broker writes 64 MB more with acks=1 and is killed with SIGKILL right
# after the last acknowledgement, so every start recovers a log whose tail
# was never synced or checkpointed.
measure_crash() {
    local label=$1 data=$2 times="" own="" rss="" i
    start_broker "$data"
    for ((i = 0; i < runs; i++)); do
        bench produce --topic full --size 1024 --acks 1 \
            --count $((64 * 1024))
        stop_broker KILL
        start_broker "$data"
        times+="$ready_ms"$'\n'
        own+="$(grep -o 'startup_ms=[0-9.]*' "$work/broker.log" |
                tail -1 | cut -d= -f2)"$'\n'
        sleep 1
        rss+="$(rss_mb)"$'\n'
    done
    stop_broker TERM
    report "start-up, $label" "$(printf '%s' "$times" | median)" ms \
        "under 1000 ms"
    report "startup_ms logged, $label" \
        "$(printf '%s' "$own" | median)" ms "under 1000 ms"
    report "idle RSS, $label" "$(printf '%s' "$rss" | median)" MB \
        "under 5 MB"
}

bench() {
    "$herald" bench "$@" --brokers "127.0.0.1:$port" --json \
        >>"$work/bench.log" 2>&1
}

echo "herald start-up and idle memory ($runs runs each, median)"

mkdir "$work/empty"
measure "empty data directory" "$work/empty" TERM 50

mkdir "$work/parts"
start_broker "$work/parts"
bench produce --topic many --partitions "$partitions" --count 10000 \
    --acks 1
stop_broker TERM
measure "$partitions partitions, clean stop" "$work/parts" TERM 1000

mkdir "$work/full"
start_broker "$work/full"
bench produce --topic full --partitions 4 --size 1024 --acks 1 \
    --count $((megabytes * 1024))
stop_broker TERM
measure "$megabytes MB written, clean stop" "$work/full" TERM 1000
measure_crash "$megabytes MB written, after kill -9" "$work/full"
grep -o 'recovery_ms=[0-9.]* bytes_scanned=[0-9]*' "$work/broker.log" |
    tail -1 | sed 's/^/last recovery logged by the broker: /'
