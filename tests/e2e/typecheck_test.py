#!/usr/bin/python3
"""The type-hint stage through the CLI: presence is the rule, mypy reports,
and no comment, decorator, config file or plugin in a submission's folder
can switch the rule off.

Usage: typecheck_test.py JUDGE   (fixture problems: tests/e2e/fixtures/problems)
"""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

JUDGE = os.path.abspath(sys.argv.pop(1))
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "problems")

TYPED = """
    class Solution:
        def double(self, n: int) -> int:
            def twice(k: int) -> int:
                return k * 2
            return twice(n)
"""


class TypeHints(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.work.cleanup()

    def write(self, name, source):
        path = os.path.join(self.work.name, name)
        with open(path, "w") as handle:
            handle.write(textwrap.dedent(source))
        return path

    def submit(self, source, *flags, problem="echo-double"):
        path = self.write(problem + ".py", source)
        completed = subprocess.run([JUDGE, "submit", "--json", "--problems", FIXTURES, path, *flags],
                                   capture_output=True, text=True, timeout=120, cwd=self.work.name)
        self.assertTrue(completed.stdout.startswith("{"), completed.stdout + completed.stderr)
        return json.loads(completed.stdout), completed.returncode

    def missing(self, report):
        check = report["type_check"]
        self.assertIsNone(check["failure"])
        return {(f["qualname"], f["line"], tuple(f["missing_params"]), f["missing_return"]) for f in check["functions"]}

    def test_fully_typed_passes_with_full_score(self):
        report, code = self.submit(TYPED)
        self.assertEqual((report["verdict"], code), ("AC", 0))
        check = report["type_check"]
        self.assertEqual((check["tool"], check["ok"], check["missing_annotations"], check["function_count"]),
                         ("mypy", True, 0, 2))
        self.assertRegex(check["version"], r"^\d+\.\d+")
        self.assertEqual(report["score"], 100)
        self.assertEqual(report["score_breakdown"], {"tests": 90, "tests_max": 90, "type_hints": 10, "type_hints_max": 10})

    def test_missing_parameter_return_and_nested_helper_are_counted_with_lines(self):
        report, code = self.submit("""
            class Solution:
                def double(self, n) -> int:
                    def twice(k: int):
                        return k * 2
                    return twice(n)

                def unused(self, a: int, *rest, key=1, **extra) -> None:
                    f = lambda x: x

                def fine(self) -> None:
                    pass
        """)
        self.assertEqual((report["verdict"], code), ("AC", 1), "the tests pass but the exit code says hints are missing")
        self.assertEqual(self.missing(report), {
            ("Solution.double", 3, ("n",), False),
            ("Solution.double.<locals>.twice", 4, (), True),
            ("Solution.unused", 8, ("*rest", "key", "**extra"), False),
        })
        self.assertFalse(report["type_check"]["ok"])
        self.assertEqual(report["type_check"]["missing_annotations"], 3)
        hints = {f["name"]: f["fix_hint"] for f in report["type_check"]["functions"]}
        self.assertEqual(hints["double"], "def double(self, n: int) -> int:")
        self.assertEqual(hints["twice"], "def twice(k: int) -> <type>:")
        # 1 of 4 functions annotated: a quarter of the type-hint weight.
        self.assertEqual(report["score_breakdown"]["type_hints"], 2.5)
        self.assertEqual(report["score"], 92.5)

    def test_no_comment_or_decorator_hides_a_missing_annotation(self):
        cheats = {
            "inline config": "# mypy: allow-untyped-defs\n%s",
            "file-level ignore": "# type: ignore\n%s",
            "ignore on the def line": "%s",
            "disable error code inline": "# mypy: disable-error-code=no-untyped-def\n%s",
        }
        body = "class Solution:\n    def double(self, n):  # type: ignore[no-untyped-def]\n        return n * 2\n"
        for name, template in cheats.items():
            with self.subTest(cheat=name):
                report, code = self.submit(template % body)
                self.assertEqual(code, 1)
                self.assertEqual(report["type_check"]["missing_annotations"], 1)
                self.assertTrue(any(d["code"] == "no-untyped-def" for d in report["type_check"]["diagnostics"]),
                                "mypy itself reports it: the suppression was blanked before mypy saw the file")

    def test_code_mypy_skips_is_still_counted(self):
        report, code = self.submit("""
            from typing import TYPE_CHECKING, no_type_check
            class Solution:
                @no_type_check
                def double(self, n):
                    return n * 2
            if not TYPE_CHECKING:
                def hidden(z):
                    return z
        """)
        self.assertEqual(code, 1)
        self.assertEqual({f[0] for f in self.missing(report)}, {"Solution.double", "hidden"})

    def test_config_files_and_plugins_next_to_the_submission_are_never_read(self):
        marker = os.path.join(self.work.name, "PLUGIN-RAN")
        self.write("evil_plugin.py", f"""
            open({marker!r}, "w").write("pwned")
            from mypy.plugin import Plugin
            def plugin(version: str) -> type:
                return Plugin
        """)
        config = "[mypy]\nplugins = evil_plugin\nallow_untyped_defs = True\nignore_errors = True\n"
        self.write("mypy.ini", config)
        self.write("setup.cfg", config)
        self.write("pyproject.toml", "[tool.mypy]\nplugins = ['evil_plugin']\nallow_untyped_defs = true\n")
        report, code = self.submit("class Solution:\n    def double(self, n):\n        return n * 2\n")
        self.assertFalse(os.path.exists(marker), "a plugin named by the submission's folder ran")
        self.assertEqual((code, report["type_check"]["missing_annotations"]), (1, 1))

    def test_leetcode_names_need_no_imports(self):
        report, code = self.submit("""
            class Solution:
                def double(self, n: int) -> int:
                    seen: Dict[int, List[int]] = defaultdict(list)
                    queue: Deque[Optional[TreeNode]] = deque()
                    node: Optional[ListNode] = ListNode(n)
                    return n * 2 + len(seen) + len(queue) + (0 if node is None else 0) + heapq.nsmallest(1, [0])[0]
        """)
        self.assertEqual((report["verdict"], code), ("AC", 0), report["type_check"])
        self.assertEqual([d for d in report["type_check"]["diagnostics"] if d["severity"] == "error"], [])

    def test_a_solution_may_define_its_own_list_node(self):
        report, code = self.submit("""
            from typing import Optional
            class ListNode:
                def __init__(self, val: int = 0, next: Optional["ListNode"] = None) -> None:
                    self.val = val
                    self.next = next
            class Solution:
                def double(self, n: int) -> int:
                    node: Optional[ListNode] = ListNode(n)
                    return n * 2 if node is not None else 0
        """)
        self.assertEqual((report["verdict"], code), ("AC", 0))
        self.assertEqual([d for d in report["type_check"]["diagnostics"] if d["severity"] == "error"], [])

    def test_type_errors_teach_but_only_fail_when_asked(self):
        source = """
            from typing import List
            class Solution:
                def double(self, n: int) -> int:
                    pair: List[int] = (n, n)
                    return n * 2
        """
        report, code = self.submit(source)
        self.assertEqual((report["verdict"], code, report["type_check"]["ok"]), ("AC", 0, True))
        errors = [d for d in report["type_check"]["diagnostics"] if d["severity"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertEqual((errors[0]["line"], errors[0]["code"]), (5, "assignment"))
        self.assertGreater(errors[0]["column"], 0)
        report, code = self.submit(source, "--type-errors-fail")
        self.assertEqual(code, 1)
        self.assertEqual(report["score_breakdown"]["type_hints"], 0)

    def test_syntax_errors_are_compile_errors_with_line_and_column(self):
        report, code = self.submit("class Solution:\n    def double(self, n: int) -> int\n        return n\n")
        self.assertEqual((report["verdict"], code), ("CE", 1))
        self.assertEqual((report["compile_error"]["line"], report["compile_error"]["column"]), (2, 36))
        self.assertIn("line 2, column 36", report["message"])
        self.assertEqual(report["score"], 0)

    def test_no_typecheck_scores_tests_only(self):
        report, code = self.submit("class Solution:\n    def double(self, n):\n        return n * 2\n", "--no-typecheck")
        self.assertEqual((report["verdict"], code, report["type_check"], report["score"]), ("AC", 0, None, 100))

    def test_weights_come_from_the_command_line(self):
        report, _ = self.submit("class Solution:\n    def double(self, n):\n        return n * 2\n",
                                "--type-hints-weight", "40")
        self.assertEqual(report["score_breakdown"]["tests_max"], 60)
        self.assertEqual(report["score"], 60)

    def test_typecheck_command_checks_many_files_with_one_warm_mypy(self):
        files = []
        for i in range(6):
            source = TYPED if i % 2 == 0 else "class Solution:\n    def double(self, n):\n        return n\n"
            files.append(self.write(f"file{i}.py", source))
        completed = subprocess.run([JUDGE, "typecheck", "--json", *files], capture_output=True, text=True, timeout=120)
        self.assertEqual(completed.returncode, 1)
        results = json.loads(completed.stdout)
        self.assertEqual([r["ok"] for r in results], [True, False] * 3)
        self.assertEqual({r["mode"] for r in results}, {"warm"})
        text = subprocess.run([JUDGE, "typecheck", files[1]], capture_output=True, text=True, timeout=120).stdout
        self.assertIn("fix: def double(self, n: <type>) -> <type>:", text)

    def test_a_warm_checker_sees_every_change_even_within_one_second(self):
        # One warm mypy keeps its module names, so each check is a change to
        # the same files: same-size edits a few ms apart and LeetCode names
        # coming and going must all be seen.
        sequence = [
            ("class Solution:\n    def f(self, n: int) -> int:\n        return n * 2\n", 0),
            ("class Solution:\n    def f(self, n: int) -> str:\n        return n * 2\n", 1),
            ("class Solution:\n    def f(self, n: int) -> int:\n        return n * 2\n", 0),
            ("class Solution:\n    def f(self, n: List[int]) -> int:\n        heapify(n)\n        return heappop(n)\n", 0),
            ("class Solution:\n    def f(self, n: List[int]) -> str:\n        heapify(n)\n        return heappop(n)\n", 1),
            ("class Solution:\n    def f(self, n: List[int]) -> int:\n        return nosuch(n)\n", 1),
            ("class Solution:\n    def f(self, n: int) -> int:\n        d: Deque[int] = deque([n])\n        return d.popleft()\n", 0),
            ("class Solution:\n    def f(self, n: int) -> int:\n        return str(n)\n", 1),
            ("def g(x: int) -> int:\n    return x\n", 0),
        ]
        files = [self.write(f"seq{i}.py", source) for i, (source, _) in enumerate(sequence * 2)]
        completed = subprocess.run([JUDGE, "typecheck", "--json", *files], capture_output=True, text=True, timeout=120)
        results = json.loads(completed.stdout)
        self.assertEqual({r["mode"] for r in results}, {"warm"})
        errors = [len([d for d in r["diagnostics"] if d["severity"] == "error"]) for r in results]
        self.assertEqual(errors, [want for _, want in sequence * 2], completed.stdout[:3000])


if __name__ == "__main__":
    unittest.main(verbosity=2)
