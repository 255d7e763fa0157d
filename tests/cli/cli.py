"""Run the herald CLI commands against a test broker.

The tests in this directory start a broker through tests/clients/harness.py
and drive `herald topics|groups|produce|consume` as a user would: arguments
in, exit status, stdout and stderr out.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "clients"))
import harness  # noqa: E402,F401  (re-exported for the tests)


def herald(broker, *args, stdin=None, timeout=60):
    """Run `herald ARGS --brokers BOOTSTRAP` and return the CompletedProcess
    with stdout and stderr as bytes."""
    cmd = [harness.herald_bin(), *args]
    if broker is not None:
        cmd += ["--brokers", broker.bootstrap]
    return subprocess.run(cmd, input=stdin, capture_output=True,
                          timeout=timeout)


def describe(result):
    return (f"exit status {result.returncode}\nstdout: "
            f"{result.stdout[:2000]!r}\nstderr: {result.stderr[:2000]!r}")


def ok(result):
    """Assert exit status 0 and return stdout as text."""
    assert result.returncode == 0, describe(result)
    return result.stdout.decode()


def json_output(result):
    """Assert exit status 0 and return stdout parsed as one JSON document."""
    text = ok(result)
    try:
        return json.loads(text)
    except ValueError as e:
        raise AssertionError(f"stdout is not one JSON document ({e}): "
                             f"{text[:2000]!r}")


def json_lines(result):
    """Assert exit status 0 and return each stdout line parsed as JSON."""
    return [json.loads(line) for line in ok(result).splitlines()]


def fails(result, status, *fragments, one_line=True):
    """Assert the exit status and that stderr contains every fragment. A
    runtime failure (status 1) must also be one line on stderr, unless
    one_line is false."""
    assert result.returncode == status, describe(result)
    err = result.stderr.decode()
    if status == 1 and one_line:
        assert len(err.strip().splitlines()) == 1, \
            f"expected one error line, got: {err!r}"
    for fragment in fragments:
        assert fragment in err, f"{fragment!r} not in stderr: {err!r}"
    return err
