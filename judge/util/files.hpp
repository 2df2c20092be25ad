// Small file helpers shared by the CLI and the problem loader.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace judge::util {

// The whole file, or nothing when it cannot be read or exceeds max_bytes.
std::optional<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes = 64u << 20);

// Writes via a temporary file and rename, so readers never see half a file.
bool write_file_atomically(const std::filesystem::path& path, const std::string& content);

// Writes all of `bytes` to `fd`, retrying on EINTR. Stops quietly when the
// reader has gone (EPIPE: SIGPIPE is ignored): the caller's work goes on.
void write_all(int fd, std::string_view bytes);

// $<xdg_variable>/judge/<name>, else ~/<home_fallback>/judge/<name>, else
// empty (no absolute place to keep it), e.g. ("XDG_CACHE_HOME", ".cache", "mypy").
std::filesystem::path user_dir(const char* xdg_variable, const char* home_fallback, const char* name);

// FNV-1a, 64 bits, as 16 hex digits: names cache files (contents are verified).
std::string fnv1a_hex(const std::string& data);

}  // namespace judge::util
