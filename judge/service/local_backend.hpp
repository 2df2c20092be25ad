// The embedded backend: submissions judged by this process's JobPool.
#pragma once

#include "judge/service/backend.hpp"
#include "judge/service/job_pool.hpp"

namespace judge::service {

class LocalBackend : public Backend {
 public:
  explicit LocalBackend(JobPool& pool) : pool_(pool) {}
  Admission submit(const Submission& submission) override { return pool_.submit(submission); }
  std::optional<nlohmann::json> status(const std::string& id, const std::string& owner) override {
    return pool_.status(id, owner);
  }
  std::optional<nlohmann::json> wait(const std::string& id, const std::string& owner,
                                     std::chrono::milliseconds timeout) override {
    return pool_.wait(id, owner, timeout);
  }
  nlohmann::json health() override {
    return {{"backend", "local"}, {"workers", pool_.workers()}, {"busy", pool_.busy()}, {"queued", pool_.queued()}};
  }

 private:
  JobPool& pool_;
};

}  // namespace judge::service
