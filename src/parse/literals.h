// Decoding of string and number literals into ast::ConstantValue.
#pragma once

#include "parse/ast_nodes.h"

#include <string>
#include <string_view>

namespace ginger::parse {

// Decodes backslash escapes in the body of a non-raw string or bytes literal into `out` (UTF-8, or raw bytes).
// On a malformed escape returns false and sets `error` to CPython's message.
// If `invalid_escape` is given, it receives the first escape CPython warns about ("\\d", or an octal
// escape above 0o377 such as "\\777"); it is left alone when there is none.
bool decode_escapes(std::string_view body, bool is_bytes, std::string& out, std::string& error,
                    std::string* invalid_escape = nullptr);

// Fills `value` from the text of a NUMBER token (Int, Float or Complex).
void decode_number(std::string_view text, ast::ConstantValue& value);

// Checks that `text` is valid UTF-8. On failure sets `error` to the message of CPython's utf-8 codec, with
// positions relative to the start of `text`, prefixed "(unicode error) " as the parser reports it.
bool check_utf8(std::string_view text, std::string& error);

// Resolves the name in a \N{...} escape (as written) to a code point. The default is the complete
// Unicode 15.0 name table (support/unicode_names.h); an embedder may install another lookup.
using UnicodeNameLookup = bool (*)(std::string_view name, uint32_t& codepoint);
void set_unicode_name_lookup(UnicodeNameLookup lookup);

// Appends the UTF-8 (WTF-8 for lone surrogates) encoding of a code point.
void append_utf8(std::string& out, uint32_t codepoint);

}
