// The escaping and trimming the grade writers rely on: what a solution
// controls must not break out of an annotation, an XML element or a limit.
#include <catch2/catch.hpp>

#include "judge/grade/items.hpp"
#include "judge/grade/writers.hpp"

using namespace judge::grade;

TEST_CASE("github workflow commands cannot be forged through data or properties") {
  CHECK(github_escape_data("50%\r\n::error::x") == "50%25%0D%0A::error::x");
  CHECK(github_escape_property("a,b:c\nd%") == "a%2Cb%3Ac%0Ad%25");
}

TEST_CASE("xml escaping covers markup and drops characters XML 1.0 cannot hold") {
  CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(xml_escape(std::string("a\x01\x1b[31mb\tc\n", 11)) == "a[31mb\tc\n");
}

TEST_CASE("truncation counts characters, not bytes, and ends in the note") {
  CHECK(truncate_text("short", 10, "...") == "short");
  const std::string accents = [] {
    std::string text;
    for (int i = 0; i < 20; ++i) text += "\xC3\xA9";  // é, two bytes each
    return text;
  }();
  CHECK(truncate_text(accents, 20, "!") == accents);
  const std::string cut = truncate_text(accents, 10, "...");
  CHECK(cut == accents.substr(0, 14) + "...");  // 7 characters and the note: 10
}

TEST_CASE("every format is registered once, with a writer") {
  for (const auto& format : formats()) {
    CHECK(format.write != nullptr);
    CHECK(find_format(format.name) == &format);
  }
  CHECK(find_format("nope") == nullptr);
  CHECK(format_names_text() == "json, junit, github, gradescope, exercism, prairielearn");
}

TEST_CASE("scored items split each solution's share like its score") {
  GradeResult result;
  for (const double weight : {1.0, 3.0}) {
    Graded graded;
    graded.assignment = {"a.py", "two-sum", weight};
    graded.report.verdict = judge::report::Verdict::WA;
    graded.report.breakdown = {45, 90, 10, 10};
    for (int i = 0; i < 3; ++i) {
      judge::report::TestResult test;
      test.name = "t" + std::to_string(i);
      test.verdict = i == 0 ? judge::report::Verdict::WA : judge::report::Verdict::AC;
      graded.report.tests.push_back(test);
    }
    graded.report.total = 3;
    graded.report.passed = 2;
    result.graded.push_back(graded);
  }
  const auto items = items_of(result);
  REQUIRE(items.size() == 6);  // no type check: tests only
  double max = 0;
  for (const auto& item : items) max += item.max_points;
  CHECK(max == Approx(90));  // the tests' 90 points; type hints were not checked
  CHECK(items[0].max_points == Approx(90.0 / 4 / 3));
  CHECK(items[3].max_points == Approx(90.0 * 3 / 4 / 3));
  CHECK_FALSE(items[0].passed);
  CHECK(items[0].points == 0);
  CHECK(items[1].points == Approx(items[1].max_points));
  CHECK(items[0].name == "two-sum: t0");
}
