"""Broken frames close one connection and leave the broker serving others.

Kafka closes a connection whose frame it cannot parse, whose size is over
socket.request.max.bytes, or whose API key it does not know, without a
response. These tests send such frames on one connection while a second,
already open connection keeps making Metadata requests, and check that:

- the bad connection is closed at once, without a response;
- the other connection still gets responses;
- a 2 GB size prefix does not make the broker's RSS grow;
- each bad request produces exactly one broker log line.

Two checks on good frames go with them: 300 pipelined requests are
answered in order, and a request sent one byte at a time is answered.
Connections past max.connections are closed, and logged at most once in
10 s.
"""

import os
import socket
import struct
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402
import kafka_wire as kw  # noqa: E402

CLOSE_WAIT_S = 3.0


def wait_for_lines(broker, *parts, timeout=2.0):
    """Return the broker's log lines that contain every one of `parts`,
    waiting up to `timeout` seconds for the first of them."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [line for line in broker.log_text().splitlines()
                 if all(part in line for part in parts)]
        if lines or time.monotonic() >= deadline:
            return lines
        time.sleep(0.02)


class FramingTest(unittest.TestCase):
    broker = None

    @classmethod
    def setUpClass(cls):
        cls.broker = harness.Broker({
            "auto.create.topics.enable": "false",
            "socket.request.max.bytes": str(1 << 20),
        })
        cls.addClassCleanup(cls.broker.close)
        cls.broker.start()

    @classmethod
    def tearDownClass(cls):
        cls.broker.stop()

    def setUp(self):
        self.other = kw.Connection(self.broker.port)
        self.assert_serves(self.other)

    def tearDown(self):
        self.other.close()

    def assert_serves(self, conn):
        body = conn.call(kw.METADATA, 1, kw.metadata_v1([]))
        brokers = kw.decode_metadata_v1(body)["brokers"]
        self.assertEqual(len(brokers), 1)
        self.assertEqual(brokers[0]["port"], self.broker.port)

    def log_lines(self):
        return self.broker.log_text().splitlines()

    def assert_one_new_log_line(self, before):
        """Wait for the broker's line about the bad request, then check that
        exactly one line was added since `before` lines."""
        deadline = time.monotonic() + 2.0
        while len(self.log_lines()) == before and \
                time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        added = self.log_lines()[before:]
        self.assertEqual(len(added), 1, "broker log lines for one bad "
                         "request:\n" + "\n".join(added))

    def check_rejected(self, payload, expect_log_line=True):
        """Send `payload` on a new connection and check that the broker
        closes it without a response, serves the other connection and logs
        one line."""
        bad = kw.Connection(self.broker.port)
        try:
            # Make the broker accept the connection before counting lines,
            # so only the bad request's own line is counted.
            self.assert_serves(bad)
            before = len(self.log_lines())
            bad.send_raw(payload)
            started = time.monotonic()
            self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S),
                            f"connection still open {CLOSE_WAIT_S} s after "
                            f"{payload[:16].hex()}")
            self.assertLess(time.monotonic() - started, CLOSE_WAIT_S)
        finally:
            bad.close()
        self.assert_serves(self.other)
        if expect_log_line:
            self.assert_one_new_log_line(before)

    def test_two_gigabyte_frame(self):
        rss_before = self.broker.rss_kb()
        for _ in range(5):
            self.check_rejected(kw.i32(0x7FFFFFFF) + b"\x00\x03" * 512,
                                expect_log_line=False)
        rss_after = self.broker.rss_kb()
        print(f"broker RSS {rss_before} KiB before, {rss_after} KiB after "
              f"five 2 GB frame headers")
        self.assertLess(rss_after - rss_before, 16 * 1024,
                        "RSS grew by more than 16 MiB")

    def test_frame_over_request_limit_logged_once(self):
        self.check_rejected(kw.i32((1 << 20) + 1) + b"\x00" * 64)

    def test_negative_frame_size(self):
        self.check_rejected(kw.i32(-5) + b"\x00" * 16)

    def test_truncated_metadata_request(self):
        # Metadata v1 whose topic array claims 1000 names but contains none.
        header = kw.request_header(kw.METADATA, 1, 7)
        self.check_rejected(kw.frame(header + kw.i32(1000)))

    def test_truncated_produce_request(self):
        body = kw.produce_v3("t", 0, kw.record_batch([(b"k", b"v", [])]))
        header = kw.request_header(kw.PRODUCE, 3, 8)
        self.check_rejected(kw.frame(header + body[:len(body) // 2]))

    def test_frame_shorter_than_header(self):
        self.check_rejected(kw.frame(b"\x00\x03\x00"))

    def test_garbage_bytes(self):
        garbage = bytes((i * 73 + 41) % 256 for i in range(64))
        self.check_rejected(kw.frame(kw.i16(3) + kw.i16(1) + garbage))

    def test_unknown_api_key(self):
        self.check_rejected(kw.request(999, 0, 9, b""))
        lines = [line for line in self.log_lines()
                 if "unknown API key" in line]
        self.assertIn("client_id=wire-test", lines[-1])

    def test_responses_before_a_bad_request(self):
        # A produce and an ApiVersions request sent in one write with a bad
        # request behind them get their responses before the connection
        # closes, so the client knows its records were written.
        topic = "framing-before-bad"
        with kw.Connection(self.broker.port) as conn:
            body = conn.call(kw.CREATE_TOPICS, 0,
                             kw.create_topics_v0([topic], 1))
            self.assertEqual(kw.decode_create_topics_v0(body)[0]
                             ["error_code"], kw.NONE)
        batch = kw.record_batch([(b"k", b"written before a bad request", [])])
        bad_requests = [kw.request(997, 0, 3, b""),
                        kw.frame(b"\x00\x03\x00"),
                        kw.request(kw.METADATA, 1, 3, kw.i32(1000))]
        for i, bad in enumerate(bad_requests):
            with kw.Connection(self.broker.port) as conn:
                conn.send_raw(kw.request(kw.PRODUCE, 3, 1,
                                         kw.produce_v3(topic, 0, batch,
                                                       acks=-1)) +
                              kw.request(kw.API_VERSIONS, 0, 2, b"") + bad)
                got, body = conn.recv()
                self.assertEqual(got, 1, f"bad request {i}")
                part = kw.decode_produce_v3(body)["topics"][0][
                    "partitions"][0]
                self.assertEqual(part["error_code"], kw.NONE)
                self.assertEqual(part["base_offset"], i)
                got, body = conn.recv()
                self.assertEqual(got, 2, f"bad request {i}")
                self.assertEqual(kw.decode_api_versions_v0(body)
                                 ["error_code"], kw.NONE)
                self.assertTrue(conn.closed_by_peer(CLOSE_WAIT_S),
                                f"bad request {i}")
        self.assert_serves(self.other)

    def test_unknown_key_request_client_id(self):
        # The line names the bad request's own client id, not the one the
        # connection sent first.
        with kw.Connection(self.broker.port) as conn:
            conn.send_raw(kw.frame(kw.request_header(kw.API_VERSIONS, 0, 1,
                                                     client_id="first-id")))
            self.assertEqual(conn.recv()[0], 1)
            conn.send_raw(kw.frame(kw.request_header(996, 0, 2,
                                                     client_id="second-id")))
            self.assertTrue(conn.closed_by_peer(CLOSE_WAIT_S))
        lines = wait_for_lines(self.broker, "unknown API key", "api_key=996")
        self.assertEqual(len(lines), 1, self.broker.log_tail())
        self.assertIn("client_id=second-id", lines[0])

    def test_unknown_api_key_first_request(self):
        # The log line takes the client id from the request's own header
        # when the connection sent nothing before it.
        header = kw.request_header(998, 0, 9, client_id="unknown-key-test")
        with kw.Connection(self.broker.port) as bad:
            bad.send_raw(kw.frame(header))
            self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S))
        lines = wait_for_lines(self.broker, "unknown API key", "api_key=998")
        self.assertEqual(len(lines), 1, self.broker.log_tail())
        self.assertIn("client_id=unknown-key-test", lines[0])

    def test_pipelined_requests_answered_in_order(self):
        requests = []
        for i in range(300):
            if i % 3 == 0:
                requests.append((kw.API_VERSIONS, 0, b""))
            elif i % 3 == 1:
                requests.append((kw.METADATA, 1, kw.metadata_v1([])))
            else:
                requests.append((kw.METADATA, 4, kw.metadata_v4([], False)))
        frames = b"".join(kw.request(key, version, 1000 + i, body)
                          for i, (key, version, body) in enumerate(requests))
        with kw.Connection(self.broker.port) as conn:
            conn.send_raw(frames)
            for i, (key, version, _) in enumerate(requests):
                correlation_id, body = conn.recv()
                self.assertEqual(correlation_id, 1000 + i)
                if key == kw.API_VERSIONS:
                    decoded = kw.decode_api_versions_v0(body)
                    self.assertEqual(decoded["error_code"], kw.NONE)
                elif version == 1:
                    self.assertEqual(len(kw.decode_metadata_v1(body)
                                         ["brokers"]), 1)
                else:
                    self.assertEqual(len(kw.decode_metadata_v4(body)
                                         ["brokers"]), 1)

    def test_pipelined_responses_with_slow_reader(self):
        # 700 Metadata responses of about 10 KB, 7 MB in all, more than the
        # broker's socket buffer takes: its sends stop partway through a
        # response and resume there once the client reads.
        names = [f"framing-wide-{i}" for i in range(4)]
        body = self.other.call(kw.CREATE_TOPICS, 0,
                               kw.create_topics_v0(names, 100))
        for topic in kw.decode_create_topics_v0(body):
            self.assertEqual(topic["error_code"], kw.NONE)
        count = 700
        frames = b"".join(kw.request(kw.METADATA, 1, 20000 + i,
                                     kw.metadata_v1(names))
                          for i in range(count))
        with kw.Connection(self.broker.port) as conn:
            conn.send_raw(frames)
            time.sleep(0.5)
            for i in range(count):
                correlation_id, body = conn.recv()
                self.assertEqual(correlation_id, 20000 + i)
                topics = kw.decode_metadata_v1(body)["topics"]
                self.assertEqual([t["name"] for t in topics], names)
                self.assertEqual([len(t["partitions"]) for t in topics],
                                 [100] * 4)

    def test_request_split_into_single_bytes(self):
        frame = kw.request(kw.METADATA, 1, 77, kw.metadata_v1([]))
        with kw.Connection(self.broker.port) as conn:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for i in range(len(frame)):
                conn.send_raw(frame[i:i + 1])
                time.sleep(0.002)
            correlation_id, body = conn.recv()
        self.assertEqual(correlation_id, 77)
        self.assertEqual(len(kw.decode_metadata_v1(body)["brokers"]), 1)

    def test_reset_by_peer_logged_with_reason(self):
        with kw.Connection(self.broker.port) as conn:
            conn.call(kw.METADATA, 1, kw.metadata_v1([]))
            port = conn.sock.getsockname()[1]
            # SO_LINGER with a zero timeout makes close() send a reset.
            conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                 struct.pack("ii", 1, 0))
        deadline = time.monotonic() + CLOSE_WAIT_S
        while True:
            lines = [line for line in self.broker.log_text().splitlines()
                     if "connection closed" in line and
                     f"peer=127.0.0.1:{port} " in line]
            if lines or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.assertEqual(len(lines), 1)
        self.assertIn('reason="Connection reset by peer"', lines[0])

    def test_partial_frame_then_close_keeps_broker_up(self):
        conn = kw.Connection(self.broker.port)
        conn.send_raw(kw.i32(100) + b"\x00\x03")
        conn.close()
        self.assert_serves(self.other)
        self.assertTrue(self.broker.running())



def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class DescriptorLimitTest(unittest.TestCase):
    """More connections than the broker has descriptors for."""

    def test_out_of_descriptors_pauses_accepting(self):
        broker = harness.Broker(open_file_limit=64)
        self.addCleanup(broker.close)
        broker.start()
        conns = []
        try:
            for _ in range(150):
                sock = socket.create_connection(("127.0.0.1", broker.port))
                conns.append(sock)
            time.sleep(0.5)
            before = cpu_seconds(broker.proc.pid)
            time.sleep(2.0)
            used = cpu_seconds(broker.proc.pid) - before
        finally:
            for sock in conns:
                sock.close()
        # Retrying accept at once would keep a core busy for the 2 s.
        self.assertLess(used, 0.5)
        warnings = broker.log_text().count("accept failed")
        self.assertGreaterEqual(warnings, 1)
        self.assertLessEqual(warnings, 2)

        # Once descriptors are free again, new connections are served.
        deadline = time.monotonic() + 10
        while True:
            try:
                with kw.Connection(broker.port, timeout=2.0) as conn:
                    body = conn.call(kw.METADATA, 1, kw.metadata_v1([]))
                break
            except (OSError, ConnectionError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.assertEqual(len(kw.decode_metadata_v1(body)["brokers"]), 1)
        self.assertTrue(broker.running())


class MaxConnectionsTest(unittest.TestCase):
    """Connections over max.connections are closed, logged once in 10 s."""

    def check_lines_limited(self, payload, marker):
        """Send `payload` on 31 connections, the last after a pause, and
        check that the `marker` lines are limited and add up."""
        broker = harness.Broker()
        self.addCleanup(broker.close)
        broker.start()
        sent = 30
        for _ in range(sent):
            with kw.Connection(broker.port) as bad:
                bad.send_raw(payload)
                self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S))
        # A request after the interval reports what the last one left out.
        time.sleep(1.1)
        with kw.Connection(broker.port) as bad:
            bad.send_raw(payload)
            self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S))
        lines = [line for line in broker.log_text().splitlines()
                 if marker in line]
        skipped = [int(line.split("similar_lines_skipped=")[1].split()[0])
                   for line in lines]
        self.assertLessEqual(len(lines), 21, "\n".join(lines))
        self.assertEqual(len(lines) + sum(skipped), sent + 1,
                         "every request is logged or counted as skipped")

    def test_malformed_request_lines_limited(self):
        header = kw.request_header(kw.METADATA, 1, 7)
        self.check_lines_limited(kw.frame(header + kw.i32(1000)),
                                 "malformed request")

    def test_rejected_frame_lines_limited(self):
        self.check_lines_limited(kw.i32(5) + bytes(5), "request rejected")

    def test_line_limits_per_kind(self):
        # A flood of malformed requests does not hide the line about an
        # unknown API key that follows it.
        broker = harness.Broker()
        self.addCleanup(broker.close)
        broker.start()
        header = kw.request_header(kw.METADATA, 1, 7)
        for _ in range(15):
            with kw.Connection(broker.port) as bad:
                bad.send_raw(kw.frame(header + kw.i32(1000)))
                self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S))
        with kw.Connection(broker.port) as bad:
            bad.send_raw(kw.request(995, 0, 1, b""))
            self.assertTrue(bad.closed_by_peer(CLOSE_WAIT_S))
        lines = wait_for_lines(broker, "unknown API key")
        self.assertEqual(len(lines), 1, broker.log_tail())
        self.assertIn("similar_lines_skipped=0", lines[0])

    def test_large_requests_wait_for_memory(self):
        # Two 1 MB frames fill the 2 MiB of queued.max.request.bytes, so a
        # third large request waits until one of them goes, while small
        # requests are still served.
        broker = harness.Broker({"queued.max.request.bytes": str(2 << 20),
                                 "socket.request.max.bytes": str(1 << 20)})
        self.addCleanup(broker.close)
        broker.start()
        with kw.Connection(broker.port) as admin:
            body = admin.call(kw.CREATE_TOPICS, 0,
                              kw.create_topics_v0(["mem"]))
            self.assertEqual(kw.decode_create_topics_v0(body)[0]
                             ["error_code"], kw.NONE)
        holders = [kw.Connection(broker.port) for _ in range(2)]
        for conn in holders:
            self.addCleanup(conn.close)
            conn.send_raw(kw.i32(1_000_000) + b"\x00" * 100_000)
        value = b"v" * 300_000
        waiting = kw.Connection(broker.port)
        self.addCleanup(waiting.close)
        waiting.send(kw.PRODUCE, 3, kw.produce_v3(
            "mem", 0, kw.record_batch([(b"k", value, [])])))
        waiting.sock.settimeout(1.0)
        with self.assertRaises(TimeoutError):
            waiting.recv()
        with kw.Connection(broker.port) as small:
            self.assertEqual(len(kw.decode_metadata_v1(small.call(
                kw.METADATA, 1, kw.metadata_v1([])))["brokers"]), 1)

        holders[0].close()
        waiting.sock.settimeout(5.0)
        _, body = waiting.recv()
        partition = kw.decode_produce_v3(body)["topics"][0]["partitions"][0]
        self.assertEqual(partition["error_code"], kw.NONE)
        self.assertEqual(partition["base_offset"], 0)
        self.assertIn("request waits for memory", broker.log_text())

    def test_connections_over_limit_rejected(self):
        broker = harness.Broker({"max.connections": "3"})
        self.addCleanup(broker.close)
        broker.start()
        # The start-up probe's connection may not be closed yet, so a
        # connection is kept only once it has been served.
        served = []
        deadline = time.monotonic() + 10
        while len(served) < 3:
            conn = kw.Connection(broker.port, timeout=5.0)
            try:
                conn.call(kw.METADATA, 1, kw.metadata_v1([]))
                served.append(conn)
            except ConnectionError:
                conn.close()
                self.assertLess(time.monotonic(), deadline)
                time.sleep(0.1)

        try:
            for _ in range(30):
                with socket.create_connection(("127.0.0.1", broker.port),
                                              timeout=5.0) as sock:
                    try:
                        data = sock.recv(1)
                    except ConnectionResetError:
                        data = b""
                    self.assertEqual(data, b"")
            # The connections within the limit are still served.
            for conn in served:
                body = conn.call(kw.METADATA, 1, kw.metadata_v1([]))
                self.assertEqual(
                    len(kw.decode_metadata_v1(body)["brokers"]), 1)
        finally:
            for conn in served:
                conn.close()

        lines = [line for line in broker.log_text().splitlines()
                 if "connection rejected" in line]
        self.assertGreaterEqual(len(lines), 1)
        self.assertLessEqual(len(lines), 2)
        self.assertIn("peer=127.0.0.1:", lines[0])
        self.assertIn("max_connections=3", lines[0])

if __name__ == "__main__":
    sys.exit(harness.run_unittest())
