// Where the HTTP API sends submissions: judged in this process (JobPool)
// or queued on Redis Streams for `judge worker`s on other machines.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "judge/service/submission.hpp"

namespace judge::service {

enum class Admission { accepted, existing, conflict, full, stopping, unavailable };

class Backend {
 public:
  virtual ~Backend() = default;
  virtual Admission submit(const Submission& submission) = 0;
  // {id, status: queued|running} or {id, status: done, report}; nullopt: an
  // id unknown, or not `owner`'s.
  virtual std::optional<nlohmann::json> status(const std::string& id, const std::string& owner) = 0;
  virtual std::optional<nlohmann::json> wait(const std::string& id, const std::string& owner,
                                             std::chrono::milliseconds timeout) = 0;
  virtual nlohmann::json health() = 0;
};

}  // namespace judge::service
