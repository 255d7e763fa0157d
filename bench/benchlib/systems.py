"""Start, stop and drive the systems that bench/compare measures.

Every server runs on 127.0.0.1 on a port the kernel picked as free, with
its data in a directory under the run's work directory. Each class wraps
one server process and the load generator that speaks its protocol through
the system's own C client: herald-bench (librdkafka) for herald,
nats_bench (libnats) for NATS JetStream and redis_bench (hiredis) for Redis
Streams. All three load generators print the same JSON summary.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time

CLIENT_TIMEOUT_S = 600


class SystemError_(Exception):
    """A server did not start, or a load generator failed."""


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_halves():
    """Return the CPUs this process may use split in two sets, for a server
    and its load generator, or (None, None) with fewer than two CPUs."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, None
    half = len(cpus) // 2
    return set(cpus[:half]), set(cpus[half:])


def on_cpus(cpus):
    """Return a preexec_fn that runs a child on `cpus` (None: anywhere)."""
    if not cpus:
        return None
    return lambda: os.sched_setaffinity(0, cpus)


def run_json(cmd, log, cpus=None):
    """Run a load generator on `cpus` and return its JSON summary as a
    dict."""
    with open(log, "a") as err:
        err.write("$ " + " ".join(cmd) + "\n")
        err.flush()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=err,
                              text=True, timeout=CLIENT_TIMEOUT_S,
                              preexec_fn=on_cpus(cpus))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemError_(f"{os.path.basename(cmd[0])} exited with "
                           f"{proc.returncode} (see {log})")
    return json.loads(lines[-1])


class Server:
    """One server process with a data directory of its own."""

    name = "server"

    def __init__(self, work, tools):
        self.tools = tools
        self.port = free_port()
        self.data = os.path.join(work, f"{self.slug()}-{self.port}")
        self.log = self.data + ".log"
        self.proc = None
        self.client_cpus = None  # None: the load generator runs anywhere
        os.makedirs(self.data)

    def slug(self):
        return self.name.lower().replace(" ", "-").replace("=", "")

    def command(self):
        raise NotImplementedError

    def ready(self):
        """Return True once the server serves requests."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), 0.5):
                return True
        except OSError:
            return False

    def start(self, timeout=120.0):
        """Start the server; return the seconds until it was ready."""
        with open(self.log, "a") as log:
            started = time.monotonic()
            self.proc = subprocess.Popen(self.command(), stdout=log,
                                         stderr=log, cwd=self.data)
        deadline = started + timeout
        while not self.ready():
            if self.proc.poll() is not None:
                raise SystemError_(f"{self.name} exited at start-up with "
                                   f"{self.proc.returncode} (see {self.log})")
            if time.monotonic() > deadline:
                self.kill()
                raise SystemError_(f"{self.name} not ready within "
                                   f"{timeout:.0f} s")
            time.sleep(0.0002)
        return time.monotonic() - started

    def cpu_seconds(self):
        """Return the user and system CPU time the server has used so far,
        from /proc/PID/stat."""
        with open(f"/proc/{self.proc.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        # utime and stime are fields 14 and 15 of stat(5), in clock ticks.
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def pin(self, server_cpus, client_cpus):
        """Keep every thread of the server, and threads it starts later, on
        `server_cpus`, and run load generators on `client_cpus` from now on.
        None for both undoes it."""
        cpus = server_cpus or os.sched_getaffinity(0)
        for tid in os.listdir(f"/proc/{self.proc.pid}/task"):
            try:
                os.sched_setaffinity(int(tid), cpus)
            except ProcessLookupError:
                pass  # the thread exited meanwhile
        self.client_cpus = client_cpus

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        return float("nan")

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        self.proc = None

    def remove(self):
        self.stop()
        shutil.rmtree(self.data, ignore_errors=True)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.remove()


class Herald(Server):
    """herald broker; `acks` is the producers' acknowledgement level."""

    def __init__(self, work, tools, acks="all"):
        self.acks = acks
        self.name = f"herald acks={acks}"
        super().__init__(work, tools)

    def command(self):
        return [self.tools["herald"], "broker", "--listen",
                f"127.0.0.1:{self.port}", "--data", self.data]

    def bench(self, *args):
        cmd = [self.tools["herald-bench"], *args, "--brokers",
               f"127.0.0.1:{self.port}", "--json"]
        return run_json(cmd, self.log + ".client", self.client_cpus)

    def produce(self, count, size, topic="bench", partitions=1,
                producers=1, extra=()):
        return self.bench("produce", "--topic", topic, "--count",
                          str(count), "--size", str(size), "--acks",
                          self.acks, "--partitions", str(partitions),
                          "--producers", str(producers), *extra)

    def consume(self, count, topic="bench", consumers=1):
        return self.bench("consume", "--topic", topic, "--count",
                          str(count), "--consumers", str(consumers))

    def e2e(self, count, size, rate):
        # librdkafka's linger.ms defaults to 5, which alone adds up to 5 ms.
        # The producer sends at once (linger.ms=0), as the peer clients do.
        # On 2026-12-04, 2 runs per rate, linger.ms=0 against 1 gave a p50
        # of 0.14-0.54 ms against 0.85-1.09 ms from 121,000 to 600,000
        # records/s, with p99s as low or lower, and at 1,150,000 records/s
        # p99s of 3.0-6.9 ms against 2.8-21.8 ms.
        return self.bench("e2e", "--topic", "e2e", "--count", str(count),
                          "--size", str(size), "--rate", str(rate),
                          "--acks", self.acks, "--linger-ms", "0")


class Nats(Server):
    """nats-server with JetStream on file storage.

    NOTE: nats-server 2.9 (Debian 12) has no sync_interval setting, so it
    fsyncs stream files on its own schedule (every 2 minutes by default),
    not before a publish acknowledgement.
    """

    name = "NATS JetStream"

    def command(self):
        conf = self.data + ".conf"
        with open(conf, "w") as f:
            f.write(f'listen: "127.0.0.1:{self.port}"\n'
                    f'jetstream {{ store_dir: "{self.data}" }}\n')
        return [self.tools["nats-server"], "-c", conf]

    def client(self, mode, count, size, rate=0):
        cmd = [self.tools["nats_bench"], f"nats://127.0.0.1:{self.port}",
               mode, str(count), str(size), str(rate)]
        return run_json(cmd, self.log + ".client", self.client_cpus)

    def produce(self, count, size):
        return self.client("produce", count, size)

    def consume(self, count):
        return self.client("consume", count, 8)

    def e2e(self, count, size, rate):
        return self.client("e2e", count, size, rate)


class Redis(Server):
    """redis-server with the append-only file, fsync `always` or
    `everysec`, and no RDB snapshots."""

    def __init__(self, work, tools, fsync="always"):
        self.fsync = fsync
        self.name = f"Redis {fsync}"
        super().__init__(work, tools)

    def command(self):
        return [self.tools["redis-server"], "--bind", "127.0.0.1",
                "--port", str(self.port), "--dir", self.data,
                "--appendonly", "yes", "--appendfsync", self.fsync,
                "--save", "", "--daemonize", "no", "--logfile", ""]

    def ready(self):
        # Redis accepts connections while it loads the append-only file and
        # replies -LOADING until it is done, so ready means PING -> PONG.
        try:
            with socket.create_connection(("127.0.0.1", self.port),
                                          0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def client(self, mode, count, size, rate=0):
        cmd = [self.tools["redis_bench"], f"127.0.0.1:{self.port}", mode,
               str(count), str(size), str(rate)]
        return run_json(cmd, self.log + ".client", self.client_cpus)

    def produce(self, count, size):
        return self.client("produce", count, size)

    def consume(self, count):
        return self.client("consume", count, 8)

    def e2e(self, count, size, rate):
        return self.client("e2e", count, size, rate)
