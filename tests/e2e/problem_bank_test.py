#!/usr/bin/python3
"""One problem of the bank, end to end through `judge submit --json`:

- problem.json and tests.json validate against the schemas in docs/schemas;
- the reference solution is accepted, with every test passing;
- every known solution in tests/solutions/<slug>/ gets the verdict its file
  name starts with (ac-, wa-, tle-, re-, mle-, ole-, ce-), and the exit code
  that goes with it;
- every report validates against judge.report/v1 and reveals nothing of
  hidden tests.

Usage: problem_bank_test.py JUDGE PROBLEM_DIR SOLUTIONS_DIR SCHEMAS_DIR
"""
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed")
    sys.exit(77)

judge, problem_dir, solutions_dir, schemas_dir = sys.argv[1:5]
slug = os.path.basename(problem_dir.rstrip("/"))
problems_root = os.path.dirname(os.path.dirname(problem_dir.rstrip("/")))


def validator(name):
    with open(os.path.join(schemas_dir, name)) as handle:
        return jsonschema.Draft202012Validator(json.load(handle))


failures = []
for file_name, schema in (("problem.json", "problem.schema.json"), ("tests.json", "tests.schema.json")):
    with open(os.path.join(problem_dir, file_name)) as handle:
        for error in validator(schema).iter_errors(json.load(handle)):
            failures.append(f"{file_name}: {'/'.join(map(str, error.path))}: {error.message}")

report_validator = validator("report.schema.json")


def submit(path):
    completed = subprocess.run(
        [judge, "submit", "--json", "--problem", slug, "--problems", problems_root, path],
        capture_output=True, text=True, timeout=240)
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        failures.append(f"{path}: no JSON report (exit {completed.returncode}): {completed.stderr[-2000:]}")
        return None, completed.returncode
    for error in report_validator.iter_errors(report):
        failures.append(f"{path}: report: {'/'.join(map(str, error.path))}: {error.message}")
    for test in report["tests"]:
        if test["hidden"] and any(key in test for key in ("input", "expected", "got", "stdout")):
            failures.append(f"{path}: hidden test {test['name']} reveals its data")
    return report, completed.returncode


def expect(path, verdict):
    report, code = submit(path)
    if report is None:
        return
    wanted_code = 0 if verdict == "AC" else 1
    got = report["verdict"]
    summary = f"{got} ({report['message']})"
    print(f"{os.path.basename(path)}: {summary}")
    if got != verdict:
        failures.append(f"{path}: expected {verdict}, got {summary}")
    elif code != wanted_code:
        failures.append(f"{path}: verdict {got} but exit code {code}, expected {wanted_code}")
    if verdict == "AC" and report["passed"] != report["total"]:
        failures.append(f"{path}: accepted with {report['passed']}/{report['total']} tests passed")


expect(os.path.join(problem_dir, "reference.py"), "AC")
known = sorted(os.listdir(solutions_dir)) if os.path.isdir(solutions_dir) else []
if not any(name.startswith(("wa-", "tle-", "re-", "mle-")) for name in known):
    failures.append(f"{solutions_dir}: no known-wrong solution")
for name in known:
    if name.endswith(".py"):
        expect(os.path.join(solutions_dir, name), name.split("-", 1)[0].upper())

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
