// A small, synchronous Redis client over hiredis: binary-safe commands in,
// a plain reply tree out, reconnecting when the server went away. One
// connection per thread (hiredis contexts are not thread-safe).
#pragma once

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct redisContext;

namespace judge::service {

struct RedisSettings {
  std::string host = "127.0.0.1";
  int port = 6379;
  int db = 0;
  std::string password;  // from redis://:password@host:port/db
  // redis://[:password@]host[:port][/db]; throws std::invalid_argument.
  static RedisSettings from_url(const std::string& url);
};

// The server could not be reached or the connection broke.
class RedisUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RedisReply {
  enum class Type { nil, string, integer, array, status, error };
  Type type = Type::nil;
  std::string text;  // string, status, error
  long long integer = 0;
  std::vector<RedisReply> elements;

  bool is_error() const { return type == Type::error; }
  bool is_nil() const { return type == Type::nil; }
};

class RedisConnection {
 public:
  explicit RedisConnection(RedisSettings settings);
  ~RedisConnection();
  RedisConnection(const RedisConnection&) = delete;
  RedisConnection& operator=(const RedisConnection&) = delete;

  // Sends one command (connecting first if needed). A broken connection is
  // dropped and RedisUnavailable thrown; the next call reconnects. A Redis
  // error reply (WRONGTYPE, BUSYGROUP...) is returned, not thrown.
  RedisReply command(const std::vector<std::string>& argv);

  // Connect now, retrying with backoff until `give_up`; false when it never succeeded.
  bool connect_until(std::chrono::steady_clock::time_point give_up);

 private:
  void connect();
  void drop();
  RedisSettings settings_;
  redisContext* context_ = nullptr;
};

}  // namespace judge::service
