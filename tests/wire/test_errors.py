"""Kafka error codes for requests the broker must reject.

Each test sends hand-built requests (see kafka_wire.py) to a broker started
with auto.create.topics.enable=false and message.max.bytes=4096, decodes
the response and checks the error code that Kafka itself returns for the
same request, and that rejected data never becomes readable. Valid requests
next to each rejected one show that the failure is the one under test. One
test starts a second broker on the same data directory, which must exit.
"""

import os
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402
import kafka_wire as kw  # noqa: E402

MAX_MESSAGE_BYTES = 4096
INVALID_NAMES = ["bad topic!", "*", "..", "t" * 250]


def small_batch(tag, count=3):
    return [(f"key-{tag}-{i}".encode(), f"value-{tag}-{i}".encode() * 3,
             [("h", bytes([i, 0, 255]))]) for i in range(count)]


class WireErrorsTest(unittest.TestCase):
    broker = None

    @classmethod
    def setUpClass(cls):
        cls.broker = harness.Broker({
            "auto.create.topics.enable": "false",
            "num.partitions": "1",
            "message.max.bytes": str(MAX_MESSAGE_BYTES),
        })
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

    def new_topic(self):
        """Create a fresh one-partition topic and return its name."""
        type(self).topic_count += 1
        name = f"wire-errors-{self.topic_count}"
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0([name]))
        self.assertEqual(kw.decode_create_topics_v0(body),
                         [{"name": name, "error_code": kw.NONE}])
        return name

    def produce(self, topic, batch, partition=0):
        body = self.conn.call(kw.PRODUCE, 3,
                              kw.produce_v3(topic, partition, batch))
        response = kw.decode_produce_v3(body)
        self.assertEqual(len(response["topics"]), 1)
        self.assertEqual(response["topics"][0]["name"], topic)
        parts = response["topics"][0]["partitions"]
        self.assertEqual(len(parts), 1)
        self.assertEqual(parts[0]["partition"], partition)
        return parts[0]

    def fetch(self, topic, offset, partition=0):
        body = self.conn.call(kw.FETCH, 4,
                              kw.fetch_v4(topic, partition, offset))
        response = kw.decode_fetch_v4(body)
        self.assertEqual(len(response["topics"]), 1)
        parts = response["topics"][0]["partitions"]
        self.assertEqual(len(parts), 1)
        return parts[0]

    def metadata_topic_error(self, name, version):
        if version == 1:
            body = self.conn.call(kw.METADATA, 1, kw.metadata_v1([name]))
            topics = kw.decode_metadata_v1(body)["topics"]
        else:
            body = self.conn.call(kw.METADATA, 4, kw.metadata_v4([name], True))
            topics = kw.decode_metadata_v4(body)["topics"]
        self.assertEqual(len(topics), 1, f"metadata v{version} for {name!r}")
        self.assertEqual(topics[0]["name"], name)
        return topics[0]["error_code"]

    def test_metadata_invalid_topic_names(self):
        for name in INVALID_NAMES:
            for version in (1, 4):
                with self.subTest(name=name[:20], version=version):
                    self.assertEqual(self.metadata_topic_error(name, version),
                                     kw.INVALID_TOPIC_EXCEPTION)

    def test_create_topics_invalid_names(self):
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0(INVALID_NAMES))
        results = {t["name"]: t["error_code"]
                   for t in kw.decode_create_topics_v0(body)}
        self.assertEqual(set(results), set(INVALID_NAMES))
        for name in INVALID_NAMES:
            with self.subTest(name=name[:20]):
                self.assertEqual(results[name], kw.INVALID_TOPIC_EXCEPTION)
        # A 249-character name is the longest Kafka accepts.
        self.assertEqual(self.metadata_topic_error("t" * 249, 1),
                         kw.UNKNOWN_TOPIC_OR_PARTITION)

    def test_partitions_beyond_file_limit_rejected(self):
        # Each partition keeps three files open; a topic that cannot fit in
        # the open file limit is rejected up front and leaves no directory.
        with harness.Broker({"auto.create.topics.enable": "false"},
                            open_file_limit=600) as own:
            with kw.Connection(own.port) as conn:
                body = conn.call(kw.CREATE_TOPICS, 0,
                                 kw.create_topics_v0(["fd-big"], 1000))
                self.assertEqual(kw.decode_create_topics_v0(body),
                                 [{"name": "fd-big",
                                   "error_code": kw.INVALID_PARTITIONS}])
                body = conn.call(kw.CREATE_TOPICS, 0,
                                 kw.create_topics_v0(["fd-small"], 10))
                self.assertEqual(kw.decode_create_topics_v0(body),
                                 [{"name": "fd-small",
                                   "error_code": kw.NONE}])
            left = [d for d in os.listdir(own.data_dir)
                    if d.startswith("fd-big")]
            self.assertEqual(left, [])

    def test_roll_beyond_file_limit(self):
        # Each segment keeps three files open, so with 1 KiB segments the
        # rolls run out of descriptors. Produce then gets
        # KAFKA_STORAGE_ERROR, the log names the cause at most once a
        # second, and what was written can still be read.
        with harness.Broker({"auto.create.topics.enable": "false",
                             "log.segment.bytes": "1024"},
                            open_file_limit=300) as own:
            with kw.Connection(own.port) as conn:
                body = conn.call(kw.CREATE_TOPICS, 0,
                                 kw.create_topics_v0(["fd-roll"]))
                self.assertEqual(kw.decode_create_topics_v0(body),
                                 [{"name": "fd-roll", "error_code": kw.NONE}])
                errors = []
                acknowledged = {}  # offset -> value
                for i in range(150):
                    value = b"%04d" % i * 300
                    batch = kw.record_batch([(None, value, [])])
                    body = conn.call(kw.PRODUCE, 3,
                                     kw.produce_v3("fd-roll", 0, batch))
                    part = kw.decode_produce_v3(body)["topics"][0][
                        "partitions"][0]
                    errors.append(part["error_code"])
                    if part["error_code"] == kw.NONE:
                        acknowledged[part["base_offset"]] = value
                stored = errors.count(kw.NONE)
                failed = errors.count(kw.KAFKA_STORAGE_ERROR)
                self.assertGreater(stored, 0)
                self.assertGreater(failed, 1)
                self.assertEqual(stored + failed, len(errors))

                # A round whose sync failed because no descriptor was left
                # fails its requests though their records were written, so
                # the log may contain more than was acknowledged.
                last = max(acknowledged)
                body = conn.call(kw.FETCH, 4, kw.fetch_v4("fd-roll", 0, last))
                part = kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]
                self.assertEqual(part["error_code"], kw.NONE)
                self.assertGreaterEqual(part["high_watermark"], stored)
                records = kw.parse_records(part["records"])
                self.assertEqual(records[0][0], last)
                self.assertEqual(records[0][2], acknowledged[last])
            lines = [line for line in own.log_text().splitlines()
                     if "segment roll failed" in line]
            self.assertGreater(len(lines), 0)
            self.assertLess(len(lines), failed)
            for line in lines:
                self.assertIn("err=HERALD_EMFILE", line)

    def test_colliding_topic_names_rejected(self):
        # Kafka treats '.' and '_' alike in topic names, because both map to
        # '_' in metric names, and rejects a name that collides.
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0(["collide.a_b"]))
        self.assertEqual(kw.decode_create_topics_v0(body),
                         [{"name": "collide.a_b", "error_code": kw.NONE}])
        for name in ("collide_a_b", "collide.a.b", "collide_a.b"):
            with self.subTest(name=name):
                body = self.conn.call(kw.CREATE_TOPICS, 0,
                                      kw.create_topics_v0([name]))
                self.assertEqual(
                    kw.decode_create_topics_v0(body),
                    [{"name": name,
                      "error_code": kw.INVALID_TOPIC_EXCEPTION}])
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0(["collide-a-b"]))
        self.assertEqual(kw.decode_create_topics_v0(body),
                         [{"name": "collide-a-b", "error_code": kw.NONE}])

    def test_longest_topic_name_usable(self):
        name = "L" * 249
        records = small_batch("long")
        with harness.Broker({"auto.create.topics.enable": "false"}) as own:
            with kw.Connection(own.port) as conn:
                body = conn.call(kw.CREATE_TOPICS, 0,
                                 kw.create_topics_v0([name], 2))
                self.assertEqual(kw.decode_create_topics_v0(body),
                                 [{"name": name, "error_code": kw.NONE}])
                body = conn.call(kw.PRODUCE, 3, kw.produce_v3(
                    name, 1, kw.record_batch(records)))
                part = kw.decode_produce_v3(body)["topics"][0]
                self.assertEqual(part["partitions"][0]["error_code"],
                                 kw.NONE)
            own.restart()
            with kw.Connection(own.port) as conn:
                body = conn.call(kw.FETCH, 4, kw.fetch_v4(name, 1, 0))
                part = kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]
                self.assertEqual(part["error_code"], kw.NONE)
                self.assertEqual(kw.parse_records(part["records"]),
                                 [(i, k, v, h) for i, (k, v, h) in
                                  enumerate(records)])

    def test_new_data_dir_starts_clean(self):
        # Nothing was written to a new data directory, so there is nothing
        # to recover, and the start must not look like one after a crash.
        started = [line for line in self.broker.log_text().splitlines()
                   if 'msg="broker started"' in line]
        self.assertEqual(len(started), 1)
        self.assertIn(" clean=true ", started[0])

    def test_second_broker_on_same_data_dir(self):
        # A second broker on a data directory in use must exit before it
        # touches the logs, and the first must go on serving.
        cmd = [harness.herald_bin(), "broker", "--listen",
               f"127.0.0.1:{harness.free_port()}", "--data",
               self.broker.data_dir]
        second = subprocess.run(cmd, capture_output=True, text=True,
                                timeout=30, stdin=subprocess.DEVNULL)
        self.assertEqual(second.returncode, 1, second.stderr)
        self.assertIn("data directory is in use by another broker",
                      second.stderr)
        self.assertIn(f"holder_pid={self.broker.pid}", second.stderr)
        self.assertFalse(os.path.exists(os.path.join(
            self.broker.data_dir, ".herald_clean_shutdown")))

        # The lock is on the directory, not on the file that names the pid.
        os.unlink(os.path.join(self.broker.data_dir, ".lock"))
        again = subprocess.run(cmd, capture_output=True, text=True,
                               timeout=30, stdin=subprocess.DEVNULL)
        self.assertEqual(again.returncode, 1, again.stderr)
        self.assertIn("data directory is in use by another broker",
                      again.stderr)
        self.assertFalse(os.path.exists(os.path.join(
            self.broker.data_dir, ".herald_clean_shutdown")))

        topic = self.new_topic()
        result = self.produce(topic, kw.record_batch(small_batch("lock")))
        self.assertEqual(result["error_code"], kw.NONE)
        self.assertEqual(result["base_offset"], 0)

    def test_produce_round_trip(self):
        topic = self.new_topic()
        records = small_batch("ok")
        result = self.produce(topic, kw.record_batch(records))
        self.assertEqual(result["error_code"], kw.NONE)
        self.assertEqual(result["base_offset"], 0)

        fetched = self.fetch(topic, 0)
        self.assertEqual(fetched["error_code"], kw.NONE)
        self.assertEqual(fetched["high_watermark"], len(records))
        self.assertEqual(fetched["last_stable_offset"], len(records))
        got = kw.parse_records(fetched["records"])
        self.assertEqual(got, [(i, k, v, h) for i, (k, v, h) in
                               enumerate(records)])

        body = self.conn.call(kw.LIST_OFFSETS, 1,
                              kw.list_offsets_v1(topic, 0, -1))
        latest = kw.decode_list_offsets_v1(body)[0]["partitions"][0]
        self.assertEqual(latest["error_code"], kw.NONE)
        self.assertEqual(latest["offset"], len(records))

    def test_produce_bad_crc(self):
        topic = self.new_topic()
        bad = kw.record_batch(small_batch("crc"), corrupt=True)
        self.assertEqual(self.produce(topic, bad)["error_code"],
                         kw.CORRUPT_MESSAGE)
        fetched = self.fetch(topic, 0)
        self.assertEqual(fetched["error_code"], kw.NONE)
        self.assertEqual(fetched["high_watermark"], 0)
        self.assertEqual(kw.parse_records(fetched["records"]), [])

    def test_invalid_batch_logged(self):
        # Such lines are limited to 10 a second, so the earlier tests'
        # rejections must be more than a second old.
        time.sleep(1.1)
        topic = self.new_topic()
        bad = kw.record_batch(small_batch("logged"), corrupt=True)
        self.assertEqual(self.produce(topic, bad)["error_code"],
                         kw.CORRUPT_MESSAGE)
        lines = [line for line in self.broker.log_text().splitlines()
                 if "invalid record batch rejected" in line and
                 f"topic={topic} " in line]
        self.assertEqual(len(lines), 1, self.broker.log_tail())
        for field in ('reason="CRC mismatch"', "client_id=wire-test",
                      "peer=127.0.0.1:", "partition=0"):
            with self.subTest(field=field):
                self.assertIn(field, lines[0])
        # Records that hold no batch at all are logged too.
        self.assertEqual(self.produce(topic, b"")["error_code"],
                         kw.CORRUPT_MESSAGE)
        self.assertIn('reason="no record batch"', self.broker.log_text())

    def test_produce_invalid_compressed_data(self):
        # Uncompressed record bytes under the gzip, snappy, lz4 and zstd
        # codec bits, with a CRC that matches.
        topic = self.new_topic()
        plain = kw.record_batch(small_batch("codec"))
        for codec in (1, 2, 3, 4):
            with self.subTest(codec=codec):
                bad = kw.with_attributes(plain, codec)
                self.assertEqual(self.produce(topic, bad)["error_code"],
                                 kw.CORRUPT_MESSAGE)
        self.assertEqual(self.fetch(topic, 0)["high_watermark"], 0)

    def test_produce_unparseable_record(self):
        topic = self.new_topic()
        bad = bytearray(kw.record_batch(small_batch("record")))
        bad[61] = 0x7F  # the first record's length varint becomes -64
        self.assertEqual(self.produce(topic, kw.with_new_crc(bad))
                         ["error_code"], kw.CORRUPT_MESSAGE)
        self.assertEqual(self.fetch(topic, 0)["high_watermark"], 0)

    def test_produce_message_too_large(self):
        topic = self.new_topic()
        value = b"v" * (MAX_MESSAGE_BYTES + 100)
        big = kw.record_batch([(b"k", value, [])])
        self.assertGreater(len(big), MAX_MESSAGE_BYTES)
        self.assertEqual(self.produce(topic, big)["error_code"],
                         kw.MESSAGE_TOO_LARGE)
        self.assertEqual(self.fetch(topic, 0)["high_watermark"], 0)

        fits = kw.record_batch([(b"k", b"v" * (MAX_MESSAGE_BYTES // 2), [])])
        self.assertEqual(self.produce(topic, fits)["error_code"], kw.NONE)

    def test_unknown_topic_not_created(self):
        name = "no-such-topic"
        self.assertEqual(self.metadata_topic_error(name, 1),
                         kw.UNKNOWN_TOPIC_OR_PARTITION)
        self.assertEqual(self.metadata_topic_error(name, 4),
                         kw.UNKNOWN_TOPIC_OR_PARTITION)
        batch = kw.record_batch(small_batch("unknown"))
        self.assertEqual(self.produce(name, batch)["error_code"],
                         kw.UNKNOWN_TOPIC_OR_PARTITION)
        self.assertEqual(self.fetch(name, 0)["error_code"],
                         kw.UNKNOWN_TOPIC_OR_PARTITION)
        self.assertEqual(self.metadata_topic_error(name, 1),
                         kw.UNKNOWN_TOPIC_OR_PARTITION)

    def test_produce_partition_errors_independent(self):
        body = self.conn.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0(["wire-errors-two"], 2))
        self.assertEqual(kw.decode_create_topics_v0(body)[0]["error_code"],
                         kw.NONE)
        good = small_batch("good")
        batches = [(0, kw.record_batch(good)),
                   (1, kw.record_batch(small_batch("crc"), corrupt=True)),
                   (7, kw.record_batch(small_batch("missing")))]
        body = self.conn.call(kw.PRODUCE, 3, kw.produce_v3_partitions(
            "wire-errors-two", batches))
        parts = kw.decode_produce_v3(body)["topics"][0]["partitions"]
        codes = {p["partition"]: p["error_code"] for p in parts}
        self.assertEqual(codes, {0: kw.NONE, 1: kw.CORRUPT_MESSAGE,
                                 7: kw.UNKNOWN_TOPIC_OR_PARTITION})
        self.assertEqual(kw.parse_records(
            self.fetch("wire-errors-two", 0)["records"]),
            [(i, k, v, h) for i, (k, v, h) in enumerate(good)])
        self.assertEqual(self.fetch("wire-errors-two", 0, partition=1)
                         ["high_watermark"], 0)

    def test_metadata_empty_topic_list(self):
        # Metadata v0 reads an empty topic array as "all topics"; v1 and
        # later read it as "no topics" and use null for "all topics".
        topic = self.new_topic()
        body = self.conn.call(kw.METADATA, 0, kw.metadata_v1([]))
        names = [t["name"] for t in kw.decode_metadata_v0(body)["topics"]]
        self.assertIn(topic, names)
        body = self.conn.call(kw.METADATA, 1, kw.metadata_v1([]))
        self.assertEqual(kw.decode_metadata_v1(body)["topics"], [])
        body = self.conn.call(kw.METADATA, 1, kw.metadata_v1(None))
        names = [t["name"] for t in kw.decode_metadata_v1(body)["topics"]]
        self.assertIn(topic, names)

    def test_unknown_partition(self):
        topic = self.new_topic()
        batch = kw.record_batch(small_batch("partition"))
        self.assertEqual(self.produce(topic, batch, partition=5)["error_code"],
                         kw.UNKNOWN_TOPIC_OR_PARTITION)

    def test_fetch_beyond_log_end(self):
        topic = self.new_topic()
        records = small_batch("end", count=2)
        self.assertEqual(self.produce(topic, kw.record_batch(records))
                         ["error_code"], kw.NONE)
        at_end = self.fetch(topic, len(records))
        self.assertEqual(at_end["error_code"], kw.NONE)
        self.assertEqual(kw.parse_records(at_end["records"]), [])
        beyond = self.fetch(topic, len(records) + 1)
        self.assertEqual(beyond["error_code"], kw.OFFSET_OUT_OF_RANGE)
        far = self.fetch(topic, 1 << 40)
        self.assertEqual(far["error_code"], kw.OFFSET_OUT_OF_RANGE)

    def test_api_versions_v0_lists_required_keys(self):
        body = self.conn.call(kw.API_VERSIONS, 0, b"")
        response = kw.decode_api_versions_v0(body)
        self.assertEqual(response["error_code"], kw.NONE)
        self.assertEqual(response["trailing_bytes"], 0)
        ranges = {key: (lo, hi) for key, lo, hi in response["api_keys"]}
        for key in (kw.PRODUCE, kw.FETCH, kw.LIST_OFFSETS, kw.METADATA,
                    kw.API_VERSIONS, kw.CREATE_TOPICS):
            with self.subTest(api_key=key):
                self.assertIn(key, ranges)
                self.assertLessEqual(ranges[key][0], ranges[key][1])

    def test_api_versions_lists_produce_from_zero(self):
        # librdkafka compresses with gzip, snappy and lz4 only when Produce
        # v0 is listed, though the broker serves Produce from v3.
        body = self.conn.call(kw.API_VERSIONS, 0, b"")
        ranges = {key: (lo, hi) for key, lo, hi in
                  kw.decode_api_versions_v0(body)["api_keys"]}
        self.assertEqual(ranges[kw.PRODUCE][0], 0)

    def test_group_id_not_utf8_rejected(self):
        topic = self.new_topic()
        bad = b"\xff\xfe-group"
        good = topic + "-group"
        body = self.conn.call(kw.OFFSET_COMMIT, 2,
                              kw.offset_commit_v2(bad, topic, {0: 0}))
        partitions = kw.decode_offset_commit_v2(body)[0]["partitions"]
        self.assertEqual(partitions[0]["error_code"], kw.INVALID_GROUP_ID)
        body = self.conn.call(kw.OFFSET_COMMIT, 2,
                              kw.offset_commit_v2(good, topic, {0: 0}))
        partitions = kw.decode_offset_commit_v2(body)[0]["partitions"]
        self.assertEqual(partitions[0]["error_code"], kw.NONE)

        # OffsetFetch v1 has no top-level error, so each partition has it.
        body = self.conn.call(kw.OFFSET_FETCH, 1,
                              kw.offset_fetch_v1(bad, topic, [0]))
        fetched = kw.decode_offset_fetch_v1(body)[0]["partitions"][0]
        self.assertEqual(fetched["error_code"], kw.INVALID_GROUP_ID)
        body = self.conn.call(kw.DESCRIBE_GROUPS, 0,
                              kw.describe_groups_v0([bad]))
        self.assertEqual(kw.decode_describe_groups_v0(body)[0]["error_code"],
                         kw.INVALID_GROUP_ID)
        listed = kw.decode_list_groups_v0(
            self.conn.call(kw.LIST_GROUPS, 0, b""))
        self.assertEqual(listed["error_code"], kw.NONE)
        ids = [g["group_id"] for g in listed["groups"]]
        self.assertIn(good.encode(), ids)
        self.assertNotIn(bad, ids)

    def test_other_group_strings_need_not_be_utf8(self):
        # Only group ids must be UTF-8. A client id, and so a member id,
        # and commit metadata with other bytes are kept as sent, and the
        # group log that contains them replays after a kill -9.
        topic = self.new_topic()
        client_id = b"bad\xffclient"
        with kw.Connection(self.broker.port) as conn:
            conn.send_raw(kw.frame(
                kw.request_header(kw.JOIN_GROUP, 0, 1, client_id) +
                kw.join_group_v0("odd-client")))
            joined = kw.decode_join_group_v0(conn.recv()[1])
            self.assertEqual(joined["error_code"], kw.NONE)
            self.assertTrue(joined["member_id"].startswith(client_id))
            conn.send_raw(kw.frame(
                kw.request_header(kw.SYNC_GROUP, 0, 2, client_id) +
                kw.sync_group_v0("odd-client", joined["generation_id"],
                                 joined["member_id"])))
            synced = kw.decode_sync_group_v0(conn.recv()[1])
            self.assertEqual(synced["error_code"], kw.NONE)
        body = self.conn.call(kw.OFFSET_COMMIT, 2, kw.offset_commit_v2(
            "odd-meta", topic, {0: 0}, metadata=b"bad\xffmeta"))
        partitions = kw.decode_offset_commit_v2(body)[0]["partitions"]
        self.assertEqual(partitions[0]["error_code"], kw.NONE)

        self.broker.restart()
        with kw.Connection(self.broker.port) as conn:
            listed = kw.decode_list_groups_v0(
                conn.call(kw.LIST_GROUPS, 0, b""))
        ids = [g["group_id"] for g in listed["groups"]]
        self.assertIn(b"odd-client", ids)
        self.assertIn(b"odd-meta", ids)

    def test_api_versions_unsupported_version(self):
        # The header and body of a flexible (v3+) ApiVersions request: the
        # v1 header fields plus an empty tagged section, then compact
        # ClientSoftwareName and ClientSoftwareVersion and a tagged section.
        body = b"\x00" + b"\x05wire" + b"\x040.1" + b"\x00"
        header = kw.request_header(kw.API_VERSIONS, 99, 4242) + b"\x00"
        self.conn.send_raw(kw.frame(header + body))
        correlation_id, response = self.conn.recv()
        self.assertEqual(correlation_id, 4242)
        decoded = kw.decode_api_versions_v0(response)
        self.assertEqual(decoded["error_code"], kw.UNSUPPORTED_VERSION)
        keys = {key: (lo, hi) for key, lo, hi in decoded["api_keys"]}
        self.assertIn(kw.API_VERSIONS, keys)
        self.assertEqual(keys[kw.API_VERSIONS][0], 0)
        self.assertGreaterEqual(keys[kw.API_VERSIONS][1], 2)
        # The connection stays usable.
        body = self.conn.call(kw.API_VERSIONS, 0, b"")
        self.assertEqual(kw.decode_api_versions_v0(body)["error_code"],
                         kw.NONE)

    def test_acks_zero_gets_no_response(self):
        topic = self.new_topic()
        records = small_batch("acks0", count=4)
        self.conn.send(kw.PRODUCE, 3,
                       kw.produce_v3(topic, 0, kw.record_batch(records),
                                     acks=0))
        metadata_id = self.conn.send(kw.METADATA, 1, kw.metadata_v1([topic]))
        correlation_id, _ = self.conn.recv()
        self.assertEqual(correlation_id, metadata_id,
                         "the first response must answer the Metadata "
                         "request: acks=0 produce gets none")
        fetched = self.fetch(topic, 0)
        self.assertEqual(fetched["error_code"], kw.NONE)
        self.assertEqual(kw.parse_records(fetched["records"]),
                         [(i, k, v, h) for i, (k, v, h) in
                          enumerate(records)])


if __name__ == "__main__":
    sys.exit(harness.run_unittest())
