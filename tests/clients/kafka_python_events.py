"""Publish JSON events with kafka-python and read them back without a group.

This is the producer code a typical service writes with kafka-python 2.0.2
(Debian's python3-kafka), changed only in the port: one topic per event
type, JSON-encoded values, default settings otherwise. A consumer with no
group_id then assigns every partition of those topics and reads from the
earliest offset. Each record must match what the producer's futures
reported: the same topic, partition and offset, the same bytes and the same
decoded event. Auto-created topics get the broker's default
partition count, set to 3 here.

A second phase sends batches in each of kafka-python's compression codecs
and reads them back.
"""

import collections
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402

EVENT_TYPES = ["order.created", "payment.received", "shipment.dispatched",
               "user.signed_up"]
EVENTS = 20_000
PARTITIONS = 3
COMPRESSED_EVENTS = 3000
# kafka-python writes snappy with xerial framing, unlike librdkafka. Its
# snappy, lz4 and zstd codecs need Debian's python3-snappy, python3-lz4 and
# python3-zstandard.
CODECS = ["gzip", "snappy", "lz4", "zstd"]


def make_event(i):
    event_type = EVENT_TYPES[i % len(EVENT_TYPES)]
    return event_type, {
        "type": event_type,
        "id": i,
        "customer": f"c-{i * 7919 % 1000:03d}",
        "amount_cents": i * 37 % 100_000,
        "items": [{"sku": f"sku-{j}", "qty": j + 1} for j in range(i % 4)],
        "note": "ünïcödé ✓" if i % 10 == 0 else None,
    }


def produce(port):
    producer = KafkaProducer(
        bootstrap_servers=f'localhost:{port}',
        value_serializer=lambda v: json.dumps(v).encode())

    started = time.monotonic()
    pending = []
    for i in range(EVENTS):
        topic, event = make_event(i)
        pending.append((topic, event, producer.send(topic, event)))
    producer.flush(timeout=120)
    elapsed = time.monotonic() - started

    sent = {}
    for topic, event, future in pending:
        meta = future.get(timeout=60)
        assert meta.topic == topic, f"{meta.topic} != {topic}"
        where = (meta.topic, meta.partition, meta.offset)
        assert where not in sent, f"two events acknowledged at {where}"
        sent[where] = event
    producer.close(timeout=30)
    print(f"kafka-python produce: {EVENTS} events in {elapsed:.2f} s "
          f"({EVENTS / elapsed:,.0f} msg/s)")
    return sent


def consume(port, expected_count):
    consumer = KafkaConsumer(bootstrap_servers=f'localhost:{port}',
                             auto_offset_reset='earliest',
                             enable_auto_commit=False,
                             consumer_timeout_ms=10_000)
    partitions = []
    for topic in EVENT_TYPES:
        ids = consumer.partitions_for_topic(topic)
        assert ids == set(range(PARTITIONS)), \
            f"topic {topic} has partitions {ids}, expected {PARTITIONS}"
        partitions += [TopicPartition(topic, p) for p in sorted(ids)]
    consumer.assign(partitions)

    started = time.monotonic()
    received = {}
    for record in consumer:
        where = (record.topic, record.partition, record.offset)
        assert where not in received, f"{where} delivered twice"
        received[where] = record.value
        if len(received) == expected_count:
            break
    elapsed = time.monotonic() - started
    consumer.close()
    print(f"kafka-python consume: {len(received)} events in {elapsed:.2f} s "
          f"({len(received) / elapsed:,.0f} msg/s)")
    return received


def compare(sent, received):
    missing = sorted(set(sent) - set(received))
    extra = sorted(set(received) - set(sent))
    assert not missing, f"{len(missing)} events not read back, e.g. " \
                        f"{missing[:3]}"
    assert not extra, f"{len(extra)} unexpected records, e.g. {extra[:3]}"
    for where, event in sent.items():
        raw = received[where]
        assert raw == json.dumps(event).encode(), \
            f"{where}: bytes differ: {raw[:80]!r}"
        assert json.loads(raw) == event, f"{where}: decoded event differs"

    per_topic = collections.Counter(topic for topic, _, _ in sent)
    for topic in EVENT_TYPES:
        assert per_topic[topic] == EVENTS // len(EVENT_TYPES), \
            f"{topic}: {per_topic[topic]} events"
        offsets = collections.defaultdict(list)
        for (t, partition, offset) in sent:
            if t == topic:
                offsets[partition].append(offset)
        for partition, found in offsets.items():
            assert sorted(found) == list(range(len(found))), \
                f"{topic}[{partition}]: offsets are not 0..{len(found) - 1}"


def compressed_round_trip(port, codec):
    """Send COMPRESSED_EVENTS raw JSON values in `codec` batches to one
    topic and read them back without a group."""
    topic = f"compressed.{codec}"
    producer = KafkaProducer(bootstrap_servers=f'localhost:{port}',
                             compression_type=codec, linger_ms=5)
    futures = [(i, producer.send(topic, json.dumps(make_event(i)[1])
                                 .encode()))
               for i in range(COMPRESSED_EVENTS)]
    producer.flush(timeout=60)
    sent = {}
    for i, future in futures:
        meta = future.get(timeout=30)
        sent[(meta.partition, meta.offset)] = json.dumps(
            make_event(i)[1]).encode()
    producer.close(timeout=30)

    consumer = KafkaConsumer(bootstrap_servers=f'localhost:{port}',
                             auto_offset_reset='earliest',
                             enable_auto_commit=False,
                             consumer_timeout_ms=10_000)
    consumer.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
    received = {}
    for record in consumer:
        received[(record.partition, record.offset)] = record.value
        if len(received) == len(sent):
            break
    consumer.close()
    assert received == sent, f"{codec}: {len(received)} records read, " \
        f"{len(sent)} sent, {len(set(sent) - set(received))} missing"
    print(f"kafka-python {codec}: {len(sent)} events round-tripped")


def main():
    settings = {"num.partitions": PARTITIONS,
                "auto.create.topics.enable": "true"}
    with harness.Broker(settings) as broker:
        sent = produce(broker.port)
        received = consume(broker.port, len(sent))
        compare(sent, received)
        for codec in CODECS:
            compressed_round_trip(broker.port, codec)
    print(f"kafka-python events: OK ({len(sent)} events, "
          f"{len(EVENT_TYPES)} topics, codecs {', '.join(CODECS)})")


if __name__ == "__main__":
    main()
