#include "judge/problem/starter.hpp"

#include "judge/util/files.hpp"

namespace judge::problem {
namespace {

std::string python_def(const Method& method, const std::string& returns, const std::string& indent) {
  std::string text = indent + "def " + method.name + "(self";
  for (const auto& param : method.params) text += ", " + param.name + ": " + param.type.python_annotation();
  return text + ") -> " + returns + ":\n";
}

bool uses(const Problem& problem, Scalar scalar) {
  auto in = [scalar](const ValueType& type) { return type.innermost().scalar == scalar; };
  bool found = in(problem.method.returns);
  for (const auto& param : problem.method.params) found = found || in(param.type);
  for (const auto& method : problem.methods) {
    found = found || in(method.returns);
    for (const auto& param : method.params) found = found || in(param.type);
  }
  return found;
}

std::string roadmap_starter(const Problem& problem) {
  std::string text = "# " + problem.title + " (" + problem.id + ")\n# Judge it with: judge submit " + problem.id +
                     ".py\n# Every function needs type hints.\n";
  if (problem.call == "program") return text + "\n# Read the input with input() and print the answer.\n";
  std::string def = "\n\ndef " + problem.method.name + "(";
  for (std::size_t i = 0; i < problem.method.params.size(); ++i) {
    const auto& param = problem.method.params[i];
    def += (i ? ", " : "") + param.name + ": " + param.type.python_annotation();
  }
  const bool iterator = problem.method.returns.iterator;
  text += iterator ? "from typing import Iterator, List\n" : "from typing import List\n";
  return text + def + ") -> " + problem.method.returns.python_annotation() +
         ":\n    raise NotImplementedError(\"your solution here\")\n";
}

}  // namespace

std::string starter_source(const Problem& problem) {
  // A problem may give its own (a driver's exercise: a class, a decorator...).
  if (const auto own = util::read_file(problem.starter_path())) return *own;
  if (problem.call != "method") return roadmap_starter(problem);
  std::string text = "# " + problem.title + " (" + problem.id + ")";
  if (!problem.time_complexity.empty()) text += ": aim for " + problem.time_complexity + " time";
  text += "\n# Judge it with: judge submit " + problem.id + ".py\nfrom typing import List, Optional\n\n";
  if (uses(problem, Scalar::list_node)) {
    text += "# ListNode is provided by the judge, as on LeetCode:\n"
            "# class ListNode:\n#     def __init__(self, val: int = 0, next: Optional[ListNode] = None) -> None: ...\n\n";
  }
  if (uses(problem, Scalar::tree_node)) {
    text += "# TreeNode is provided by the judge, as on LeetCode:\n"
            "# class TreeNode:\n#     def __init__(self, val: int = 0, left: Optional[TreeNode] = None,\n"
            "#                  right: Optional[TreeNode] = None) -> None: ...\n\n";
  }
  if (uses(problem, Scalar::graph_node)) {
    text += "# Node is provided by the judge, as on LeetCode:\n"
            "# class Node:\n#     def __init__(self, val: int = 0, neighbors: Optional[List[Node]] = None) -> None: ...\n\n";
  }
  // A body that raises keeps the starter valid Python and clean for mypy
  // (`pass` or `...` would be a missing return); submitting it untouched is
  // an RE that names NotImplementedError, which e2e tests rely on.
  const std::string body = "        raise NotImplementedError(\"your solution here\")\n";
  text += "\nclass " + problem.class_name + ":\n";
  if (problem.design) {
    text += python_def(problem.method, "None", "    ") + body;
    for (const auto& method : problem.methods) text += "\n" + python_def(method, method.returns.python_annotation(), "    ") + body;
  } else {
    text += python_def(problem.method, problem.method.returns.python_annotation(), "    ") + body;
  }
  return text;
}

}  // namespace judge::problem
