#!/usr/bin/python3
"""`judge run --json` output must validate against the schema in the repo."""
import json
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

judge, schema_path = sys.argv[1], sys.argv[2]
with open(schema_path) as file:
    schema = json.load(file)
validator = jsonschema.Draft202012Validator(schema)

programs = {
    "ok.py": "print('fine')\n",
    "fails.py": "raise SystemExit(4)\n",
    "spins.py": "while True: pass\n",
}
statuses = set()
with tempfile.TemporaryDirectory() as work:
    for name, source in programs.items():
        path = f"{work}/{name}"
        with open(path, "w") as file:
            file.write(source)
        completed = subprocess.run([judge, "run", "--json", "--time-limit", "0.2", path],
                                   capture_output=True, text=True, timeout=30)
        result = json.loads(completed.stdout)
        errors = list(validator.iter_errors(result))
        if errors:
            sys.exit(f"{name}: {errors[0].message}")
        statuses.add(result["status"])
print("validated:", sorted(statuses))
if not statuses <= {"ok", "exited-nonzero", "cpu-time-limit", "setup-error"}:
    sys.exit("unexpected statuses")
