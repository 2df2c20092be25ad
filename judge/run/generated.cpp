#include "judge/run/generated.hpp"

#include <cstdlib>

#include "judge/harness/harness.hpp"
#include "judge/run/session.hpp"
#include "judge/util/files.hpp"

namespace judge::run {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string must_read(const fs::path& path) {
  auto text = util::read_file(path);
  if (!text) throw problem::ProblemError(path, "", "cannot be read");
  return *text;
}

// Everything the generated data depends on; a cache entry is used only when
// it was made from exactly this.
std::string key_material(const problem::Problem& problem, const GeneratedOptions& options) {
  std::string key = "judge-generated/v1\n" + options.python + "\n";
  for (const char* name : {"problem.json", "tests.json", "generator.py", "reference.py"}) {
    key += std::string(name) + "\n" + must_read(problem.dir / name) + "\n";
  }
  key += harness::source();
  return key;
}

SessionConfig config_for(const problem::Problem& problem, const GeneratedOptions& options) {
  SessionConfig config;
  config.python = options.python;
  config.request_cpu = std::max(problem.limits.case_time, std::chrono::milliseconds(5000));
  config.request_wall = config.request_cpu * 3;
  config.total_cpu = std::chrono::milliseconds(120000);
  config.memory_bytes = std::max<std::uint64_t>(problem.limits.memory_mb, 512) << 20;
  config.required = options.required;
  return config;
}

[[noreturn]] void failed(const fs::path& file, const std::string& field, Session& session, const Reply& reply) {
  std::string why;
  if (reply.message) {
    const json error = reply.message->value("error", json::object());
    why = error.value("type", "") + ": " + error.value("message", "") + "\n" + error.value("traceback", "");
  } else {
    why = session.finish().message;
  }
  throw problem::ProblemError(file, field, "failed: " + why);
}

bool answered(const Reply& reply) { return reply.message && reply.message->value("ok", false); }

void compute(problem::Problem& problem, const GeneratedOptions& options) {
  const SessionConfig base = config_for(problem, options);
  {
    SessionConfig config = base;
    config.files.push_back({"/box/generator.py", must_read(problem.generator_path()), false});
    Session session(config);
    for (std::size_t i = 0; i < problem.cases.size(); ++i) {
      problem::Case& test = problem.cases[i];
      if (!test.generate) continue;
      json params = *test.generate;
      const auto seed = params["seed"];
      params.erase("seed");
      const Reply reply = session.ask({{"op", "generate"}, {"path", "/box/generator.py"}, {"seed", seed}, {"params", params}},
                                      Phase::work());
      const std::string field = "cases[" + std::to_string(i) + "] (" + test.name + ")";
      if (!answered(reply)) failed(problem.generator_path(), field, session, reply);
      test.input = (*reply.message)["input"];
      if (auto why = problem::why_input_invalid(problem, test.input); !why.empty()) {
        throw problem::ProblemError(problem.generator_path(), field, "made an invalid input: " + why);
      }
    }
  }
  SessionConfig config = base;
  config.files.push_back({"/box/reference.py", must_read(problem.reference_path()), false});
  Session session(config);
  const Reply loaded = session.ask({{"op", "load"}, {"path", "/box/reference.py"}, {"problem", problem.harness_view()}},
                                   Phase::load());
  if (!answered(loaded)) failed(problem.reference_path(), "", session, loaded);
  for (std::size_t i = 0; i < problem.cases.size(); ++i) {
    problem::Case& test = problem.cases[i];
    if (!test.generate) continue;
    const Reply reply = session.ask({{"op", "case"}, {"input", test.input}}, Phase::case_number(i));
    if (!answered(reply)) failed(problem.reference_path(), "cases[" + std::to_string(i) + "] (" + test.name + ")", session, reply);
    json value = (*reply.message)["value"];
    if (problem.compare.prefix_from_return) {
      const auto k = reply.message->value("returned", 0LL);
      if (!value.is_array() || k < 0 || k > static_cast<long long>(value.size())) {
        throw problem::ProblemError(problem.reference_path(), test.name, "returned an impossible k");
      }
      value = json(value.begin(), value.begin() + k);
    }
    test.expected = std::move(value);
  }
}

}  // namespace

fs::path default_cache_dir() { return util::user_dir("XDG_CACHE_HOME", ".cache", "generated"); }

void expand_generated(problem::Problem& problem, const GeneratedOptions& options) {
  bool any = false;
  for (const auto& test : problem.cases) any = any || test.generate.has_value();
  if (!any) return;
  const std::string key = key_material(problem, options);
  const fs::path cache_file =
      options.cache_dir.empty() ? fs::path() : options.cache_dir / (problem.id + "-" + util::fnv1a_hex(key) + ".json");
  if (!cache_file.empty()) {
    if (auto text = util::read_file(cache_file, 256u << 20)) {
      try {
        const json cached = json::parse(*text);
        if (cached.value("key", "") == key) {
          const json& cases = cached.at("cases");
          for (auto& test : problem.cases) {
            if (!test.generate) continue;
            test.input = cases.at(test.name).at("input");
            test.expected = cases.at(test.name).at("expected");
          }
          return;
        }
      } catch (const std::exception&) {
        // A damaged cache entry is rebuilt below.
      }
    }
  }
  compute(problem, options);
  if (cache_file.empty()) return;
  json cases = json::object();
  for (const auto& test : problem.cases) {
    if (test.generate) cases[test.name] = {{"input", test.input}, {"expected", *test.expected}};
  }
  util::write_file_atomically(cache_file, json{{"key", key}, {"cases", cases}}.dump());
}

}  // namespace judge::run
