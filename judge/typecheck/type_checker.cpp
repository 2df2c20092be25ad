#include "judge/typecheck/type_checker.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <thread>

#include "judge/run/channel.hpp"
#include "judge/rules/rules_source.hpp"
#include "judge/typecheck/checker_source.hpp"
#include "judge/util/files.hpp"

namespace judge::typecheck {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kHelperChannelFd = 3;
constexpr std::size_t kMaxAnswerBytes = 16u << 20;

template <typename T>
T field(const json& object, const char* key, T fallback) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return fallback;
  try {
    return found->get<T>();
  } catch (const json::exception&) {
    return fallback;
  }
}

TypeCheckResult parse_answer(const json& answer) {
  TypeCheckResult result;
  result.version = field<std::string>(answer, "mypy_version", "");
  result.mode = field<std::string>(answer, "mode", "");
  result.time_ms = field<double>(answer, "time_ms", 0);
  result.function_count = field<std::size_t>(answer, "function_count", 0);
  if (const auto syntax = answer.find("syntax_error"); syntax != answer.end() && syntax->is_object()) {
    result.syntax_error = SyntaxProblem{field<int>(*syntax, "line", 1), field<int>(*syntax, "column", 1),
                                        field<std::string>(*syntax, "message", "invalid syntax")};
  }
  for (const auto& item : answer.value("functions", json::array())) {
    FunctionFinding finding;
    finding.name = field<std::string>(item, "name", "");
    finding.qualname = field<std::string>(item, "qualname", finding.name);
    finding.line = field<int>(item, "line", 0);
    finding.column = field<int>(item, "column", 0);
    finding.missing_params = field<std::vector<std::string>>(item, "missing_params", {});
    finding.missing_return = field<bool>(item, "missing_return", false);
    finding.fix_hint = field<std::string>(item, "fix_hint", "");
    result.functions.push_back(std::move(finding));
  }
  for (const auto& item : answer.value("diagnostics", json::array())) {
    result.diagnostics.push_back({field<int>(item, "line", 0), field<int>(item, "column", 0),
                                  field<std::string>(item, "code", ""), field<std::string>(item, "severity", "error"),
                                  field<std::string>(item, "message", "")});
  }
  // mypy is the reported source of truth; the AST count is the guard that
  // suppressions cannot reach. Either finding a gap means hints are missing.
  // A gap mypy reports at a line the AST count did not list is counted too.
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.code != "no-untyped-def") continue;
    bool listed = false;
    for (const auto& finding : result.functions) listed = listed || finding.line == diagnostic.line;
    if (!listed) {
      FunctionFinding finding;
      finding.name = finding.qualname = "(function at line " + std::to_string(diagnostic.line) + ")";
      finding.line = diagnostic.line;
      finding.column = diagnostic.column;
      finding.missing_return = diagnostic.message.find("return") != std::string::npos;
      result.functions.push_back(std::move(finding));
    }
  }
  result.ok = !result.syntax_error && result.functions.empty();
  return result;
}

}  // namespace

fs::path default_cache_dir() { return util::user_dir("XDG_CACHE_HOME", ".cache", "mypy"); }

// The helper process and its channel; restarted after a failure.
class TypeChecker::Helper {
 public:
  explicit Helper(const CheckerOptions& options) {
    char pattern[] = "/tmp/judge-mypy-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("cannot create a directory for mypy");
    work_ = pattern;
    if (!util::write_file_atomically(work_ / "checker.py", std::string(helper::source())) ||
        !util::write_file_atomically(work_ / "rules.py", std::string(rules::source()))) {
      throw std::runtime_error("cannot write the type-check helper");
    }
    auto channel = run::make_channel();
    judge_end_ = std::move(channel.judge_end);
    const std::string cache = options.cache_dir.empty() ? "" : options.cache_dir.string();
    if (!cache.empty()) fs::create_directories(options.cache_dir);
    const std::string log = (work_ / "helper.log").string();
    const std::string script = (work_ / "checker.py").string();
    const std::string work = work_.string();
    std::vector<std::string> argv{options.python, "-I", "-B", script, work, cache, options.warm ? "warm" : "once"};
    // A clean environment: no PYTHON*, no MYPY*, HOME inside our own directory.
    std::vector<std::string> env{"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=" + work};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, channel.sandbox_end.get(), kHelperChannelFd);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addchdir_np(&actions, work.c_str());
    std::vector<char*> args, envp;
    for (auto& arg : argv) args.push_back(arg.data());
    args.push_back(nullptr);
    for (auto& var : env) envp.push_back(var.data());
    envp.push_back(nullptr);
    const int spawned = ::posix_spawn(&pid_, options.python.c_str(), &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot start " + options.python + ": " + std::strerror(spawned));
  }

  ~Helper() {
    judge_end_.reset();  // end of input: the helper exits by itself
    for (int i = 0; i < 100 && ::waitpid(pid_, nullptr, WNOHANG) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (::waitpid(pid_, nullptr, WNOHANG) == 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    std::error_code ignored;
    fs::remove_all(work_, ignored);
  }

  // The next frame, or a reason there is none.
  json ask(const json& request, std::chrono::milliseconds timeout) {
    run::Channel channel(judge_end_.get(), kMaxAnswerBytes);
    if (!request.is_null() && !channel.send(request)) throw std::runtime_error("the type checker is gone" + log_tail());
    auto received = channel.receive(std::chrono::steady_clock::now() + timeout);
    if (received.message) return *received.message;
    if (received.failure == run::Channel::Failure::timed_out) {
      throw std::runtime_error("mypy took longer than " + std::to_string(timeout.count() / 1000) + " s");
    }
    throw std::runtime_error("the type checker stopped" + log_tail());
  }

 private:
  std::string log_tail() const {
    const auto log = util::read_file(work_ / "helper.log").value_or("");
    return log.empty() ? "" : ": " + log.substr(log.size() > 400 ? log.size() - 400 : 0);
  }

  fs::path work_;
  sandbox::UniqueFd judge_end_;
  pid_t pid_ = -1;
};

TypeChecker::TypeChecker(CheckerOptions options) : options_(std::move(options)) {}

TypeChecker::~TypeChecker() = default;

TypeCheckResult TypeChecker::check(const std::string& source, const json& signatures, bool leetcode_prelude) {
  TypeCheckResult result = check_once(source, signatures, leetcode_prelude);
  if (result.failure.empty() || result.failure.find("took longer") != std::string::npos) return result;
  // One more try with a fresh helper and no shared cache: a damaged cache
  // entry is the usual reason mypy crashes.
  CheckerOptions fresh = options_;
  fresh.cache_dir.clear();
  std::swap(options_, fresh);
  TypeCheckResult retried = check_once(source, signatures, leetcode_prelude);
  std::swap(options_, fresh);
  helper_.reset();
  if (!retried.failure.empty()) retried.failure = result.failure + "; retried without a cache: " + retried.failure;
  return retried;
}

void TypeChecker::start_helper() {
  if (helper_) return;
  helper_ = std::make_unique<Helper>(options_);
  const json ready = helper_->ask(json(), options_.timeout);
  if (!ready.value("ready", false)) throw std::runtime_error("the type checker did not start");
}

RuleCheckResult TypeChecker::check_rules(const std::string& source, const std::vector<std::string>& forbid,
                                         const std::vector<std::string>& require) {
  RuleCheckResult result;
  try {
    start_helper();
    const json answer =
        helper_->ask({{"op", "rules"}, {"source", source}, {"forbid", forbid}, {"require", require}}, options_.timeout);
    if (!answer.value("ok", false)) throw std::runtime_error(field<std::string>(answer, "error", "the rule check failed"));
    for (const auto& item : answer.value("violations", json::array())) {
      RuleViolation violation;
      if (item.contains("line") && item["line"].is_number_integer()) violation.line = item["line"].get<int>();
      if (item.contains("column") && item["column"].is_number_integer()) violation.column = item["column"].get<int>();
      violation.rule = field<std::string>(item, "rule", "");
      violation.message = field<std::string>(item, "message", "");
      result.violations.push_back(std::move(violation));
    }
  } catch (const std::exception& error) {
    helper_.reset();
    result.failure = error.what();
  }
  return result;
}

TypeCheckResult TypeChecker::check_once(const std::string& source, const json& signatures, bool leetcode_prelude) {
  try {
    start_helper();
    const json answer = helper_->ask(
        {{"op", "check"}, {"source", source}, {"signatures", signatures}, {"prelude", leetcode_prelude}}, options_.timeout);
    if (!answer.value("ok", false)) throw std::runtime_error(field<std::string>(answer, "error", "mypy failed"));
    return parse_answer(answer);
  } catch (const std::exception& error) {
    helper_.reset();  // a fresh helper for the next check
    TypeCheckResult failed;
    failed.failure = error.what();
    return failed;
  }
}

}  // namespace judge::typecheck
