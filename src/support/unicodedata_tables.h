// The unicodedata module's Unicode 15.0 tables (generated into unicodedata_tables.cpp by
// tools/gen_unicodedata.py): a two-level index from code point to a record of properties, the
// decomposition mappings, the primary composites and the named sequences.
#pragma once

#include <cstdint>

namespace ginger::unicodedata {

struct DataRecord {
    uint8_t category;       // index into CATEGORY_NAMES (0: Cn, unassigned)
    uint8_t bidirectional;  // index into BIDI_NAMES (0: none)
    uint8_t combining;      // canonical combining class
    uint8_t east_asian_width;  // index into WIDTH_NAMES
    uint8_t mirrored;
    int16_t numeric;        // index into g_numeric_values, or -1
    int32_t decomposition;  // offset into g_decompositions (tag << 8 | count, then code points), or -1
};

struct Composition {
    uint32_t first, second, composite;  // sorted by (first, second)
};

struct NamedSequence {
    const char* name;
    uint32_t offset;  // into g_named_sequence_data
    uint32_t length;
};

extern const char* const CATEGORY_NAMES[];
extern const char* const BIDI_NAMES[];
extern const char* const WIDTH_NAMES[];
extern const char* const DECOMPOSITION_TAGS[];  // [0] is "" (canonical)
extern const DataRecord g_records[];
extern const uint16_t g_index1[];
extern const uint16_t g_index2[];
extern const double g_numeric_values[];
extern const uint32_t g_decompositions[];
extern const int COMPOSITION_COUNT;
extern const Composition g_compositions[];
extern const int NAMED_SEQUENCE_COUNT;
extern const NamedSequence g_named_sequences[];
extern const uint32_t g_named_sequence_data[];

inline const DataRecord& data_record_of(uint32_t c)
{
    if (c >= 0x110000)
        c = 0x10FFFF;
    return g_records[g_index2[uint32_t(g_index1[c >> 7]) * 128 + (c & 127)]];
}

}  // namespace ginger::unicodedata
