"""herald produce and herald consume, plain and as CloudEvents.

Plain: 1000 `key<TAB>value` lines go to a 4-partition topic with
--key-field 1 and two --header flags, and `consume --json` must return each
line once with its key, both headers and a timestamp, with offsets running
0, 1, 2, ... per partition and every key in one partition. A value that is
not UTF-8 comes back as value_base64. consume --group commits what it
wrote, so a second run in the same group starts after it.

CloudEvents: lines produced with --cloudevents must carry the ce_ headers
that kcat prints with -f '%h', and `consume --cloudevents` must decode them.
Structured JSON events (--format json) must round trip in both content
modes.

With --progress, produce prints a count on stderr every second of a slow
input. Messages to a topic that does not exist fail with exit status 1 and
their count, invalid input lines are counted the same way, and bad flags
exit with status 2. A record over librdkafka's default size limit but
under the broker's is stored, a failure to reach the broker names the cause,
and consume ends after its topic is deleted.
"""

import base64
import collections
import json
import os
import select
import shutil
import subprocess
import time
import unittest

from cli import describe, fails, harness, herald, json_lines, ok

PARTITIONS = 4
MESSAGES = 1000
HEADERS = [("source", "cli-test"), ("trace", "7f3a9c")]


def read_line(pipe, seconds):
    """Read one line from a pipe, failing after `seconds` without one."""
    deadline = time.monotonic() + seconds
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([pipe], [], [], max(left, 0))
        if not ready:
            raise AssertionError(f"timed out after {seconds} s waiting for "
                                 f"a line, got {line!r}")
        byte = os.read(pipe.fileno(), 1)
        if not byte:
            raise AssertionError(f"pipe closed after {line!r}")
        line += byte
    return line


class ProduceConsumeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.broker = harness.Broker({"auto.create.topics.enable": "false"})
        cls.broker.start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.broker.stop()
        finally:
            cls.broker.close()

    def run_herald(self, *args, **kwargs):
        return herald(self.broker, *args, **kwargs)

    def create(self, topic, partitions=1):
        ok(self.run_herald("topics", "create", topic, "--partitions",
                           str(partitions)))

    def consume_json(self, topic, count, *extra):
        return json_lines(self.run_herald(
            "consume", topic, "--from-beginning", "--json", "--count",
            str(count), "--timeout-ms", "10000", *extra))

    def test_lines_round_trip(self):
        topic = "cli.lines"
        self.create(topic, PARTITIONS)
        lines = [(f"user-{i % 37:02d}", f"value {i} \u00e9\u4e2d")
                 for i in range(MESSAGES)]
        data = "".join(f"{k}\t{v}\n" for k, v in lines).encode()
        args = ["produce", topic, "--key-field", "1"]
        for name, value in HEADERS:
            args += ["--header", f"{name}={value}"]
        ok(self.run_herald(*args, stdin=data))

        records = self.consume_json(topic, MESSAGES)
        self.assertEqual(len(records), MESSAGES)
        got = collections.Counter()
        offsets = collections.defaultdict(list)
        key_partition = {}
        for r in records:
            self.assertEqual(r["topic"], topic)
            self.assertEqual(r["timestamp_type"], "create_time")
            self.assertIsInstance(r["timestamp"], int)
            headers = tuple((h["key"], h["value"]) for h in r["headers"])
            got[(r["key"], r["value"], headers)] += 1
            offsets[r["partition"]].append(r["offset"])
            self.assertEqual(key_partition.setdefault(r["key"],
                                                      r["partition"]),
                             r["partition"], f"key {r['key']} moved")
        want = collections.Counter((k, f"{k}\t{v}", tuple(HEADERS))
                                   for k, v in lines)
        self.assertEqual(got, want)
        for partition, seen in offsets.items():
            self.assertEqual(sorted(seen), list(range(len(seen))),
                             f"partition {partition} offsets")

        # Without --json each value is one line.
        plain = ok(self.run_herald("consume", topic, "--from-beginning",
                                   "--count", str(MESSAGES),
                                   "--timeout-ms", "10000"))
        self.assertEqual(collections.Counter(plain.splitlines()),
                         collections.Counter(f"{k}\t{v}" for k, v in lines))

    def test_binary_value_and_fixed_key(self):
        topic = "cli.bytes"
        self.create(topic)
        ok(self.run_herald("produce", topic, "--key", "fixed",
                           stdin=b"ok\n\xff\xfe raw\n\n"))
        records = self.consume_json(topic, 3)
        self.assertEqual([r["key"] for r in records], ["fixed"] * 3)
        self.assertEqual(records[0]["value"], "ok")
        self.assertIsNone(records[1]["value"])
        self.assertEqual(base64.b64decode(records[1]["value_base64"]),
                         b"\xff\xfe raw")
        self.assertEqual(records[2]["value"], "")
        self.assertEqual(records[0]["headers"], [])

    def test_group_commits_what_it_wrote(self):
        topic = "cli.group"
        self.create(topic, 2)
        ok(self.run_herald("produce", topic,
                           stdin="".join(f"m{i}\n" for i in range(10))
                           .encode()))
        first = ok(self.run_herald("consume", topic, "--group", "cli-g",
                                   "--from-beginning", "--count", "6",
                                   "--timeout-ms", "10000"))
        rest = ok(self.run_herald("consume", topic, "--group", "cli-g",
                                  "--from-beginning", "--timeout-ms",
                                  "3000"))
        self.assertEqual(len(first.splitlines()), 6)
        self.assertEqual(len(rest.splitlines()), 4)
        self.assertEqual(sorted(first.splitlines() + rest.splitlines()),
                         sorted(f"m{i}" for i in range(10)))

    def test_consume_starts_at_end_by_default(self):
        topic = "cli.tail"
        self.create(topic)
        ok(self.run_herald("produce", topic, stdin=b"old\n"))
        result = self.run_herald("consume", topic, "--timeout-ms", "1500")
        self.assertEqual(ok(result), "")
        result = self.run_herald("consume", topic, "--count", "1",
                                 "--timeout-ms", "1000")
        fails(result, 1, "timed out", "0 of 1")

    def test_cloudevents_headers(self):
        kcat = shutil.which("kcat")
        if kcat is None:
            self.skipTest("kcat is not installed")
        topic = "cli.events"
        self.create(topic)
        ok(self.run_herald("produce", topic, "--cloudevents", "--type",
                           "order.created", "--source", "/cli/test",
                           "--subject", "order-7", "--key", "order-7",
                           "--header", "trace=abc",
                           stdin=b"first\nsecond\n"))
        out = subprocess.run(
            [kcat, "-b", self.broker.bootstrap, "-C", "-t", topic, "-e",
             "-q", "-f", "%k|%s|%h\n"], capture_output=True, timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        rows = out.stdout.decode().splitlines()
        self.assertEqual(len(rows), 2, rows)
        ids = set()
        for row, data in zip(rows, ["first", "second"]):
            key, value, headers = row.split("|")
            self.assertEqual(key, "order-7")
            self.assertEqual(value, data)
            h = dict(pair.split("=", 1) for pair in headers.split(","))
            self.assertEqual(h["ce_specversion"], "1.0")
            self.assertEqual(h["ce_type"], "order.created")
            self.assertEqual(h["ce_source"], "/cli/test")
            self.assertEqual(h["ce_subject"], "order-7")
            self.assertEqual(h["ce_partitionkey"], "order-7")
            self.assertEqual(h["content-type"], "text/plain")
            self.assertEqual(h["trace"], "abc")
            self.assertRegex(h["ce_time"], r"^\d{4}-\d\d-\d\dT")
            ids.add(h["ce_id"])
        self.assertEqual(len(ids), 2, "each event needs its own id")

        events = json_lines(self.run_herald(
            "consume", topic, "--from-beginning", "--cloudevents",
            "--count", "2", "--timeout-ms", "10000"))
        self.assertEqual({e["id"] for e in events}, ids)
        for event, data in zip(events, ["first", "second"]):
            self.assertEqual(event["type"], "order.created")
            self.assertEqual(event["subject"], "order-7")
            self.assertEqual(base64.b64decode(event["data_base64"]),
                             data.encode())

    def test_structured_json_round_trip(self):
        for mode in ("binary", "structured"):
            with self.subTest(mode=mode):
                topic = f"cli.json.{mode}"
                self.create(topic)
                sent = [{"specversion": "1.0", "id": f"ev-{i}",
                         "source": "/cli", "type": "payment.received",
                         "time": "2026-01-02T03:04:05.678Z",
                         "datacontenttype": "application/json",
                         "data": {"amount": i, "currency": "EUR"}}
                        for i in range(5)]
                data = "".join(json.dumps(e) + "\n" for e in sent).encode()
                ok(self.run_herald("produce", topic, "--format", "json",
                                   "--mode", mode, stdin=data))
                got = json_lines(self.run_herald(
                    "consume", topic, "--from-beginning", "--cloudevents",
                    "--count", "5", "--timeout-ms", "10000"))
                self.assertEqual(got, sent)

    def test_consume_rejects_non_events(self):
        topic = "cli.not.events"
        self.create(topic)
        ok(self.run_herald("produce", topic, stdin=b"plain\n"))
        result = self.run_herald("consume", topic, "--from-beginning",
                                 "--cloudevents", "--count", "1",
                                 "--timeout-ms", "10000")
        fails(result, 1, "offset 0 is not a valid CloudEvent",
              "1 of 1 messages", one_line=False)

    def produce_slowly(self, topic, *flags):
        """Produce 6 lines over about 3 s and return stderr as text."""
        cmd = [harness.herald_bin(), "produce", topic, "--brokers",
               self.broker.bootstrap, *flags]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        for i in range(6):
            proc.stdin.write(f"slow {i}\n".encode())
            proc.stdin.flush()
            time.sleep(0.5)
        proc.stdin.close()
        err = proc.stderr.read().decode()
        self.assertEqual(proc.wait(30), 0, err)
        return err

    def test_progress_lines(self):
        topic = "cli.progress"
        self.create(topic)
        progress = [line for line in
                    self.produce_slowly(topic, "--progress").splitlines()
                    if "lines read" in line]
        # One line a second while reading, plus the final count.
        self.assertGreaterEqual(len(progress), 3, progress)
        self.assertEqual(progress[-1],
                         "herald produce: 6 lines read, 6 delivered, "
                         "0 failed")
        # stderr is a pipe here, so there is no progress without the flag.
        self.assertEqual(self.produce_slowly(topic), "")

    def test_missing_topic_counts_failures(self):
        result = self.run_herald("produce", "cli.absent", "--timeout-ms",
                                 "3000", stdin=b"a\nb\nc\n")
        fails(result, 1, "3 of 3 messages failed", "'cli.absent'")

    def test_record_over_client_default_size(self):
        # librdkafka's own limit is 1,000,000 bytes and the broker's is
        # 1,048,588, so this value must reach the broker and be stored.
        topic = "cli.large"
        self.create(topic)
        value = b"v" * 1_040_000
        ok(self.run_herald("produce", topic, stdin=value + b"\n"))
        records = self.consume_json(topic, 1)
        self.assertEqual(len(records), 1)
        self.assertEqual(len(records[0]["value"]), len(value))

    def test_unreachable_broker_names_cause(self):
        result = subprocess.run(
            [harness.herald_bin(), "produce", "cli.nowhere", "--brokers",
             "127.0.0.1:1", "--timeout-ms", "1000"],
            input=b"a\n", capture_output=True, timeout=60)
        fails(result, 1, "1 of 1 messages failed", "_MSG_TIMED_OUT",
              "last client log:", "Connection refused")

    def test_invalid_lines_counted(self):
        topic = "cli.invalid"
        self.create(topic)
        result = self.run_herald("produce", topic, "--key-field", "2",
                                 stdin=b"a\tb\nno-tab\nc\td\n")
        fails(result, 1, "line 2", "1 of 3 messages failed", one_line=False)
        result = self.run_herald("produce", topic, "--format", "json",
                                 stdin=b'{"id": "x"}\n')
        fails(result, 1, "invalid CloudEvent", one_line=False)
        records = self.consume_json(topic, 2)
        self.assertEqual([r["key"] for r in records], ["b", "d"])

    def test_consume_pipe_gets_each_message(self):
        # A pipe gets each message as it arrives, not when a buffer fills,
        # and when its reader goes away (as with head -1) the command ends.
        topic = "cli.pipe"
        self.create(topic)
        ok(self.run_herald("produce", topic, stdin=b"first\n"))
        proc = subprocess.Popen(
            [harness.herald_bin(), "consume", topic, "--from-beginning",
             "--brokers", self.broker.bootstrap],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            self.assertEqual(read_line(proc.stdout, 15), b"first\n")
            ok(self.run_herald("produce", topic, stdin=b"second\n"))
            self.assertEqual(read_line(proc.stdout, 15), b"second\n")
            proc.stdout.close()
            ok(self.run_herald("produce", topic, stdin=b"third\n"))
            proc.wait(timeout=15)
            self.assertNotEqual(proc.returncode, 0)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    def test_consume_ends_after_topic_deleted(self):
        # librdkafka 2.0 can hang in its shutdown once the topic it read is
        # deleted, and the command must still end, through its own timeout
        # if need be.
        topic = "cli.deleted"
        self.create(topic)
        ok(self.run_herald("produce", topic, stdin=b"1\n2\n3\n"))
        for group in ([], ["--group", "cli.deleted.g"]):
            with self.subTest(group=group):
                cmd = [harness.herald_bin(), "consume", topic,
                       "--from-beginning", "--timeout-ms", "2000",
                       "--brokers", self.broker.bootstrap, *group]
                proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
                time.sleep(1)
                ok(self.run_herald("topics", "delete", topic))
                try:
                    out, err = proc.communicate(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.communicate()
                    self.fail("herald consume did not end within 30 s of "
                              "its topic's deletion")
                self.assertEqual(out, b"1\n2\n3\n")
                if proc.returncode != 0:
                    self.assertEqual(proc.returncode, 1)
                    self.assertIn(b"did not shut down within 10 s", err)
                self.create(topic)
                ok(self.run_herald("produce", topic,
                                   stdin=b"1\n2\n3\n"))

    def test_consume_missing_topic(self):
        result = self.run_herald("consume", "cli.absent", "--timeout-ms",
                                 "1000")
        fails(result, 1, "UNKNOWN_TOPIC_OR_PART", "'cli.absent'")

    def test_usage_errors(self):
        cases = [
            ("produce",),
            ("produce", "t", "extra"),
            ("produce", "t", "--acks", "2"),
            ("produce", "t", "--key", "k", "--key-field", "1"),
            ("produce", "t", "--header", "no-equals"),
            ("produce", "t", "--cloudevents", "--type", "x"),
            ("produce", "t", "--type", "x", "--source", "y"),
            ("produce", "t", "--format", "json", "--type", "x"),
            ("produce", "t", "--mode", "structured"),
            ("produce", "t", "--format", "xml"),
            ("consume",),
            ("consume", "t", "--json", "--cloudevents"),
            ("consume", "t", "--count", "0"),
            ("consume", "t", "--no-such-flag"),
        ]
        for args in cases:
            with self.subTest(args=args):
                result = self.run_herald(*args, stdin=b"")
                self.assertEqual(result.returncode, 2, describe(result))


if __name__ == "__main__":
    raise SystemExit(harness.run_unittest())
