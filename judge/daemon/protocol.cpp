#include "judge/daemon/protocol.hpp"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "judge/run/channel.hpp"

namespace judge::daemon {
namespace {

bool wait_readable(int fd, std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) return false;
    // Rounded up: poll() must not come back before the deadline.
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - now);
    pollfd watched{fd, POLLIN, 0};
    const int ready = ::poll(&watched, 1, static_cast<int>(left.count()));
    if (ready > 0) return true;
    if (ready < 0 && errno != EINTR) return false;
  }
}

// Reads into `buffer`; the first read also takes any fds that came along.
bool read_exact(int fd, char* buffer, std::size_t size, std::vector<sandbox::UniqueFd>* fds,
                std::chrono::steady_clock::time_point deadline) {
  while (size > 0) {
    if (!wait_readable(fd, deadline)) return false;
    iovec part{buffer, size};
    msghdr message{};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)]{};
    if (fds != nullptr) {
      message.msg_control = control;
      message.msg_controllen = sizeof control;
    }
    const ssize_t got = ::recvmsg(fd, &message, MSG_CMSG_CLOEXEC);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    if (fds != nullptr) {
      for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        const std::size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (std::size_t i = 0; i < count; ++i) {
          int passed;
          std::memcpy(&passed, CMSG_DATA(header) + i * sizeof(int), sizeof(int));
          fds->emplace_back(passed);
        }
      }
      // A truncated set of fds would be misread as another stream.
      if ((message.msg_flags & MSG_CTRUNC) != 0) return false;
      fds = nullptr;
    }
    buffer += got;
    size -= static_cast<std::size_t>(got);
  }
  return true;
}

}  // namespace

bool send_frame(int socket_fd, const nlohmann::json& message, const std::vector<int>& fds) {
  std::string frame = run::frame_of(message.dump());
  std::size_t sent = 0;
  bool first = true;
  while (sent < frame.size()) {
    iovec part{frame.data() + sent, frame.size() - sent};
    msghdr header{};
    header.msg_iov = &part;
    header.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)]{};
    if (first && !fds.empty() && fds.size() <= kMaxPassedFds) {
      header.msg_control = control;
      header.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
      cmsghdr* rights = CMSG_FIRSTHDR(&header);
      rights->cmsg_level = SOL_SOCKET;
      rights->cmsg_type = SCM_RIGHTS;
      rights->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
      std::memcpy(CMSG_DATA(rights), fds.data(), sizeof(int) * fds.size());
    }
    const ssize_t written = ::sendmsg(socket_fd, &header, MSG_NOSIGNAL);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    first = false;
    sent += static_cast<std::size_t>(written);
  }
  return true;
}

std::optional<Request> receive_frame(int socket_fd, std::chrono::steady_clock::time_point deadline) {
  Request request;
  unsigned char head[4];
  if (!read_exact(socket_fd, reinterpret_cast<char*>(head), sizeof head, &request.fds, deadline)) return std::nullopt;
  const std::size_t size = (std::size_t{head[0]} << 24) | (std::size_t{head[1]} << 16) | (std::size_t{head[2]} << 8) |
                           std::size_t{head[3]};
  if (size > kMaxRequestBytes || request.fds.size() > kMaxPassedFds) return std::nullopt;
  std::string body(size, '\0');
  if (!read_exact(socket_fd, body.data(), size, nullptr, deadline)) return std::nullopt;
  request.message = nlohmann::json::parse(body, nullptr, false);
  if (request.message.is_discarded() || !request.message.is_object()) return std::nullopt;
  return request;
}

std::optional<uid_t> peer_uid(int socket_fd) {
  ucred credentials{};
  socklen_t size = sizeof credentials;
  if (::getsockopt(socket_fd, SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0) return std::nullopt;
  return credentials.uid;
}

}  // namespace judge::daemon
