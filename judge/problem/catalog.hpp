// The problem bank on disk: problems/<pattern>/<slug>/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/problem/problem.hpp"

namespace judge::problem {

struct CatalogEntry {
  std::string slug;
  std::string pattern;
  std::filesystem::path dir;
};

class Catalog {
 public:
  explicit Catalog(std::filesystem::path root);
  // Where problems are looked for: --problems, else $JUDGE_PROBLEMS, else the
  // bank the judge was built with.
  static std::filesystem::path default_root(const std::string& from_option);

  const std::filesystem::path& root() const { return root_; }
  // Every problem folder, sorted by pattern then slug (not yet validated).
  std::vector<CatalogEntry> entries() const;
  std::optional<CatalogEntry> find(const std::string& slug) const;

 private:
  std::filesystem::path root_;
};

// The slug a solution's file name names: two-sum.py, 1.two-sum.py, two_sum.py.
std::string slug_from_file_name(const std::filesystem::path& file);

// Close matches for "did you mean" hints.
std::vector<std::string> similar_slugs(const std::string& wanted, const std::vector<CatalogEntry>& entries);

}  // namespace judge::problem
