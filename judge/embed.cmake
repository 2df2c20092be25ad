# Turns a Python file into a C++ source at build time, so the helper the judge
# runs is the one it was built with: it cannot be swapped or lost on disk.
# Bytes, not a string literal: -Wpedantic rejects literals over 4095 chars.
# Variables: INPUT (the .py), OUTPUT (the .cpp), HEADER, NAMESPACE.
file(READ "${INPUT}" EMBED_HEX HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," EMBED_BYTES "${EMBED_HEX}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" EMBED_BYTES "${EMBED_BYTES}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by judge/embed.cmake. Do not edit.\n"
  "#include \"${HEADER}\"\n"
  "namespace ${NAMESPACE} {\n"
  "namespace {\n"
  "constexpr unsigned char kText[] = {\n${EMBED_BYTES}};\n"
  "}  // namespace\n"
  "std::string_view source() { return {reinterpret_cast<const char*>(kText), sizeof kText}; }\n"
  "}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
