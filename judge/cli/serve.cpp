// `judge serve`: the HTTP API. Judges in this process by default (a pool
// sized to the cores, a bounded queue); with --redis it only enqueues, and
// `judge worker`s elsewhere judge.
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/cli/signals.hpp"
#include "judge/problem/catalog.hpp"
#include "judge/report/report_json.hpp"
#include "judge/service/callbacks.hpp"
#include "judge/service/http_api.hpp"
#include "judge/service/job_pool.hpp"
#include "judge/service/local_backend.hpp"
#include "judge/service/redis_backend.hpp"

namespace judge::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string tokens_file;
  bool no_auth = false;
  std::size_t workers = 0;
  std::size_t queue = 0;
  std::string redis;
  std::string problems_dir;
  std::string python;
  service::ApiOptions api;
  double max_wait_s = 60;
};

int serve(ServeOptions options) {
  const auto colon = options.listen.rfind(':');
  if (colon == std::string::npos) {
    std::cerr << "judge serve: --listen must be HOST:PORT\n";
    return kExitError;
  }
  const std::string host = options.listen.substr(0, colon);
  const int port = std::stoi(options.listen.substr(colon + 1));
  const char* env_tokens = std::getenv("JUDGE_API_TOKENS");
  service::Tokens tokens = service::Tokens::load(options.tokens_file, env_tokens ? env_tokens : "");
  if (tokens.empty() && !options.no_auth) {
    std::cerr << "judge serve: no API tokens: give --tokens-file or JUDGE_API_TOKENS (or --no-auth, for a "
                 "trusted loopback only)\n";
    return kExitError;
  }
  // Signals are taken by one thread that stops the server; every other
  // thread (HTTP, workers) inherits the blocked mask.
  SignalWaiter signals;

  const std::size_t workers = options.workers > 0 ? options.workers : std::max(1u, std::thread::hardware_concurrency());
  // In-process, one warm interpreter per worker; with --redis nothing is judged here.
  service::Engine engine({problem::Catalog::default_root(options.problems_dir), resolve_python(options.python),
                          JUDGE_VERSION, sandbox::IsolationLevel::minimal, options.redis.empty() ? workers : 0});
  service::Metrics metrics;
  service::Callbacks callbacks;
  std::unique_ptr<service::JobPool> pool;
  std::unique_ptr<service::Backend> backend;
  if (options.redis.empty()) {
    service::PoolOptions pooling;
    pooling.workers = workers;
    pooling.queue_capacity = options.queue > 0 ? options.queue : pooling.workers * 32;
    pool = std::make_unique<service::JobPool>(engine, pooling, metrics,
                                              [&callbacks](const service::Submission& submission, const nlohmann::json& envelope) {
                                                if (!submission.callback_url.empty()) {
                                                  callbacks.post(submission.callback_url, envelope.dump());
                                                }
                                              });
    backend = std::make_unique<service::LocalBackend>(*pool);
    metrics.gauge("judge_queue_depth", "Submissions accepted and waiting for a worker.",
                  [&pool] { return static_cast<double>(pool->queued()); });
    metrics.gauge("judge_workers_busy", "Workers judging right now.", [&pool] { return static_cast<double>(pool->busy()); });
  } else {
    auto redis = std::make_unique<service::RedisBackend>(service::RedisSettings::from_url(options.redis));
    metrics.gauge("judge_queue_depth", "Submissions in the Redis stream not yet delivered or acknowledged.",
                  [raw = redis.get()] { return static_cast<double>(raw->depth()); });
    backend = std::move(redis);
  }
  options.api.max_wait = std::chrono::milliseconds(static_cast<long>(options.max_wait_s * 1000));
  service::HttpApi api(*backend, engine, std::move(tokens), metrics, options.api);
  const int bound = api.bind(host, port);
  if (bound < 0) {
    std::cerr << "judge serve: cannot listen on " << options.listen << "\n";
    return kExitError;
  }
  std::cerr << "judge serve: listening on " << host << ":" << bound
            << (options.redis.empty() ? " (judging in this process)" : " (queueing on Redis)") << std::endl;
  signals.on_signal([&api](int) { api.stop(); });
  api.serve();
  // Stopped: no new requests; what was accepted is judged and called back.
  std::cerr << "judge serve: stopping: finishing accepted submissions" << std::endl;
  if (pool) pool->drain();
  callbacks.drain();
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand("serve", "The HTTP API for course platforms");
  command->add_option("--listen", options->listen, "HOST:PORT (port 0: any free port)")->capture_default_str();
  command->add_option("--tokens-file", options->tokens_file, "Bearer tokens, one per line (also: $JUDGE_API_TOKENS)");
  command->add_flag("--no-auth", options->no_auth, "Accept requests without a token (trusted loopback only)");
  command->add_option("--workers", options->workers, "Submissions judged at once (default: the core count)");
  command->add_option("--queue", options->queue, "Submissions waiting at most (default: 32 per worker)");
  command->add_option("--redis", options->redis, "redis://HOST:PORT[/DB]: enqueue for `judge worker`s instead");
  command->add_option("--rate", options->api.rate_per_second, "Requests per second per token")->capture_default_str();
  command->add_option("--burst", options->api.burst, "Burst per token")->capture_default_str();
  command->add_option("--max-body", options->api.max_body_bytes, "Largest request body, bytes")->capture_default_str();
  command->add_option("--max-wait", options->max_wait_s, "Longest ?wait=true, seconds")->capture_default_str();
  command->add_option("--problems", options->problems_dir, "The problem bank");
  command->add_option("--python", options->python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "serve", exit_code, [options] { return serve(*options); });
}

}  // namespace judge::cli
