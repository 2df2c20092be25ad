// Where a user's daemon lives: its socket, lock and log in a directory only
// that user can enter ($XDG_RUNTIME_DIR/judge, else /tmp/judge-UID). The
// directory's owner and mode are what keep other users out, so both sides
// check them before trusting anything in it.
#pragma once

#include <filesystem>
#include <string>

namespace judge::daemon {

struct DaemonPaths {
  std::filesystem::path dir;
  std::filesystem::path socket;
  std::filesystem::path lock;  // held by the live daemon; holds its pid
  std::filesystem::path log;
};

DaemonPaths daemon_paths();

// Empty when `dir` is a directory (not a link) owned by this user that no
// one else may enter; otherwise why it is not.
std::string unsafe_reason(const std::filesystem::path& dir);

// Creates the directory (0700) when missing; throws when it is unsafe.
void make_private_dir(const std::filesystem::path& dir);

// Identifies the judge binary this process runs: a client only talks to a
// daemon of the same build (a rebuilt judge makes the daemon stale).
std::string build_identity();

}  // namespace judge::daemon
