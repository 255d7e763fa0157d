"""libherald's Kafka transport end to end against a real herald broker.

Each test starts its own broker on a free 127.0.0.1 port through
tests/clients/harness.py and runs the C programs built from tests/lib and
examples/ against it. kcat reads back what libherald wrote and writes what
libherald must decode, so the checks do not rely on libherald alone.

    kafka_e2e.py bus LIB_BUS_TEST
    kafka_e2e.py pipeline KAFKA_E2E EVENTS
    kafka_e2e.py kill-restart KAFKA_E2E EVENTS
    kafka_e2e.py offsets-held KAFKA_E2E
    kafka_e2e.py kcat-cloudevents KAFKA_E2E
    kafka_e2e.py order-service ORDER_SERVICE

Exit status 0 when every check passed, 1 otherwise, 77 when kcat is
missing.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "clients"))

import harness  # noqa: E402


class CheckFailed(Exception):
    """A check failed; the message names the value found and the one expected."""


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def run(cmd, timeout, echo=True, **kwargs):
    """Run cmd, echo its output and return the CompletedProcess."""
    print("+ " + " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, timeout=timeout, capture_output=True,
                          text=True, **kwargs)
    if echo:
        sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    return proc


def kcat_read(bootstrap, topic, count, timeout=60):
    """Read `count` records of topic from the beginning with kcat -J."""
    proc = run(["kcat", "-b", bootstrap, "-C", "-t", topic, "-o",
                "beginning", "-c", str(count), "-e", "-J", "-q"], timeout,
               echo=False)
    expect(proc.returncode == 0, f"kcat -C -t {topic} exited with status "
                                 f"{proc.returncode}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line]


def test_bus(lib_bus_test):
    """The bus test's handler code on the Kafka transport."""
    with harness.Broker({"num.partitions": "2"}) as broker:
        env = dict(os.environ, HERALD_TEST_KAFKA=broker.bootstrap)
        proc = subprocess.run([lib_bus_test], env=env, timeout=900)
        expect(proc.returncode == 0,
               f"lib_bus_test exited with status {proc.returncode}")


def test_pipeline(tool, events):
    """order.created -> reserve -> inventory.reserved -> pay ->
    payment.requested; one poison event ends in order.created.dlq."""
    with harness.Broker({"num.partitions": "4"}) as broker:
        proc = run([tool, "pipeline", broker.bootstrap, str(events)], 900)
        expect(proc.returncode == 0,
               f"pipeline exited with status {proc.returncode}")
        records = kcat_read(broker.bootstrap, "order.created.dlq", 2,
                            timeout=30)
        expect(len(records) == 1, f"order.created.dlq holds {len(records)} "
                                  "records, expected 1")
        record = records[0]
        headers = record.get("headers") or []
        # kcat 1.7 prints headers as a flat [name, value, ...] list.
        if isinstance(headers, list):
            headers = dict(zip(headers[0::2], headers[1::2]))
        print(f"dead letter headers: {headers}")
        want = {
            "ce_type": "order.created",
            "ce_dlqreason": "order 4242 names no known sku",
            "ce_dlqattempts": "1",
            "ce_dlqhandler": "reserve",
            "ce_dlqtopic": "order.created",
        }
        for name, value in want.items():
            expect(headers.get(name) == value,
                   f"dead letter header {name}={headers.get(name)!r}, "
                   f"expected {value!r}")
        for name in ("ce_dlqpartition", "ce_dlqoffset", "ce_id"):
            expect(name in headers, f"dead letter has no {name} header")
        expect(record.get("payload") == '{"n":4242}',
               f"dead letter value {record.get('payload')!r}, expected "
               "the original data")


def start_relay(tool, bootstrap):
    return subprocess.Popen([tool, "relay", bootstrap, "orders.in",
                             "orders.out"], stdout=subprocess.DEVNULL)


def committed_offsets(bootstrap, group, topic, partitions):
    """The offsets that group committed on topic, and the end offsets."""
    from kafka import KafkaConsumer, TopicPartition
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group,
                             enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in range(partitions)]
        ends = consumer.end_offsets(parts)
        return ([consumer.committed(tp) for tp in parts],
                [ends[tp] for tp in parts])
    finally:
        consumer.close()


def committed_total(bootstrap, group, topic, partitions):
    """Sum of the offsets that group committed on topic's partitions."""
    committed, _ = committed_offsets(bootstrap, group, topic, partitions)
    return sum(offset or 0 for offset in committed)


def wait_committed(bootstrap, relay, at_least, timeout):
    """Wait until the relay group committed at_least offsets of
    orders.in, while the relay still runs."""
    deadline = time.monotonic() + timeout
    committed = 0
    while time.monotonic() < deadline:
        expect(relay.poll() is None,
               f"relay exited with status {relay.returncode}")
        committed = committed_total(bootstrap, "relay", "orders.in", 4)
        if committed >= at_least:
            return committed
        time.sleep(0.05)
    raise CheckFailed(f"relay committed {committed} offsets in {timeout} s, "
                      f"expected {at_least}")


def test_kill_restart(tool, events):
    """SIGKILL a relay after its first commits; the restarted relay
    resumes from them and misses no event."""
    with harness.Broker({"num.partitions": "4"}) as broker:
        proc = run([tool, "produce", broker.bootstrap, "orders.in",
                    str(events)], 300)
        expect(proc.returncode == 0, "producing orders.in failed")
        relay = start_relay(tool, broker.bootstrap)
        try:
            wait_committed(broker.bootstrap, relay, events // 10, 300)
            relay.send_signal(signal.SIGKILL)
            relay.wait()
            committed = committed_total(broker.bootstrap, "relay",
                                        "orders.in", 4)
            print(f"relay killed with {committed} of {events} offsets "
                  "committed")
            expect(committed < events, "the relay finished before the kill")
            relay = start_relay(tool, broker.bootstrap)
            proc = run([tool, "collect", broker.bootstrap, "orders.out",
                        str(events), "180"], 300)
            expect(proc.returncode == 0, "events are missing after the "
                                         "restart")
        finally:
            if relay.poll() is None:
                relay.send_signal(signal.SIGTERM)
                relay.wait(60)


def held_record(log_path):
    """The partition and offset of the relay's offsets held line."""
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for line in log:
            if 'msg="offsets held"' in line:
                fields = dict(f.split("=", 1) for f in line.split()
                              if "=" in f)
                return int(fields["partition"]), int(fields["offset"])
    return None


def kcat_record_at(bootstrap, topic, partition, offset):
    """The value of one record, read with kcat."""
    proc = run(["kcat", "-b", bootstrap, "-C", "-t", topic, "-p",
                str(partition), "-o", str(offset), "-c", "1", "-e", "-q",
                "-f", "%s\\n"], 60, echo=False)
    expect(proc.returncode == 0, f"kcat could not read {topic} partition "
                                 f"{partition} offset {offset}")
    return proc.stdout.strip()


def wait_commits_settle(bootstrap, timeout):
    """Wait until the relay group's commits on orders.in stop moving."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        current = committed_offsets(bootstrap, "relay", "orders.in", 4)
        if current == last:
            return current
        last = current
        time.sleep(1.0)
    raise CheckFailed(f"relay commits still moving after {timeout} s")


def test_offsets_held(tool):
    """An emitted event that the broker rejects stops its partition's
    commits at the record that emitted it, and a restarted relay handles
    that record again."""
    events, oversize_n = 2000, 500
    settings = {"num.partitions": "4", "message.max.bytes": "4096"}
    with harness.Broker(settings) as broker, \
            tempfile.TemporaryDirectory(prefix="offsets-held-") as tmp:
        proc = run([tool, "produce", broker.bootstrap, "orders.in",
                    str(events)], 300)
        expect(proc.returncode == 0, "producing orders.in failed")
        log_path = os.path.join(tmp, "relay.log")
        with open(log_path, "w") as log:
            relay = subprocess.Popen(
                [tool, "relay", broker.bootstrap, "orders.in", "orders.out",
                 str(oversize_n)], stdout=subprocess.DEVNULL, stderr=log,
                env=dict(os.environ, KAFKA_E2E_LOG="1"))
        try:
            proc = run([tool, "collect", broker.bootstrap, "orders.out",
                        str(events), "120", str(oversize_n)], 200)
            expect(proc.returncode == 0,
                   f"every event but {oversize_n} should reach orders.out")
            held = held_record(log_path)
            expect(held is not None, "the relay logged no offsets held line")
            partition, offset = held
            value = kcat_record_at(broker.bootstrap, "orders.in", partition,
                                   offset)
            expect(value == f'{{"n":{oversize_n}}}',
                   f"offsets held at partition {partition} offset {offset},"
                   f" whose value is {value!r}, expected event {oversize_n}")
            committed, ends = wait_commits_settle(broker.bootstrap, 30)
            print(f"committed={committed} end={ends}")
            for p in range(4):
                want = offset if p == partition else ends[p]
                expect(committed[p] == want,
                       f"partition {p} committed {committed[p]}, expected "
                       f"{want}")
        finally:
            relay.send_signal(signal.SIGTERM)
            relay.wait(60)
        # Without the oversized emit, the restarted relay handles the
        # record again and everything after it in its partition.
        relay = start_relay(tool, broker.bootstrap)
        try:
            deadline = time.monotonic() + 60
            committed, ends = committed_offsets(broker.bootstrap, "relay",
                                                "orders.in", 4)
            while committed != ends and time.monotonic() < deadline:
                time.sleep(0.5)
                committed, ends = committed_offsets(
                    broker.bootstrap, "relay", "orders.in", 4)
            expect(committed == ends, f"after the restart the relay "
                                      f"committed {committed}, expected "
                                      f"{ends}")
        finally:
            relay.send_signal(signal.SIGTERM)
            relay.wait(60)
        outputs = kcat_read(broker.bootstrap, "orders.out", 100000)
        count = sum(1 for r in outputs
                    if r.get("payload") == f'{{"n":{oversize_n}}}')
        expect(count == 1, f"orders.out holds event {oversize_n} {count} "
                           "times, expected once")


def receive_one(tool, bootstrap, topic):
    """Return the attributes the receive program printed for topic."""
    proc = run([tool, "receive", bootstrap, topic], 120)
    expect(proc.returncode == 0, f"no event received on {topic}")
    return dict(line.split("=", 1) for line in proc.stdout.splitlines()
                if "=" in line)


def expect_attributes(got, want):
    for name, value in want.items():
        expect(got.get(name) == value,
               f"decoded {name}={got.get(name)!r}, expected {value!r}")


def test_kcat_cloudevents(tool):
    """CloudEvents that kcat writes decode to the right event: binary mode
    (ce_ headers) and structured mode (the JSON format as the value)."""
    headers = {
        "ce_specversion": "1.0",
        "ce_id": "kcat-order-9",
        "ce_type": "com.example.order.placed",
        "ce_source": "/shop/kcat",
        "ce_time": "2026-01-02T03:04:05.678Z",
        "ce_subject": "order-9",
        "ce_customer": "acme",
        "content-type": "application/json",
    }
    structured = {
        "specversion": "1.0",
        "id": "kcat-order-10",
        "type": "com.example.order.placed",
        "source": "/shop/kcat",
        "datacontenttype": "application/json",
        "customer": "globex",
        "data": {"qty": 4},
    }
    cmd_headers = []
    for name, value in headers.items():
        cmd_headers += ["-H", f"{name}={value}"]
    with harness.Broker() as broker:
        proc = run(["kcat", "-b", broker.bootstrap, "-P", "-t",
                    "orders.kcat", "-k", "order-9"] + cmd_headers, 60,
                   input='{"qty":3}\n')
        expect(proc.returncode == 0, "kcat -P failed")
        expect_attributes(receive_one(tool, broker.bootstrap, "orders.kcat"),
                          {
                              "id": "kcat-order-9",
                              "type": "com.example.order.placed",
                              "source": "/shop/kcat",
                              "specversion": "1.0",
                              "time": "2026-01-02T03:04:05.678Z",
                              "subject": "order-9",
                              "datacontenttype": "application/json",
                              "ext.customer": "acme",
                              "data": '{"qty":3}',
                          })
        proc = run(["kcat", "-b", broker.bootstrap, "-P", "-t",
                    "orders.kcat.structured", "-H",
                    "content-type=application/cloudevents+json"], 60,
                   input=json.dumps(structured) + "\n")
        expect(proc.returncode == 0, "kcat -P failed")
        expect_attributes(receive_one(tool, broker.bootstrap,
                                      "orders.kcat.structured"),
                          {
                              "id": "kcat-order-10",
                              "type": "com.example.order.placed",
                              "source": "/shop/kcat",
                              "specversion": "1.0",
                              "time": "(unset)",
                              "datacontenttype": "application/json",
                              "ext.customer": "globex",
                              "data": '{"qty":4}',
                          })


def outcome_lines(path):
    with open(path, encoding="utf-8", errors="replace") as log:
        text = log.read()
    return sum(text.count(f'msg="{msg}"') for msg in
               ("event handled", "event failed", "event invalid"))


def test_order_service(example):
    """The example service with --publish 30 against a broker started with
    the same options as scripts/run.sh, on a free port."""
    orders = 30
    with harness.Broker() as broker, \
            tempfile.TemporaryDirectory(prefix="order-service-") as tmp:
        err_path = os.path.join(tmp, "stderr.log")
        url = f"kafka://{broker.bootstrap}?acks=all&linger.ms=5"
        with open(err_path, "w") as err:
            service = subprocess.Popen([example, url, "--publish",
                                        str(orders)],
                                       stdout=subprocess.PIPE, stderr=err,
                                       text=True)
        try:
            deadline = time.monotonic() + 120
            while (outcome_lines(err_path) < orders
                   and time.monotonic() < deadline
                   and service.poll() is None):
                time.sleep(0.1)
            expect(outcome_lines(err_path) == orders,
                   f"{outcome_lines(err_path)} orders handled or failed "
                   f"within 120 s, expected {orders}")
            service.send_signal(signal.SIGTERM)
            out, _ = service.communicate(timeout=60)
        finally:
            if service.poll() is None:
                service.kill()
                service.wait()
        sys.stdout.write(out)
        expect(service.returncode == 0,
               f"order_service exited with status {service.returncode}")
        counters = dict(field.split("=", 1)
                        for field in out.split("\n")[-2].split())
        counters = {name: int(value) for name, value in counters.items()}
        handled = counters["handled"]
        rejected = counters["failed"] + counters["invalid"]
        expect(handled + rejected == orders,
               f"handled={handled} failed+invalid={rejected}, expected "
               f"{orders} in all")
        # The stock (50 apple, 20 pear, 5 plum) is less than the sample
        # orders ask for, so some must fail.
        expect(handled > 0 and rejected > 0,
               f"handled={handled} rejected={rejected}, expected both > 0")
        expect(counters["dead_lettered"] == rejected,
               f"dead_lettered={counters['dead_lettered']}, expected "
               f"{rejected}")
        reserved = kcat_read(broker.bootstrap, "inventory.reserved",
                             handled + 1, timeout=30)
        expect(len(reserved) == handled,
               f"inventory.reserved holds {len(reserved)} records, expected "
               f"{handled}")
        dead = kcat_read(broker.bootstrap, "order.created.dlq", rejected + 1,
                         timeout=30)
        expect(len(dead) == rejected,
               f"order.created.dlq holds {len(dead)} records, expected "
               f"{rejected}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    name, args = argv[0], argv[1:]
    if name != "bus" and shutil.which("kcat") is None:
        print("SKIP: kcat is not installed (Debian: kcat)", file=sys.stderr)
        return harness.SKIP
    tests = {
        "bus": lambda: test_bus(args[0]),
        "pipeline": lambda: test_pipeline(args[0], int(args[1])),
        "kill-restart": lambda: test_kill_restart(args[0], int(args[1])),
        "offsets-held": lambda: test_offsets_held(args[0]),
        "kcat-cloudevents": lambda: test_kcat_cloudevents(args[0]),
        "order-service": lambda: test_order_service(args[0]),
    }
    try:
        tests[name]()
    except (CheckFailed, harness.BrokerError,
            subprocess.TimeoutExpired) as err:
        print(f"FAIL: {name}: {err}", file=sys.stderr)
        return 1
    print(f"PASS: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
