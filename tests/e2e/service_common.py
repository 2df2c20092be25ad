"""What the service tests share: starting `judge serve`/`judge worker`,
HTTP requests with the standard library, and the solutions they submit."""
import http.client
import json
import os
import re
import select
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "test-token-0123456789abcdef"
OTHER_TOKEN = "other-token-0123456789abcdef"

TWO_SUM = open(os.path.join(ROOT, "examples", "exercise-repo", "week1", "two-sum.py")).read()
WRONG = """from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 0]
"""
def slow(seconds):
    """Correct, but the first test sleeps: long enough to kill a worker mid-job."""
    pause = ("        import time\n"
             "        if not getattr(Solution, 'slept', False):\n"
             "            setattr(Solution, 'slept', True)\n"
             "            time.sleep(%s)\n" % seconds)
    marker = "        seen: Dict[int, int] = {}"
    return TWO_SUM.replace(marker, pause + marker)


def start(args, ready=r"listening on [\d.]+:(\d+)|consumer", timeout=60, env=None):
    """Starts a judge process; returns (process, the first match of `ready` in its stderr)."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, **(env or {})))
    deadline = time.time() + timeout
    seen = ""
    while time.time() < deadline:
        readable, _, _ = select.select([process.stderr], [], [], 0.5)
        if readable:
            line = process.stderr.readline()
            seen += line
            match = re.search(ready, line)
            if match:
                return process, match
        if process.poll() is not None:
            break
    process.kill()
    raise AssertionError("did not start: " + " ".join(args) + "\n" + seen)


def stop(process, timeout=60):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr:
        process.stderr.close()
    return process.returncode


def request(port, method, path, body=None, token=TOKEN, raw=None, timeout=120):
    """Returns (status, headers, parsed JSON or text)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = text
    return response.status, dict(response.getheaders()), parsed


def wait_done(port, submission_id, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        status, _, body = request(port, "GET", "/v1/submissions/" + submission_id)
        if status == 200 and body["status"] in ("done", "failed"):
            return body
        time.sleep(0.1)
    raise AssertionError("no result for " + submission_id)


def metric(text, name):
    """The value of one sample line of Prometheus text, 0 when absent."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0
