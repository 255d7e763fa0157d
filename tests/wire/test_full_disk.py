"""Produce on a full disk fails with KAFKA_STORAGE_ERROR; fetch still works.

The broker's data directory sits on a 4 MiB tmpfs mounted for this test.
After a first batch is written, and one to a second, idle topic, a filler
file takes all the remaining space. Produce may succeed while the batches
fit in the blocks the broker preallocated past the data of the segments,
then must fail with KAFKA_STORAGE_ERROR (56) and never report success for
data it could not write, while Fetch still returns every acknowledged batch
byte for byte. The first failure must free the idle topic's preallocated
blocks. Mounting needs root (or CAP_SYS_ADMIN); where
`mount -t tmpfs` fails, the test is skipped.
"""

import errno
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402
import kafka_wire as kw  # noqa: E402

TMPFS_SIZE = "4m"
TOPIC = "full-disk"
IDLE_TOPIC = "full-disk-idle"


def allocated(path):
    """Bytes of the file system allocated to `path`."""
    return os.stat(path).st_blocks * 512


def fill(path):
    """Write to `path` until the file system reports ENOSPC; return bytes."""
    written = 0
    chunk = b"\xa5" * 65536
    with open(path, "wb", buffering=0) as out:
        while len(chunk):
            try:
                written += out.write(chunk)
            except OSError as err:
                if err.errno != errno.ENOSPC:
                    raise
                chunk = chunk[:len(chunk) // 2]
    return written


class FullDiskTest(unittest.TestCase):

    def setUp(self):
        self.mount_dir = tempfile.mkdtemp(prefix="herald-tmpfs-")
        result = subprocess.run(["mount", "-t", "tmpfs", "-o",
                                 f"size={TMPFS_SIZE}", "tmpfs",
                                 self.mount_dir],
                                capture_output=True, text=True)
        if result.returncode != 0:
            os.rmdir(self.mount_dir)
            self.skipTest("mount -t tmpfs failed (needs root): "
                          + result.stderr.strip())
        self.broker = None

    def tearDown(self):
        try:
            if self.broker is not None:
                self.broker.close()
        finally:
            subprocess.run(["umount", self.mount_dir], check=True)
            os.rmdir(self.mount_dir)

    def produce(self, conn, records, topic=TOPIC):
        body = conn.call(kw.PRODUCE, 3,
                         kw.produce_v3(topic, 0, kw.record_batch(records)))
        return kw.decode_produce_v3(body)["topics"][0]["partitions"][0]

    def fetch(self, conn):
        body = conn.call(kw.FETCH, 4, kw.fetch_v4(TOPIC, 0, 0))
        return kw.decode_fetch_v4(body)["topics"][0]["partitions"][0]

    def test_produce_on_full_disk(self):
        data_dir = os.path.join(self.mount_dir, "data")
        os.mkdir(data_dir)
        self.broker = harness.Broker({"auto.create.topics.enable": "false",
                                      "log.segment.bytes": str(1 << 20)},
                                     data_dir=data_dir)
        self.broker.start()
        first = [(f"k{i}".encode(), os.urandom(200), [("n", b"1")])
                 for i in range(10)]
        expected = [(i, k, v, h) for i, (k, v, h) in enumerate(first)]

        with kw.Connection(self.broker.port) as conn:
            body = conn.call(kw.CREATE_TOPICS, 0,
                             kw.create_topics_v0([TOPIC]))
            self.assertEqual(kw.decode_create_topics_v0(body)[0]
                             ["error_code"], kw.NONE)
            self.assertEqual(self.produce(conn, first)["error_code"],
                             kw.NONE)

            # A second topic that stays idle: its first batch makes the
            # broker allocate 64 KiB past the data of its segment.
            body = conn.call(kw.CREATE_TOPICS, 0,
                             kw.create_topics_v0([IDLE_TOPIC]))
            self.assertEqual(kw.decode_create_topics_v0(body)[0]
                             ["error_code"], kw.NONE)
            self.assertEqual(self.produce(conn, first[:1], IDLE_TOPIC)
                             ["error_code"], kw.NONE)
            idle_log = os.path.join(data_dir, f"{IDLE_TOPIC}-0",
                                    "00000000000000000000.log")
            self.assertGreaterEqual(allocated(idle_log), 64 * 1024)

            filler = os.path.join(self.mount_dir, "filler")
            print(f"filled the tmpfs with {fill(filler)} bytes")

            # Batches of 16 KiB need new pages, so a write cannot fit in
            # the unused tail of a page the segment already has. The blocks
            # preallocated past the data of the two segments take a few
            # batches, because the first failure frees those of the idle
            # topic.
            # A failed append also gives back the space it took, so a
            # success may follow a failure until that space is used up.
            codes = []
            for attempt in range(24):
                big = [(b"big", os.urandom(16 * 1024), [])]
                result = self.produce(conn, big)
                codes.append(result["error_code"])
                if result["error_code"] == kw.NONE:
                    self.assertEqual(result["base_offset"], len(expected))
                    expected.append((len(expected), b"big", big[0][1], []))
                elif len(codes) == codes.index(kw.KAFKA_STORAGE_ERROR) + 1:
                    self.assertLessEqual(allocated(idle_log), 4096)
            print(f"produce error codes on a full disk: {codes}")
            self.assertLessEqual(set(codes),
                                 {kw.NONE, kw.KAFKA_STORAGE_ERROR})
            self.assertIn(kw.KAFKA_STORAGE_ERROR, codes)
            self.assertLessEqual(codes.count(kw.NONE), 10)
            self.assertEqual(set(codes[16:]), {kw.KAFKA_STORAGE_ERROR})

            fetched = self.fetch(conn)
            self.assertEqual(fetched["error_code"], kw.NONE)
            self.assertEqual(fetched["high_watermark"], len(expected))
            self.assertEqual(kw.parse_records(fetched["records"]), expected)

            os.unlink(filler)
        self.broker.stop()


if __name__ == "__main__":
    sys.exit(harness.run_unittest())
