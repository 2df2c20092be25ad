# The judge's type-check helper: a trusted process (it never executes the
# code it checks) that runs Debian's mypy with the judge's own options and
# counts unannotated functions itself, so nothing in a submission can switch
# the rule off.
#
# Protocol: like the harness, 4-byte big-endian length + JSON frames on fd 3.
#   {"op": "rules", "source", "forbid", "require"}  ->  {"ok": true, "violations": [{"line", "column", "rule", "message"}]}
#   {"op": "check", "source": "..."}  ->  {"ok": true, "syntax_error", "functions", "function_count",
#                                          "diagnostics", "mypy_version", "mode", "time_ms"}
# argv: WORK_DIR CACHE_DIR(or "") MODE ("once": mypy's incremental cache, cheapest for one file;
#       "warm": mypy's fine-grained daemon state kept in memory, ~10 ms a file after the first)
import ast
import atexit
import io
import json
import os
import re
import resource
import sys
import time
import tokenize

CHANNEL = 3
EPOCH = 1_000_000_000  # mtimes of the checked files: EPOCH + the check's number
WORK, CACHE, MODE = sys.argv[1], sys.argv[2], sys.argv[3]

# What LeetCode provides without imports (the harness gives the same names at
# run time): these modules, and everything they export, later ones winning.
PRELUDE_MODULES = ["collections", "heapq", "bisect", "math", "itertools", "functools", "string", "re", "random",
                   "operator", "copy", "array"]
STAR_MODULES = ["typing", "collections", "heapq", "bisect", "math", "itertools", "functools"]
NODE_STUBS = {
    "ListNode": """class ListNode:
    val: int
    next: Optional[ListNode]
    def __init__(self, val: int = ..., next: Optional[ListNode] = ...) -> None: ...
""",
    "TreeNode": """class TreeNode:
    val: int
    left: Optional[TreeNode]
    right: Optional[TreeNode]
    def __init__(self, val: int = ..., left: Optional[TreeNode] = ..., right: Optional[TreeNode] = ...) -> None: ...
""",
    "Node": """class Node:
    val: int
    neighbors: List[Node]
    def __init__(self, val: int = ..., neighbors: Optional[List[Node]] = ...) -> None: ...
""",
}


def star_exports():
    import importlib
    exported = {}
    for name in STAR_MODULES:
        module = importlib.import_module(name)
        names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
        for exported_name in names:
            exported[exported_name] = name
    return exported


STAR_EXPORTS = star_exports()


def names_used(tree):
    """Every name the source mentions, string annotations and type comments included."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 300:
            try:
                names.update(n.id for n in ast.walk(ast.parse(node.value, mode="eval")) if isinstance(n, ast.Name))
            except (SyntaxError, ValueError):
                pass
        comment = getattr(node, "type_comment", None)
        if comment:
            for mode in ("func_type", "eval"):
                try:
                    names.update(n.id for n in ast.walk(ast.parse(comment, mode=mode)) if isinstance(n, ast.Name))
                    break
                except (SyntaxError, ValueError):
                    continue
    return names


def names_bound(tree):
    """Names the solution itself binds at module level: its own ListNode wins, as at run time."""
    bound = set()
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(statement.name)
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in statement.names if alias.name != "*")
        elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            bound.update(n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name))
    return bound


def prelude_stub(used):
    """Only the LeetCode names this solution mentions: mypy then loads no stub it does not need
    (the whole prelude costs ~250 ms of cached stubs per check). None: no prelude at all."""
    if used is None:
        return "\n"
    lines = ["from typing import List as List, Optional as Optional"]
    for name in sorted(used):
        if name in PRELUDE_MODULES:
            lines.append("import %s as %s" % (name, name))
        elif name in STAR_EXPORTS and name not in NODE_STUBS:
            lines.append("from %s import %s as %s" % (STAR_EXPORTS[name], name, name))
    for name, stub in NODE_STUBS.items():
        if name in used:
            lines.append(stub)
    return "\n".join(lines) + "\n"


# Appended as the last line, so the learner's line and column numbers stay
# theirs; mypy resolves module names regardless of order.
PRELUDE_IMPORT = "\nfrom %s import *  # added by the judge\n"

MYPY_FLAGS = [
    "--config-file", os.path.join(WORK, "judge-mypy.ini"),  # ours only: config files can name plugins
    "--disallow-untyped-defs", "--disallow-incomplete-defs",
    "--show-column-numbers", "--show-error-codes", "--no-error-summary", "--hide-error-context",
    "--follow-imports", "silent", "--no-site-packages", "--no-color-output", "--no-pretty",
]

SUPPRESSION = re.compile(r"#\s*(type:\s*ignore|mypy\s*:)", re.IGNORECASE)
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|note|warning): "
                  r"(?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$")


def without_suppressions(source):
    """The source with every `# type: ignore` and `# mypy:` comment blanked (same length, so positions hold)."""
    lines = source.splitlines(keepends=True)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and SUPPRESSION.search(token.string):
            row, start = token.start
            text = lines[row - 1]
            lines[row - 1] = text[:start] + " " * len(token.string) + text[start + len(token.string):]
    return "".join(lines)


def fix_hint(finding, signatures):
    """The def line as it should read: known types from the problem's signature, <type> where unknown."""
    known = signatures.get(finding["name"], {}) if finding["in_class"] else {}
    known_params = known.get("params", {})
    parts = [finding["self"]] if finding["self"] else []
    for param in finding["params"]:
        annotation = param["annotation"] or known_params.get(param["name"]) or "<type>"
        parts.append("%s: %s" % (param["name"], annotation))
    returns = finding["returns"] or known.get("returns") or ("None" if finding["name"] == "__init__" else "<type>")
    prefix = "async def" if finding["is_async"] else "def"
    return "%s %s(%s) -> %s:" % (prefix, finding["name"], ", ".join(parts), returns)


def missing_annotations(tree):
    """Every def with a parameter or return left unannotated, found by walking the AST ourselves."""
    found = []
    count = 0

    def visit(node, scope, in_class):
        nonlocal count
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                count += 1
                check(child, scope, in_class)
                visit(child, scope + [child.name, "<locals>"], False)
            elif isinstance(child, ast.ClassDef):
                visit(child, scope + [child.name], True)
            else:
                visit(child, scope, in_class)

    def check(function, scope, in_class):
        if function.type_comment:  # PEP 484 signature comment: annotated, the old way
            return
        args = function.args
        positional = args.posonlyargs + args.args
        decorators = {d.id for d in function.decorator_list if isinstance(d, ast.Name)}
        skip_first = in_class and "staticmethod" not in decorators and positional
        params = positional[1:] if skip_first else positional
        # In the order they are written: positional, *args, keyword-only, **kwargs.
        ordered = [(a, "") for a in params] + ([(args.vararg, "*")] if args.vararg else [])
        ordered += [(a, "") for a in args.kwonlyargs] + ([(args.kwarg, "**")] if args.kwarg else [])
        missing = [prefix + a.arg for a, prefix in ordered if a.annotation is None and a.type_comment is None]
        annotated = len(params) + len(args.kwonlyargs) + (args.vararg is not None) + (args.kwarg is not None) - len(missing)
        # mypy lets __init__ leave out "-> None" once an argument is annotated.
        missing_return = function.returns is None and not (function.name == "__init__" and annotated > 0)
        if missing or missing_return:
            found.append({
                "name": function.name,
                "qualname": ".".join(scope + [function.name]),
                "line": function.lineno,
                "column": function.col_offset + 1,
                "missing_params": missing,
                "missing_return": missing_return,
                "in_class": bool(skip_first),
                "self": positional[0].arg if skip_first else None,
                "is_async": isinstance(function, ast.AsyncFunctionDef),
                # What is there already, for the fix hint.
                "params": [{"name": a.arg, "annotation": ast.unparse(a.annotation) if a.annotation else None}
                           for a in params],
                "returns": ast.unparse(function.returns) if function.returns else None,
            })

    visit(tree, [], False)
    return found, count


class Mypy:
    def __init__(self):
        from mypy.version import __version__
        self.version = __version__
        self.server = None
        self.requests = 0
        self.kept = None  # a warm helper's files and modules, forgotten at exit
        self.written = {}  # a warm helper's files: path -> text as last written
        with open(os.path.join(WORK, "judge-mypy.ini"), "w") as handle:
            handle.write("[mypy]\nmypy_path = %s\n" % os.path.join(WORK, "prelude"))
        os.makedirs(os.path.join(WORK, "prelude"), exist_ok=True)

    def flags(self):
        flags = list(MYPY_FLAGS)
        flags += ["--cache-dir", CACHE] if CACHE else ["--cache-dir", os.devnull]
        return flags

    def check(self, source, used):
        # Names of our own for this check's two modules: mypy's cache is shared
        # by every judge on the machine, and two processes writing the cache
        # entry of one module name at once leave it inconsistent ("Cannot find
        # module for ..."). Library stubs are the same for everyone, so sharing
        # those is safe. A warm helper keeps its two names for its whole life:
        # the daemon then re-checks two changed files instead of adding and
        # removing modules (1.7 ms a check instead of 4).
        self.requests += 1
        token = "%d_%d" % (os.getpid(), 0 if MODE == "warm" else self.requests)
        module, prelude = "solution_" + token, "_judge_prelude_" + token
        prelude_path = os.path.join(WORK, "prelude", prelude + ".pyi")
        path = os.path.join(WORK, module + ".py")
        if MODE == "warm" and self.kept is None:
            self.kept = (path, prelude_path, (module, prelude))
            self.forget(*self.kept)  # a dead helper's cache entries, had it our pid
            atexit.register(lambda: self.forget(*self.kept))
        for name, text in ((prelude_path, prelude_stub(used)),
                           (path, without_suppressions(source) + PRELUDE_IMPORT % prelude)):
            if self.written.get(name) == text:
                continue  # unchanged: nothing for the daemon to propagate
            with open(name, "w", encoding="utf-8") as handle:
                handle.write(text)
            # mypy's daemon sees a change only in the size or the whole-second
            # mtime: a second of its own for every check, so none is missed.
            os.utime(name, (EPOCH + self.requests, EPOCH + self.requests))
            if MODE == "warm":
                self.written[name] = text
        try:
            output = self.run_warm(path, prelude_path, prelude) if MODE == "warm" else self.run_once(path)
        finally:
            if MODE != "warm":
                self.forget(path, prelude_path, (module, prelude))
        diagnostics = []
        for line in output.splitlines():
            match = LINE.match(line)
            if match is None or not match.group("file").endswith(module + ".py"):
                continue
            diagnostics.append({
                "line": int(match.group("line")),
                "column": int(match.group("column")),
                "severity": match.group("severity"),
                "code": match.group("code") or "",
                "message": match.group("message").replace(prelude, "_judge_prelude").replace(module, "solution"),
            })
        return diagnostics

    def forget(self, path, prelude_path, modules):
        """Removes the check's files and its modules' cache entries (they are never reused)."""
        for name in [path, prelude_path]:
            try:
                os.remove(name)
            except OSError:
                pass
        if not CACHE:
            return
        version = "%d.%d" % sys.version_info[:2]
        for module in modules:
            for suffix in (".meta.json", ".data.json", ".deps.json"):
                try:
                    os.remove(os.path.join(CACHE, version, module + suffix))
                except OSError:
                    pass

    def run_once(self, path):
        from mypy import api
        out, err, _status = api.run(self.flags() + [path])
        return out + err

    def run_warm(self, path, prelude_path, prelude):
        if self.server is None:
            from mypy.dmypy_server import Server
            from mypy.main import process_options
            _, options = process_options(self.flags() + [path], require_targets=False, server_options=True)
            self.server = Server(options, os.path.join(WORK, "dmypy.json"))
        from mypy.modulefinder import BuildSource
        # The prelude is named as a source too: the daemon watches only
        # sources for changes, and the prelude changes with the names used.
        sources = [BuildSource(path, None), BuildSource(prelude_path, prelude)]
        result = self.server.check(sources, export_types=False, is_tty=False, terminal_width=200)
        return result.get("out", "") + result.get("err", "")


def recv_exact(size):
    chunks = []
    while size > 0:
        chunk = os.read(CHANNEL, min(size, 1 << 20))
        if not chunk:
            sys.exit(0)
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def send(message):
    body = json.dumps(message, ensure_ascii=False).encode("utf-8", "replace")
    data = memoryview(len(body).to_bytes(4, "big") + body)
    while data:
        data = data[os.write(CHANNEL, data):]


RULES = {}


def check_rules(request):
    """The roadmap's rules (rules.py, written next to this file by the judge)."""
    if not RULES:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules.py")
        with open(path, encoding="utf-8") as handle:
            exec(compile(handle.read(), path, "exec"), RULES)
    return {"ok": True, "violations": RULES["check_rules"](request["source"], request.get("forbid", []),
                                                           request.get("require", []))}


def handle(mypy, request):
    if request.get("op") == "rules":
        return check_rules(request)
    started = time.perf_counter()
    source = request["source"]
    answer = {"ok": True, "syntax_error": None, "functions": [], "function_count": 0, "diagnostics": [],
              "mypy_version": mypy.version, "mode": MODE}
    try:
        tree = ast.parse(source, type_comments=True)
        without_suppressions(source)  # tokenizes: the same errors as the parser, caught here too
    except (SyntaxError, ValueError) as error:
        answer["syntax_error"] = {"line": getattr(error, "lineno", None) or 1, "column": getattr(error, "offset", None) or 1,
                                  "message": getattr(error, "msg", str(error))}
        answer["time_ms"] = (time.perf_counter() - started) * 1000
        return answer
    except (tokenize.TokenError, IndentationError) as error:
        answer["syntax_error"] = {"line": 1, "column": 1, "message": str(error)}
        return answer
    answer["functions"], answer["function_count"] = missing_annotations(tree)
    for finding in answer["functions"]:
        finding["fix_hint"] = fix_hint(finding, request.get("signatures", {}))
    # Without the prelude (roadmap exercises) the solution imports what it uses.
    used = names_used(tree) - names_bound(tree) if request.get("prelude", True) else None
    answer["diagnostics"] = mypy.check(source, used)
    answer["time_ms"] = (time.perf_counter() - started) * 1000
    return answer


def main():
    # Limits of its own: mypy on a hostile file must not take the machine.
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.setrecursionlimit(20000)
    mypy = Mypy()
    send({"ok": True, "ready": True, "mypy_version": mypy.version})
    while True:
        request = json.loads(recv_exact(int.from_bytes(recv_exact(4), "big")))
        try:
            answer = handle(mypy, request)
        except Exception as error:  # noqa: BLE001 - a mypy crash is reported, the judge decides
            answer = {"ok": False, "error": "%s: %s" % (type(error).__name__, error)}
        send(answer)


main()
