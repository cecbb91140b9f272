// The Unicode character names, for \N{...} escapes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ginger {

// Finds the code point named `name`: a character name or formal alias in any letter case, or (in upper case
// only, as in CPython) a name made by rule: CJK UNIFIED IDEOGRAPH-4E00, HANGUL SYLLABLE GA. False if none.
bool unicode_lookup_name(std::string_view name, uint32_t& codepoint);

// The name of `codepoint` (what unicodedata.name gives), for the namereplace error handler. False if it has none.
bool unicode_name_of(uint32_t codepoint, std::string& name);

namespace unicode_names {  // the generated tables (unicode_names_data.cpp)
struct NameEntry {
    uint32_t codepoint;
    uint32_t offset;  // into ENCODED
};
struct Alias {
    const char* name;
    uint32_t codepoint;
};
extern const int WORD_COUNT, NAME_COUNT, ALIAS_COUNT, CJK_RANGE_COUNT;
extern const uint32_t CJK_RANGES[][2];
extern const char WORDS[];
extern const NameEntry NAMES[];
extern const unsigned char ENCODED[];
extern const Alias ALIASES[];
}  // namespace unicode_names

}  // namespace ginger
