#include "judge/run/judge_submission.hpp"

#include <cctype>
#include <cmath>
#include <set>

#include "judge/check/compare.hpp"
#include "judge/run/cpu_pin.hpp"
#include "judge/run/session.hpp"
#include "judge/run/warm_pool.hpp"
#include "judge/util/base64.hpp"
#include "judge/util/files.hpp"

namespace judge::run {
namespace {

using nlohmann::json;
using report::TestResult;
using report::Verdict;

// Prints beyond this, in one case, are an output limit (LeetCode's OLE).
constexpr std::uint64_t kCaseStdoutLimit = 8u << 20;
// Past these, a solution file is not a solution.
constexpr std::size_t kMaxSourceBytes = 1u << 20;

std::string sandbox_name(const std::string& file_name) {
  std::string name;
  for (char c : file_name) {
    const bool plain = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
    name += plain ? c : '_';
  }
  if (name.empty() || name.front() == '.' || name.size() < 4 || name.substr(name.size() - 3) != ".py") name += ".py";
  return name;
}

bool answer_is_double(const problem::Problem& problem) {
  const problem::ValueType* type = &problem.method.returns;
  if (problem.compare.paramindex) type = &problem.method.params[*problem.compare.paramindex].type;
  return type->innermost().scalar == problem::Scalar::double_number;
}

// From the way the process ended, while a case (or the load) was running.
struct Ending {
  Verdict verdict = Verdict::IE;
  std::string message;
};

Ending ending_of(const sandbox::Result& result, const std::optional<Stop>& stop, int phase) {
  using sandbox::Status;
  if (stop && stop->phase == phase && stop->limit != Stop::Limit::requested) {
    return {Verdict::TLE, result.message};
  }
  switch (result.status) {
    case Status::cpu_time_limit:
    case Status::wall_time_limit: return {Verdict::TLE, "the whole run's " + result.message};
    case Status::memory_limit: return {Verdict::MLE, result.message};
    case Status::output_limit: return {Verdict::OLE, result.message};
    case Status::syscall_violation: return {Verdict::RE, "the solution made a forbidden system call (it was killed)"};
    case Status::ok:
    case Status::exited_nonzero:
      return {Verdict::RE, "the program ended before answering (exit code " +
                               std::to_string(result.exit_code.value_or(0)) + ")"};
    case Status::signalled: return {Verdict::RE, "the program was " + result.message};
    case Status::stopped: return {Verdict::RE, result.message};
    case Status::setup_error:
    case Status::internal_error: break;
  }
  return {Verdict::IE, "the judge failed: " + result.message};
}

class Judging {
 public:
  Judging(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options)
      : problem_(problem), options_(options), name_(sandbox_name(submission.file_name)), source_(submission.source),
        source_base64_(util::base64_encode(submission.source)) {
    for (std::size_t i = 0; i < problem.cases.size(); ++i) {
      if (!options.samples_only || problem.cases[i].sample) selected_.push_back(i);
    }
    report_ = report_skeleton(problem, submission, options);
    for (const auto& method : problem.methods) {
      if (method.returns.innermost().scalar == problem::Scalar::double_number) double_methods_.insert(method.name);
    }
  }

  report::Report run() {
    const auto started = std::chrono::steady_clock::now();
    if (source_.size() > kMaxSourceBytes) {
      submission_failed(Verdict::CE, "the solution is larger than 1 MiB");
    } else {
      std::size_t next = 0;
      while (next < selected_.size() && !stopped_) next = run_session(next);
      if (!pending_checks_.empty()) run_checker();
    }
    finish_report();
    report_.total_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return std::move(report_);
  }

 private:
  SessionConfig session_config() const {
    SessionConfig config;
    config.python = options_.python;
    config.request_cpu = problem_.limits.case_time;
    config.request_wall = problem_.limits.case_time * 3 + std::chrono::seconds(1);
    config.total_cpu = std::max(std::chrono::milliseconds(100), problem_.limits.total_time - used_cpu_) +
                       problem_.limits.case_time;  // room for loading
    config.memory_bytes = problem_.limits.memory_mb << 20;
    config.required = options_.required;
    return config;
  }

  // Runs cases from selected_[next] in one process; returns where to go on.
  std::size_t run_session(std::size_t next) {
    // This thread and the interpreter share one CPU (cpu_pin.hpp): a session
    // started here inherits the pin, a warm one pins itself on "load".
    const CpuPin pin;
    std::unique_ptr<Session> started =
        options_.warm != nullptr ? options_.warm->take(session_config()) : std::make_unique<Session>(session_config());
    Session& session = *started;
    ++report_.processes;
    // The source goes with the request (base64: bytes, exactly), so a warm
    // interpreter started before this submission existed can load it.
    json load = {{"op", "load"}, {"path", "/box/" + name_}, {"source_base64", source_base64_},
                 {"problem", problem_.harness_view()}};
    if (options_.warm != nullptr && pin.cpu() >= 0) load["cpu"] = pin.cpu();
    const Reply loaded = session.ask(load, Phase::load());
    if (!loaded.message) {
      const auto ended = ending_for(session, Phase::load().index);
      submission_failed(ended.verdict, "while loading the solution: " + ended.message);
      return selected_.size();
    }
    if (!(*loaded.message)["ok"].is_boolean() || !(*loaded.message)["ok"].get<bool>()) {
      try {
        load_failed(*loaded.message);
      } catch (const json::exception&) {
        submission_failed(Verdict::RE, "while loading the solution: the program wrote something that is not an answer "
                                       "to the judge's channel");
      }
      account(session.finish());
      return selected_.size();
    }
    for (; next < selected_.size(); ++next) {
      const problem::Case& test = problem_.cases[selected_[next]];
      const Reply reply = session.ask({{"op", "case"}, {"input", test.input}}, Phase::case_number(next));
      TestResult result = base_result(test, reply.wall_ms);
      result.cpu_ms = reply.cpu_ms;
      if (!reply.message) {
        Ending ended;
        if (reply.failure == Channel::Failure::too_large) {
          session.kill();
          account(session.finish());
          ended = {Verdict::OLE, "the answer is larger than " + std::to_string(kAnswerLimitMiB) + " MiB"};
        } else if (reply.failure == Channel::Failure::malformed) {
          session.kill();
          account(session.finish());
          ended = {Verdict::RE, "the program wrote something that is not an answer to the judge's channel"};
        } else if (const auto late = session.stop(); late && late->limit != Stop::Limit::requested &&
                                                       late->phase >= 0 && !report_.tests.empty() &&
                                                       static_cast<std::size_t>(late->phase) + 1 == next) {
          // The previous case reached its limit just as its answer came in,
          // and the stop landed on this request: the previous case is the
          // TLE, and this one runs again in a fresh interpreter.
          const sandbox::Result ended_late = session.finish();
          account(ended_late);
          const std::size_t previous = report_.tests.size() - 1;
          std::erase_if(pending_checks_, [previous](const auto& pending) { return pending.result_index == previous; });
          TestResult& earlier = report_.tests[previous];
          earlier.got.reset();
          set(earlier, Verdict::TLE, ended_late.message);
          return options_.fail_fast ? selected_.size() : next;
        } else {
          ended = ending_for(session, static_cast<int>(next));
        }
        set(result, ended.verdict, ended.message);
        record(std::move(result));
        return options_.fail_fast ? selected_.size() : next + 1;
      }
      try {
        score_answer(test, *reply.message, result);
      } catch (const json::exception&) {
        // Fields of the wrong type: the solution wrote this frame, not the harness.
        set(result, Verdict::RE, "the program wrote something that is not an answer to the judge's channel");
      }
      const bool failed = result.verdict != Verdict::AC;
      record(std::move(result));
      if (failed && options_.fail_fast) {
        stopped_ = true;
        break;
      }
    }
    // Every answer is in: with a pool to reap it, the process's exit is not
    // waited for (WarmPool::retire).
    if (options_.warm != nullptr) {
      if (auto ended = session.hang_up()) {
        account(*ended);
        options_.warm->retire(std::move(started));
        return selected_.size();
      }
    }
    account(session.finish());
    return selected_.size();
  }

  Ending ending_for(Session& session, int phase) {
    const sandbox::Result ended = session.finish();
    account(ended);
    return ending_of(ended, session.stop(), phase);
  }

  void account(const sandbox::Result& result) {
    used_cpu_ += std::chrono::milliseconds(result.cpu_ms);
    report_.protections = result.protections;
    report_.peak_memory_kib = std::max(report_.peak_memory_kib, result.peak_memory_kib);
    if (result.status == sandbox::Status::setup_error || result.status == sandbox::Status::internal_error) {
      if (report_.tests.empty() && !report_.compile_error) submission_failed(Verdict::IE, "the judge failed: " + result.message);
    }
  }

  TestResult base_result(const problem::Case& test, double wall_ms) const {
    TestResult result;
    result.name = test.name;
    result.sample = test.sample;
    result.hidden = !test.sample;
    result.stress = test.stress;
    result.time_ms = std::round(wall_ms * 100) / 100;
    if (visible(test)) {
      result.input = test.input;
      result.expected = test.expected;
    }
    return result;
  }

  bool visible(const problem::Case& test) const { return test.sample || problem_.reveal_hidden; }

  void set(TestResult& result, Verdict verdict, std::string message) const {
    result.verdict = verdict;
    result.message = std::move(message);
    if (verdict == Verdict::TLE && result.stress && !problem_.time_complexity.empty()) {
      result.message += ". This is a stress case: the intended solution is " + problem_.time_complexity +
                        (problem_.too_slow.empty() ? "" : "; " + problem_.too_slow + " is too slow");
    }
  }

  void score_answer(const problem::Case& test, const json& answer, TestResult& result) {
    const bool show = visible(test);
    if (answer.contains("maxrss_kb") && answer["maxrss_kb"].is_number_unsigned()) {
      result.memory_kb = answer["maxrss_kb"].get<std::uint64_t>();
    }
    if (answer.contains("stdout_bytes") && answer["stdout_bytes"].is_number_unsigned()) {
      result.stdout_bytes = answer["stdout_bytes"].get<std::uint64_t>();
    }
    if (show && answer.contains("stdout") && answer["stdout"].is_string()) result.stdout_text = answer["stdout"].get<std::string>();
    if (result.stdout_bytes > kCaseStdoutLimit) {
      set(result, Verdict::OLE, "the solution printed more than 8 MiB in one case");
      return;
    }
    const json ok = answer.value("ok", json());
    if (!ok.is_boolean()) {
      set(result, Verdict::RE, "the program wrote something that is not an answer to the judge's channel");
      return;
    }
    if (!ok.get<bool>()) {
      const json error = answer.value("error", json::object());
      const std::string type = error.value("type", "Error");
      const std::string text = error.value("message", "");
      json shown = {{"type", type}, {"line", error.value("line", json())}};
      if (show) {
        shown["message"] = text;
        shown["traceback"] = error.value("traceback", "");
      }
      result.error = shown;
      if (type == "BadAnswer") {
        set(result, Verdict::WA, show ? "the answer is not a valid value: " + text : "the answer is not a valid value");
      } else if (type == "MemoryError") {
        set(result, Verdict::MLE, "MemoryError: the solution ran out of memory");
      } else {
        std::string where = error.value("line", json()).is_number_integer()
                                ? " at line " + std::to_string(error["line"].get<int>()) : "";
        set(result, Verdict::RE, type + where + (show && !text.empty() ? ": " + text : ""));
      }
      return;
    }
    check::Answer got{answer.value("value", json()), std::nullopt};
    if (answer.contains("returned")) got.returned = answer["returned"];
    if (show) result.got = got.value;
    if (problem_.compare.mode == problem::CompareMode::checker) {
      // Decided after the run, by checker.py in a sandbox of its own.
      pending_checks_.push_back({report_.tests.size(), &test, got.value});
      set(result, Verdict::AC, "");
      return;
    }
    check::CompareContext context{problem_.compare, answer_is_double(problem_),
                                  problem_.design ? &test.input["operations"] : nullptr};
    context.double_methods = &double_methods_;
    const auto comparison = check::compare(context, *test.expected, got);
    if (comparison.equal) {
      set(result, Verdict::AC, "");
    } else {
      set(result, Verdict::WA, show ? comparison.why : "wrong answer on a hidden test");
    }
  }

  void record(TestResult result) { report_.tests.push_back(std::move(result)); }

  // Answers of a checker problem, judged by its checker.py: a separate
  // sandboxed process that sees expected outputs but no solution code.
  void run_checker() {
    SessionConfig config;
    config.python = options_.python;
    config.files.push_back({"/box/checker.py", util::read_file(problem_.checker_path()).value_or(""), false});
    config.request_cpu = std::chrono::seconds(10);
    config.request_wall = std::chrono::seconds(30);
    config.total_cpu = std::chrono::seconds(120);
    config.required = options_.required;
    Session session(config);
    ++report_.processes;
    for (const auto& pending : pending_checks_) {
      const Reply reply = session.ask({{"op", "check"}, {"path", "/box/checker.py"}, {"input", pending.test->input},
                                       {"expected", pending.test->expected.value_or(json())}, {"got", pending.got}},
                                      Phase::work());
      TestResult& result = report_.tests[pending.result_index];
      if (!reply.message || !reply.message->value("ok", false)) {
        const std::string why = reply.message ? reply.message->value("error", json::object()).value("message", "")
                                              : session.finish().message;
        submission_failed(Verdict::IE, "the problem's checker.py failed: " + why);
        return;
      }
      if (!reply.message->value("accepted", false)) {
        const std::string why = reply.message->value("message", "");
        set(result, Verdict::WA, visible(*pending.test) ? (why.empty() ? "the checker rejected the answer" : why)
                                                        : "wrong answer on a hidden test");
      }
    }
  }

  void load_failed(const json& answer) {
    const std::string stage = answer.value("stage", "load");
    json error = answer.value("error", json::object());
    error["kind"] = answer.value("kind", "");
    error["stage"] = stage;
    report_.compile_error = error;
    const std::string text = error.value("message", "");
    if (stage == "compile") {
      submission_failed(Verdict::CE, error.value("type", "") + (text.empty() ? "" : ": " + text));
    } else {
      submission_failed(Verdict::RE, "while loading the solution: " + error.value("type", "") + ": " + text);
    }
  }

  void submission_failed(Verdict verdict, std::string message) {
    if (submission_verdict_) return;
    submission_verdict_ = verdict;
    report_.message = std::move(message);
    stopped_ = true;
  }

  void finish_report() {
    for (std::size_t i = 0; i < report_.tests.size(); ++i) {
      if (report_.tests[i].verdict == Verdict::AC) {
        ++report_.passed;
      } else if (!report_.first_failure) {
        report_.first_failure = i;
      }
    }
    if (submission_verdict_) {
      report_.verdict = *submission_verdict_;
    } else if (report_.first_failure) {
      const TestResult& failure = report_.tests[*report_.first_failure];
      report_.verdict = failure.verdict;
      report_.message = "test \"" + failure.name + "\": " + failure.message;
    } else if (report_.passed == report_.total) {
      report_.verdict = Verdict::AC;
      report_.message = "all " + std::to_string(report_.total) + " tests passed";
    } else {
      report_.verdict = Verdict::IE;
      report_.message = "the judge stopped before every test had run";
    }
  }

  static constexpr std::size_t kAnswerLimitMiB = 64;
  const problem::Problem& problem_;
  const JudgeOptions& options_;
  std::string name_;
  const std::string& source_;
  const std::string source_base64_;
  std::vector<std::size_t> selected_;
  report::Report report_;
  std::chrono::milliseconds used_cpu_{0};
  std::optional<Verdict> submission_verdict_;
  struct PendingCheck {
    std::size_t result_index;
    const problem::Case* test;
    json got;
  };
  std::vector<PendingCheck> pending_checks_;
  std::set<std::string> double_methods_;  // design methods answering doubles
  bool stopped_ = false;
};

}  // namespace

report::Report report_skeleton(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options) {
  report::Report report;
  report.problem = {problem.id, problem.title, problem.pattern, problem.difficulty};
  report.solution_file = submission.file_name;
  report.mode = options.samples_only ? "sample" : "full";
  for (const auto& test : problem.cases) report.total += !options.samples_only || test.sample ? 1 : 0;
  report.judge_version = options.judge_version;
  report.limits = {{"case_time_ms", problem.limits.case_time.count()},
                   {"total_time_ms", problem.limits.total_time.count()},
                   {"memory_mb", problem.limits.memory_mb}};
  report.isolation = std::string(sandbox::to_string(sandbox::capabilities()->level()));
  return report;
}

report::Report judge_submission(const problem::Problem& problem, const Submission& submission,
                                const JudgeOptions& options) {
  try {
    return Judging(problem, submission, options).run();
  } catch (const std::exception& error) {
    report::Report failed = report_skeleton(problem, submission, options);
    failed.verdict = report::Verdict::IE;
    failed.message = std::string("the judge failed: ") + error.what();
    return failed;
  }
}

}  // namespace judge::run
