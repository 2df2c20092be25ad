// The judge's end of the harness channel: length-prefixed JSON frames
// (4-byte big-endian length, then UTF-8 JSON) over a stream socket.
//
// Everything read here comes from untrusted code: frames are size-capped
// and parsed strictly; anything else is reported, never trusted.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "sandbox/unique_fd.hpp"

namespace judge::run {

struct ChannelPair {
  sandbox::UniqueFd judge_end;
  sandbox::UniqueFd sandbox_end;
};

// A connected stream socket pair, both ends close-on-exec.
ChannelPair make_channel();

// A frame on the wire: the body's 4-byte big-endian length, then the body.
std::string frame_of(const std::string& body);

class Channel {
 public:
  explicit Channel(int fd, std::size_t max_frame_bytes) : fd_(fd), max_frame_bytes_(max_frame_bytes) {}

  // False when the other side is gone.
  bool send(const nlohmann::json& message);

  enum class Failure { closed, too_large, malformed, timed_out };
  struct Received {
    std::optional<nlohmann::json> message;
    Failure failure = Failure::closed;  // when there is no message
    std::size_t bytes = 0;
  };
  using Deadline = std::optional<std::chrono::steady_clock::time_point>;
  // Blocks until a whole frame arrives, the other side is gone, or the
  // deadline (when given) passes.
  Received receive(Deadline deadline = std::nullopt);

 private:
  enum class ReadResult { done, closed, timed_out };
  ReadResult read_exact(char* buffer, std::size_t size, Deadline deadline);
  int fd_;
  std::size_t max_frame_bytes_;
};

}  // namespace judge::run
