// Where the HTTP API sends submissions: judged in this process (JobPool)
// or queued on Redis Streams for `judge worker`s on other machines.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "judge/service/submission.hpp"

namespace judge::service {

enum class Admission { accepted, existing, full, stopping, unavailable };

class Backend {
 public:
  virtual ~Backend() = default;
  virtual Admission submit(const Submission& submission) = 0;
  // {id, status: queued|running} or {id, status: done, report}; nullopt: unknown id.
  virtual std::optional<nlohmann::json> status(const std::string& id) = 0;
  virtual std::optional<nlohmann::json> wait(const std::string& id, std::chrono::milliseconds timeout) = 0;
  virtual nlohmann::json health() = 0;
};

}  // namespace judge::service
