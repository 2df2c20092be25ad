// A submission as the service receives it (HTTP body or Redis entry), and
// its validation: every field checked, every refusal a stable code.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace judge::service {

inline constexpr std::size_t kMaxSourceBytes = 256 * 1024;

struct Submission {
  std::string id;        // the client's (idempotency key) or a generated one
  std::string problem;   // slug
  std::string source;
  bool sample = false;   // "mode": "sample" runs the examples only
  bool typecheck = true;
  bool fail_fast = false;
  std::string callback_url;  // POSTed the result when it is ready
  // Who submitted it: a hash of the API token, set by the API (never from the
  // body). Ids are per owner: another client can neither read a result nor
  // take an id first to hand its owner a forged one.
  std::string owner;
};

// A refusal: code (stable, for programs), message (for people).
struct Refusal {
  int http_status = 400;
  std::string code;
  std::string message;
};

// Parses and validates a request body; the id is generated when absent.
std::optional<Submission> parse_submission(const nlohmann::json& body, Refusal& refusal);

nlohmann::json to_json(const Submission& submission);

// 128 random bits, hex: unguessable, so one client cannot read another's results.
std::string new_submission_id();

bool valid_id(const std::string& id);
bool valid_slug(const std::string& slug);

}  // namespace judge::service
