// Looking up Unicode character names: the generated word-coded table, the formal aliases, and the two
// families named by rule (CJK unified ideographs and Hangul syllables).
#include "support/unicode_names.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace ginger {

namespace {

using namespace unicode_names;

// The start of each word in WORDS, built on first use.
const std::vector<const char*>& word_starts()
{
    static const std::vector<const char*> s_starts = [] {
        std::vector<const char*> starts;
        starts.reserve(size_t(WORD_COUNT));
        const char* p = WORDS;
        for (int i = 0; i < WORD_COUNT; ++i) {
            starts.push_back(p);
            p += strlen(p) + 1;
        }
        return starts;
    }();
    return s_starts;
}

// Whether the encoded name at `encoded` spells `name` exactly.
bool encoded_name_equals(const unsigned char* encoded, std::string_view name, const std::vector<const char*>& words)
{
    int count = *encoded++;
    size_t position = 0;
    for (int i = 0; i < count; ++i) {
        int number = *encoded++;
        if (number & 0x80)
            number = ((number & 0x7F) << 8) | *encoded++;
        if (i > 0) {
            if (position >= name.size() || name[position] != ' ')
                return false;
            ++position;
        }
        const char* word = words[size_t(number)];
        size_t length = strlen(word);
        if (name.compare(position, length, word, length) != 0)  // also false if the name ends first
            return false;
        position += length;
    }
    return position == name.size();
}

// The name encoded at ENCODED + offset, spelled out.
void decode_name(uint32_t offset, std::string& name)
{
    const auto& words = word_starts();
    const unsigned char* encoded = ENCODED + offset;
    int count = *encoded++;
    name.clear();
    for (int k = 0; k < count; ++k) {
        int number = *encoded++;
        if (number & 0x80)
            number = ((number & 0x7F) << 8) | *encoded++;
        if (k > 0)
            name += ' ';
        name += words[size_t(number)];
    }
}

bool lookup_cjk(std::string_view name, uint32_t& codepoint)
{
    constexpr std::string_view prefix = "CJK UNIFIED IDEOGRAPH-";
    if (!name.starts_with(prefix))
        return false;
    std::string_view digits = name.substr(prefix.size());
    if (digits.size() != 4 && digits.size() != 5)  // CPython's rule: 04E00 is accepted too
        return false;
    uint32_t value = 0;
    for (char c : digits) {
        if (c >= '0' && c <= '9')
            value = value * 16 + uint32_t(c - '0');
        else if (c >= 'A' && c <= 'F')
            value = value * 16 + uint32_t(c - 'A' + 10);
        else
            return false;
    }
    for (int i = 0; i < CJK_RANGE_COUNT; ++i) {
        if (value >= CJK_RANGES[i][0] && value <= CJK_RANGES[i][1]) {
            codepoint = value;
            return true;
        }
    }
    return false;
}

// The longest of `parts` that `text` starts with at `position` (the empty part matches anything).
int longest_jamo(std::string_view text, size_t& position, const char* const* parts, int count)
{
    int best = -1;
    size_t best_length = 0;
    for (int i = 0; i < count; ++i) {
        size_t length = strlen(parts[i]);
        if (text.compare(position, length, parts[i]) == 0 && (best < 0 || length > best_length)) {
            best = i;
            best_length = length;
        }
    }
    if (best >= 0)
        position += best_length;
    return best;
}

bool lookup_hangul(std::string_view name, uint32_t& codepoint)
{
    static const char* const leads[] = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    static const char* const vowels[] = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                          "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    static const char* const tails[] = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                         "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };
    constexpr std::string_view prefix = "HANGUL SYLLABLE ";
    if (!name.starts_with(prefix))
        return false;
    size_t position = prefix.size();
    int l = longest_jamo(name, position, leads, 19);
    int v = longest_jamo(name, position, vowels, 21);
    int t = longest_jamo(name, position, tails, 28);
    if (l < 0 || v < 0 || t < 0 || position != name.size())
        return false;
    codepoint = 0xAC00 + uint32_t((l * 21 + v) * 28 + t);
    return true;
}

}  // namespace

bool unicode_lookup_name(std::string_view name, uint32_t& codepoint)
{
    if (lookup_cjk(name, codepoint) || lookup_hangul(name, codepoint))
        return true;
    if (name.size() > 128)
        return false;  // longer than any name
    std::string upper(name);
    for (char& ch : upper)
        ch = char(std::toupper(static_cast<unsigned char>(ch)));
    name = upper;
    for (int i = 0; i < ALIAS_COUNT; ++i) {
        if (name == ALIASES[i].name) {
            codepoint = ALIASES[i].codepoint;
            return true;
        }
    }
    // A linear scan costs well under a millisecond, which suits the rare \N{...} escape; a program that
    // looks up many names (unicodedata.lookup in a loop) gets a hash index after a few calls.
    static int s_lookups = 0;
    if (++s_lookups > 16) {
        static const std::unordered_map<std::string, uint32_t> s_index = [] {
            std::unordered_map<std::string, uint32_t> index;
            index.reserve(size_t(NAME_COUNT));
            std::string decoded;
            for (int i = 0; i < NAME_COUNT; ++i) {
                decode_name(NAMES[i].offset, decoded);
                index.emplace(decoded, NAMES[i].codepoint);
            }
            return index;
        }();
        auto found = s_index.find(upper);
        if (found == s_index.end())
            return false;
        codepoint = found->second;
        return true;
    }
    const auto& words = word_starts();
    for (int i = 0; i < NAME_COUNT; ++i) {
        if (encoded_name_equals(ENCODED + NAMES[i].offset, name, words)) {
            codepoint = NAMES[i].codepoint;
            return true;
        }
    }
    return false;
}

bool unicode_name_of(uint32_t codepoint, std::string& name)
{
    for (int i = 0; i < CJK_RANGE_COUNT; ++i) {
        if (codepoint >= CJK_RANGES[i][0] && codepoint <= CJK_RANGES[i][1]) {
            char text[40];
            snprintf(text, sizeof text, "CJK UNIFIED IDEOGRAPH-%X", unsigned(codepoint));
            name = text;
            return true;
        }
    }
    if (codepoint >= 0xAC00 && codepoint <= 0xD7A3) {
        static const char* const leads[] = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
        static const char* const vowels[] = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                              "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
        static const char* const tails[] = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                             "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };
        uint32_t index = codepoint - 0xAC00;
        name = std::string("HANGUL SYLLABLE ") + leads[index / (21 * 28)] + vowels[(index / 28) % 21] + tails[index % 28];
        return true;
    }
    // NAMES is in code point order (as UnicodeData.txt is).
    const NameEntry* end = NAMES + NAME_COUNT;
    const NameEntry* entry = std::lower_bound(NAMES, end, codepoint, [](const NameEntry& e, uint32_t c) { return e.codepoint < c; });
    if (entry != end && entry->codepoint == codepoint) {
        decode_name(entry->offset, name);
        return true;
    }
    return false;
}

}  // namespace ginger
