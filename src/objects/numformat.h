// The format-specification mini-language (format(value, spec), f"{x:spec}", str.format) for int and
// float, and the parsed-spec helpers str formatting reuses.
//
//   spec ::= [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Usage from another type's __format__ (str, for instance):
//   FormatSpec spec = TRY(parse_format_spec(spec_str, 's', "str"));
//   ... check spec.type, spec.sign etc. and raise CPython's messages for what the type rejects ...
//   return Value(apply_padding(text_utf8, spec, '<'));
#pragma once

#include "objects/str.h"

#include <string_view>

namespace ginger {

struct FormatSpec {
    uint32_t fill = ' ';        // the fill code point
    bool fill_given = false;    // fill (or alignment) was written explicitly, or '0' implied it
    char align = 0;             // '<', '>', '=', '^', or 0 when absent (each type has its default)
    char sign = 0;              // '+', '-', ' ', or 0 when absent
    bool no_neg_zero = false;   // 'z': -0.0 after rounding prints as 0.0
    bool alternate = false;     // '#'
    int64_t width = -1;         // -1 when absent
    char grouping = 0;          // ',', '_', or 0
    int64_t precision = -1;     // -1 when absent
    char type = 0;              // the presentation type; default_type when the spec has none
};

// Parses a spec as CPython does for a type whose default presentation is `default_type` ('d' for
// int, 's' for str, 0 for float) and whose default alignment for numbers is right ('>', int and float)
// or left (str; pass default_type 's'). A '0' before the width sets fill '0' and, for right-aligned
// types without an explicit alignment, alignment '='. Raises ValueError with CPython's messages:
// "Invalid format specifier '...' for object of type 'T'", "Format specifier missing precision",
// "Too many decimal digits in format string", "Cannot specify both ',' and '_'.", and
// "Cannot specify ',' with 'c'." when the grouping does not suit the type.
Result<FormatSpec> parse_format_spec(StrObject* spec, char default_type, std::string_view type_name = "str");

// Pads `body` (UTF-8) to spec.width code points with spec.fill, aligned by spec.align or else
// default_align ('=' behaves like '>' here: there is no sign to keep in front).
Ref<StrObject> apply_padding(std::string_view body, const FormatSpec& spec, char default_align);

// format(int, spec) and format(float, spec).
Result<Value> int_format(Val v, StrObject* spec);
Result<Value> float_format(double v, StrObject* spec);
// format(complex, spec) for a non-empty spec (an empty one is str()).
Result<Value> complex_format(double real, double imag, StrObject* spec);

// Python's float layouts from the correctly rounded decimal digits of |v|: 'r' is repr (shortest
// round-trip digits), 'e', 'f', 'g' take a precision (alternate = '#'). No sign is written, and inf and
// nan are not handled: callers do that.
std::string double_to_text(double magnitude, char mode, int64_t precision, bool alternate, bool add_dot_0);

}  // namespace ginger
