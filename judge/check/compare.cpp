#include "judge/check/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace judge::check {
namespace {

using nlohmann::json;
using problem::CompareMode;

Comparison same() { return {true, {}}; }
Comparison differs(std::string why) { return {false, std::move(why)}; }

std::string at(const std::string& path, const std::string& why) { return path.empty() ? why : "at " + path + ": " + why; }

std::string kind_of(const json& value) {
  if (value.is_boolean()) return "a boolean";
  if (value.is_number_integer()) return "an integer";
  if (value.is_number_float()) return "a float";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "a list";
  if (value.is_null()) return "null";
  return value.type_name();
}

bool close_enough(double expected, double got, double tolerance) {
  if (!std::isfinite(got)) return false;
  const double difference = std::fabs(expected - got);
  return difference <= tolerance || difference <= tolerance * std::fabs(expected);
}

Comparison exact(const json& expected, const json& got, const CompareContext& context, const std::string& path) {
  auto mismatch = [&] { return differs(at(path, "expected " + brief(expected) + ", got " + brief(got))); };
  if (expected.is_array()) {
    if (!got.is_array()) return differs(at(path, "expected a list, got " + kind_of(got) + " " + brief(got)));
    for (std::size_t i = 0; i < std::min(expected.size(), got.size()); ++i) {
      auto inner = exact(expected[i], got[i], context, path + "[" + std::to_string(i) + "]");
      if (!inner.equal) {
        if (expected.size() != got.size()) {
          inner.why += " (and the list has " + std::to_string(got.size()) + " items, not " + std::to_string(expected.size()) + ")";
        }
        return inner;
      }
    }
    if (expected.size() != got.size()) {
      return differs(at(path, "expected " + std::to_string(expected.size()) + " items, got " + std::to_string(got.size()) +
                                  (got.size() > expected.size() ? " (extra: " + brief(got[expected.size()]) + ")"
                                                                 : " (missing: " + brief(expected[got.size()]) + ")")));
    }
    return same();
  }
  if (expected.is_number() && got.is_number() && !got.is_boolean()) {
    if (context.doubles || expected.is_number_float()) {
      return close_enough(expected.get<double>(), got.get<double>(), context.rule.float_tolerance) ? same() : mismatch();
    }
    if (!got.is_number_integer()) return differs(at(path, "expected the integer " + expected.dump() + ", got the float " + got.dump()));
    return expected == got ? same() : mismatch();
  }
  if (expected.type() != got.type() &&
      !(expected.is_number_integer() && got.is_number_integer())) {
    return differs(at(path, "expected " + kind_of(expected) + " " + brief(expected) + ", got " + kind_of(got) + " " + brief(got)));
  }
  return expected == got ? same() : mismatch();
}

// A canonical text for multiset comparison; nested lists sorted when asked.
std::string canonical(const json& value, bool sort_inner) {
  if (sort_inner && value.is_array()) {
    std::vector<std::string> parts;
    for (const auto& item : value) parts.push_back(canonical(item, false));
    std::sort(parts.begin(), parts.end());
    std::string text = "[";
    for (const auto& part : parts) text += part + ",";
    return text + "]";
  }
  return value.dump();
}

Comparison as_multiset(const json& expected, const json& got, bool sort_inner) {
  if (!got.is_array()) return differs("expected a list, got " + kind_of(got) + " " + brief(got));
  if (!expected.is_array()) return differs("the expected answer is not a list");
  std::map<std::string, std::pair<int, const json*>> count;
  for (const auto& item : expected) {
    auto& slot = count[canonical(item, sort_inner)];
    ++slot.first;
    slot.second = &item;
  }
  for (const auto& item : got) {
    if (sort_inner && !item.is_array()) return differs("expected a list of lists, got an item " + brief(item));
    auto& slot = count[canonical(item, sort_inner)];
    --slot.first;
    if (slot.second == nullptr) slot.second = &item;
  }
  std::string missing, unexpected;
  for (const auto& [key, slot] : count) {
    if (slot.first > 0 && missing.empty()) missing = brief(*slot.second, 40);
    if (slot.first < 0 && unexpected.empty()) unexpected = brief(*slot.second, 40);
  }
  if (missing.empty() && unexpected.empty()) return same();
  std::string why = "in any order, expected " + std::to_string(expected.size()) + " items, got " + std::to_string(got.size());
  if (!missing.empty()) why += "; missing " + missing;
  if (!unexpected.empty()) why += "; unexpected " + unexpected;
  return differs(why);
}

Comparison by_mode(const CompareContext& context, const json& expected, const json& got) {
  switch (context.rule.mode) {
    case CompareMode::any_order: return as_multiset(expected, got, false);
    case CompareMode::nested_any_order: return as_multiset(expected, got, true);
    case CompareMode::design: {
      if (!got.is_array() || !expected.is_array()) return differs("expected one output per operation");
      for (std::size_t i = 0; i < std::min(expected.size(), got.size()); ++i) {
        CompareContext operation = context;
        if (context.operations != nullptr && context.double_methods != nullptr && i < context.operations->size() &&
            (*context.operations)[i].is_string()) {
          operation.doubles = context.double_methods->contains((*context.operations)[i].get<std::string>());
        }
        auto result = exact(expected[i], got[i], operation, "");
        if (!result.equal) {
          std::string name = "operation " + std::to_string(i);
          if (context.operations != nullptr && i < context.operations->size()) {
            name += " (" + (*context.operations)[i].get<std::string>() + ")";
          }
          return differs(name + ": " + result.why);
        }
      }
      if (expected.size() != got.size()) return differs("expected " + std::to_string(expected.size()) + " outputs, got " + std::to_string(got.size()));
      return same();
    }
    case CompareMode::checker:  // decided by the problem's checker.py (run/checker.cpp)
    case CompareMode::exact: break;
  }
  return exact(expected, got, context, "");
}

}  // namespace

std::string brief(const json& value, std::size_t width) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() <= width) return text;
  return text.substr(0, width - 3) + "...";
}

Comparison compare(const CompareContext& context, const json& expected, const Answer& got) {
  if (!context.rule.prefix_from_return) return by_mode(context, expected, got.value);
  if (!got.returned || !got.returned->is_number_integer() || got.returned->is_boolean()) {
    return differs("expected the method to return k, the number of elements kept; got " +
                   (got.returned ? brief(*got.returned) : std::string("nothing")));
  }
  const auto k = got.returned->get<long long>();
  if (!expected.is_array() || k != static_cast<long long>(expected.size())) {
    return differs("returned k = " + std::to_string(k) + ", expected k = " + std::to_string(expected.size()));
  }
  if (!got.value.is_array() || static_cast<long long>(got.value.size()) < k) {
    return differs("the list holds fewer than k = " + std::to_string(k) + " elements");
  }
  const json prefix(got.value.begin(), got.value.begin() + k);
  auto result = by_mode(context, expected, prefix);
  if (!result.equal) result.why = "in the first k = " + std::to_string(k) + " elements, " + result.why;
  return result;
}

}  // namespace judge::check
