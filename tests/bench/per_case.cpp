// The judge's side of one test case, N times, with no interpreter: send the
// request frame, receive and strictly parse the answer frame, compare it.
// scripts/bench runs this under callgrind at two N and reports instructions
// per case: a number that does not move with machine noise.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "judge/check/compare.hpp"
#include "judge/run/channel.hpp"

int main(int argc, char** argv) {
  const long cases = argc > 1 ? std::atol(argv[1]) : 1000;
  auto pair = judge::run::make_channel();
  // The harness's part, minimal: read a frame, answer with a fixed one.
  std::thread harness([fd = pair.sandbox_end.get(), cases] {
    const std::string body = R"({"ok":true,"value":[0,1],"stdout":"","stdout_bytes":0,"maxrss_kb":13480})";
    const auto size = static_cast<std::uint32_t>(body.size());
    const std::string frame = std::string{static_cast<char>(size >> 24), static_cast<char>(size >> 16),
                                          static_cast<char>(size >> 8), static_cast<char>(size)} + body;
    char header[4];
    std::string request;
    for (long i = 0; i < cases; ++i) {
      if (::recv(fd, header, 4, MSG_WAITALL) != 4) return;
      const std::uint32_t length = static_cast<unsigned char>(header[0]) << 24 |
                                   static_cast<unsigned char>(header[1]) << 16 |
                                   static_cast<unsigned char>(header[2]) << 8 | static_cast<unsigned char>(header[3]);
      request.resize(length);
      if (::recv(fd, request.data(), length, MSG_WAITALL) != static_cast<ssize_t>(length)) return;
      if (::send(fd, frame.data(), frame.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(frame.size())) return;
    }
  });
  judge::run::Channel channel(pair.judge_end.get(), 64u << 20);
  judge::problem::CompareRule rule;
  rule.mode = judge::problem::CompareMode::any_order;
  const nlohmann::json input = {{"nums", {2, 7, 11, 15}}, {"target", 9}};
  const nlohmann::json expected = {0, 1};
  long accepted = 0;
  for (long i = 0; i < cases; ++i) {
    channel.send({{"op", "case"}, {"input", input}});
    const auto received = channel.receive();
    if (!received.message) break;
    const auto verdict = judge::check::compare({rule}, expected, {(*received.message)["value"], std::nullopt});
    accepted += verdict.equal ? 1 : 0;
  }
  harness.join();
  std::cout << accepted << "\n";
  return accepted == cases ? 0 : 1;
}
