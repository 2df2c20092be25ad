"""scripts/bench's service rows: `judge serve` under load from concurrent
clients (in-process, and with --redis and a `judge worker`), against
`judge submit` of the same file measured in the same run."""
import http.client
import json
import os
import re
import select
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time

TOKEN = "bench-token-0123456789abcdef"


def _start(argv: list[str], ready: str, env: dict | None = None) -> tuple[subprocess.Popen, re.Match]:
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, **(env or {})))
    deadline = time.time() + 60
    while time.time() < deadline:
        if select.select([process.stderr], [], [], 0.5)[0]:
            match = re.search(ready, process.stderr.readline())
            if match:
                # Keep draining stderr so the service never blocks on a full pipe.
                threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()
                return process, match
    process.kill()
    raise SystemExit(f"bench: {' '.join(argv)} did not start")


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and its descendants, KiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):  # children of every thread
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(child) for child in children.read().split())
        except OSError:
            pass
    return total


def _load(port: int, source: str, clients: int, total: int, watched: list[int]) -> dict:
    latencies: list[float] = []
    lock = threading.Lock()
    remaining = [total]
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], sum(_tree_rss_kib(pid) for pid in watched))
            time.sleep(0.05)

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        body = json.dumps({"problem": "two-sum", "source": source})
        headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            started = time.perf_counter()
            connection.request("POST", "/v1/submissions?wait=true", body, headers)
            response = connection.getresponse()
            answer = json.loads(response.read())
            if response.status != 200 or answer["report"]["verdict"] != "AC":
                raise SystemExit(f"bench: unexpected answer {response.status}: {str(answer)[:200]}")
            with lock:
                latencies.append(time.perf_counter() - started)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    latencies.sort()
    return {"rate": total / elapsed, "p50": statistics.median(latencies),
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "peak_mib": peak[0] / 1024}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_rows(judge: str, root: str, clients: int = 8, total: int = 80) -> tuple[list, list[str]]:
    """Ratio rows (name, value, baseline) and free-text lines for the service."""
    source_path = os.path.join(root, "examples", "exercise-repo", "week1", "two-sum.py")
    with open(source_path) as handle:
        source = handle.read()
    env = {"JUDGE_API_TOKENS": TOKEN}
    lines, rows = [], []
    # Warm: generated cases and the mypy cache exist before anything is timed.
    subprocess.run([judge, "submit", "--no-history", source_path], stdout=subprocess.DEVNULL, check=False)
    submit_times = []
    for _ in range(5):
        began = time.perf_counter()
        subprocess.run([judge, "submit", "--no-history", source_path], stdout=subprocess.DEVNULL, check=False)
        submit_times.append(time.perf_counter() - began)
    submit = statistics.median(submit_times)

    serve, match = _start([judge, "serve", "--listen", "127.0.0.1:0", "--rate", "100000", "--burst", "100000"],
                          r"listening on [\d.]+:(\d+)", env)
    try:
        port = int(match.group(1))
        _load(port, source, 2, 4, [])  # each worker's mypy started
        local = _load(port, source, clients, total, [serve.pid])
    finally:
        serve.terminate()
        serve.wait()
    lines.append(f"judge serve (in-process), {clients} clients, {total} two-sum submissions: "
                 f"{local['rate']:.1f}/s, p50 {local['p50']*1000:.0f} ms, p99 {local['p99']*1000:.0f} ms, "
                 f"peak memory {local['peak_mib']:.0f} MiB (serve + sandboxes + mypy)")
    rows.append(("serve p50 latency under load / one judge submit", local["p50"], submit))
    rows.append(("serve time per submission (1/rate) / one judge submit", 1 / local["rate"], submit))

    redis_server = shutil.which("redis-server")
    if redis_server is None:
        lines.append("judge worker: skipped (no redis-server)")
        return rows, lines
    with tempfile.TemporaryDirectory() as data:
        redis_port = _free_port()
        redis = subprocess.Popen([redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--dir", data,
                                  "--save", ""], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{redis_port}"
        try:
            time.sleep(0.3)
            worker, _ = _start([judge, "worker", "--redis", url], "consumer")
            api, match = _start([judge, "serve", "--listen", "127.0.0.1:0", "--redis", url, "--rate", "100000",
                                 "--burst", "100000"], r"listening on [\d.]+:(\d+)", env)
            try:
                port = int(match.group(1))
                _load(port, source, 2, 4, [])
                queued = _load(port, source, clients, total, [worker.pid])
            finally:
                for process in (api, worker):
                    process.terminate()
                    process.wait()
        finally:
            redis.terminate()
            redis.wait()
    lines.append(f"judge serve --redis + 1 judge worker, {clients} clients, {total} submissions: "
                 f"{queued['rate']:.1f}/s, p50 {queued['p50']*1000:.0f} ms, p99 {queued['p99']*1000:.0f} ms, "
                 f"worker peak memory {queued['peak_mib']:.0f} MiB (worker + sandboxes + mypy)")
    rows.append(("redis worker time per submission / in-process serve", 1 / queued["rate"], 1 / local["rate"]))
    return rows, lines
