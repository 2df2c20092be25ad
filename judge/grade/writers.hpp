// Grading results in the formats CI systems and platforms read. One small
// module per format (format_*.cpp), one interface: a name and a function
// from the graded repository to text. `judge grade --format NAME[:PATH]`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "judge/grade/grade.hpp"

namespace judge::grade {

using WriteFormat = std::string (*)(const Plan& plan, const GradeResult& result);
// The platform's "could not grade this" result, for a repository that
// cannot even be planned (no solution found, a broken manifest): platforms
// that read a results file must still find one, with the reason.
using WriteUngraded = std::string (*)(const std::string& why);

struct Format {
  std::string_view name;
  std::string_view description;
  WriteFormat write;
  WriteUngraded ungraded = nullptr;  // null: the format has no such result
};

// Every format, in the order `judge grade --help` lists them.
const std::vector<Format>& formats();
const Format* find_format(std::string_view name);
std::string format_names_text();  // "json, junit, github, ..."

std::string write_json(const Plan& plan, const GradeResult& result);
std::string write_junit(const Plan& plan, const GradeResult& result);
std::string write_github(const Plan& plan, const GradeResult& result);
std::string write_gradescope(const Plan& plan, const GradeResult& result);
std::string write_exercism(const Plan& plan, const GradeResult& result);
std::string write_prairielearn(const Plan& plan, const GradeResult& result);
std::string ungraded_gradescope(const std::string& why);
std::string ungraded_exercism(const std::string& why);
std::string ungraded_prairielearn(const std::string& why);

// The Markdown job summary GitHub shows when $GITHUB_STEP_SUMMARY is set.
std::string github_step_summary(const GradeResult& result);

// Workflow-command escaping (GitHub Actions): data, and property values.
std::string github_escape_data(const std::string& text);
std::string github_escape_property(const std::string& text);

// XML text and attribute escaping, dropping characters XML 1.0 cannot hold.
std::string xml_escape(const std::string& text);

// At most `limit` characters (code points), ending in `note` when cut.
std::string truncate_text(const std::string& text, std::size_t limit, const std::string& note);

// A plain-text account of the whole result, for the platforms' top-level output.
std::string plain_summary(const GradeResult& result);

}  // namespace judge::grade
