// The daemon's wire and directory: frames carry the client's fds intact,
// anything malformed, oversized or late is refused, and a directory another
// user could reach is never trusted.
#include <catch2/catch.hpp>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "judge/daemon/paths.hpp"
#include "judge/daemon/protocol.hpp"
#include "judge/run/channel.hpp"

namespace {

auto soon() { return std::chrono::steady_clock::now() + std::chrono::milliseconds(500); }

std::optional<judge::daemon::Request> receive_raw(const std::string& bytes) {
  auto pair = judge::run::make_channel();
  REQUIRE(::send(pair.sandbox_end.get(), bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()));
  pair.sandbox_end.reset();
  return judge::daemon::receive_frame(pair.judge_end.get(), soon());
}

std::filesystem::path fresh_dir(const char* name, mode_t mode) {
  const auto dir = std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  REQUIRE(::mkdir(dir.c_str(), mode) == 0);
  REQUIRE(::chmod(dir.c_str(), mode) == 0);  // past the umask
  return dir;
}

}  // namespace

TEST_CASE("a frame arrives with the fds sent along, still open and the same files", "[daemon]") {
  auto pair = judge::run::make_channel();
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  REQUIRE(judge::daemon::send_frame(pair.judge_end.get(), {{"op", "run"}, {"source", std::string(100000, 'x')}},
                                    {pipe_fds[1], STDERR_FILENO}));
  auto request = judge::daemon::receive_frame(pair.sandbox_end.get(), soon());
  REQUIRE(request);
  CHECK(request->message["op"] == "run");
  CHECK(request->message["source"].get<std::string>().size() == 100000);
  REQUIRE(request->fds.size() == 2);
  // Writing through the received fd reaches the sender's pipe.
  REQUIRE(::write(request->fds[0].get(), "hi", 2) == 2);
  char got[2];
  REQUIRE(::read(pipe_fds[0], got, 2) == 2);
  CHECK(std::string(got, 2) == "hi");
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
}

TEST_CASE("frames too large, malformed, not an object, cut short or late are refused", "[daemon]") {
  CHECK_FALSE(receive_raw(std::string("\x7f\xff\xff\xff", 4) + "{}"));
  CHECK_FALSE(receive_raw(std::string("\0\0\0\x05", 4) + "{nope"));
  CHECK_FALSE(receive_raw(std::string("\0\0\0\x02", 4) + "[]"));
  CHECK_FALSE(receive_raw(std::string("\0\0\0\x10", 4) + "{}"));
  CHECK(receive_raw(std::string("\0\0\0\x02", 4) + "{}"));
  auto silent = judge::run::make_channel();
  const auto before = std::chrono::steady_clock::now();
  CHECK_FALSE(judge::daemon::receive_frame(silent.judge_end.get(), before + std::chrono::milliseconds(100)));
  CHECK(std::chrono::steady_clock::now() - before >= std::chrono::milliseconds(100));
}

TEST_CASE("the peer of a socket is known by its uid", "[daemon]") {
  auto pair = judge::run::make_channel();
  CHECK(judge::daemon::peer_uid(pair.judge_end.get()) == ::geteuid());
}

TEST_CASE("only a private directory of this user is trusted", "[daemon]") {
  const auto good = fresh_dir("judge-private", 0700);
  CHECK(judge::daemon::unsafe_reason(good).empty());
  REQUIRE_NOTHROW(judge::daemon::make_private_dir(good));

  const auto open_dir = fresh_dir("judge-open", 0755);
  CHECK_THAT(judge::daemon::unsafe_reason(open_dir), Catch::Contains("open to other users"));
  CHECK_THROWS(judge::daemon::make_private_dir(open_dir));

  const auto link = std::filesystem::temp_directory_path() / ("judge-link-" + std::to_string(::getpid()));
  std::filesystem::remove(link);
  std::filesystem::create_directory_symlink(good, link);
  CHECK_THAT(judge::daemon::unsafe_reason(link), Catch::Contains("not a directory"));

  if (::geteuid() == 0) {
    const auto theirs = fresh_dir("judge-theirs", 0700);
    REQUIRE(::chown(theirs.c_str(), 65534, 65534) == 0);
    CHECK_THAT(judge::daemon::unsafe_reason(theirs), Catch::Contains("another user"));
    std::filesystem::remove_all(theirs);
  }
  CHECK_FALSE(judge::daemon::unsafe_reason(good / "missing").empty());
  std::filesystem::remove(link);
  std::filesystem::remove_all(good);
  std::filesystem::remove_all(open_dir);
}

TEST_CASE("a build is identified by its binary", "[daemon]") {
  const std::string identity = judge::daemon::build_identity();
  CHECK(identity != "unknown");
  CHECK(identity == judge::daemon::build_identity());
}
