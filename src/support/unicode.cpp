// Character properties and case mappings (see unicode.h), from the Unicode 15.0 tables that
// tools/gen_unicode.py generates into unicode_tables.cpp.
#include "support/unicode.h"
#include "support/unicode_tables.h"

namespace ginger::unicode {

namespace {

bool has(uint32_t c, uint16_t flag) { return record_of(c).flags & flag; }

// Writes a full mapping (offset into g_extended) or the single simple mapping.
int full_mapping(int32_t offset, uint32_t simple, uint32_t* out)
{
    if (offset < 0) {
        out[0] = simple;
        return 1;
    }
    uint32_t length = g_extended[offset];
    for (uint32_t i = 0; i < length; ++i)
        out[i] = g_extended[uint32_t(offset) + 1 + i];
    return int(length);
}

}  // namespace

bool is_space(uint32_t c) { return has(c, FLAG_SPACE); }
bool is_linebreak(uint32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}
bool is_alpha(uint32_t c) { return has(c, FLAG_ALPHA); }
bool is_decimal(uint32_t c) { return has(c, FLAG_DECIMAL); }
int decimal_value(uint32_t c) { return is_decimal(c) ? record_of(c).digit : -1; }
bool is_digit(uint32_t c) { return has(c, FLAG_DIGIT); }
bool is_numeric(uint32_t c) { return has(c, FLAG_NUMERIC); }
bool is_lower(uint32_t c) { return has(c, FLAG_LOWER); }
bool is_upper(uint32_t c) { return has(c, FLAG_UPPER); }
bool is_title(uint32_t c) { return has(c, FLAG_TITLE); }
bool is_cased(uint32_t c) { return has(c, FLAG_CASED); }
bool is_case_ignorable(uint32_t c) { return has(c, FLAG_CASE_IGNORABLE); }
bool is_printable(uint32_t c) { return has(c, FLAG_PRINTABLE); }
bool is_xid_start(uint32_t c) { return has(c, FLAG_XID_START); }
bool is_xid_continue(uint32_t c) { return has(c, FLAG_XID_CONTINUE); }

uint32_t to_lower(uint32_t c) { return uint32_t(int32_t(c) + record_of(c).lower_delta); }
uint32_t to_upper(uint32_t c) { return uint32_t(int32_t(c) + record_of(c).upper_delta); }

int to_lower_full(uint32_t c, uint32_t* out)
{
    const CharRecord& r = record_of(c);
    return full_mapping(r.full_lower, uint32_t(int32_t(c) + r.lower_delta), out);
}
int to_upper_full(uint32_t c, uint32_t* out)
{
    const CharRecord& r = record_of(c);
    return full_mapping(r.full_upper, uint32_t(int32_t(c) + r.upper_delta), out);
}
int to_title_full(uint32_t c, uint32_t* out)
{
    const CharRecord& r = record_of(c);
    return full_mapping(r.full_title, uint32_t(int32_t(c) + r.title_delta), out);
}
int to_fold_full(uint32_t c, uint32_t* out)
{
    const CharRecord& r = record_of(c);
    return full_mapping(r.full_fold, uint32_t(int32_t(c) + r.lower_delta), out);
}

}  // namespace ginger::unicode
