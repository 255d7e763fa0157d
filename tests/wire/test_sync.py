"""Background syncs of data written with acks=1.

A sync round starts every herald.sync.interval.ms, and also once a
partition had herald.sync.interval.bytes appended since its last round, so
each round writes out a bounded amount. The broker logs a debug line for each
round with what started it (`msg="sync round" reason=...`). The tests count
those lines after producing a known number of bytes.
"""

import os
import re
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402
import kafka_wire as kw  # noqa: E402

BATCHES = 40
VALUE_BYTES = 8000  # one record per batch, so 40 batches hold over 320,000 B

ROUND = re.compile(r'msg="sync round" reason=(\w+) partitions=(\d+) '
                   r'appended_bytes=(\d+)')


def rounds(broker):
    """Return (reason, bytes) for each sync round logged so far."""
    return [(m.group(1), int(m.group(3)))
            for m in ROUND.finditer(broker.log_text())]


def round_partitions(broker):
    """Return (reason, partitions) for each sync round logged so far."""
    return [(m.group(1), int(m.group(2)))
            for m in ROUND.finditer(broker.log_text())]


class SyncTest(unittest.TestCase):
    def start(self, settings):
        broker = harness.Broker({"auto.create.topics.enable": "false",
                                 **settings}, log_level="debug")
        self.addCleanup(broker.close)
        broker.start()
        conn = kw.Connection(broker.port)
        self.addCleanup(conn.close)
        body = conn.call(kw.CREATE_TOPICS, 0,
                         kw.create_topics_v0(["synced"], 2))
        self.assertEqual(kw.decode_create_topics_v0(body)[0]["error_code"],
                         kw.NONE)
        return broker, conn

    def produce(self, conn, count, partition=0):
        """Send `count` acks=1 batches and return the bytes sent."""
        sent = 0
        for i in range(count):
            batch = kw.record_batch([(b"k", os.urandom(VALUE_BYTES), [])])
            body = conn.call(kw.PRODUCE, 3,
                             kw.produce_v3("synced", partition, batch,
                                           acks=1))
            part = kw.decode_produce_v3(body)["topics"][0]["partitions"][0]
            self.assertEqual(part["error_code"], kw.NONE, f"batch {i}")
            sent += len(batch)
        return sent

    def test_rounds_start_by_size(self):
        limit = 64 * 1024
        broker, conn = self.start({"herald.sync.interval.ms": "-1",
                                   "herald.sync.interval.bytes": str(limit)})
        sent = self.produce(conn, BATCHES)
        deadline = time.monotonic() + 5
        while (len(rounds(broker)) < sent // limit and
               time.monotonic() < deadline):
            time.sleep(0.05)
        got = rounds(broker)
        self.assertEqual({reason for reason, _ in got}, {"bytes"},
                         broker.log_tail())
        # A round starts as soon as the limit is reached. If one is running,
        # the next starts when it ends, with more bytes.
        self.assertGreaterEqual(len(got), sent // limit - 1, got)
        self.assertTrue(all(n >= limit for _, n in got), got)
        self.assertLessEqual(sum(n for _, n in got), sent)

    def test_size_counts_per_partition(self):
        # Partition 1 stays under the limit, so the rounds started by size
        # take partition 0 alone, and partition 1 waits for the stop.
        limit = 64 * 1024
        broker, conn = self.start({"herald.sync.interval.ms": "-1",
                                   "herald.sync.interval.bytes": str(limit)})
        small = self.produce(conn, 2, partition=1)
        self.assertLess(small, limit)
        sent = self.produce(conn, BATCHES, partition=0)
        deadline = time.monotonic() + 5
        while (len(rounds(broker)) < sent // limit - 1 and
               time.monotonic() < deadline):
            time.sleep(0.05)
        by_size = round_partitions(broker)
        self.assertGreaterEqual(len(by_size), sent // limit - 1, by_size)
        self.assertEqual(set(by_size), {("bytes", 1)})
        broker.stop()
        # The last round may or may not find partition 0 written again.
        reason, synced = rounds(broker)[-1]
        self.assertEqual(reason, "shutdown")
        self.assertGreaterEqual(synced, small)

    def test_both_settings_off(self):
        broker, conn = self.start({"herald.sync.interval.ms": "-1",
                                   "herald.sync.interval.bytes": "-1"})
        self.produce(conn, BATCHES)
        time.sleep(0.5)
        self.assertEqual(rounds(broker), [])
        # A clean stop still syncs what was written.
        broker.stop()
        self.assertEqual([reason for reason, _ in rounds(broker)],
                         ["shutdown"])

    def test_timer_syncs_small_writes(self):
        broker, conn = self.start({"herald.sync.interval.ms": "100",
                                   "herald.sync.interval.bytes": "-1"})
        sent = self.produce(conn, 2)
        deadline = time.monotonic() + 5
        while not rounds(broker) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertEqual(rounds(broker), [("interval", sent)])


if __name__ == "__main__":
    unittest.main()
