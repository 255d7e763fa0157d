"""A kafka-python consumer group with a pattern subscription.

The consumer is the classic one, unchanged but for the port:
KafkaConsumer(bootstrap_servers='localhost:PORT', group_id='event_handler')
subscribed to the pattern '^.*', handling JSON events that a KafkaProducer
sends to topics named after event types. One topic exists before the
consumer starts, one is created right after it started and one while it
is consuming. kafka-python matches the pattern against Metadata on each
rebalance and every metadata.max.age.ms (5 min), so a second member joining
the group makes it see the third topic. The consumer stops once it has
handled every event, and each must arrive with the content sent.

A subscription to the literal topic '*' is rejected: kafka-python raises
ValueError itself, and the broker returns INVALID_TOPIC_EXCEPTION
(17) in Metadata for '*', as Kafka does.
"""

import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402
from kafka.client_async import KafkaClient  # noqa: E402
from kafka.protocol.metadata import MetadataRequest  # noqa: E402

EARLY, SOON, LATE = "order.created", "payment.received", "shipment.dispatched"
TRIGGER = "rebalance.trigger"
PARTITIONS = 2
FIRST_BATCH = 400
SECOND_BATCH = 600
DEADLINE_S = 120


def event(i, event_type):
    return {"type": event_type, "id": i, "amount_cents": i * 37 % 10_000}


def wait_assigned(consumer, topics, deadline):
    """Poll until every partition of `topics` is assigned with a position,
    so that events sent from now on are consumed (the group starts from
    the latest offset)."""
    expected = {TopicPartition(t, p) for t in topics for p in range(PARTITIONS)}
    handled = []
    while time.monotonic() < deadline:
        for records in consumer.poll(timeout_ms=200).values():
            handled += records
        if expected <= consumer.assignment():
            for tp in expected:
                consumer.position(tp)
            return handled
    raise AssertionError(f"partitions {sorted(expected)} not assigned; "
                         f"assignment {sorted(consumer.assignment())}")


def consume_until(consumer, received, count, deadline):
    while len(received) < count and time.monotonic() < deadline:
        for records in consumer.poll(timeout_ms=200).values():
            for record in records:
                handle(record, received)


def handle(record, received):
    value = json.loads(record.value)
    assert value["type"] == record.topic, f"{value} arrived on {record.topic}"
    received.setdefault(value["id"], value)


def send(producer, first, count, topics):
    sent = {}
    for i in range(first, first + count):
        topic = topics[i % len(topics)]
        sent[i] = event(i, topic)
        producer.send(topic, json.dumps(sent[i]).encode())
    producer.flush(timeout=60)
    return sent


def check_star_rejected(port):
    consumer = KafkaConsumer(bootstrap_servers=f'localhost:{port}',
                             group_id='event_handler')
    try:
        consumer.subscribe(['*'])
        raise AssertionError("subscribe(['*']) was accepted")
    except ValueError as err:
        assert "illegal" in str(err), err
    finally:
        consumer.close()

    client = KafkaClient(bootstrap_servers=f'localhost:{port}')
    try:
        node = client.least_loaded_node()
        deadline = time.monotonic() + 10
        while not client.ready(node) and time.monotonic() < deadline:
            client.poll(timeout_ms=100)
        future = client.send(node, MetadataRequest[1](topics=['*']))
        client.poll(future=future)
        assert future.succeeded(), future.exception
        topics = future.value.topics
        assert len(topics) == 1, topics
        error_code, name = topics[0][0], topics[0][1]
        assert name == '*', topics
        assert error_code == 17, f"Metadata for '*': error {error_code}"
    finally:
        client.close()


def main():
    settings = {"num.partitions": PARTITIONS,
                "auto.create.topics.enable": "true"}
    with harness.Broker(settings) as broker:
        port = broker.port
        deadline = time.monotonic() + DEADLINE_S
        producer = KafkaProducer(bootstrap_servers=f'localhost:{port}')
        producer.send(EARLY, b'{"type": "warm-up"}').get(timeout=30)

        consumer = KafkaConsumer(bootstrap_servers=f'localhost:{port}',
                                 group_id='event_handler')
        consumer.subscribe(pattern='^.*')
        producer.send(SOON, b'{"type": "warm-up"}').get(timeout=30)

        # A group with no committed offsets starts at the log end, so the
        # events go out once the partitions are assigned.
        early = wait_assigned(consumer, [EARLY, SOON], deadline)
        assert all(b"warm-up" in r.value for r in early), early
        sent = send(producer, 0, FIRST_BATCH, [EARLY, SOON])
        received = {}
        consume_until(consumer, received, FIRST_BATCH, deadline)
        assert len(received) == FIRST_BATCH, \
            f"{len(received)} of {FIRST_BATCH} events before the new topic"

        # A topic created while the group consumes shows up at the next
        # rebalance, here caused by a second member joining.
        producer.send(LATE, b'{"type": "warm-up"}').get(timeout=30)
        helper = KafkaConsumer(bootstrap_servers=f'localhost:{port}',
                               group_id='event_handler')
        helper.subscribe([TRIGGER])
        stop = threading.Event()

        def keep_helper_in_group():
            while not stop.is_set():
                helper.poll(timeout_ms=100)

        poller = threading.Thread(target=keep_helper_in_group)
        poller.start()
        try:
            wait_assigned(consumer, [EARLY, SOON, LATE], deadline)
            sent.update(send(producer, FIRST_BATCH, SECOND_BATCH,
                             [EARLY, SOON, LATE]))
            consume_until(consumer, received, len(sent), deadline)
        finally:
            stop.set()
            poller.join()
            helper.close()
        consumer.close()
        producer.close()

        missing = sorted(set(sent) - set(received))
        assert not missing, f"{len(missing)} events not handled: {missing[:5]}"
        for i, value in sent.items():
            assert received[i] == value, f"event {i}: {received[i]} != {value}"
        late = sum(1 for v in received.values() if v["type"] == LATE)
        assert late == SECOND_BATCH // 3, f"{late} events from {LATE}"

        check_star_rejected(port)
    print(f"kafka-python group: OK ({len(sent)} events, 3 topics, "
          f"pattern '^.*')")


if __name__ == "__main__":
    main()
