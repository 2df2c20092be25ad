#!/usr/bin/python3
"""`judge grade` on an exercise repository, as CI runs it: verdicts, the
JSON/JUnit/GitHub outputs, exit codes, manifests, and a repository's
mypy.ini never obeyed.

Usage: grade_test.py JUDGE   (grades examples/exercise-repo)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest
import xml.etree.ElementTree as ET

JUDGE = os.path.abspath(sys.argv.pop(1))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "exercise-repo")
MARKERS = ["/tmp/judge-example-plugin-ran", "/tmp/judge-example-escaped"]


class Grade(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        for marker in MARKERS:
            if os.path.exists(marker):
                os.remove(marker)

    def tearDown(self):
        self.work.cleanup()

    def grade(self, repo, *args, env=None):
        return subprocess.run([JUDGE, "grade", repo, *args], capture_output=True, text=True, timeout=600,
                              env=dict(os.environ, **(env or {})))

    def test_the_example_repository(self):
        out = os.path.join(self.work.name, "report.json")
        junit = os.path.join(self.work.name, "junit.xml")
        summary = os.path.join(self.work.name, "summary.md")
        completed = self.grade(EXAMPLE, "--format", "json:" + out, "--format", "junit:" + junit, "--format", "github",
                               env={"GITHUB_STEP_SUMMARY": summary})
        self.assertEqual(completed.returncode, 1, completed.stderr)
        with open(out) as handle:
            graded = json.load(handle)
        self.assertEqual(graded["schema"], "judge.grade/v1")
        verdicts = {r["file"]: (r["report"]["verdict"], r["passed"]) for r in graded["results"]}
        self.assertEqual(verdicts, {
            "week1/two-sum.py": ("AC", True),
            "week1/1.valid-parentheses.py": ("WA", False),
            "week1/climbing-stairs.py": ("TLE", False),
            "week2/reverse-string.py": ("AC", False),
            "week2/binary-search.py": ("RE", False),
        })
        self.assertEqual(graded["summary"]["passed"], 1)
        untyped = next(r for r in graded["results"] if r["file"] == "week2/reverse-string.py")["report"]
        self.assertEqual(untyped["type_check"]["missing_annotations"], 1)
        for marker in MARKERS:
            self.assertFalse(os.path.exists(marker), marker)

        # JUnit: a suite per problem, a case per test plus type hints, failures in the body.
        suites = ET.parse(junit).getroot()
        self.assertEqual(suites.tag, "testsuites")
        by_file = {suite.get("file"): suite for suite in suites.findall("testsuite")}
        self.assertEqual(set(by_file), set(verdicts))
        wrong = by_file["week1/1.valid-parentheses.py"]
        self.assertEqual(wrong.get("name"), "valid-parentheses")
        failed = [case for case in wrong.findall("testcase") if case.find("failure") is not None]
        self.assertEqual(int(wrong.get("failures")), len(failed))
        self.assertTrue(any(case.find("failure").get("type") == "WA" for case in failed))
        hints = [case for case in by_file["week2/reverse-string.py"].findall("testcase") if case.get("name") == "type hints"]
        self.assertEqual(len(hints), 1)
        self.assertIn("def reverseString(self, s: List[str]) -> None:", hints[0].find("failure").text)
        self.assertEqual(int(suites.get("tests")), sum(int(s.get("tests")) for s in suites.findall("testsuite")))

        # GitHub: one workflow command per line, each an error with a file.
        lines = [line for line in completed.stdout.splitlines() if line]
        self.assertTrue(lines)
        for line in lines:
            self.assertRegex(line, r"^::error file=[^,:]+,line=\d+(,col=\d+)?,title=[^:]*::[^\n]*$")
        self.assertTrue(any("file=week2/reverse-string.py" in line and "Type hints missing" in line for line in lines))
        with open(summary) as handle:
            self.assertIn("| `week1/two-sum.py` | two-sum | AC |", handle.read())

    def test_min_score_and_a_manifest(self):
        repo = os.path.join(self.work.name, "repo")
        os.makedirs(repo)
        shutil.copy(os.path.join(EXAMPLE, "week1", "two-sum.py"), os.path.join(repo, "answer.py"))
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": [{"file": "answer.py", "problem": "two-sum", "weight": 2}],
                       "scoring": {"tests": 80, "type_hints": 20}}, handle)
        completed = self.grade(repo, "--format", "json")
        self.assertEqual(completed.returncode, 0, completed.stderr)
        graded = json.loads(completed.stdout)
        self.assertEqual(graded["results"][0]["report"]["score_breakdown"]["type_hints_max"], 20)
        self.assertEqual(self.grade(EXAMPLE, "--min-score", "50", "--no-typecheck").returncode, 0)
        self.assertEqual(self.grade(EXAMPLE, "--min-score", "95").returncode, 1)

    def test_a_broken_repository_names_the_file(self):
        repo = os.path.join(self.work.name, "broken")
        os.makedirs(repo)
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": [{"file": "missing.py", "problem": "two-sum"}]}, handle)
        completed = self.grade(repo)
        self.assertEqual(completed.returncode, 2)
        self.assertIn("judge.json: solutions[0].file", completed.stderr)
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": [{"file": "judge.json", "problem": "no-such-problem"}]}, handle)
        completed = self.grade(repo)
        self.assertEqual(completed.returncode, 2)
        self.assertIn('solutions[0].problem: unknown problem "no-such-problem"', completed.stderr)
        self.assertEqual(self.grade(EXAMPLE, "--format", "nope").returncode, 2)

    def test_annotations_cannot_be_injected_by_a_solution(self):
        repo = os.path.join(self.work.name, "inject")
        os.makedirs(repo)
        with open(os.path.join(repo, "two-sum.py"), "w") as handle:
            handle.write(textwrap.dedent("""
                from typing import List
                class Solution:
                    def twoSum(self, nums: List[int], target: int) -> List[int]:
                        raise ValueError("boom\\n::error file=evil.py::forged")
            """))
        completed = self.grade(repo, "--format", "github")
        self.assertEqual(completed.returncode, 1)
        for line in completed.stdout.splitlines():
            self.assertTrue(line.startswith("::error file=two-sum.py"), line)


if __name__ == "__main__":
    unittest.main(verbosity=2)
