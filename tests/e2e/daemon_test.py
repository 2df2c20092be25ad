#!/usr/bin/python3
"""`judge daemon` end to end: `judge run` through the daemon behaves as a run
started for the script (output, stdin, exit code, tracebacks with source
lines, globals, limits, JSON), every run gets a fresh sandbox, hostile
programs end as verdicts with the daemon still serving, a killed client stops
its run, a judge of another build and an unsafe directory fall back to a run
of its own, and the daemon's life cycle (start, already running, stop, idle
exit) holds. Each test has its own daemon in its own $XDG_RUNTIME_DIR.

Usage: daemon_test.py JUDGE
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

JUDGE = os.path.abspath(sys.argv.pop(1))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOLUTIONS = os.path.join(ROOT, "tests", "solutions")

# Measurements that differ from run to run; everything else must be equal.
TIMING = {"time_ms", "cpu_ms", "wall_ms", "memory_kb", "timing", "peak_memory_kib"}


def without_timing(value):
    if isinstance(value, dict):
        return {k: without_timing(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [without_timing(v) for v in value]
    return value

SCRIPTS = {
    "output-and-stdin": """
        import sys
        print("argv", sys.argv, __file__)
        line = input()
        print("read", line.upper())
        print("to stderr", file=sys.stderr)
        sys.exit(3)
    """,
    "traceback": """
        def inner(x: int) -> int:
            return 10 // x

        def outer() -> int:
            return inner(0)

        outer()
    """,
    "syntax-error": """
        values = [1, 2
        print(values)
    """,
    "clean-globals": """
        print(sorted(name for name in globals() if not name.startswith("__")))
        print(__name__, __file__)
    """,
    "main-module-machinery": """
        import dataclasses, pickle, typing

        @dataclasses.dataclass
        class Point:
            x: int
            y: "int"

        p = pickle.loads(pickle.dumps(Point(1, 2)))
        print(p, typing.get_type_hints(Point))
    """,
}


def judge(args, env, stdin=None, timeout=60):
    return subprocess.run([JUDGE] + args, env=env, input=stdin, capture_output=True, text=True, timeout=timeout)


def alive(pid):
    """True while the process exists and is not a zombie waiting for its reaper."""
    try:
        with open("/proc/%d/stat" % pid) as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def program_part(stderr):
    """The program's own stderr, without the judge's report after it."""
    return stderr.split("\n--- judge ---\n")[0]


class DaemonTest(unittest.TestCase):
    def setUp(self):
        self.runtime = tempfile.mkdtemp(prefix="jd")
        os.chmod(self.runtime, 0o700)
        self.state = tempfile.mkdtemp(prefix="js")
        self.env = dict(os.environ, XDG_RUNTIME_DIR=self.runtime, XDG_STATE_HOME=self.state)
        self.env.pop("JUDGE_NO_DAEMON", None)
        self.work = tempfile.mkdtemp(prefix="jw")
        started = judge(["daemon", "start"], self.env)
        self.assertEqual(started.returncode, 0, started.stderr)

    def tearDown(self):
        judge(["daemon", "stop"], self.env)
        shutil.rmtree(self.runtime, ignore_errors=True)
        shutil.rmtree(self.state, ignore_errors=True)
        shutil.rmtree(self.work, ignore_errors=True)

    def script(self, name, source):
        path = os.path.join(self.work, name + ".py")
        with open(path, "w") as handle:
            handle.write(textwrap.dedent(source))
        return path

    def status(self, env=None):
        answer = judge(["daemon", "status", "--json"], env or self.env)
        return json.loads(answer.stdout)

    def wait_for(self, condition, seconds, what):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if condition():
                return
            time.sleep(0.05)
        self.fail("timed out waiting for " + what)

    def test_runs_as_a_run_of_its_own_would(self):
        for name, source in SCRIPTS.items():
            with self.subTest(script=name):
                path = self.script(name, source)
                warm = judge(["run", path], self.env, stdin="hello\n")
                cold = judge(["run", "--no-daemon", path], self.env, stdin="hello\n")
                self.assertEqual(warm.returncode, cold.returncode)
                self.assertEqual(warm.stdout, cold.stdout)
                self.assertEqual(program_part(warm.stderr), program_part(cold.stderr))
                status_line = [line for line in warm.stderr.splitlines() if line.startswith("status:")]
                self.assertEqual(status_line, [line for line in cold.stderr.splitlines() if line.startswith("status:")])
        # The daemon ran them (each on an interpreter that waited, or one
        # started for it when a run came before the refill).
        self.assertEqual(self.status()["runs"], len(SCRIPTS))
        traceback = judge(["run", self.script("t", SCRIPTS["traceback"])], self.env)
        self.assertIn("return 10 // x", traceback.stderr)  # the source line, read without a file
        self.assertIn('File "/box/t.py", line 3, in inner', traceback.stderr)
        self.assertNotIn("<string>", traceback.stderr)
        clean = judge(["run", self.script("c", SCRIPTS["clean-globals"])], self.env)
        self.assertEqual(clean.stdout, "[]\n__main__ /box/c.py\n")

    def test_exit_codes_json_and_closed_stdin(self):
        ok = self.script("ok", 'print("fine")\n')
        answer = judge(["run", "--json", ok], self.env)
        self.assertEqual(answer.returncode, 0)
        report = json.loads(answer.stdout)
        self.assertEqual(report["status"], "ok")
        self.assertEqual(report["stdout"], "fine\n")
        reads = self.script("reads", "import sys\nprint(repr(sys.stdin.read()))\n")
        closed = subprocess.run([JUDGE, "run", reads], env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, timeout=60)
        self.assertEqual(closed.stdout, "''\n")
        self.assertEqual(self.status()["runs"], 2)

    def test_limits_count_from_the_script(self):
        spin = judge(["run", "--time-limit", "0.3", self.script("spin", "while True:\n    pass\n")], self.env)
        self.assertEqual(spin.returncode, 1)
        self.assertIn("status: cpu-time-limit (CPU time limit of 300 ms exceeded)", spin.stderr)
        sleep = judge(["run", "--wall-limit", "0.5", self.script("sleep", "import time\ntime.sleep(30)\n")],
                      self.env)
        self.assertIn("status: wall-time-limit (wall-clock limit of 500 ms exceeded)", sleep.stderr)
        hog = self.script("hog", "chunks = []\nwhile True:\n    chunks.append(bytearray(1 << 20))\n")
        memory = judge(["run", "--memory-limit", "64", hog], self.env)
        self.assertIn("status: memory-limit", memory.stderr)
        self.assertEqual(self.status()["runs"], 3)

    def test_every_run_gets_a_fresh_sandbox(self):
        writer = self.script("writer", 'open("/tmp/left-behind", "w").write("x")\nimport os\nprint(os.listdir("."))\n')
        self.assertEqual(judge(["run", writer], self.env).stdout, "['left-behind']\n")
        lister = self.script("lister", 'import os, sys\nprint(os.listdir("."), sorted(sys.modules) == sorted(set(sys.modules)))\n')
        self.assertEqual(judge(["run", lister], self.env).stdout, "[] True\n")

    def test_hostile_programs_end_as_verdicts(self):
        bomb = self.script("bomb", "import os\nwhile True:\n    os.fork()\n")
        killer = self.script("killer", "import os, signal\nos.kill(-1, signal.SIGKILL)\nprint('still here')\n")
        for path in (bomb, killer):
            answer = judge(["run", "--time-limit", "1", path], self.env)
            self.assertIn(answer.returncode, (0, 1), answer.stderr)
            self.assertIn("--- judge ---", answer.stderr)
        self.assertEqual(self.status()["runs"], 2)  # the daemon survived both
        self.assertEqual(judge(["run", self.script("ok", "print(1)\n")], self.env).stdout, "1\n")

    def test_a_killed_client_stops_its_run(self):
        spin = self.script("spin", "while True:\n    pass\n")
        client = subprocess.Popen([JUDGE, "run", "--time-limit", "60", spin], env=self.env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait_for(lambda: self.status().get("in_progress") == 1, 10, "the run to start")
        client.kill()
        client.wait()
        self.wait_for(lambda: self.status().get("in_progress") == 0, 5, "the daemon to stop the abandoned run")

    def test_another_build_runs_its_own_and_retires_the_daemon(self):
        other = os.path.join(self.work, "judge")
        shutil.copy2(JUDGE, other)
        os.utime(other, None)  # another build: another file, another mtime
        answer = subprocess.run([other, "run", self.script("ok", "print('own run')\n")], env=self.env,
                                capture_output=True, text=True, timeout=60)
        self.assertEqual((answer.returncode, answer.stdout), (0, "own run\n"))
        self.wait_for(lambda: not self.status()["running"], 10, "the stale daemon to exit")

    def test_unsafe_directory_is_refused(self):
        judge(["daemon", "stop"], self.env)
        os.chmod(os.path.join(self.runtime, "judge"), 0o755)
        refused = judge(["daemon", "start"], self.env)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("open to other users", refused.stderr)
        answer = judge(["run", self.script("ok", "print('still runs')\n")], self.env)
        self.assertEqual((answer.returncode, answer.stdout), (0, "still runs\n"))

    def test_other_users_are_refused(self):
        """A daemon of `nobody`: root's raw connection is closed unanswered (SO_PEERCRED), and a
        root judge pointed at nobody's directory runs the script itself without connecting."""
        if os.geteuid() != 0 or not shutil.which("setpriv"):
            self.skipTest("needs root and setpriv to run a daemon as another user")
        theirs = tempfile.mkdtemp(prefix="jn")
        self.addCleanup(shutil.rmtree, theirs, True)
        binary = os.path.join(theirs, "judge")
        shutil.copy2(JUDGE, binary)
        runtime = os.path.join(theirs, "runtime")
        os.mkdir(runtime, 0o700)
        for path in (theirs, runtime):
            os.chmod(path, 0o755 if path == theirs else 0o700)
            os.chown(path, 65534, 65534)
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "-i",
                     "PATH=/usr/bin:/bin", "HOME=" + theirs, "XDG_RUNTIME_DIR=" + runtime, binary, "daemon"]
        started = subprocess.run(as_nobody + ["start"], capture_output=True, text=True, timeout=60)
        self.assertEqual(started.returncode, 0, started.stdout + started.stderr)
        self.addCleanup(subprocess.run, as_nobody + ["stop"], capture_output=True, timeout=60)
        with socket.socket(socket.AF_UNIX) as raw:
            raw.settimeout(10)
            raw.connect(os.path.join(runtime, "judge", "daemon.sock"))
            body = json.dumps({"op": "status"}).encode()
            try:
                raw.sendall(len(body).to_bytes(4, "big") + body)
                said = raw.recv(4)
            except (BrokenPipeError, ConnectionResetError):  # closed before or after our request
                said = b""
            self.assertEqual(said, b"")  # closed, nothing said
        ok = self.script("ok", "print('own run')\n")
        os.chmod(self.work, 0o755)
        answer = judge(["run", ok], dict(self.env, XDG_RUNTIME_DIR=runtime))
        self.assertEqual((answer.returncode, answer.stdout), (0, "own run\n"))
        status = subprocess.run(as_nobody + ["status", "--json"], capture_output=True, text=True, timeout=60)
        self.assertEqual(json.loads(status.stdout)["runs"], 0)  # never asked, still running

    def test_life_cycle(self):
        again = judge(["daemon", "start"], self.env)
        self.assertEqual(again.returncode, 0)
        self.assertIn("already running", again.stdout)
        pid = self.status()["pid"]
        stopped = judge(["daemon", "stop"], self.env)
        self.assertIn("stopped", stopped.stdout)
        self.wait_for(lambda: not alive(pid), 5, "the stopped daemon's process to end")
        gone = judge(["daemon", "status"], self.env)
        self.assertEqual(gone.returncode, 1)
        self.assertIn("not running", gone.stdout)
        self.assertEqual(judge(["run", self.script("ok", "print(2)\n")], self.env).stdout, "2\n")
        idle = judge(["daemon", "start", "--idle-exit", "0.05"], self.env)  # 3 s
        self.assertEqual(idle.returncode, 0, idle.stderr)
        self.assertTrue(self.status()["running"])
        self.wait_for(lambda: not self.status()["running"], 15, "the idle daemon to exit")

    def test_submit_judges_as_it_would_here(self):
        cases = [("two-sum", "ac-sort-two-pointers.py"), ("two-sum", "wa-same-element-twice.py"),
                 ("two-sum", "re-missing-key.py"), ("capitalise-words", "rv-capitalize-getattr.py"),
                 ("capitalise-words", "ac-upper-lower-loop.py")]
        for slug, name in cases:
            with self.subTest(solution=name):
                path = os.path.join(self.work, slug + ".py")
                shutil.copy(os.path.join(SOLUTIONS, slug, name), path)
                warm = judge(["submit", "--json", "--no-history", path], self.env)
                here = judge(["submit", "--json", "--no-history", "--no-daemon", path], self.env)
                self.assertEqual(warm.returncode, here.returncode, warm.stderr)
                warm_report, here_report = json.loads(warm.stdout), json.loads(here.stdout)
                for report in (warm_report, here_report):  # mypy kept warm, or started for this check
                    if report["type_check"]:
                        report["type_check"].pop("mode")
                self.assertEqual(without_timing(warm_report), without_timing(here_report))
        untyped = os.path.join(self.work, "capitalise-words.py")
        with open(untyped, "w") as handle:
            handle.write("def capitalise_words(text):\n    return text\n")
        warm = judge(["submit", "--no-history", untyped], self.env)
        here = judge(["submit", "--no-history", "--no-daemon", untyped], self.env)
        self.assertEqual((warm.returncode, warm.stdout.split("\n")[:3]), (here.returncode, here.stdout.split("\n")[:3]))
        self.assertIn("def capitalise_words(", warm.stdout)  # the fix hint
        self.assertEqual(self.status()["submissions"], len(cases) + 1)
        # The daemon's mypy is warm; the client records the history.
        report = json.loads(judge(["submit", "--json", os.path.join(self.work, "two-sum.py")], self.env).stdout)
        self.assertEqual(report["type_check"]["mode"], "warm")
        with open(os.path.join(self.state, "judge", "history.json")) as handle:
            self.assertIn("two-sum", handle.read())
        hostile = os.path.join(self.work, "two-sum.py")
        with open(hostile, "w") as handle:
            handle.write("import os, signal\nos.kill(-1, signal.SIGKILL)\nwhile True:\n    os.fork()\n")
        attacked = judge(["submit", "--json", "--no-history", hostile], self.env)
        self.assertEqual(attacked.returncode, 1, attacked.stderr)
        self.assertNotEqual(json.loads(attacked.stdout)["verdict"], "AC")
        self.assertEqual(self.status()["submissions"], len(cases) + 3)  # the daemon is still there
        unknown_path = os.path.join(self.work, "no-such-problem.py")
        shutil.copy(untyped, unknown_path)
        unknown = judge(["submit", unknown_path], self.env)
        self.assertEqual(unknown.returncode, 2)  # judged here, which says why in its own words
        self.assertIn("no-such-problem", unknown.stderr)

    def test_concurrent_clients(self):
        path = self.script("who", "import sys\nprint('client', input())\n")
        clients = [subprocess.Popen([JUDGE, "run", path], env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True) for _ in range(4)]
        for number, client in enumerate(clients):
            client.stdin.write("%d\n" % number)
            client.stdin.close()
        outputs = [client.stdout.read() for client in clients]
        for client in clients:
            client.wait(timeout=60)
        self.assertEqual(outputs, ["client %d\n" % n for n in range(4)])
        self.assertEqual(self.status()["runs"], 4)


if __name__ == "__main__":
    unittest.main(verbosity=2)
