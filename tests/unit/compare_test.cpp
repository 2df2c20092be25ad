// The comparison rules, on JSON values alone.
#include <catch2/catch.hpp>

#include "judge/check/compare.hpp"

using judge::check::Answer;
using judge::check::compare;
using judge::check::CompareContext;
using judge::problem::CompareMode;
using judge::problem::CompareRule;
using nlohmann::json;

namespace {

judge::check::Comparison run(CompareRule rule, const json& expected, const json& got, bool doubles = false) {
  return compare(CompareContext{rule, doubles, nullptr}, expected, Answer{got, std::nullopt});
}

}  // namespace

TEST_CASE("exact: integers, strings and booleans must match exactly, with the first difference named", "[compare]") {
  const CompareRule exact;
  CHECK(run(exact, json::parse("[1,2,3]"), json::parse("[1,2,3]")).equal);
  const auto differs = run(exact, json::parse("[1,2,3]"), json::parse("[1,5,3]"));
  CHECK_FALSE(differs.equal);
  CHECK(differs.why == "at [1]: expected 2, got 5");
  CHECK(run(exact, json::parse("[1,2]"), json::parse("[1,2,3]")).why == "expected 2 items, got 3 (extra: 3)");
  CHECK_FALSE(run(exact, json(true), json(1)).equal);
  CHECK_FALSE(run(exact, json(1), json(true)).equal);
  CHECK_FALSE(run(exact, json(3), json(3.0)).equal);
  CHECK_FALSE(run(exact, json("abc"), json("abd")).equal);
  CHECK(run(exact, json::parse("[[1],[2,3]]"), json::parse("[[1],[2,4]]")).why == "at [1][1]: expected 3, got 4");
  CHECK_FALSE(run(exact, json::parse("[1]"), json(nullptr)).equal);
}

TEST_CASE("exact: doubles within the tolerance, absolute or relative", "[compare]") {
  CompareRule rule;
  rule.float_tolerance = 1e-5;
  CHECK(run(rule, json(2.5), json(2.500001), true).equal);
  CHECK(run(rule, json(2), json(2.0), true).equal);
  CHECK(run(rule, json(1e9), json(1e9 + 100), true).equal);
  CHECK_FALSE(run(rule, json(2.5), json(2.6), true).equal);
  CHECK_FALSE(run(rule, json(2.5), json("2.5"), true).equal);
}

TEST_CASE("any order: the top-level list as a multiset", "[compare]") {
  CompareRule rule;
  rule.mode = CompareMode::any_order;
  CHECK(run(rule, json::parse("[1,2,2]"), json::parse("[2,1,2]")).equal);
  CHECK_FALSE(run(rule, json::parse("[1,2,2]"), json::parse("[1,1,2]")).equal);
  CHECK_FALSE(run(rule, json::parse("[1,2]"), json::parse("[1,2,2]")).equal);
  CHECK(run(rule, json::parse("[[1,2],[3]]"), json::parse("[[3],[1,2]]")).equal);
  CHECK_FALSE(run(rule, json::parse("[[1,2],[3]]"), json::parse("[[3],[2,1]]")).equal);
}

TEST_CASE("nested any order: inner lists and the outer list as multisets", "[compare]") {
  CompareRule rule;
  rule.mode = CompareMode::nested_any_order;
  CHECK(run(rule, json::parse("[[],[1],[2],[1,2]]"), json::parse("[[2,1],[],[2],[1]]")).equal);
  CHECK_FALSE(run(rule, json::parse("[[],[1],[2],[1,2]]"), json::parse("[[2,1],[],[2],[2]]")).equal);
  CHECK_FALSE(run(rule, json::parse("[[1,1]]"), json::parse("[[1]]")).equal);
  CHECK_FALSE(run(rule, json::parse("[[1]]"), json::parse("[1]")).equal);
}

TEST_CASE("design: each operation's output, named in the message", "[compare]") {
  CompareRule rule;
  rule.mode = CompareMode::design;
  const json operations = json::parse(R"(["LRUCache","put","get"])");
  const CompareContext context{rule, false, &operations};
  CHECK(compare(context, json::parse("[null,null,1]"), Answer{json::parse("[null,null,1]"), std::nullopt}).equal);
  const auto differs = compare(context, json::parse("[null,null,1]"), Answer{json::parse("[null,null,-1]"), std::nullopt});
  CHECK_FALSE(differs.equal);
  CHECK(differs.why == "operation 2 (get): expected 1, got -1");
}

TEST_CASE("in place with a returned k: k must match and only the first k elements count", "[compare]") {
  CompareRule rule;
  rule.paramindex = 0;
  rule.prefix_from_return = true;
  const CompareContext context{rule, false, nullptr};
  CHECK(compare(context, json::parse("[1,2]"), Answer{json::parse("[1,2,2,9]"), json(2)}).equal);
  CHECK_FALSE(compare(context, json::parse("[1,2]"), Answer{json::parse("[1,2,2,9]"), json(3)}).equal);
  CHECK_FALSE(compare(context, json::parse("[1,2]"), Answer{json::parse("[2,1,2]"), json(2)}).equal);
  CHECK_FALSE(compare(context, json::parse("[1,2]"), Answer{json::parse("[1]"), json(2)}).equal);
  CHECK_FALSE(compare(context, json::parse("[1,2]"), Answer{json::parse("[1,2]"), json(true)}).equal);
  CHECK_FALSE(compare(context, json::parse("[1,2]"), Answer{json::parse("[1,2]"), std::nullopt}).equal);
}
