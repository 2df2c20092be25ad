// The sandbox Result as JSON (schema: docs/schemas/sandbox-result.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "sandbox/result.hpp"

namespace judge::report {

inline constexpr const char* kSandboxResultSchema = "judge.sandbox-result/v1";

nlohmann::json to_json(const sandbox::Result& result, bool include_output);
nlohmann::json to_json(const std::vector<sandbox::Protection>& protections);

}  // namespace judge::report
