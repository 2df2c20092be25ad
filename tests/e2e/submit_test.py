#!/usr/bin/python3
"""`judge submit` as a learner runs it: every verdict, every comparison rule,
and solutions that try to forge their way to AC.

Usage: submit_test.py JUDGE   (fixture problems: tests/e2e/fixtures/problems)
"""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

JUDGE = os.path.abspath(sys.argv.pop(1))
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "problems")
SECRET = "987654321"  # the hidden test's input: must never come out of the judge


def write(directory, name, source):
    path = os.path.join(directory, name)
    with open(path, "w") as handle:
        handle.write(textwrap.dedent(source))
    return path


class Judge(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.work.cleanup()

    def submit(self, source, problem="echo-double", name=None, *flags, json_report=True, timeout=60):
        path = write(self.work.name, name or problem + ".py", source)
        command = [JUDGE, "submit", "--problems", FIXTURES, path, *flags]
        if name is not None or problem:
            command += ["--problem", problem]
        if json_report:
            command.append("--json")
        started = time.monotonic()
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        self.elapsed = time.monotonic() - started
        self.output = completed.stdout + completed.stderr
        if not json_report:
            return completed
        self.assertTrue(completed.stdout.startswith("{"), self.output)
        report = json.loads(completed.stdout)
        self.assertNotIn(SECRET, completed.stdout, "a hidden input leaked into the report")
        self.assertNotIn(SECRET, completed.stderr)
        expected_code = 0 if report["verdict"] == "AC" else 1
        self.assertEqual(completed.returncode, expected_code, self.output)
        return report

    def assertVerdict(self, report, verdict, test=None):
        self.assertEqual(report["verdict"], verdict, json.dumps(report, indent=1)[:3000])
        if test is not None:
            self.assertEqual(report["first_failure"]["name"], test)


class Verdicts(Judge):
    def test_accepted(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    return n + n
        """)
        self.assertVerdict(report, "AC")
        self.assertEqual((report["passed"], report["total"], report["score"]), (5, 5, 100))

    def test_a_case_ending_at_its_limit_is_the_tle_not_the_next(self):
        """A case whose answer comes in just as its CPU limit passes (300 ms here) races the
        watchdog's stop. Whichever wins, that case is the TLE (or, under the limit, AC) and the
        next one is judged on its own: before, the stop could land on the next request and make
        it an RE. The spin sweeps across the edge to meet the race."""
        for spin_ms in range(300, 335, 5):
            report = self.submit("""
                import time
                class Solution:
                    def double(self, n: int) -> int:
                        if n == -5:
                            start = time.process_time()
                            while time.process_time() - start < %f:
                                pass
                        return n * 2
            """ % (spin_ms / 1000), "echo-double", None, "--no-typecheck")
            verdicts = [t["verdict"] for t in report["tests"]]
            self.assertEqual(verdicts[:3] + verdicts[4:], ["AC", "AC", "AC", "AC"], (spin_ms, verdicts))
            self.assertIn(verdicts[3], ("TLE", "AC"), (spin_ms, verdicts))

    def test_wrong_answer_on_a_sample_shows_input_expected_and_got(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    print("thinking about", n)
                    return n * 2 if n != 2 else 5
        """)
        self.assertVerdict(report, "WA", "sample-two")
        failure = report["first_failure"]
        self.assertEqual((failure["input"], failure["expected"], failure["got"]), ({"n": 2}, 4, 5))
        self.assertEqual(failure["stdout"], "thinking about 2\n")
        self.assertEqual(report["passed"], 4, "the other tests still run")

    def test_wrong_answer_on_a_hidden_test_reveals_nothing_of_it(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    print("the input is", n)
                    if n > 1000:
                        raise ValueError("secret: %d" % n)
                    return n * 2
        """)
        self.assertVerdict(report, "RE", "hidden-secret")
        failure = report["first_failure"]
        self.assertTrue(failure["hidden"])
        for key in ("input", "expected", "got", "stdout"):
            self.assertNotIn(key, failure)
        self.assertEqual(failure["error"], {"type": "ValueError", "line": 6})

    def test_runtime_error_has_a_traceback_of_the_learners_own_lines(self):
        report = self.submit("""
            class Solution:
                def helper(self, n: int) -> int:
                    return [1][n]

                def double(self, n: int) -> int:
                    return self.helper(n)
        """)
        self.assertVerdict(report, "RE", "sample-one")
        traceback = report["first_failure"]["error"]["traceback"]
        self.assertIn('echo-double.py", line 7, in double', traceback)
        self.assertIn('line 4, in helper', traceback)
        self.assertIn("IndexError: list index out of range", traceback)
        self.assertNotIn("runner.py", traceback)

    def test_time_limit_on_a_stress_case_says_why_and_stops_on_time(self):
        report = self.submit("""
            import signal
            class Solution:
                def double(self, n: int) -> int:
                    for sig in (signal.SIGTERM, signal.SIGXCPU, signal.SIGINT):
                        signal.signal(sig, signal.SIG_IGN)
                    while n == 7:
                        pass
                    return n * 2
        """)
        self.assertVerdict(report, "TLE", "stress-last")
        self.assertIn("stress case", report["first_failure"]["message"])
        self.assertIn("O(1)", report["first_failure"]["message"])
        self.assertLess(self.elapsed, 10)

    def test_sleeping_is_stopped_by_the_wall_clock(self):
        report = self.submit("""
            import time
            class Solution:
                def double(self, n: int) -> int:
                    time.sleep(60)
                    return n * 2
        """)
        self.assertVerdict(report, "TLE", "sample-one")
        self.assertIn("wall-clock", report["first_failure"]["message"])

    def test_memory_limit(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    hog = bytearray(512 * 1024 * 1024)
                    return n * 2 + len(hog)
        """)
        self.assertVerdict(report, "MLE", "sample-one")

    def test_output_limit_for_prints_and_for_raw_writes(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    chunk = "x" * 65536
                    for _ in range(200):
                        print(chunk)
                    return n * 2
        """)
        self.assertVerdict(report, "OLE", "sample-one")
        report = self.submit("""
            import os
            class Solution:
                def double(self, n: int) -> int:
                    for _ in range(100):
                        os.write(1, b"y" * 65536)
                    return n * 2
        """)
        self.assertVerdict(report, "OLE", "sample-one")

    def test_compile_errors(self):
        report = self.submit("class Solution:\n    def double(self, n: int) -> int\n        return n\n")
        self.assertVerdict(report, "CE")
        self.assertEqual(report["compile_error"]["kind"], "syntax")
        self.assertEqual(report["compile_error"]["line"], 2)
        self.assertEqual(report["tests"], [])
        self.assertEqual(report["score"], 0)
        report = self.submit("import numpy_is_not_here\n")
        self.assertVerdict(report, "CE")
        self.assertEqual(report["compile_error"]["kind"], "import")
        report = self.submit("class Answer:\n    pass\n")
        self.assertVerdict(report, "CE")
        self.assertIn("Solution().double(n)", report["message"])
        report = self.submit("class Solution:\n    def double(self) -> int:\n        return 0\n")
        self.assertVerdict(report, "CE")
        self.assertEqual(report["compile_error"]["kind"], "signature")
        self.assertIn("must accept (self, n)", report["message"])

    def test_a_crash_at_import_is_a_runtime_error(self):
        report = self.submit("x = 1 / 0\n")
        self.assertVerdict(report, "RE")
        self.assertIn("ZeroDivisionError", report["message"])

    def test_endless_recursion_is_a_runtime_error_with_a_short_traceback(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    return self.double(n + 1)
        """)
        self.assertVerdict(report, "RE", "sample-one")
        traceback = report["first_failure"]["error"]["traceback"]
        self.assertIn("RecursionError", traceback)
        self.assertIn("earlier calls of your code", traceback)
        self.assertLess(len(traceback.splitlines()), 60)

    def test_an_infinite_loop_at_import_is_stopped(self):
        report = self.submit("while True:\n    pass\n")
        self.assertVerdict(report, "TLE")
        self.assertLess(self.elapsed, 10)


class Continuation(Judge):
    CRASH_ON_ONE = """
        import os
        class Solution:
            def double(self, n: int) -> int:
                if n == 1:
                    os._exit(0)
                return n * 2
    """

    def test_after_a_crash_the_remaining_tests_run_in_a_fresh_process(self):
        report = self.submit(self.CRASH_ON_ONE)
        self.assertVerdict(report, "RE", "sample-one")
        self.assertIn("ended before answering", report["first_failure"]["message"])
        self.assertEqual((report["passed"], report["total"], len(report["tests"])), (4, 5, 5))
        self.assertEqual(report["timing"]["processes"], 2)

    def test_fail_fast_stops_at_the_first_failure(self):
        report = self.submit(self.CRASH_ON_ONE, "echo-double", None, "--fail-fast")
        self.assertVerdict(report, "RE", "sample-one")
        self.assertEqual(len(report["tests"]), 1)

    def test_sample_runs_only_the_samples(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    return n * 2 if n < 3 else 0
        """, "echo-double", None, "--sample")
        self.assertVerdict(report, "AC")
        self.assertEqual((report["mode"], report["total"]), ("sample", 2))


class Forgery(Judge):
    """A solution controls only its own answers."""

    def test_fake_frames_on_every_fd_do_not_make_an_answer(self):
        report = self.submit("""
            import os
            class Solution:
                def double(self, n: int) -> int:
                    body = b'{"ok":true,"value":%d}' % (n * 2)
                    frame = len(body).to_bytes(4, "big") + body
                    for fd in range(0, 64):
                        try:
                            os.write(fd, frame * 3)
                        except OSError:
                            pass
                    print("ACCEPTED")
                    return -1
        """)
        self.assertNotEqual(report["verdict"], "AC")

    def test_a_forged_answer_with_fields_of_the_wrong_type_is_a_runtime_error(self):
        report = self.submit("""
            import os
            class Solution:
                def double(self, n: int) -> int:
                    body = b'{"ok":false,"error":{"type":5,"message":[1],"line":"x"}}'
                    os.write(3, len(body).to_bytes(4, "big") + body)
                    os._exit(0)
        """)
        self.assertVerdict(report, "RE", "sample-one")
        self.assertIn("not an answer", report["first_failure"]["message"])

    def test_printing_accepted_is_just_output(self):
        report = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    print('{"verdict": "AC"} ACCEPTED')
                    return 0
        """)
        self.assertVerdict(report, "WA", "sample-one")

    def test_an_object_with_a_rigged_eq_equals_nothing(self):
        report = self.submit("""
            class Anything:
                def __eq__(self, other: object) -> bool:
                    return True
            class Solution:
                def double(self, n: int) -> "Anything":
                    return Anything()
        """)
        self.assertVerdict(report, "WA", "sample-one")
        self.assertIn("cannot turn a Anything into an answer", report["first_failure"]["message"])

    def test_an_int_subclass_is_its_integer_value(self):
        report = self.submit("""
            class Sneaky(int):
                def __eq__(self, other: object) -> bool:
                    return True
                def __int__(self) -> int:
                    return 2
                def __repr__(self) -> str:
                    return "2"
            class Solution:
                def double(self, n: int) -> int:
                    return Sneaky(n * 2 + 1)
        """)
        self.assertVerdict(report, "WA", "sample-one")
        self.assertEqual(report["first_failure"]["got"], 3)
        report = self.submit("""
            class Honest(int):
                pass
            class Solution:
                def double(self, n: int) -> int:
                    return Honest(n * 2)
        """)
        self.assertVerdict(report, "AC")

    def test_exiting_early_with_status_zero_is_not_accepted(self):
        for ending in ("import sys\nsys.exit(0)", "import os\nos._exit(0)", "import os\nos.close(3)"):
            with self.subTest(ending=ending):
                report = self.submit("%s\n" % ending.split("\n")[0] + textwrap.dedent("""
                    class Solution:
                        def double(self, n: int) -> int:
                            %s
                            return n * 2
                """) % ending.split("\n")[1])
                self.assertVerdict(report, "RE", "sample-one")

    def test_rebinding_the_harness_builtins_does_not_change_answers(self):
        report = self.submit("""
            import builtins, json
            json.dumps = lambda *a, **k: '{"ok":true,"value":2}'
            builtins.int = str
            class Solution:
                def double(self, n: int) -> int:
                    return 0
        """)
        self.assertNotEqual(report["verdict"], "AC")


class ComparisonRules(Judge):
    def test_float_tolerance(self):
        self.assertVerdict(self.submit("""
            from typing import List
            class Solution:
                def mean(self, nums: List[int]) -> float:
                    return round(sum(nums) / len(nums), 6)
        """, "mean"), "AC")
        self.assertVerdict(self.submit("""
            from typing import List
            class Solution:
                def mean(self, nums: List[int]) -> float:
                    return round(sum(nums) / len(nums), 2)
        """, "mean"), "WA", "thirds")

    def test_in_place_with_returned_k(self):
        self.assertVerdict(self.submit("""
            from typing import List
            class Solution:
                def removeDuplicates(self, nums: List[int]) -> int:
                    unique = sorted(set(nums))
                    nums[:len(unique)] = unique
                    return len(unique)
        """, "dedupe"), "AC")
        report = self.submit("""
            from typing import List
            class Solution:
                def removeDuplicates(self, nums: List[int]) -> int:
                    return len(set(nums))
        """, "dedupe")
        self.assertVerdict(report, "WA", "example")
        self.assertIn("first k = 2", report["first_failure"]["message"])

    def test_nested_any_order_and_leetcode_leniencies(self):
        self.assertVerdict(self.submit("""
            from typing import *
            class Solution(object):
                def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
                    groups = defaultdict(list)
                    for word in reversed(strs):
                        groups[tuple(sorted(word))].append(word)
                    return tuple(tuple(group) for group in groups.values())
        """, "anagram-groups"), "AC")
        self.assertVerdict(self.submit("""
            class Solution:
                def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
                    return [strs]
        """, "anagram-groups"), "WA", "example")

    def test_graph_nodes_in_and_out(self):
        report = self.submit("""
            class Solution:
                def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
                    return node
        """, "clone-graph")
        self.assertVerdict(report, "WA", "square")
        self.assertIn("return a deep copy", report["first_failure"]["message"])
        self.assertVerdict(self.submit("""
            class Solution:
                def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
                    return Node(node.val) if node is not None else None
        """, "clone-graph"), "WA", "square")

    def test_sortedcontainers_is_there_as_on_leetcode(self):
        self.assertVerdict(self.submit("""
            from sortedcontainers import SortedList
            class Solution:
                def double(self, n: int) -> int:
                    values = SortedList([n, n])
                    return sum(values)
        """), "AC")
        report = self.submit("""
            import mypy
            class Solution:
                def double(self, n: int) -> int:
                    return n * 2
        """)
        self.assertVerdict(report, "CE")
        self.assertEqual(report["compile_error"]["kind"], "import")

    def test_a_problem_checker_accepts_any_valid_answer(self):
        self.assertVerdict(self.submit("""
            from typing import List
            class Solution:
                def findPair(self, nums: List[int], target: int) -> List[int]:
                    for j in range(len(nums) - 1, -1, -1):
                        for i in range(j):
                            if nums[i] + nums[j] == target:
                                return [j, i]
                    return []
        """, "any-pair"), "AC")
        report = self.submit("""
            from typing import List
            class Solution:
                def findPair(self, nums: List[int], target: int) -> List[int]:
                    return [0, 0]
        """, "any-pair")
        self.assertVerdict(report, "WA", "two-answers")
        self.assertEqual(report["first_failure"]["message"], "the indices must be two different positions of nums")
        self.assertEqual(report["timing"]["processes"], 2, "the checker runs in a process of its own")

    def test_node_arguments_and_a_node_answered_by_its_value(self):
        self.assertVerdict(self.submit("""
            class Solution:
                def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
                    def walk(node: Optional['TreeNode']) -> Optional['TreeNode']:
                        if node is None or node is p or node is q:
                            return node
                        left, right = walk(node.left), walk(node.right)
                        return node if left and right else left or right
                    found = walk(root)
                    assert found is not None
                    return found
        """, "common-ancestor"), "AC")
        report = self.submit("""
            class Solution:
                def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
                    return p
        """, "common-ancestor")
        self.assertVerdict(report, "WA", "split")
        self.assertEqual(report["first_failure"]["got"], 2)

    def test_design_outputs_that_are_doubles_compare_with_tolerance(self):
        self.assertVerdict(self.submit("""
            class RunningMean:
                def __init__(self) -> None:
                    self.values: List[int] = []
                def add(self, x: int) -> None:
                    self.values.append(x)
                def mean(self) -> float:
                    return sum(self.values) / len(self.values) + 1e-9
        """, "running-mean"), "AC")

    def test_trees_are_drawn_for_the_learner(self):
        completed = self.submit("""
            class Solution:
                def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
                    return root
        """, "invert-tree", None, json_report=False)
        self.assertEqual(completed.returncode, 1)
        self.assertIn("Wrong Answer", completed.stdout)
        self.assertIn("└── 9", completed.stdout)


class Commands(Judge):
    def run_judge(self, *args):
        return subprocess.run([JUDGE, *args], capture_output=True, text=True, timeout=60, cwd=self.work.name)

    def test_list_show_and_new(self):
        listed = self.run_judge("list", "--problems", FIXTURES, "--json")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertIn("echo-double", [p["id"] for p in json.loads(listed.stdout)["problems"]])
        shown = self.run_judge("show", "echo-double", "--problems", FIXTURES)
        self.assertIn("def double(self, n: int) -> int:", shown.stdout)
        self.assertIn("sample-one", shown.stdout)
        self.assertNotIn(SECRET, shown.stdout)
        created = self.run_judge("new", "invert-tree", "--problems", FIXTURES)
        self.assertEqual(created.returncode, 0, created.stderr)
        with open(os.path.join(self.work.name, "invert-tree.py")) as handle:
            starter = handle.read()
        self.assertIn("def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:", starter)
        again = self.run_judge("new", "invert-tree", "--problems", FIXTURES)
        self.assertEqual(again.returncode, 2, "an existing file is not overwritten")
        report = json.loads(self.run_judge("submit", "--problems", FIXTURES, "--json", "invert-tree.py").stdout)
        self.assertVerdict(report, "RE")
        self.assertIn("NotImplementedError", report["first_failure"]["message"])

    def test_the_bank_has_every_pattern_and_list_shows_progress(self):
        state = os.path.join(self.work.name, "state")
        env = dict(os.environ, XDG_STATE_HOME=state)
        listed = subprocess.run([JUDGE, "list", "--json"], capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(listed.returncode, 0, listed.stderr)
        bank = json.loads(listed.stdout)
        self.assertGreaterEqual(bank["total"], 80)
        self.assertEqual(bank["total"], len(bank["problems"]))
        for pattern, count in bank["patterns"].items():
            self.assertGreaterEqual(count, 3, pattern)
        self.assertTrue(all(p["status"] is None for p in bank["problems"]))
        # A submission is remembered: attempted, then solved.
        wrong = self.submit("class Solution:\n    def double(self, n: int) -> int:\n        return n\n")
        self.assertVerdict(wrong, "WA")
        subprocess.run([JUDGE, "submit", "--problems", FIXTURES, "--problem", "echo-double",
                        write(self.work.name, "w.py", "class Solution:\n    def double(self, n: int) -> int:\n        return n\n")],
                       capture_output=True, env=env, timeout=60)
        statuses = {p["id"]: p["status"] for p in json.loads(subprocess.run(
            [JUDGE, "list", "--json", "--problems", FIXTURES], capture_output=True, text=True, env=env).stdout)["problems"]}
        self.assertEqual(statuses["echo-double"], "attempted")
        subprocess.run([JUDGE, "submit", "--problems", FIXTURES, "--problem", "echo-double",
                        write(self.work.name, "r.py", "class Solution:\n    def double(self, n: int) -> int:\n        return 2 * n\n")],
                       capture_output=True, env=env, timeout=60)
        text = subprocess.run([JUDGE, "list", "--problems", FIXTURES], capture_output=True, text=True, env=env).stdout
        self.assertIn("✔ echo-double", text)
        intro = subprocess.run([JUDGE, "show", "--pattern", "two-pointers"], capture_output=True, text=True, env=env)
        self.assertEqual(intro.returncode, 0, intro.stderr)
        self.assertIn("## When it applies", intro.stdout)

    def test_unknown_problem_suggests_close_names(self):
        completed = self.run_judge("show", "echo-dubble", "--problems", FIXTURES)
        self.assertEqual(completed.returncode, 2)
        self.assertIn("did you mean echo-double", completed.stderr)

    def test_a_malformed_problem_names_file_and_field(self):
        root = os.path.join(self.work.name, "bank", "broken", "oops")
        os.makedirs(root)
        write(root, "problem.json", '{"schema": "judge.problem/v1", "id": "oops", "title": "x", "difficulty": "easy",'
                                    ' "pattern": "broken", "metaData": {"name": "f", "params": [{"name": "a", "type": "int"}],'
                                    ' "return": {"type": "integer"}}}')
        write(root, "tests.json", '{"cases": []}')
        write(root, "statement.md", "x")
        write(root, "reference.py", "x = 1\n")
        solution = write(self.work.name, "oops.py", "x = 1\n")
        completed = subprocess.run([JUDGE, "submit", "--problems", os.path.join(self.work.name, "bank"), solution],
                                   capture_output=True, text=True, timeout=60)
        self.assertEqual(completed.returncode, 2)
        self.assertIn('problem.json: metaData.params[0].type: unknown type "int" (use "integer")', completed.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
