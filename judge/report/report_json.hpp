// The report as JSON (schema: docs/schemas/report.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "judge/report/report.hpp"

namespace judge::report {

inline constexpr const char* kReportSchema = "judge.report/v1";

nlohmann::json to_json(const Report& report);

}  // namespace judge::report
