// Unicode normalization (UAX #15) over code points: NFD/NFKD (full decomposition, then canonical
// ordering) and NFC/NFKC (then canonical composition, with the exclusions and Hangul), from the
// unicodedata tables.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ginger::unicode {

enum class NormalForm { NFC, NFD, NFKC, NFKD };

// The form named "NFC", "NFD", "NFKC" or "NFKD"; false for any other name.
bool parse_normal_form(std::string_view name, NormalForm& form);

std::vector<uint32_t> normalize(NormalForm form, const uint32_t* text, size_t length);

}  // namespace ginger::unicode
