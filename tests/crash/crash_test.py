"""Acknowledged messages survive SIGKILL of the broker, 20 times in a row.

Each round starts the broker on the same data directory and port, starts
`crash_client produce` (acks=all, ids appended to a file once acknowledged),
waits for the first acknowledgement, then SIGKILLs the broker at a random
moment while messages are in flight and stops the producer. The broker is
started again and `crash_client verify` reads every partition to its high
watermark: the log must be readable to its end without gaps or damaged
payloads, and every acknowledged id must be in it.

usage: crash_test.py CRASH_CLIENT [ROUNDS]
The random kill delays come from a seed printed at the start; set
HERALD_CRASH_SEED to repeat a run.
"""

import os
import random
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "clients"))
import harness  # noqa: E402

TOPIC = "crash.acked"
IDS_PER_ROUND = 1_000_000
RATE = 20_000  # messages per second
TIME_LIMIT_S = 170


def wait_for_ack(path, producer, timeout=15.0):
    deadline = time.monotonic() + timeout
    start_size = os.path.getsize(path) if os.path.exists(path) else 0
    while time.monotonic() < deadline:
        if os.path.exists(path) and os.path.getsize(path) > start_size:
            return True
        if producer.poll() is not None:
            raise AssertionError(f"producer exited with {producer.returncode}"
                                 " before any acknowledgement")
        time.sleep(0.01)
    return False


def count_lines(path):
    if not os.path.exists(path):
        return 0
    with open(path, "rb") as ids:
        return sum(1 for _ in ids)


def verify_round(client, broker, acked, rounds, label):
    """Run `crash_client verify` and raise AssertionError if it fails."""
    result = subprocess.run(
        [client, "verify", "--bootstrap", broker.bootstrap, "--topic", TOPIC,
         "--acked", acked, "--max-id", str(rounds * IDS_PER_ROUND)],
        capture_output=True, text=True, timeout=90)
    print(f"{label}: {result.stdout.strip()}")
    if result.returncode != 0:
        raise AssertionError(f"{label}: verify failed\n{result.stderr}\n"
                             + broker.log_tail())


def main(argv):
    client = argv[1]
    rounds = int(argv[2]) if len(argv) > 2 else 20
    seed = int(os.environ.get("HERALD_CRASH_SEED", time.time_ns() % 10**9))
    rng = random.Random(seed)
    print(f"crash test: {rounds} rounds, seed {seed}")
    started = time.monotonic()

    with tempfile.TemporaryDirectory(prefix="herald-crash-") as tmp:
        acked = os.path.join(tmp, "acked.txt")
        # Small segments make the kills land near segment rolls too, and
        # recovery has to check more than one segment per partition.
        broker = harness.Broker({"num.partitions": "4",
                                 "auto.create.topics.enable": "true",
                                 "log.segment.bytes": str(256 * 1024)})
        try:
            broker.start()
            for n in range(rounds):
                producer = subprocess.Popen(
                    [client, "produce", "--bootstrap", broker.bootstrap,
                     "--topic", TOPIC, "--acked", acked,
                     "--first-id", str(n * IDS_PER_ROUND),
                     "--rate", str(RATE)],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    if not wait_for_ack(acked, producer):
                        raise AssertionError(f"round {n}: no message "
                                             "acknowledged within 15 s\n"
                                             + broker.log_tail())
                    delay = rng.uniform(0.0, 1.0)
                    time.sleep(delay)
                    broker.kill()
                    time.sleep(0.1)
                finally:
                    producer.kill()
                    producer.wait()

                broker.start()
                verify_round(client, broker, acked, rounds,
                             f"round {n}: killed {delay:.3f} s after the "
                             "first ack")
                if time.monotonic() - started > TIME_LIMIT_S:
                    raise AssertionError(f"stopped after {n + 1} rounds: "
                                         f"over {TIME_LIMIT_S} s")
            # A clean stop (SIGINT here, SIGTERM below) and start must keep
            # the same log readable too.
            broker.stop(sig=signal.SIGINT)
            broker.start()
            verify_round(client, broker, acked, rounds, "after clean restart")
            broker.stop()
        except harness.BrokerError as err:
            print(f"FAIL: {err}", file=sys.stderr)
            return 1
        except AssertionError as err:
            print(f"FAIL: {err}", file=sys.stderr)
            return 1
        finally:
            broker.close()
        total = count_lines(acked)
    elapsed = time.monotonic() - started
    print(f"crash test: OK, {rounds} kills, {total} acknowledged messages "
          f"all present, {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
