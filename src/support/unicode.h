// Character properties and case mappings used by str methods, repr() and the tokenizer.
// Exact for ASCII and Latin-1 (U+0000..U+00FF); beyond that they cover the common scripts only.
// TODO: generate full tables from the Unicode 15 database (UnicodeData.txt, SpecialCasing.txt,
// CaseFolding.txt, DerivedCoreProperties.txt) as CPython's unicodedata does.
#pragma once

#include <cstdint>

namespace ginger::unicode {

bool is_space(uint32_t c);      // str.isspace / split(): bidi class WS, B or S, or category Zs
bool is_linebreak(uint32_t c);  // str.splitlines() boundaries
bool is_alpha(uint32_t c);      // categories Lu, Ll, Lt, Lm, Lo
bool is_decimal(uint32_t c);    // category Nd
bool is_digit(uint32_t c);      // Numeric_Type Decimal or Digit
bool is_numeric(uint32_t c);    // any Numeric_Type
bool is_lower(uint32_t c);
bool is_upper(uint32_t c);
bool is_title(uint32_t c);      // category Lt
bool is_cased(uint32_t c);
bool is_case_ignorable(uint32_t c);
bool is_printable(uint32_t c);  // not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than ' '
bool is_xid_start(uint32_t c);
bool is_xid_continue(uint32_t c);
int decimal_value(uint32_t c);  // 0..9 for is_decimal characters, else -1

// Full case mappings: write up to 3 code points to out and return how many.
int to_lower_full(uint32_t c, uint32_t* out);
int to_upper_full(uint32_t c, uint32_t* out);
int to_title_full(uint32_t c, uint32_t* out);
int to_fold_full(uint32_t c, uint32_t* out);
// Simple (one-to-one) mappings.
uint32_t to_lower(uint32_t c);
uint32_t to_upper(uint32_t c);

}  // namespace ginger::unicode
