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

import jsonschema
import yaml

JUDGE = os.path.abspath(sys.argv.pop(1))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "exercise-repo")
MARKERS = ["/tmp/judge-example-plugin-ran", "/tmp/judge-example-escaped"]
SCHEMAS = os.path.join(ROOT, "docs", "schemas")
TEMPLATES = os.path.join(ROOT, "examples")
TWO_SUM = os.path.join(EXAMPLE, "week1", "two-sum.py")
with open(TWO_SUM) as _handle:
    TWO_SUM_SOURCE = _handle.read()


def validate(path, schema_name):
    """Loads a results file and checks it against the platform's documented shape."""
    with open(os.path.join(SCHEMAS, schema_name + "-results.schema.json")) as handle:
        schema = json.load(handle)
    with open(path) as handle:
        document = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)
    return document


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(textwrap.dedent(text))


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


    def test_platform_results_match_their_shapes(self):
        paths = {name: os.path.join(self.work.name, name + ".json") for name in ("json", "gradescope", "exercism", "prairielearn")}
        completed = self.grade(EXAMPLE, *[arg for name, path in paths.items() for arg in ("--format", name + ":" + path)])
        self.assertEqual(completed.returncode, 1, completed.stderr)
        with open(paths["json"]) as handle:
            native = json.load(handle)
        reports = [r["report"] for r in native["results"]]
        score = native["summary"]["score"]

        # Gradescope: the overall score, every test's share summing to 100, patterns as tags.
        gradescope = validate(paths["gradescope"], "gradescope")
        self.assertEqual(gradescope["score"], score)
        self.assertEqual(gradescope["max_score"], 100)
        self.assertAlmostEqual(sum(t["max_score"] for t in gradescope["tests"]), 100, delta=0.5)
        self.assertAlmostEqual(sum(t["score"] for t in gradescope["tests"]), score, delta=0.5)
        expected_tests = sum(len(r["tests"]) + 1 for r in reports)  # each test, plus type hints
        self.assertEqual(len(gradescope["tests"]), expected_tests)
        two_sum = [t for t in gradescope["tests"] if t["name"].startswith("two-sum: ")]
        pattern = next(r["problem"]["pattern"] for r in reports if r["problem"]["id"] == "two-sum")
        self.assertTrue(two_sum and all(t["status"] == "passed" and t["tags"] == [pattern] for t in two_sum), two_sum)
        hints = next(t for t in gradescope["tests"] if t["name"] == "reverse-string: type hints")
        self.assertEqual((hints["status"], hints["score"]), ("failed", 0))
        self.assertIn("def reverseString(self, s: List[str]) -> None:", hints["output"])
        wrong = next(t for t in gradescope["tests"] if t["name"] == "valid-parentheses: example-3")
        self.assertEqual(wrong["status"], "failed")
        self.assertIn("expected: false", wrong["output"])
        hidden_names = {r["problem"]["id"] + ": " + t["name"] for r in reports for t in r["tests"] if t["hidden"]}
        for test in gradescope["tests"]:
            if test["name"] in hidden_names:
                self.assertNotIn("input:", test["output"])

        # Exercism: file order, one task per solution, fail because some test failed.
        exercism = validate(paths["exercism"], "exercism")
        self.assertEqual((exercism["version"], exercism["status"]), (3, "fail"))
        names = [t["name"] for t in exercism["tests"]]
        self.assertEqual(names, [t["name"] for t in gradescope["tests"]])
        order = [r["problem"]["id"] + ": " + t["name"] for r in reports for t in r["tests"]]
        self.assertEqual([n for n in names if not n.endswith(": type hints")], order)
        self.assertEqual(sorted({t["task_id"] for t in exercism["tests"]}), [1, 2, 3, 4, 5])
        statuses = {t["name"]: t["status"] for t in exercism["tests"]}
        self.assertEqual(statuses["valid-parentheses: example-3"], "fail")
        self.assertEqual(statuses["two-sum: type hints"], "pass")

        # PrairieLearn: the same score on [0, 1], points summing to the maximum.
        prairielearn = validate(paths["prairielearn"], "prairielearn")
        self.assertTrue(prairielearn["gradable"])
        self.assertAlmostEqual(prairielearn["score"], score / 100, places=6)
        self.assertAlmostEqual(sum(t["max_points"] for t in prairielearn["tests"]), 100, delta=0.5)

    def test_exercism_runner_truncates_output_and_reports_errors(self):
        exercise = os.path.join(self.work.name, "exercism", "two-sum")
        write(os.path.join(exercise, "two_sum.py"), """
            from typing import List
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    print("é" * 800)
                    return [0, 0]
        """)
        output = os.path.join(self.work.name, "exercism-out")
        runner = os.path.join(TEMPLATES, "exercism", "run.sh")
        env = dict(os.environ, JUDGE=JUDGE)

        def run_exercism():
            """The runner as Exercism calls it: it must exit 0 and leave a valid results.json."""
            completed = subprocess.run([runner, "two-sum", exercise + "/", output + "/"], capture_output=True,
                                       text=True, timeout=600, env=env)
            self.assertEqual(completed.returncode, 0, completed.stderr)
            return validate(os.path.join(output, "results.json"), "exercism")

        results = run_exercism()
        self.assertEqual(results["status"], "fail")
        printed = [t["output"] for t in results["tests"] if t.get("output")]
        self.assertTrue(printed)
        for text in printed:
            self.assertLessEqual(len(text), 500)
            self.assertTrue(text.endswith("... Output was truncated. Please limit to 500 chars"), text[-80:])
            self.assertTrue(text.startswith("éé"))

        write(os.path.join(exercise, "two_sum.py"), "def broken(:\n")
        results = run_exercism()
        self.assertEqual(results["status"], "error")
        self.assertIn("SyntaxError", results["message"])

        os.remove(os.path.join(exercise, "two_sum.py"))  # nothing to grade: still a results file
        results = run_exercism()
        self.assertEqual(results["status"], "error")
        self.assertIn("no solution names a known problem", results["message"])

    def test_gradescope_run_autograder(self):
        root = os.path.join(self.work.name, "autograder")
        submission = os.path.join(root, "submission")
        os.makedirs(submission)
        shutil.copy(TWO_SUM, os.path.join(submission, "two-sum.py"))
        # The student's own manifest would give themselves all the weight: never read.
        write(os.path.join(submission, "judge.json"), '{"solutions": [{"file": "two-sum.py", "weight": 1000}]}')
        write(os.path.join(root, "source", "judge.json"), """
            {"solutions": [{"file": "two-sum.py", "problem": "two-sum"},
                           {"file": "climbing-stairs.py", "problem": "climbing-stairs"}]}
        """)
        env = dict(os.environ, JUDGE=JUDGE, AUTOGRADER_ROOT=root)
        run_autograder = os.path.join(TEMPLATES, "gradescope", "run_autograder")
        completed = subprocess.run([run_autograder], capture_output=True, text=True, timeout=600, env=env)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        results = validate(os.path.join(root, "results", "results.json"), "gradescope")
        self.assertEqual(results["score"], 50)  # two-sum in full; climbing-stairs was not handed in
        missing = [t for t in results["tests"] if t["name"].startswith("climbing-stairs")]
        self.assertEqual([t["status"] for t in missing], ["failed"])
        self.assertIn("climbing-stairs.py was not submitted", missing[0]["output"])

        # Without course files, the submission's own judge.json is still ignored.
        shutil.rmtree(os.path.join(root, "source"))
        write(os.path.join(submission, "judge.json"), "{ not json")
        completed = subprocess.run([run_autograder], capture_output=True, text=True, timeout=600, env=env)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        self.assertEqual(validate(os.path.join(root, "results", "results.json"), "gradescope")["score"], 100)

        # Nothing gradable: a results file with 0 and the reason, not a crash.
        os.remove(os.path.join(submission, "two-sum.py"))
        completed = subprocess.run([run_autograder], capture_output=True, text=True, timeout=600, env=env)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        results = validate(os.path.join(root, "results", "results.json"), "gradescope")
        self.assertEqual(results["score"], 0)
        self.assertIn("could not be graded", results["output"])

    def test_prairielearn_entrypoint(self):
        root = os.path.join(self.work.name, "grade")
        os.makedirs(os.path.join(root, "student"))
        shutil.copy(TWO_SUM, os.path.join(root, "student", "two-sum.py"))
        env = dict(os.environ, JUDGE=JUDGE, GRADE_ROOT=root)
        completed = subprocess.run([os.path.join(TEMPLATES, "prairielearn", "run.sh")], capture_output=True, text=True,
                                   timeout=600, env=env)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        results = validate(os.path.join(root, "results", "results.json"), "prairielearn")
        self.assertEqual((results["gradable"], results["score"]), (True, 1))

    def test_ci_templates_run_the_judge(self):
        """The GitHub and GitLab templates parse, and their judge command works on the example."""
        with open(os.path.join(TEMPLATES, "ci", "github-actions.yml")) as handle:
            workflow = yaml.safe_load(handle)
        steps = workflow["jobs"]["grade"]["steps"]
        github_command = next(step["run"] for step in steps if step.get("name") == "Grade")
        with open(os.path.join(TEMPLATES, "ci", "gitlab-ci.yml")) as handle:
            gitlab = yaml.safe_load(handle)
        gitlab_command = gitlab["grade"]["script"][0]
        self.assertEqual(gitlab["grade"]["artifacts"]["reports"]["junit"], "judge-junit.xml")
        for command in (github_command, gitlab_command):
            repo = os.path.join(self.work.name, "ci-repo")
            shutil.rmtree(repo, ignore_errors=True)
            shutil.copytree(EXAMPLE, repo)
            argv = command.split()
            self.assertEqual(argv[0], "/opt/judge/scripts/judge")
            completed = subprocess.run([JUDGE, *argv[1:]], cwd=repo, capture_output=True, text=True, timeout=600,
                                       env=dict(os.environ, GITHUB_STEP_SUMMARY=os.path.join(self.work.name, "s.md")))
            self.assertEqual(completed.returncode, 1, completed.stderr)
            self.assertEqual(ET.parse(os.path.join(repo, "judge-junit.xml")).getroot().tag, "testsuites")

    def test_each_submission_gets_an_interpreter_of_its_own(self):
        """Warm interpreters are never reused: what one solution leaves behind, the next cannot see."""
        repo = os.path.join(self.work.name, "isolation")
        os.makedirs(repo)
        leaver = TWO_SUM_SOURCE.replace("class Solution:", "import builtins\nbuiltins.left_behind = True\n\n\nclass Solution:")
        finder = TWO_SUM_SOURCE.replace("        seen: Dict[int, int] = {}",
                                        "        import builtins\n        if hasattr(builtins, 'left_behind'):\n"
                                        "            return []\n        seen: Dict[int, int] = {}")
        solutions = []
        for i in range(6):
            name = "s%d.py" % i
            with open(os.path.join(repo, name), "w") as handle:
                handle.write(leaver if i % 2 == 0 else finder)
            solutions.append({"file": name, "problem": "two-sum"})
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": solutions}, handle)
        completed = self.grade(repo, "--jobs", "1", "--no-typecheck", "--format", "json")
        self.assertEqual(completed.returncode, 0, completed.stderr)
        verdicts = [r["report"]["verdict"] for r in json.loads(completed.stdout)["results"]]
        self.assertEqual(verdicts, ["AC"] * 6)

    def test_manifest_limits(self):
        repo = os.path.join(self.work.name, "limits")
        os.makedirs(repo)
        shutil.copy(TWO_SUM, os.path.join(repo, "two-sum.py"))
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": [{"file": "two-sum.py"}], "limits": {"time_scale": 1.5, "memory_mb": 512}}, handle)
        completed = self.grade(repo, "--format", "json", "--no-typecheck")
        self.assertEqual(completed.returncode, 0, completed.stderr)
        limits = json.loads(completed.stdout)["results"][0]["report"]["limits"]
        self.assertEqual((limits["case_time_ms"], limits["memory_mb"]), (3000, 512))
        with open(os.path.join(repo, "judge.json"), "w") as handle:
            json.dump({"solutions": [{"file": "two-sum.py"}], "limits": {"time_scale": 100}}, handle)
        completed = self.grade(repo)
        self.assertEqual(completed.returncode, 2)
        self.assertIn("judge.json: limits.time_scale: must be a number from 0.1 to 10", completed.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
