#include "judge/run/channel.hpp"

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>

#include <system_error>

#include "judge/util/json_depth.hpp"

namespace judge::run {
namespace {

// The answer is walked recursively later (compare, dump): refuse JSON nested
// deeper than any real answer before parsing it.
constexpr int kMaxDepth = 128;

bool nested_too_deep(const std::string& text) { return util::json_nested_deeper_than(text, kMaxDepth); }

}  // namespace

ChannelPair make_channel() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
    throw std::system_error(errno, std::generic_category(), "socketpair");
  }
  return {sandbox::UniqueFd(fds[0]), sandbox::UniqueFd(fds[1])};
}

std::string frame_of(const std::string& body) {
  const auto size = static_cast<std::uint32_t>(body.size());
  std::string frame{static_cast<char>(size >> 24), static_cast<char>(size >> 16), static_cast<char>(size >> 8),
                    static_cast<char>(size)};
  return frame + body;
}

bool Channel::send(const nlohmann::json& message) {
  const std::string frame = frame_of(message.dump());
  std::size_t sent = 0;
  while (sent < frame.size()) {
    // MSG_NOSIGNAL: a dead harness is an EPIPE to handle, not a SIGPIPE.
    const ssize_t n = ::send(fd_, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

Channel::ReadResult Channel::read_exact(char* buffer, std::size_t size, Deadline deadline) {
  std::size_t got = 0;
  while (got < size) {
    if (deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return ReadResult::timed_out;
      pollfd ready{fd_, POLLIN, 0};
      if (::poll(&ready, 1, static_cast<int>(std::min<long long>(left.count(), 1000))) == 0) continue;
    }
    const ssize_t n = ::recv(fd_, buffer + got, size - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return ReadResult::closed;
    got += static_cast<std::size_t>(n);
  }
  return ReadResult::done;
}

Channel::Received Channel::receive(Deadline deadline) {
  Received received;
  auto failed = [&received](ReadResult result) {
    received.failure = result == ReadResult::timed_out ? Failure::timed_out : Failure::closed;
    return received;
  };
  unsigned char header[4];
  if (auto result = read_exact(reinterpret_cast<char*>(header), sizeof header, deadline); result != ReadResult::done) {
    return failed(result);
  }
  const std::size_t size = (std::size_t{header[0]} << 24) | (std::size_t{header[1]} << 16) |
                           (std::size_t{header[2]} << 8) | header[3];
  received.bytes = size;
  if (size > max_frame_bytes_) {
    received.failure = Failure::too_large;
    return received;
  }
  std::string body(size, '\0');
  if (auto result = read_exact(body.data(), size, deadline); result != ReadResult::done) return failed(result);
  if (nested_too_deep(body)) {
    received.failure = Failure::malformed;
    return received;
  }
  try {
    received.message = nlohmann::json::parse(body);
    if (!received.message->is_object()) {
      received.message.reset();
      received.failure = Failure::malformed;
    }
  } catch (const nlohmann::json::parse_error&) {
    received.failure = Failure::malformed;
  }
  return received;
}

}  // namespace judge::run
