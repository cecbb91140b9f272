// The `_sre` matching engine: a backtracking interpreter of CPython 3.12's regular-expression code.
//
// The matcher is written as one loop over an explicit stack of frames. Where an opcode needs to try a
// sub-pattern and then decide what to do (a BRANCH alternative, one more repeat iteration, the tail
// after a repeat, a lookaround body), it saves its program counter and position in its frame, pushes a
// frame for the sub-pattern and continues the loop there; when that frame reaches SUCCESS or fails, it
// is popped and the parent resumes at the point named by `Frame::resume`. A sub-pattern runs through
// the rest of the whole pattern (continuation style), except lookarounds, atomic groups and possessive
// repeats, whose bodies end with their own SUCCESS: popping their frame drops every backtracking point
// inside them. Group marks are saved on a separate data stack only where CPython saves them, so that
// which captures survive backtracking is exactly CPython's.
#include "modules/sre_engine.h"

#include "objects/type.h"
#include "support/unicode.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <algorithm>

namespace ginger::sre {

uint32_t lower_ascii(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static uint32_t upper_ascii(uint32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }
// CPython's _PyUnicode_ToLowercase/_PyUnicode_ToUppercase: the simple mapping, except that a character
// with a special (multi-character) mapping maps to the first character of it (upper('ß') is 'S').
uint32_t lower_unicode(uint32_t c)
{
    if (c < 128)
        return lower_ascii(c);
    uint32_t full[3];
    return unicode::to_lower_full(c, full) > 1 ? full[0] : unicode::to_lower(c);
}
uint32_t upper_unicode(uint32_t c)
{
    if (c < 128)
        return upper_ascii(c);
    uint32_t full[3];
    return unicode::to_upper_full(c, full) > 1 ? full[0] : unicode::to_upper(c);
}
bool ascii_iscased(uint32_t c) { return c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z'); }
bool unicode_iscased(uint32_t c) { return c != lower_unicode(c) || c != upper_unicode(c); }

namespace {

constexpr int64_t NO_POSITION = -2;

bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_ascii_word(uint32_t c)
{
    return c < 128 && (is_ascii_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_');
}
bool is_uni_word(uint32_t c)
{
    return c == '_' || unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}

// Unicode properties of the first 256 code points, looked up often enough by \d \s \w to cache.
enum : uint8_t { PROP_DECIMAL = 1, PROP_SPACE = 2, PROP_WORD = 4, PROP_LINEBREAK = 8 };

struct Latin1Properties {
    uint8_t bits[256];
    Latin1Properties()
    {
        for (uint32_t c = 0; c < 256; ++c) {
            bits[c] = uint8_t((unicode::is_decimal(c) ? PROP_DECIMAL : 0) | (unicode::is_space(c) ? PROP_SPACE : 0)
                              | (is_uni_word(c) ? PROP_WORD : 0) | (unicode::is_linebreak(c) ? PROP_LINEBREAK : 0));
        }
    }
};

bool uni_property(uint32_t c, uint8_t property)
{
    static const Latin1Properties latin1;
    if (c < 256)
        return latin1.bits[c] & property;
    switch (property) {
    case PROP_DECIMAL: return unicode::is_decimal(c);
    case PROP_SPACE: return unicode::is_space(c);
    case PROP_WORD: return is_uni_word(c);
    default: return unicode::is_linebreak(c);
    }
}

bool is_uni_word_fast(uint32_t c) { return uni_property(c, PROP_WORD); }

bool category(Code code, uint32_t c)
{
    switch (code) {
    case CAT_DIGIT: return is_ascii_digit(c);
    case CAT_NOT_DIGIT: return !is_ascii_digit(c);
    case CAT_SPACE: return is_ascii_space(c);
    case CAT_NOT_SPACE: return !is_ascii_space(c);
    case CAT_WORD: return is_ascii_word(c);
    case CAT_NOT_WORD: return !is_ascii_word(c);
    case CAT_LINEBREAK: return c == '\n';
    case CAT_NOT_LINEBREAK: return c != '\n';
    case CAT_LOC_WORD: return is_ascii_word(c);  // the C locale
    case CAT_LOC_NOT_WORD: return !is_ascii_word(c);
    case CAT_UNI_DIGIT: return uni_property(c, PROP_DECIMAL);
    case CAT_UNI_NOT_DIGIT: return !uni_property(c, PROP_DECIMAL);
    case CAT_UNI_SPACE: return uni_property(c, PROP_SPACE);
    case CAT_UNI_NOT_SPACE: return !uni_property(c, PROP_SPACE);
    case CAT_UNI_WORD: return uni_property(c, PROP_WORD);
    case CAT_UNI_NOT_WORD: return !uni_property(c, PROP_WORD);
    case CAT_UNI_LINEBREAK: return uni_property(c, PROP_LINEBREAK);
    case CAT_UNI_NOT_LINEBREAK: return !uni_property(c, PROP_LINEBREAK);
    }
    return false;
}

// Set membership: `set` points at the first set item; the validator guarantees a FAILURE ends it.
bool in_set(const Code* set, uint32_t c)
{
    bool yes = true;
    for (;;) {
        switch (*set++) {
        case OP_FAILURE:
            return !yes;
        case OP_LITERAL:
            if (c == set[0])
                return yes;
            set += 1;
            break;
        case OP_CATEGORY:
            if (category(set[0], c))
                return yes;
            set += 1;
            break;
        case OP_CHARSET:
            if (c < 256 && (set[c >> 5] & (1u << (c & 31))))
                return yes;
            set += 8;
            break;
        case OP_RANGE:
            if (set[0] <= c && c <= set[1])
                return yes;
            set += 2;
            break;
        case OP_RANGE_UNI_IGNORE: {
            // c is already lower-cased; its upper-case form may be in the range too.
            if (set[0] <= c && c <= set[1])
                return yes;
            uint32_t upper = upper_unicode(c);
            if (set[0] <= upper && upper <= set[1])
                return yes;
            set += 2;
            break;
        }
        case OP_NEGATE:
            yes = !yes;
            break;
        case OP_BIGCHARSET: {
            // <count> <256 block numbers as bytes> <count blocks of 256 bits>
            Code blocks = *set++;
            const auto* block_of = reinterpret_cast<const unsigned char*>(set);
            set += 64;
            if (c < 0x10000) {
                uint32_t block = block_of[c >> 8];
                const Code* bits = set + block * 8;
                if (bits[(c & 255) >> 5] & (1u << (c & 31)))
                    return yes;
            }
            set += blocks * 8;
            break;
        }
        default:
            return false;
        }
    }
}

bool char_loc_ignore(Code pattern, uint32_t c)
{
    return c == pattern || lower_ascii(c) == pattern || upper_ascii(c) == pattern;
}

bool in_set_loc_ignore(const Code* set, uint32_t c)
{
    uint32_t lower = lower_ascii(c);
    if (in_set(set, lower))
        return true;
    uint32_t upper = upper_ascii(c);
    return upper != lower && in_set(set, upper);
}

// One character against a single-character item (the body of REPEAT_ONE and friends).
bool single_char(const Code* item, uint32_t c)
{
    switch (item[0]) {
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    case OP_LITERAL: return c == item[1];
    case OP_NOT_LITERAL: return c != item[1];
    case OP_LITERAL_IGNORE: return lower_ascii(c) == item[1];
    case OP_NOT_LITERAL_IGNORE: return lower_ascii(c) != item[1];
    case OP_LITERAL_UNI_IGNORE: return lower_unicode(c) == item[1];
    case OP_NOT_LITERAL_UNI_IGNORE: return lower_unicode(c) != item[1];
    case OP_LITERAL_LOC_IGNORE: return char_loc_ignore(item[1], c);
    case OP_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(item[1], c);
    case OP_CATEGORY: return category(item[1], c);
    case OP_IN: return in_set(item + 2, c);
    case OP_IN_IGNORE: return in_set(item + 2, lower_ascii(c));
    case OP_IN_UNI_IGNORE: return in_set(item + 2, lower_unicode(c));
    case OP_IN_LOC_IGNORE: return in_set_loc_ignore(item + 2, c);
    }
    return false;
}

bool is_single_char_op(Code op)
{
    switch (op) {
    case OP_ANY: case OP_ANY_ALL: case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE:
    case OP_NOT_LITERAL_IGNORE: case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE:
    case OP_LITERAL_LOC_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE: case OP_CATEGORY: case OP_IN: case OP_IN_IGNORE:
    case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE:
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------
// Validation

struct Validator {
    const Code* code;
    int64_t size;
    int64_t groups;
    int depth = 0;

    bool set(int64_t p, int64_t end)
    {
        // Set items tile [p, end); the last one is FAILURE.
        while (p < end) {
            Code op = code[p++];
            switch (op) {
            case OP_FAILURE:
                return p == end;
            case OP_NEGATE:
                break;
            case OP_LITERAL:
                if (p + 1 > end)
                    return false;
                p += 1;
                break;
            case OP_CATEGORY:
                if (p + 1 > end || code[p] >= CAT_COUNT)
                    return false;
                p += 1;
                break;
            case OP_RANGE:
            case OP_RANGE_UNI_IGNORE:
                if (p + 2 > end || code[p] > code[p + 1])
                    return false;
                p += 2;
                break;
            case OP_CHARSET:
                if (p + 8 > end)
                    return false;
                p += 8;
                break;
            case OP_BIGCHARSET: {
                if (p + 1 + 64 > end)
                    return false;
                int64_t blocks = code[p++];
                const auto* block_of = reinterpret_cast<const unsigned char*>(code + p);
                for (int i = 0; i < 256; ++i) {
                    if (block_of[i] >= blocks)
                        return false;
                }
                p += 64;
                if (blocks > (end - p) / 8)
                    return false;
                p += blocks * 8;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    // Ops tile [p, end) exactly. `last_op` receives the start of the last op.
    bool block(int64_t p, int64_t end, int64_t* last_op = nullptr)
    {
        if (++depth > 2000)
            return false;
        bool ok = block_inner(p, end, last_op);
        --depth;
        return ok;
    }

    bool block_inner(int64_t p, int64_t end, int64_t* last_op)
    {
        while (p < end) {
            if (last_op)
                *last_op = p;
            Code op = code[p++];
            switch (op) {
            case OP_FAILURE:
            case OP_SUCCESS:
            case OP_ANY:
            case OP_ANY_ALL:
                break;
            case OP_AT:
                if (p + 1 > end || code[p] >= AT_COUNT)
                    return false;
                p += 1;
                break;
            case OP_CATEGORY:
                if (p + 1 > end || code[p] >= CAT_COUNT)
                    return false;
                p += 1;
                break;
            case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
            case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE: case OP_LITERAL_LOC_IGNORE:
            case OP_NOT_LITERAL_LOC_IGNORE:
                if (p + 1 > end)
                    return false;
                p += 1;
                break;
            case OP_MARK:
                if (p + 1 > end || int64_t(code[p]) > 2 * groups + 1)
                    return false;
                p += 1;
                break;
            case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE: case OP_GROUPREF_LOC_IGNORE:
                if (p + 1 > end || int64_t(code[p]) >= groups)
                    return false;
                p += 1;
                break;
            case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
                if (p + 1 > end)
                    return false;
                int64_t skip = code[p];
                if (skip < 2 || skip > end - p || !set(p + 1, p + skip))
                    return false;
                p += skip;
                break;
            }
            case OP_INFO: {
                if (p + 4 > end)
                    return false;
                int64_t skip = code[p];
                if (skip < 4 || skip > end - p)
                    return false;
                int64_t info_end = p + skip;
                Code flags = code[p + 1];
                if (code[p + 3] != MAXREPEAT && code[p + 2] > code[p + 3])
                    return false;
                if (flags & INFO_PREFIX) {
                    // <len> <prefix skip> <prefix...> <overlap table...>
                    if (p + 6 > info_end)
                        return false;
                    int64_t length = code[p + 4];
                    if (length < 1 || code[p + 5] > code[p + 4] || length > (info_end - (p + 6)) / 2)
                        return false;
                    for (int64_t i = 0; i < length; ++i) {
                        if (code[p + 6 + length + i] >= length)
                            return false;
                    }
                } else if (flags & INFO_CHARSET) {
                    if (!set(p + 4, info_end))
                        return false;
                }
                p = info_end;
                break;
            }
            case OP_BRANCH: {
                // <BRANCH> (<skip> body <JUMP> <to end>)* <0>
                int64_t target = -1;
                for (;;) {
                    if (p + 1 > end)
                        return false;
                    int64_t skip = code[p];
                    if (skip == 0) {
                        p += 1;
                        break;
                    }
                    if (skip < 3 || skip > end - p)
                        return false;
                    if (!block(p + 1, p + skip - 2))
                        return false;
                    if (code[p + skip - 2] != OP_JUMP)
                        return false;
                    int64_t here = p + skip - 1;
                    int64_t to = here + code[here];
                    if (code[here] == 0 || (target >= 0 && to != target))
                        return false;
                    target = to;
                    p += skip;
                }
                if (target >= 0 && target != p)
                    return false;
                break;
            }
            case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT_ONE: {
                // <op> <skip> <min> <max> item <SUCCESS> tail
                if (p + 3 > end)
                    return false;
                int64_t skip = code[p];
                Code min = code[p + 1], max = code[p + 2];
                if (max != MAXREPEAT && min > max)
                    return false;
                if (skip < 5 || skip > end - p)
                    return false;
                int64_t item = p + 3, success = p + skip - 1;
                int64_t last = -1;
                if (!is_single_char_op(code[item]) || !block(item, success, &last) || last != item)
                    return false;
                if (code[success] != OP_SUCCESS)
                    return false;
                p += skip;
                break;
            }
            case OP_REPEAT: case OP_POSSESSIVE_REPEAT: {
                // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL> tail
                // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
                if (p + 3 > end)
                    return false;
                int64_t skip = code[p];
                Code min = code[p + 1], max = code[p + 2];
                if (max != MAXREPEAT && min > max)
                    return false;
                if (skip < 3 || skip >= end - p)
                    return false;
                int64_t closing = p + skip;
                if (!block(p + 3, closing))
                    return false;
                Code close = code[closing];
                if (op == OP_REPEAT ? (close != OP_MAX_UNTIL && close != OP_MIN_UNTIL) : close != OP_SUCCESS)
                    return false;
                p = closing + 1;
                break;
            }
            case OP_ASSERT: case OP_ASSERT_NOT: {
                // <op> <skip> <back> body <SUCCESS> tail
                if (p + 2 > end)
                    return false;
                int64_t skip = code[p];
                if (skip < 3 || skip > end - p || (code[p + 1] & 0x80000000u))
                    return false;
                if (!block(p + 2, p + skip - 1) || code[p + skip - 1] != OP_SUCCESS)
                    return false;
                p += skip;
                break;
            }
            case OP_ATOMIC_GROUP: {
                // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
                if (p + 1 > end)
                    return false;
                int64_t skip = code[p];
                if (skip < 2 || skip > end - p)
                    return false;
                if (!block(p + 1, p + skip - 1) || code[p + skip - 1] != OP_SUCCESS)
                    return false;
                p += skip;
                break;
            }
            case OP_GROUPREF_EXISTS: {
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no] tail
                if (p + 2 > end || int64_t(code[p]) >= groups)
                    return false;
                int64_t skip = code[p + 1];
                int64_t no = p + skip;
                if (skip < 2 || no > end)
                    return false;
                int64_t yes = p + 2;
                if (no - 2 >= yes && code[no - 2] == OP_JUMP && block(yes, no - 2)) {
                    int64_t here = no - 1;
                    int64_t to = here + code[here];
                    if (code[here] == 0 || to > end || to < no || !block(no, to))
                        return false;
                    p = to;
                } else {
                    if (!block(yes, no))
                        return false;
                    p = no;
                }
                break;
            }
            default:
                // JUMP, UNTIL, SUBPATTERN and the set-only opcodes are only valid where handled above.
                return false;
            }
        }
        return p == end;
    }
};

// ---------------------------------------------------------------------------------------------------
// Matching

enum Resume : uint8_t {
    RESUME_NONE,
    RESUME_BRANCH,
    RESUME_REPEAT_ONE_LITERAL,
    RESUME_REPEAT_ONE,
    RESUME_MIN_REPEAT_ONE,
    RESUME_REPEAT,
    RESUME_MAX_UNTIL_MIN,
    RESUME_MAX_UNTIL_MORE,
    RESUME_MAX_UNTIL_TAIL,
    RESUME_MIN_UNTIL_MIN,
    RESUME_MIN_UNTIL_TAIL,
    RESUME_MIN_UNTIL_MORE,
    RESUME_POSSESSIVE_MIN,
    RESUME_POSSESSIVE_MORE,
    RESUME_ATOMIC,
    RESUME_ASSERT,
    RESUME_ASSERT_NOT,
};

struct Frame {
    const Code* pc;     // where the frame continues after its child returns
    int64_t ptr;        // its position then
    int64_t count;      // repeat counters
    int64_t aux;        // a literal for REPEAT_ONE, a repeat index for REPEAT/UNTIL
    int lastmark, lastindex;
    bool toplevel;
    bool pushed;        // MIN_UNTIL: marks were saved before the tail
    Resume resume;      // where the parent resumes when this frame returns
};

struct Repeat {
    int64_t count;
    const Code* pattern;  // at the REPEAT's skip word: [1] = min, [2] = max, +3 = body
    int64_t prev;         // the enclosing repeat, or -1
    int64_t last_position;
};

struct Scratch {
    std::vector<Frame> frames;
    std::vector<int64_t> data;
    std::vector<Repeat> repeats;
};

Scratch& scratch()
{
    static thread_local Scratch s;
    return s;
}

template<class Char>
class Matcher {
public:
    Matcher(State& state)
        : m_state(state)
        , m_s(static_cast<const Char*>(state.data))
        , m_end(state.endpos)
        , m_length(state.length)
    {
    }

    Status run(const Code* start_pc, bool toplevel);

private:
    uint32_t ch(int64_t i) const { return m_s[i]; }
    bool word_at(int64_t i, bool (*is_word)(uint32_t)) const { return is_word(m_s[i]); }

    bool at(int64_t ptr, Code code) const
    {
        switch (code) {
        case AT_BEGINNING:
        case AT_BEGINNING_STRING:
            return ptr == 0;
        case AT_BEGINNING_LINE:
            return ptr == 0 || (ptr <= m_length && ch(ptr - 1) == '\n');
        case AT_END:
            return (m_end - ptr == 1 && ch(ptr) == '\n') || ptr == m_end;
        case AT_END_LINE:
            return ptr == m_end || (ptr < m_length && ch(ptr) == '\n');
        case AT_END_STRING:
            return ptr == m_end;
        case AT_BOUNDARY:
        case AT_NON_BOUNDARY:
        case AT_LOC_BOUNDARY:
        case AT_LOC_NON_BOUNDARY:
        case AT_UNI_BOUNDARY:
        case AT_UNI_NON_BOUNDARY: {
            if (m_end == 0)
                return false;
            bool (*is_word)(uint32_t) = (code == AT_UNI_BOUNDARY || code == AT_UNI_NON_BOUNDARY) ? is_uni_word_fast : is_ascii_word;
            bool before = ptr > 0 && ptr <= m_length ? is_word(ch(ptr - 1)) : false;
            bool here = ptr < m_end ? is_word(ch(ptr)) : false;
            bool boundary_code = code == AT_BOUNDARY || code == AT_LOC_BOUNDARY || code == AT_UNI_BOUNDARY;
            return boundary_code ? before != here : before == here;
        }
        }
        return false;
    }

    // How many times (at most maxcount) the single-character item matches from `from`.
    int64_t count(const Code* item, int64_t from, Code maxcount) const
    {
        int64_t limit = m_end;
        if (maxcount != MAXREPEAT && int64_t(maxcount) < limit - from)
            limit = from + maxcount;
        int64_t p = from;
        if (p >= limit)
            return 0;
        switch (item[0]) {
        case OP_ANY_ALL:
            return limit - from;
        case OP_ANY:
            while (p < limit && m_s[p] != '\n')
                ++p;
            return p - from;
        case OP_LITERAL: {
            Code c = item[1];
            while (p < limit && m_s[p] == c)
                ++p;
            return p - from;
        }
        case OP_NOT_LITERAL: {
            Code c = item[1];
            while (p < limit && m_s[p] != c)
                ++p;
            return p - from;
        }
        case OP_IN: {
            const Code* set = item + 2;
            while (p < limit && in_set(set, m_s[p]))
                ++p;
            return p - from;
        }
        default:
            while (p < limit && single_char(item, m_s[p]))
                ++p;
            return p - from;
        }
    }

    void mark_push(int lastmark)
    {
        if (lastmark >= 0) {
            auto& data = scratch().data;
            data.insert(data.end(), m_state.marks.begin(), m_state.marks.begin() + lastmark + 1);
        }
    }
    bool mark_restore(int lastmark, bool discard)
    {
        if (lastmark < 0)
            return true;
        auto& data = scratch().data;
        size_t n = size_t(lastmark) + 1;
        if (data.size() < n)
            return false;
        std::copy(data.end() - n, data.end(), m_state.marks.begin());
        if (discard)
            data.resize(data.size() - n);
        return true;
    }
    bool mark_discard(int lastmark)
    {
        if (lastmark < 0)
            return true;
        auto& data = scratch().data;
        size_t n = size_t(lastmark) + 1;
        if (data.size() < n)
            return false;
        data.resize(data.size() - n);
        return true;
    }

    State& m_state;
    const Char* m_s;
    int64_t m_end;
    int64_t m_length;
};

template<class Char>
Status Matcher<Char>::run(const Code* start_pc, bool toplevel_start)
{
    Scratch& sc = scratch();
    // The frame stack is a raw array over sc.frames (kept between runs), so that the hot paths keep its
    // pointer in a register instead of reloading a thread-local vector.
    if (sc.frames.size() < 64)
        sc.frames.resize(64);
    Frame* frames = sc.frames.data();
    size_t frame_count = 0;
    size_t frame_capacity = sc.frames.size();
    auto& data = sc.data;
    auto& repeats = sc.repeats;
    data.clear();
    repeats.clear();
    State& st = m_state;
    const Char* s = m_s;
    const int64_t end = m_end;
    int64_t* marks = st.marks.data();
    int64_t repeat = -1;  // the innermost active repeat (CPython's state->repeat)
    const Code* pc = start_pc;
    int64_t ptr = 0;
    bool success = false;
    unsigned steps = 0;
    Resume resume = RESUME_NONE;

    // The backtracking stacks may use a sixteenth of the machine's memory; beyond that MemoryError.
    static const size_t memory_cap = size_t(memory_limit() / 16);
    frames[frame_count++] = Frame { start_pc, 0, 0, 0, -1, -1, toplevel_start, false, RESUME_NONE };

#define FRAME (frames[frame_count - 1])
#define FAIL                \
    do {                    \
        success = false;    \
        goto leave;         \
    } while (0)
#define SUCCEED             \
    do {                    \
        success = true;     \
        goto leave;         \
    } while (0)
// Runs the sub-pattern at `target` from st.ptr; the current frame resumes at `label` with `success` set.
#define CALL(resume_point, target, top_level)                                                                      \
    do {                                                                                                           \
        Frame child_ { (target), 0, 0, 0, -1, -1, (top_level), false, (resume_point) };                           \
        FRAME.pc = pc;                                                                                             \
        FRAME.ptr = ptr;                                                                                           \
        if (frame_count == frame_capacity) [[unlikely]] {                                                          \
            if (frame_count >= memory_cap / (sizeof(Frame) + sizeof(int64_t) * (st.marks.size() + 1)))            \
                return Status::OutOfMemory;                                                                        \
            sc.frames.resize(frame_capacity * 2);                                                                  \
            frames = sc.frames.data();                                                                             \
            frame_capacity = sc.frames.size();                                                                     \
        }                                                                                                          \
        frames[frame_count] = child_;                                                                              \
        ++frame_count;                                                                                             \
        goto enter;                                                                                                \
    } while (0)
#define SAVE_LASTMARK()                  \
    do {                                 \
        FRAME.lastmark = st.lastmark;    \
        FRAME.lastindex = st.lastindex;  \
    } while (0)
#define RESTORE_LASTMARK()               \
    do {                                 \
        st.lastmark = FRAME.lastmark;    \
        st.lastindex = FRAME.lastindex;  \
    } while (0)
#define CHECKED(expr)                            \
    do {                                         \
        if (!(expr))                             \
            return Status::InternalError;        \
    } while (0)

enter:
    pc = FRAME.pc;
    ptr = st.ptr;
    if (pc[0] == OP_INFO) {
        // <INFO> <skip> <flags> <min> ...: too few characters left cannot match.
        if (pc[3] && uint64_t(end - ptr) < pc[3])
            FAIL;
        pc += pc[1] + 1;
    }

    for (;;) {
        if ((++steps & 0xfff) == 0 && g_signals_pending && g_thread == g_main_thread) [[unlikely]]
            return Status::Interrupted;
        switch (*pc++) {
        case OP_MARK: {
            int i = int(pc[0]);
            if (i & 1)
                st.lastindex = i / 2 + 1;
            if (i > st.lastmark) {
                for (int j = st.lastmark + 1; j < i; ++j)
                    marks[j] = -1;
                st.lastmark = i;
            }
            marks[i] = ptr;
            pc += 1;
            break;
        }
        case OP_LITERAL:
            if (ptr >= end || Code(s[ptr]) != pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_NOT_LITERAL:
            if (ptr >= end || Code(s[ptr]) == pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_SUCCESS:
            if (FRAME.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)))
                FAIL;
            st.ptr = ptr;
            SUCCEED;
        case OP_AT:
            if (!at(ptr, pc[0]))
                FAIL;
            pc += 1;
            break;
        case OP_CATEGORY:
            if (ptr >= end || !category(pc[0], s[ptr]))
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_ANY:
            if (ptr >= end || s[ptr] == '\n')
                FAIL;
            ptr += 1;
            break;
        case OP_ANY_ALL:
            if (ptr >= end)
                FAIL;
            ptr += 1;
            break;
        case OP_IN:
            if (ptr >= end || !in_set(pc + 1, s[ptr]))
                FAIL;
            pc += pc[0];
            ptr += 1;
            break;
        case OP_IN_IGNORE:
            if (ptr >= end || !in_set(pc + 1, lower_ascii(s[ptr])))
                FAIL;
            pc += pc[0];
            ptr += 1;
            break;
        case OP_IN_UNI_IGNORE:
            if (ptr >= end || !in_set(pc + 1, lower_unicode(s[ptr])))
                FAIL;
            pc += pc[0];
            ptr += 1;
            break;
        case OP_IN_LOC_IGNORE:
            if (ptr >= end || !in_set_loc_ignore(pc + 1, s[ptr]))
                FAIL;
            pc += pc[0];
            ptr += 1;
            break;
        case OP_LITERAL_IGNORE:
            if (ptr >= end || lower_ascii(s[ptr]) != pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_NOT_LITERAL_IGNORE:
            if (ptr >= end || lower_ascii(s[ptr]) == pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_LITERAL_UNI_IGNORE:
            if (ptr >= end || lower_unicode(s[ptr]) != pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || lower_unicode(s[ptr]) == pc[0])
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_LITERAL_LOC_IGNORE:
            if (ptr >= end || !char_loc_ignore(pc[0], s[ptr]))
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || char_loc_ignore(pc[0], s[ptr]))
                FAIL;
            pc += 1;
            ptr += 1;
            break;
        case OP_JUMP:
        case OP_INFO:
            pc += pc[0];
            break;

        case OP_BRANCH:
            // <BRANCH> (<skip> alternative <JUMP> ...)* <0>
            SAVE_LASTMARK();
            if (repeat >= 0)
                mark_push(FRAME.lastmark);
            goto branch_next;
        branch_resume:
            if (success) {
                if (repeat >= 0)
                    CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            if (repeat >= 0)
                CHECKED(mark_restore(FRAME.lastmark, false));
            RESTORE_LASTMARK();
            pc += pc[0];
        branch_next:
            for (; pc[0]; pc += pc[0]) {
                // Skip alternatives whose first character cannot match (the child would fail at once).
                if (pc[1] == OP_LITERAL) {
                    if (ptr >= end || Code(s[ptr]) != pc[2])
                        continue;
                } else if (is_single_char_op(pc[1]) && (ptr >= end || !single_char(pc + 1, s[ptr]))) {
                    continue;
                }
                st.ptr = ptr;
                CALL(RESUME_BRANCH, pc + 1, FRAME.toplevel);
            }
            if (repeat >= 0)
                CHECKED(mark_discard(FRAME.lastmark));
            FAIL;

        case OP_REPEAT_ONE: {
            // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, single-character item.
            if (int64_t(pc[1]) > end - ptr)
                FAIL;
            st.ptr = ptr;
            int64_t n = count(pc + 3, ptr, pc[2]);
            FRAME.count = n;
            ptr += n;
            if (n < int64_t(pc[1]))
                FAIL;
            const Code* tail = pc + pc[0];
            if (tail[0] == OP_SUCCESS && ptr == end && !(FRAME.toplevel && st.must_advance && ptr == st.start)) {
                st.ptr = ptr;
                SUCCEED;
            }
            SAVE_LASTMARK();
            if (repeat >= 0)
                mark_push(FRAME.lastmark);
            if (tail[0] == OP_LITERAL) {
                FRAME.aux = tail[1];
                goto repeat_one_literal_next;
            }
            goto repeat_one_next;
        }
        repeat_one_literal_resume:
            if (success) {
                if (repeat >= 0)
                    CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            if (repeat >= 0)
                CHECKED(mark_restore(FRAME.lastmark, false));
            RESTORE_LASTMARK();
            ptr -= 1;
            FRAME.count -= 1;
        repeat_one_literal_next:
            // The tail starts with a literal: only try positions followed by it.
            while (FRAME.count >= int64_t(pc[1]) && (ptr >= end || Code(s[ptr]) != Code(FRAME.aux))) {
                ptr -= 1;
                FRAME.count -= 1;
            }
            if (FRAME.count >= int64_t(pc[1])) {
                st.ptr = ptr;
                CALL(RESUME_REPEAT_ONE_LITERAL, pc + pc[0], FRAME.toplevel);
            }
            if (repeat >= 0)
                CHECKED(mark_discard(FRAME.lastmark));
            FAIL;
        repeat_one_resume:
            if (success) {
                if (repeat >= 0)
                    CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            if (repeat >= 0)
                CHECKED(mark_restore(FRAME.lastmark, false));
            RESTORE_LASTMARK();
            ptr -= 1;
            FRAME.count -= 1;
        repeat_one_next:
            if (FRAME.count >= int64_t(pc[1])) {
                st.ptr = ptr;
                CALL(RESUME_REPEAT_ONE, pc + pc[0], FRAME.toplevel);
            }
            if (repeat >= 0)
                CHECKED(mark_discard(FRAME.lastmark));
            FAIL;

        case OP_MIN_REPEAT_ONE: {
            // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy, single-character item.
            if (int64_t(pc[1]) > end - ptr)
                FAIL;
            st.ptr = ptr;
            if (pc[1] == 0) {
                FRAME.count = 0;
            } else {
                int64_t n = count(pc + 3, ptr, pc[1]);
                if (n < int64_t(pc[1]))
                    FAIL;
                FRAME.count = n;
                ptr += n;
            }
            const Code* tail = pc + pc[0];
            if (tail[0] == OP_SUCCESS
                && !(FRAME.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)))) {
                st.ptr = ptr;
                SUCCEED;
            }
            SAVE_LASTMARK();
            if (repeat >= 0)
                mark_push(FRAME.lastmark);
            goto min_repeat_one_next;
        }
        min_repeat_one_resume:
            if (success) {
                if (repeat >= 0)
                    CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            if (repeat >= 0)
                CHECKED(mark_restore(FRAME.lastmark, false));
            RESTORE_LASTMARK();
            st.ptr = ptr;
            if (count(pc + 3, ptr, 1) == 0)
                goto min_repeat_one_done;
            ptr += 1;
            FRAME.count += 1;
        min_repeat_one_next:
            if (pc[2] == MAXREPEAT || FRAME.count <= int64_t(pc[2])) {
                st.ptr = ptr;
                CALL(RESUME_MIN_REPEAT_ONE, pc + pc[0], FRAME.toplevel);
            }
        min_repeat_one_done:
            if (repeat >= 0)
                CHECKED(mark_discard(FRAME.lastmark));
            FAIL;

        case OP_POSSESSIVE_REPEAT_ONE: {
            // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: no backtracking into it.
            if (int64_t(pc[1]) > end - ptr)
                FAIL;
            st.ptr = ptr;
            int64_t n = count(pc + 3, ptr, pc[2]);
            ptr += n;
            if (n < int64_t(pc[1]))
                FAIL;
            pc += pc[0];
            if (pc[0] == OP_SUCCESS && ptr == end && !(FRAME.toplevel && st.must_advance && ptr == st.start)) {
                st.ptr = ptr;
                SUCCEED;
            }
            break;
        }

        case OP_REPEAT:
            // <REPEAT> <skip> <min> <max> body <UNTIL> tail: the UNTIL does the work.
            repeats.push_back(Repeat { -1, pc, repeat, NO_POSITION });
            FRAME.aux = int64_t(repeats.size()) - 1;
            repeat = FRAME.aux;
            st.ptr = ptr;
            CALL(RESUME_REPEAT, pc + pc[0], FRAME.toplevel);
        repeat_resume:
            CHECKED(int64_t(repeats.size()) == FRAME.aux + 1);
            repeat = repeats.back().prev;
            repeats.pop_back();
            if (success)
                SUCCEED;
            FAIL;

        case OP_MAX_UNTIL: {
            // Greedy: another iteration of the body if possible, else the tail.
            if (repeat < 0)
                return Status::InternalError;
            FRAME.aux = repeat;
            Repeat& r = repeats[repeat];
            st.ptr = ptr;
            FRAME.count = r.count + 1;
            if (FRAME.count < int64_t(r.pattern[1])) {
                r.count = FRAME.count;
                CALL(RESUME_MAX_UNTIL_MIN, r.pattern + 3, FRAME.toplevel);
            }
            if ((FRAME.count < int64_t(r.pattern[2]) || r.pattern[2] == MAXREPEAT) && st.ptr != r.last_position) {
                r.count = FRAME.count;
                SAVE_LASTMARK();
                mark_push(FRAME.lastmark);
                data.push_back(r.last_position);  // an empty iteration must not loop forever
                r.last_position = st.ptr;
                CALL(RESUME_MAX_UNTIL_MORE, r.pattern + 3, FRAME.toplevel);
            }
            goto max_until_tail;
        }
        max_until_min_resume:
            if (success)
                SUCCEED;
            repeats[FRAME.aux].count = FRAME.count - 1;
            st.ptr = ptr;
            FAIL;
        max_until_more_resume: {
            Repeat& r = repeats[FRAME.aux];
            CHECKED(!data.empty());
            r.last_position = data.back();
            data.pop_back();
            if (success) {
                CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            CHECKED(mark_restore(FRAME.lastmark, true));
            RESTORE_LASTMARK();
            r.count = FRAME.count - 1;
            st.ptr = ptr;
        }
        max_until_tail:
            repeat = repeats[FRAME.aux].prev;
            CALL(RESUME_MAX_UNTIL_TAIL, pc, FRAME.toplevel);
        max_until_tail_resume:
            repeat = FRAME.aux;
            if (success)
                SUCCEED;
            st.ptr = ptr;
            FAIL;

        case OP_MIN_UNTIL: {
            // Lazy: the tail first, then another iteration of the body.
            if (repeat < 0)
                return Status::InternalError;
            FRAME.aux = repeat;
            Repeat& r = repeats[repeat];
            st.ptr = ptr;
            FRAME.count = r.count + 1;
            if (FRAME.count < int64_t(r.pattern[1])) {
                r.count = FRAME.count;
                CALL(RESUME_MIN_UNTIL_MIN, r.pattern + 3, FRAME.toplevel);
            }
            repeat = r.prev;
            SAVE_LASTMARK();
            if (repeat >= 0)
                mark_push(FRAME.lastmark);
            CALL(RESUME_MIN_UNTIL_TAIL, pc, FRAME.toplevel);
        }
        min_until_min_resume:
            if (success)
                SUCCEED;
            repeats[FRAME.aux].count = FRAME.count - 1;
            st.ptr = ptr;
            FAIL;
        min_until_tail_resume: {
            bool tail_in_repeat = repeat >= 0;
            repeat = FRAME.aux;
            if (success) {
                if (tail_in_repeat)
                    CHECKED(mark_discard(FRAME.lastmark));
                SUCCEED;
            }
            if (tail_in_repeat)
                CHECKED(mark_restore(FRAME.lastmark, true));
            RESTORE_LASTMARK();
            st.ptr = ptr;
            Repeat& r = repeats[FRAME.aux];
            if ((FRAME.count >= int64_t(r.pattern[2]) && r.pattern[2] != MAXREPEAT) || st.ptr == r.last_position)
                FAIL;
            r.count = FRAME.count;
            data.push_back(r.last_position);
            r.last_position = st.ptr;
            CALL(RESUME_MIN_UNTIL_MORE, r.pattern + 3, FRAME.toplevel);
        }
        min_until_more_resume: {
            Repeat& r = repeats[FRAME.aux];
            CHECKED(!data.empty());
            r.last_position = data.back();
            data.pop_back();
            if (success)
                SUCCEED;
            r.count = FRAME.count - 1;
            st.ptr = ptr;
            FAIL;
        }

        case OP_POSSESSIVE_REPEAT:
            // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
            st.ptr = ptr;
            FRAME.count = 0;
            goto possessive_min_next;
        possessive_min_resume:
            if (!success) {
                st.ptr = ptr;
                FAIL;
            }
            FRAME.count += 1;
        possessive_min_next:
            if (FRAME.count < int64_t(pc[1]))
                CALL(RESUME_POSSESSIVE_MIN, pc + 3, false);
            ptr = NO_POSITION;
            goto possessive_more_next;
        possessive_more_resume:
            if (success) {
                CHECKED(mark_discard(FRAME.lastmark));
                FRAME.count += 1;
            } else {
                CHECKED(mark_restore(FRAME.lastmark, true));
                RESTORE_LASTMARK();
                st.ptr = ptr;
                goto possessive_done;
            }
        possessive_more_next:
            if ((FRAME.count < int64_t(pc[2]) || pc[2] == MAXREPEAT) && st.ptr != ptr) {
                SAVE_LASTMARK();
                mark_push(FRAME.lastmark);
                ptr = st.ptr;
                CALL(RESUME_POSSESSIVE_MORE, pc + 3, false);
            }
        possessive_done:
            pc += pc[0] + 1;
            ptr = st.ptr;
            break;

        case OP_ATOMIC_GROUP:
            // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
            st.ptr = ptr;
            CALL(RESUME_ATOMIC, pc + 1, false);
        atomic_resume:
            if (!success) {
                st.ptr = ptr;
                FAIL;
            }
            pc += pc[0];
            ptr = st.ptr;
            break;

        case OP_GROUPREF:
        case OP_GROUPREF_IGNORE:
        case OP_GROUPREF_UNI_IGNORE:
        case OP_GROUPREF_LOC_IGNORE: {
            Code op = pc[-1];
            int64_t group = int64_t(pc[0]) * 2;
            if (group >= st.lastmark)
                FAIL;
            int64_t p = marks[group], e = marks[group + 1];
            if (p < 0 || e < 0 || e < p)
                FAIL;
            if (e - p > end - ptr)
                FAIL;
            for (; p < e; ++p, ++ptr) {
                uint32_t a = s[ptr], b = s[p];
                if (op == OP_GROUPREF ? a != b
                    : op == OP_GROUPREF_UNI_IGNORE ? lower_unicode(a) != lower_unicode(b)
                                                    : lower_ascii(a) != lower_ascii(b))
                    FAIL;
            }
            pc += 1;
            break;
        }
        case OP_GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> <skip> no
            int64_t group = int64_t(pc[0]) * 2;
            if (group >= st.lastmark || marks[group] < 0 || marks[group + 1] < 0 || marks[group + 1] < marks[group])
                pc += pc[1];
            else
                pc += 2;
            break;
        }

        case OP_ASSERT:
            // <ASSERT> <skip> <back> body <SUCCESS>: lookahead (back 0) or lookbehind.
            if (ptr < int64_t(pc[1]))
                FAIL;
            st.ptr = ptr - pc[1];
            CALL(RESUME_ASSERT, pc + 2, false);
        assert_resume:
            if (!success)
                FAIL;
            pc += pc[0];
            break;

        case OP_ASSERT_NOT:
            if (ptr >= int64_t(pc[1])) {
                st.ptr = ptr - pc[1];
                SAVE_LASTMARK();
                if (repeat >= 0)
                    mark_push(FRAME.lastmark);
                CALL(RESUME_ASSERT_NOT, pc + 2, false);
            }
            pc += pc[0];
            break;
        assert_not_resume:
            if (success) {
                if (repeat >= 0)
                    CHECKED(mark_discard(FRAME.lastmark));
                FAIL;
            }
            if (repeat >= 0)
                CHECKED(mark_restore(FRAME.lastmark, true));
            RESTORE_LASTMARK();
            pc += pc[0];
            break;

        case OP_FAILURE:
            FAIL;

        default:
            return Status::InternalError;
        }
    }

leave:
    resume = FRAME.resume;
    --frame_count;
    if (frame_count == 0)
        return success ? Status::Success : Status::Failure;
    pc = FRAME.pc;
    ptr = FRAME.ptr;
    switch (resume) {
    case RESUME_NONE: return Status::InternalError;
    case RESUME_BRANCH: goto branch_resume;
    case RESUME_REPEAT_ONE_LITERAL: goto repeat_one_literal_resume;
    case RESUME_REPEAT_ONE: goto repeat_one_resume;
    case RESUME_MIN_REPEAT_ONE: goto min_repeat_one_resume;
    case RESUME_REPEAT: goto repeat_resume;
    case RESUME_MAX_UNTIL_MIN: goto max_until_min_resume;
    case RESUME_MAX_UNTIL_MORE: goto max_until_more_resume;
    case RESUME_MAX_UNTIL_TAIL: goto max_until_tail_resume;
    case RESUME_MIN_UNTIL_MIN: goto min_until_min_resume;
    case RESUME_MIN_UNTIL_TAIL: goto min_until_tail_resume;
    case RESUME_MIN_UNTIL_MORE: goto min_until_more_resume;
    case RESUME_POSSESSIVE_MIN: goto possessive_min_resume;
    case RESUME_POSSESSIVE_MORE: goto possessive_more_resume;
    case RESUME_ATOMIC: goto atomic_resume;
    case RESUME_ASSERT: goto assert_resume;
    case RESUME_ASSERT_NOT: goto assert_not_resume;
    }
    return Status::InternalError;
#undef FRAME
#undef FAIL
#undef SUCCEED
#undef CALL
#undef SAVE_LASTMARK
#undef RESTORE_LASTMARK
#undef CHECKED
}

template<class Char>
Status run_match(State& state, const Code* pc, bool toplevel)
{
    return Matcher<Char>(state).run(pc, toplevel);
}

// The scratch stacks stay allocated between matches, unless a deep match made them large.
void trim_scratch()
{
    Scratch& sc = scratch();
    if (sc.frames.size() > 65536) {
        sc.frames.resize(64);
        sc.frames.shrink_to_fit();
    }
    if (sc.data.capacity() > 65536) {
        sc.data.clear();
        sc.data.shrink_to_fit();
    }
    if (sc.repeats.capacity() > 65536) {
        sc.repeats.clear();
        sc.repeats.shrink_to_fit();
    }
}

Status dispatch_match(State& state, const Code* pc, bool toplevel)
{
    Status status;
    if (state.kind == 1)
        status = run_match<uint8_t>(state, pc, toplevel);
    else if (state.kind == 2)
        status = run_match<uint16_t>(state, pc, toplevel);
    else
        status = run_match<uint32_t>(state, pc, toplevel);
    return status;
}

}  // namespace

bool validate(const std::vector<Code>& code, int64_t groups)
{
    if (code.empty() || groups < 0)
        return false;
    Validator v { code.data(), int64_t(code.size()), groups };
    int64_t last = -1;
    if (!v.block(0, int64_t(code.size()), &last))
        return false;
    return last >= 0 && code[last] == OP_SUCCESS;
}

Status match(State& state, const std::vector<Code>& code)
{
    state.ptr = state.start;
    Status status = dispatch_match(state, code.data(), true);
    trim_scratch();
    return status;
}

static Status search_positions(State& state, const std::vector<Code>& code);

Status search(State& state, const std::vector<Code>& code)
{
    Status status = search_positions(state, code);
    trim_scratch();
    return status;
}

static Status search_positions(State& state, const std::vector<Code>& code)
{
    int64_t ptr = state.start;
    int64_t end = state.endpos;
    if (ptr > end)
        return Status::Failure;
    const Code* pattern = code.data();
    const Code* prefix = nullptr;
    const Code* charset = nullptr;
    int64_t scan_end = end;
    if (pattern[0] == OP_INFO) {
        // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> <prefix> <overlap> | <charset>]
        Code flags = pattern[2];
        int64_t min = pattern[3];
        if (min && end - ptr < min)
            return Status::Failure;
        if (min > 1)
            scan_end = std::max(ptr, end - (min - 1));
        if (flags & INFO_PREFIX)
            prefix = pattern + 7;
        else if (flags & INFO_CHARSET)
            charset = pattern + 5;
        pattern += pattern[1] + 1;
    }
    auto attempt = [&](int64_t at, bool toplevel) {
        state.reset();
        state.start = at;
        state.ptr = at;
        return dispatch_match(state, pattern, toplevel);
    };
    if (prefix || charset) {
        // Only positions whose character can begin a match; such a match is never empty, so CPython
        // drops must_advance here. It is kept at the first position all the same, so that hand-made code
        // whose INFO block lies cannot make finditer() return the same empty match forever.
        int64_t first = ptr;
        bool must_advance = state.must_advance;
        for (; ptr < end; ++ptr) {
            uint32_t c = state.at(ptr);
            if (prefix ? c != prefix[0] : !in_set(charset, c))
                continue;
            bool guard = must_advance && ptr == first;
            state.must_advance = guard;
            Status status = attempt(ptr, guard);
            state.must_advance = false;
            if (status != Status::Failure)
                return status;
        }
        return Status::Failure;
    }
    Status status = attempt(ptr, true);
    state.must_advance = false;
    if (status == Status::Failure && pattern[0] == OP_AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
        state.start = state.ptr = end;
        return Status::Failure;
    }
    while (status == Status::Failure && ptr < scan_end) {
        ++ptr;
        status = attempt(ptr, false);
    }
    return status;
}

}  // namespace ginger::sre
