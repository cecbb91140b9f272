// The regular-expression matching engine behind the `_sre` module: it runs the code lists that
// CPython 3.12's re._compiler emits (opcode numbers from re/_constants.py) over str (1, 2 or 4 bytes a
// code point) or byte subjects. The backtracking state lives in heap vectors, never on the C++ stack,
// so the depth of a match is bounded by memory, not by the native stack.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ginger::sre {

using Code = uint32_t;

inline constexpr uint32_t MAGIC = 20221023;
inline constexpr uint32_t MAXREPEAT = 0xFFFFFFFFu;
inline constexpr int64_t MAXGROUPS = 0x3FFFFFFF;  // INT32_MAX / 2 as on 64-bit CPython

// re._constants.OPCODES, in order.
enum Op : Code {
    OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH, OP_CATEGORY,
    OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO, OP_JUMP, OP_LITERAL, OP_MARK,
    OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE, OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_SUBPATTERN,
    OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE,
    OP_IN_IGNORE, OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE,
    OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE,
    OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE,
    OP_COUNT
};

// re._constants.ATCODES.
enum At : Code {
    AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_LINE,
    AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
    AT_COUNT
};

// re._constants.CHCODES.
enum Category : Code {
    CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_LINEBREAK, CAT_NOT_LINEBREAK,
    CAT_LOC_WORD, CAT_LOC_NOT_WORD, CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT, CAT_UNI_SPACE, CAT_UNI_NOT_SPACE,
    CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK, CAT_UNI_NOT_LINEBREAK,
    CAT_COUNT
};

inline constexpr Code INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;

// Case mappings as the engine uses them (LOCALE behaves as the C locale: ASCII only).
uint32_t lower_ascii(uint32_t c);
uint32_t lower_unicode(uint32_t c);
uint32_t upper_unicode(uint32_t c);
bool ascii_iscased(uint32_t c);
bool unicode_iscased(uint32_t c);

// Checks that `code` is well formed for a pattern with `groups` groups, so that matching can never read
// outside it or jump backwards except through a repeat. Returns false for anything malformed.
bool validate(const std::vector<Code>& code, int64_t groups);

enum class Status { Failure, Success, Interrupted, InternalError, OutOfMemory };

// One match or search over a subject. Positions are code-point (or byte) indices.
struct State {
    const void* data = nullptr;  // the subject's characters
    int kind = 1;                // bytes a character: 1, 2 or 4
    int64_t length = 0;          // of the whole subject (the "beginning" is index 0)
    int64_t pos = 0, endpos = 0;  // the slice searched, clamped to [0, length]
    int64_t start = 0;           // where the current attempt started (the match's start afterwards)
    int64_t ptr = 0;             // where it ended
    bool match_all = false;      // fullmatch: SUCCESS at top level only at endpos
    bool must_advance = false;   // reject an empty match at `start` (finditer/sub/split after an empty match)
    std::vector<int64_t> marks;  // 2 per group; -1 = not set
    int lastmark = -1, lastindex = -1;

    void reset()
    {
        lastmark = -1;
        lastindex = -1;
    }
    uint32_t at(int64_t i) const
    {
        if (kind == 1)
            return static_cast<const uint8_t*>(data)[i];
        if (kind == 2)
            return static_cast<const uint16_t*>(data)[i];
        return static_cast<const uint32_t*>(data)[i];
    }
};

// Anchored match at state.start (state.ptr must equal it); on success state.ptr is the end.
Status match(State& state, const std::vector<Code>& code);
// The first match at or after state.start; on success state.start and state.ptr delimit it.
Status search(State& state, const std::vector<Code>& code);

}  // namespace ginger::sre
