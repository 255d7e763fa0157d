"""Start and stop a herald broker for one test.

Every client, wire and crash test runs its own broker on a free 127.0.0.1
port with a temporary data directory, and this module owns that lifecycle.
It picks the port and starts `herald broker` with the given `--set` options.
It waits until the broker accepts connections, and fails at once with the
broker's stderr if the broker exits first. It stops the broker with SIGTERM
and checks for exit status 0, and it can SIGKILL the broker and start it
again on the same data directory and port.

The broker binary comes from the HERALD_BIN environment variable, which the
CTest registration sets.

Used from Python:

    with harness.Broker({"num.partitions": "4"}) as broker:
        run_client(broker.bootstrap)

and from shell tests, which get HERALD_BOOTSTRAP and HERALD_DATA_DIR in
their environment:

    python3 harness.py --set num.partitions=4 -- ./my_test.sh
"""

import argparse
import ctypes
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SKIP = 77  # the exit status that CTest's SKIP_RETURN_CODE maps to "skipped"

PR_SET_PDEATHSIG = 1


class BrokerError(Exception):
    """The broker failed to start, exited early or did not stop cleanly."""


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def herald_bin():
    path = os.environ.get("HERALD_BIN")
    if not path:
        raise BrokerError("HERALD_BIN is not set: point it at the herald "
                          "binary (<build>/src/cli/herald)")
    if not os.access(path, os.X_OK):
        raise BrokerError(f"herald binary not found or not executable: {path}"
                          " (build the 'herald' target first)")
    return path


def die_with_parent():
    # The broker gets SIGKILL if the test process dies first, for example
    # when CTest kills a test that ran past its timeout.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class Broker:
    """One herald broker process and its data directory.

    `settings` maps Kafka broker property names to values, each passed as
    `--set name=value`. When `data_dir` is None a temporary directory is
    created and removed again by close().
    """

    def __init__(self, settings=None, data_dir=None, port=None,
                 log_level="info", start_timeout=30.0, open_file_limit=None):
        self.settings = dict(settings or {})
        self.open_file_limit = open_file_limit
        self.port = port or free_port()
        self.log_level = log_level
        self.start_timeout = start_timeout
        self.own_dir = None
        if data_dir is None:
            self.own_dir = tempfile.mkdtemp(prefix="herald-test-")
            data_dir = os.path.join(self.own_dir, "data")
            os.mkdir(data_dir)
        self.data_dir = data_dir
        log_parent = self.own_dir or tempfile.mkdtemp(prefix="herald-log-")
        self.log_path = os.path.join(log_parent, "broker.log")
        self.log_dir = log_parent
        self.proc = None
        self.starts = 0

    @property
    def bootstrap(self):
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def command(self):
        cmd = [herald_bin(), "broker", "--listen", self.bootstrap,
               "--data", self.data_dir, "--log-level", self.log_level]
        for name, value in self.settings.items():
            cmd += ["--set", f"{name}={value}"]
        return cmd

    def start(self):
        """Start the broker and wait until it accepts TCP connections."""
        if self.running():
            raise BrokerError(f"broker pid={self.pid} is already running")
        log = open(self.log_path, "ab")
        log.write(f"--- start {self.starts} ---\n".encode())
        log.flush()
        self.starts += 1
        limit = self.open_file_limit

        def prepare_child():
            die_with_parent()
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

        self.proc = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL,
                                     stdout=log, stderr=log,
                                     preexec_fn=prepare_child)
        log.close()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BrokerError(
                    f"broker exited with status {self.proc.returncode} "
                    f"before it accepted connections\n{self.log_tail()}")
            if self.accepts_connections():
                self.wait_for_started_line(deadline)
                return self
            time.sleep(0.05)
        self.kill()
        raise BrokerError(f"broker did not accept connections on "
                          f"{self.bootstrap} within {self.start_timeout:.0f} s"
                          f"\n{self.log_tail()}")

    def wait_for_started_line(self, deadline):
        """Wait for this start's `msg="broker started"` log line, which the
        broker writes once it listens."""
        marker = f"--- start {self.starts - 1} ---"
        while True:
            text = self.log_text()
            if 'msg="broker started"' in text[text.rfind(marker):]:
                return
            if time.monotonic() >= deadline:
                self.kill()
                raise BrokerError('broker accepted connections but logged '
                                  'no msg="broker started" line\n'
                                  + self.log_tail())
            time.sleep(0.02)

    def accepts_connections(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port),
                                          timeout=0.5):
                return True
        except OSError:
            return False

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=30.0, sig=signal.SIGTERM):
        """Send `sig` (SIGTERM or SIGINT) and raise BrokerError unless the
        exit status is 0."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                raise BrokerError(f"broker pid={proc.pid} did not exit within "
                                  f"{timeout:.0f} s of {sig.name}\n"
                                  f"{self.log_tail()}")
            if proc.returncode != 0:
                raise BrokerError(f"broker exited with status "
                                  f"{proc.returncode} after {sig.name}\n"
                                  f"{self.log_tail()}")
        else:
            raise BrokerError(f"broker had already exited with status "
                              f"{proc.returncode}\n{self.log_tail()}")

    def kill(self):
        """SIGKILL the broker and reap it; the data directory stays."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        if proc.poll() is None:
            proc.kill()
        proc.wait()

    def restart(self):
        """SIGKILL the broker and start it again on the same data and port."""
        self.kill()
        return self.start()

    def log_text(self):
        try:
            with open(self.log_path, "rb") as log:
                return log.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines=40):
        tail = self.log_text().splitlines()[-lines:]
        return "broker log (last lines):\n  " + "\n  ".join(tail)

    def rss_kb(self):
        """Resident set size of the running broker in KiB."""
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise BrokerError(f"no VmRSS for broker pid={self.pid}")

    def close(self):
        """Stop the broker if it still runs (by SIGKILL) and remove temp
        files. Use stop() first where a clean exit is part of the test."""
        self.kill()
        if self.own_dir:
            shutil.rmtree(self.own_dir, ignore_errors=True)
        elif self.log_dir:
            shutil.rmtree(self.log_dir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            # __exit__ does not run when __enter__ raises.
            self.close()
            raise

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.stop()
            elif self.proc is not None:
                sys.stderr.write(self.log_tail() + "\n")
        finally:
            self.close()
        return False


def parse_settings(pairs):
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"invalid --set {pair!r}: expected name=value")
        settings[name] = value
    return settings


def main(argv):
    parser = argparse.ArgumentParser(
        description="Run a command against a fresh herald broker. The "
                    "command gets HERALD_BOOTSTRAP (host:port) and "
                    "HERALD_DATA_DIR in its environment.")
    parser.add_argument("--set", action="append", default=[],
                        metavar="NAME=VALUE",
                        help="broker property passed as --set NAME=VALUE")
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="command to run, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")

    broker = Broker(parse_settings(args.set))
    try:
        broker.start()
        env = dict(os.environ, HERALD_BOOTSTRAP=broker.bootstrap,
                   HERALD_DATA_DIR=broker.data_dir)
        status = subprocess.call(command, env=env)
        broker.stop()
    except BrokerError as err:
        print(f"FAIL: {err}", file=sys.stderr)
        return 1
    finally:
        broker.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def run_unittest(module="__main__"):
    """Run a unittest module and return the process exit status: 0 when
    all tests passed, SKIP when every test was skipped, 1 otherwise."""
    import unittest
    program = unittest.main(module=module, verbosity=2, exit=False)
    result = program.result
    if not result.wasSuccessful():
        return 1
    if result.testsRun and len(result.skipped) == result.testsRun:
        return SKIP
    return 0
