// The judge's end of the harness channel reads only well-formed, bounded,
// shallow frames: whatever else the sandboxed side writes is refused.
#include <catch2/catch.hpp>
#include <sys/socket.h>

#include <string>

#include "judge/run/channel.hpp"

using judge::run::Channel;

namespace {

std::string frame(const std::string& body) {
  const auto size = static_cast<std::uint32_t>(body.size());
  std::string out{static_cast<char>(size >> 24), static_cast<char>(size >> 16), static_cast<char>(size >> 8),
                  static_cast<char>(size)};
  return out + body;
}

Channel::Received receive_after(const std::string& bytes, std::size_t max_frame = 1024) {
  auto pair = judge::run::make_channel();
  REQUIRE(::send(pair.sandbox_end.get(), bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()));
  pair.sandbox_end.reset();
  return Channel(pair.judge_end.get(), max_frame).receive();
}

}  // namespace

TEST_CASE("a frame round-trips between two channels", "[channel]") {
  auto pair = judge::run::make_channel();
  Channel judge_side(pair.judge_end.get(), 1024);
  Channel other_side(pair.sandbox_end.get(), 1024);
  REQUIRE(judge_side.send({{"op", "case"}, {"input", {{"n", 3}}}}));
  const auto received = other_side.receive();
  REQUIRE(received.message);
  CHECK((*received.message)["input"]["n"] == 3);
}

TEST_CASE("frames that are too large, malformed, too deep or cut short are refused", "[channel]") {
  CHECK(receive_after(frame(R"({"ok":true,"value":[1,2]})")).message);
  const auto too_large = receive_after(frame(std::string(2000, ' ')));
  CHECK_FALSE(too_large.message);
  CHECK(too_large.failure == Channel::Failure::too_large);
  CHECK(receive_after(frame("{\"ok\": tru")).failure == Channel::Failure::malformed);
  CHECK(receive_after(frame("[1,2,3]")).failure == Channel::Failure::malformed);
  CHECK(receive_after(frame("{\"ok\":NaN}")).failure == Channel::Failure::malformed);
  const std::string deep = "{\"v\":" + std::string(200, '[') + std::string(200, ']') + "}";
  CHECK(receive_after(frame(deep), 4096).failure == Channel::Failure::malformed);
  // Brackets inside strings are not nesting.
  const std::string quoted = "{\"v\":\"" + std::string(300, '[') + "\"}";
  CHECK(receive_after(frame(quoted), 4096).message);
  CHECK(receive_after(frame("{\"ok\":true}").substr(0, 8)).failure == Channel::Failure::closed);
  CHECK(receive_after("").failure == Channel::Failure::closed);
}

TEST_CASE("sending to a channel whose other end is gone fails instead of raising SIGPIPE", "[channel]") {
  auto pair = judge::run::make_channel();
  pair.sandbox_end.reset();
  CHECK_FALSE(Channel(pair.judge_end.get(), 1024).send({{"op", "case"}}));
}
