// Standard base64 (RFC 4648, with padding): bytes through JSON unchanged.
#pragma once

#include <string>

namespace judge::util {

std::string base64_encode(const std::string& bytes);

}  // namespace judge::util
