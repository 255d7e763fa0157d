"""herald topics: create, list, describe and delete, and their errors.

A topic is created with 3 partitions and a retention.ms setting, shows up
in `list --json`, and `describe --json` reports each partition's leader and
log offsets (moved by 5 produced messages) and the setting with its source.
Deleting it removes it from the list.

Creating an existing topic, deleting or describing a missing one and an
unreachable broker exit with status 1 and one line that names the topic and
the Kafka error. Bad flags and arguments exit with status 2.
"""

import unittest

from cli import describe, fails, harness, herald, json_output, ok

TOPIC = "cli.orders"


class TopicsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.broker = harness.Broker()
        cls.broker.start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.broker.stop()
        finally:
            cls.broker.close()

    def run_herald(self, *args, **kwargs):
        return herald(self.broker, *args, **kwargs)

    def listed(self):
        doc = json_output(self.run_herald("topics", "list", "--json"))
        self.assertIsInstance(doc, list)
        return {t["name"]: t["partitions"] for t in doc}

    def test_round_trip(self):
        ok(self.run_herald("topics", "create", TOPIC, "--partitions", "3",
                           "--config", "retention.ms=3600000"))
        self.assertEqual(self.listed().get(TOPIC), 3)
        self.assertIn(TOPIC, ok(self.run_herald("topics", "list")))

        lines = "".join(f"m{i}\n" for i in range(5)).encode()
        ok(self.run_herald("produce", TOPIC, "--key", "one-key",
                           stdin=lines))
        doc = json_output(self.run_herald("topics", "describe", TOPIC,
                                          "--json"))
        self.assertEqual(doc["name"], TOPIC)
        parts = doc["partitions"]
        self.assertEqual([p["partition"] for p in parts], [0, 1, 2])
        for p in parts:
            self.assertEqual(p["leader"], 0, p)
            self.assertEqual(p["replicas"], [0], p)
            self.assertEqual(p["isr"], [0], p)
            self.assertEqual(p["log_start_offset"], 0, p)
        # One key sends all 5 messages to one partition.
        ends = sorted(p["log_end_offset"] for p in parts)
        self.assertEqual(ends, [0, 0, 5])

        configs = {c["name"]: c for c in doc["configs"]}
        self.assertEqual(configs["retention.ms"]["value"], "3600000")
        self.assertEqual(configs["retention.ms"]["source"],
                         "DYNAMIC_TOPIC_CONFIG")
        self.assertEqual(configs["cleanup.policy"]["source"],
                         "DEFAULT_CONFIG")

        text = ok(self.run_herald("topics", "describe", TOPIC))
        self.assertIn("retention.ms", text)
        self.assertIn("LOG_END", text)

        ok(self.run_herald("topics", "delete", TOPIC))
        self.assertNotIn(TOPIC, self.listed())

    def test_broker_default_partitions(self):
        ok(self.run_herald("topics", "create", "cli.default"))
        self.assertEqual(self.listed().get("cli.default"), 1)
        ok(self.run_herald("topics", "delete", "cli.default"))

    def test_create_existing(self):
        ok(self.run_herald("topics", "create", "cli.twice"))
        result = self.run_herald("topics", "create", "cli.twice")
        fails(result, 1, "TOPIC_ALREADY_EXISTS", "'cli.twice'")

    def test_delete_missing(self):
        result = self.run_herald("topics", "delete", "cli.missing")
        fails(result, 1, "UNKNOWN_TOPIC_OR_PART", "'cli.missing'")

    def test_delete_reports_each_missing(self):
        ok(self.run_herald("topics", "create", "cli.present"))
        result = self.run_herald("topics", "delete", "cli.present",
                                 "cli.absent")
        fails(result, 1, "delete topic 'cli.absent'")
        self.assertNotIn("cli.present", result.stderr.decode())
        self.assertNotIn("cli.present", self.listed())

    def test_describe_missing(self):
        result = self.run_herald("topics", "describe", "cli.missing")
        fails(result, 1, "UNKNOWN_TOPIC_OR_PART", "'cli.missing'")
        # A metadata lookup must not create the topic.
        self.assertNotIn("cli.missing", self.listed())

    def test_usage_errors(self):
        cases = [
            ("topics", "--bad-flag", "list"),
            ("topics",),
            ("topics", "rename", "x"),
            ("topics", "create"),
            ("topics", "describe", "a", "b"),
            ("topics", "list", "--partitions", "3"),
            ("topics", "create", "x", "--partitions", "0"),
            ("topics", "create", "x", "--config", "no-equals-sign"),
            ("topics", "delete", "x", "--json"),
        ]
        for args in cases:
            with self.subTest(args=args):
                result = self.run_herald(*args)
                self.assertEqual(result.returncode, 2, describe(result))
        self.assertNotIn("x", self.listed())

    def test_help(self):
        result = herald(None, "topics", "--help")
        self.assertIn("usage: herald topics", ok(result))

    def test_unreachable_broker(self):
        port = harness.free_port()
        result = herald(None, "topics", "list", "--brokers",
                        f"127.0.0.1:{port}")
        fails(result, 1, "list", "Connection refused")


if __name__ == "__main__":
    raise SystemExit(harness.run_unittest())
