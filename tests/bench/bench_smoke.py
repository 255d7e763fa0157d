"""Smoke test of `herald bench` against a broker of its own.

Produces 20,000 records of 100 bytes to a new 4-partition topic with
`herald bench produce`, spread over every partition, and reads them back
with `herald bench consume` with 1, 2 and 3 consumers. Each consumer counts
only records below its partitions' end offsets, so a partition read by two
consumers gives more records than were sent and a partition read by none
gives fewer. It then runs a 2-second `herald bench e2e` at 500 records/s,
with one consumer and with two. For each run it checks that the exit
status is 0, that stdout is one JSON object, that the record count is what
was sent, and that records/s is above zero. A produce at 100 records/s
must report a median acknowledgement latency under half the 10 ms between
sends, which fails when delivery reports wait for the next send. Then it
checks that usage errors, bad librdkafka settings among them, exit with
status 2, and that reading a missing topic exits with status 1. Last, a
produce run whose broker is killed must exit with status 1 within 20 s,
and a produce to a missing topic that the broker does not create must
fail without waiting for its records to time out.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "clients"))
import harness  # noqa: E402

RECORDS = 20_000


def bench(broker, *args):
    cmd = [harness.herald_bin(), "bench", *args, "--brokers",
           broker.bootstrap, "--json"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def end_offsets(broker, topic):
    cmd = [harness.herald_bin(), "topics", "describe", topic, "--brokers",
           broker.bootstrap, "--json"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, \
        f"topics describe {topic}: exit status {result.returncode}, " \
        f"stderr:\n{result.stderr}"
    return [p["log_end_offset"] for p in json.loads(result.stdout)
            ["partitions"]]


def summary(result, run_name):
    if result.returncode != 0:
        raise AssertionError(f"{run_name}: exit status {result.returncode}, "
                             f"stderr:\n{result.stderr}")
    try:
        return json.loads(result.stdout)
    except ValueError as e:
        raise AssertionError(f"{run_name}: stdout is not JSON ({e}): "
                             f"{result.stdout!r}")


def check_run(doc, run_name, mode, records):
    assert doc["mode"] == mode, f"{run_name}: mode {doc['mode']!r}"
    assert doc["records"] == records, \
        f"{run_name}: {doc['records']} records, expected {records}"
    assert doc["errors"] == 0, f"{run_name}: {doc['errors']} errors"
    assert doc["records_per_sec"] > 0, f"{run_name}: records/s is not positive"
    assert doc["mb_per_sec"] > 0, f"{run_name}: MB/s is not positive"
    # Creating a librdkafka client alone takes CPU time, so a run that
    # reports none did not measure it.
    assert doc["client_cpu_seconds"] > 0, \
        f"{run_name}: client CPU {doc['client_cpu_seconds']} s"
    # Each run reports the settings of the side it measured.
    assert ("consumers" in doc) == (mode != "produce"), \
        f"{run_name}: consumers field in {sorted(doc)}"
    assert ("producers" in doc) == (mode != "consume"), \
        f"{run_name}: producers field in {sorted(doc)}"


def main():
    with harness.Broker() as broker:
        # With sticky.partitioning.linger.ms=0, librdkafka picks a random
        # partition for each keyless record, so every partition gets some.
        produced = summary(bench(broker, "produce", "--topic", "smoke",
                                 "--partitions", "4", "--count",
                                 str(RECORDS), "--size", "100", "-X",
                                 "sticky.partitioning.linger.ms=0"),
                           "produce")
        check_run(produced, "produce", "produce", RECORDS)
        latency = produced["latency_ms"]
        assert 0 < latency["p50"] <= latency["p99"] <= latency["max"], \
            f"produce: latency quantiles out of order: {latency}"
        ends = end_offsets(broker, "smoke")
        assert len(ends) == 4, f"smoke has {len(ends)} partitions"
        assert all(end > 0 for end in ends), \
            f"a partition of smoke is empty: end offsets {ends}"
        assert sum(ends) == RECORDS, f"end offsets {ends} do not sum up"

        for consumers in [1, 2, 3]:
            run_name = f"consume with {consumers} consumers"
            consumed = summary(bench(broker, "consume", "--topic", "smoke",
                                     "--consumers", str(consumers)), run_name)
            check_run(consumed, run_name, "consume", RECORDS)
        limited = summary(bench(broker, "consume", "--topic", "smoke",
                                "--consumers", "2", "--count", "5000"),
                          "consume --count 5000")
        check_run(limited, "consume --count 5000", "consume", 5000)

        # librdkafka takes linger.ms in fractions of a ms. The run with 2
        # consumers leaves it to e2e's default of 0.
        for consumers, linger in [(1, ["--linger-ms", "0.5"]), (2, [])]:
            run_name = f"e2e with {consumers} consumers"
            e2e = summary(bench(broker, "e2e", "--topic",
                                f"smoke-e2e-{consumers}", "--partitions",
                                "4", "--consumers", str(consumers),
                                "--duration", "2", "--rate", "500",
                                *linger), run_name)
            assert e2e["records"] >= 900, \
                f"{run_name}: only {e2e['records']} records"
            check_run(e2e, run_name, "e2e", e2e["records"])
            assert e2e["latency_ms"]["max"] > 0, f"{run_name}: no latency"
        # librdkafka's own linger.ms of 5 made the median 3.9 ms at 500
        # records/s, against 0.4 ms with 0.
        assert e2e["latency_ms"]["p50"] < 2.5, \
            f"e2e: median latency {e2e['latency_ms']['p50']} ms, " \
            f"expected under 2.5 ms with no linger"

        paced = summary(bench(broker, "produce", "--topic", "smoke-paced",
                              "--count", "200", "--rate", "100", "--acks",
                              "1", "--linger-ms", "0"), "produce --rate 100")
        check_run(paced, "produce --rate 100", "produce", 200)
        assert paced["latency_ms"]["p50"] < 5, \
            f"produce --rate 100: median latency " \
            f"{paced['latency_ms']['p50']} ms, expected under 5 ms"

        usage_errors = [["--acks", "2"], ["-X", "no.such.property=1"],
                        ["-X", "noequals"], ["--compression", "brotli"],
                        ["-X", "acks=0"], ["-X", "compression.type=zstd"],
                        ["--linger-ms", "-1"], ["--linger-ms", "1ms"],
                        ["--linger-ms", "10", "-X", "message.timeout.ms=5"],
                        ["-X", "delivery.timeout.ms=5"],
                        ["-X", "message.timeout.ms=5.5"]]
        for args in usage_errors:
            usage = bench(broker, "produce", "--count", "10", *args)
            assert usage.returncode == 2, \
                f"{' '.join(args)}: exit status {usage.returncode}, " \
                f"expected 2"
        # librdkafka wants message.timeout.ms above linger.ms, and the
        # bench's own 30 s default moves out of the way of a long linger.
        long_linger = bench(broker, "produce", "--topic", "smoke-linger",
                            "--count", "10", "--linger-ms", "40000")
        assert long_linger.returncode == 0, \
            f"--linger-ms 40000: exit status {long_linger.returncode}\n" \
            f"{long_linger.stderr}"
        # The last -X for a key counts, as in librdkafka.
        overridden = bench(broker, "produce", "--topic", "smoke-linger",
                           "--count", "10", "-X", "message.timeout.ms=5",
                           "-X", "delivery.timeout.ms=60000")
        assert overridden.returncode == 0, \
            f"-X message.timeout.ms given twice: exit status " \
            f"{overridden.returncode}\n{overridden.stderr}"
        missing = bench(broker, "consume", "--topic", "no-such-topic",
                        "--timeout", "2")
        assert missing.returncode == 1, \
            f"missing topic: exit status {missing.returncode}, expected 1"

    check_stops_when_broker_dies()
    check_missing_topic_fails_fast()
    print("bench smoke: produce, consume with 1 to 3 consumers, e2e, exit "
          "codes and a stopped broker ok")


def check_stops_when_broker_dies():
    """A producer whose broker is gone must give up soon after its first
    failed delivery. Queuing on would take one record timeout (2 s here)
    per 100,000 records that fit in librdkafka's queue: minutes for the
    rest of this run."""
    with harness.Broker() as broker:
        cmd = [harness.herald_bin(), "bench", "produce", "--topic", "gone",
               "--count", "20000000", "--brokers", broker.bootstrap,
               "-X", "message.timeout.ms=2000"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        wait_for_progress(proc)
        broker.kill()
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise AssertionError("produce still running 20 s after the "
                                 "broker was killed")
    assert proc.returncode == 1, \
        f"broker killed: exit status {proc.returncode}, expected 1"
    assert "records not sent" in err, \
        f"broker killed: no count of unsent records in stderr:\n{err}"


def check_missing_topic_fails_fast():
    """Without auto-creation, a produce to a missing topic must fail at
    once, not when its records time out."""
    with harness.Broker({"auto.create.topics.enable": "false"}) as broker:
        result = bench(broker, "produce", "--topic", "missing", "--count",
                       "10", "-X", "message.timeout.ms=20000")
    assert result.returncode == 1, \
        f"missing topic: exit status {result.returncode}, expected 1"
    assert "not found" in result.stderr, \
        f"missing topic: stderr does not say so:\n{result.stderr}"


def wait_for_progress(proc):
    """Wait for the first progress line, so the producer is sending."""
    for line in proc.stderr:
        if " sent " in line:
            return
    raise AssertionError("produce ended before its first progress line")


if __name__ == "__main__":
    main()
