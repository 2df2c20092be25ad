#include "judge/problem/value_type.hpp"

#include <array>
#include <utility>

namespace judge::problem {
namespace {

constexpr std::array<std::pair<std::string_view, Scalar>, 10> kScalars{{
    {"integer", Scalar::integer},
    {"long", Scalar::long_integer},
    {"double", Scalar::double_number},
    {"boolean", Scalar::boolean},
    {"string", Scalar::string},
    {"character", Scalar::character},
    {"void", Scalar::void_type},
    {"ListNode", Scalar::list_node},
    {"TreeNode", Scalar::tree_node},
    {"Node", Scalar::graph_node},
}};

std::string_view name_of(Scalar scalar) {
  for (const auto& [name, value] : kScalars) {
    if (value == scalar) return name;
  }
  return "?";
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

bool is_int_list(const nlohmann::json& value) {
  if (!value.is_array()) return false;
  for (const auto& item : value) {
    if (!item.is_number_integer()) return false;
  }
  return true;
}

}  // namespace

std::optional<ValueType> parse_value_type(std::string_view text) {
  text = trim(text);
  auto list_of = [](std::string_view inner) -> std::optional<ValueType> {
    auto element = parse_value_type(inner);
    if (!element || element->scalar == Scalar::void_type) return std::nullopt;
    ValueType type;
    type.element = std::make_shared<const ValueType>(std::move(*element));
    return type;
  };
  if (text.size() > 2 && text.substr(text.size() - 2) == "[]") return list_of(text.substr(0, text.size() - 2));
  if (text.size() > 6 && text.substr(0, 5) == "list<" && text.back() == '>') return list_of(text.substr(5, text.size() - 6));
  if (text.size() > 10 && text.substr(0, 9) == "iterator<" && text.back() == '>') {
    auto type = list_of(text.substr(9, text.size() - 10));
    if (type) type->iterator = true;
    return type;
  }
  for (const auto& [name, scalar] : kScalars) {
    if (name == text) return ValueType{nullptr, scalar};
  }
  return std::nullopt;
}

std::string ValueType::to_string() const {
  if (iterator) return "iterator<" + element->to_string() + ">";
  return is_list() ? element->to_string() + "[]" : std::string(name_of(scalar));
}

std::string ValueType::python_annotation() const {
  if (iterator) return "Iterator[" + element->python_annotation() + "]";
  if (is_list()) return "List[" + element->python_annotation() + "]";
  switch (scalar) {
    case Scalar::integer:
    case Scalar::long_integer: return "int";
    case Scalar::double_number: return "float";
    case Scalar::boolean: return "bool";
    case Scalar::string:
    case Scalar::character: return "str";
    case Scalar::void_type: return "None";
    case Scalar::list_node: return "Optional[ListNode]";
    case Scalar::tree_node: return "Optional[TreeNode]";
    case Scalar::graph_node: return "Optional['Node']";
  }
  return "object";
}

std::string why_not_value_of(const nlohmann::json& value, const ValueType& type) {
  if (type.is_list()) {
    if (!value.is_array()) return "expected a list (" + type.to_string() + "), got " + value.type_name();
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (auto why = why_not_value_of(value[i], *type.element); !why.empty()) return "[" + std::to_string(i) + "]: " + why;
    }
    return {};
  }
  switch (type.scalar) {
    case Scalar::integer:
    case Scalar::long_integer:
      return value.is_number_integer() ? "" : "expected an integer, got " + std::string(value.type_name());
    case Scalar::double_number:
      return value.is_number() ? "" : "expected a number, got " + std::string(value.type_name());
    case Scalar::boolean:
      return value.is_boolean() ? "" : "expected true or false, got " + std::string(value.type_name());
    case Scalar::string:
      return value.is_string() ? "" : "expected a string, got " + std::string(value.type_name());
    case Scalar::character:
      // One code point, whatever its UTF-8 length.
      if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        std::size_t code_points = 0;
        for (const unsigned char byte : text) code_points += (byte & 0xC0) != 0x80 ? 1 : 0;
        if (code_points == 1) return {};
      }
      return "expected a one-character string";
    case Scalar::void_type:
      return "void is not an argument type";
    case Scalar::list_node:
      return is_int_list(value) ? "" : "expected a list of integers (a linked list)";
    case Scalar::tree_node:
      if (value.is_array()) {
        for (const auto& item : value) {
          if (!item.is_null() && !item.is_number_integer()) return "expected level order: integers and null";
        }
        if (!value.empty() && value[0].is_null()) return "a tree's root cannot be null (use [])";
        return {};
      }
      return "expected a list in level order (a tree)";
    case Scalar::graph_node:
      if (value.is_array()) {
        for (const auto& neighbours : value) {
          if (!is_int_list(neighbours)) return "expected an adjacency list: a list of lists of node numbers";
          for (const auto& n : neighbours) {
            if (n.get<long long>() < 1 || n.get<long long>() > static_cast<long long>(value.size())) {
              return "node number " + n.dump() + " is outside 1.." + std::to_string(value.size());
            }
          }
        }
        return {};
      }
      return "expected an adjacency list";
  }
  return "unknown type";
}

}  // namespace judge::problem
