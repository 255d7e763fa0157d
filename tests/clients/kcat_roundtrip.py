"""Round trip 100,000 keyed messages with headers through kcat.

kcat (Debian's 1.7.1, on librdkafka 2.0.2) produces a generated file of
`key<TAB>value` lines with two headers to a topic that the broker creates
with 4 partitions on first use, then consumes it back with the legacy
per-partition consumer (`-C -e`). The test checks that:

- `kcat -L` lists exactly one broker at the test's address and the topic
  with 4 partitions;
- every line comes back exactly once with its key, value and headers
  (compared as multisets of complete messages);
- within each partition the offsets run 0, 1, 2, ... with no gap and the
  messages keep the order in which the file listed them;
- all lines with one key land in one partition.

The same check then runs on 10,000 lines for each of kcat's compression
codecs (gzip, snappy, lz4, zstd), one topic per codec, and batches in that
topic's log files must carry the codec. librdkafka sends uncompressed
batches, and only logs a notice, when the broker's ApiVersions response does
not list the Produce versions it expects.
"""

import collections
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

MESSAGES = 100_000
PARTITIONS = 4
TOPIC = "kcat.roundtrip"
COMPRESSED_MESSAGES = 10_000
CODECS = ["gzip", "snappy", "lz4", "zstd"]
CODEC_IDS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}
BATCH_HEADER = 61  # bytes of a record batch before its first record
HEADERS = [("source", "kcat-test"), ("trace", "7f3a9c")]
FIELD_SEP = "\x1f"  # unit separator: never appears in keys or values


def generate_lines(path, count):
    rng = random.Random(20261204)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -_.:/{}\"'"
    lines = []
    for i in range(count):
        key = f"user-{rng.randrange(5000):04d}"
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(80)))
        lines.append((key, f"msg-{i:06d} {body}"))
    with open(path, "w") as out:
        for key, value in lines:
            out.write(f"{key}\t{value}\n")
    return lines


def run(cmd, **kwargs):
    started = time.monotonic()
    result = subprocess.run(cmd, capture_output=True, timeout=240, **kwargs)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise AssertionError(f"{cmd[0]} exited with {result.returncode}: "
                             f"{result.stderr.decode(errors='replace')}")
    return result.stdout, elapsed


def check_listing(broker, topic):
    out, _ = run(["kcat", "-b", broker.bootstrap, "-L", "-t", topic])
    text = out.decode()
    assert " 1 brokers:" in text, f"kcat -L shows no single broker:\n{text}"
    assert f"at {broker.bootstrap}" in text, \
        f"kcat -L does not show the broker at {broker.bootstrap}:\n{text}"
    expected = f'topic "{topic}" with {PARTITIONS} partitions:'
    assert expected in text, f"kcat -L lacks '{expected}':\n{text}"
    for partition in range(PARTITIONS):
        assert f"partition {partition}, leader" in text, \
            f"kcat -L lacks partition {partition}:\n{text}"


def parse_consumed(out):
    """Split kcat's output into (partition, offset, key, headers, value)."""
    records = []
    for line in out.decode().split("\n"):
        if not line:
            continue
        fields = line.split(FIELD_SEP)
        assert len(fields) == 5, f"unexpected kcat output line: {line!r}"
        partition, offset, key, headers, value = fields
        records.append((int(partition), int(offset), key, headers, value))
    return records


def check_records(sent, records):
    header_text = ",".join(f"{k}={v}" for k, v in HEADERS)
    assert len(records) == len(sent), \
        f"consumed {len(records)} messages, produced {len(sent)}"

    expected = collections.Counter((k, header_text, v) for k, v in sent)
    got = collections.Counter((k, h, v) for _, _, k, h, v in records)
    missing = expected - got
    extra = got - expected
    assert not missing, f"{sum(missing.values())} messages missing, " \
                        f"e.g. {next(iter(missing))}"
    assert not extra, f"{sum(extra.values())} unexpected messages, " \
                      f"e.g. {next(iter(extra))}"

    position = {value: i for i, (_, value) in enumerate(sent)}
    by_partition = collections.defaultdict(list)
    key_partition = {}
    for partition, offset, key, _, value in records:
        assert 0 <= partition < PARTITIONS, f"partition {partition}"
        by_partition[partition].append((offset, position[value]))
        assert key_partition.setdefault(key, partition) == partition, \
            f"key {key} found in partitions {key_partition[key]}, {partition}"
    for partition, entries in sorted(by_partition.items()):
        offsets = [offset for offset, _ in entries]
        assert offsets == list(range(len(offsets))), \
            f"partition {partition}: offsets are not 0..{len(offsets) - 1}"
        order = [pos for _, pos in entries]
        assert order == sorted(order), \
            f"partition {partition}: messages out of produce order"
    return {p: len(e) for p, e in sorted(by_partition.items())}


def round_trip(broker, topic, input_path, sent, codec="none"):
    """Produce `input_path` to `topic` with kcat, consume it back and check
    it against `sent`; return the message count of each partition."""
    header_args = []
    for name, value in HEADERS:
        header_args += ["-H", f"{name}={value}"]
    with open(input_path, "rb") as stdin:
        _, produce_s = run(["kcat", "-b", broker.bootstrap, "-P",
                            "-t", topic, "-K", "\t", *header_args,
                            "-z", codec,
                            "-X", "request.required.acks=all"],
                           stdin=stdin)
    print(f"kcat produce ({codec}): {len(sent)} messages in "
          f"{produce_s:.2f} s ({len(sent) / produce_s:,.0f} msg/s)")

    check_listing(broker, topic)

    fmt = FIELD_SEP.join(["%p", "%o", "%k", "%h", "%s"]) + "\\n"
    out, consume_s = run(["kcat", "-b", broker.bootstrap, "-C",
                          "-t", topic, "-o", "beginning", "-e",
                          "-f", fmt])
    print(f"kcat consume ({codec}): {len(sent)} messages in "
          f"{consume_s:.2f} s ({len(sent) / consume_s:,.0f} msg/s)")
    return check_records(sent, parse_consumed(out))


def stored_codecs(broker, topic):
    """Return the codec ids of every record batch in the topic's log
    files, read from the data directory."""
    codecs = []
    for name in os.listdir(broker.data_dir):
        if not name.startswith(topic + "-"):
            continue
        part_dir = os.path.join(broker.data_dir, name)
        for log in sorted(f for f in os.listdir(part_dir)
                          if f.endswith(".log")):
            with open(os.path.join(part_dir, log), "rb") as f:
                data = f.read()
            pos = 0
            while pos + BATCH_HEADER <= len(data):
                # baseOffset int64, batchLength int32, then 4 + 1 + 4
                # bytes of leader epoch, magic and CRC before attributes.
                length = int.from_bytes(data[pos + 8:pos + 12], "big")
                attributes = int.from_bytes(data[pos + 21:pos + 23], "big")
                codecs.append(attributes & 7)
                pos += 12 + length
    return codecs


def main():
    settings = {"num.partitions": PARTITIONS,
                "auto.create.topics.enable": "true"}
    with tempfile.TemporaryDirectory(prefix="herald-kcat-") as tmp, \
            harness.Broker(settings) as broker:
        input_path = os.path.join(tmp, "messages.txt")
        sent = generate_lines(input_path, MESSAGES)
        counts = round_trip(broker, TOPIC, input_path, sent)
        print(f"messages per partition: {counts}")

        # Compressed batches: the broker must store and return them intact.
        small_path = os.path.join(tmp, "small.txt")
        small = generate_lines(small_path, COMPRESSED_MESSAGES)
        for codec in CODECS:
            topic = f"{TOPIC}.{codec}"
            round_trip(broker, topic, small_path, small, codec)
            # librdkafka sends a batch uncompressed when compressing does
            # not make it smaller, as with a few short records, so only
            # some batches need to carry the codec.
            codecs = stored_codecs(broker, topic)
            assert CODEC_IDS[codec] in codecs, \
                (f"{topic}: none of {len(codecs)} batches has codec id "
                 f"{CODEC_IDS[codec]}: {sorted(set(codecs))}")
            assert set(codecs) <= {0, CODEC_IDS[codec]}, \
                f"{topic}: codec ids {sorted(set(codecs))}"
    print("kcat round trip: OK")


if __name__ == "__main__":
    main()
