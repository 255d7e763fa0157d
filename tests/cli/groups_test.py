"""herald groups list, describe and delete against a kcat consumer group.

kcat (Debian's 1.7.1) joins group cli-grp as a balanced consumer (-G) and
reads 100 messages from a 2-partition topic, committing every 100 ms. Then:

- `groups list --json` lists the group and `groups describe --json` shows
  it Stable with one member, kcat's client id and host, both partitions
  assigned to that member, committed offsets at the log end and lag 0;
- with kcat stopped (SIGSTOP) 25 more messages give a lag of 25;
- deleting the group fails with NON_EMPTY_GROUP while kcat is a member;
- once kcat has left, the group is Empty, still has its offsets and can be
  deleted, after which describe fails with GROUP_ID_NOT_FOUND.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

from cli import describe, fails, harness, herald, json_output, ok

TOPIC = "cli.grp"
GROUP = "cli-grp"
CLIENT_ID = "cli-groups-test"


def wait_for(what, check, timeout=30.0):
    """Call check() until it returns a true value and return that value."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}; last: {last!r}")


class GroupsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.kcat = shutil.which("kcat")
        cls.broker = harness.Broker()
        cls.broker.start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.broker.stop()
        finally:
            cls.broker.close()

    def run_herald(self, *args, **kwargs):
        return herald(self.broker, *args, **kwargs)

    def produce(self, first, count):
        lines = "".join(f"k{i % 7}\tm{i}\n" for i in range(first,
                                                          first + count))
        ok(self.run_herald("produce", TOPIC, "--key-field", "1",
                           stdin=lines.encode()))

    def group(self):
        return json_output(self.run_herald("groups", "describe", GROUP,
                                           "--json"))

    def committed_total(self, doc):
        return sum(o["committed_offset"] or 0 for o in doc["offsets"])

    def start_kcat(self, out):
        return subprocess.Popen(
            [self.kcat, "-b", self.broker.bootstrap, "-G", GROUP, TOPIC,
             "-q", "-u", "-f", "%p %o\n",
             "-X", "auto.offset.reset=earliest",
             "-X", "auto.commit.interval.ms=100",
             "-X", f"client.id={CLIENT_ID}"],
            stdout=out, stderr=subprocess.DEVNULL,
            preexec_fn=harness.die_with_parent)

    def check_stable(self, doc, total_lag):
        self.assertEqual(doc["group"], GROUP)
        self.assertEqual(doc["state"], "Stable")
        self.assertEqual(doc["protocol"], "range")
        self.assertEqual(len(doc["members"]), 1, doc)
        member = doc["members"][0]
        self.assertEqual(member["client_id"], CLIENT_ID)
        self.assertTrue(member["host"], member)
        self.assertEqual(sorted((a["topic"], a["partition"])
                                for a in member["assignment"]),
                         [(TOPIC, 0), (TOPIC, 1)])
        self.assertEqual([(o["topic"], o["partition"])
                          for o in doc["offsets"]], [(TOPIC, 0), (TOPIC, 1)])
        for o in doc["offsets"]:
            self.assertEqual(o["member_id"], member["member_id"], o)
            self.assertEqual(o["lag"],
                             o["log_end_offset"] - o["committed_offset"], o)
        self.assertEqual(doc["total_lag"], total_lag)
        self.assertEqual(sum(o["lag"] for o in doc["offsets"]), total_lag)

    def test_group_lifecycle(self):
        if self.kcat is None:
            self.skipTest("kcat is not installed")
        ok(self.run_herald("topics", "create", TOPIC, "--partitions", "2"))
        self.produce(0, 100)

        with tempfile.TemporaryFile() as out:
            kcat = self.start_kcat(out)
            try:
                self.member_phase(kcat)
            finally:
                if kcat.poll() is None:
                    os.kill(kcat.pid, signal.SIGCONT)
                    kcat.terminate()
                try:
                    kcat.wait(30)
                except subprocess.TimeoutExpired:
                    kcat.kill()
                    kcat.wait()
            out.seek(0)
            self.assertGreaterEqual(len(out.read().splitlines()), 100)

        self.empty_phase()

    def member_phase(self, kcat):
        doc = wait_for("kcat to commit 100 offsets", lambda: (
            lambda d: d if d["state"] == "Stable" and
            self.committed_total(d) == 100 else None)(self.group()))
        self.check_stable(doc, 0)
        listed = json_output(self.run_herald("groups", "list", "--json"))
        self.assertIn(GROUP, [g["group"] for g in listed])

        text = ok(self.run_herald("groups", "describe", GROUP))
        self.assertIn(CLIENT_ID, text)
        self.assertIn("state Stable", text)

        fails(self.run_herald("groups", "delete", GROUP), 1,
              "NON_EMPTY_GROUP", f"'{GROUP}'")

        # A stopped member stays in the group for its session timeout
        # (librdkafka's default is 45 s), so new messages show as lag.
        os.kill(kcat.pid, signal.SIGSTOP)
        self.produce(100, 25)
        doc = self.group()
        self.check_stable(doc, 25)
        self.assertEqual(sum(o["log_end_offset"] for o in doc["offsets"]),
                         125)
        os.kill(kcat.pid, signal.SIGCONT)
        kcat.terminate()
        self.assertEqual(kcat.wait(30), 0, "kcat exit status")

    def empty_phase(self):
        doc = wait_for("the group to become Empty", lambda: (
            lambda d: d if d["state"] == "Empty" else None)(self.group()))
        self.assertEqual(doc["members"], [])
        self.assertEqual(len(doc["offsets"]), 2, doc)
        for o in doc["offsets"]:
            self.assertIsNone(o["member_id"])
            self.assertEqual(o["lag"],
                             o["log_end_offset"] - o["committed_offset"], o)
        self.assertEqual(doc["total_lag"], 125 - self.committed_total(doc))
        text = ok(self.run_herald("groups", "describe", GROUP))
        self.assertIn("state Empty, protocol none, 0 members", text)

        ok(self.run_herald("groups", "delete", GROUP))
        fails(self.run_herald("groups", "describe", GROUP), 1,
              "GROUP_ID_NOT_FOUND", f"'{GROUP}'")
        listed = json_output(self.run_herald("groups", "list", "--json"))
        self.assertNotIn(GROUP, [g["group"] for g in listed])

    def test_ids_shown_safely(self):
        # A group id with ESC and a client id that is not UTF-8, as kcat
        # can send them: JSON carries the client id as Base64, and the
        # text output shows escapes in the header line and the table.
        if self.kcat is None:
            self.skipTest("kcat is not installed")
        group = "esc\x1b[31m-grp"
        topic = "cli.grp.bytes"
        ok(self.run_herald("topics", "create", topic))
        kcat = subprocess.Popen(
            [self.kcat, "-b", self.broker.bootstrap, "-G", group, topic,
             "-q", "-X", b"client.id=cli\xff\xfe"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=harness.die_with_parent)
        try:
            doc = wait_for("a member in the group", lambda: (
                lambda d: d if len(d["members"]) == 1 else None)(
                    json_output(self.run_herald("groups", "describe", group,
                                                "--json"))))
            member = doc["members"][0]
            self.assertIsNone(member["client_id"], member)
            self.assertEqual(member["client_id_base64"], "Y2xp//4=")
            text = ok(self.run_herald("groups", "describe", group))
        finally:
            kcat.terminate()
            kcat.wait(30)
        self.assertTrue(text.startswith("group esc\\x1b[31m-grp, state "),
                        text)
        self.assertNotIn("\x1b", text)
        self.assertIn("cli\\xff\\xfe", text)

    def test_missing_group(self):
        fails(self.run_herald("groups", "describe", "cli-none"), 1,
              "GROUP_ID_NOT_FOUND", "'cli-none'")
        fails(self.run_herald("groups", "delete", "cli-none"), 1,
              "delete group 'cli-none'")

    def test_usage_errors(self):
        cases = [
            ("groups",),
            ("groups", "show"),
            ("groups", "describe"),
            ("groups", "describe", "a", "b"),
            ("groups", "delete"),
            ("groups", "delete", "g", "--json"),
            ("groups", "list", "--bad-flag"),
        ]
        for args in cases:
            with self.subTest(args=args):
                result = self.run_herald(*args)
                self.assertEqual(result.returncode, 2, describe(result))


if __name__ == "__main__":
    raise SystemExit(harness.run_unittest())
