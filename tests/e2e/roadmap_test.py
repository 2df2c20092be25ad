#!/usr/bin/python3
"""The roadmap track end to end: every topic has exercises, the new kinds of
problem judge as documented, each exercise's rules hold against held-out
submissions that try the usual evasions (while rule-abiding ones pass),
`judge next` and `judge hint` follow the learner's history, and malformed
roadmap problems are refused with file and field.

Usage: roadmap_test.py JUDGE
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

JUDGE = os.path.abspath(sys.argv.pop(1))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BANK = os.path.join(ROOT, "problems")

TOPICS = ["hello-world", "values-and-types", "variables", "operators", "conditions", "loops-while", "loops-for",
          "lists", "dicts-and-sets", "strings", "tuples-and-unpacking", "functions-and-scope", "errors", "file-io",
          "modules", "classes", "inheritance", "special-methods", "iterators-and-generators", "comprehensions",
          "decorators-and-closures", "type-system", "dynamic-array", "linked-lists", "stacks-and-queues", "bst",
          "heap", "hash-table", "graph", "simple-sorts", "fast-sorts", "binary-search", "recursion", "memoisation"]

# Held-out submissions (none of them is in tests/solutions): (problem, why, source, verdict).
# Each breaks the exercise's rule through an evasion, or keeps the rules and passes.
SORT_OK = """
def bubble_sort(nums: list[int]) -> list[int]:
    items = list(nums)
    n = len(items)
    while n > 1:
        i = 1
        while i < n:
            if items[i - 1] > items[i]:
                items[i - 1], items[i] = items[i], items[i - 1]
            i += 1
        n -= 1
    return items
"""


def heap_with(module):
    """A MinHeap leaning on heapq, reached as `module` (None: the bare names, never imported)."""
    prefix = "" if module is None else "q."
    setup = "" if module is None else "q = %s\n" % module
    ignore = "  # type: ignore[name-defined]" if module is None else ""
    return setup + textwrap.dedent(f"""
        class MinHeap:
            def __init__(self) -> None:
                self.items: list[int] = []
            def push(self, x: int) -> None:
                {prefix}heappush(self.items, x){ignore}
            def pop(self) -> int:
                return {prefix}heappop(self.items){ignore}
            def peek(self) -> int:
                return self.items[0]
            def size(self) -> int:
                return len(self.items)
        """)


def map_with(make):
    """A HashMap that is really Python's dict, made by the expression `make`."""
    return textwrap.dedent(f"""
        class HashMap:
            def __init__(self) -> None:
                self.data = {make}
            def put(self, key: int, value: int) -> None:
                self.data[key] = value
            def get(self, key: int) -> int:
                return self.data.get(key, -1)
            def remove(self, key: int) -> None:
                self.data.pop(key, None)
            def size(self) -> int:
                return len(self.data)
        """)


HELD_OUT = [
    ("sum-of-digits", "a for loop", """
def digit_sum(n: int) -> int:
    total = 0
    for d in str(n):
        total += int(d)
    return total
""", "RV"),
    ("sum-of-digits", "sum under another name", """
add_up = sum
def digit_sum(n: int) -> int:
    digits: list[int] = []
    while n:
        digits.append(n % 10)
        n //= 10
    return add_up(digits)
""", "RV"),
    ("sum-of-digits", "sum fetched from builtins by a string", """
def digit_sum(n: int) -> int:
    digits: list[int] = []
    while n:
        digits.append(n % 10)
        n //= 10
    return getattr(__builtins__, "su" + "m")(digits)
""", "RV"),
    ("sum-of-digits", "a for loop hidden in exec", """
def digit_sum(n: int) -> int:
    scope = {"n": n, "t": 0}
    while False:
        pass
    exec("for d in str(n): t += int(d)", scope)
    return int(scope["t"])
""", "RV"),
    ("sum-of-digits", "rules kept", """
def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        n, digit = divmod(n, 10)
        total += digit
    return total
""", "AC"),
    ("bubble-sort", "sorted", "def bubble_sort(nums: list[int]) -> list[int]:\n    return sorted(nums)\n", "RV"),
    ("bubble-sort", "sorted under another name", "order = sorted\n" + SORT_OK.replace("return items", "return order(items)"), "RV"),
    ("bubble-sort", "list.sort unbound", SORT_OK.replace("return items", "list.sort(items)\n    return items"), "RV"),
    ("bubble-sort", "sort reached by getattr", SORT_OK.replace("return items", "getattr(items, 'sort')()\n    return items"), "RV"),
    ("bubble-sort", "sort through operator.methodcaller",
     "import operator\n" + SORT_OK.replace("return items", "operator.methodcaller('so' + 'rt')(items)\n    return items"), "RV"),
    ("bubble-sort", "sorted through the builtins module", "import builtins\n" + SORT_OK.replace(
        "return items", "return builtins.__dict__['sorted'](items)"), "RV"),
    ("bubble-sort", "rules kept", SORT_OK, "AC"),
    ("build-min-heap", "heapq imported under another name", "import heapq as h\n" + heap_with("h"), "RV"),
    ("build-min-heap", "heapq from __import__", heap_with("__import__('heapq')"), "RV"),
    ("build-min-heap", "heapq from importlib", "import importlib\n" + heap_with("importlib.import_module('heap' + 'q')"),
     "RV"),
    ("build-min-heap", "heappush without an import (no LeetCode prelude on the roadmap)",
     heap_with(None), "RE"),
    ("chained-hash-map", "a dict literal", map_with("{}"), "RV"),
    ("chained-hash-map", "a dict made from the type of {}", map_with("type({})()"), "RV"),
    ("chained-hash-map", "a dict through __class__", map_with("vars(self).__class__()"), "RV"),
    ("queue-from-two-stacks", "deque under another name", """
from collections import deque as Line
class MyQueue:
    def __init__(self) -> None:
        self.items: Line[int] = Line()
""", "RV"),
    ("recursive-power", "a loop where recursion is the point", """
def power(base: int, exp: int) -> int:
    return base ** exp
""", "RV"),
]


def judge(*args, env=None, timeout=300):
    return subprocess.run([JUDGE, *args], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))


class Roadmap(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="judge-roadmap-")
        self.env = {"XDG_STATE_HOME": os.path.join(self.work, "state"),
                    "XDG_CACHE_HOME": os.path.join(self.work, "cache")}

    def tearDown(self):
        shutil.rmtree(self.work, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.work, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            handle.write(textwrap.dedent(text).lstrip("\n"))
        return path

    def submit(self, slug, source, *extra):
        path = self.write(os.path.join("subs", slug + ".py"), source)
        completed = judge("submit", "--json", "--problem", slug, path, *extra, env=self.env)
        self.assertIn(completed.returncode, (0, 1), completed.stderr[-2000:])
        return json.loads(completed.stdout)

    def test_every_roadmap_topic_has_exercises_in_order(self):
        completed = judge("list", "--track", "roadmap", "--json", env=self.env)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        track = json.loads(completed.stdout)
        self.assertEqual([p["id"] for p in track["phases"]], ["foundations", "data-structures", "algorithms"])
        topics = [t for phase in track["phases"] for t in phase["topics"]]
        self.assertEqual([t["id"] for t in topics], TOPICS)
        for topic in topics:
            self.assertGreaterEqual(topic["count"], 2, topic["id"])
        self.assertGreaterEqual(track["total"], 60)
        self.assertEqual(track["solved"], 0)
        self.assertEqual(track["next"], topics[0]["exercises"][0]["id"])
        text = judge("list", "--track", "roadmap", env=self.env).stdout
        self.assertIn("Foundations (0/", text)
        self.assertIn("Loops with while [0/", text)
        self.assertEqual(judge("list", "--track", "nowhere", env=self.env).returncode, 2)

    def test_held_out_submissions_breaking_rules_are_caught_and_honest_ones_pass(self):
        for slug, why, source, verdict in HELD_OUT:
            with self.subTest(slug=slug, why=why):
                report = self.submit(slug, source)
                self.assertEqual(report["verdict"], verdict, json.dumps(report)[:1500])
                if verdict == "RV":
                    self.assertTrue(report["rule_violations"])
                    self.assertEqual(report["score"], 0)
                    self.assertEqual(report["tests"], [])  # nothing ran
                    located = [v for v in report["rule_violations"] if v["line"] is not None]
                    self.assertTrue(located or all(v["rule"] for v in report["rule_violations"]))
                else:
                    self.assertEqual(report["rule_violations"], [])

    def test_the_terminal_report_names_the_line_and_what_to_do(self):
        path = self.write("subs/sum-of-digits.py", """
            def digit_sum(n: int) -> int:
                total = 0
                for d in str(n):
                    total += int(d)
                return total
        """)
        completed = judge("submit", path, env=self.env)
        self.assertEqual(completed.returncode, 1)
        self.assertIn("Rule Violation", completed.stdout)
        self.assertIn("line 3: a for loop: this exercise practises while loops", completed.stdout)
        self.assertIn("use a while loop", completed.stdout)
        shown = judge("show", "sum-of-digits", env=self.env).stdout
        self.assertIn("Not allowed: for, comprehension", shown)
        self.assertIn("Required: while", shown)
        self.assertIn("judge hint sum-of-digits", shown)

    def test_program_kind_reads_stdin_and_is_judged_on_what_it_prints(self):
        ok = self.submit("hello-name", 'name = input()\nprint("Hello, " + name + "!   ")\nprint()\n')
        self.assertEqual(ok["verdict"], "AC", ok["message"])
        wrong = self.submit("hello-name", 'print("Hello, world!")\n')
        self.assertEqual(wrong["verdict"], "WA")
        self.assertEqual(wrong["first_failure"]["got"], "Hello, world!")

    def test_expected_exceptions_and_capped_iterators(self):
        raising = self.submit("parse-age", "def parse_age(text: str) -> int:\n    raise ValueError('never')\n")
        self.assertEqual(raising["verdict"], "WA")
        self.assertEqual(raising["first_failure"]["got"], {"raises": "ValueError"})
        other = self.submit("parse-age", "def parse_age(text: str) -> int:\n    raise KeyError('no')\n")
        self.assertEqual(other["verdict"], "RE")  # not an exception the exercise expects
        endless = self.submit("countdown", "from typing import Iterator\n\ndef countdown(n: int) -> Iterator[int]:\n"
                                           "    while True:\n        yield n\n")
        self.assertEqual(endless["verdict"], "WA")
        self.assertIn("more than 1000 items", endless["message"])

    def test_driver_kind_exercises_the_learners_class(self):
        missing = self.submit("point-class", "class Pointe:\n    pass\n")
        self.assertEqual(missing["verdict"], "CE")
        self.assertIn("Point is missing", missing["message"])
        unordered = self.submit("point-class", "class Point:\n    def __init__(self, x: int, y: int) -> None:\n"
                                               "        self.x, self.y = x, y\n\n"
                                               "    def __repr__(self) -> str:\n        return f'Point({self.x}, {self.y})'\n")
        self.assertEqual(unordered["verdict"], "RE")  # sorted() in the driver needs __lt__
        self.assertIn("TypeError", json.dumps(unordered["first_failure"]))

    def test_next_follows_the_history_and_hint_climbs_the_ladder(self):
        first = json.loads(judge("next", "--json", env=self.env).stdout)
        self.assertEqual(first["solved"], 0)
        slug = first["next"]["id"]
        self.assertEqual(first["next"]["topic"], "hello-world")
        reference = os.path.join(BANK, "roadmap-foundations", slug, "reference.py")
        completed = judge("submit", "--problem", slug, reference, env=self.env)
        self.assertEqual(completed.returncode, 0, completed.stdout[-2000:])
        second = json.loads(judge("next", "--json", env=self.env).stdout)
        self.assertEqual(second["solved"], 1)
        self.assertNotEqual(second["next"]["id"], slug)
        self.assertIn("judge submit " + second["next"]["id"] + ".py", judge("next", env=self.env).stdout)

        one = json.loads(judge("hint", "sum-of-digits", "--json", env=self.env).stdout)
        self.assertEqual((one["shown"], len(one["hints"])), (1, 1))
        two = json.loads(judge("hint", "sum-of-digits", "--json", env=self.env).stdout)
        self.assertEqual(two["shown"], 2)
        self.assertEqual(two["hints"][0], one["hints"][0])
        every = json.loads(judge("hint", "sum-of-digits", "--all", "--json", env=self.env).stdout)
        self.assertEqual(every["shown"], every["available"])
        self.assertGreaterEqual(every["available"], 3)
        none = judge("hint", "two-sum", env=self.env)
        self.assertEqual(none.returncode, 0)
        self.assertIn("has no hints", none.stdout)

    def test_starters_are_valid_typed_python_for_each_kind(self):
        for slug in ["sum-of-digits", "hello-name", "countdown", "point-class"]:
            with self.subTest(slug=slug):
                out = os.path.join(self.work, slug + ".py")
                completed = judge("new", slug, "--output", out, env=self.env)
                self.assertEqual(completed.returncode, 0, completed.stderr)
                with open(out) as handle:
                    source = handle.read()
                compile(source, out, "exec")
                checked = judge("typecheck", "--json", out, env=self.env)
                self.assertTrue(json.loads(checked.stdout)[0]["ok"], checked.stdout)

    def test_malformed_roadmap_problems_are_refused_with_file_and_field(self):
        base = {"schema": "judge.problem/v1", "id": "bad", "title": "Bad", "difficulty": "easy",
                "pattern": "roadmap-foundations", "track": "roadmap", "topic": "loops-while",
                "metaData": {"call": "function", "name": "f", "params": [{"name": "n", "type": "integer"}],
                             "return": {"type": "integer"}}}
        mistakes = [
            ({"rules": {"forbid": ["goto"]}}, "rules.forbid", "unknown rule"),
            ({"topic": "astrology"}, "topic", "not a roadmap topic"),
            ({"pattern": "roadmap-algorithms"}, "pattern", "lives in roadmap-foundations"),
            ({"metaData": dict(base["metaData"], call="telepathy")}, "metaData.call", "must be method, function"),
            ({"metaData": dict(base["metaData"], call="program")}, "metaData.params", "a program takes one string"),
            ({"metaData": dict(base["metaData"], call="driver")}, "driver.py", "is missing"),
            ({"metaData": dict(base["metaData"], raises=["SystemExit"])}, "metaData.raises", "built-in exceptions"),
            ({"metaData": dict(base["metaData"], params=[{"name": "n", "type": "iterator<integer>"}])},
             "metaData.params[0].type", "only a return type"),
        ]
        for change, field, why in mistakes:
            with self.subTest(field=field):
                folder = os.path.join(self.work, "bank", "roadmap-foundations", "bad")
                shutil.rmtree(folder, ignore_errors=True)
                os.makedirs(folder)
                with open(os.path.join(folder, "problem.json"), "w") as handle:
                    json.dump(dict(base, **change), handle)
                for name, text in (("statement.md", "# Bad\n"), ("reference.py", "def f(n: int) -> int:\n    return n\n")):
                    with open(os.path.join(folder, name), "w") as handle:
                        handle.write(text)
                with open(os.path.join(folder, "tests.json"), "w") as handle:
                    json.dump({"cases": [{"name": "one", "input": {"n": 1}, "expected": 1}]}, handle)
                completed = judge("validate", folder, env=self.env)
                self.assertEqual(completed.returncode, 1, completed.stdout + completed.stderr)
                self.assertIn(field, completed.stdout + completed.stderr)
                self.assertIn(why, completed.stdout + completed.stderr)
        # An expected exception the problem does not declare.
        with open(os.path.join(folder, "problem.json"), "w") as handle:
            json.dump(base, handle)
        with open(os.path.join(folder, "tests.json"), "w") as handle:
            json.dump({"cases": [{"name": "one", "input": {"n": 1}, "expected": {"raises": "ValueError"}}]}, handle)
        completed = judge("validate", folder, env=self.env)
        self.assertIn("cases[0].expected", completed.stdout + completed.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
