#include "judge/typecheck/type_check.hpp"

namespace judge::typecheck {

std::size_t TypeCheckResult::error_count() const {
  std::size_t count = 0;
  for (const auto& diagnostic : diagnostics) count += diagnostic.severity == "error" ? 1 : 0;
  return count;
}

nlohmann::json to_json(const TypeCheckResult& result) {
  nlohmann::json functions = nlohmann::json::array();
  for (const auto& f : result.functions) {
    functions.push_back({{"name", f.name}, {"qualname", f.qualname}, {"line", f.line}, {"column", f.column},
                         {"missing_params", f.missing_params}, {"missing_return", f.missing_return},
                         {"fix_hint", f.fix_hint}});
  }
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const auto& d : result.diagnostics) {
    diagnostics.push_back({{"line", d.line}, {"column", d.column}, {"code", d.code}, {"severity", d.severity},
                           {"message", d.message}});
  }
  nlohmann::json syntax = nullptr;
  if (result.syntax_error) {
    syntax = {{"line", result.syntax_error->line}, {"column", result.syntax_error->column},
              {"message", result.syntax_error->message}};
  }
  return {{"tool", result.tool},
          {"version", result.version},
          {"mode", result.mode},
          {"ok", result.ok},
          {"missing_annotations", result.missing_annotations()},
          {"function_count", result.function_count},
          {"functions", functions},
          {"diagnostics", diagnostics},
          {"syntax_error", syntax},
          {"time_ms", result.time_ms},
          {"failure", result.failure.empty() ? nlohmann::json(nullptr) : nlohmann::json(result.failure)}};
}

nlohmann::json to_json(const RuleViolation& violation) {
  auto maybe = [](const std::optional<int>& value) { return value ? nlohmann::json(*value) : nlohmann::json(nullptr); };
  return {{"line", maybe(violation.line)}, {"column", maybe(violation.column)}, {"rule", violation.rule},
          {"message", violation.message}};
}

}  // namespace judge::typecheck
