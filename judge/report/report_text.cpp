#include "judge/report/report_text.hpp"

#include <sstream>

#include "judge/check/compare.hpp"

namespace judge::report {
namespace {

using nlohmann::json;

constexpr std::size_t kShownWidth = 200;
constexpr std::size_t kShownStdoutLines = 20;

struct Paint {
  bool on;
  std::string operator()(const std::string& text, const char* code) const {
    return on ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  }
};

const char* color_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::AC: return "1;32";
    case Verdict::WA:
    case Verdict::RE:
    case Verdict::CE:
    case Verdict::RV: return "1;31";
    case Verdict::IE: return "1;35";
    default: return "1;33";
  }
}

struct TreeNodeView {
  json value;
  int left = -1;
  int right = -1;
};

void draw(const std::vector<TreeNodeView>& nodes, int index, const std::string& prefix, bool last, bool root,
          std::string& out, int& budget) {
  if (--budget < 0) return;
  out += root ? "" : prefix + (last ? "└── " : "├── ");
  out += index < 0 ? "·" : nodes[index].value.dump();
  out += "\n";
  if (index < 0 || (nodes[index].left < 0 && nodes[index].right < 0)) return;
  const std::string inner = root ? "" : prefix + (last ? "    " : "│   ");
  draw(nodes, nodes[index].left, inner, false, false, out, budget);
  draw(nodes, nodes[index].right, inner, true, false, out, budget);
}

std::string indent(const std::string& text, const std::string& pad) {
  std::string out;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) out += pad + line + "\n";
  return out;
}

const problem::ValueType* answer_type(const problem::Problem* problem) {
  if (problem == nullptr || problem->design) return nullptr;
  if (problem->compare.paramindex) return &problem->method.params[*problem->compare.paramindex].type;
  return &problem->method.returns;
}

bool is_tree(const problem::ValueType* type) {
  return type != nullptr && !type->is_list() && type->scalar == problem::Scalar::tree_node;
}

std::string shown_value(const json& value, const problem::ValueType* type, const std::string& pad) {
  std::string text = check::brief(value, kShownWidth);
  if (is_tree(type) && value.is_array() && !value.empty() && value.size() <= 31) {
    text += "\n" + indent(draw_tree(value), pad);
    text.pop_back();
  }
  return text;
}

void failure_details(std::ostringstream& out, const TestResult& test, const problem::Problem* problem, const Paint& paint) {
  if (test.hidden && !test.input) {
    out << "  (a hidden test: its input and expected output stay private)\n";
  }
  if (test.input && test.input->is_object()) {
    out << "  " << paint("Input:   ", "1") << " ";
    bool first = true;
    for (const auto& [name, value] : test.input->items()) {
      const problem::ValueType* type = nullptr;
      if (problem != nullptr) {
        for (const auto& param : problem->method.params) {
          if (param.name == name) type = &param.type;
        }
      }
      out << (first ? "" : ", ") << name << " = " << shown_value(value, type, "             ");
      first = false;
    }
    out << "\n";
  }
  const problem::ValueType* type = answer_type(problem);
  if (test.expected) out << "  " << paint("Expected:", "1") << " " << shown_value(*test.expected, type, "             ") << "\n";
  if (test.got) out << "  " << paint("Got:     ", "1") << " " << shown_value(*test.got, type, "             ") << "\n";
  if (!test.message.empty()) out << "  " << paint("Why:     ", "1") << " " << test.message << "\n";
  if (test.error && test.error->contains("traceback") && !(*test.error)["traceback"].get<std::string>().empty()) {
    out << "  " << paint("Traceback (your code):", "1") << "\n" << indent((*test.error)["traceback"].get<std::string>(), "    ");
  }
  if (test.stdout_text && !test.stdout_text->empty()) {
    out << "  " << paint("Your output (print):", "1") << "\n";
    std::istringstream lines(*test.stdout_text);
    std::string line;
    std::size_t shown = 0;
    while (std::getline(lines, line) && shown < kShownStdoutLines) {
      out << "    | " << line << "\n";
      ++shown;
    }
    if (test.stdout_bytes > test.stdout_text->size() || shown == kShownStdoutLines) out << "    | ... (more)\n";
  }
}

void type_hints_section(std::ostringstream& out, const typecheck::TypeCheckResult& check, bool errors_fail,
                        const Paint& paint) {
  if (!check.failure.empty()) {
    out << "\n" << paint("Type hints: not checked", "1;35") << " (the type checker failed: " << check.failure << ")\n";
    return;
  }
  if (check.syntax_error) return;  // the compile error above says it all
  if (check.ok) {
    out << "\n" << paint("✔ Type hints: every function is annotated", "32") << " (" << check.tool << " " << check.version
        << ", " << check.function_count << " function" << (check.function_count == 1 ? "" : "s") << ")\n";
  } else {
    out << "\n" << paint("✘ Type hints: " + std::to_string(check.missing_annotations()) + " of " +
                              std::to_string(std::max(check.function_count, check.missing_annotations())) +
                              " functions need annotations",
                          "1;31")
        << " (type hints on every function, always)\n";
    for (const auto& finding : check.functions) {
      std::string missing;
      for (const auto& param : finding.missing_params) missing += (missing.empty() ? "parameter " : ", ") + param;
      if (finding.missing_return) missing += missing.empty() ? "return type" : ", return type";
      out << "  line " << finding.line << "  " << finding.qualname << ": " << missing << "\n";
      if (!finding.fix_hint.empty()) out << "      fix: " << finding.fix_hint << "\n";
    }
  }
  std::size_t shown = 0;
  for (const auto& diagnostic : check.diagnostics) {
    if (diagnostic.code == "no-untyped-def") continue;
    if (shown++ == 0) {
      out << (errors_fail ? "  mypy's type errors (they count for this problem):\n"
                                      : "  mypy also says (worth a look, not counted):\n");
    }
    if (shown > 10) {
      out << "    ...\n";
      break;
    }
    out << "    line " << diagnostic.line << ":" << diagnostic.column << " " << diagnostic.severity << ": "
        << diagnostic.message << (diagnostic.code.empty() ? "" : "  [" + diagnostic.code + "]") << "\n";
  }
}

}  // namespace

std::string type_hints_text(const typecheck::TypeCheckResult& check, bool errors_fail, TextStyle style) {
  std::ostringstream out;
  type_hints_section(out, check, errors_fail, Paint{style.color});
  return out.str();
}

std::string draw_tree(const json& level_order) {
  std::vector<TreeNodeView> nodes;
  if (!level_order.is_array() || level_order.empty() || level_order[0].is_null()) return "(empty tree)\n";
  nodes.push_back({level_order[0]});
  std::size_t parent = 0;
  for (std::size_t i = 1; i < level_order.size(); i += 2) {
    while (parent < nodes.size() && nodes[parent].value.is_null()) ++parent;
    if (parent >= nodes.size()) break;
    for (std::size_t side = 0; side < 2 && i + side < level_order.size(); ++side) {
      if (level_order[i + side].is_null()) continue;
      nodes.push_back({level_order[i + side]});
      (side == 0 ? nodes[parent].left : nodes[parent].right) = static_cast<int>(nodes.size() - 1);
    }
    ++parent;
  }
  std::string out;
  int budget = 64;
  draw(nodes, 0, "", true, true, out, budget);
  return out;
}

std::string to_text(const Report& report, const problem::Problem* problem, TextStyle style) {
  const Paint paint{style.color};
  std::ostringstream out;
  const bool accepted = report.verdict == Verdict::AC;
  out << paint(std::string(accepted ? "✔ " : "✘ ") + std::string(describe(report.verdict)), color_of(report.verdict))
      << "  " << report.problem.id << (report.mode == "sample" ? " (sample tests only)" : "") << "\n";
  out << "  " << report.passed << "/" << report.total << " tests passed, score " << report.score << "/"
      << report.max_score;
  if (report.breakdown.type_hints_max > 0) {
    out << " (tests " << report.breakdown.tests << "/" << report.breakdown.tests_max << ", type hints "
        << report.breakdown.type_hints << "/" << report.breakdown.type_hints_max << ")";
  }
  out << "\n";
  if (!accepted && !report.message.empty()) out << "  " << report.message << "\n";
  if (accepted && report.type_check && report.type_check->failure.empty() && !report.type_check->ok) {
    out << "  " << paint("Not done yet:", "1;31") << " the tests pass, but type hints are missing (below)\n";
  }
  if (report.compile_error) {
    const json& error = *report.compile_error;
    if (error.contains("traceback") && error["traceback"].is_string() && !error["traceback"].get<std::string>().empty()) {
      out << indent(error["traceback"].get<std::string>(), "    ");
    }
  }
  if (!report.rule_violations.empty()) {
    out << "\n" << paint("This exercise's rules:", "1") << "\n";
    for (const auto& violation : report.rule_violations) {
      out << "  " << (violation.line ? "line " + std::to_string(*violation.line) + ": " : std::string()) << violation.message
          << " [" << violation.rule << "]\n";
    }
  }
  if (report.first_failure) {
    const TestResult& failure = report.tests[*report.first_failure];
    out << "\n" << paint("First failing test: " + failure.name, "1") << " (" << to_string(failure.verdict) << ")\n";
    failure_details(out, failure, problem, paint);
  }
  if (report.type_check) type_hints_section(out, *report.type_check, report.type_errors_fail, paint);
  if (!report.tests.empty()) {
    out << "\nTests:\n";
    for (const auto& test : report.tests) {
      std::ostringstream time;
      time.precision(1);
      time << std::fixed << test.time_ms;
      out << "  " << paint(std::string(to_string(test.verdict)), color_of(test.verdict))
          << std::string(5 - std::min<std::size_t>(4, to_string(test.verdict).size()), ' ') << test.name
          << (test.sample ? " (sample)" : "") << (test.stress ? " (stress)" : "") << "  " << time.str() << " ms\n";
    }
  }
  return out.str();
}

}  // namespace judge::report
