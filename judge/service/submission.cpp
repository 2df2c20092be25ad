#include "judge/service/submission.hpp"

#include <sys/random.h>

#include <algorithm>
#include <cstdio>

namespace judge::service {
namespace {

using nlohmann::json;

bool refuse(Refusal& refusal, std::string code, std::string message, int status = 400) {
  refusal = {status, std::move(code), std::move(message)};
  return false;
}

bool valid_callback(const std::string& url) {
  return (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) && url.size() <= 2048 &&
         std::none_of(url.begin(), url.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7f; });
}

}  // namespace

bool valid_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) != 0 || c == '-' || c == '_';
  });
}

bool valid_slug(const std::string& slug) {
  return !slug.empty() && slug.size() <= 100 && std::all_of(slug.begin(), slug.end(), [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string new_submission_id() {
  unsigned char bytes[16];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n > 0) got += static_cast<std::size_t>(n);
  }
  std::string id;
  char hex[3];
  for (const unsigned char b : bytes) {
    std::snprintf(hex, sizeof hex, "%02x", b);
    id += hex;
  }
  return id;
}

std::optional<Submission> parse_submission(const json& body, Refusal& refusal) {
  if (!body.is_object()) {
    refuse(refusal, "invalid_request", "the body must be a JSON object");
    return std::nullopt;
  }
  static const char* known[] = {"id", "problem", "source", "mode", "typecheck", "fail_fast", "callback_url"};
  for (const auto& [key, value] : body.items()) {
    if (std::find(std::begin(known), std::end(known), key) == std::end(known)) {
      refuse(refusal, "invalid_field", "unknown field \"" + key.substr(0, 64) + "\"");
      return std::nullopt;
    }
  }
  Submission submission;
  auto text = [&](const char* field, std::string& into, bool required) {
    if (!body.contains(field)) {
      return !required || refuse(refusal, "missing_field", std::string("\"") + field + "\" is required");
    }
    if (!body[field].is_string()) return refuse(refusal, "invalid_field", std::string("\"") + field + "\" must be a string");
    into = body[field].get<std::string>();
    return true;
  };
  auto flag = [&](const char* field, bool& into) {
    if (!body.contains(field)) return true;
    if (!body[field].is_boolean()) return refuse(refusal, "invalid_field", std::string("\"") + field + "\" must be true or false");
    into = body[field].get<bool>();
    return true;
  };
  std::string mode = "full";
  if (!text("problem", submission.problem, true) || !text("source", submission.source, true) ||
      !text("id", submission.id, false) || !text("mode", mode, false) ||
      !text("callback_url", submission.callback_url, false) || !flag("typecheck", submission.typecheck) ||
      !flag("fail_fast", submission.fail_fast)) {
    return std::nullopt;
  }
  if (!valid_slug(submission.problem)) {
    refuse(refusal, "invalid_field", "\"problem\" must be a problem's slug (a-z, 0-9, -)");
    return std::nullopt;
  }
  if (submission.source.size() > kMaxSourceBytes) {
    refuse(refusal, "source_too_large", "\"source\" is larger than 256 KiB", 413);
    return std::nullopt;
  }
  if (mode != "full" && mode != "sample") {
    refuse(refusal, "invalid_field", "\"mode\" must be \"full\" or \"sample\"");
    return std::nullopt;
  }
  submission.sample = mode == "sample";
  if (body.contains("id") && !valid_id(submission.id)) {
    refuse(refusal, "invalid_field", "\"id\" must be 1-64 characters of A-Z, a-z, 0-9, - and _");
    return std::nullopt;
  }
  if (!submission.callback_url.empty() && !valid_callback(submission.callback_url)) {
    refuse(refusal, "invalid_field", "\"callback_url\" must be an http:// or https:// URL");
    return std::nullopt;
  }
  if (submission.id.empty()) submission.id = new_submission_id();
  return submission;
}

json to_json(const Submission& submission) {
  return {{"id", submission.id},
          {"problem", submission.problem},
          {"source", submission.source},
          {"mode", submission.sample ? "sample" : "full"},
          {"typecheck", submission.typecheck},
          {"fail_fast", submission.fail_fast},
          {"callback_url", submission.callback_url}};
}

}  // namespace judge::service
