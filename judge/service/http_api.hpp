// The HTTP API (`judge serve`): /v1/submissions (single, batch, wait),
// /v1/problems, /healthz, /metrics. Every request to /v1 is authenticated
// and rate-limited before its body is even parsed; every error is JSON with
// a stable code. Shapes: docs/openapi.yaml.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "judge/service/auth.hpp"
#include "judge/service/backend.hpp"
#include "judge/service/engine.hpp"
#include "judge/service/metrics.hpp"

namespace judge::service {

struct ApiOptions {
  std::size_t max_body_bytes = 1u << 20;
  std::size_t max_batch = 50;
  double rate_per_second = 50;  // polling counts: a platform polling 50 submissions at once fits
  double burst = 200;
  std::chrono::milliseconds max_wait{60000};
  std::size_t http_threads = 32;
};

class HttpApi {
 public:
  HttpApi(Backend& backend, Engine& engine, Tokens tokens, Metrics& metrics, ApiOptions options);
  ~HttpApi();
  // Binds (port 0: any free port); returns the port, or -1.
  int bind(const std::string& host, int port);
  // Serves until stop() (from another thread or a signal-watching thread).
  void serve();
  void stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace judge::service
