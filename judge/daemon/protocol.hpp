// The daemon's wire: one request per connection, a length-prefixed JSON
// frame (as the harness channel, judge/run/channel.hpp) that may carry file
// descriptors (SCM_RIGHTS: the client's stdin, stdout and stderr), then one
// JSON frame back. Both ends check the peer is the same user (SO_PEERCRED).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "sandbox/unique_fd.hpp"

namespace judge::daemon {

inline constexpr std::size_t kMaxRequestBytes = 64u << 20;
inline constexpr std::size_t kMaxPassedFds = 3;

// Sends a frame, with `fds` attached to its first byte. False on failure.
bool send_frame(int socket_fd, const nlohmann::json& message, const std::vector<int>& fds);

struct Request {
  nlohmann::json message;
  std::vector<sandbox::UniqueFd> fds;
};
// A whole frame and the fds that came with it, or nothing (closed, too
// large, malformed, past the deadline).
std::optional<Request> receive_frame(int socket_fd, std::chrono::steady_clock::time_point deadline);

// The uid of the process at the other end of a unix socket.
std::optional<uid_t> peer_uid(int socket_fd);

}  // namespace judge::daemon
