// The parser of str.format's replacement-field language (CPython's MarkupIterator and FieldNameIterator),
// shared by str.format / str.format_map (strformat.cpp) and the _string module that string.Formatter uses.
#pragma once

#include "objects/str.h"

namespace ginger {

// One step through a format string: literal text, then (if has_field) one replacement field. All positions
// are code-point offsets into the format string. An escaped brace ("{{" or "}}") ends the literal text, which
// keeps one brace of the pair, with no field after it.
struct FormatMarkup {
    int64_t literal_start = 0, literal_end = 0;
    bool has_field = false;
    int64_t name_start = 0, name_end = 0;
    uint32_t conversion = 0;  // the character after '!', 0 without one
    int64_t spec_start = 0, spec_end = 0;
    bool spec_nested = false;  // the spec holds '{': its own fields need expanding
};

// Parses the chunk of fmt[i, end) at i, moving i past it. False at the end; ValueError with CPython's
// messages for a lone brace or a malformed field.
Result<bool> format_markup_next(StrObject* fmt, int64_t& i, int64_t end, FormatMarkup& out);

// The decimal value of s[start, end) if it is all (Unicode) digits, -1 if not or empty; ValueError "Too many
// decimal digits in format string" if it overflows.
Result<int64_t> format_parse_index(StrObject* s, int64_t start, int64_t end);

// Where a field name's first part ("0", "name" or "") ends: at the first '.' or '['.
int64_t field_name_first_end(StrObject* s, int64_t start, int64_t end);

// One ".attribute" or "[key]" part after the first; index is the key's value when it is all digits (else -1;
// always -1 for attributes).
struct FieldNamePart {
    bool is_attribute = false;
    int64_t start = 0, end = 0;
    int64_t index = -1;
};

// Parses the part at i in s[i, end), moving i past it. False at the end; ValueError for an empty or unclosed
// part, or for text after ']' that is neither '.' nor '['. Parts are checked one at a time, so a lookup of
// one part happens before the next is parsed, as in CPython.
Result<bool> field_name_next(StrObject* s, int64_t& i, int64_t end, FieldNamePart& out);

}  // namespace ginger
