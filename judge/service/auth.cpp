#include "judge/service/auth.hpp"

#include <cmath>
#include <stdexcept>

#include "judge/util/files.hpp"

namespace judge::service {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

bool constant_time_equals(const std::string& given, const std::string& secret) {
  unsigned char difference = given.size() == secret.size() ? 0 : 1;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    const unsigned char g = i < given.size() ? static_cast<unsigned char>(given[i]) : 0;
    difference |= static_cast<unsigned char>(g ^ static_cast<unsigned char>(secret[i]));
  }
  return difference == 0;
}

Tokens Tokens::load(const std::filesystem::path& file, const std::string& comma_separated) {
  Tokens tokens;
  auto add = [&tokens](const std::string& raw, const std::string& where) {
    const std::string token = trimmed(raw);
    if (token.empty() || token.front() == '#') return;
    if (token.size() < 16) throw std::runtime_error(where + ": a token must be at least 16 characters");
    tokens.tokens_.push_back(token);
  };
  if (!file.empty()) {
    const auto text = util::read_file(file, 1u << 20);
    if (!text) throw std::runtime_error(file.string() + ": cannot be read");
    std::size_t start = 0;
    while (start <= text->size()) {
      const auto end = text->find('\n', start);
      add(text->substr(start, end == std::string::npos ? std::string::npos : end - start), file.string());
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  std::size_t start = 0;
  while (start < comma_separated.size()) {
    const auto end = comma_separated.find(',', start);
    add(comma_separated.substr(start, end == std::string::npos ? std::string::npos : end - start), "JUDGE_API_TOKENS");
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return tokens;
}

std::optional<std::size_t> Tokens::authenticate(const std::string& authorization) const {
  const std::string prefix = "Bearer ";
  if (authorization.size() <= prefix.size() || authorization.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  const std::string given = authorization.substr(prefix.size());
  std::optional<std::size_t> match;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {  // every token compared: no early exit to time
    if (constant_time_equals(given, tokens_[i]) && !match) match = i;
  }
  return match;
}

std::string Tokens::owner(std::size_t index) const { return util::fnv1a_hex("judge-owner:" + tokens_.at(index)); }

bool RateLimiter::allow(std::size_t client, double cost, int& retry_after) {
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  auto [found, inserted] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& bucket = found->second;
  bucket.tokens = std::min(burst_, bucket.tokens + rate_ * std::chrono::duration<double>(now - bucket.updated).count());
  bucket.updated = now;
  cost = std::min(cost, burst_);  // a batch larger than the burst waits for a full bucket
  if (bucket.tokens >= cost) {
    bucket.tokens -= cost;
    return true;
  }
  retry_after = std::max(1, static_cast<int>(std::ceil((cost - bucket.tokens) / rate_)));
  return false;
}

}  // namespace judge::service
