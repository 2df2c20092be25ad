#include "judge/cli/history.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "judge/util/files.hpp"

namespace judge::cli {

namespace fs = std::filesystem;

fs::path History::default_path() {
  const fs::path dir = util::user_dir("XDG_STATE_HOME", ".local/state", "");
  return dir.empty() ? dir : dir / "history.json";
}

History::History(fs::path path) : path_(std::move(path)), data_(nlohmann::json::object()) {
  if (path_.empty()) return;
  if (const auto text = util::read_file(path_, 4u << 20)) {
    try {
      auto parsed = nlohmann::json::parse(*text);
      if (parsed.is_object() && parsed.value("problems", nlohmann::json()).is_object()) data_ = std::move(parsed);
    } catch (const nlohmann::json::exception&) {
      // A damaged history starts afresh rather than failing the learner.
    }
  }
  if (!data_.contains("problems")) data_ = {{"version", 1}, {"problems", nlohmann::json::object()}};
}

std::string History::status(const std::string& slug) const {
  const auto& problems = data_["problems"];
  if (!problems.contains(slug) || !problems[slug].is_object()) return {};
  const auto& entry = problems[slug];
  return entry.contains("status") && entry["status"].is_string() ? entry["status"].get<std::string>() : "";
}

void History::record(const std::string& slug, const std::string& verdict, bool solved) {
  if (path_.empty()) return;
  auto& entry = data_["problems"][slug];
  if (!entry.is_object()) entry = nlohmann::json::object();
  const bool was_solved = entry.value("status", "") == "solved";
  entry["status"] = solved || was_solved ? "solved" : "attempted";
  entry["last_verdict"] = verdict;
  entry["attempts"] = entry.value("attempts", 0) + 1;
  entry["last_at"] = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
  util::write_file_atomically(path_, data_.dump(1));
}

int History::hints_seen(const std::string& slug) const {
  const auto& problems = data_["problems"];
  if (!problems.contains(slug) || !problems[slug].is_object()) return 0;
  const auto& seen = problems[slug].value("hints_seen", nlohmann::json(0));
  return seen.is_number_integer() ? seen.get<int>() : 0;
}

void History::record_hints_seen(const std::string& slug, int count) {
  if (path_.empty()) return;
  auto& entry = data_["problems"][slug];
  if (!entry.is_object()) entry = nlohmann::json::object();
  entry["hints_seen"] = std::max(count, hints_seen(slug));
  util::write_file_atomically(path_, data_.dump(1));
}

}  // namespace judge::cli
