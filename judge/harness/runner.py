# The judge's harness: runs inside the sandbox, in the same CPython as the
# learner's solution, and is therefore NOT trusted by the judge. It only
# builds arguments, calls the solution and turns what comes back into JSON.
# Expected outputs never come here; the judge compares outside, in C++.
#
# Protocol on fd 3 (a stream socket to the judge): frames of a 4-byte
# big-endian length followed by that many bytes of UTF-8 JSON. One request,
# one answer. The judge owns every deadline and kills this process when one
# passes; nothing here tries to time anything.
#
# Requests:  {"op": "load", "path", "source_base64"?, "cpu"?, "problem": {"metaData": ..., "compare": ...}}
#            {"op": "case", "input": {...}}
#            {"op": "generate", "path", "seed", "params"}
# Answers:   {"ok": true, ...} or {"ok": false, "error": {...}}
import os
import sys

_read = os.read
_write = os.write
_CHANNEL = 3
_RELEASE = 4


def _recv_exact(size):
    chunks = []
    while size > 0:
        chunk = _read(_CHANNEL, min(size, 1 << 20))
        if not chunk:
            os._exit(0)  # the judge hung up
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _recv():
    size = int.from_bytes(_recv_exact(4), "big")
    return _json.loads(_recv_exact(size))


def _send(message):
    body = _json.dumps(message, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    data = memoryview(len(body).to_bytes(4, "big") + body)
    while data:
        data = data[_write(_CHANNEL, data):]


# --- What LeetCode's Python 3 environment provides without imports ---------
import json as _json  # noqa: E402
import linecache as _linecache  # noqa: E402
from binascii import a2b_base64 as _a2b_base64  # noqa: E402
import traceback as _traceback  # noqa: E402
import inspect as _inspect  # noqa: E402
import io as _io  # noqa: E402
import resource as _resource  # noqa: E402
from gc import collect as _gc_collect, freeze as _gc_freeze  # noqa: E402

_PRELUDE_SOURCE = """
import collections, heapq, bisect, math, itertools, functools, string, re, random, operator, copy, array
from typing import *
from collections import *
from heapq import *
from bisect import *
from math import *
from itertools import *
from functools import *


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


class Node:
    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        return "Node(%r)" % (self.val,)
"""
class _LeetCodeExtras:
    """Finds the third-party packages LeetCode's Python has (sortedcontainers), and nothing else
    of Debian's dist-packages (the interpreter runs with -S)."""

    _EXTRAS = {"sortedcontainers"}
    _WHERE = ["/usr/lib/python3/dist-packages"]

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.partition(".")[0] not in cls._EXTRAS:
            return None
        import importlib.machinery
        return importlib.machinery.PathFinder.find_spec(name, path or cls._WHERE, target)


sys.meta_path.append(_LeetCodeExtras)

_PRELUDE = {"__name__": "leetcode_prelude", "__builtins__": __builtins__}
exec(compile(_PRELUDE_SOURCE, "<leetcode prelude>", "exec"), _PRELUDE)
_ListNode = _PRELUDE["ListNode"]
_TreeNode = _PRELUDE["TreeNode"]
_Node = _PRELUDE["Node"]

# Bound now: the solution may rebind builtins, but not these references.
_int_value = int.__int__
_float_value = float.__float__
_str_value = str.__str__
_list_copy = list.copy
_tuple_items = tuple.__iter__
_type = type
_issubclass = issubclass
_len = len
_iter = iter
_islice = __import__("itertools").islice
_builtins = __import__("builtins")
_ModuleType = _type(sys)
_StringIO = __import__("io").StringIO
_isfinite = __import__("math").isfinite

_NODE_CAP = 1_000_000  # nodes walked in a returned structure before calling it endless
_STDOUT_CAP = 64 * 1024  # bytes of the solution's prints kept per case


class _JudgeError(Exception):
    """A problem with the answer's shape, reported as the case's error."""


# --- Types: LeetCode's type strings ----------------------------------------
def _parse_type(text):
    text = text.strip()
    if text.endswith("[]"):
        return ("list", _parse_type(text[:-2]))
    if text.startswith("list<") and text.endswith(">"):
        return ("list", _parse_type(text[5:-1]))
    if text.startswith("iterator<") and text.endswith(">"):
        return ("iterator", _parse_type(text[9:-1]))
    return text


# --- Arguments from JSON ----------------------------------------------------
def _build_list_node(values, cycle_pos=-1):
    head = tail = None
    nodes = []
    for value in values:
        node = _ListNode(value)
        nodes.append(node)
        if tail is None:
            head = node
        else:
            tail.next = node
        tail = node
    if tail is not None and cycle_pos is not None and 0 <= cycle_pos < len(nodes):
        tail.next = nodes[cycle_pos]
    return head


def _build_tree(values):
    if not values or values[0] is None:
        return None
    root = _TreeNode(values[0])
    queue = [root]
    position = 0
    index = 1
    while index < len(values):
        parent = queue[position]
        position += 1
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                child = _TreeNode(values[index])
                setattr(parent, side, child)
                queue.append(child)
            index += 1
    return root


_input_graph_nodes = set()  # ids of the nodes handed to the solution in this case


def _build_graph(adjacency):
    if not adjacency:
        return None
    nodes = [_Node(i + 1) for i in range(len(adjacency))]
    _input_graph_nodes.update(id(node) for node in nodes)
    for node, neighbours in zip(nodes, adjacency):
        node.neighbors = [nodes[n - 1] for n in neighbours]
    return nodes[0]


def _find_node(root, value):
    queue = [root]
    position = 0
    while position < len(queue):
        node = queue[position]
        position += 1
        if node is None:
            continue
        if node.val == value:
            return node
        queue.append(node.left)
        queue.append(node.right)
    return None


def _build(value, kind, cycle_pos=-1):
    if isinstance(kind, tuple):
        return [_build(item, kind[1]) for item in value]
    if kind == "ListNode":
        return _build_list_node(value, cycle_pos)
    if kind == "TreeNode":
        return _build_tree(value)
    if kind == "Node":
        return _build_graph(value)
    if kind == "double" and _type(value) is int:
        return float(value)
    return value


# --- Answers to JSON, strictly ------------------------------------------------
def _type_name(value):
    return _type(value).__name__


def _scalar(value):
    kind = _type(value)
    if value is None or kind is bool:
        return value
    if _issubclass(kind, int):
        return _int_value(value)
    if _issubclass(kind, float):
        number = _float_value(value)
        if not _isfinite(number):
            raise _JudgeError("returned %r, which is not a finite number" % (number,))
        return number
    if _issubclass(kind, str):
        return _str_value(value)
    raise _JudgeError("cannot turn a %s into an answer" % _type_name(value))


def _items(value):
    kind = _type(value)
    if _issubclass(kind, list):
        return _list_copy(value)
    if _issubclass(kind, tuple):
        return list(_tuple_items(value))
    return None


def _walk_list_nodes(node):
    out = []
    seen = set()
    while node is not None:
        if id(node) in seen:
            raise _JudgeError("the returned linked list has a cycle")
        if _len(out) >= _NODE_CAP:
            raise _JudgeError("the returned linked list has more than %d nodes" % _NODE_CAP)
        seen.add(id(node))
        out.append(_to_json(getattr(node, "val"), "integer"))
        node = getattr(node, "next")
    return out


def _walk_tree(root):
    out = []
    queue = [root]
    position = 0
    seen = set()
    while position < _len(queue):
        node = queue[position]
        position += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise _JudgeError("the returned tree has a node reachable twice (a cycle or shared subtree)")
        if _len(seen) >= _NODE_CAP:
            raise _JudgeError("the returned tree has more than %d nodes" % _NODE_CAP)
        seen.add(id(node))
        out.append(_to_json(getattr(node, "val"), "integer"))
        queue.append(getattr(node, "left"))
        queue.append(getattr(node, "right"))
    while out and out[-1] is None:
        out.pop()
    return out


def _walk_graph(start):
    if start is None:
        return []
    by_value = {}
    stack = [start]
    while stack:
        node = stack.pop()
        value = _scalar(getattr(node, "val"))
        if id(node) in _input_graph_nodes:
            raise _JudgeError("the returned graph shares node %r with the input: return a deep copy" % (value,))
        if value in by_value:
            if by_value[value] is not node:
                raise _JudgeError("two different nodes have the value %r" % (value,))
            continue
        if _len(by_value) >= _NODE_CAP:
            raise _JudgeError("the returned graph has more than %d nodes" % _NODE_CAP)
        by_value[value] = node
        neighbours = _items(getattr(node, "neighbors"))
        if neighbours is None:
            raise _JudgeError("a node's neighbors is not a list")
        stack.extend(neighbours)
    if not all(_type(value) is int for value in by_value):
        raise _JudgeError("graph node values must be integers")
    size = max(by_value)
    out = []
    for value in range(1, size + 1):
        node = by_value.get(value)
        out.append([_scalar(getattr(n, "val")) for n in _items(getattr(node, "neighbors"))] if node is not None else [])
    return out


def _to_json(value, kind, depth=0):
    if depth > 64:
        raise _JudgeError("the answer is nested more than 64 levels deep")
    if isinstance(kind, tuple) and kind[0] == "iterator":
        # A generator exercise: an iterator, consumed up to the problem's cap.
        if value is None or _iter(value) is not value:
            raise _JudgeError("expected an iterator (a generator), got %s" % _type_name(value))
        cap = _state.get("cap", 1000)
        items = list(_islice(value, cap + 1))
        if _len(items) > cap:
            raise _JudgeError("the iterator gave more than %d items: does it ever stop?" % cap)
        return [_to_json(item, kind[1], depth + 1) for item in items]
    if isinstance(kind, tuple):
        if value is None:
            return None
        items = _items(value)
        if items is None:
            raise _JudgeError("expected a list, got %s" % _type_name(value))
        return [_to_json(item, kind[1], depth + 1) for item in items]
    if kind == "ListNode":
        return _walk_list_nodes(value)
    if kind == "TreeNode":
        return _walk_tree(value)
    if kind == "Node":
        return _walk_graph(value)
    if kind == "void":
        return None
    items = _items(value)
    if items is not None:
        return [_to_json(item, kind, depth + 1) for item in items]
    return _scalar(value)


# --- The learner's stdout, per case --------------------------------------------
class _Capture(_io.TextIOBase):
    def __init__(self):
        self.parts = []
        self.kept = 0
        self.total = 0

    def writable(self):
        return True

    def write(self, text):
        text = _str_value(text)
        size = _len(text)
        self.total += size
        if self.kept < _STDOUT_CAP:
            piece = text[: _STDOUT_CAP - self.kept]
            self.parts.append(piece)
            self.kept += _len(piece)
        return size

    def flush(self):
        pass

    def take(self):
        text = "".join(self.parts)
        total = self.total
        self.parts, self.kept, self.total = [], 0, 0
        return text, total


# --- Errors, trimmed to the learner's own lines -------------------------------
_solution_file = None


_SHOWN_FRAMES = 20  # a RecursionError has 100 000 frames: formatting them all took seconds


def _describe(error):
    entries = []
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _solution_file:
            entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    summary = _traceback.StackSummary.extract(iter(entries[-_SHOWN_FRAMES:]), lookup_lines=True)
    lines = summary.format()
    if len(entries) > _SHOWN_FRAMES:
        lines.insert(0, "  ... %d earlier calls of your code ...\n" % (len(entries) - _SHOWN_FRAMES))
    lines += _traceback.format_exception_only(_type(error), error)
    line = entries[-1][1] if entries else getattr(error, "lineno", None)
    return {
        "type": _type_name(error),
        "message": str(error),
        "line": line if _type(line) is int else None,
        "traceback": "".join(lines).rstrip("\n"),
    }


# --- Requests -----------------------------------------------------------------
_state = {}


def _load(request):
    global _solution_file
    if "cpu" in request:
        # The judge's thread waits on this CPU: answers then need no wake-up
        # across CPUs. A hint for speed only; the solution may change it.
        try:
            os.sched_setaffinity(0, {request["cpu"]})
        except (OSError, ValueError, TypeError, OverflowError):
            pass
    path = request["path"]
    meta = request["problem"]["metaData"]
    _solution_file = os.path.basename(path)
    if "source_base64" in request:
        # Sent with the request, so an interpreter started before the
        # submission existed (a warm one) can judge it. Bytes, not text: a
        # file that is not UTF-8 gets Python's own SyntaxError.
        source = _a2b_base64(request["source_base64"])
        _linecache.cache[_solution_file] = (len(source), None, source.decode("utf-8", "replace").splitlines(True),
                                            _solution_file)
    else:
        with open(path, "rb") as handle:
            source = handle.read()
    try:
        code = compile(source, _solution_file, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        return {"ok": False, "stage": "compile", "kind": "syntax", "error": _describe(error)}
    call = meta.get("call", "method")
    if call != "method":
        return _load_roadmap(request, meta, call, code)
    # Roadmap exercises get no LeetCode prelude: learners import what they use
    # (and "build a heap" cannot lean on a heappush it never imported).
    namespace = dict(_PRELUDE) if request["problem"].get("prelude", True) else {"__builtins__": __builtins__}
    namespace["__name__"] = "solution"
    namespace["__file__"] = _solution_file
    capture = _Capture()
    failed = _run_module(code, namespace, capture)
    if failed is not None:
        return failed
    design = bool(meta.get("systemdesign"))
    class_name = meta["classname"] if design else "Solution"
    cls = namespace.get(class_name)
    if not isinstance(cls, _type):
        return _missing("class %s is missing: LeetCode calls %s" % (class_name, _expected_call(meta)))
    if design:
        methods = {"__init__": meta.get("constructor", {}).get("params", [])}
        for method in meta["methods"]:
            methods[method["name"]] = method["params"]
    else:
        methods = {meta["name"]: meta["params"]}
    for name, params in methods.items():
        function = getattr(cls, name, None)
        if function is None or not callable(function):
            return _missing("method %s.%s is missing: LeetCode calls %s" % (class_name, name, _expected_call(meta)))
        try:
            _inspect.signature(function).bind(None, *[None] * len(params))
        except TypeError:
            wanted = ", ".join(["self"] + [p["name"] for p in params])
            return _missing("%s.%s must accept (%s)" % (class_name, name, wanted), "signature")
        except ValueError:
            pass  # no signature to inspect (a builtin): let the call decide
    _state.update(cls=cls, meta=meta, capture=capture, design=design,
                  paramindex=(meta.get("output") or {}).get("paramindex"),
                  returned_prefix=request["problem"].get("compare", {}).get("prefix") == "returned")
    # The solution's module (and any table it built at import) lives for
    # every case: frozen too, so per-case collections stay cheap.
    _gc_collect()
    _gc_freeze()
    return {"ok": True}


def _run_module(code, namespace, capture):
    """Runs the solution's module body with its prints captured; the failure answer, or None."""
    sys.stdout = sys.stderr = capture
    try:
        exec(code, namespace)
    except ImportError as error:
        return {"ok": False, "stage": "compile", "kind": "import", "error": _describe(error), "stdout": capture.take()[0]}
    except BaseException as error:  # noqa: B902 - SystemExit included: loading must finish
        return {"ok": False, "stage": "load", "kind": "exception", "error": _describe(error), "stdout": capture.take()[0]}
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    return None


def _load_roadmap(request, meta, call, code):
    """The roadmap's kinds: a module-level function, a program (stdin to stdout) or a problem's
    driver calling the learner's module. No LeetCode prelude: learners import what they use."""
    # Exceptions a case may expect, bound before the solution can rebind builtins.
    raises = tuple(getattr(_builtins, name) for name in meta.get("raises", []))
    _state.update(meta=meta, call=call, raises=raises, names=meta.get("raises", []), design=False,
                  paramindex=None, returned_prefix=False, cap=meta.get("return", {}).get("cap", 1000))
    capture = _state["capture"] = _Capture()
    if call == "program":
        _state["code"] = code  # run afresh for every case, as `python3 file.py < input`
        return {"ok": True}
    module = _ModuleType("solution")
    module.__file__ = _solution_file
    failed = _run_module(code, module.__dict__, capture)
    if failed is not None:
        return failed
    if call == "function":
        function = module.__dict__.get(meta["name"])
        if not callable(function):
            return _missing("function %s is missing: the judge calls %s" % (meta["name"], _expected_call(meta)))
        try:
            _inspect.signature(function).bind(*[None] * len(meta["params"]))
        except TypeError:
            return _missing("%s must accept (%s)" % (meta["name"], ", ".join(p["name"] for p in meta["params"])),
                            "signature")
        except ValueError:
            pass
        _state["call_target"] = function
    else:  # driver: the problem's own code exercises the learner's module
        if meta["name"] not in module.__dict__:
            return _missing("%s is missing: this exercise uses %s (see the statement)" % (meta["name"], meta["name"]))
        namespace = {"__name__": "driver", "__builtins__": __builtins__}
        exec(compile(request["problem"]["driver_source"], "driver.py", "exec"), namespace)
        driver = namespace["run"]
        _state["call_target"] = lambda *args: driver(module, *args)
    _gc_collect()
    _gc_freeze()
    return {"ok": True}


def _run_program(stdin_text):
    """The whole program, as __main__, with the case's stdin; its output is the answer."""
    saved_stdin = sys.stdin
    sys.stdin = _StringIO(stdin_text)
    try:
        exec(_state["code"], {"__name__": "__main__", "__builtins__": __builtins__, "__file__": _solution_file})
    except SystemExit as done:
        if done.code not in (None, 0):
            raise
    finally:
        sys.stdin = saved_stdin
    text, _size = _state["capture"].take()
    # Trailing spaces and blank lines at the end are not part of the answer.
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")


def _call_roadmap(meta, inputs):
    if _state["call"] == "program":
        return _run_program(inputs["stdin"])
    args = [_build(inputs[p["name"]], _parse_type(p["type"])) for p in meta["params"]]
    try:
        returned = _state["call_target"](*args)
        return _to_json(returned, _parse_type(meta["return"]["type"]))
    except _JudgeError:
        raise
    except BaseException as error:  # noqa: B902
        for name, kind in zip(_state["names"], _state["raises"]):
            if isinstance(error, kind):
                return {"raises": name}
        raise


def _expected_call(meta):
    if meta.get("call") in ("function", "driver"):
        return "%s(%s)" % (meta["name"], ", ".join(p["name"] for p in meta["params"]))
    if meta.get("systemdesign"):
        return "%s(%s)" % (meta["classname"], ", ".join(p["name"] for p in meta.get("constructor", {}).get("params", [])))
    return "Solution().%s(%s)" % (meta["name"], ", ".join(p["name"] for p in meta["params"]))


def _missing(message, kind="missing"):
    return {"ok": False, "stage": "compile", "kind": kind, "error": {"type": "CompileError", "message": message,
                                                                     "line": None, "traceback": ""}}


def _arguments(params, values):
    return [_build(value, _parse_type(param["type"])) for param, value in zip(params, values)]


def _case(request):
    _input_graph_nodes.clear()
    meta = _state["meta"]
    capture = _state["capture"]
    inputs = request["input"]
    sys.stdout = sys.stderr = capture
    answer = {"ok": True}
    try:
        if "call" in _state:
            answer["value"] = _call_roadmap(meta, inputs)
        elif _state["design"]:
            answer["value"] = _replay(meta, inputs["operations"], inputs["arguments"])
        else:
            params = meta["params"]
            args = []
            built = {}
            for param in params:
                cycle = param.get("cycle")
                kind = _parse_type(param["type"])
                if param.get("node_of"):
                    # LeetCode passes a node of another argument's tree (lowest common ancestor's p and q).
                    value = _find_node(built[param["node_of"]], inputs[param["name"]])
                else:
                    value = _build(inputs[param["name"]], kind, inputs.get(cycle, -1) if cycle else -1)
                built[param["name"]] = value
                args.append(value)
            returned = getattr(_state["cls"](), meta["name"])(*args)
            index = _state["paramindex"]
            if index is not None:
                answer["value"] = _to_json(args[index], _parse_type(params[index]["type"]))
                if _state["returned_prefix"]:
                    answer["returned"] = _to_json(returned, "integer")
            elif meta["return"].get("value_only"):
                # LeetCode shows a returned node as its value (lowest common ancestor).
                answer["value"] = None if returned is None else _to_json(getattr(returned, "val"), "integer")
            else:
                answer["value"] = _to_json(returned, _parse_type(meta["return"]["type"]))
    except _JudgeError as error:
        answer = {"ok": False, "error": {"type": "BadAnswer", "message": str(error), "line": None, "traceback": ""}}
    except BaseException as error:  # noqa: B902 - SystemExit and KeyboardInterrupt are the learner's too
        answer = {"ok": False, "error": _describe(error)}
        if "operation" in _state:
            answer["operation"] = _state.pop("operation")
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    answer["stdout"], answer["stdout_bytes"] = capture.take()
    answer["maxrss_kb"] = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
    return answer


def _replay(meta, operations, arguments):
    methods = {method["name"]: method for method in meta["methods"]}
    outputs = []
    instance = None
    for index, (operation, args) in enumerate(zip(operations, arguments)):
        _state["operation"] = index
        if index == 0:
            instance = _state["cls"](*_arguments(meta.get("constructor", {}).get("params", []), args))
            outputs.append(None)
            continue
        method = methods[operation]
        returned = getattr(instance, operation)(*_arguments(method["params"], args))
        outputs.append(_to_json(returned, _parse_type(method["return"]["type"])))
    _state.pop("operation", None)
    return outputs


def _generate(request):
    global _solution_file
    _solution_file = "generator.py"
    namespace = {"__name__": "generator", "__builtins__": __builtins__}
    try:
        with open(request["path"], "rb") as handle:
            exec(compile(handle.read(), _solution_file, "exec"), namespace)
        return {"ok": True, "input": namespace["generate"](request["seed"], **request.get("params", {}))}
    except BaseException as error:  # noqa: B902
        return {"ok": False, "error": _describe(error)}


def _check(request):
    # The problem's checker, in a process of its own: no solution code here.
    checker = _state.get("checker")
    if checker is None:
        namespace = dict(_PRELUDE)
        namespace["__name__"] = "checker"
        with open(request["path"], "rb") as handle:
            exec(compile(handle.read(), "checker.py", "exec"), namespace)
        checker = _state["checker"] = namespace["check"]
    verdict = checker(request["input"], request["expected"], request["got"])
    if verdict is True:
        return {"ok": True, "accepted": True}
    if verdict is False or _type(verdict) is str:
        return {"ok": True, "accepted": False, "message": verdict or ""}
    return {"ok": False, "error": {"type": "CheckerError", "message": "check() must return True, False or a message",
                                   "line": None, "traceback": ""}}


_HANDLERS = {"load": _load, "case": _case, "generate": _generate, "check": _check}


def _serve():
    sys.setrecursionlimit(100_000)
    # Everything imported so far lives as long as the process: out of the
    # collector's sight, the collection after each answer costs microseconds
    # instead of a millisecond (10 000 objects walked every time).
    _gc_freeze()
    # Wait until the sandbox has every limit in place (Spec::release_fd).
    _read(_RELEASE, 1)
    os.close(_RELEASE)
    while True:
        request = _recv()
        handler = _HANDLERS.get(request.get("op"))
        if handler is None:
            answer = {"ok": False, "error": {"type": "ProtocolError", "message": "unknown request", "line": None,
                                             "traceback": ""}}
        else:
            try:
                answer = handler(request)
            except BaseException as error:  # noqa: B902 - a failing generator or checker is reported, not fatal
                answer = {"ok": False, "error": _describe(error)}
        try:
            _send(answer)
        except (ValueError, TypeError) as error:
            _send({"ok": False, "error": {"type": "BadAnswer", "message": "the answer cannot be sent: %s" % error,
                                          "line": None, "traceback": ""}})
        # While the judge compares: one case's garbage (an lru_cache is a
        # reference cycle) must not count against the next case's memory.
        answer = None
        _gc_collect()


_serve()
