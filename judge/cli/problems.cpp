#include "judge/cli/problems.hpp"

#include <stdexcept>

namespace judge::cli {

problem::Problem load_by_slug(const problem::Catalog& catalog, const std::string& slug) {
  if (const auto entry = catalog.find(slug)) return problem::load_problem(entry->dir);
  std::string message = "no problem \"" + slug + "\" in " + catalog.root().string();
  const auto similar = problem::similar_slugs(slug, catalog.entries());
  if (!similar.empty()) {
    message += "; did you mean";
    for (std::size_t i = 0; i < similar.size(); ++i) message += (i == 0 ? " " : ", ") + similar[i];
    message += "?";
  }
  throw std::runtime_error(message + " (`judge list` shows them all)");
}

}  // namespace judge::cli
