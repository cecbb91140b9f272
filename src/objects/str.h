// str: immutable code-point strings stored as 1, 2 or 4 bytes a character (the widest character
// decides, as in PEP 393), so indexing and len() are O(1).
#pragma once

#include "objects/type.h"

#include <string>
#include <string_view>

namespace ginger {

struct StrObject : Object {
    int64_t length;        // in code points
    int64_t hash;          // -1 until computed
    uint8_t kind;          // bytes per code point: 1, 2 or 4. Invariant: the narrowest that fits.
    bool ascii;            // all code points < 128: data is also the UTF-8 form
    bool interned;
    char* utf8;            // cached UTF-8 form of non-ASCII strings (owned), or null
    size_t utf8_length;
    alignas(8) unsigned char data[];  // length * kind bytes, then a zero code point

    uint32_t at(int64_t i) const
    {
        if (kind == 1)
            return data[i];
        if (kind == 2)
            return reinterpret_cast<const uint16_t*>(data)[i];
        return reinterpret_cast<const uint32_t*>(data)[i];
    }
    // The UTF-8 form (computed once and cached for non-ASCII strings).
    std::string_view view();
};

extern TypeObject g_str_type;

inline bool is_str(Val v) { return v.is_object() && v.type()->has_flag(TYPE_STR_SUBCLASS); }
inline bool is_str_exact(Val v) { return v.is_object() && v.object()->type == &g_str_type; }

Ref<StrObject> str_from_utf8(std::string_view utf8);   // lone surrogates may appear WTF-8-encoded
Ref<StrObject> str_from_ascii(std::string_view ascii);
Ref<StrObject> str_from_codepoints(const uint32_t* points, size_t count);
Ref<StrObject> str_from_latin1(const unsigned char* chars, size_t count);
Ref<StrObject> str_new_uninitialized(int64_t length, uint32_t max_char);  // fill with str_set
void str_set(StrObject* s, int64_t i, uint32_t c);
Ref<StrObject> str_substring(StrObject* s, int64_t start, int64_t end);
Ref<StrObject> str_char(uint32_t c);  // one-character strings are cached for c < 256
Ref<StrObject> str_empty();
Ref<StrObject> str_concat(StrObject* a, StrObject* b);
// Appends `tail` to `target` in place when nothing else references target (refcount 1, exact,
// not interned, wide enough); `target` may move. Returns false, changing nothing, otherwise.
bool str_append_in_place(StrObject*& target, StrObject* tail);
// Interned strings are unique and immortal: identifiers, attribute names, dict keys of namespaces.
StrObject* str_intern(std::string_view utf8);
Ref<StrObject> str_intern_ref(Ref<StrObject> s);
bool str_equal(StrObject* a, StrObject* b);
int64_t str_hash(StrObject* s);
// The hash of raw bytes that str, bytes and memoryview share: a str whose code points are all below 256
// hashes like the bytes of its latin-1 encoding (hash('spam') == hash(b'spam')), as in CPython.
int64_t hash_raw_bytes(const void* data, size_t size);
// Mixed into every str and bytes hash (PYTHONHASHSEED); set at start-up before anything is hashed, 0 for
// PYTHONHASHSEED=0.
extern uint64_t g_hash_seed;
int str_compare(StrObject* a, StrObject* b);
std::string str_repr_utf8(StrObject* s);
Result<Value> str_format_method(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> str_percent_format(StrObject* format, Val args);
Result<Value> format_value(Val value, StrObject* spec);  // format(value, spec)

// Additions beyond the first contract (str engineer):
// repr() of a str, and ascii(): repr() with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh).
Ref<StrObject> str_repr(StrObject* s);
Result<Value> object_ascii(Val v);
// str.format_map(mapping), with str.format_method's calling convention (args[0] is the format string).
Result<Value> str_format_map_method(const Val* args, size_t nargs, TupleObject* kwnames);
// format(s, spec) for a str s: the format mini-language for strings.
Result<Value> str_format_spec(StrObject* s, StrObject* spec);
// Interns g_names; runtime_init() calls it before initialising any type.
void init_names();
extern TypeObject g_str_iterator_type;

// Builds a str from pieces without quadratic copying.
class StrBuilder {
public:
    void append(StrObject* s);
    void append_utf8(std::string_view text);
    void append_char(uint32_t c);
    Ref<StrObject> build();
    size_t size() const { return m_points.size(); }

private:
    std::u32string m_points;
};

// Common identifiers, interned at startup: g_names->__init__ etc.
struct Names {
#define NAME(x) StrObject* x;
#include "objects/names.def"
#undef NAME
};
extern Names* g_names;
#define NAME_OF(x) (::ginger::g_names->x)

}  // namespace ginger
