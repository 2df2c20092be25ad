# Turns runner.py into a C++ source at build time, so the harness the judge
# runs is the one it was built with: it cannot be swapped or lost on disk.
# Bytes, not a string literal: -Wpedantic rejects literals over 4095 chars.
file(READ "${INPUT}" HARNESS_HEX HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," HARNESS_BYTES "${HARNESS_HEX}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" HARNESS_BYTES "${HARNESS_BYTES}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from judge/harness/runner.py by embed.cmake. Do not edit.\n"
  "#include \"judge/harness/harness.hpp\"\n"
  "namespace judge::harness {\n"
  "namespace {\n"
  "constexpr unsigned char kText[] = {\n${HARNESS_BYTES}};\n"
  "}  // namespace\n"
  "std::string_view source() { return {reinterpret_cast<const char*>(kText), sizeof kText}; }\n"
  "}  // namespace judge::harness\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
