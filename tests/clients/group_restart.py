"""Committed offsets survive a broker restart, SIGKILL or clean.

A kafka-python consumer in group 'resume' reads part of a topic, commits
and closes. The broker is then SIGKILLed and started again on the same
data directory (and later stopped with SIGTERM and started again). A new
consumer of the group must report the committed offsets and resume at
them: its first record on each partition is the one after the last
committed, and nothing is skipped up to the end of the topic.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402

TOPIC = "resume.events"
PARTITIONS = 3
MESSAGES = 900
GROUP = "resume"


def produce(bootstrap, first, count):
    producer = KafkaProducer(bootstrap_servers=bootstrap)
    for i in range(first, first + count):
        producer.send(TOPIC, str(i).encode(), partition=i % PARTITIONS)
    producer.flush(timeout=60)
    producer.close()


def consume(bootstrap, limit):
    """Reads up to `limit` records in the group, commits and closes.
    Returns the first offset seen per partition and the records."""
    consumer = KafkaConsumer(TOPIC, bootstrap_servers=bootstrap,
                             group_id=GROUP, auto_offset_reset='earliest',
                             enable_auto_commit=False,
                             consumer_timeout_ms=10_000)
    first, records = {}, []
    for record in consumer:
        first.setdefault(record.partition, record.offset)
        records.append(record)
        if len(records) == limit:
            break
    consumer.commit()
    committed = {p: consumer.committed(TopicPartition(TOPIC, p))
                 for p in range(PARTITIONS)}
    consumer.close()
    return first, records, committed


def committed_now(bootstrap):
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=GROUP,
                             enable_auto_commit=False)
    offsets = {p: consumer.committed(TopicPartition(TOPIC, p))
               for p in range(PARTITIONS)}
    consumer.close()
    return offsets


def check_resume(bootstrap, before, limit):
    after = committed_now(bootstrap)
    assert after == before, f"committed offsets {after}, expected {before}"
    first, records, committed = consume(bootstrap, limit)
    for p, offset in first.items():
        assert offset == before[p], \
            f"partition {p} resumed at {offset}, committed {before[p]}"
    return records, committed


def main():
    with harness.Broker({"num.partitions": PARTITIONS}) as broker:
        produce(broker.bootstrap, 0, MESSAGES)
        _, seen, committed = consume(broker.bootstrap, 300)
        assert len(seen) == 300, f"read {len(seen)} records"
        assert sum(committed.values()) == 300, committed

        broker.restart()  # SIGKILL, then start on the same data
        more, committed = check_resume(broker.bootstrap, committed, 300)
        seen += more
        assert sum(committed.values()) == 600, committed

        broker.stop()
        broker.start()
        rest, committed = check_resume(broker.bootstrap, committed, 300)
        seen += rest
        assert sum(committed.values()) == MESSAGES, committed

        values = sorted(int(r.value) for r in seen)
        assert values == list(range(MESSAGES)), \
            f"{len(values)} records, {len(set(values))} distinct"
    print(f"group restart: OK ({MESSAGES} records over two restarts)")


if __name__ == "__main__":
    started = time.monotonic()
    main()
    print(f"took {time.monotonic() - started:.1f} s")
