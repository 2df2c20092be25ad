// `judge show SLUG` and `judge new SLUG`: the statement, the signature and
// the samples; a starter file with the exact, fully type-hinted signature.
#include <fstream>
#include <iostream>

#include "judge/check/compare.hpp"
#include "judge/cli/command.hpp"
#include "judge/cli/problems.hpp"
#include "judge/problem/starter.hpp"
#include "judge/util/files.hpp"

namespace judge::cli {
namespace {

struct ShowOptions {
  std::string slug;
  std::string pattern;
  std::string problems_dir;
  std::string output;
  bool force = false;
};

// A pattern's introduction (problems/<pattern>/README.md) and its problems.
int show_pattern(const problem::Catalog& catalog, const std::string& pattern) {
  const auto intro = util::read_file(catalog.root() / pattern / "README.md");
  std::vector<std::string> slugs;
  std::vector<std::string> patterns;
  for (const auto& entry : catalog.entries()) {
    if (entry.pattern == pattern) slugs.push_back(entry.slug);
    if (patterns.empty() || patterns.back() != entry.pattern) patterns.push_back(entry.pattern);
  }
  if (!intro && slugs.empty()) {
    std::string known;
    for (const auto& name : patterns) known += (known.empty() ? "" : ", ") + name;
    throw std::runtime_error("no pattern \"" + pattern + "\"; the patterns are: " + known);
  }
  if (intro) std::cout << *intro << "\n";
  std::cout << "Problems (" << slugs.size() << "): ";
  for (std::size_t i = 0; i < slugs.size(); ++i) std::cout << (i == 0 ? "" : ", ") << slugs[i];
  std::cout << "\n";
  return kExitOk;
}

int show(const ShowOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  if (!options.pattern.empty()) return show_pattern(catalog, options.pattern);
  if (options.slug.empty()) throw std::runtime_error("name a problem, or a pattern with --pattern");
  const problem::Problem problem = load_by_slug(catalog, options.slug);
  const auto statement = util::read_file(problem.statement_path());
  std::cout << "# " << problem.title << "  (" << problem.id << ", " << problem.difficulty << ", " << problem.pattern << ")\n\n";
  if (statement) std::cout << *statement << "\n";
  std::cout << "## Signature\n\n" << problem::starter_source(problem).substr(problem::starter_source(problem).find("\nclass ") + 1) << "\n";
  if (!problem.rules.empty()) {
    auto joined = [](const std::vector<std::string>& rules) {
      std::string text;
      for (const auto& rule : rules) text += (text.empty() ? "" : ", ") + rule;
      return text;
    };
    std::cout << "## Rules (checked before anything runs)\n\n";
    if (!problem.rules.forbid.empty()) std::cout << "Not allowed: " << joined(problem.rules.forbid) << "\n";
    if (!problem.rules.require.empty()) std::cout << "Required: " << joined(problem.rules.require) << "\n";
    std::cout << "\n";
  }
  std::cout << "## Samples\n\n";
  for (const auto& test : problem.cases) {
    if (!test.sample) continue;
    std::cout << test.name << "\n  input:    " << check::brief(test.input, 400)
              << "\n  expected: " << check::brief(*test.expected, 400) << "\n";
  }
  if (!problem.hints.empty()) {
    std::cout << "\nStuck? `judge hint " << problem.id << "` (" << problem.hints.size() << " hints, one at a time)\n";
  }
  return kExitOk;
}

int create_starter(const ShowOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const problem::Problem problem = load_by_slug(catalog, options.slug);
  const std::string path = options.output.empty() ? problem.id + ".py" : options.output;
  if (std::filesystem::exists(path) && !options.force) {
    std::cerr << "judge new: " << path << " already exists (use --force to overwrite)\n";
    return kExitError;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << problem::starter_source(problem);
  if (!out) {
    std::cerr << "judge new: cannot write " << path << "\n";
    return kExitError;
  }
  std::cout << "wrote " << path << ": solve it, then run `judge submit " << path << "`\n";
  return kExitOk;
}

}  // namespace

void add_show_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show", "Show a problem (statement, signature, samples) or a pattern's introduction");
  command->add_option("slug", options->slug, "The problem, e.g. two-sum");
  command->add_option("--pattern", options->pattern, "Introduce a pattern instead, e.g. two-pointers");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "show", exit_code, [options] { return show(*options); });
}

void add_new_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("new", "Write a starter file with the exact, type-hinted signature");
  command->add_option("slug", options->slug, "The problem, e.g. two-sum")->required();
  command->add_option("-o,--output", options->output, "Where to write it (default: SLUG.py)");
  command->add_flag("--force", options->force, "Overwrite an existing file");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "new", exit_code, [options] { return create_starter(*options); });
}

}  // namespace judge::cli
