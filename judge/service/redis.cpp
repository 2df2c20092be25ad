#include "judge/service/redis.hpp"

#include <hiredis/hiredis.h>

#include <thread>

namespace judge::service {
namespace {

RedisReply convert(const redisReply* reply) {
  RedisReply out;
  switch (reply->type) {
    case REDIS_REPLY_STRING: out.type = RedisReply::Type::string; break;
    case REDIS_REPLY_STATUS: out.type = RedisReply::Type::status; break;
    case REDIS_REPLY_ERROR: out.type = RedisReply::Type::error; break;
    case REDIS_REPLY_INTEGER: out.type = RedisReply::Type::integer; break;
    case REDIS_REPLY_ARRAY: out.type = RedisReply::Type::array; break;
    default: out.type = RedisReply::Type::nil;
  }
  if (reply->str != nullptr) out.text.assign(reply->str, reply->len);
  out.integer = reply->integer;
  for (std::size_t i = 0; i < reply->elements; ++i) out.elements.push_back(convert(reply->element[i]));
  return out;
}

}  // namespace

RedisSettings RedisSettings::from_url(const std::string& url) {
  const std::string scheme = "redis://";
  if (url.rfind(scheme, 0) != 0) throw std::invalid_argument("a Redis URL starts with redis:// (got \"" + url + "\")");
  std::string rest = url.substr(scheme.size());
  RedisSettings settings;
  if (const auto at = rest.rfind('@'); at != std::string::npos) {
    std::string credentials = rest.substr(0, at);
    settings.password = credentials.substr(credentials.find(':') == std::string::npos ? 0 : credentials.find(':') + 1);
    rest = rest.substr(at + 1);
  }
  if (const auto slash = rest.find('/'); slash != std::string::npos) {
    const std::string db = rest.substr(slash + 1);
    if (!db.empty()) settings.db = std::stoi(db);
    rest = rest.substr(0, slash);
  }
  if (const auto colon = rest.rfind(':'); colon != std::string::npos) {
    settings.port = std::stoi(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
  }
  if (!rest.empty()) settings.host = rest;
  if (settings.port <= 0 || settings.port > 65535) throw std::invalid_argument("bad port in " + url);
  return settings;
}

RedisConnection::RedisConnection(RedisSettings settings) : settings_(std::move(settings)) {}

RedisConnection::~RedisConnection() { drop(); }

void RedisConnection::drop() {
  if (context_ != nullptr) redisFree(context_);
  context_ = nullptr;
}

void RedisConnection::connect() {
  drop();
  const timeval timeout{2, 0};
  context_ = redisConnectWithTimeout(settings_.host.c_str(), settings_.port, timeout);
  if (context_ == nullptr || context_->err != 0) {
    const std::string why = context_ != nullptr ? context_->errstr : "out of memory";
    drop();
    throw RedisUnavailable("cannot connect to Redis at " + settings_.host + ":" + std::to_string(settings_.port) +
                           ": " + why);
  }
  // A read never blocks longer than this: a server that vanished is noticed.
  const timeval io_timeout{10, 0};
  redisSetTimeout(context_, io_timeout);
  auto must = [this](const std::vector<std::string>& argv) {
    const RedisReply reply = command(argv);
    if (reply.is_error()) {
      drop();
      throw RedisUnavailable("Redis refused " + argv.front() + ": " + reply.text);
    }
  };
  if (!settings_.password.empty()) must({"AUTH", settings_.password});
  if (settings_.db != 0) must({"SELECT", std::to_string(settings_.db)});
}

bool RedisConnection::connect_until(std::chrono::steady_clock::time_point give_up) {
  auto delay = std::chrono::milliseconds(100);
  for (;;) {
    try {
      connect();
      return true;
    } catch (const RedisUnavailable&) {
      if (std::chrono::steady_clock::now() + delay > give_up) return false;
      std::this_thread::sleep_for(delay);
      delay = std::min(delay * 2, std::chrono::milliseconds(2000));
    }
  }
}

RedisReply RedisConnection::command(const std::vector<std::string>& argv) {
  if (context_ == nullptr) connect();
  std::vector<const char*> args;
  std::vector<std::size_t> lengths;
  for (const auto& arg : argv) {
    args.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  auto* reply = static_cast<redisReply*>(
      redisCommandArgv(context_, static_cast<int>(args.size()), args.data(), lengths.data()));
  if (reply == nullptr) {
    const std::string why = context_->errstr;
    drop();
    throw RedisUnavailable("Redis connection lost: " + why);
  }
  RedisReply converted = convert(reply);
  freeReplyObject(reply);
  return converted;
}

}  // namespace judge::service
