#include "judge/report/result_json.hpp"

namespace judge::report {

nlohmann::json to_json(const std::vector<sandbox::Protection>& protections) {
  auto list = nlohmann::json::array();
  for (const auto& protection : protections) {
    list.push_back({{"name", protection.name}, {"active", protection.active}, {"detail", protection.detail}});
  }
  return list;
}

nlohmann::json to_json(const sandbox::Result& result, bool include_output) {
  nlohmann::json json{
      {"schema", kSandboxResultSchema},
      {"status", sandbox::to_string(result.status)},
      {"message", result.message},
      {"exit_code", result.exit_code ? nlohmann::json(*result.exit_code) : nlohmann::json(nullptr)},
      {"signal", result.signal ? nlohmann::json(*result.signal) : nlohmann::json(nullptr)},
      {"cpu_ms", result.cpu_ms},
      {"wall_ms", result.wall_ms},
      {"peak_memory_kib", result.peak_memory_kib},
      {"memory_source", sandbox::to_string(result.memory_source)},
      {"stdout_bytes", result.stdout_bytes},
      {"stderr_bytes", result.stderr_bytes},
      {"protections", to_json(result.protections)},
  };
  if (include_output) {
    // Program output is arbitrary bytes; invalid UTF-8 is replaced, not fatal.
    auto text = [](const std::string& bytes) {
      return nlohmann::json(bytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    json["stdout"] = nlohmann::json::parse(text(result.stdout_data));
    json["stderr"] = nlohmann::json::parse(text(result.stderr_data));
  }
  return json;
}

}  // namespace judge::report
