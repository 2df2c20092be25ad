// `judge worker --redis redis://host:6379`: judges submissions from the
// Redis stream until SIGTERM, then finishes the jobs in hand and exits.
#include <unistd.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/cli/signals.hpp"
#include "judge/problem/catalog.hpp"
#include "judge/service/redis_worker.hpp"

namespace judge::cli {
namespace {

struct WorkerCliOptions {
  std::string redis;
  std::size_t jobs = 0;
  std::string consumer;
  double claim_idle_s = 60;
  int max_deliveries = 3;
  long result_ttl_s = 86400;
  bool no_typecheck = false;
  std::string problems_dir;
  std::string python;
};

std::string default_consumer() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return std::string(host) + "-" + std::to_string(::getpid());
}

int work(const WorkerCliOptions& options) {
  SignalWaiter signals;
  std::atomic<bool> stopping{false};
  signals.on_signal([&stopping](int) {
    std::cerr << "judge worker: stopping: finishing the jobs in hand" << std::endl;
    stopping = true;
  });
  const std::size_t jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  service::Engine engine({problem::Catalog::default_root(options.problems_dir), resolve_python(options.python),
                          JUDGE_VERSION, sandbox::IsolationLevel::minimal, jobs});
  service::Metrics metrics;
  service::Callbacks callbacks;
  const std::string consumer = options.consumer.empty() ? default_consumer() : options.consumer;
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < jobs; ++i) {
    service::WorkerOptions worker;
    worker.redis = service::RedisSettings::from_url(options.redis);
    worker.consumer = consumer + "-" + std::to_string(i);
    worker.claim_idle = std::chrono::milliseconds(static_cast<long>(options.claim_idle_s * 1000));
    worker.max_deliveries = options.max_deliveries;
    worker.result_ttl_seconds = options.result_ttl_s;
    worker.typecheck = !options.no_typecheck;
    threads.emplace_back([&, worker] { service::RedisWorker(engine, worker, metrics, callbacks, stopping).run(); });
  }
  std::cerr << "judge worker: " << jobs << " consumer(s) " << consumer << "-* on " << options.redis << std::endl;
  for (auto& thread : threads) thread.join();
  callbacks.drain();
  return kExitOk;
}

}  // namespace

void add_worker_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<WorkerCliOptions>();
  CLI::App* command = app.add_subcommand("worker", "Judge submissions from a Redis stream");
  command->add_option("--redis", options->redis, "redis://[:password@]HOST:PORT[/DB]")->required();
  command->add_option("--jobs,-j", options->jobs, "Submissions judged at once (default: the core count)");
  command->add_option("--consumer", options->consumer, "Consumer name prefix (default: HOST-PID)");
  command->add_option("--claim-idle", options->claim_idle_s, "Seconds before a silent worker's job is taken over")
      ->capture_default_str();
  command->add_option("--max-deliveries", options->max_deliveries, "Deliveries before a job is set aside")
      ->capture_default_str();
  command->add_option("--result-ttl", options->result_ttl_s, "Seconds a result is kept")->capture_default_str();
  command->add_flag("--no-typecheck", options->no_typecheck, "Skip the type-hint check");
  command->add_option("--problems", options->problems_dir, "The problem bank");
  command->add_option("--python", options->python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "worker", exit_code, [options] { return work(*options); });
}

}  // namespace judge::cli
