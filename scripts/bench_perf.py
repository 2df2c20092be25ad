"""scripts/bench's rows for the performance goals (issue 8): per-case
overhead, a 100-case problem against a sandbox (or a python) per case, a
warm full submission against mypy + python, and grading throughput. Each
against a baseline measured in the same run."""
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_service import TOKEN, _load, _start  # noqa: E402

PYTHON = "/usr/bin/python3"
SOLUTION = "class Solution:\n    def double(self, n: int) -> int:\n        return n * 2\n"


def make_bank(work: str, cases: int) -> tuple[str, str]:
    """A problem `double-<cases>` in a bank of its own; returns (bank, slug)."""
    slug = f"double-{cases}"
    folder = os.path.join(work, "bank", "bench", slug)
    os.makedirs(folder, exist_ok=True)
    problem = {"schema": "judge.problem/v1", "id": slug, "title": "Double", "difficulty": "easy", "pattern": "bench",
               "metaData": {"name": "double", "params": [{"name": "n", "type": "integer"}],
                            "return": {"type": "integer"}}}
    with open(os.path.join(folder, "problem.json"), "w") as handle:
        json.dump(problem, handle)
    with open(os.path.join(folder, "tests.json"), "w") as handle:
        json.dump({"cases": [{"name": f"case-{i}", "sample": i < 2, "input": {"n": i}, "expected": 2 * i}
                             for i in range(cases)]}, handle)
    with open(os.path.join(folder, "reference.py"), "w") as handle:
        handle.write(SOLUTION)
    with open(os.path.join(folder, "statement.md"), "w") as handle:
        handle.write("Return n doubled.\n")
    return os.path.join(work, "bank"), slug


def _run(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kwargs)


def per_case_rows(judge: str, work: str, runs: int) -> tuple[list, list[str]]:
    bank, slug = make_bank(work, 100)
    solution = os.path.join(work, slug + ".py")
    with open(solution, "w") as handle:
        handle.write(SOLUTION)
    scripts = []
    for i in range(100):
        path = os.path.join(work, f"case_{i}.py")
        with open(path, "w") as handle:
            handle.write(SOLUTION + f"print(Solution().double({i}))\n")
        scripts.append(path)
    submit = [judge, "submit", "--no-history", "--no-typecheck", "--problems", bank, "--json", solution]
    _run(submit)
    per_case_us, submits, sandboxed, plain = [], [], [], []
    for _ in range(max(3, runs // 5)):
        began = time.perf_counter()
        report = json.loads(_run(submit).stdout)
        submits.append(time.perf_counter() - began)
        per_case_us.append(statistics.median(t["time_ms"] for t in report["tests"]) * 1000)
        began = time.perf_counter()
        for script in scripts:
            _run([judge, "run", "--no-daemon", script])  # the baseline starts a sandbox per case
        sandboxed.append(time.perf_counter() - began)
        began = time.perf_counter()
        for script in scripts:
            _run([PYTHON, "-I", "-S", script])
        plain.append(time.perf_counter() - began)
    rows = [("100-case problem: judge submit / a judge run per case", statistics.median(submits),
             statistics.median(sandboxed)),
            ("100-case problem: judge submit / a plain python per case", statistics.median(submits),
             statistics.median(plain))]
    lines = [f"per-case overhead (judge side, request to compared answer, trivial case): "
             f"{statistics.median(per_case_us):.0f} us median (goal <= 50 us)"]
    return rows, lines


def twenty_case_submission(work: str, cache_name: str) -> tuple[str, str, str, list[str]]:
    """A 20-case problem, a solution that also runs the 20 cases itself, and the baseline's
    mypy command for it: (bank, slug, solution path, mypy argv)."""
    bank, slug = make_bank(work, 20)
    path = os.path.join(work, "twenty.py")
    with open(path, "w") as handle:
        handle.write(SOLUTION + "for n in range(20):\n    assert Solution().double(n) == 2 * n\n")
    cache = os.path.join(work, cache_name)
    return bank, slug, path, [PYTHON, "-m", "mypy", "--disallow-untyped-defs", "--cache-dir", cache, path]


def warm_submission_rows(judge: str, work: str) -> tuple[list, list[str]]:
    """A full submission (type check + 20 cases) on a warm `judge serve` against `mypy file.py`
    followed by `python3` running the same 20 cases."""
    bank, slug, path, baseline = twenty_case_submission(work, "mypy-cache-warm")
    _run(baseline)
    plain = []
    for _ in range(10):
        began = time.perf_counter()
        _run(baseline)
        _run([PYTHON, path])
        plain.append(time.perf_counter() - began)
    serve, match = _start([judge, "serve", "--listen", "127.0.0.1:0", "--problems", bank, "--rate", "100000",
                           "--burst", "100000", "--workers", "1"], r"listening on [\d.]+:(\d+)",
                          {"JUDGE_API_TOKENS": TOKEN})
    try:
        port = int(match.group(1))
        import http.client
        warm = []
        for i in range(25):
            # A submission arriving at a warm, idle server: the pool has had
            # time to start the next interpreter (each judges one submission).
            # Back-to-back load is the "serve under load" row.
            time.sleep(0.2)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            body = json.dumps({"problem": slug, "source": SOLUTION + f"# {i}\n"})
            began = time.perf_counter()
            connection.request("POST", "/v1/submissions?wait=true", body,
                               {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
            answer = json.loads(connection.getresponse().read())
            elapsed = time.perf_counter() - began
            connection.close()
            if answer["report"]["verdict"] != "AC" or not answer["report"]["type_check"]["ok"]:
                raise SystemExit(f"bench: unexpected {str(answer)[:300]}")
            if i >= 5:  # the first ones start mypy and the warm interpreters
                warm.append(elapsed)
    finally:
        serve.terminate()
        serve.wait()
    return [("warm full submission (serve) / mypy file.py + python3 file.py", statistics.median(warm),
             statistics.median(plain))], []


def daemon_submit_rows(judge: str, work: str) -> tuple[list, list[str]]:
    """`judge submit` (type check + 20 tests) handed to a `judge daemon` of its own, against a
    one-shot `judge submit` and against `mypy file.py` + `python3` running the 20 tests,
    interleaved; submissions paced 0.2 s apart (a learner's next one comes later still)."""
    bank, slug, path, baseline = twenty_case_submission(work, "mypy-cache-daemon")
    runtime = os.path.join(work, "runtime-submit")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    env.pop("JUDGE_NO_DAEMON", None)
    submit = [judge, "submit", "--no-history", "--problems", bank, "--problem", slug, path]
    _run([judge, "daemon", "start"], env=env, check=True)
    try:
        samples: dict[str, list[float]] = {"daemon": [], "one-shot": [], "plain": []}
        for i in range(12):
            time.sleep(0.2)
            began = time.perf_counter()
            answer = _run(submit, env=env)
            daemon = time.perf_counter() - began
            if answer.returncode != 0:
                raise SystemExit(f"bench: judge submit exited {answer.returncode}: {answer.stdout[-300:]}")
            began = time.perf_counter()
            _run(submit + ["--no-daemon"], env=env)
            one_shot = time.perf_counter() - began
            began = time.perf_counter()
            _run(baseline)
            _run([PYTHON, path])
            plain = time.perf_counter() - began
            if i >= 2:  # the first ones warm mypy's caches and the daemon's interpreters
                samples["daemon"].append(daemon)
                samples["one-shot"].append(one_shot)
                samples["plain"].append(plain)
    finally:
        _run([judge, "daemon", "stop"], env=env)
    median = {name: statistics.median(values) for name, values in samples.items()}
    return [("judge submit (20 tests), daemon / mypy file.py + python3 file.py", median["daemon"], median["plain"]),
            ("judge submit (20 tests), daemon / judge submit, one-shot", median["daemon"], median["one-shot"])], []


def grade_throughput_rows(judge: str, work: str) -> tuple[list, list[str]]:
    """`judge grade` of 100 small typed solutions: submissions per second and peak memory."""
    bank, slug = make_bank(work, 20)
    repo = os.path.join(work, "hundred")
    for i in range(100):
        folder = os.path.join(repo, f"student{i:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, slug + ".py"), "w") as handle:
            handle.write(SOLUTION + f"# student {i}\n")
    argv = [judge, "grade", "--problems", bank, repo]
    _run(argv)
    times, peaks = [], []
    for _ in range(3):
        began = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from bench_service import _tree_rss_kib
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.02)
        times.append(time.perf_counter() - began)
        peaks.append(peak)
    rate = 100 / statistics.median(times)
    return [], [f"judge grade, 100 typed solutions of a 20-case problem: {rate:.1f} submissions/s on "
                f"{os.cpu_count()} cores (goal >= 15/s), peak memory {max(peaks) / 1024:.0f} MiB"]


def callgrind_lines(root: str, work: str) -> list[str]:
    """Instructions per case on the judge's side (tests/bench/per_case.cpp), counted by callgrind:
    the difference between 2000 and 1000 cases, so start-up cancels out."""
    import shutil
    if shutil.which("valgrind") is None:
        return ["per-case instructions: skipped (valgrind is not installed)"]
    build = os.path.join(root, "build")
    subprocess.run(["cmake", "--build", build, "--target", "per_case_bench"], check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(build, "tests", "per_case_bench")

    def instructions(cases: int) -> int:
        out = os.path.join(work, f"callgrind.{cases}")
        _run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, str(cases)], check=True)
        with open(out) as handle:
            for line in handle:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
        raise SystemExit("bench: no callgrind total")

    per_case = (instructions(2000) - instructions(1000)) / 1000
    return [f"per-case instructions, judge side (frame out, frame in, strict parse, compare): {per_case:,.0f} "
            f"(callgrind; repeatable whatever the machine's load)"]
