// Grading results in the formats CI systems and platforms read. One writer
// per format, one interface: `judge grade --format NAME[:PATH]`.
#pragma once

#include <string>
#include <vector>

#include "judge/grade/grade.hpp"

namespace judge::grade {

// The formats there are: json, junit, github.
std::vector<std::string> format_names();

// The text of `format` for these results; empty when the name is unknown.
// `summary_markdown` receives the GitHub job summary (github only).
std::string write_format(const std::string& format, const Plan& plan, const GradeResult& result,
                         std::string* summary_markdown = nullptr);

// Workflow-command escaping (GitHub Actions): data, and property values.
std::string github_escape_data(const std::string& text);
std::string github_escape_property(const std::string& text);

// XML text and attribute escaping, dropping characters XML 1.0 cannot hold.
std::string xml_escape(const std::string& text);

}  // namespace judge::grade
