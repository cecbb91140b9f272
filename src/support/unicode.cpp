// Character properties and case mappings (see unicode.h): exact for Latin-1, range tables for the
// common scripts beyond it.
#include "support/unicode.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace ginger::unicode {

namespace {

struct Range {
    uint32_t first, last;
};

template<size_t N>
bool in_ranges(const Range (&ranges)[N], uint32_t c)
{
    // The last range whose first <= c.
    auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c, [](uint32_t value, const Range& r) { return value < r.first; });
    if (it == std::begin(ranges))
        return false;
    --it;
    return c <= it->last;
}

// Letters above U+00FF (categories L*), approximately.
const Range s_alpha_ranges[] = {
    { 0x100, 0x2C1 }, { 0x2C6, 0x2D1 }, { 0x2E0, 0x2E4 }, { 0x2EC, 0x2EC }, { 0x2EE, 0x2EE },
    { 0x370, 0x374 }, { 0x376, 0x377 }, { 0x37A, 0x37D }, { 0x37F, 0x37F }, { 0x386, 0x386 },
    { 0x388, 0x38A }, { 0x38C, 0x38C }, { 0x38E, 0x3A1 }, { 0x3A3, 0x3F5 }, { 0x3F7, 0x481 },
    { 0x48A, 0x52F }, { 0x531, 0x556 }, { 0x559, 0x559 }, { 0x560, 0x588 }, { 0x5D0, 0x5EA },
    { 0x5EF, 0x5F2 }, { 0x620, 0x64A }, { 0x66E, 0x66F }, { 0x671, 0x6D3 }, { 0x6D5, 0x6D5 },
    { 0x6E5, 0x6E6 }, { 0x6EE, 0x6EF }, { 0x6FA, 0x6FC }, { 0x6FF, 0x6FF }, { 0x904, 0x939 },
    { 0x93D, 0x93D }, { 0x950, 0x950 }, { 0x958, 0x961 }, { 0x971, 0x980 }, { 0x985, 0x9B9 },
    { 0xE01, 0xE30 }, { 0xE32, 0xE33 }, { 0xE40, 0xE46 }, { 0x10A0, 0x10C5 }, { 0x10D0, 0x10FA },
    { 0x10FC, 0x1248 }, { 0x13A0, 0x13F5 }, { 0x1E00, 0x1F15 }, { 0x1F18, 0x1F1D }, { 0x1F20, 0x1F45 },
    { 0x1F48, 0x1F4D }, { 0x1F50, 0x1F57 }, { 0x1F59, 0x1F7D }, { 0x1F80, 0x1FB4 }, { 0x1FB6, 0x1FBC },
    { 0x1FBE, 0x1FBE }, { 0x1FC2, 0x1FC4 }, { 0x1FC6, 0x1FCC }, { 0x1FD0, 0x1FD3 }, { 0x1FD6, 0x1FDB },
    { 0x1FE0, 0x1FEC }, { 0x1FF2, 0x1FF4 }, { 0x1FF6, 0x1FFC }, { 0x2071, 0x2071 }, { 0x207F, 0x207F },
    { 0x2090, 0x209C }, { 0x2102, 0x2102 }, { 0x2107, 0x2107 }, { 0x210A, 0x2113 }, { 0x2115, 0x2115 },
    { 0x2119, 0x211D }, { 0x2124, 0x2124 }, { 0x2126, 0x2126 }, { 0x2128, 0x2128 }, { 0x212A, 0x212D },
    { 0x212F, 0x2139 }, { 0x213C, 0x213F }, { 0x2145, 0x2149 }, { 0x214E, 0x214E }, { 0x2183, 0x2184 },
    { 0x2C00, 0x2CE4 }, { 0x2CEB, 0x2CEE }, { 0x2D00, 0x2D25 }, { 0x3005, 0x3006 }, { 0x3031, 0x3035 },
    { 0x303B, 0x303C }, { 0x3041, 0x3096 }, { 0x309D, 0x309F }, { 0x30A1, 0x30FA }, { 0x30FC, 0x30FF },
    { 0x3105, 0x312F }, { 0x3131, 0x318E }, { 0x31A0, 0x31BF }, { 0x31F0, 0x31FF }, { 0x3400, 0x4DBF },
    { 0x4E00, 0xA48C }, { 0xA4D0, 0xA4FD }, { 0xA500, 0xA60C }, { 0xA640, 0xA66E }, { 0xA680, 0xA69D },
    { 0xA722, 0xA788 }, { 0xA78B, 0xA7CA }, { 0xAC00, 0xD7A3 }, { 0xF900, 0xFA6D }, { 0xFA70, 0xFAD9 },
    { 0xFB00, 0xFB06 }, { 0xFB13, 0xFB17 }, { 0xFB1D, 0xFB1D }, { 0xFB1F, 0xFB28 }, { 0xFB2A, 0xFBB1 },
    { 0xFE70, 0xFEFC }, { 0xFF21, 0xFF3A }, { 0xFF41, 0xFF5A }, { 0xFF66, 0xFFBE }, { 0x10000, 0x100FA },
    { 0x10400, 0x1049D }, { 0x1D400, 0x1D6A5 }, { 0x1D6A8, 0x1D6C0 }, { 0x1D6C2, 0x1D6DA }, { 0x1D6DC, 0x1D6FA },
    { 0x1D6FC, 0x1D714 }, { 0x1D716, 0x1D734 }, { 0x1D736, 0x1D74E }, { 0x1D750, 0x1D76E }, { 0x1D770, 0x1D788 },
    { 0x1D78A, 0x1D7A8 }, { 0x1D7AA, 0x1D7C2 }, { 0x1D7C4, 0x1D7CB }, { 0x20000, 0x2A6DF }, { 0x2A700, 0x2EBE0 },
    { 0x2F800, 0x2FA1D }, { 0x30000, 0x3134A },
};

// Runs of ten decimal digits (category Nd): each range's length is a multiple of ten, starting at 0.
const Range s_decimal_ranges[] = {
    { 0x30, 0x39 }, { 0x660, 0x669 }, { 0x6F0, 0x6F9 }, { 0x7C0, 0x7C9 }, { 0x966, 0x96F },
    { 0x9E6, 0x9EF }, { 0xA66, 0xA6F }, { 0xAE6, 0xAEF }, { 0xB66, 0xB6F }, { 0xBE6, 0xBEF },
    { 0xC66, 0xC6F }, { 0xCE6, 0xCEF }, { 0xD66, 0xD6F }, { 0xDE6, 0xDEF }, { 0xE50, 0xE59 },
    { 0xED0, 0xED9 }, { 0xF20, 0xF29 }, { 0x1040, 0x1049 }, { 0x1090, 0x1099 }, { 0x17E0, 0x17E9 },
    { 0x1810, 0x1819 }, { 0x1946, 0x194F }, { 0x19D0, 0x19D9 }, { 0x1A80, 0x1A89 }, { 0x1A90, 0x1A99 },
    { 0x1B50, 0x1B59 }, { 0x1BB0, 0x1BB9 }, { 0x1C40, 0x1C49 }, { 0x1C50, 0x1C59 }, { 0xA620, 0xA629 },
    { 0xA8D0, 0xA8D9 }, { 0xA900, 0xA909 }, { 0xA9D0, 0xA9D9 }, { 0xA9F0, 0xA9F9 }, { 0xAA50, 0xAA59 },
    { 0xABF0, 0xABF9 }, { 0xFF10, 0xFF19 }, { 0x104A0, 0x104A9 }, { 0x11066, 0x1106F }, { 0x1D7CE, 0x1D7FF },
    { 0x1E950, 0x1E959 }, { 0x1FBF0, 0x1FBF9 },
};

// Digits that are not decimal (Numeric_Type=Digit): superscripts, circled digits, ...
const Range s_digit_ranges[] = {
    { 0xB2, 0xB3 }, { 0xB9, 0xB9 }, { 0x1369, 0x1371 }, { 0x19DA, 0x19DA }, { 0x2070, 0x2070 },
    { 0x2074, 0x2079 }, { 0x2080, 0x2089 }, { 0x2460, 0x2468 }, { 0x2474, 0x247C }, { 0x2488, 0x2490 },
    { 0x24EA, 0x24EA }, { 0x24F5, 0x24FD }, { 0x24FF, 0x24FF }, { 0x2776, 0x277E }, { 0x2780, 0x2788 },
    { 0x278A, 0x2792 }, { 0x1F100, 0x1F10A },
};

// Other numeric characters (Numeric_Type=Numeric): fractions, Roman numerals, CJK numerals, ...
const Range s_numeric_ranges[] = {
    { 0xBC, 0xBE }, { 0x2150, 0x2182 }, { 0x2185, 0x2189 }, { 0x2469, 0x2473 }, { 0x247D, 0x2487 },
    { 0x2491, 0x249B }, { 0x24EB, 0x24F4 }, { 0x24FE, 0x24FE }, { 0x277F, 0x277F }, { 0x2789, 0x2789 },
    { 0x2793, 0x2793 }, { 0x3007, 0x3007 }, { 0x3021, 0x3029 }, { 0x3038, 0x303A }, { 0x3192, 0x3195 },
    { 0x3220, 0x3229 }, { 0x3248, 0x324F }, { 0x3251, 0x325F }, { 0x3280, 0x3289 }, { 0x32B1, 0x32BF },
    { 0x4E00, 0x4E00 }, { 0x4E03, 0x4E03 }, { 0x4E07, 0x4E07 }, { 0x4E09, 0x4E09 }, { 0x4E5D, 0x4E5D },
    { 0x4E8C, 0x4E8C }, { 0x4E94, 0x4E94 }, { 0x5104, 0x5104 }, { 0x5141, 0x5141 }, { 0x516B, 0x516B },
    { 0x516D, 0x516D }, { 0x5341, 0x5341 }, { 0x5343, 0x5343 }, { 0x56DB, 0x56DB }, { 0x767E, 0x767E },
    { 0x96F6, 0x96F6 },
};

// Non-printable characters above U+00FF: format characters, separators, surrogates, private use,
// noncharacters and the largest unassigned blocks.
const Range s_unprintable_ranges[] = {
    { 0x378, 0x379 }, { 0x380, 0x383 }, { 0x38B, 0x38B }, { 0x38D, 0x38D }, { 0x3A2, 0x3A2 },
    { 0x600, 0x605 }, { 0x61C, 0x61C }, { 0x6DD, 0x6DD }, { 0x70F, 0x70F }, { 0x890, 0x891 },
    { 0x8E2, 0x8E2 }, { 0x1680, 0x1680 }, { 0x180E, 0x180E }, { 0x2000, 0x200F }, { 0x2028, 0x202F },
    { 0x205F, 0x206F }, { 0x2072, 0x2073 }, { 0x3000, 0x3000 }, { 0xD800, 0xF8FF }, { 0xFDD0, 0xFDEF },
    { 0xFEFF, 0xFEFF }, { 0xFFF0, 0xFFFB }, { 0xFFFE, 0xFFFF }, { 0x110BD, 0x110BD }, { 0x110CD, 0x110CD },
    { 0x13430, 0x1343F }, { 0x1BCA0, 0x1BCA3 }, { 0x1D173, 0x1D17A }, { 0x2FA20, 0x2FFFF }, { 0x3134B, 0xE00FF },
    { 0xE01F0, 0x10FFFF },
};

const Range s_xid_continue_extra[] = {
    { 0x300, 0x36F }, { 0x483, 0x487 }, { 0x591, 0x5BD }, { 0x5BF, 0x5BF }, { 0x5C1, 0x5C2 },
    { 0x610, 0x61A }, { 0x64B, 0x669 }, { 0x670, 0x670 }, { 0x6D6, 0x6DC }, { 0x6DF, 0x6E4 },
    { 0x6E7, 0x6E8 }, { 0x6EA, 0x6ED }, { 0x6F0, 0x6F9 }, { 0x900, 0x903 }, { 0x93A, 0x93C },
    { 0x93E, 0x94F }, { 0x951, 0x957 }, { 0x962, 0x963 }, { 0x966, 0x96F }, { 0x1AB0, 0x1ABD },
    { 0x1DC0, 0x1DFF }, { 0x203F, 0x2040 }, { 0x2054, 0x2054 }, { 0x20D0, 0x20DC }, { 0x20E1, 0x20E1 },
    { 0x20E5, 0x20F0 }, { 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F }, { 0xFE33, 0xFE34 }, { 0xFE4D, 0xFE4F },
    { 0xFF10, 0xFF19 }, { 0xFF3F, 0xFF3F }, { 0xE0100, 0xE01EF },
};

bool latin1_alpha(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xB5 || c == 0xBA
        || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

// The titlecase digraphs (category Lt) and their lower/upper partners.
bool is_dz_digraph(uint32_t c) { return (c >= 0x1C4 && c <= 0x1CC) || (c >= 0x1F1 && c <= 0x1F3); }
// First member (uppercase) of the digraph's triple: DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz.
uint32_t dz_base(uint32_t c) { return c >= 0x1F1 ? 0x1F1 : 0x1C4 + (c - 0x1C4) / 3 * 3; }

}  // namespace

bool is_space(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_linebreak(uint32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_alpha(uint32_t c)
{
    if (c < 0x100)
        return latin1_alpha(c);
    return in_ranges(s_alpha_ranges, c);
}

bool is_decimal(uint32_t c)
{
    if (c < 0x100)
        return c >= '0' && c <= '9';
    return in_ranges(s_decimal_ranges, c);
}

int decimal_value(uint32_t c)
{
    if (c < 0x100)
        return c >= '0' && c <= '9' ? int(c - '0') : -1;
    auto it = std::upper_bound(std::begin(s_decimal_ranges), std::end(s_decimal_ranges), c,
                               [](uint32_t value, const Range& r) { return value < r.first; });
    if (it == std::begin(s_decimal_ranges) || c > (it - 1)->last)
        return -1;
    return int((c - (it - 1)->first) % 10);
}

bool is_digit(uint32_t c) { return is_decimal(c) || in_ranges(s_digit_ranges, c); }
bool is_numeric(uint32_t c) { return is_digit(c) || in_ranges(s_numeric_ranges, c); }

uint32_t to_lower(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c < 0x100)
        return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130)
            return 'i';
        if (c == 0x178)
            return 0xFF;
        if ((c < 0x138 && c % 2 == 0) || (c >= 0x139 && c <= 0x148 && c % 2 == 1) || (c >= 0x14A && c <= 0x177 && c % 2 == 0)
            || (c >= 0x179 && c <= 0x17E && c % 2 == 1))
            return c + 1;
        return c;
    }
    if (is_dz_digraph(c))
        return dz_base(c) + 2;
    if (c >= 0x370 && c < 0x400) {
        if (c == 0x386)
            return 0x3AC;
        if (c >= 0x388 && c <= 0x38A)
            return c + 37;
        if (c == 0x38C)
            return 0x3CC;
        if (c == 0x38E || c == 0x38F)
            return c + 63;
        if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
            return c + 32;
        return c;
    }
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) && c % 2 == 0)
        return c + 1;
    if (c >= 0x531 && c <= 0x556)
        return c + 48;
    if (c == 0x1E9E)
        return 0xDF;
    if (((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) && c % 2 == 0)
        return c + 1;
    if (c >= 0x2160 && c <= 0x216F)
        return c + 16;
    if (c >= 0x24B6 && c <= 0x24CF)
        return c + 26;
    if (c >= 0xFF21 && c <= 0xFF3A)
        return c + 32;
    if (c >= 0x10400 && c <= 0x10427)
        return c + 40;
    return c;
}

uint32_t to_upper(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c < 0x100) {
        if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
            return c - 32;
        if (c == 0xFF)
            return 0x178;
        if (c == 0xB5)
            return 0x39C;
        return c;
    }
    if (c < 0x180) {
        if (c == 0x131)
            return 'I';
        if (c == 0x17F)
            return 'S';
        if ((c <= 0x137 && c % 2 == 1) || (c >= 0x13A && c <= 0x148 && c % 2 == 0) || (c >= 0x14B && c <= 0x177 && c % 2 == 1)
            || (c >= 0x17A && c <= 0x17E && c % 2 == 0))
            return c - 1;
        return c;
    }
    if (is_dz_digraph(c))
        return dz_base(c);
    if (c >= 0x370 && c < 0x400) {
        if (c == 0x3AC)
            return 0x386;
        if (c >= 0x3AD && c <= 0x3AF)
            return c - 37;
        if (c == 0x3CC)
            return 0x38C;
        if (c == 0x3CD || c == 0x3CE)
            return c - 63;
        if (c == 0x3C2)
            return 0x3A3;
        if (c >= 0x3B1 && c <= 0x3CB)
            return c - 32;
        return c;
    }
    if (c >= 0x430 && c <= 0x44F)
        return c - 32;
    if (c >= 0x450 && c <= 0x45F)
        return c - 80;
    if (((c >= 0x461 && c <= 0x481) || (c >= 0x48B && c <= 0x4BF) || (c >= 0x4D1 && c <= 0x52F)) && c % 2 == 1)
        return c - 1;
    if (c >= 0x561 && c <= 0x586)
        return c - 48;
    if (((c >= 0x1E01 && c <= 0x1E95) || (c >= 0x1EA1 && c <= 0x1EFF)) && c % 2 == 1)
        return c - 1;
    if (c >= 0x2170 && c <= 0x217F)
        return c - 16;
    if (c >= 0x24D0 && c <= 0x24E9)
        return c - 26;
    if (c >= 0xFF41 && c <= 0xFF5A)
        return c - 32;
    if (c >= 0x10428 && c <= 0x1044F)
        return c - 40;
    return c;
}

bool is_title(uint32_t c)
{
    return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 || (c >= 0x1F88 && c <= 0x1F8F) || (c >= 0x1F98 && c <= 0x1F9F)
        || (c >= 0x1FA8 && c <= 0x1FAF) || c == 0x1FBC || c == 0x1FCC || c == 0x1FFC;
}

bool is_lower(uint32_t c)
{
    if (c < 0x100)
        return (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c <= 0xFF && c != 0xF7);
    if (is_title(c))
        return false;
    return to_upper(c) != c || c == 0x138 || c == 0x149 || (c >= 0x250 && c <= 0x2AF) || (c >= 0x1D00 && c <= 0x1D2B);
}

bool is_upper(uint32_t c)
{
    if (c < 0x100)
        return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    if (is_title(c))
        return false;
    return to_lower(c) != c || c == 0x1E9E;
}

bool is_cased(uint32_t c) { return is_lower(c) || is_upper(c) || is_title(c); }

bool is_case_ignorable(uint32_t c)
{
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD || c == 0xAF || c == 0xB4
        || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027;
}

bool is_printable(uint32_t c)
{
    if (c < 0x100)
        return (c >= 0x20 && c < 0x7F) || (c > 0xA0 && c != 0xAD);
    return !in_ranges(s_unprintable_ranges, c) && (c & 0xFFFE) != 0xFFFE;
}

bool is_xid_start(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return is_alpha(c) || (c >= 0x2160 && c <= 0x2188) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029);
}

bool is_xid_continue(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    return c == 0xB7 || is_xid_start(c) || is_decimal(c) || in_ranges(s_xid_continue_extra, c);
}

int to_lower_full(uint32_t c, uint32_t* out)
{
    if (c == 0x130) {
        out[0] = 'i';
        out[1] = 0x307;
        return 2;
    }
    out[0] = to_lower(c);
    return 1;
}

// The special (one-to-many) upper and title mappings of SpecialCasing.txt that we know.
static int special_upper(uint32_t c, uint32_t* out, bool title)
{
    auto set = [&](std::initializer_list<uint32_t> points) {
        int n = 0;
        for (uint32_t p : points)
            out[n++] = p;
        return n;
    };
    uint32_t second = title ? 0x20 : 0;  // lowercase the tail of title mappings
    switch (c) {
    case 0xDF: return set({ 'S', 'S' + second });
    case 0x149: return set({ 0x2BC, 'N' });
    case 0x1F0: return set({ 'J', 0x30C });
    case 0xFB00: return set({ 'F', 'F' + second });
    case 0xFB01: return set({ 'F', 'I' + second });
    case 0xFB02: return set({ 'F', 'L' + second });
    case 0xFB03: return set({ 'F', 'F' + second, 'I' + second });
    case 0xFB04: return set({ 'F', 'F' + second, 'L' + second });
    case 0xFB05:
    case 0xFB06: return set({ 'S', 'T' + second });
    default: return 0;
    }
}

int to_upper_full(uint32_t c, uint32_t* out)
{
    if (int n = special_upper(c, out, false))
        return n;
    out[0] = to_upper(c);
    return 1;
}

int to_title_full(uint32_t c, uint32_t* out)
{
    if (is_dz_digraph(c)) {
        out[0] = dz_base(c) + 1;
        return 1;
    }
    if (int n = special_upper(c, out, true))
        return n;
    out[0] = to_upper(c);
    return 1;
}

int to_fold_full(uint32_t c, uint32_t* out)
{
    switch (c) {
    case 0xDF:
    case 0x1E9E: out[0] = 's'; out[1] = 's'; return 2;
    case 0xB5: out[0] = 0x3BC; return 1;
    case 0x17F: out[0] = 's'; return 1;
    case 0x3C2: out[0] = 0x3C3; return 1;
    case 0x149: out[0] = 0x2BC; out[1] = 'n'; return 2;
    default: break;
    }
    if (c >= 0xFB00 && c <= 0xFB06) {
        int n = special_upper(c, out, false);
        for (int i = 0; i < n; ++i)
            out[i] = to_lower(out[i]);
        return n;
    }
    return to_lower_full(c, out);
}

}  // namespace ginger::unicode
