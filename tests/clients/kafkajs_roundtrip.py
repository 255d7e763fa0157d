"""Produce with kafkajs, read back with kafka-python and compare.

kafkajs/produce.js creates a topic with kafkajs's admin client, checks it
with listTopics and fetchTopicMetadata, produces keyed messages with two
headers (a string and 8 binary bytes) and writes each message with the
partition and offset it got. kafka-python then reads the whole topic
without a group, and every record must match one sent message exactly:
same partition and offset, key, value and headers, with nothing extra.

Needs `npm ci` in tests/clients/kafkajs first; without node_modules the
test is skipped.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness  # noqa: E402

from kafka import KafkaConsumer, TopicPartition  # noqa: E402

TOPIC = "kafkajs.roundtrip"
PARTITIONS = 3
MESSAGES = 5000
JS_DIR = os.path.join(HERE, "kafkajs")


def load_sent(path):
    sent = {}
    with open(path) as lines:
        for line in lines:
            m = json.loads(line)
            where = (m["partition"], int(m["offset"]))
            assert where not in sent, f"produce.js reported {where} twice"
            sent[where] = (m["key"].encode(), m["value"].encode(),
                           [("trace-id", m["headers"]["trace-id"].encode()),
                            ("binary", bytes.fromhex(m["headers"]["binary"]))])
    return sent


def read_back(bootstrap, count):
    consumer = KafkaConsumer(bootstrap_servers=bootstrap,
                             auto_offset_reset="earliest",
                             enable_auto_commit=False,
                             consumer_timeout_ms=10_000)
    consumer.assign([TopicPartition(TOPIC, p) for p in range(PARTITIONS)])
    received = {}
    for record in consumer:
        where = (record.partition, record.offset)
        assert where not in received, f"{where} delivered twice"
        received[where] = (record.key, record.value, list(record.headers))
        if len(received) == count:
            break
    consumer.close()
    return received


def main():
    if not os.path.isdir(os.path.join(JS_DIR, "node_modules", "kafkajs")):
        print(f"SKIP: kafkajs is not installed; run 'npm ci' in {JS_DIR}")
        return harness.SKIP
    node = shutil.which("node")
    if node is None:
        print("SKIP: node is not on PATH")
        return harness.SKIP

    with tempfile.TemporaryDirectory(prefix="herald-kafkajs-") as tmp, \
            harness.Broker({"auto.create.topics.enable": "false"}) as broker:
        sent_path = os.path.join(tmp, "sent.jsonl")
        subprocess.run([node, os.path.join(JS_DIR, "produce.js"),
                        broker.bootstrap, TOPIC, str(PARTITIONS),
                        str(MESSAGES), sent_path],
                       check=True, timeout=180)
        sent = load_sent(sent_path)
        assert len(sent) == MESSAGES, f"{len(sent)} messages reported sent"

        received = read_back(broker.bootstrap, len(sent))
        missing = sorted(set(sent) - set(received))
        extra = sorted(set(received) - set(sent))
        assert not missing, f"{len(missing)} messages missing: {missing[:3]}"
        assert not extra, f"{len(extra)} unexpected records: {extra[:3]}"
        for where, message in sent.items():
            assert received[where] == message, \
                f"{where}: read {received[where]!r}, sent {message!r}"
        for p in range(PARTITIONS):
            offsets = sorted(o for q, o in sent if q == p)
            assert offsets == list(range(len(offsets))), \
                f"partition {p}: offsets are not 0..{len(offsets) - 1}"
    print(f"kafkajs round trip: OK ({MESSAGES} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
