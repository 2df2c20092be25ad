// JUnit XML as GitLab's test reports, Jenkins and the common GitHub
// test-report actions read it: a testsuite per solution, a testcase per
// test (plus "load" when nothing ran, and "type hints"), the failure's
// details in the element body, `file` naming the solution.
#include <sstream>

#include "judge/grade/items.hpp"
#include "judge/grade/writers.hpp"

namespace judge::grade {
namespace {

std::string seconds(double ms) {
  std::ostringstream out;
  out.precision(3);
  out << std::fixed << ms / 1000;
  return out.str();
}

std::string failure_body(const Item& item) {
  std::string body = item.message;
  if (!item.details.empty()) body += "\n" + item.details;
  if (!item.output.empty()) body += "\nprinted:\n" + item.output;
  return body;
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') break;  // not allowed in XML 1.0
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string write_junit(const Plan& /*plan*/, const GradeResult& result) {
  const std::vector<Item> items = items_of(result);
  std::ostringstream suites;
  std::size_t tests = 0, failures = 0, errors = 0;
  for (std::size_t index = 0; index < result.graded.size(); ++index) {
    const Graded& graded = result.graded[index];
    const std::string file = xml_escape(graded.assignment.file.string());
    const std::string name = xml_escape(graded.assignment.problem);
    std::ostringstream cases;
    std::size_t suite_tests = 0, suite_failures = 0, suite_errors = 0;
    double suite_ms = 0;
    for (const Item& item : items) {
      if (item.solution != index) continue;
      ++suite_tests;
      suite_ms += item.kind == Item::Kind::test ? item.time_ms : 0;
      cases << "    <testcase name=\"" << xml_escape(item.test_name) << "\" classname=\"" << name << "\" file=\""
            << file << "\" time=\"" << seconds(item.time_ms) << "\"";
      if (item.passed) {
        cases << "/>\n";
        continue;
      }
      // An internal error is the judge's fault: JUnit's <error>, not <failure>.
      const bool internal = item.verdict == "IE" || (item.kind == Item::Kind::type_hints && item.errored);
      const char* element = internal ? "error" : "failure";
      (internal ? suite_errors : suite_failures) += 1;
      const std::string type = item.kind == Item::Kind::type_hints ? "type-hints" : item.verdict;
      cases << ">\n      <" << element << " type=\"" << xml_escape(type) << "\" message=\"" << xml_escape(item.message)
            << "\">" << xml_escape(failure_body(item)) << "</" << element << ">\n    </testcase>\n";
    }
    tests += suite_tests;
    failures += suite_failures;
    errors += suite_errors;
    suites << "  <testsuite name=\"" << name << "\" file=\"" << file << "\" tests=\"" << suite_tests
           << "\" failures=\"" << suite_failures << "\" errors=\"" << suite_errors << "\" skipped=\"0\" time=\""
           << seconds(suite_ms) << "\">\n"
           << cases.str() << "  </testsuite>\n";
  }
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"judge\" tests=\"" << tests << "\" failures=\""
      << failures << "\" errors=\"" << errors << "\" time=\"" << seconds(result.wall_ms) << "\">\n"
      << suites.str() << "</testsuites>\n";
  return out.str();
}

}  // namespace judge::grade
