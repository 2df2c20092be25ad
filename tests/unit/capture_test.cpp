#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "supervise.hpp"

using sandbox::detail::CappedStream;
using sandbox::UniqueFd;

TEST_CASE("a captured stream keeps at most its cap and counts everything", "[capture]") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  std::string kept;
  CappedStream stream{UniqueFd{fds[0]}, 10, {}, &kept};
  REQUIRE(::write(fds[1], "0123456", 7) == 7);
  CHECK(stream.drain() == CappedStream::State::open);
  CHECK(kept == "0123456");
  REQUIRE(::write(fds[1], "789abcdef", 9) == 9);
  CHECK(stream.drain() == CappedStream::State::over_cap);
  CHECK(kept == "0123456789");
  CHECK(stream.total() == 16);
  ::close(fds[1]);
}

TEST_CASE("a sink receives chunks instead of the store", "[capture]") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  std::string sunk, stored;
  CappedStream stream{UniqueFd{fds[0]}, 100, [&](std::string_view chunk) { sunk.append(chunk); }, &stored};
  REQUIRE(::write(fds[1], "hello", 5) == 5);
  ::close(fds[1]);
  CHECK(stream.drain() == CappedStream::State::closed);
  CHECK(sunk == "hello");
  CHECK(stored.empty());
  CHECK(stream.closed());
}
