#!/usr/bin/python3
"""`judge serve` judging in-process, through real HTTP requests: auth, rate
limits, malformed and oversized requests, wait/poll/batch, idempotent ids,
concurrency, a full queue, callbacks, metrics, problems, hostile code, and a
SIGTERM that finishes what was accepted.

Usage: service_test.py JUDGE
"""
import http.server
import json
import os
import signal
import sys
import tempfile
import threading
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from service_common import (OTHER_TOKEN, ROOT, TOKEN, TWO_SUM, WRONG, metric, request, slow, start, stop,  # noqa: E402
                            wait_done)

JUDGE = os.path.abspath(sys.argv.pop(1))
with open(os.path.join(ROOT, "docs", "schemas", "report.schema.json")) as handle:
    REPORT_SCHEMA = json.load(handle)


def serve(*flags, env=None):
    process, match = start([JUDGE, "serve", "--listen", "127.0.0.1:0", *flags],
                           env=dict({"JUDGE_API_TOKENS": TOKEN + "," + OTHER_TOKEN}, **(env or {})))
    return process, int(match.group(1))


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.process, cls.port = serve("--workers", "2")

    @classmethod
    def tearDownClass(cls):
        stop(cls.process)

    def post(self, body, path="/v1/submissions", **kwargs):
        return request(self.port, "POST", path, body, **kwargs)

    def judged_total(self):
        _, _, text = request(self.port, "GET", "/metrics", token=None)
        return sum(float(line.split()[-1]) for line in text.splitlines()
                   if line.startswith("judge_submissions_judged_total{"))

    def test_tokens_are_required_and_checked(self):
        before = self.judged_total()
        for token in (None, "wrong-token-0123456789abcdef", TOKEN + "x", TOKEN[:-1]):
            status, headers, body = self.post({"problem": "two-sum", "source": TWO_SUM}, token=token)
            self.assertEqual(status, 401, token)
            self.assertEqual(body["error"]["code"], "unauthorized")
            self.assertEqual(headers.get("WWW-Authenticate"), "Bearer")
        status, _, _ = request(self.port, "GET", "/v1/problems", token=None)
        self.assertEqual(status, 401)
        self.assertEqual(self.judged_total(), before)  # nothing reached a sandbox

    def test_malformed_requests_get_json_errors(self):
        cases = [
            (b"{not json", 400, "invalid_json"),
            (b"[" * 5000 + b"]" * 5000, 400, "invalid_json"),
            (json.dumps({"problem": "two-sum"}).encode(), 400, "missing_field"),
            (json.dumps({"problem": "two-sum", "source": 5}).encode(), 400, "invalid_field"),
            (json.dumps({"problem": "two-sum", "source": "", "extra": 1}).encode(), 400, "invalid_field"),
            (json.dumps({"problem": "../etc", "source": ""}).encode(), 400, "invalid_field"),
            (json.dumps({"problem": "two-sum", "source": "", "mode": "all"}).encode(), 400, "invalid_field"),
            (json.dumps({"problem": "two-sum", "source": "", "id": "a/b"}).encode(), 400, "invalid_field"),
            (json.dumps({"problem": "two-sum", "source": "", "callback_url": "file:///etc/passwd"}).encode(), 400,
             "invalid_field"),
            (json.dumps({"problem": "no-such-problem", "source": ""}).encode(), 404, "unknown_problem"),
            (json.dumps({"problem": "two-sum", "source": "x" * (300 * 1024)}).encode(), 413, "source_too_large"),
            (b"{" + b" " * (2 << 20) + b"}", 413, "payload_too_large"),
        ]
        before = self.judged_total()
        for raw, status, code in cases:
            got, _, body = self.post(None, raw=raw)
            self.assertEqual((got, body["error"]["code"]), (status, code), raw[:80])
            self.assertTrue(body["error"]["message"])
        status, _, body = request(self.port, "GET", "/v1/submissions/does-not-exist")
        self.assertEqual((status, body["error"]["code"]), (404, "unknown_submission"))
        status, _, body = request(self.port, "GET", "/v1/nothing-here")
        self.assertEqual((status, body["error"]["code"]), (404, "not_found"))
        self.assertEqual(self.judged_total(), before)

    def test_wait_returns_the_report(self):
        status, _, body = self.post({"problem": "two-sum", "source": TWO_SUM}, path="/v1/submissions?wait=true")
        self.assertEqual(status, 200, body)
        self.assertEqual(body["status"], "done")
        jsonschema.validate(body["report"], REPORT_SCHEMA)
        self.assertEqual(body["report"]["verdict"], "AC")
        self.assertTrue(body["report"]["type_check"]["ok"])
        status, _, again = request(self.port, "GET", "/v1/submissions/" + body["id"])
        self.assertEqual((status, again["report"]["verdict"]), (200, "AC"))

    def test_poll_batch_and_idempotent_ids(self):
        status, _, body = self.post({"problem": "two-sum", "source": WRONG, "mode": "sample"})
        self.assertEqual((status, body["status"]), (202, "queued"))
        done = wait_done(self.port, body["id"])
        self.assertEqual(done["report"]["verdict"], "WA")
        self.assertEqual(done["report"]["mode"], "sample")

        status, _, body = self.post({"submissions": [
            {"problem": "two-sum", "source": TWO_SUM, "id": "batch-ok"},
            {"problem": "two-sum"},
            {"problem": "two-sum", "source": WRONG, "id": "batch-wrong", "typecheck": False},
        ]}, path="/v1/submissions/batch")
        self.assertEqual(status, 200)
        answers = body["submissions"]
        self.assertEqual([a["http_status"] for a in answers], [202, 400, 202])
        self.assertEqual(answers[1]["error"]["code"], "missing_field")
        self.assertEqual(wait_done(self.port, "batch-ok")["report"]["verdict"], "AC")
        wrong = wait_done(self.port, "batch-wrong")["report"]
        self.assertEqual(wrong["verdict"], "WA")
        self.assertIsNone(wrong["type_check"])

        before = self.judged_total()
        for _ in range(3):  # a client retrying: the same id is judged once
            status, _, body = self.post({"problem": "two-sum", "source": TWO_SUM, "id": "retried"},
                                        path="/v1/submissions?wait=true")
            self.assertEqual((status, body["report"]["verdict"]), (200, "AC"))
        self.assertEqual(self.judged_total(), before + 1)

        # Ids belong to their token: others can neither read nor take them.
        status, _, body = request(self.port, "GET", "/v1/submissions/retried", token=OTHER_TOKEN)
        self.assertEqual((status, body["error"]["code"]), (404, "unknown_submission"))
        status, _, body = self.post({"problem": "two-sum", "source": WRONG, "id": "retried"}, token=OTHER_TOKEN)
        self.assertEqual((status, body["error"]["code"]), (409, "id_taken"))

    def test_concurrent_clients_get_their_own_verdicts(self):
        def submit(i):
            source = TWO_SUM if i % 2 == 0 else WRONG
            token = TOKEN if i % 3 else OTHER_TOKEN
            status, _, body = self.post({"problem": "two-sum", "source": source, "id": "concurrent-%d" % i},
                                        path="/v1/submissions?wait=true", token=token)
            return i, status, body
        with ThreadPoolExecutor(max_workers=12) as pool:
            results = list(pool.map(submit, range(12)))
        for i, status, body in results:
            self.assertEqual(status, 200, body)
            self.assertEqual(body["id"], "concurrent-%d" % i)
            self.assertEqual(body["report"]["verdict"], "AC" if i % 2 == 0 else "WA")

    def test_hostile_code_is_a_verdict_and_the_server_lives(self):
        hostile = {
            "fork bomb": "import os\nwhile True:\n    os.fork()\n",
            "kill everything": "import os, signal\nos.kill(-1, signal.SIGKILL)\n",
            "kill the parent": "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n",
            "memory": "x = bytearray(1 << 34)\n",
            "output": "print('x' * (64 << 20))\n",
        }
        for name, source in hostile.items():
            status, _, body = self.post({"problem": "two-sum", "source": source}, path="/v1/submissions?wait=true")
            self.assertEqual(status, 200, name)
            self.assertIn(body["report"]["verdict"], ("RE", "CE", "MLE", "OLE", "TLE"), name)
        status, _, health = request(self.port, "GET", "/healthz", token=None)
        self.assertEqual((status, health["status"]), (200, "ok"))

    def test_problems_show_examples_never_hidden_tests(self):
        status, _, body = request(self.port, "GET", "/v1/problems")
        self.assertEqual(status, 200)
        slugs = {p["slug"] for p in body["problems"]}
        self.assertIn("two-sum", slugs)
        self.assertGreaterEqual(len(slugs), 90)
        status, _, problem = request(self.port, "GET", "/v1/problems/two-sum")
        self.assertEqual(status, 200)
        self.assertIn("def twoSum(self, nums: List[int], target: int) -> List[int]:", problem["starter"])
        with open(os.path.join(ROOT, "problems", "arrays-and-hashing", "two-sum", "tests.json")) as handle:
            cases = json.load(handle)["cases"]
        samples = {c["name"] for c in cases if c.get("sample")}
        self.assertEqual({e["name"] for e in problem["examples"]}, samples)
        status, _, body = request(self.port, "GET", "/v1/problems/no-such")
        self.assertEqual((status, body["error"]["code"]), (404, "unknown_problem"))
        status, _, exercise = request(self.port, "GET", "/v1/problems/sum-of-digits")
        self.assertEqual(status, 200)
        self.assertEqual((exercise["track"], exercise["topic"]), ("roadmap", "loops-while"))
        self.assertIn("def digit_sum(n: int) -> int:", exercise["starter"])

    def test_a_roadmap_rule_broken_through_an_alias_is_rv_over_http(self):
        source = "add = sum\n\ndef digit_sum(n: int) -> int:\n    return add(int(d) for d in str(n))\n"
        status, _, body = self.post({"problem": "sum-of-digits", "source": source}, path="/v1/submissions?wait=true")
        self.assertEqual(status, 200)
        report = body["report"]
        self.assertEqual(report["verdict"], "RV")
        self.assertEqual(report["tests"], [])
        self.assertIn("call:sum", {v["rule"] for v in report["rule_violations"]})

    def test_metrics(self):
        self.post({"problem": "two-sum", "source": TWO_SUM}, path="/v1/submissions?wait=true")
        status, headers, text = request(self.port, "GET", "/metrics", token=None)
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/plain"))
        self.assertGreaterEqual(metric(text, 'judge_submissions_judged_total{verdict="AC"}'), 1)
        self.assertGreaterEqual(metric(text, 'judge_submission_latency_seconds_bucket{le="+Inf"}'), 1)
        self.assertIn("judge_queue_depth ", text)
        self.assertIn("# TYPE judge_judging_seconds histogram", text)


class Limits(unittest.TestCase):
    def test_rate_limit_per_token(self):
        process, port = serve("--rate", "0.5", "--burst", "3")
        try:
            statuses = [request(port, "GET", "/v1/problems")[0] for _ in range(3)]
            self.assertEqual(statuses, [200, 200, 200])
            status, headers, body = request(port, "GET", "/v1/problems")
            self.assertEqual((status, body["error"]["code"]), (429, "rate_limited"))
            self.assertGreaterEqual(int(headers["Retry-After"]), 1)
            # Another token has its own bucket.
            self.assertEqual(request(port, "GET", "/v1/problems", token=OTHER_TOKEN)[0], 200)
        finally:
            stop(process)

    def test_a_full_queue_says_retry_later(self):
        process, port = serve("--workers", "1", "--queue", "1")
        try:
            answers = [request(port, "POST", "/v1/submissions", {"problem": "two-sum", "source": slow(1.5),
                                                                 "typecheck": False}) for _ in range(4)]
            statuses = [a[0] for a in answers]
            self.assertIn(503, statuses)
            full = next(a for a in answers if a[0] == 503)
            self.assertEqual(full[2]["error"]["code"], "queue_full")
            self.assertGreaterEqual(int(full[1]["Retry-After"]), 1)
            for status, _, body in answers:
                if status == 202:
                    self.assertEqual(wait_done(port, body["id"])["report"]["verdict"], "AC")
        finally:
            stop(process)

    def test_no_tokens_is_refused_at_start(self):
        completed = __import__("subprocess").run([JUDGE, "serve", "--listen", "127.0.0.1:0"], capture_output=True,
                                                 text=True, timeout=60, env={k: v for k, v in os.environ.items()
                                                                             if k != "JUDGE_API_TOKENS"})
        self.assertEqual(completed.returncode, 2)
        self.assertIn("no API tokens", completed.stderr)


class Callbacks(unittest.TestCase):
    def test_callback_and_sigterm_finish_what_was_accepted(self):
        received = []

        class Receiver(http.server.BaseHTTPRequestHandler):
            attempts = 0

            def do_POST(self):  # noqa: N802 (the standard library's name)
                Receiver.attempts += 1
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if Receiver.attempts == 1:  # the first delivery fails: the judge retries
                    self.send_response(500)
                    self.end_headers()
                    return
                received.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        receiver = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
        threading.Thread(target=receiver.serve_forever, daemon=True).start()
        process, port = serve("--workers", "1")
        try:
            url = "http://127.0.0.1:%d/hook?course=1" % receiver.server_port
            ids = []
            for i in range(2):
                status, _, body = request(port, "POST", "/v1/submissions",
                                          {"problem": "two-sum", "source": slow(1), "callback_url": url,
                                           "id": "callback-%d" % i})
                self.assertEqual(status, 202)
                ids.append(body["id"])
            process.send_signal(signal.SIGTERM)  # accepted work is still judged and called back
            self.assertEqual(process.wait(timeout=120), 0)
        finally:
            stop(process)
            receiver.shutdown()
            receiver.server_close()
        self.assertEqual(sorted(r["id"] for r in received), ids)
        self.assertTrue(all(r["report"]["verdict"] == "AC" for r in received))
        self.assertGreaterEqual(Receiver.attempts, 3)


if __name__ == "__main__":
    unittest.main(verbosity=2)
