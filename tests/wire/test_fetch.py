"""Fetch and ListOffsets edge cases that real clients depend on.

Kafka may return a batch that starts before the requested offset, and
clients skip the records below it. It must return the first batch whole
even when the batch is larger than the partition's max bytes (KIP-74,
Fetch v3+), or a consumer with a small fetch size would stall. ListOffsets
returns 0 for the earliest offset (-2) and the high watermark for the
latest (-1). A fetch at the log end waits up to MaxWaitMs for data and
returns as soon as data arrives, so idle consumers do not spin. Each test
produces its own batches and compares the records that come back byte for
byte.
"""

import os
import socket
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402
import kafka_wire as kw  # noqa: E402


def records(tag, count):
    return [(f"{tag}-{i}".encode(), os.urandom(50 + i), [("i", bytes([i]))])
            for i in range(count)]


class FetchTest(unittest.TestCase):
    broker = None

    @classmethod
    def setUpClass(cls):
        cls.broker = harness.Broker({"auto.create.topics.enable": "false"})
        cls.addClassCleanup(cls.broker.close)
        cls.broker.start()
        cls.topic_count = 0

    @classmethod
    def tearDownClass(cls):
        cls.broker.stop()

    def setUp(self):
        self.conn = kw.Connection(self.broker.port)

    def tearDown(self):
        self.conn.close()

    def new_topic(self, partitions=1):
        type(self).topic_count += 1
        name = f"wire-fetch-{self.topic_count}"
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0([name], partitions))
        self.assertEqual(kw.decode_create_topics_v0(body)[0]["error_code"],
                         kw.NONE)
        return name

    def produce(self, topic, batch_records, partition=0):
        body = self.conn.call(kw.PRODUCE, 3,
                              kw.produce_v3(topic, partition,
                                            kw.record_batch(batch_records)))
        part = kw.decode_produce_v3(body)["topics"][0]["partitions"][0]
        self.assertEqual(part["error_code"], kw.NONE)
        return part["base_offset"]

    def fetch(self, topic, offset, max_bytes=1 << 20, partition=0):
        body = self.conn.call(kw.FETCH, 4, kw.fetch_v4(topic, partition,
                                                       offset, max_bytes))
        part = kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]
        self.assertEqual(part["error_code"], kw.NONE)
        return part

    def list_offset(self, topic, timestamp):
        body = self.conn.call(kw.LIST_OFFSETS, 1,
                              kw.list_offsets_v1(topic, 0, timestamp))
        part = kw.decode_list_offsets_v1(body)[0]["partitions"][0]
        self.assertEqual(part["error_code"], kw.NONE)
        return part["offset"]

    def test_fetch_from_inside_batch(self):
        topic = self.new_topic()
        first = records("a", 5)
        second = records("b", 3)
        self.assertEqual(self.produce(topic, first), 0)
        self.assertEqual(self.produce(topic, second), 5)
        expected = [(i, k, v, h) for i, (k, v, h) in
                    enumerate(first + second)]

        got = kw.parse_records(self.fetch(topic, 2)["records"])
        self.assertTrue(got, "no records from offset 2")
        self.assertLessEqual(got[0][0], 2)
        self.assertEqual([r for r in got if r[0] >= 2], expected[2:])

    def test_first_batch_larger_than_max_bytes(self):
        topic = self.new_topic()
        batch = records("big", 20)
        self.produce(topic, batch)
        part = self.fetch(topic, 0, max_bytes=64)
        self.assertGreater(len(part["records"]), 64)
        got = kw.parse_records(part["records"])
        self.assertEqual(got, [(i, k, v, h) for i, (k, v, h) in
                               enumerate(batch)])

    def test_fetch_batches_in_order(self):
        topic = self.new_topic()
        sent = []
        for n in range(10):
            batch = records(f"n{n}", 4)
            self.assertEqual(self.produce(topic, batch), len(sent))
            sent += batch
        part = self.fetch(topic, 0)
        self.assertEqual(part["high_watermark"], len(sent))
        self.assertEqual(kw.parse_records(part["records"]),
                         [(i, k, v, h) for i, (k, v, h) in enumerate(sent)])

    def test_partitions_are_independent(self):
        topic = self.new_topic(partitions=3)
        per_partition = {p: records(f"p{p}", p + 2) for p in range(3)}
        for p, batch in per_partition.items():
            self.assertEqual(self.produce(topic, batch, partition=p), 0)
        for p, batch in per_partition.items():
            part = self.fetch(topic, 0, partition=p)
            self.assertEqual(part["high_watermark"], len(batch))
            self.assertEqual(kw.parse_records(part["records"]),
                             [(i, k, v, h) for i, (k, v, h) in
                              enumerate(batch)])

    def timed_fetch_at_end(self, topic, max_wait_ms):
        started = time.monotonic()
        body = self.conn.call(kw.FETCH, 4,
                              kw.fetch_v4(topic, 0, 0, max_wait_ms=max_wait_ms))
        elapsed = time.monotonic() - started
        part = kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]
        self.assertEqual(part["error_code"], kw.NONE)
        return elapsed, kw.parse_records(part["records"])

    def test_fetch_waits_for_data(self):
        topic = self.new_topic()
        elapsed, got = self.timed_fetch_at_end(topic, 1000)
        self.assertEqual(got, [])
        self.assertGreaterEqual(elapsed, 0.9, "returned before MaxWaitMs")
        self.assertLess(elapsed, 3.0)

        batch = records("late", 2)

        def produce_later():
            time.sleep(0.3)
            with kw.Connection(self.broker.port) as other:
                other.call(kw.PRODUCE, 3,
                           kw.produce_v3(topic, 0, kw.record_batch(batch)))

        producer = threading.Thread(target=produce_later)
        producer.start()
        elapsed, got = self.timed_fetch_at_end(topic, 5000)
        producer.join()
        self.assertLess(elapsed, 2.0, "waited on after data arrived")
        self.assertEqual(got, [(i, k, v, h) for i, (k, v, h) in
                               enumerate(batch)])

    def fetch_limits(self, topic, response_max, partition_max):
        body = self.conn.call(kw.FETCH, 4, kw.fetch_v4_limits(
            topic, 0, 0, response_max, partition_max))
        return kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]

    def test_nonpositive_max_bytes_answered(self):
        empty = self.new_topic()
        full = self.new_topic()
        batch = records("nonpositive", 3)
        self.produce(full, batch)
        for limit in (0, -1, -2**31):
            with self.subTest(max_bytes=limit):
                part = self.fetch_limits(empty, limit, limit)
                self.assertEqual(part["error_code"], kw.NONE)
                self.assertEqual(kw.parse_records(part["records"]), [])
                # A consumer must still make progress (KIP-74).
                part = self.fetch_limits(full, limit, limit)
                self.assertEqual(part["error_code"], kw.NONE)
                self.assertEqual(kw.parse_records(part["records"]),
                                 [(i, k, v, h) for i, (k, v, h) in
                                  enumerate(batch)])

    def test_response_max_bytes_limits_first_partition(self):
        topic = self.new_topic()
        batches = [records(f"limit{n}", 4) for n in range(3)]
        for batch in batches:
            self.produce(topic, batch)
        first_size = len(kw.record_batch(batches[0]))
        part = self.fetch_limits(topic, first_size + 10, 1 << 20)
        self.assertEqual(kw.parse_records(part["records"]),
                         [(i, k, v, h) for i, (k, v, h) in
                          enumerate(batches[0])])
        part = self.fetch_limits(topic, 1 << 20, first_size + 10)
        self.assertEqual(len(kw.parse_records(part["records"])), 4)
        part = self.fetch_limits(topic, 1 << 20, 1 << 20)
        self.assertEqual(len(kw.parse_records(part["records"])), 12)

    def test_waiting_fetch_on_deleted_topic(self):
        topic = self.new_topic()
        result = {}

        def wait_at_end():
            with kw.Connection(self.broker.port) as waiter:
                started = time.monotonic()
                body = waiter.call(kw.FETCH, 4, kw.fetch_v4(
                    topic, 0, 0, max_wait_ms=5000))
                result["elapsed"] = time.monotonic() - started
                result["part"] = kw.decode_fetch_v4(
                    body)["topics"][0]["partitions"][0]

        thread = threading.Thread(target=wait_at_end)
        thread.start()
        time.sleep(0.5)
        body = self.conn.call(kw.DELETE_TOPICS, 0,
                              kw.delete_topics_v0([topic]))
        self.assertEqual(kw.Reader(body).i32(), 1)
        thread.join(10)
        self.assertFalse(thread.is_alive(), "fetch never answered")
        self.assertLess(result["elapsed"], 4.0,
                        "fetch waited out MaxWaitMs after the deletion")
        self.assertEqual(result["part"]["error_code"],
                         kw.UNKNOWN_TOPIC_OR_PARTITION)

    def test_pipelined_fetches_with_slow_reader(self):
        # Responses to pipelined requests leave together, log data and
        # memory mixed. A client that reads only after sending everything
        # makes the broker stop mid-response and resume where it stopped.
        topic = self.new_topic()
        offsets = [self.produce(topic, records(f"p{i}", 40))
                   for i in range(60)]
        expected = [self.fetch(topic, off)["records"] for off in offsets]

        requests = []
        for i, off in enumerate(offsets):
            requests.append((kw.FETCH, 4, kw.fetch_v4(topic, 0, off)))
            if i % 2:
                requests.append((kw.API_VERSIONS, 0, b""))
        frames = b"".join(kw.request(key, version, 5000 + i, body)
                          for i, (key, version, body) in enumerate(requests))
        # About 6 MB of responses against a 64 KiB receive buffer.
        self.conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        self.conn.send_raw(frames)
        time.sleep(0.5)

        fetched = 0
        for i, (key, _, _) in enumerate(requests):
            correlation_id, body = self.conn.recv()
            self.assertEqual(correlation_id, 5000 + i)
            if key == kw.FETCH:
                part = kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]
                self.assertEqual(part["records"], expected[fetched])
                fetched += 1
            else:
                decoded = kw.decode_api_versions_v0(body)
                self.assertEqual(decoded["error_code"], kw.NONE)
        self.assertEqual(fetched, len(offsets))

    def test_list_offsets_earliest_latest(self):
        topic = self.new_topic()
        self.assertEqual(self.list_offset(topic, -2), 0)
        self.assertEqual(self.list_offset(topic, -1), 0)
        self.produce(topic, records("x", 7))
        self.assertEqual(self.list_offset(topic, -2), 0)
        self.assertEqual(self.list_offset(topic, -1), 7)


if __name__ == "__main__":
    sys.exit(harness.run_unittest())
