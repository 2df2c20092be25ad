#!/usr/bin/python3
"""One problem of the bank, end to end through `judge validate`:

- problem.json and tests.json validate against the schemas in docs/schemas;
- `judge validate` passes: the reference is accepted and fully type-hinted
  with headroom under the time limit, every known solution in
  tests/solutions/<slug>/ gets the verdict its file name starts with (ac-,
  wa-, tle-, re-, ...);
- every report it made validates against judge.report/v1 and reveals
  nothing of hidden tests.

Usage: problem_bank_test.py JUDGE PROBLEM_DIR SOLUTIONS_DIR SCHEMAS_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed")
    sys.exit(77)

judge, problem_dir, solutions_dir, schemas_dir = sys.argv[1:5]


def validator(name):
    with open(os.path.join(schemas_dir, name)) as handle:
        return jsonschema.Draft202012Validator(json.load(handle))


failures = []
for file_name, schema in (("problem.json", "problem.schema.json"), ("tests.json", "tests.schema.json")):
    with open(os.path.join(problem_dir, file_name)) as handle:
        for error in validator(schema).iter_errors(json.load(handle)):
            failures.append(f"{file_name}: {'/'.join(map(str, error.path))}: {error.message}")

report_validator = validator("report.schema.json")

# `judge validate` does the judging: reference, known solutions, stress.
with tempfile.TemporaryDirectory() as reports:
    completed = subprocess.run([judge, "validate", "--json", "--reports", reports, "--solutions",
                                os.path.dirname(solutions_dir.rstrip("/")), problem_dir],
                               capture_output=True, text=True, timeout=900)
    try:
        result = json.loads(completed.stdout)["problems"][0]
    except (json.JSONDecodeError, KeyError, IndexError):
        print(completed.stdout[-3000:], completed.stderr[-3000:])
        sys.exit(1)
    for known in result["known"]:
        print(f"{known['file']}: expected {known['expected']}, got {known['got']} ({known['message']})")
    print(f"reference headroom {result['headroom']:.0f}x, stress separates: {result['stress_separates']}")
    for warning in result["warnings"]:
        print("warning:", warning)
    failures += result["failures"]
    if (completed.returncode == 0) != result["ok"]:
        failures.append(f"judge validate exited {completed.returncode} with ok = {result['ok']}")
    for name in sorted(os.listdir(reports)):
        with open(os.path.join(reports, name)) as handle:
            report = json.load(handle)
        for error in report_validator.iter_errors(report):
            failures.append(f"{name}: report: {'/'.join(map(str, error.path))}: {error.message}")
        for test in report["tests"]:
            if test["hidden"] and any(key in test for key in ("input", "expected", "got", "stdout")):
                failures.append(f"{name}: hidden test {test['name']} reveals its data")
    if not os.listdir(reports):
        failures.append("judge validate wrote no reports")

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
