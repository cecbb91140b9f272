// The Unicode 15.0 property tables (generated into unicode_tables.cpp by tools/gen_unicode.py):
// a two-level index from code point to a record of flags, digit value and case mappings.
#pragma once

#include <cstdint>

namespace ginger::unicode {

enum CharFlags : uint16_t {
    FLAG_ALPHA = 1 << 0,
    FLAG_DECIMAL = 1 << 1,
    FLAG_DIGIT = 1 << 2,
    FLAG_NUMERIC = 1 << 3,
    FLAG_LOWER = 1 << 4,
    FLAG_UPPER = 1 << 5,
    FLAG_TITLE = 1 << 6,
    FLAG_CASED = 1 << 7,
    FLAG_CASE_IGNORABLE = 1 << 8,
    FLAG_PRINTABLE = 1 << 9,
    FLAG_SPACE = 1 << 10,
    FLAG_LINEBREAK = 1 << 11,
    FLAG_XID_START = 1 << 12,
    FLAG_XID_CONTINUE = 1 << 13,
};

struct CharRecord {
    uint16_t flags;
    int8_t digit;            // decimal or digit value, -1 if none
    int32_t lower_delta;     // simple mappings as code point differences
    int32_t upper_delta;
    int32_t title_delta;
    int32_t full_lower;      // offsets into g_extended of full mappings (length, then code points), or -1
    int32_t full_upper;
    int32_t full_title;
    int32_t full_fold;
};

extern const CharRecord g_records[];
extern const uint16_t g_index1[];
extern const uint16_t g_index2[];
extern const uint32_t g_extended[];

inline const CharRecord& record_of(uint32_t c)
{
    if (c >= 0x110000)
        c = 0x10FFFF;  // not a code point: a noncharacter, unassigned like it
    return g_records[g_index2[uint32_t(g_index1[c >> 7]) * 128 + (c & 127)]];
}

}  // namespace ginger::unicode
