// Unicode normalization: decomposition, canonical ordering and canonical composition.
#include "support/normalize.h"

#include "support/unicodedata_tables.h"

#include <algorithm>
#include <cstddef>

namespace ginger::unicode {

namespace {

using unicodedata::data_record_of;

constexpr uint32_t HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7;
constexpr uint32_t HANGUL_L_COUNT = 19, HANGUL_V_COUNT = 21, HANGUL_T_COUNT = 28;
constexpr uint32_t HANGUL_N = HANGUL_V_COUNT * HANGUL_T_COUNT, HANGUL_S_COUNT = HANGUL_L_COUNT * HANGUL_N;

int combining_class(uint32_t c) { return data_record_of(c).combining; }

void decompose(uint32_t c, bool compatibility, std::vector<uint32_t>& out)
{
    if (c >= HANGUL_S && c < HANGUL_S + HANGUL_S_COUNT) {
        uint32_t index = c - HANGUL_S;
        out.push_back(HANGUL_L + index / HANGUL_N);
        out.push_back(HANGUL_V + (index % HANGUL_N) / HANGUL_T_COUNT);
        if (index % HANGUL_T_COUNT)
            out.push_back(HANGUL_T + index % HANGUL_T_COUNT);
        return;
    }
    int32_t offset = data_record_of(c).decomposition;
    if (offset >= 0) {
        uint32_t header = unicodedata::g_decompositions[offset];
        if ((header >> 8) == 0 || compatibility) {
            for (uint32_t i = 0; i < (header & 0xFF); ++i)
                decompose(unicodedata::g_decompositions[uint32_t(offset) + 1 + i], compatibility, out);
            return;
        }
    }
    out.push_back(c);
}

// The primary composite of first + second, or 0.
uint32_t compose_pair(uint32_t first, uint32_t second)
{
    if (first >= HANGUL_L && first < HANGUL_L + HANGUL_L_COUNT && second >= HANGUL_V && second < HANGUL_V + HANGUL_V_COUNT)
        return HANGUL_S + ((first - HANGUL_L) * HANGUL_V_COUNT + (second - HANGUL_V)) * HANGUL_T_COUNT;
    if (first >= HANGUL_S && first < HANGUL_S + HANGUL_S_COUNT && (first - HANGUL_S) % HANGUL_T_COUNT == 0
        && second > HANGUL_T && second < HANGUL_T + HANGUL_T_COUNT)
        return first + (second - HANGUL_T);
    const unicodedata::Composition* begin = unicodedata::g_compositions;
    const unicodedata::Composition* end = begin + unicodedata::COMPOSITION_COUNT;
    auto it = std::lower_bound(begin, end, std::pair(first, second), [](const unicodedata::Composition& entry, std::pair<uint32_t, uint32_t> key) {
        return entry.first < key.first || (entry.first == key.first && entry.second < key.second);
    });
    if (it != end && it->first == first && it->second == second)
        return it->composite;
    return 0;
}

}  // namespace

bool parse_normal_form(std::string_view name, NormalForm& form)
{
    if (name == "NFC")
        form = NormalForm::NFC;
    else if (name == "NFD")
        form = NormalForm::NFD;
    else if (name == "NFKC")
        form = NormalForm::NFKC;
    else if (name == "NFKD")
        form = NormalForm::NFKD;
    else
        return false;
    return true;
}

std::vector<uint32_t> normalize(NormalForm form, const uint32_t* text, size_t length)
{
    bool compatibility = form == NormalForm::NFKC || form == NormalForm::NFKD;
    std::vector<uint32_t> result;
    result.reserve(length);
    for (size_t i = 0; i < length; ++i)
        decompose(text[i], compatibility, result);
    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    for (size_t i = 0; i < result.size();) {
        if (combining_class(result[i]) == 0) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < result.size() && combining_class(result[end]) != 0)
            ++end;
        if (end - i > 1)
            std::stable_sort(result.begin() + std::ptrdiff_t(i), result.begin() + std::ptrdiff_t(end),
                             [](uint32_t a, uint32_t b) { return combining_class(a) < combining_class(b); });
        i = end;
    }
    if (form == NormalForm::NFD || form == NormalForm::NFKD)
        return result;
    // Canonical composition: each character joins the last starter unless blocked from it.
    std::vector<uint32_t> composed;
    composed.reserve(result.size());
    size_t starter = SIZE_MAX;
    for (uint32_t c : result) {
        int cc = combining_class(c);
        if (starter != SIZE_MAX) {
            bool adjacent = composed.size() - 1 == starter;
            if (adjacent || combining_class(composed.back()) < cc) {
                if (uint32_t composite = compose_pair(composed[starter], c)) {
                    composed[starter] = composite;
                    continue;
                }
            }
        }
        if (cc == 0)
            starter = composed.size();
        composed.push_back(c);
    }
    return composed;
}

}  // namespace ginger::unicode
