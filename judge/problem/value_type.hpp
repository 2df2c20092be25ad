// LeetCode's type strings ("integer[][]", "list<string>", "TreeNode"), parsed
// and checked so a problem's signature and test inputs can be validated
// before anything runs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace judge::problem {

enum class Scalar { integer, long_integer, double_number, boolean, string, character, void_type,
                    list_node, tree_node, graph_node };

struct ValueType {
  // A list of `element` when set; otherwise the scalar.
  std::shared_ptr<const ValueType> element;
  Scalar scalar = Scalar::integer;
  // A list the solution gives as an iterator (a generator), consumed up to a
  // cap; only as a return type.
  bool iterator = false;

  bool is_list() const { return element != nullptr; }
  // The type inside every level of list: integer for integer[][].
  const ValueType& innermost() const { return is_list() ? element->innermost() : *this; }
  std::string to_string() const;
  // The Python annotation for starter files: List[List[int]], Optional[TreeNode].
  std::string python_annotation() const;
};

// Nothing for an unknown type.
std::optional<ValueType> parse_value_type(std::string_view text);

// Why `value` cannot be an argument of this type, or empty when it can.
std::string why_not_value_of(const nlohmann::json& value, const ValueType& type);

}  // namespace judge::problem
