// problem.json and tests.json to a Problem, refusing anything malformed with
// the file, the field and the reason.
#include <algorithm>
#include <regex>
#include <set>

#include "judge/problem/problem.hpp"
#include "judge/problem/roadmap.hpp"
#include "judge/util/files.hpp"

namespace judge::problem {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxJsonBytes = 32u << 20;

json read_json(const fs::path& file) {
  const auto text = util::read_file(file, kMaxJsonBytes);
  if (!text) throw ProblemError(file, "", "cannot be read, or is larger than 32 MiB");
  try {
    return json::parse(*text);
  } catch (const json::parse_error& parse) {
    throw ProblemError(file, "", std::string("is not valid JSON: ") + parse.what());
  }
}

// Typed access to one JSON object's fields, naming the field on failure.
class Fields {
 public:
  Fields(const fs::path& file, const json& object, std::string path)
      : file_(file), object_(object), path_(std::move(path)) {
    if (!object_.is_object()) fail("", "must be an object");
  }

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw ProblemError(file_, name(key), what);
  }
  std::string name(const std::string& key) const {
    if (key.empty()) return path_;
    return path_.empty() ? key : path_ + "." + key;
  }
  bool has(const std::string& key) const { return object_.contains(key) && !object_.at(key).is_null(); }
  const json& at(const std::string& key) const {
    if (!object_.contains(key)) fail(key, "is required");
    return object_.at(key);
  }
  std::string text(const std::string& key) const {
    const json& value = at(key);
    if (!value.is_string() || value.get_ref<const std::string&>().empty()) fail(key, "must be a non-empty string");
    return value.get<std::string>();
  }
  std::string text_or(const std::string& key, const std::string& fallback) const {
    return has(key) ? text(key) : fallback;
  }
  bool flag(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    if (!at(key).is_boolean()) fail(key, "must be true or false");
    return at(key).get<bool>();
  }
  long long number(const std::string& key, long long fallback, long long low, long long high) const {
    if (!has(key)) return fallback;
    const json& value = at(key);
    if (!value.is_number_integer()) fail(key, "must be an integer");
    const auto n = value.get<long long>();
    if (n < low || n > high) fail(key, "must be between " + std::to_string(low) + " and " + std::to_string(high));
    return n;
  }
  const json& list(const std::string& key) const {
    const json& value = at(key);
    if (!value.is_array()) fail(key, "must be a list");
    return value;
  }
  void only(std::initializer_list<const char*> known) const {
    const std::set<std::string> allowed(known.begin(), known.end());
    for (const auto& [key, value] : object_.items()) {
      if (!allowed.contains(key)) fail(key, "is not a known field");
    }
  }

 private:
  const fs::path& file_;
  const json& object_;
  std::string path_;
};

const std::regex kSlug("[a-z0-9]+(-[a-z0-9]+)*");
const std::regex kIdentifier("[A-Za-z_][A-Za-z0-9_]*");

// Built-in exceptions a case may expect (metaData.raises).
const std::set<std::string> kRaisable{
    "Exception",     "ValueError",        "TypeError",      "KeyError",         "IndexError",
    "LookupError",   "ZeroDivisionError", "ArithmeticError", "OverflowError",   "RuntimeError",
    "StopIteration", "AttributeError",    "NotImplementedError", "AssertionError", "FileNotFoundError",
    "OSError",       "RecursionError",    "PermissionError"};

// Rules a roadmap exercise can set (judge/rules/rules.py checks them).
const std::regex kRule(
    "for|while|comprehension|recursion|yield|dataclass|class|try|with|decorator|lambda|raise|"
    "(import|call|method|literal):[A-Za-z_][A-Za-z0-9_.]*");

std::string identifier(const Fields& fields, const std::string& key) {
  std::string value = fields.text(key);
  if (!std::regex_match(value, kIdentifier)) fields.fail(key, "\"" + value + "\" is not a Python identifier");
  return value;
}

ValueType value_type(const Fields& fields, const std::string& key, bool allow_void) {
  const std::string text = fields.text(key);
  auto parsed = parse_value_type(text);
  if (!parsed) {
    std::string hint;
    if (text == "int") hint = " (use \"integer\")";
    if (text == "bool") hint = " (use \"boolean\")";
    if (text == "str") hint = " (use \"string\")";
    if (text == "float") hint = " (use \"double\")";
    fields.fail(key, "unknown type \"" + text + "\"" + hint);
  }
  if (!allow_void && !parsed->is_list() && parsed->scalar == Scalar::void_type) fields.fail(key, "void is not an argument type");
  if (!allow_void && parsed->iterator) fields.fail(key, "an iterator is only a return type");
  return *parsed;
}

std::vector<Param> params_of(const fs::path& file, const Fields& owner, const std::string& key) {
  std::vector<Param> params;
  const json& list = owner.list(key);
  std::set<std::string> names;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Fields param(file, list[i], owner.name(key) + "[" + std::to_string(i) + "]");
    param.only({"name", "type", "cycle", "node_of"});
    Param p{identifier(param, "name"), value_type(param, "type", false), param.text_or("cycle", ""),
            param.text_or("node_of", "")};
    if (!p.node_of.empty()) {
      const bool tree = !p.type.is_list() && p.type.scalar == Scalar::tree_node;
      bool earlier_tree = false;
      for (const auto& other : params) {
        earlier_tree = earlier_tree || (other.name == p.node_of && !other.type.is_list() && other.type.scalar == Scalar::tree_node);
      }
      if (!tree || !earlier_tree) param.fail("node_of", "must name an earlier TreeNode parameter, on a TreeNode parameter");
    }
    if (!names.insert(p.name).second) param.fail("name", "\"" + p.name + "\" is used twice");
    if (!p.cycle.empty() && (p.type.is_list() || p.type.scalar != Scalar::list_node)) {
      param.fail("cycle", "only a ListNode parameter can have a cycle");
    }
    params.push_back(std::move(p));
  }
  return params;
}

Method method_of(const fs::path& file, const Fields& fields, bool needs_return) {
  Method method;
  method.name = identifier(fields, "name");
  method.params = params_of(file, fields, "params");
  if (needs_return) {
    Fields returns(file, fields.at("return"), fields.name("return"));
    returns.only({"type", "value_only", "cap"});
    method.returns = value_type(returns, "type", true);
    if (returns.has("cap") && !method.returns.iterator) returns.fail("cap", "only an iterator return has a cap");
    if (returns.has("cap")) returns.number("cap", 1000, 1, 100000);
    if (returns.flag("value_only", false)) {
      const auto scalar = method.returns.scalar;
      if (method.returns.is_list() || (scalar != Scalar::tree_node && scalar != Scalar::list_node && scalar != Scalar::graph_node)) {
        returns.fail("value_only", "only a returned node can be shown as its value");
      }
      method.returns_value_only = true;
    }
  }
  return method;
}

CompareRule compare_rule(const fs::path& file, const Fields& top, bool design) {
  CompareRule rule;
  if (design) rule.mode = CompareMode::design;
  if (!top.has("compare")) return rule;
  Fields compare(file, top.at("compare"), "compare");
  compare.only({"mode", "float_tolerance", "prefix"});
  const std::string mode = compare.text_or("mode", design ? "design" : "exact");
  if (mode == "exact") {
    rule.mode = CompareMode::exact;
  } else if (mode == "any_order") {
    rule.mode = CompareMode::any_order;
  } else if (mode == "nested_any_order") {
    rule.mode = CompareMode::nested_any_order;
  } else if (mode == "design") {
    rule.mode = CompareMode::design;
  } else if (mode == "checker") {
    rule.mode = CompareMode::checker;
  } else {
    compare.fail("mode", "must be exact, any_order, nested_any_order, design or checker, not \"" + mode + "\"");
  }
  if (rule.mode == CompareMode::checker && design) compare.fail("mode", "a design problem compares with \"design\"");
  if (rule.mode != CompareMode::checker && (rule.mode == CompareMode::design) != design) {
    compare.fail("mode", design ? "a systemdesign problem compares with \"design\"" : "\"design\" needs metaData.systemdesign");
  }
  if (compare.has("float_tolerance")) {
    const json& tolerance = compare.at("float_tolerance");
    if (!tolerance.is_number() || tolerance.get<double>() < 0 || tolerance.get<double>() > 1) {
      compare.fail("float_tolerance", "must be a number between 0 and 1");
    }
    rule.float_tolerance = tolerance.get<double>();
  }
  if (compare.has("prefix")) {
    if (compare.text("prefix") != "returned") compare.fail("prefix", "the only prefix rule is \"returned\"");
    rule.prefix_from_return = true;
  }
  return rule;
}

std::vector<std::string> string_list(const Fields& fields, const std::string& key) {
  std::vector<std::string> values;
  if (!fields.has(key)) return values;
  for (const auto& item : fields.list(key)) {
    if (!item.is_string()) fields.fail(key, "must be a list of strings");
    values.push_back(item.get<std::string>());
  }
  return values;
}

void read_signature(Problem& problem, const fs::path& file, const Fields& top) {
  Fields meta(file, top.at("metaData"), "metaData");
  problem.meta = top.at("metaData");
  problem.design = meta.flag("systemdesign", false);
  if (problem.design) {
    meta.only({"classname", "constructor", "methods", "systemdesign"});
    problem.class_name = identifier(meta, "classname");
    problem.method.name = "__init__";
    if (meta.has("constructor")) {
      Fields constructor(file, meta.at("constructor"), "metaData.constructor");
      problem.method.params = params_of(file, constructor, "params");
    }
    const json& methods = meta.list("methods");
    if (methods.empty()) meta.fail("methods", "a design class needs at least one method");
    std::set<std::string> names;
    for (std::size_t i = 0; i < methods.size(); ++i) {
      Fields method(file, methods[i], "metaData.methods[" + std::to_string(i) + "]");
      method.only({"name", "params", "return"});
      problem.methods.push_back(method_of(file, method, true));
      if (!names.insert(problem.methods.back().name).second) method.fail("name", "is used twice");
    }
    return;
  }
  meta.only({"name", "params", "return", "output", "manual", "call", "raises"});
  problem.call = meta.text_or("call", "method");
  if (problem.call != "method" && problem.call != "function" && problem.call != "program" && problem.call != "driver") {
    meta.fail("call", "must be method, function, program or driver, not \"" + problem.call + "\"");
  }
  problem.class_name = problem.call == "method" ? "Solution" : "";
  problem.method = method_of(file, meta, true);
  if (problem.call == "program") {
    const auto& params = problem.method.params;
    if (params.size() != 1 || params[0].name != "stdin" || params[0].type.is_list() || params[0].type.scalar != Scalar::string ||
        problem.method.returns.is_list() || problem.method.returns.scalar != Scalar::string) {
      meta.fail("params", "a program takes one string \"stdin\" and returns a string (what it prints)");
    }
  }
  if (problem.call == "driver") {
    const auto source = util::read_file(problem.driver_path());
    if (!source) throw ProblemError(problem.driver_path(), "", "is missing (metaData.call is \"driver\")");
    problem.driver_source = *source;
  }
  for (const auto& name : string_list(meta, "raises")) {
    if (!kRaisable.contains(name)) meta.fail("raises", "\"" + name + "\" is not one of Python's built-in exceptions the judge knows");
    problem.raises.push_back(name);
  }
  if (!problem.raises.empty() && problem.call == "method") meta.fail("raises", "needs call function or driver");
  if (meta.has("output")) {
    Fields output(file, meta.at("output"), "metaData.output");
    const auto index = output.number("paramindex", -1, 0, static_cast<long long>(problem.method.params.size()) - 1);
    if (index >= 0) problem.compare.paramindex = static_cast<std::size_t>(index);
  }
}


// A design case: {"operations": [...], "arguments": [[...], ...]} that
// starts with the constructor and names only known methods.
void check_design_input(const Problem& problem, const Fields& entry, const Fields& input, const json& expected) {
  const json& operations = input.list("operations");
  const json& arguments = input.list("arguments");
  if (operations.empty()) input.fail("operations", "must start with the constructor");
  if (operations.size() != arguments.size()) input.fail("arguments", "needs one entry per operation");
  for (std::size_t i = 0; i < operations.size(); ++i) {
    const std::string at = "[" + std::to_string(i) + "]";
    if (!operations[i].is_string()) input.fail("operations" + at, "must be a string");
    const std::string name = operations[i].get<std::string>();
    const Method* method = nullptr;
    if (i == 0) {
      if (name != problem.class_name) input.fail("operations[0]", "must be the constructor " + problem.class_name);
      method = &problem.method;
    } else {
      for (const auto& candidate : problem.methods) {
        if (candidate.name == name) method = &candidate;
      }
      if (method == nullptr) input.fail("operations" + at, "\"" + name + "\" is not a method of " + problem.class_name);
    }
    const json& args = arguments[i];
    if (!args.is_array() || args.size() != method->params.size()) {
      input.fail("arguments" + at, name + " takes " + std::to_string(method->params.size()) + " argument(s)");
    }
    for (std::size_t a = 0; a < args.size(); ++a) {
      if (auto why = why_not_value_of(args[a], method->params[a].type); !why.empty()) {
        input.fail("arguments" + at + "[" + std::to_string(a) + "]", why);
      }
    }
  }
  if (!expected.is_null() && (!expected.is_array() || expected.size() != operations.size())) {
    entry.fail("expected", "needs one output per operation");
  }
}

void check_function_input(const Problem& problem, const Fields& input, const json& raw) {
  std::set<std::string> known;
  for (const auto& param : problem.method.params) {
    known.insert(param.name);
    if (!raw.contains(param.name)) input.fail(param.name, "is missing (the method takes it)");
    if (!param.node_of.empty()) {
      if (!raw.at(param.name).is_number_integer()) input.fail(param.name, "must be the value of a node of " + param.node_of);
      continue;
    }
    if (auto why = why_not_value_of(raw.at(param.name), param.type); !why.empty()) input.fail(param.name, why);
    if (!param.cycle.empty()) {
      known.insert(param.cycle);
      const auto pos = input.number(param.cycle, -1, -1, static_cast<long long>(raw.at(param.name).size()) - 1);
      (void)pos;
    }
  }
  for (const auto& [key, value] : raw.items()) {
    if (!known.contains(key)) input.fail(key, "is not a parameter of " + problem.method.name);
  }
}

void read_roadmap_fields(Problem& problem, const fs::path& file, const Fields& top) {
  problem.place.track = top.text_or("track", "");
  if (!problem.place.track.empty() && !std::regex_match(problem.place.track, kSlug)) top.fail("track", "must be a slug");
  problem.place.topic = top.text_or("topic", "");
  if (!problem.place.track.empty() && problem.place.topic.empty()) top.fail("topic", "an exercise on a track needs its topic");
  if (!problem.place.topic.empty() && !std::regex_match(problem.place.topic, kSlug)) top.fail("topic", "must be a slug");
  if (problem.place.track == "roadmap") {
    const auto position = roadmap_position(problem.place.topic);
    if (!position) top.fail("topic", "\"" + problem.place.topic + "\" is not a roadmap topic (judge/problem/roadmap.cpp)");
    const std::string phase = "roadmap-" + std::string(roadmap_topics()[*position].phase);
    if (problem.pattern != phase) top.fail("pattern", "a roadmap exercise on " + problem.place.topic + " lives in " + phase);
  }
  problem.place.order = static_cast<int>(top.number("order", 0, 0, 1000));
  problem.hints = string_list(top, "hints");
  if (!top.has("rules")) return;
  Fields rules(file, top.at("rules"), "rules");
  rules.only({"forbid", "require"});
  problem.rules.forbid = string_list(rules, "forbid");
  problem.rules.require = string_list(rules, "require");
  for (const auto* list : {&problem.rules.forbid, &problem.rules.require}) {
    for (const auto& rule : *list) {
      if (!std::regex_match(rule, kRule)) {
        rules.fail(list == &problem.rules.forbid ? "forbid" : "require",
                   "unknown rule \"" + rule + "\" (problems/README.md lists the rules)");
      }
    }
  }
}

void check_expected_raises(const Problem& problem, const fs::path& file, const Case& c, std::size_t index) {
  if (!c.expected || !c.expected->is_object()) return;
  const json& expected = *c.expected;
  const bool declared = expected.size() == 1 && expected.contains("raises") && expected.at("raises").is_string() &&
                        std::find(problem.raises.begin(), problem.raises.end(), expected.at("raises").get<std::string>()) !=
                            problem.raises.end();
  if (!declared) {
    throw ProblemError(file, "cases[" + std::to_string(index) + "].expected",
                       "an object here must be {\"raises\": NAME} with NAME in metaData.raises");
  }
}


void read_cases(Problem& problem) {
  const fs::path file = problem.dir / "tests.json";
  const json tests = read_json(file);
  Fields top(file, tests, "");
  top.only({"cases", "$schema"});
  const json& cases = top.list("cases");
  if (cases.empty()) top.fail("cases", "needs at least one case");
  std::set<std::string> names;
  bool has_generated = false;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    Fields entry(file, cases[i], "cases[" + std::to_string(i) + "]");
    entry.only({"name", "sample", "stress", "input", "expected", "generate", "note"});
    Case c;
    c.name = entry.text("name");
    if (!std::regex_match(c.name, kSlug)) entry.fail("name", "must be lowercase words joined by '-'");
    if (!names.insert(c.name).second) entry.fail("name", "\"" + c.name + "\" is used twice");
    c.sample = entry.flag("sample", false);
    c.stress = entry.flag("stress", false);
    if (entry.has("generate") == entry.has("input")) entry.fail("input", "give either input or generate");
    if (entry.has("generate")) {
      Fields generate(file, entry.at("generate"), entry.name("generate"));
      generate.number("seed", 0, 0, (1LL << 53));
      if (!generate.has("seed")) generate.fail("seed", "is required");
      for (const auto& [key, value] : entry.at("generate").items()) {
        if (!std::regex_match(key, kIdentifier)) generate.fail(key, "must be a Python identifier");
      }
      if (entry.has("expected")) entry.fail("expected", "comes from reference.py for a generated case");
      if (c.sample) entry.fail("sample", "a generated case cannot be a sample");
      c.generate = entry.at("generate");
      has_generated = true;
    } else {
      c.expected = entry.at("expected");
      c.input = entry.at("input");
      Fields input(file, c.input, entry.name("input"));
      if (problem.design) {
        check_design_input(problem, entry, input, entry.at("expected"));
      } else {
        check_function_input(problem, input, c.input);
      }
    }
    check_expected_raises(problem, file, c, i);
    problem.cases.push_back(std::move(c));
  }
  if (has_generated && !fs::is_regular_file(problem.generator_path())) {
    throw ProblemError(file, "cases", "generated cases need generator.py next to it");
  }
}

}  // namespace

ProblemError::ProblemError(const fs::path& file, const std::string& field, const std::string& what)
    : std::runtime_error(file.string() + (field.empty() ? " " : ": " + field + ": ") + what), file_(file), field_(field), reason_(what) {}

json Problem::harness_view() const {
  json compare_view = json::object();
  if (compare.prefix_from_return) compare_view["prefix"] = "returned";
  json view = {{"metaData", meta}, {"compare", compare_view}};
  if (!driver_source.empty()) view["driver_source"] = driver_source;
  if (!leetcode_prelude()) view["prelude"] = false;
  return view;
}

std::string why_input_invalid(const Problem& problem, const json& input) {
  const fs::path file = "generated input";
  const json entry = {{"input", input}, {"expected", nullptr}};
  try {
    Fields fields(file, entry, "");
    Fields checked(file, entry.at("input"), "input");
    if (problem.design) {
      check_design_input(problem, fields, checked, entry.at("expected"));
    } else {
      check_function_input(problem, checked, entry.at("input"));
    }
  } catch (const ProblemError& error) {
    return error.field() + ": " + error.reason();
  }
  return {};
}

json Problem::python_signatures() const {
  auto signature = [](const Method& m, const std::string& returns) {
    json params = json::object();
    for (const auto& param : m.params) params[param.name] = param.type.python_annotation();
    return json{{"params", params}, {"returns", returns}};
  };
  json out = json::object();
  if (design) {
    out["__init__"] = signature(method, "None");
    for (const auto& m : methods) out[m.name] = signature(m, m.returns.python_annotation());
  } else {
    out[method.name] = signature(method, method.returns.python_annotation());
  }
  return out;
}

Problem load_problem(const fs::path& dir) {
  Problem problem;
  problem.dir = dir;
  const fs::path file = dir / "problem.json";
  const json document = read_json(file);
  Fields top(file, document, "");
  top.only({"$schema", "schema", "id", "leetcode", "title", "difficulty", "pattern", "topics", "complexity", "metaData",
            "compare", "limits", "reveal_hidden", "notes", "scoring", "track", "topic", "order", "hints", "rules"});
  if (top.text("schema") != "judge.problem/v1") top.fail("schema", "must be \"judge.problem/v1\"");
  problem.id = top.text("id");
  if (!std::regex_match(problem.id, kSlug)) top.fail("id", "must be a slug: lowercase words joined by '-'");
  if (problem.id != dir.filename().string()) top.fail("id", "\"" + problem.id + "\" must equal the folder name");
  if (top.has("leetcode")) problem.leetcode = static_cast<int>(top.number("leetcode", 0, 1, 100000));
  problem.title = top.text("title");
  problem.difficulty = top.text("difficulty");
  if (problem.difficulty != "easy" && problem.difficulty != "medium" && problem.difficulty != "hard") {
    top.fail("difficulty", "must be easy, medium or hard");
  }
  problem.pattern = top.text("pattern");
  if (!std::regex_match(problem.pattern, kSlug)) top.fail("pattern", "must be a slug");
  problem.topics = string_list(top, "topics");
  if (top.has("complexity")) {
    Fields complexity(file, top.at("complexity"), "complexity");
    complexity.only({"time", "space", "too_slow"});
    problem.time_complexity = complexity.text_or("time", "");
    problem.too_slow = complexity.text_or("too_slow", "");
  }
  read_signature(problem, file, top);
  read_roadmap_fields(problem, file, top);
  const auto paramindex = problem.compare.paramindex;
  problem.compare = compare_rule(file, top, problem.design);
  problem.compare.paramindex = paramindex;
  if (problem.compare.prefix_from_return && !paramindex) {
    top.fail("compare.prefix", "needs metaData.output.paramindex");
  }
  if (!problem.design && !paramindex && !problem.method.returns.is_list() &&
      problem.method.returns.scalar == Scalar::void_type) {
    top.fail("metaData.return", "a void method needs metaData.output.paramindex (which argument is the answer)");
  }
  if (top.has("limits")) {
    Fields limits(file, top.at("limits"), "limits");
    limits.only({"case_time_ms", "total_time_ms", "memory_mb"});
    problem.limits.case_time = std::chrono::milliseconds(limits.number("case_time_ms", 2000, 10, 60000));
    problem.limits.total_time = std::chrono::milliseconds(limits.number("total_time_ms", 20000, 10, 600000));
    problem.limits.memory_mb = static_cast<std::uint64_t>(limits.number("memory_mb", 256, 32, 4096));
  }
  problem.reveal_hidden = top.flag("reveal_hidden", false);
  if (top.has("scoring")) {
    Fields scoring(file, top.at("scoring"), "scoring");
    scoring.only({"tests", "type_hints", "type_errors"});
    problem.scoring.tests = static_cast<double>(scoring.number("tests", 90, 0, 1000));
    problem.scoring.type_hints = static_cast<double>(scoring.number("type_hints", 10, 0, 1000));
    if (problem.scoring.tests + problem.scoring.type_hints <= 0) scoring.fail("", "tests and type_hints cannot both be 0");
    const std::string errors = scoring.text_or("type_errors", "report");
    if (errors != "report" && errors != "fail") scoring.fail("type_errors", "must be \"report\" or \"fail\"");
    problem.scoring.type_errors_fail = errors == "fail";
  }
  if (problem.compare.mode == CompareMode::checker && !fs::is_regular_file(problem.checker_path())) {
    throw ProblemError(problem.checker_path(), "", "is missing (compare.mode is \"checker\")");
  }
  if (!fs::is_regular_file(problem.reference_path())) throw ProblemError(problem.reference_path(), "", "is missing");
  if (!fs::is_regular_file(problem.statement_path())) throw ProblemError(problem.statement_path(), "", "is missing");
  read_cases(problem);
  return problem;
}

}  // namespace judge::problem
