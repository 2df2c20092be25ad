// Loading problems: a valid one is read fully, a malformed one is refused
// with the file, the field and the reason.
#include <catch2/catch.hpp>

#include <fstream>

#include "judge/problem/catalog.hpp"
#include "judge/problem/problem.hpp"
#include "judge/report/report_text.hpp"

namespace fs = std::filesystem;
using judge::problem::ProblemError;
using nlohmann::json;

namespace {

// A throwaway problem folder: problem.json and tests.json as given.
class ProblemDir {
 public:
  ProblemDir(const json& problem, const json& tests) {
    root_ = fs::temp_directory_path() / ("judge-problem-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    dir_ = root_ / "arrays" / "two-sum";
    fs::create_directories(dir_);
    std::ofstream(dir_ / "problem.json") << problem.dump();
    std::ofstream(dir_ / "tests.json") << tests.dump();
    std::ofstream(dir_ / "statement.md") << "Two sum\n";
    std::ofstream(dir_ / "reference.py") << "class Solution: pass\n";
  }
  ~ProblemDir() { fs::remove_all(root_); }
  const fs::path& dir() const { return dir_; }

 private:
  static inline int counter_ = 0;
  fs::path root_;
  fs::path dir_;
};

json valid_problem() {
  return json::parse(R"({
    "schema": "judge.problem/v1", "id": "two-sum", "title": "Two Sum", "difficulty": "easy", "pattern": "arrays",
    "metaData": {"name": "twoSum", "params": [{"name": "nums", "type": "integer[]"}, {"name": "target", "type": "integer"}],
                 "return": {"type": "integer[]"}},
    "compare": {"mode": "any_order"}, "limits": {"case_time_ms": 500}
  })");
}

json valid_tests() {
  return json::parse(R"({"cases": [
    {"name": "example-1", "sample": true, "input": {"nums": [2, 7], "target": 9}, "expected": [0, 1]},
    {"name": "hidden-one", "input": {"nums": [3, 3], "target": 6}, "expected": [0, 1]}
  ]})");
}

std::string refusal(const json& problem, const json& tests) {
  ProblemDir dir(problem, tests);
  try {
    judge::problem::load_problem(dir.dir());
  } catch (const ProblemError& error) {
    return error.file().filename().string() + " | " + error.field() + " | " + error.reason();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("a valid problem loads with its signature, rule, limits and cases", "[problem]") {
  ProblemDir dir(valid_problem(), valid_tests());
  const auto problem = judge::problem::load_problem(dir.dir());
  CHECK(problem.id == "two-sum");
  CHECK(problem.method.name == "twoSum");
  REQUIRE(problem.method.params.size() == 2);
  CHECK(problem.method.params[0].type.to_string() == "integer[]");
  CHECK(problem.method.returns.python_annotation() == "List[int]");
  CHECK(problem.compare.mode == judge::problem::CompareMode::any_order);
  CHECK(problem.limits.case_time.count() == 500);
  REQUIRE(problem.cases.size() == 2);
  CHECK(problem.cases[0].sample);
  CHECK_FALSE(problem.cases[1].sample);
}

TEST_CASE("a malformed problem is refused naming the file, the field and what is wrong", "[problem]") {
  auto problem = valid_problem();
  problem["metaData"]["params"][0]["type"] = "int";
  CHECK(refusal(problem, valid_tests()) == R"(problem.json | metaData.params[0].type | unknown type "int" (use "integer"))");

  problem = valid_problem();
  problem["id"] = "three-sum";
  CHECK(refusal(problem, valid_tests()) == R"(problem.json | id | "three-sum" must equal the folder name)");

  problem = valid_problem();
  problem["compare"]["mode"] = "sorted";
  CHECK(refusal(problem, valid_tests()).rfind("problem.json | compare.mode | must be exact", 0) == 0);

  problem = valid_problem();
  problem["difficulty"] = "trivial";
  CHECK(refusal(problem, valid_tests()) == "problem.json | difficulty | must be easy, medium or hard");

  problem = valid_problem();
  problem["timeout"] = 3;
  CHECK(refusal(problem, valid_tests()) == "problem.json | timeout | is not a known field");

  auto tests = valid_tests();
  tests["cases"][1]["input"]["nums"] = "2,7";
  CHECK(refusal(valid_problem(), tests) == "tests.json | cases[1].input.nums | expected a list (integer[]), got string");

  tests = valid_tests();
  tests["cases"][1]["name"] = "example-1";
  CHECK(refusal(valid_problem(), tests) == R"(tests.json | cases[1].name | "example-1" is used twice)");

  tests = valid_tests();
  tests["cases"][0]["input"].erase("target");
  CHECK(refusal(valid_problem(), tests) == "tests.json | cases[0].input.target | is missing (the method takes it)");

  tests = valid_tests();
  tests["cases"][0]["input"]["extra"] = 1;
  CHECK(refusal(valid_problem(), tests) == "tests.json | cases[0].input.extra | is not a parameter of twoSum");

  tests = valid_tests();
  tests["cases"][0].erase("expected");
  CHECK(refusal(valid_problem(), tests) == "tests.json | cases[0].expected | is required");

  tests = valid_tests();
  tests["cases"][1] = json::parse(R"({"name": "big", "generate": {"seed": 1}})");
  CHECK(refusal(valid_problem(), tests) == "tests.json | cases | generated cases need generator.py next to it");
}

TEST_CASE("a problem file that is not JSON is refused, not crashed on", "[problem]") {
  ProblemDir dir(valid_problem(), valid_tests());
  std::ofstream(dir.dir() / "tests.json") << "{\"cases\": [";
  try {
    judge::problem::load_problem(dir.dir());
    FAIL("accepted");
  } catch (const ProblemError& error) {
    CHECK(error.file().filename() == "tests.json");
    CHECK(error.reason().rfind("is not valid JSON", 0) == 0);
  }
}

TEST_CASE("LeetCode's types parse; anything else does not", "[problem]") {
  using judge::problem::parse_value_type;
  CHECK(parse_value_type("integer[][]")->to_string() == "integer[][]");
  CHECK(parse_value_type("list<list<string>>")->python_annotation() == "List[List[str]]");
  CHECK(parse_value_type("TreeNode")->python_annotation() == "Optional[TreeNode]");
  CHECK_FALSE(parse_value_type("int").has_value());
  CHECK_FALSE(parse_value_type("void[]").has_value());
  CHECK_FALSE(parse_value_type("list<integer").has_value());
  using judge::problem::why_not_value_of;
  CHECK(why_not_value_of(json::parse("[1,null,2]"), *parse_value_type("TreeNode")).empty());
  CHECK_FALSE(why_not_value_of(json::parse("[null,1]"), *parse_value_type("TreeNode")).empty());
  CHECK(why_not_value_of(json::parse("[[2],[1]]"), *parse_value_type("Node")).empty());
  CHECK_FALSE(why_not_value_of(json::parse("[[3],[1]]"), *parse_value_type("Node")).empty());
  CHECK(why_not_value_of(json("é"), *parse_value_type("character")).empty());
  CHECK_FALSE(why_not_value_of(json("ab"), *parse_value_type("character")).empty());
}

TEST_CASE("the slug comes from the file name, LeetCode's download names included", "[problem]") {
  using judge::problem::slug_from_file_name;
  CHECK(slug_from_file_name("two-sum.py") == "two-sum");
  CHECK(slug_from_file_name("exercises/1.two-sum.py") == "two-sum");
  CHECK(slug_from_file_name("0001-two-sum.py") == "two-sum");
  CHECK(slug_from_file_name("Two_Sum.py") == "two-sum");
  CHECK(slug_from_file_name("3sum.py") == "3sum");
}

TEST_CASE("a level-order tree is drawn sideways", "[report]") {
  CHECK(judge::report::draw_tree(json::parse("[3,9,20,null,null,15,7]")) ==
        "3\n├── 9\n└── 20\n    ├── 15\n    └── 7\n");
  CHECK(judge::report::draw_tree(json::parse("[1,null,2]")) == "1\n├── ·\n└── 2\n");
  CHECK(judge::report::draw_tree(json::parse("[]")) == "(empty tree)\n");
}
