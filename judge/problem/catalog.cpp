#include "judge/problem/catalog.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace judge::problem {

namespace fs = std::filesystem;

Catalog::Catalog(fs::path root) : root_(std::move(root)) {}

fs::path Catalog::default_root(const std::string& from_option) {
  if (!from_option.empty()) return from_option;
  if (const char* env = std::getenv("JUDGE_PROBLEMS"); env != nullptr && *env != '\0') return env;
  return JUDGE_PROBLEMS_DIR;
}

std::vector<CatalogEntry> Catalog::entries() const {
  std::vector<CatalogEntry> found;
  std::error_code error;
  for (const auto& pattern : fs::directory_iterator(root_, error)) {
    if (!pattern.is_directory()) continue;
    for (const auto& problem : fs::directory_iterator(pattern.path(), error)) {
      if (problem.is_directory() && fs::is_regular_file(problem.path() / "problem.json")) {
        found.push_back({problem.path().filename().string(), pattern.path().filename().string(), problem.path()});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::tie(a.pattern, a.slug) < std::tie(b.pattern, b.slug);
  });
  return found;
}

std::optional<CatalogEntry> Catalog::find(const std::string& slug) const {
  for (auto& entry : entries()) {
    if (entry.slug == slug) return entry;
  }
  return std::nullopt;
}

std::string slug_from_file_name(const fs::path& file) {
  std::string stem = file.stem().string();
  // LeetCode's own download names: "1.two-sum", "0001-two-sum".
  std::size_t digits = 0;
  while (digits < stem.size() && std::isdigit(static_cast<unsigned char>(stem[digits])) != 0) ++digits;
  if (digits > 0 && digits < stem.size() && (stem[digits] == '.' || stem[digits] == '-' || stem[digits] == '_')) {
    stem = stem.substr(digits + 1);
  }
  for (char& c : stem) {
    c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return stem;
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::vector<std::string> similar_slugs(const std::string& wanted, const std::vector<CatalogEntry>& entries) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& entry : entries) {
    const std::size_t distance = edit_distance(wanted, entry.slug);
    const bool contains = entry.slug.find(wanted) != std::string::npos || wanted.find(entry.slug) != std::string::npos;
    if (contains || distance <= std::max<std::size_t>(2, wanted.size() / 4)) scored.emplace_back(contains ? 0 : distance, entry.slug);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) names.push_back(scored[i].second);
  return names;
}

}  // namespace judge::problem
