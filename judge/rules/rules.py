# The roadmap's rules, checked on the syntax tree of a solution that never
# runs here: constructs an exercise forbids ("for" in the while-loop
# exercises, sorted() in the sorting ones, heapq in "build a heap") and ones
# it requires (a while loop, a yield, a @dataclass).
#
# A rule must not be bypassed by a new name for the same thing. So a
# forbidden builtin is refused wherever its name appears, not only where it is
# called (`s = sorted`), a forbidden method wherever the attribute is taken
# (`f = xs.sort`, `list.sort(xs)`), and a forbidden name spelled as a string is
# refused too (`getattr(xs, "sort")`). In an exercise with forbidden
# constructs, the ways to reach a name without writing it are refused as
# well: eval/exec/compile, __import__, getattr and friends, globals()/vars(),
# importlib, builtins, sys, operator, inspect, and attributes like __class__,
# __dict__ or __subclasses__.
#
# Loaded by the type-check helper (checker.py), which answers {"op": "rules"}.
import ast

ESCAPE_NAMES = {"eval", "exec", "compile", "__import__", "globals", "locals", "vars", "getattr", "setattr",
                "delattr", "__builtins__", "breakpoint", "__loader__", "__spec__"}
ESCAPE_MODULES = {"builtins", "importlib", "sys", "operator", "inspect", "ctypes", "gc", "types", "code", "codeop",
                  "runpy", "pickle", "marshal", "copyreg", "imp", "pkgutil", "ast"}
# Special names a learner writes and calls for honest reasons.
HARMLESS_DUNDERS = {"__init__", "__name__", "__doc__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__",
                    "__gt__", "__ge__", "__hash__", "__len__", "__iter__", "__next__", "__contains__", "__getitem__",
                    "__setitem__", "__delitem__", "__call__", "__enter__", "__exit__", "__add__", "__sub__", "__mul__",
                    "__truediv__", "__floordiv__", "__mod__", "__neg__", "__bool__", "__post_init__", "__wrapped__",
                    "__qualname__", "__module__", "__version__", "__main__"}

CONSTRUCT_NODES = {
    "for": (ast.For, ast.AsyncFor),
    "while": (ast.While,),
    "comprehension": (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp),
    "yield": (ast.Yield, ast.YieldFrom),
    "class": (ast.ClassDef,),
    "try": (ast.Try,) + ((ast.TryStar,) if hasattr(ast, "TryStar") else ()),
    "with": (ast.With, ast.AsyncWith),
    "lambda": (ast.Lambda,),
    "raise": (ast.Raise,),
}
LITERAL_NODES = {"dict": (ast.Dict, ast.DictComp), "set": (ast.Set, ast.SetComp), "list": (ast.List, ast.ListComp)}

FORBID_WHY = {
    "for": "a for loop: this exercise asks you to do without one (see the statement)",
    "while": "a while loop: this exercise asks for another way (see the statement)",
    "comprehension": "a comprehension: this exercise asks you to build the result step by step instead",
    "recursion": "recursion: this exercise is about doing it iteratively, with a loop and your own stack if needed",
    "yield": "yield: this exercise asks for a plain function that returns its result",
    "class": "a class: this exercise asks for functions only",
    "try": "try/except: this exercise asks you to check the condition instead",
    "with": "a with statement: not needed here",
    "lambda": "a lambda: write a named function with type hints instead",
    "raise": "raise: this exercise asks you to return a value instead",
}
REQUIRE_WHY = {
    "for": "use a for loop: this exercise practises them",
    "while": "use a while loop: this exercise practises them",
    "comprehension": "use a comprehension: this exercise practises them",
    "recursion": "solve it recursively: the function should call itself",
    "yield": "write a generator: use yield",
    "dataclass": "use @dataclass from dataclasses: this exercise practises them",
    "class": "define a class: this exercise practises them",
    "try": "handle the error with try/except: this exercise practises it",
    "with": "use a with statement: this exercise practises it",
    "decorator": "write and apply a decorator: this exercise practises them",
    "lambda": "use a lambda somewhere: this exercise practises them",
    "raise": "raise an exception where the statement says so",
}


class Rules:
    def __init__(self, forbid, require):
        self.forbid, self.require = list(forbid), list(require)
        self.modules = {r.split(":", 1)[1] for r in self.forbid if r.startswith("import:")}
        self.names = {r.split(":", 1)[1] for r in self.forbid if r.startswith("call:")}
        self.methods = {r.split(":", 1)[1] for r in self.forbid if r.startswith("method:")}
        self.literals = {r.split(":", 1)[1] for r in self.forbid if r.startswith("literal:")}
        self.constructs = [r for r in self.forbid if r in CONSTRUCT_NODES]
        self.guard_escapes = bool(self.forbid)
        self.found = []

    def why_forbidden(self, rule):
        """The teaching message, pointing at what the exercise wants instead when it says."""
        instead = {"for": "while", "while": "for", "comprehension": "for", "recursion": "while"}.get(rule)
        if instead in self.require:
            return "%s: this exercise practises %s loops, so use a %s loop here" % (
                FORBID_WHY[rule].split(":")[0], instead, instead)
        return FORBID_WHY[rule]

    def violation(self, node, rule, message):
        line = getattr(node, "lineno", None)
        key = (line, rule, message)
        if all((v["line"], v["rule"], v["message"]) != key for v in self.found):
            self.found.append({"line": line, "column": (getattr(node, "col_offset", 0) or 0) + 1 if line else None,
                               "rule": rule, "message": message})

    # --- what a name or a dotted path refers to ------------------------------
    def module_of(self, dotted):
        """The forbidden module `dotted` is or lies in, if any."""
        for module in self.modules:
            if dotted == module or dotted.startswith(module + "."):
                return module
        return None

    def check(self, tree):
        aliases = {}  # local name -> the dotted module path it was imported as
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    aliases[(alias.asname or alias.name).split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
                    self.check_import(node, alias.name)
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = node.module + "." + alias.name
                    aliases[alias.asname or alias.name] = full
                    self.check_import(node, node.module, full)
        for node in ast.walk(tree):
            for rule in self.constructs:
                if isinstance(node, CONSTRUCT_NODES[rule]):
                    self.violation(node, rule, self.why_forbidden(rule))
            for literal in self.literals:
                if isinstance(node, LITERAL_NODES.get(literal, ())):
                    self.violation(node, "literal:" + literal, "a %s literal: this exercise builds its own %s, so "
                                   "Python's %s is not allowed" % (literal, "hash table" if literal == "dict" else literal, literal))
            if isinstance(node, ast.Name):
                self.check_name(node, aliases)
            elif isinstance(node, ast.Attribute):
                self.check_attribute(node, aliases)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                self.check_string(node)
        if "recursion" in self.forbid:
            for node in self.recursive_references(tree):
                self.violation(node, "recursion", FORBID_WHY["recursion"])
        self.check_required(tree)
        # Broken lines first, in source order; then what is missing.
        return sorted(self.found, key=lambda v: (v["line"] is None, v["line"] or 0, v["column"] or 0))

    def check_import(self, node, *paths):
        for path in paths:
            module = self.module_of(path)
            if module is not None:
                self.violation(node, "import:" + module, "%s is not allowed here: this exercise is about building it "
                               "yourself" % module)
                return
        if self.guard_escapes and paths[0].split(".")[0] in ESCAPE_MODULES:
            module = paths[0].split(".")[0]
            self.violation(node, "dynamic", "importing %s is not allowed in an exercise with rules: it could reach "
                           "a forbidden name without writing it%s" % (
                               module, " (read input with input(), write with print())" if module == "sys" else ""))

    def check_name(self, node, aliases):
        if node.id in self.names:
            self.violation(node, "call:" + node.id, "%s() is not allowed here: this exercise asks you to do its job "
                           "yourself (even under another name)" % node.id)
        if node.id in aliases:
            module = self.module_of(aliases[node.id])
            if module is not None:
                self.violation(node, "import:" + module, "%s is not allowed here: this exercise is about building "
                               "it yourself" % module)
        if self.guard_escapes and node.id in ESCAPE_NAMES:
            self.violation(node, "dynamic", "%s is not allowed in an exercise with rules: it could reach a "
                           "forbidden name without writing it" % node.id)

    def check_attribute(self, node, aliases):
        if node.attr in self.methods:
            self.violation(node, "method:" + node.attr, ".%s is not allowed here: this exercise asks you to do "
                           "its job yourself" % node.attr)
        path = dotted(node, aliases)
        if path is not None:
            module = self.module_of(path)
            if module is not None:
                self.violation(node, "import:" + module, "%s is not allowed here: this exercise is about building "
                               "it yourself" % module)
        if self.guard_escapes and node.attr.startswith("__") and node.attr.endswith("__") \
                and node.attr not in HARMLESS_DUNDERS:
            self.violation(node, "dynamic", "%s is not allowed in an exercise with rules: it reaches Python's "
                           "internals, where a forbidden name could hide" % node.attr)

    def check_string(self, node):
        text = node.value.strip()
        hidden = [name for name in self.names | self.methods if text == name]
        hidden += [module for module in self.modules if text == module or text.startswith(module + ".")]
        for name in hidden:
            self.violation(node, "dynamic", "the string %r names something this exercise forbids: spelling a "
                           "name as text does not get around the rule" % name)

    # --- recursion: a cycle among the solution's own functions -----------------
    def recursive_references(self, tree):
        functions = {}  # qualified name -> node
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                functions[node.name] = node
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        functions[node.name + "." + item.name] = item
        aliases = {}
        for node in tree.body:  # f2 = f at module level
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id in functions:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        aliases[target.id] = node.value.id
        edges = {}
        for name, function in functions.items():
            owner = name.split(".")[0] if "." in name else None
            found = []
            for node in ast.walk(function):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                    target = aliases.get(node.id, node.id)
                    if target in functions:
                        found.append((target, node))
                    # A nested function of the same name still refers to itself.
                    elif owner is None and node.id == name:
                        found.append((name, node))
                elif isinstance(node, ast.Attribute) and owner is not None and isinstance(node.value, ast.Name) \
                        and node.value.id in ("self", "cls", owner) and owner + "." + node.attr in functions:
                    found.append((owner + "." + node.attr, node))
            edges[name] = found
        on_cycle = set()
        for start in functions:
            seen, stack = set(), [start]
            while stack:
                current = stack.pop()
                for target, _node in edges.get(current, []):
                    if target == start:
                        on_cycle.add(start)
                    if target not in seen:
                        seen.add(target)
                        stack.append(target)
        return [node for name in on_cycle for target, node in edges[name] if target in on_cycle]

    # --- required constructs ---------------------------------------------------
    def check_required(self, tree):
        nodes = list(ast.walk(tree))
        for rule in self.require:
            if rule in CONSTRUCT_NODES:
                present = any(isinstance(node, CONSTRUCT_NODES[rule]) for node in nodes)
            elif rule == "dataclass":
                present = any(isinstance(node, ast.ClassDef) and any(decorator_name(d) == "dataclass"
                                                                     for d in node.decorator_list) for node in nodes)
            elif rule == "decorator":
                present = any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                              and node.decorator_list for node in nodes)
            elif rule == "recursion":
                present = bool(self.recursive_references(tree))
            elif rule.startswith("import:"):
                module = rule.split(":", 1)[1]
                present = any(isinstance(node, ast.Import) and any(a.name == module or a.name.startswith(module + ".")
                                                                   for a in node.names)
                              or isinstance(node, ast.ImportFrom) and node.module
                              and (node.module == module or node.module.startswith(module + ".")) for node in nodes)
            elif rule.startswith("call:"):
                name = rule.split(":", 1)[1]
                present = any(isinstance(node, ast.Call) and (isinstance(node.func, ast.Name) and node.func.id == name
                              or isinstance(node.func, ast.Attribute) and node.func.attr == name) for node in nodes)
            else:
                present = True
            if not present:
                why = REQUIRE_WHY.get(rule) or "use %s: this exercise practises it" % rule.split(":", 1)[1]
                self.found.append({"line": None, "column": None, "rule": rule, "message": why})


def dotted(node, aliases):
    """collections.deque for `collections.deque` or `c.deque` after `import collections as c`."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in aliases:
        return None
    return ".".join([aliases[node.id]] + parts[::-1])


def decorator_name(node):
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else None


def check_rules(source, forbid, require):
    """Violations, in source order: [{"line", "column", "rule", "message"}]. A file that does not
    parse has none here: the compile step reports it."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    return Rules(forbid, require).check(tree)
