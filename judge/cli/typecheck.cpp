// `judge typecheck FILE...`: the type-hint check alone, for one file or a
// whole folder's worth, with mypy kept warm across files.
#include <unistd.h>

#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/problems.hpp"
#include "judge/cli/python.hpp"
#include "judge/report/report_text.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "judge/util/files.hpp"

namespace judge::cli {
namespace {

struct TypecheckOptions {
  std::vector<std::string> files;
  std::string problems_dir;
  bool json = false;
  std::string python;
};

// The problem's signatures make fix hints exact, when the file names one.
nlohmann::json signatures_for(const problem::Catalog& catalog, const std::string& file) {
  try {
    if (const auto entry = catalog.find(problem::slug_from_file_name(file))) {
      return problem::load_problem(entry->dir).python_signatures();
    }
  } catch (const problem::ProblemError&) {
    // No hints from a malformed problem; the check itself goes on.
  }
  return nlohmann::json::object();
}

int typecheck_files(const TypecheckOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  typecheck::TypeChecker checker({resolve_python(options.python), typecheck::default_cache_dir(), options.files.size() > 1});
  nlohmann::json results = nlohmann::json::array();
  bool all_ok = true;
  bool failed = false;
  const bool color = ::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr;
  for (const auto& file : options.files) {
    const auto source = util::read_file(file, 1u << 20);
    typecheck::TypeCheckResult result;
    if (source) {
      result = checker.check(*source, signatures_for(catalog, file));
    } else {
      result.failure = "cannot read the file (or it is larger than 1 MiB)";
    }
    failed = failed || !result.failure.empty();
    all_ok = all_ok && result.ok;
    if (options.json) {
      auto entry = typecheck::to_json(result);
      entry["file"] = file;
      results.push_back(entry);
    } else {
      std::cout << file << ":";
      if (result.syntax_error) {
        std::cout << " SyntaxError at line " << result.syntax_error->line << ", column " << result.syntax_error->column
                  << ": " << result.syntax_error->message << "\n";
      } else {
        std::cout << report::type_hints_text(result, false, {color});
      }
    }
  }
  if (options.json) std::cout << results.dump(2) << "\n";
  if (failed) return kExitError;
  return all_ok ? kExitOk : kExitFailed;
}

}  // namespace

void add_typecheck_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TypecheckOptions>();
  CLI::App* command = app.add_subcommand("typecheck", "Check that every function is type-hinted (mypy), without running anything");
  command->add_option("files", options->files, "Python files")->required()->check(CLI::ExistingFile);
  command->add_flag("--json", options->json, "Print a JSON list of type_check results");
  command->add_option("--problems", options->problems_dir, "Problem bank folder (for exact fix hints)");
  command->add_option("--python", options->python, "Interpreter with mypy (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "typecheck", exit_code, [options] { return typecheck_files(*options); });
}

}  // namespace judge::cli
