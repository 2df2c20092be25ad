// Bearer tokens and per-token rate limits for the HTTP API.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace judge::service {

// Equal strings, in time that depends only on the secret's length: a client
// cannot find a token byte by byte from response times.
bool constant_time_equals(const std::string& given, const std::string& secret);

class Tokens {
 public:
  // One token per line (blank lines and # comments skipped), and/or a
  // comma-separated list (JUDGE_API_TOKENS). Throws std::runtime_error on an
  // unreadable file or a token shorter than 16 characters.
  static Tokens load(const std::filesystem::path& file, const std::string& comma_separated);
  bool empty() const { return tokens_.empty(); }
  std::size_t size() const { return tokens_.size(); }
  // The index of the token in an "Authorization: Bearer ..." header.
  std::optional<std::size_t> authenticate(const std::string& authorization) const;
  // A stable name for the token's owner (a hash: the token itself is never stored).
  std::string owner(std::size_t index) const;

 private:
  std::vector<std::string> tokens_;
};

// A token bucket per client: `rate` requests a second, bursts up to `burst`.
class RateLimiter {
 public:
  RateLimiter(double rate, double burst) : rate_(rate), burst_(burst) {}
  // True when the request may go ahead; otherwise `retry_after` seconds.
  bool allow(std::size_t client, double cost, int& retry_after);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };
  double rate_, burst_;
  std::mutex mutex_;
  std::map<std::size_t, Bucket> buckets_;
};

}  // namespace judge::service
