// The learner's local history: which problems they solved or attempted, kept
// in $XDG_STATE_HOME/judge/history.json (else ~/.local/state/judge/).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace judge::cli {

class History {
 public:
  // Where the history lives; empty when there is no home to keep it in.
  static std::filesystem::path default_path();
  explicit History(std::filesystem::path path);

  // "solved", "attempted", or empty for a problem never submitted.
  std::string status(const std::string& slug) const;
  // Records a submission; solved stays solved. Best effort: a history that
  // cannot be written never fails a submission.
  void record(const std::string& slug, const std::string& verdict, bool solved);

  // How many of a problem's hints the learner has seen (judge hint).
  int hints_seen(const std::string& slug) const;
  void record_hints_seen(const std::string& slug, int count);

 private:
  std::filesystem::path path_;
  nlohmann::json data_;
};

}  // namespace judge::cli
