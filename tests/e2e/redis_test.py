#!/usr/bin/python3
"""`judge serve --redis` and `judge worker` against a real redis-server:
every submission judged exactly once, a worker killed mid-job (its job
finishes elsewhere), a Redis restart, a poison entry set aside, redelivery,
and a graceful SIGTERM.

Usage: redis_test.py JUDGE   (skips, exit 77, without redis-server)
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from service_common import OTHER_TOKEN, TOKEN, TWO_SUM, WRONG, request, slow, start, stop, wait_done  # noqa: E402

JUDGE = os.path.abspath(sys.argv.pop(1))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
try:
    import redis
except ImportError:
    redis = None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A real redis-server on a loopback port, with its data in a temporary dir."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="judge-redis-")
        self.port = free_port()
        self.url = "redis://127.0.0.1:%d" % self.port
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", self.dir, "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = redis.Redis(port=self.port, decode_responses=True)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if self.client.ping():
                    return
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def restart(self, down_seconds=1.0):
        self.process.terminate()  # SIGTERM: Redis flushes the append-only file and exits
        self.process.wait(timeout=20)
        time.sleep(down_seconds)
        self.start()

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def worker(server, name, *flags):
    process, _ = start([JUDGE, "worker", "--redis", server.url, "--jobs", "1", "--consumer", name,
                        "--claim-idle", "2", *flags], ready="consumer")
    return process


def serve(server):
    process, match = start([JUDGE, "serve", "--listen", "127.0.0.1:0", "--redis", server.url, "--rate", "1000"],
                           env={"JUDGE_API_TOKENS": TOKEN + "," + OTHER_TOKEN})
    return process, int(match.group(1))


def submit(port, body, attempts=200, token=TOKEN):
    """POST, retrying while the queue is unavailable (Redis restarting)."""
    for _ in range(attempts):
        status, _, answer = request(port, "POST", "/v1/submissions", body, token=token)
        if status != 503:
            return status, answer
        time.sleep(0.1)
    return status, answer


class Streams(unittest.TestCase):
    def setUp(self):
        self.redis = RedisServer()
        self.processes = []

    def tearDown(self):
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait()
            if process.stderr:
                process.stderr.close()
        self.redis.close()

    def keep(self, process):
        self.processes.append(process)
        return process

    def results_for(self, submission_id):
        return [e for _, e in self.redis.client.xrange("judge:results") if e["id"] == submission_id]

    def pending(self):
        return self.redis.client.xpending("judge:submissions", "judges")["pending"]

    def test_every_submission_is_judged_exactly_once(self):
        self.keep(worker(self.redis, "a"))
        self.keep(worker(self.redis, "b"))
        api, port = serve(self.redis)
        self.keep(api)

        def one(i):
            body = {"problem": "two-sum", "source": TWO_SUM if i % 2 == 0 else WRONG, "id": "many-%d" % i}
            status, answer = submit(port, body)
            self.assertEqual(status, 202, answer)
            return i, wait_done(port, answer["id"])
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(one, range(16)))
        for i, done in results:
            self.assertEqual(done["report"]["verdict"], "AC" if i % 2 == 0 else "WA", i)
            self.assertEqual(len(self.results_for("many-%d" % i)), 1)
        self.assertEqual(self.pending(), 0)
        status, _, health = request(port, "GET", "/healthz", token=None)
        self.assertEqual((status, health["backend"], health["status"]), (200, "redis", "ok"))
        # The same id again is the same submission: no second job.
        status, answer = submit(port, {"problem": "two-sum", "source": WRONG, "id": "many-0"})
        self.assertEqual(status, 202)
        self.assertEqual(self.redis.client.xlen("judge:submissions"), 16)
        self.assertEqual(wait_done(port, "many-0")["report"]["verdict"], "AC")
        # Code that attacks the sandbox is a verdict; the workers go on.
        for name, source in {"bomb": "import os\nwhile True:\n    os.fork()\n",
                             "kill": "import os, signal\nos.kill(-1, signal.SIGKILL)\n"}.items():
            status, answer = submit(port, {"problem": "two-sum", "source": source, "id": name})
            self.assertIn(wait_done(port, name)["report"]["verdict"], ("RE", "CE"), name)
        status, answer = submit(port, {"problem": "two-sum", "source": TWO_SUM, "id": "after-attacks"})
        self.assertEqual(wait_done(port, "after-attacks")["report"]["verdict"], "AC")
        status, _, body = request(port, "GET", "/v1/submissions/many-0", token=OTHER_TOKEN)
        self.assertEqual(status, 404)
        status, answer = submit(port, {"problem": "two-sum", "source": WRONG, "id": "many-0"}, token=OTHER_TOKEN)
        self.assertEqual((status, answer["error"]["code"]), (409, "id_taken"))

    def test_a_killed_workers_job_is_judged_by_another(self):
        victim = self.keep(worker(self.redis, "victim"))
        api, port = serve(self.redis)
        self.keep(api)
        status, answer = submit(port, {"problem": "two-sum", "source": slow(4), "id": "orphan", "typecheck": False})
        self.assertEqual(status, 202)
        deadline = time.time() + 30
        while time.time() < deadline:
            consumers = {c["name"]: c["pending"] for c in
                         self.redis.client.xinfo_consumers("judge:submissions", "judges")}
            if consumers.get("victim-0"):
                break
            time.sleep(0.05)
        self.assertEqual(consumers.get("victim-0"), 1)
        time.sleep(0.5)  # mid-job
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        self.keep(worker(self.redis, "rescuer"))
        done = wait_done(port, "orphan", timeout=120)
        self.assertEqual(done["report"]["verdict"], "AC")
        self.assertEqual(len(self.results_for("orphan")), 1)
        self.assertEqual(self.pending(), 0)

    def test_a_redis_restart_is_survived(self):
        self.keep(worker(self.redis, "steady"))
        api, port = serve(self.redis)
        self.keep(api)
        status, answer = submit(port, {"problem": "two-sum", "source": TWO_SUM, "id": "before"})
        self.assertEqual(wait_done(port, "before")["report"]["verdict"], "AC")
        self.redis.restart()
        ids = []
        for i in range(4):
            status, answer = submit(port, {"problem": "two-sum", "source": TWO_SUM, "id": "after-%d" % i})
            self.assertEqual(status, 202, answer)
            ids.append(answer["id"])
        for submission_id in ids:
            self.assertEqual(wait_done(port, submission_id, timeout=120)["report"]["verdict"], "AC")
            self.assertEqual(len(self.results_for(submission_id)), 1)
        self.assertEqual(wait_done(port, "before")["report"]["verdict"], "AC")  # kept across the restart

    def test_a_poison_entry_is_set_aside(self):
        client = self.redis.client
        client.xgroup_create("judge:submissions", "judges", id="0", mkstream=True)
        fields = {"id": "poison", "problem": "two-sum", "source": TWO_SUM, "mode": "full", "typecheck": "0",
                  "fail_fast": "0", "callback_url": ""}
        entry = client.xadd("judge:submissions", fields)
        client.xadd("judge:submissions", {"id": "no-source", "problem": "two-sum"})
        # Three workers took it and died (as the delivery count records: 3).
        client.xreadgroup("judges", "crashed", {"judge:submissions": ">"}, count=1)
        for _ in range(2):
            client.xclaim("judge:submissions", "judges", "crashed", 0, [entry], idle=100000)
        self.keep(worker(self.redis, "careful", "--max-deliveries", "3"))
        api, port = serve(self.redis)
        self.keep(api)
        deadline = time.time() + 30
        while time.time() < deadline and client.xlen("judge:dead-letter") < 2:
            time.sleep(0.1)
        dead = {e["id"]: e for _, e in client.xrange("judge:dead-letter")}
        self.assertEqual(set(dead), {"poison", "no-source"})
        self.assertIn("3 deliveries ended without a result", dead["poison"]["reason"])
        self.assertIn("malformed entry", dead["no-source"]["reason"])
        status, _, body = request(port, "GET", "/v1/submissions/poison")
        self.assertEqual((status, body["status"], body["error"]["code"]), (200, "failed", "dead_letter"))
        self.assertEqual(self.pending(), 0)

    def test_a_redelivered_job_is_judged_once(self):
        client = self.redis.client
        client.xgroup_create("judge:submissions", "judges", id="0", mkstream=True)
        fields = {"id": "twice", "problem": "two-sum", "source": TWO_SUM, "mode": "full", "typecheck": "0",
                  "fail_fast": "0", "callback_url": ""}
        client.xadd("judge:submissions", fields)
        client.xadd("judge:submissions", dict(fields, source=WRONG))  # a duplicate with other content
        self.keep(worker(self.redis, "once"))
        deadline = time.time() + 60
        while time.time() < deadline and self.pending() + client.xinfo_groups("judge:submissions")[0]["lag"] > 0:
            time.sleep(0.1)
        self.assertEqual(len(self.results_for("twice")), 1)
        self.assertEqual(self.pending(), 0)
        self.assertIn('"verdict":"AC"', client.get("judge:result:twice"))

    def test_sigterm_finishes_the_job_in_hand(self):
        job = self.keep(worker(self.redis, "leaving"))
        api, port = serve(self.redis)
        self.keep(api)
        status, answer = submit(port, {"problem": "two-sum", "source": slow(2), "id": "in-hand", "typecheck": False})
        deadline = time.time() + 30
        while time.time() < deadline and self.pending() == 0:
            time.sleep(0.05)
        job.send_signal(signal.SIGTERM)
        self.assertEqual(job.wait(timeout=60), 0)
        self.assertEqual(len(self.results_for("in-hand")), 1)
        self.assertEqual(self.pending(), 0)


if __name__ == "__main__":
    if redis is None or not os.path.exists(REDIS_SERVER):
        print("SKIPPED: needs redis-server and python3-redis (scripts/setup installs them)")
        sys.exit(77)
    unittest.main(verbosity=2)
