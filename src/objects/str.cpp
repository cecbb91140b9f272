// The str type: creation, interning, hashing, comparison, repr, the type's slots and its methods.
// Strings are stored PEP 393-style (str.h); the code works on the raw arrays through templates over
// the three code unit types, with memchr/memmem for the common 1-byte case.
#include "objects/buffer.h"
#include "objects/str.h"
#include "objects/bytes.h"

#include "import/import.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "support/unicode.h"
#include "support/utf8.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <vector>

namespace ginger {

TypeObject g_str_type;
TypeObject g_str_iterator_type;
Names* g_names = nullptr;

namespace {

// ---- raw storage ----

template<class T> T* chars(StrObject* s) { return reinterpret_cast<T*>(s->data); }
template<class T> const T* chars(const StrObject* s) { return reinterpret_cast<const T*>(s->data); }

// Calls f with a value of the code unit type of `kind` (uint8_t, uint16_t or uint32_t).
template<class F>
decltype(auto) with_kind(int kind, F&& f)
{
    if (kind == 1)
        return f(uint8_t {});
    if (kind == 2)
        return f(uint16_t {});
    return f(uint32_t {});
}

inline uint8_t kind_for(uint32_t max_char) { return max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4; }

inline void str_write(StrObject* s, int64_t i, uint32_t c)
{
    if (s->kind == 1)
        s->data[i] = uint8_t(c);
    else if (s->kind == 2)
        chars<uint16_t>(s)[i] = uint16_t(c);
    else
        chars<uint32_t>(s)[i] = c;
}

constexpr int64_t STR_MAX_LENGTH = (int64_t(1) << 58);

// Allocates a string of `length` code points that all fit `kind`; the data is zeroed.
StrObject* str_alloc(TypeObject* type, int64_t length, uint8_t kind, bool ascii)
{
    if (length < 0 || length > STR_MAX_LENGTH / kind)
        return nullptr;
    size_t extra = type == &g_str_type ? sizeof(StrObject) : std::max(type->basic_size, sizeof(StrObject));
    auto* s = static_cast<StrObject*>(alloc_object_sized(type, extra + size_t(length + 1) * kind));
    if (!s)
        return nullptr;
    s->length = length;
    s->hash = -1;
    s->kind = kind;
    s->ascii = ascii;
    s->interned = false;
    s->utf8 = nullptr;
    s->utf8_length = 0;
    return s;
}

// A new exact str, raising MemoryError when it cannot be allocated.
Result<Ref<StrObject>> new_str(int64_t length, uint32_t max_char)
{
    StrObject* s = str_alloc(&g_str_type, length, kind_for(max_char), max_char < 0x80);
    if (!s)
        return raise_memory_error();
    return Ref<StrObject>::adopt(s);
}

// Copies count code points from src[start..] into dst[at..]; every copied code point fits dst's kind.
void copy_chars(StrObject* dst, int64_t at, const StrObject* src, int64_t start, int64_t count)
{
    if (count <= 0)
        return;
    if (dst->kind == src->kind) {
        memcpy(dst->data + at * dst->kind, src->data + start * src->kind, size_t(count) * src->kind);
        return;
    }
    with_kind(dst->kind, [&](auto dst_tag) {
        using D = decltype(dst_tag);
        D* out = chars<D>(dst) + at;
        with_kind(src->kind, [&](auto src_tag) {
            using S = decltype(src_tag);
            const S* in = chars<S>(src) + start;
            for (int64_t i = 0; i < count; ++i)
                out[i] = D(in[i]);
        });
    });
}

// The largest code point of s[start, end).
uint32_t max_char_of(const StrObject* s, int64_t start, int64_t end)
{
    if (s->ascii)
        return 0x7F;
    return with_kind(s->kind, [&](auto tag) -> uint32_t {
        using T = decltype(tag);
        const T* p = chars<T>(s);
        uint32_t max = 0;
        for (int64_t i = start; i < end; ++i)
            max = std::max<uint32_t>(max, p[i]);
        return max;
    });
}

// Re-encodes a freshly built string in the narrowest kind if it is wider than needed, and sets its
// ascii flag. Used where the kind of a result cannot be known before building it.
Ref<StrObject> normalize(Ref<StrObject> s)
{
    uint32_t max = with_kind(s->kind, [&](auto tag) -> uint32_t {
        using T = decltype(tag);
        const T* p = chars<T>(s.get());
        T max = 0;
        for (int64_t i = 0; i < s->length; ++i)
            max |= p[i];  // an upper bound with the same kind and ascii answers as the maximum
        return max;
    });
    uint8_t kind = kind_for(max);
    if (kind == s->kind) {
        s->ascii = max < 0x80;
        return s;
    }
    Ref<StrObject> narrow = str_new_uninitialized(s->length, max);
    copy_chars(narrow.get(), 0, s.get(), 0, s->length);
    return narrow;
}

StrObject* s_char_cache[256];
StrObject* s_empty;

StrObject* make_immortal(StrObject* s)
{
    s->refcount = IMMORTAL_REFCOUNT;
    return s;
}

// An exact str equal to s: s itself when exact, else a copy (a str subclass instance).
Ref<StrObject> exact_str(StrObject* s)
{
    if (s->type == &g_str_type)
        return Ref<StrObject>(s);
    Ref<StrObject> copy = str_new_uninitialized(s->length, max_char_of(s, 0, s->length));
    copy_chars(copy.get(), 0, s, 0, s->length);
    return copy;
}

}  // namespace

// ---- creation ----

Ref<StrObject> str_new_uninitialized(int64_t length, uint32_t max_char)
{
    StrObject* s = str_alloc(&g_str_type, length, kind_for(max_char), max_char < 0x80);
    if (!s)
        out_of_memory();
    return Ref<StrObject>::adopt(s);
}

void str_set(StrObject* s, int64_t i, uint32_t c) { str_write(s, i, c); }

Ref<StrObject> str_empty()
{
    if (!s_empty) [[unlikely]]
        s_empty = make_immortal(str_alloc(&g_str_type, 0, 1, true));
    return Ref<StrObject>(s_empty);
}

Ref<StrObject> str_char(uint32_t c)
{
    if (c < 256) {
        StrObject*& cached = s_char_cache[c];
        if (!cached) [[unlikely]] {
            cached = make_immortal(str_alloc(&g_str_type, 1, 1, c < 0x80));
            cached->data[0] = uint8_t(c);
        }
        return Ref<StrObject>(cached);
    }
    Ref<StrObject> s = str_new_uninitialized(1, c);
    str_write(s.get(), 0, c);
    return s;
}

Ref<StrObject> str_from_ascii(std::string_view ascii)
{
    if (ascii.size() <= 1)
        return ascii.empty() ? str_empty() : str_char(uint8_t(ascii[0]));
    Ref<StrObject> s = str_new_uninitialized(int64_t(ascii.size()), 0x7F);
    memcpy(s->data, ascii.data(), ascii.size());
    return s;
}

Ref<StrObject> str_from_utf8(std::string_view text)
{
    size_t prefix = utf8::ascii_prefix_length(text.data(), text.size());
    if (prefix == text.size())
        return str_from_ascii(text);
    utf8::Validation validation = utf8::validate(text, utf8::Surrogates::Allow);
    if (!validation.valid) {
        // Only trusted input reaches here; replace what cannot be decoded rather than fail.
        std::u32string points = utf8::decode_all(text, utf8::Surrogates::Allow);
        return str_from_codepoints(reinterpret_cast<const uint32_t*>(points.data()), points.size());
    }
    if (validation.code_points == 1) {
        auto d = utf8::decode(reinterpret_cast<const unsigned char*>(text.data()), text.size(), utf8::Surrogates::Allow);
        return str_char(d.code_point);
    }
    Ref<StrObject> s = str_new_uninitialized(int64_t(validation.code_points), validation.max_code_point);
    with_kind(s->kind, [&](auto tag) {
        using T = decltype(tag);
        T* out = chars<T>(s.get());
        auto* in = reinterpret_cast<const unsigned char*>(text.data());
        for (size_t i = 0; i < prefix; ++i)
            *out++ = in[i];
        for (size_t i = prefix; i < text.size();) {
            if (in[i] < 0x80) {
                *out++ = in[i++];
                continue;
            }
            auto d = utf8::decode(in + i, text.size() - i, utf8::Surrogates::Allow);
            *out++ = T(d.code_point);
            i += d.length;
        }
    });
    return s;
}

Ref<StrObject> str_from_codepoints(const uint32_t* points, size_t count)
{
    if (count == 0)
        return str_empty();
    uint32_t max = 0;
    for (size_t i = 0; i < count; ++i)
        max = std::max(max, points[i]);
    if (count == 1)
        return str_char(max);
    Ref<StrObject> s = str_new_uninitialized(int64_t(count), max);
    with_kind(s->kind, [&](auto tag) {
        using T = decltype(tag);
        T* out = chars<T>(s.get());
        for (size_t i = 0; i < count; ++i)
            out[i] = T(points[i]);
    });
    return s;
}

Ref<StrObject> str_from_latin1(const unsigned char* text, size_t count)
{
    if (count == 0)
        return str_empty();
    if (count == 1)
        return str_char(text[0]);
    bool ascii = utf8::is_ascii(std::string_view(reinterpret_cast<const char*>(text), count));
    Ref<StrObject> s = str_new_uninitialized(int64_t(count), ascii ? 0x7F : 0xFF);
    memcpy(s->data, text, count);
    return s;
}

Ref<StrObject> str_substring(StrObject* s, int64_t start, int64_t end)
{
    start = std::clamp<int64_t>(start, 0, s->length);
    end = std::clamp<int64_t>(end, start, s->length);
    int64_t length = end - start;
    if (length == s->length && s->type == &g_str_type)
        return Ref<StrObject>(s);
    if (length == 0)
        return str_empty();
    if (length == 1)
        return str_char(s->at(start));
    Ref<StrObject> result;
    if (s->kind == 1) {
        bool ascii = s->ascii || utf8::is_ascii(std::string_view(reinterpret_cast<const char*>(s->data + start), size_t(length)));
        result = str_new_uninitialized(length, ascii ? 0x7F : 0xFF);
    } else {
        result = str_new_uninitialized(length, max_char_of(s, start, end));
    }
    copy_chars(result.get(), 0, s, start, length);
    return result;
}

Ref<StrObject> str_concat(StrObject* a, StrObject* b)
{
    if (a->length == 0 && b->type == &g_str_type)
        return Ref<StrObject>(b);
    if (b->length == 0 && a->type == &g_str_type)
        return Ref<StrObject>(a);
    uint8_t kind = std::max(a->kind, b->kind);
    StrObject* s = str_alloc(&g_str_type, a->length + b->length, kind, a->ascii && b->ascii);
    if (!s)
        out_of_memory();
    copy_chars(s, 0, a, 0, a->length);
    copy_chars(s, a->length, b, 0, b->length);
    return Ref<StrObject>::adopt(s);
}

bool str_append_in_place(StrObject*& target, StrObject* tail)
{
    StrObject* s = target;
    if (s->refcount != 1 || s->type != &g_str_type || s->interned || s->kind < tail->kind || tail->length == 0)
        return false;
    int64_t length = s->length + tail->length;
    if (length > STR_MAX_LENGTH / s->kind)
        return false;
    // str is not a GC type, so the object is a plain allocation that realloc may grow or move.
    auto* grown = static_cast<StrObject*>(realloc(s, sizeof(StrObject) + size_t(length + 1) * s->kind));
    if (!grown)
        return false;
    s = grown;
    free(s->utf8);
    s->utf8 = nullptr;
    s->utf8_length = 0;
    copy_chars(s, s->length, tail, 0, tail->length);
    s->length = length;
    str_write(s, length, 0);
    s->hash = -1;
    s->ascii = s->ascii && tail->ascii;
    target = s;
    return true;
}

// ---- UTF-8 view ----

std::string_view StrObject::view()
{
    if (ascii)
        return std::string_view(reinterpret_cast<const char*>(data), size_t(length));
    if (!utf8) {
        size_t size = 0;
        for (int64_t i = 0; i < length; ++i)
            size += utf8::encoded_length(at(i));
        char* buffer = static_cast<char*>(malloc(size + 1));
        VERIFY(buffer);
        char* out = buffer;
        for (int64_t i = 0; i < length; ++i)
            out += utf8::encode(at(i), out);
        *out = 0;
        utf8 = buffer;
        utf8_length = size;
    }
    return std::string_view(utf8, utf8_length);
}

// ---- equality, ordering, hashing ----

bool str_equal(StrObject* a, StrObject* b)
{
    if (a == b)
        return true;
    if (a->length != b->length || a->kind != b->kind)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, size_t(a->length) * a->kind) == 0;
}

int str_compare(StrObject* a, StrObject* b)
{
    if (a == b)
        return 0;
    int64_t common = std::min(a->length, b->length);
    if (a->kind == 1 && b->kind == 1) {
        int c = memcmp(a->data, b->data, size_t(common));
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < common; ++i) {
            uint32_t x = a->at(i), y = b->at(i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

namespace {

inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

inline uint64_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

}  // namespace

uint64_t g_hash_seed = 0;

namespace {

// A MurmurHash3-style 64-bit hash over 8-byte words. Equal strings have equal kinds, so hashing the
// raw bytes gives equal hashes.
uint64_t hash_bytes(const unsigned char* p, size_t size)
{
    constexpr uint64_t M1 = 0x87c37b91114253d5ull;
    constexpr uint64_t M2 = 0x4cf5ad432745937full;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (size * M1) ^ g_hash_seed;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t k;
        memcpy(&k, p + i, 8);
        k *= M1;
        k = rotl(k, 31);
        k *= M2;
        h ^= k;
        h = rotl(h, 27) * 5 + 0x52dce729;
    }
    uint64_t tail = 0;
    for (size_t j = 0; i + j < size; ++j)
        tail |= uint64_t(p[i + j]) << (8 * j);
    h ^= rotl(tail * M2, 33) * M1;
    return mix64(h);
}

}  // namespace

int64_t hash_raw_bytes(const void* data, size_t size)
{
    if (size == 0)
        return 0;  // hash('') == hash(b'') == 0, as in CPython
    int64_t h = int64_t(hash_bytes(static_cast<const unsigned char*>(data), size));
    return h == -1 ? -2 : h;
}

int64_t str_hash(StrObject* s)
{
    if (s->hash != -1)
        return s->hash;
    s->hash = hash_raw_bytes(s->data, size_t(s->length) * s->kind);
    return s->hash;
}

// ---- interning ----

namespace {

std::unordered_map<std::string_view, StrObject*>& intern_table()
{
    // Never destroyed: interned strings live as long as the process.
    static auto* table = new std::unordered_map<std::string_view, StrObject*>();
    return *table;
}

}  // namespace

StrObject* str_intern(std::string_view text)
{
    auto& table = intern_table();
    auto it = table.find(text);
    if (it != table.end())
        return it->second;
    // Text that is not valid UTF-8 is decoded with replacements, so the new string's own text may
    // already be interned: look again with it before recording the new one.
    Ref<StrObject> created = str_from_utf8(text);
    auto again = table.find(created->view());
    if (again != table.end())
        return again->second;
    // Cached one-character strings are immortal already; interning just records them.
    StrObject* s = created.leak();
    make_immortal(s);
    s->interned = true;
    table.emplace(s->view(), s);
    return s;
}

Ref<StrObject> str_intern_ref(Ref<StrObject> s)
{
    if (s->interned)
        return s;
    if (s->type != &g_str_type)
        return Ref<StrObject>(str_intern(s->view()));
    auto& table = intern_table();
    auto it = table.find(s->view());
    if (it != table.end())
        return Ref<StrObject>(it->second);
    make_immortal(s.get());
    s->interned = true;
    table.emplace(s->view(), s.get());
    return s;
}

void init_names()
{
    if (g_names)
        return;
    g_names = new Names();
    // A trailing underscore keeps names like default_ apart from C++ keywords; Python does not see it.
    auto intern_name = [](std::string_view name) {
        if (name.size() > 1 && name.back() == '_' && name[name.size() - 2] != '_')
            name.remove_suffix(1);
        return str_intern(name);
    };
#define NAME(x) g_names->x = intern_name(#x);
#include "objects/names.def"
#undef NAME
}

// ---- StrBuilder ----

void StrBuilder::append(StrObject* s)
{
    size_t at = m_points.size();
    m_points.resize(at + size_t(s->length));
    with_kind(s->kind, [&](auto tag) {
        using T = decltype(tag);
        const T* p = chars<T>(s);
        for (int64_t i = 0; i < s->length; ++i)
            m_points[at + size_t(i)] = p[i];
    });
}

void StrBuilder::append_utf8(std::string_view text)
{
    if (utf8::is_ascii(text)) {
        m_points.append(text.begin(), text.end());
        return;
    }
    m_points += utf8::decode_all(text, utf8::Surrogates::Allow);
}

void StrBuilder::append_char(uint32_t c) { m_points.push_back(char32_t(c)); }

Ref<StrObject> StrBuilder::build()
{
    return str_from_codepoints(reinterpret_cast<const uint32_t*>(m_points.data()), m_points.size());
}

// ---- repr ----

namespace {

const char HEX_DIGITS[] = "0123456789abcdef";

// Writes the repr (or ascii(), escaping every non-ASCII code point) of s into out.
void repr_into(std::u32string& out, StrObject* s, bool ascii_only)
{
    bool has_single = false, has_double = false;
    with_kind(s->kind, [&](auto tag) {
        using T = decltype(tag);
        const T* p = chars<T>(s);
        for (int64_t i = 0; i < s->length && !(has_single && has_double); ++i) {
            has_single |= p[i] == '\'';
            has_double |= p[i] == '"';
        }
    });
    char32_t quote = (has_single && !has_double) ? '"' : '\'';
    out.push_back(quote);
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == quote || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c >= 0x20 && c < 0x7F) {
            out.push_back(c);
        } else if (c == '\n') {
            out.append(U"\\n");
        } else if (c == '\t') {
            out.append(U"\\t");
        } else if (c == '\r') {
            out.append(U"\\r");
        } else if (!ascii_only && c >= 0x80 && unicode::is_printable(c)) {
            out.push_back(c);
        } else if (c < 0x100) {
            out.append(U"\\x");
            out.push_back(HEX_DIGITS[c >> 4]);
            out.push_back(HEX_DIGITS[c & 15]);
        } else if (c < 0x10000) {
            out.append(U"\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out.push_back(HEX_DIGITS[(c >> shift) & 15]);
        } else {
            out.append(U"\\U");
            for (int shift = 28; shift >= 0; shift -= 4)
                out.push_back(HEX_DIGITS[(c >> shift) & 15]);
        }
    }
    out.push_back(quote);
}

// True if the repr of s is s between quotes: printable ASCII without quotes or backslashes.
bool repr_is_plain(StrObject* s)
{
    if (!s->ascii)
        return false;
    for (int64_t i = 0; i < s->length; ++i) {
        unsigned char c = s->data[i];
        if (c < 0x20 || c == 0x7F || c == '\'' || c == '\\')
            return false;
    }
    return true;
}

Ref<StrObject> from_u32(const std::u32string& points)
{
    return str_from_codepoints(reinterpret_cast<const uint32_t*>(points.data()), points.size());
}

}  // namespace

Ref<StrObject> str_repr(StrObject* s)
{
    if (repr_is_plain(s)) {
        Ref<StrObject> result = str_new_uninitialized(s->length + 2, 0x7F);
        result->data[0] = '\'';
        memcpy(result->data + 1, s->data, size_t(s->length));
        result->data[s->length + 1] = '\'';
        return result;
    }
    std::u32string out;
    out.reserve(size_t(s->length) + 2);
    repr_into(out, s, false);
    return from_u32(out);
}

std::string str_repr_utf8(StrObject* s)
{
    Ref<StrObject> r = str_repr(s);
    return std::string(r->view());
}

Result<Value> object_ascii(Val v)
{
    Ref<StrObject> r = TRY(repr_str(v));
    if (r->ascii)
        return Value(std::move(r));
    // Escape the non-ASCII code points of the repr; the rest is kept as is.
    std::u32string out;
    for (int64_t i = 0; i < r->length; ++i) {
        uint32_t c = r->at(i);
        if (c < 0x80) {
            out.push_back(c);
        } else if (c < 0x100) {
            out.append(U"\\x");
            out.push_back(HEX_DIGITS[c >> 4]);
            out.push_back(HEX_DIGITS[c & 15]);
        } else if (c < 0x10000) {
            out.append(U"\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out.push_back(HEX_DIGITS[(c >> shift) & 15]);
        } else {
            out.append(U"\\U");
            for (int shift = 28; shift >= 0; shift -= 4)
                out.push_back(HEX_DIGITS[(c >> shift) & 15]);
        }
    }
    return Value(from_u32(out));
}

// ---- argument helpers (CPython's messages differ between its calling conventions) ----

namespace {

inline size_t keyword_count(TupleObject* kwnames) { return kwnames ? size_t(kwnames->size) : 0; }
inline StrObject* self_of(const Val* args) { return args[0].as<StrObject>(); }
inline const char* plural(size_t n) { return n == 1 ? "" : "s"; }

Result<void> check_no_keywords(const char* qualname, TupleObject* kwnames)
{
    if (keyword_count(kwnames))
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", qualname);
    return {};
}

// METH_NOARGS: "str.upper() takes no arguments (1 given)".
Result<void> check_no_args(const char* qualname, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_keywords(qualname, kwnames));
    if (nargs != 1)
        return raise(&g_exc_TypeError, "{}() takes no arguments ({} given)", qualname, nargs - 1);
    return {};
}

// METH_O: "str.join() takes exactly one argument (0 given)".
Result<void> check_one_arg(const char* qualname, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_keywords(qualname, kwnames));
    if (nargs != 2)
        return raise(&g_exc_TypeError, "{}() takes exactly one argument ({} given)", qualname, nargs - 1);
    return {};
}

// Argument Clinic, positional-only: "replace expected at least 2 arguments, got 1".
Result<void> check_clinic(const char* qualname, const char* name, size_t given, TupleObject* kwnames, size_t min, size_t max)
{
    TRY(check_no_keywords(qualname, kwnames));
    if (given < min) {
        if (min == max)
            return raise(&g_exc_TypeError, "{} expected {} argument{}, got {}", name, min, plural(min), given);
        return raise(&g_exc_TypeError, "{} expected at least {} argument{}, got {}", name, min, plural(min), given);
    }
    if (given > max) {
        if (min == max)
            return raise(&g_exc_TypeError, "{} expected {} argument{}, got {}", name, max, plural(max), given);
        return raise(&g_exc_TypeError, "{} expected at most {} argument{}, got {}", name, max, plural(max), given);
    }
    return {};
}

// The older getargs style of find(), count(), startswith(), ...: "find() takes at most 3 arguments (4 given)".
Result<void> check_getargs(const char* qualname, const char* name, size_t given, TupleObject* kwnames, size_t min, size_t max)
{
    TRY(check_no_keywords(qualname, kwnames));
    if (given < min)
        return raise(&g_exc_TypeError, "{}() takes at least {} argument{} ({} given)", name, min, plural(min), given);
    if (given > max)
        return raise(&g_exc_TypeError, "{}() takes at most {} argument{} ({} given)", name, max, plural(max), given);
    return {};
}

// Argument Clinic with keywords: args[0..count) positional, then the values of kwnames. out[i] is
// null for a parameter not given.
Result<void> bind_clinic(const char* name, const Val* args, size_t count, TupleObject* kwnames,
                         std::initializer_list<const char*> names, Val* out)
{
    size_t keywords = keyword_count(kwnames);
    if (count + keywords > names.size()) {
        if (keywords && !count)
            return raise(&g_exc_TypeError, "{}() takes at most {} keyword argument{} ({} given)", name, names.size(), plural(names.size()), count + keywords);
        return raise(&g_exc_TypeError, "{}() takes at most {} argument{} ({} given)", name, names.size(), plural(names.size()), count + keywords);
    }
    for (size_t i = 0; i < names.size(); ++i)
        out[i] = Val();
    for (size_t i = 0; i < count; ++i)
        out[i] = args[i];
    for (size_t k = 0; k < keywords; ++k) {
        std::string_view keyword = kwnames->item(int64_t(k)).as<StrObject>()->view();
        size_t index = 0;
        for (const char* candidate : names) {
            if (keyword == candidate)
                break;
            ++index;
        }
        if (index == names.size())
            return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", keyword, name);
        if (index < count)
            return raise(&g_exc_TypeError, "argument for {}() given by name ('{}') and position ({})", name, keyword, index + 1);
        out[index] = args[count + k];
    }
    return {};
}

// An integer argument (__index__), as a C integer.
Result<int64_t> int_arg(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    return index_as_ssize(v);
}

// A start/end argument of find() and friends: None, or an __index__ value clamped to int64.
Result<void> slice_index(Val v, int64_t& out)
{
    if (!v || is_none(v))
        return {};
    if (v.is_small_int()) {
        out = v.small_int_value();
        return {};
    }
    if (!is_int(v) && !v.type()->index)
        return raise(&g_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Value index = TRY(number_index(v));
    int64_t value;
    if (!int_to_int64(index, value))
        value = int_sign(index) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    out = value;
    return {};
}

// Clamps start/end as slicing does.
void adjust_indices(int64_t& start, int64_t& end, int64_t length)
{
    if (end > length) {
        end = length;
    } else if (end < 0) {
        end += length;
        if (end < 0)
            end = 0;
    }
    if (start < 0) {
        start += length;
        if (start < 0)
            start = 0;
    }
}

// Parses (sub[, start[, end]]) of the find family; start/end are adjusted to the string.
Result<Val> parse_sub_start_end(const char* qualname, const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                                int64_t& start, int64_t& end)
{
    TRY(check_getargs(qualname, name, nargs - 1, kwnames, 1, 3));
    start = 0;
    end = std::numeric_limits<int64_t>::max();
    if (nargs > 2)
        TRY(slice_index(args[2], start));
    if (nargs > 3)
        TRY(slice_index(args[3], end));
    adjust_indices(start, end, self_of(args)->length);
    return args[1];
}

Result<StrObject*> expect_str(Val v)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "must be str, not {}", v.type()->type_name());
    return v.as<StrObject>();
}

Value str_value(Ref<StrObject> s) { return std::move(s).value(); }
void append_str(ListObject* list, Ref<StrObject> s) { list_append(list, std::move(s).value()); }

// ---- searching ----

enum class Direction : uint8_t { Forward, Backward };

template<class T>
int64_t find_units(const T* hay, int64_t n, const T* needle, int64_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    if constexpr (sizeof(T) == 1) {
        const void* p = m == 1 ? memchr(hay, needle[0], size_t(n)) : memmem(hay, size_t(n), needle, size_t(m));
        return p ? static_cast<const T*>(p) - hay : -1;
    } else {
        T first = needle[0];
        if (m == 1) {
            for (int64_t i = 0; i < n; ++i) {
                if (hay[i] == first)
                    return i;
            }
            return -1;
        }
        // TODO: a two-way or Horspool search for long needles in wide strings.
        T last = needle[m - 1];
        for (int64_t i = 0; i <= n - m; ++i) {
            if (hay[i] == first && hay[i + m - 1] == last && memcmp(hay + i + 1, needle + 1, size_t(m - 2) * sizeof(T)) == 0)
                return i;
        }
        return -1;
    }
}

template<class T>
int64_t rfind_units(const T* hay, int64_t n, const T* needle, int64_t m)
{
    if (m == 0)
        return n;
    if (m > n)
        return -1;
    if constexpr (sizeof(T) == 1) {
        if (m == 1) {
            const void* p = memrchr(hay, needle[0], size_t(n));
            return p ? static_cast<const T*>(p) - hay : -1;
        }
    }
    T first = needle[0];
    T last = needle[m - 1];
    for (int64_t i = n - m; i >= 0; --i) {
        if (hay[i] == first && hay[i + m - 1] == last && (m < 2 || memcmp(hay + i + 1, needle + 1, size_t(m - 2) * sizeof(T)) == 0))
            return i;
    }
    return -1;
}

// needle's code units in the (same or wider) kind T.
template<class T>
const T* needle_units(StrObject* needle, std::vector<T>& widened)
{
    if (needle->kind == sizeof(T))
        return chars<T>(needle);
    widened.resize(size_t(needle->length));
    for (int64_t i = 0; i < needle->length; ++i)
        widened[size_t(i)] = T(needle->at(i));
    return widened.data();
}

// The index of needle in hay[start, end) (0 <= start, end <= length), or -1.
int64_t find_in(StrObject* hay, int64_t start, int64_t end, StrObject* needle, Direction direction)
{
    int64_t m = needle->length;
    if (start > end || end - start < m)
        return -1;
    if (m == 0)
        return direction == Direction::Forward ? start : end;
    if (needle->kind > hay->kind)
        return -1;
    return with_kind(hay->kind, [&](auto tag) -> int64_t {
        using T = decltype(tag);
        std::vector<T> widened;
        const T* n = needle_units<T>(needle, widened);
        const T* h = chars<T>(hay) + start;
        int64_t r = direction == Direction::Forward ? find_units(h, end - start, n, m) : rfind_units(h, end - start, n, m);
        return r < 0 ? -1 : r + start;
    });
}

// Non-overlapping occurrences of needle in hay[start, end), at most max_count.
int64_t count_in(StrObject* hay, int64_t start, int64_t end, StrObject* needle, int64_t max_count)
{
    int64_t m = needle->length;
    if (start > end || end - start < m)
        return 0;
    if (m == 0)
        return std::min(end - start + 1, max_count);
    if (needle->kind > hay->kind)
        return 0;
    return with_kind(hay->kind, [&](auto tag) -> int64_t {
        using T = decltype(tag);
        std::vector<T> widened;
        const T* n = needle_units<T>(needle, widened);
        const T* h = chars<T>(hay);
        int64_t count = 0;
        if (m == 1 && max_count == std::numeric_limits<int64_t>::max()) {
            T c = n[0];
            for (int64_t i = start; i < end; ++i)
                count += h[i] == c;
            return count;
        }
        int64_t i = start;
        while (count < max_count) {
            int64_t r = find_units(h + i, end - i, n, m);
            if (r < 0)
                break;
            ++count;
            i += r + m;
        }
        return count;
    });
}

// Does s[at, at + sub.length) equal sub? (The range is inside s.)
bool region_equals(StrObject* s, int64_t at, StrObject* sub)
{
    if (s->kind == sub->kind)
        return memcmp(s->data + at * s->kind, sub->data, size_t(sub->length) * s->kind) == 0;
    if (sub->kind > s->kind)
        return false;
    for (int64_t i = 0; i < sub->length; ++i) {
        if (s->at(at + i) != sub->at(i))
            return false;
    }
    return true;
}

bool tail_match(StrObject* s, StrObject* sub, int64_t start, int64_t end, Direction direction)
{
    if (end - start < sub->length)
        return false;
    if (sub->length == 0)
        return true;
    return region_equals(s, direction == Direction::Forward ? start : end - sub->length, sub);
}

}  // namespace

// ---- slots ----

namespace {

Result<Value> str_repr_slot(Val self) { return str_value(str_repr(self.as<StrObject>())); }
Result<Value> str_str_slot(Val self) { return str_value(exact_str(self.as<StrObject>())); }
Result<int64_t> str_hash_slot(Val self) { return str_hash(self.as<StrObject>()); }
Result<int64_t> str_len_slot(Val self) { return self.as<StrObject>()->length; }
Result<bool> str_bool_slot(Val self) { return self.as<StrObject>()->length != 0; }

Result<Value> str_richcompare_slot(Val a, Val b, CompareOp op)
{
    if (!is_str(a) || !is_str(b))
        return Value::borrow(not_implemented());
    StrObject* x = a.as<StrObject>();
    StrObject* y = b.as<StrObject>();
    switch (op) {
    case CompareOp::Eq: return bool_value(str_equal(x, y));
    case CompareOp::Ne: return bool_value(!str_equal(x, y));
    default: break;
    }
    int c = str_compare(x, y);
    switch (op) {
    case CompareOp::Lt: return bool_value(c < 0);
    case CompareOp::Le: return bool_value(c <= 0);
    case CompareOp::Gt: return bool_value(c > 0);
    default: return bool_value(c >= 0);
    }
}

// Whether the other operand's class, written in Python, might handle the operation itself
// (its reflected method runs after ours returns NotImplemented).
bool may_reflect(Val other, const char* dunder)
{
    if (!other.type()->has_flag(TYPE_HEAP))
        return false;
    return bool(type_lookup(other.type(), str_intern(dunder)));
}

Result<Value> str_add_slot(Val a, Val b)
{
    if (!is_str(a))
        return Value::borrow(not_implemented());
    if (!is_str(b)) {
        if (may_reflect(b, "__radd__"))
            return Value::borrow(not_implemented());
        // CPython 3.12 compat: the sequence-concat error, raised after the reflected attempt failed.
        return raise(&g_exc_TypeError, "can only concatenate str (not \"{}\") to str", b.type()->type_name());
    }
    StrObject* x = a.as<StrObject>();
    StrObject* y = b.as<StrObject>();
    if (x->length > STR_MAX_LENGTH - y->length)
        return raise(&g_exc_OverflowError, "strings are too large to concat");
    return str_value(str_concat(x, y));
}

Result<Value> str_repeat(StrObject* s, int64_t count)
{
    if (count <= 0 || s->length == 0)
        return str_value(str_empty());
    if (count == 1)
        return str_value(exact_str(s));
    // As in CPython: a length past the index range is OverflowError, one that cannot be allocated MemoryError.
    if (s->length > INT64_MAX / count)
        return raise(&g_exc_OverflowError, "repeated string is too long");
    int64_t length = s->length * count;
    if (length > STR_MAX_LENGTH)
        return raise_memory_error();
    StrObject* result = str_alloc(&g_str_type, length, s->kind, s->ascii);
    if (!result)
        return raise_memory_error();
    size_t unit = size_t(s->length) * s->kind;
    size_t total = size_t(length) * s->kind;
    if (s->length == 1 && s->kind == 1) {
        memset(result->data, s->data[0], total);
    } else {
        memcpy(result->data, s->data, unit);
        size_t done = unit;
        while (done < total) {
            size_t chunk = std::min(done, total - done);
            memcpy(result->data + done, result->data, chunk);
            done += chunk;
        }
    }
    return Value::adopt(Val(result));
}

Result<Value> str_mul_slot(Val a, Val b)
{
    Val s = is_str(a) ? a : b;
    Val other = is_str(a) ? b : a;
    if (is_int(other) || other.type()->index) {
        int64_t count = TRY(int_arg(other));
        return str_repeat(s.as<StrObject>(), count);
    }
    if (may_reflect(other, s.is(a) ? "__rmul__" : "__mul__"))
        return Value::borrow(not_implemented());
    return raise(&g_exc_TypeError, "can't multiply sequence by non-int of type '{}'", other.type()->type_name());
}

Result<Value> str_mod_slot(Val a, Val b)
{
    if (!is_str(a))
        return Value::borrow(not_implemented());
    return str_percent_format(a.as<StrObject>(), b);
}

Result<Value> str_slice(StrObject* s, const SliceBounds& bounds)
{
    if (bounds.step == 1)
        return str_value(str_substring(s, bounds.start, bounds.start + bounds.length));
    if (bounds.length <= 0)
        return str_value(str_empty());
    if (bounds.length == 1)
        return str_value(str_char(s->at(bounds.start)));
    uint32_t max = 0;
    if (s->ascii) {
        max = 0x7F;
    } else {
        for (int64_t i = 0, j = bounds.start; i < bounds.length; ++i, j += bounds.step)
            max = std::max(max, s->at(j));
    }
    Ref<StrObject> result = TRY(new_str(bounds.length, max));
    with_kind(s->kind, [&](auto src_tag) {
        using S = decltype(src_tag);
        const S* in = chars<S>(s);
        with_kind(result->kind, [&](auto dst_tag) {
            using D = decltype(dst_tag);
            D* out = chars<D>(result.get());
            for (int64_t i = 0, j = bounds.start; i < bounds.length; ++i, j += bounds.step)
                out[i] = D(in[j]);
        });
    });
    return str_value(std::move(result));
}

Result<Value> str_getitem_slot(Val self, Val key)
{
    StrObject* s = self.as<StrObject>();
    int64_t index;
    if (key.is_small_int()) {
        index = key.small_int_value();
    } else if (key.is_object() && key.type() == &g_slice_type) {
        SliceBounds bounds = TRY(slice_bounds(key, s->length));
        return str_slice(s, bounds);
    } else if (is_int(key) || key.type()->index) {
        index = TRY(index_as_ssize(key));
    } else {
        return raise(&g_exc_TypeError, "string indices must be integers, not '{}'", key.type()->type_name());
    }
    if (index < 0)
        index += s->length;
    if (index < 0 || index >= s->length)
        return raise(&g_exc_IndexError, "string index out of range");
    return str_value(str_char(s->at(index)));
}

Result<bool> str_contains_slot(Val self, Val item)
{
    if (!is_str(item))
        return raise(&g_exc_TypeError, "'in <string>' requires string as left operand, not {}", item.type()->type_name());
    StrObject* s = self.as<StrObject>();
    return find_in(s, 0, s->length, item.as<StrObject>(), Direction::Forward) >= 0;
}

struct StrIteratorObject : Object {
    Ref<StrObject> str;  // null once exhausted
    int64_t index;
};

Result<Value> str_iter_slot(Val self)
{
    auto* it = static_cast<StrIteratorObject*>(alloc_object(&g_str_iterator_type));
    if (!it)
        return raise_memory_error();
    new (&it->str) Ref<StrObject>(self.as<StrObject>());
    it->index = 0;
    return Value::adopt(Val(it));
}

void str_destroy(Object* object)
{
    auto* s = static_cast<StrObject*>(object);
    free(s->utf8);
    s->utf8 = nullptr;
}

// A str subclass instance holding the characters of s.
Result<Value> str_subtype_copy(TypeObject* type, StrObject* s)
{
    // str is TYPE_VARSIZE: heap subclasses keep their instance __dict__ in a side table, not after the header.
    StrObject* result = str_alloc(type, s->length, s->kind, s->ascii);
    if (!result)
        return raise_memory_error();
    copy_chars(result, 0, s, 0, s->length);
    return Value::adopt(Val(result));
}

// str(object='') or str(object=b'', encoding='utf-8', errors='strict').
Result<Value> str_new_slot(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_clinic("str", args, nargs, kwnames, { "object", "encoding", "errors" }, bound));
    Value result;
    if (bound[1] || bound[2]) {
        for (int i = 1; i <= 2; ++i) {
            if (bound[i] && !is_str(bound[i]))
                return raise(&g_exc_TypeError, "str() argument '{}' must be str, not {}", i == 1 ? "encoding" : "errors",
                             bound[i].type()->type_name());
        }
        if (!bound[0]) {
            result = str_value(str_empty());
        } else if (is_str(bound[0])) {
            return raise(&g_exc_TypeError, "decoding str is not supported");
        } else if (supports_buffer(bound[0])) {
            Buffer buffer;
            if (get_contiguous_buffer(bound[0], buffer).is_error()) {  // CPython: any failure is this TypeError
                clear_error();
                return raise(&g_exc_TypeError, "decoding to str: need a bytes-like object, {} found", bound[0].type()->type_name());
            }
            result = TRY(decode_bytes(buffer.bytes(), bound[1] ? bound[1].as<StrObject>()->view() : std::string_view("utf-8"),
                                      bound[2] ? bound[2].as<StrObject>()->view() : std::string_view()));
        } else {
            return raise(&g_exc_TypeError, "decoding to str: need a bytes-like object, {} found", bound[0].type()->type_name());
        }
    } else if (!bound[0]) {
        result = str_value(str_empty());
    } else {
        result = TRY(object_str(bound[0]));
    }
    if (type == &g_str_type)
        return result;
    return str_subtype_copy(type, result.as<StrObject>());
}

Result<Value> str_iterator_iter(Val self) { return Value::borrow(self); }

Result<Value> str_iterator_next(Val self)
{
    auto* it = self.as<StrIteratorObject>();
    StrObject* s = it->str.get();
    if (!s)
        return Value();
    if (it->index < s->length)
        return str_value(str_char(s->at(it->index++)));
    it->str = nullptr;
    return Value();
}

void str_iterator_destroy(Object* object) { static_cast<StrIteratorObject*>(object)->str.~Ref(); }

Result<Value> striter_lengthhint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str_iterator.__length_hint__", nargs, kwnames));
    auto* it = args[0].as<StrIteratorObject>();
    return Value::small_int(it->str ? it->str->length - it->index : 0);
}

// __reduce__: (iter, (str,), index), or iter over '' once exhausted.
Result<Value> striter_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str_iterator.__reduce__", nargs, kwnames));
    Value iter = TRY(builtin_iter_function());  // first: the lookup may run code
    auto* it = args[0].as<StrIteratorObject>();
    if (!it->str)
        return Value(tuple_of({ iter.get(), tuple_of({ Val(str_intern("")) }).get() }));
    Value index = int_from_int64(it->index);
    return Value(tuple_of({ iter.get(), tuple_of({ Val(it->str.get()) }).get(), index.get() }));
}

// __setstate__(index): the position, clamped to the string.
Result<Value> striter_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    int64_t index = TRY(int_as_int64(index_object.get()));
    auto* it = args[0].as<StrIteratorObject>();
    if (it->str)
        it->index = index < 0 ? 0 : (index > it->str->length ? it->str->length : index);
    return none_value();
}

}  // namespace

// ---- methods ----

namespace {

Result<Value> find_common(const char* qualname, const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                          Direction direction, bool raise_if_missing)
{
    int64_t start, end;
    Val sub = TRY(parse_sub_start_end(qualname, name, args, nargs, kwnames, start, end));
    StrObject* needle = TRY(expect_str(sub));
    int64_t index = find_in(self_of(args), start, end, needle, direction);
    if (index < 0 && raise_if_missing)
        return raise(&g_exc_ValueError, "substring not found");
    return Value::small_int(index);
}

Result<Value> str_find(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return find_common("str.find", "find", args, nargs, kwnames, Direction::Forward, false);
}
Result<Value> str_rfind(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return find_common("str.rfind", "rfind", args, nargs, kwnames, Direction::Backward, false);
}
Result<Value> str_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return find_common("str.index", "index", args, nargs, kwnames, Direction::Forward, true);
}
Result<Value> str_rindex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return find_common("str.rindex", "rindex", args, nargs, kwnames, Direction::Backward, true);
}

Result<Value> str_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t start, end;
    Val sub = TRY(parse_sub_start_end("str.count", "count", args, nargs, kwnames, start, end));
    StrObject* needle = TRY(expect_str(sub));
    return Value::small_int(count_in(self_of(args), start, end, needle, std::numeric_limits<int64_t>::max()));
}

Result<Value> starts_ends_with(const char* qualname, const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                               Direction direction)
{
    int64_t start, end;
    Val sub = TRY(parse_sub_start_end(qualname, name, args, nargs, kwnames, start, end));
    StrObject* s = self_of(args);
    if (is_tuple(sub)) {
        auto* tuple = sub.as<TupleObject>();
        for (int64_t i = 0; i < tuple->size; ++i) {
            Val item = tuple->item(i);
            if (!is_str(item))
                return raise(&g_exc_TypeError, "tuple for {} must only contain str, not {}", name, item.type()->type_name());
            if (tail_match(s, item.as<StrObject>(), start, end, direction))
                return bool_value(true);
        }
        return bool_value(false);
    }
    if (!is_str(sub))
        return raise(&g_exc_TypeError, "{} first arg must be str or a tuple of str, not {}", name, sub.type()->type_name());
    return bool_value(tail_match(s, sub.as<StrObject>(), start, end, direction));
}

Result<Value> str_startswith(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return starts_ends_with("str.startswith", "startswith", args, nargs, kwnames, Direction::Forward);
}
Result<Value> str_endswith(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return starts_ends_with("str.endswith", "endswith", args, nargs, kwnames, Direction::Backward);
}

// Parses (sep=None, maxsplit=-1) of split() and rsplit().
Result<void> parse_split_args(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, StrObject*& sep, int64_t& maxsplit)
{
    Val bound[2];
    TRY(bind_clinic(name, args + 1, nargs - 1, kwnames, { "sep", "maxsplit" }, bound));
    sep = nullptr;
    if (bound[0] && !is_none(bound[0])) {
        if (!is_str(bound[0]))
            return raise(&g_exc_TypeError, "must be str or None, not {}", bound[0].type()->type_name());
        sep = bound[0].as<StrObject>();
        if (sep->length == 0)
            return raise(&g_exc_ValueError, "empty separator");
    }
    maxsplit = -1;
    if (bound[1])
        maxsplit = TRY(int_arg(bound[1]));
    if (maxsplit < 0)
        maxsplit = std::numeric_limits<int64_t>::max();
    return {};
}

template<class T>
inline bool unit_is_space(T c)
{
    if (c < 128)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return unicode::is_space(c);
}

Result<Value> str_split(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StrObject* sep;
    int64_t maxsplit;
    TRY(parse_split_args("split", args, nargs, kwnames, sep, maxsplit));
    StrObject* s = self_of(args);
    Ref<ListObject> list = list_new();
    int64_t n = s->length;
    if (!sep) {
        with_kind(s->kind, [&](auto tag) {
            using T = decltype(tag);
            const T* p = chars<T>(s);
            int64_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && unit_is_space(p[i]))
                    ++i;
                if (i == n)
                    break;
                int64_t j = i;
                while (i < n && !unit_is_space(p[i]))
                    ++i;
                append_str(list.get(), str_substring(s, j, i));
            }
            if (i < n) {
                while (i < n && unit_is_space(p[i]))
                    ++i;
                if (i < n)
                    append_str(list.get(), str_substring(s, i, n));
            }
        });
        return std::move(list).value();
    }
    int64_t i = 0;
    while (maxsplit-- > 0) {
        int64_t j = find_in(s, i, n, sep, Direction::Forward);
        if (j < 0)
            break;
        append_str(list.get(), str_substring(s, i, j));
        i = j + sep->length;
    }
    append_str(list.get(), str_substring(s, i, n));
    return std::move(list).value();
}

Result<Value> str_rsplit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StrObject* sep;
    int64_t maxsplit;
    TRY(parse_split_args("rsplit", args, nargs, kwnames, sep, maxsplit));
    StrObject* s = self_of(args);
    Ref<ListObject> list = list_new();
    if (!sep) {
        with_kind(s->kind, [&](auto tag) {
            using T = decltype(tag);
            const T* p = chars<T>(s);
            int64_t i = s->length;
            while (maxsplit-- > 0) {
                while (i > 0 && unit_is_space(p[i - 1]))
                    --i;
                if (i == 0)
                    break;
                int64_t j = i;
                while (i > 0 && !unit_is_space(p[i - 1]))
                    --i;
                append_str(list.get(), str_substring(s, i, j));
            }
            if (i > 0) {
                while (i > 0 && unit_is_space(p[i - 1]))
                    --i;
                if (i > 0)
                    append_str(list.get(), str_substring(s, 0, i));
            }
        });
    } else {
        int64_t end = s->length;
        while (maxsplit-- > 0) {
            int64_t j = find_in(s, 0, end, sep, Direction::Backward);
            if (j < 0)
                break;
            append_str(list.get(), str_substring(s, j + sep->length, end));
            end = j;
        }
        append_str(list.get(), str_substring(s, 0, end));
    }
    std::reverse(list->items, list->items + list->size);
    return std::move(list).value();
}

Result<Value> str_splitlines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    TRY(bind_clinic("splitlines", args + 1, nargs - 1, kwnames, { "keepends" }, bound));
    bool keepends = bound[0] ? TRY(is_truthy(bound[0])) : false;
    StrObject* s = self_of(args);
    Ref<ListObject> list = list_new();
    int64_t n = s->length;
    with_kind(s->kind, [&](auto tag) {
        using T = decltype(tag);
        const T* p = chars<T>(s);
        int64_t i = 0;
        while (i < n) {
            int64_t j = i;
            while (j < n && !unicode::is_linebreak(p[j]))
                ++j;
            int64_t eol = j;
            if (j < n) {
                j += (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ? 2 : 1;
                if (keepends)
                    eol = j;
            }
            append_str(list.get(), str_substring(s, i, eol));
            i = j;
        }
    });
    return std::move(list).value();
}

Result<Value> str_join(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.join", nargs, kwnames));
    StrObject* sep = self_of(args);
    Val iterable = args[1];
    // The items as a borrowed array: list and tuple directly, anything else collected first.
    std::vector<Value> collected;
    const Val* items;
    int64_t count;
    Value keep_alive;
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        keep_alive = Value::borrow(iterable);
        if (is_list_exact(iterable)) {
            items = iterable.as<ListObject>()->data();
            count = iterable.as<ListObject>()->size;
        } else {
            items = iterable.as<TupleObject>()->data();
            count = iterable.as<TupleObject>()->size;
        }
    } else {
        auto iterator = get_iter(iterable);
        if (iterator.is_error()) {
            if (error_matches(&g_exc_TypeError)) {
                clear_error();
                return raise(&g_exc_TypeError, "can only join an iterable");
            }
            return Error {};
        }
        Value it = iterator.release_value();
        while (true) {
            Value item = TRY(iter_next(it));
            if (!item)
                break;
            collected.push_back(std::move(item));
        }
        items = reinterpret_cast<const Val*>(collected.data());
        count = int64_t(collected.size());
    }
    if (count == 0)
        return str_value(str_empty());
    if (count == 1 && is_str_exact(items[0]))
        return Value::borrow(items[0]);
    // Sizes first: one allocation, no quadratic copying. No Python code runs from here on.
    int64_t length = sep->length * (count - 1);
    uint8_t kind = count > 1 && sep->length ? sep->kind : 1;
    bool ascii = count == 1 || sep->ascii;
    for (int64_t i = 0; i < count; ++i) {
        Val item = items[i];
        if (!is_str(item))
            return raise(&g_exc_TypeError, "sequence item {}: expected str instance, {} found", i, item.type()->type_name());
        auto* piece = item.as<StrObject>();
        if (piece->length > STR_MAX_LENGTH - length)
            return raise(&g_exc_OverflowError, "join() result is too long for a Python string");
        length += piece->length;
        if (piece->length) {
            kind = std::max(kind, piece->kind);
            ascii = ascii && piece->ascii;
        }
    }
    StrObject* result = str_alloc(&g_str_type, length, kind, ascii);
    if (!result)
        return raise_memory_error();
    int64_t at = 0;
    for (int64_t i = 0; i < count; ++i) {
        if (i && sep->length) {
            copy_chars(result, at, sep, 0, sep->length);
            at += sep->length;
        }
        auto* piece = items[i].as<StrObject>();
        copy_chars(result, at, piece, 0, piece->length);
        at += piece->length;
    }
    return Value::adopt(Val(result));
}

Result<Value> str_replace(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_clinic("str.replace", "replace", nargs - 1, kwnames, 2, 3));
    for (int i = 1; i <= 2; ++i) {
        if (!is_str(args[i]))
            return raise(&g_exc_TypeError, "replace() argument {} must be str, not {}", i, args[i].type()->type_name());
    }
    int64_t max_count = nargs > 3 ? TRY(int_arg(args[3])) : -1;
    if (max_count < 0)
        max_count = std::numeric_limits<int64_t>::max();
    StrObject* s = self_of(args);
    StrObject* old = args[1].as<StrObject>();
    StrObject* replacement = args[2].as<StrObject>();
    if (max_count == 0 || old->length > s->length)
        return str_value(exact_str(s));
    std::vector<int64_t> positions;
    if (old->length == 0) {
        for (int64_t i = 0; i <= s->length && int64_t(positions.size()) < max_count; ++i)
            positions.push_back(i);
    } else {
        int64_t i = 0;
        while (int64_t(positions.size()) < max_count) {
            int64_t j = find_in(s, i, s->length, old, Direction::Forward);
            if (j < 0)
                break;
            positions.push_back(j);
            i = j + old->length;
        }
    }
    if (positions.empty())
        return str_value(exact_str(s));
    int64_t count = int64_t(positions.size());
    int64_t growth = replacement->length - old->length;
    if (growth > 0 && count > (STR_MAX_LENGTH - s->length) / growth)
        return raise(&g_exc_OverflowError, "replace string is too long");
    int64_t length = s->length + growth * count;
    uint8_t kind = replacement->length ? std::max(s->kind, replacement->kind) : s->kind;
    StrObject* raw = str_alloc(&g_str_type, length, kind, s->ascii && replacement->ascii);
    if (!raw)
        return raise_memory_error();
    Ref<StrObject> result = Ref<StrObject>::adopt(raw);
    int64_t from = 0, at = 0;
    for (int64_t position : positions) {
        copy_chars(raw, at, s, from, position - from);
        at += position - from;
        copy_chars(raw, at, replacement, 0, replacement->length);
        at += replacement->length;
        from = position + old->length;
    }
    copy_chars(raw, at, s, from, s->length - from);
    // Removing the only wide (or non-ASCII) characters can leave a result narrower than s.
    if (!old->ascii && !s->ascii && length > 0)
        return str_value(normalize(std::move(result)));
    if (length == 0)
        return str_value(str_empty());
    return str_value(std::move(result));
}

enum class StripSide : uint8_t { Left = 1, Right = 2, Both = 3 };

Result<Value> strip_common(const char* qualname, const char* name, const Val* args, size_t nargs, TupleObject* kwnames, StripSide side)
{
    TRY(check_clinic(qualname, name, nargs - 1, kwnames, 0, 1));
    StrObject* s = self_of(args);
    Val chars_arg = nargs > 1 ? args[1] : Val();
    int64_t start = 0, end = s->length;
    if (!chars_arg || is_none(chars_arg)) {
        if (uint8_t(side) & uint8_t(StripSide::Left)) {
            while (start < end && unicode::is_space(s->at(start)))
                ++start;
        }
        if (uint8_t(side) & uint8_t(StripSide::Right)) {
            while (end > start && unicode::is_space(s->at(end - 1)))
                --end;
        }
    } else {
        if (!is_str(chars_arg))
            return raise(&g_exc_TypeError, "{} arg must be None or str", name);
        StrObject* set = chars_arg.as<StrObject>();
        auto member = [&](uint32_t c) {
            for (int64_t i = 0; i < set->length; ++i) {
                if (set->at(i) == c)
                    return true;
            }
            return false;
        };
        if (uint8_t(side) & uint8_t(StripSide::Left)) {
            while (start < end && member(s->at(start)))
                ++start;
        }
        if (uint8_t(side) & uint8_t(StripSide::Right)) {
            while (end > start && member(s->at(end - 1)))
                --end;
        }
    }
    return str_value(str_substring(s, start, end));
}

Result<Value> str_strip(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return strip_common("str.strip", "strip", args, nargs, kwnames, StripSide::Both);
}
Result<Value> str_lstrip(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return strip_common("str.lstrip", "lstrip", args, nargs, kwnames, StripSide::Left);
}
Result<Value> str_rstrip(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return strip_common("str.rstrip", "rstrip", args, nargs, kwnames, StripSide::Right);
}

// ---- case ----

enum class CaseOp : uint8_t { Lower, Upper, Swap, Capitalize, Title, Fold };

// The lowercase of s[i], with the final-sigma rule of SpecialCasing.txt for U+03A3.
int lower_at(StrObject* s, int64_t i, uint32_t* out)
{
    uint32_t c = s->at(i);
    if (c != 0x3A3)
        return unicode::to_lower_full(c, out);
    int64_t j = i - 1;
    while (j >= 0 && unicode::is_case_ignorable(s->at(j)))
        --j;
    bool final = j >= 0 && unicode::is_cased(s->at(j));
    if (final) {
        j = i + 1;
        while (j < s->length && unicode::is_case_ignorable(s->at(j)))
            ++j;
        final = !(j < s->length && unicode::is_cased(s->at(j)));
    }
    out[0] = final ? 0x3C2 : 0x3C3;
    return 1;
}

Ref<StrObject> convert_case(StrObject* s, CaseOp op)
{
    if (s->length == 0)
        return str_empty();
    if (s->ascii) {
        Ref<StrObject> result = str_new_uninitialized(s->length, 0x7F);
        const unsigned char* in = s->data;
        unsigned char* out = result->data;
        bool previous_cased = false;
        for (int64_t i = 0; i < s->length; ++i) {
            unsigned char c = in[i];
            bool upper = c >= 'A' && c <= 'Z';
            bool lower = c >= 'a' && c <= 'z';
            bool to_upper;
            switch (op) {
            case CaseOp::Upper: to_upper = true; break;
            case CaseOp::Lower:
            case CaseOp::Fold: to_upper = false; break;
            case CaseOp::Swap: to_upper = lower; break;
            case CaseOp::Capitalize: to_upper = i == 0; break;
            case CaseOp::Title: to_upper = !previous_cased; break;
            }
            previous_cased = upper || lower;
            out[i] = (to_upper && lower) ? c - 32 : (!to_upper && upper) ? c + 32 : c;
        }
        return result;
    }
    std::u32string out;
    out.reserve(size_t(s->length));
    uint32_t mapped[3];
    bool previous_cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        int n;
        switch (op) {
        case CaseOp::Upper: n = unicode::to_upper_full(c, mapped); break;
        case CaseOp::Lower: n = lower_at(s, i, mapped); break;
        case CaseOp::Fold: n = unicode::to_fold_full(c, mapped); break;
        case CaseOp::Swap:
            if (unicode::is_upper(c))
                n = lower_at(s, i, mapped);
            else if (unicode::is_lower(c))
                n = unicode::to_upper_full(c, mapped);
            else
                mapped[0] = c, n = 1;
            break;
        case CaseOp::Capitalize: n = i == 0 ? unicode::to_title_full(c, mapped) : lower_at(s, i, mapped); break;
        case CaseOp::Title:
            n = previous_cased ? lower_at(s, i, mapped) : unicode::to_title_full(c, mapped);
            previous_cased = unicode::is_cased(c);
            break;
        }
        out.append(reinterpret_cast<const char32_t*>(mapped), size_t(n));
    }
    return from_u32(out);
}

#define CASE_METHOD(method, op)                                                         \
    Result<Value> str_##method(const Val* args, size_t nargs, TupleObject* kwnames)     \
    {                                                                                   \
        TRY(check_no_args("str." #method, nargs, kwnames));                             \
        return str_value(convert_case(self_of(args), op));                              \
    }
CASE_METHOD(lower, CaseOp::Lower)
CASE_METHOD(upper, CaseOp::Upper)
CASE_METHOD(swapcase, CaseOp::Swap)
CASE_METHOD(capitalize, CaseOp::Capitalize)
CASE_METHOD(title, CaseOp::Title)
CASE_METHOD(casefold, CaseOp::Fold)
#undef CASE_METHOD

// ---- predicates ----

// True if s is non-empty and every code point satisfies the predicate.
template<class Predicate>
bool all_chars(StrObject* s, Predicate predicate)
{
    if (s->length == 0)
        return false;
    for (int64_t i = 0; i < s->length; ++i) {
        if (!predicate(s->at(i)))
            return false;
    }
    return true;
}

#define PREDICATE_METHOD(method, predicate)                                             \
    Result<Value> str_##method(const Val* args, size_t nargs, TupleObject* kwnames)     \
    {                                                                                   \
        TRY(check_no_args("str." #method, nargs, kwnames));                             \
        return bool_value(all_chars(self_of(args), predicate));                        \
    }
PREDICATE_METHOD(isspace, unicode::is_space)
PREDICATE_METHOD(isalpha, unicode::is_alpha)
PREDICATE_METHOD(isdecimal, unicode::is_decimal)
PREDICATE_METHOD(isdigit, unicode::is_digit)
PREDICATE_METHOD(isnumeric, unicode::is_numeric)
PREDICATE_METHOD(isalnum, [](uint32_t c) { return unicode::is_alpha(c) || unicode::is_numeric(c); })
#undef PREDICATE_METHOD

Result<Value> str_isascii(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.isascii", nargs, kwnames));
    return bool_value(self_of(args)->ascii);
}

Result<Value> str_isprintable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.isprintable", nargs, kwnames));
    StrObject* s = self_of(args);
    for (int64_t i = 0; i < s->length; ++i) {
        if (!unicode::is_printable(s->at(i)))
            return bool_value(false);
    }
    return bool_value(true);
}

// islower/isupper: at least one cased character, and none of the other case.
Result<Value> case_predicate(const char* qualname, const Val* args, size_t nargs, TupleObject* kwnames, bool want_lower)
{
    TRY(check_no_args(qualname, nargs, kwnames));
    StrObject* s = self_of(args);
    bool cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (want_lower ? (unicode::is_upper(c) || unicode::is_title(c)) : (unicode::is_lower(c) || unicode::is_title(c)))
            return bool_value(false);
        cased = cased || (want_lower ? unicode::is_lower(c) : unicode::is_upper(c));
    }
    return bool_value(cased);
}

Result<Value> str_islower(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return case_predicate("str.islower", args, nargs, kwnames, true);
}
Result<Value> str_isupper(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return case_predicate("str.isupper", args, nargs, kwnames, false);
}

Result<Value> str_istitle(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.istitle", nargs, kwnames));
    StrObject* s = self_of(args);
    bool cased = false, previous_cased = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_cased)
                return bool_value(false);
            previous_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_cased)
                return bool_value(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_value(cased);
}

Result<Value> str_isidentifier(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.isidentifier", nargs, kwnames));
    StrObject* s = self_of(args);
    if (s->length == 0)
        return bool_value(false);
    uint32_t first = s->at(0);
    if (first != '_' && !unicode::is_xid_start(first))
        return bool_value(false);
    for (int64_t i = 1; i < s->length; ++i) {
        if (!unicode::is_xid_continue(s->at(i)))
            return bool_value(false);
    }
    return bool_value(true);
}

// ---- padding ----

// s with `left` and `right` copies of fill around it.
Result<Value> pad(StrObject* s, int64_t left, int64_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0)
        return str_value(exact_str(s));
    left = std::max<int64_t>(left, 0);
    right = std::max<int64_t>(right, 0);
    uint32_t max = std::max(max_char_of(s, 0, s->length), fill);
    if (s->kind == 1 && !s->ascii)
        max = std::max<uint32_t>(max, 0x80);
    Ref<StrObject> result = TRY(new_str(s->length + left + right, max));
    with_kind(result->kind, [&](auto tag) {
        using T = decltype(tag);
        T* out = chars<T>(result.get());
        std::fill(out, out + left, T(fill));
        std::fill(out + left + s->length, out + left + s->length + right, T(fill));
    });
    copy_chars(result.get(), left, s, 0, s->length);
    return str_value(std::move(result));
}

// Parses (width[, fillchar]) of center(), ljust() and rjust().
Result<void> parse_width_fill(const char* qualname, const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                              int64_t& width, uint32_t& fill)
{
    TRY(check_clinic(qualname, name, nargs - 1, kwnames, 1, 2));
    width = TRY(int_arg(args[1]));
    fill = ' ';
    if (nargs > 2) {
        if (!is_str(args[2]))
            return raise(&g_exc_TypeError, "The fill character must be a unicode character, not {}", args[2].type()->type_name());
        auto* f = args[2].as<StrObject>();
        if (f->length != 1)
            return raise(&g_exc_TypeError, "The fill character must be exactly one character long");
        fill = f->at(0);
    }
    return {};
}

Result<Value> str_center(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t width;
    uint32_t fill;
    TRY(parse_width_fill("str.center", "center", args, nargs, kwnames, width, fill));
    StrObject* s = self_of(args);
    if (s->length >= width)
        return str_value(exact_str(s));
    int64_t margin = width - s->length;
    // CPython 3.12 compat: odd margins put the extra character on the left when width is odd.
    int64_t left = margin / 2 + (margin & width & 1);
    return pad(s, left, margin - left, fill);
}

Result<Value> str_ljust(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t width;
    uint32_t fill;
    TRY(parse_width_fill("str.ljust", "ljust", args, nargs, kwnames, width, fill));
    StrObject* s = self_of(args);
    return pad(s, 0, width - s->length, fill);
}

Result<Value> str_rjust(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t width;
    uint32_t fill;
    TRY(parse_width_fill("str.rjust", "rjust", args, nargs, kwnames, width, fill));
    StrObject* s = self_of(args);
    return pad(s, width - s->length, 0, fill);
}

Result<Value> str_zfill(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.zfill", nargs, kwnames));
    int64_t width = TRY(int_arg(args[1]));
    StrObject* s = self_of(args);
    if (s->length >= width)
        return str_value(exact_str(s));
    int64_t fill = width - s->length;
    Value padded = TRY(pad(s, fill, 0, '0'));
    auto* result = padded.as<StrObject>();
    if (s->length > 0) {
        uint32_t first = s->at(0);
        if (first == '+' || first == '-') {
            str_write(result, 0, first);
            str_write(result, fill, '0');
        }
    }
    return padded;
}

Result<Value> str_expandtabs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    TRY(bind_clinic("expandtabs", args + 1, nargs - 1, kwnames, { "tabsize" }, bound));
    int64_t tabsize = bound[0] ? TRY(int_arg(bound[0])) : 8;
    StrObject* s = self_of(args);
    // First pass: the length of the result.
    int64_t length = 0, column = 0;
    bool has_tab = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == '\t') {
            has_tab = true;
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                if (spaces > STR_MAX_LENGTH - length)
                    return raise(&g_exc_OverflowError, "new string is too long");
                column += spaces;
                length += spaces;
            }
        } else {
            ++length;
            ++column;
            if (c == '\n' || c == '\r')
                column = 0;
        }
    }
    if (!has_tab)
        return str_value(exact_str(s));
    StrObject* result = str_alloc(&g_str_type, length, s->kind, s->ascii);
    if (!result)
        return raise_memory_error();
    int64_t at = 0;
    column = 0;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                for (int64_t k = 0; k < spaces; ++k)
                    str_write(result, at++, ' ');
                column += spaces;
            }
        } else {
            str_write(result, at++, c);
            ++column;
            if (c == '\n' || c == '\r')
                column = 0;
        }
    }
    // Tabs are ASCII: the other characters, kept as they are, still decide the kind.
    Ref<StrObject> ref = Ref<StrObject>::adopt(result);
    if (length == 0)
        return str_value(str_empty());
    return str_value(std::move(ref));
}

// ---- partition, prefixes ----

Result<Value> partition_common(const char* qualname, const Val* args, size_t nargs, TupleObject* kwnames, Direction direction)
{
    TRY(check_one_arg(qualname, nargs, kwnames));
    StrObject* sep = TRY(expect_str(args[1]));
    if (sep->length == 0)
        return raise(&g_exc_ValueError, "empty separator");
    StrObject* s = self_of(args);
    int64_t i = find_in(s, 0, s->length, sep, direction);
    Ref<StrObject> empty = str_empty();
    if (i < 0) {
        Ref<StrObject> whole = exact_str(s);
        if (direction == Direction::Forward)
            return std::move(tuple_of({ Val(whole), Val(empty), Val(empty) })).value();
        return std::move(tuple_of({ Val(empty), Val(empty), Val(whole) })).value();
    }
    Ref<StrObject> before = str_substring(s, 0, i);
    Ref<StrObject> separator = exact_str(sep);
    Ref<StrObject> after = str_substring(s, i + sep->length, s->length);
    return std::move(tuple_of({ Val(before), Val(separator), Val(after) })).value();
}

Result<Value> str_partition(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return partition_common("str.partition", args, nargs, kwnames, Direction::Forward);
}
Result<Value> str_rpartition(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return partition_common("str.rpartition", args, nargs, kwnames, Direction::Backward);
}

Result<Value> str_removeprefix(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.removeprefix", nargs, kwnames));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "removeprefix() argument must be str, not {}", args[1].type()->type_name());
    StrObject* s = self_of(args);
    StrObject* prefix = args[1].as<StrObject>();
    if (tail_match(s, prefix, 0, s->length, Direction::Forward))
        return str_value(str_substring(s, prefix->length, s->length));
    return str_value(exact_str(s));
}

Result<Value> str_removesuffix(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.removesuffix", nargs, kwnames));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "removesuffix() argument must be str, not {}", args[1].type()->type_name());
    StrObject* s = self_of(args);
    StrObject* suffix = args[1].as<StrObject>();
    if (suffix->length && tail_match(s, suffix, 0, s->length, Direction::Backward))
        return str_value(str_substring(s, 0, s->length - suffix->length));
    return str_value(exact_str(s));
}

// ---- translation ----

// str.maketrans(x[, y[, z]]): a static method, so args has no self.
Result<Value> str_maketrans(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_clinic("str.maketrans", "maketrans", nargs, kwnames, 1, 3));
    Ref<DictObject> table = dict_new();
    if (nargs == 1) {
        if (!is_dict(args[0]))
            return raise(&g_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        Val key, value;
        for (int64_t position = 0; dict_next(args[0].as<DictObject>(), position, key, value);) {
            if (is_str(key)) {
                auto* k = key.as<StrObject>();
                if (k->length != 1)
                    return raise(&g_exc_ValueError, "string keys in translate table must be of length 1");
                TRY(dict_set(table.get(), Val::small_int(k->at(0)), value));
            } else if (is_int(key)) {
                TRY(dict_set(table.get(), key, value));
            } else {
                return raise(&g_exc_TypeError, "keys in translate table must be strings or integers");
            }
        }
        return std::move(table).value();
    }
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    for (size_t i = 1; i < nargs; ++i) {
        if (!is_str(args[i]))
            return raise(&g_exc_TypeError, "maketrans() argument {} must be str, not {}", i + 1, args[i].type()->type_name());
    }
    auto* x = args[0].as<StrObject>();
    auto* y = args[1].as<StrObject>();
    if (x->length != y->length)
        return raise(&g_exc_ValueError, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < x->length; ++i)
        TRY(dict_set(table.get(), Val::small_int(x->at(i)), Val::small_int(y->at(i))));
    if (nargs == 3) {
        auto* z = args[2].as<StrObject>();
        for (int64_t i = 0; i < z->length; ++i)
            TRY(dict_set(table.get(), Val::small_int(z->at(i)), none()));
    }
    return std::move(table).value();
}

// table[c] for translate(): null (no error) when the table has no entry (LookupError).
Result<Value> translate_lookup(Val table, uint32_t c)
{
    Val key = Val::small_int(c);
    if (is_dict_exact(table)) {
        Val value = TRY(dict_get(table.as<DictObject>(), key));
        return Value::borrow(value);
    }
    auto result = get_item(table, key);
    if (result.is_error()) {
        if (error_matches(&g_exc_LookupError)) {
            clear_error();
            return Value();
        }
        return Error {};
    }
    return result.release_value();
}

Result<Value> str_translate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.translate", nargs, kwnames));
    StrObject* s = self_of(args);
    Val table = args[1];
    // Results for ASCII characters are cached: -2 unknown, -1 deleted, -3 several characters.
    int32_t cache[128];
    std::fill(std::begin(cache), std::end(cache), -2);
    std::u32string out;
    out.reserve(size_t(s->length));
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c < 128 && cache[c] >= -1) {
            if (cache[c] >= 0)
                out.push_back(char32_t(cache[c]));
            continue;
        }
        Value mapped = TRY(translate_lookup(table, c));
        int32_t cached = -3;
        if (!mapped) {
            out.push_back(c);
            cached = int32_t(c);
        } else if (is_none(mapped)) {
            cached = -1;
        } else if (is_int(mapped)) {
            int64_t value;
            if (!int_to_int64(mapped, value) || value < 0 || value > 0x10FFFF)
                return raise(&g_exc_ValueError, "character mapping must be in range(0x110000)");
            out.push_back(char32_t(value));
            cached = int32_t(value);
        } else if (is_str(mapped)) {
            auto* m = mapped.as<StrObject>();
            for (int64_t k = 0; k < m->length; ++k)
                out.push_back(m->at(k));
            if (m->length == 1)
                cached = int32_t(m->at(0));
            else if (m->length == 0)
                cached = -1;
        } else {
            return raise(&g_exc_TypeError, "character mapping must return integer, None or str");
        }
        if (c < 128)
            cache[c] = cached;
    }
    return str_value(from_u32(out));
}

// ---- the rest ----

Result<Value> str_encode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_clinic("encode", args + 1, nargs - 1, kwnames, { "encoding", "errors" }, bound));
    for (int i = 0; i < 2; ++i) {
        if (bound[i] && !is_str(bound[i]))
            return raise(&g_exc_TypeError, "encode() argument '{}' must be str, not {}", i == 0 ? "encoding" : "errors", bound[i].type()->type_name());
    }
    std::string_view encoding = bound[0] ? bound[0].as<StrObject>()->view() : std::string_view("utf-8");
    std::string_view errors = bound[1] ? bound[1].as<StrObject>()->view() : std::string_view();  // null: not given
    std::string encoded = TRY(encode_str(args[0].as<StrObject>(), encoding, errors));
    return Value(bytes_from(encoded));
}

Result<Value> str_format(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return str_format_method(args, nargs, kwnames);
}

Result<Value> str_format_map(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.format_map", nargs, kwnames));
    return str_format_map_method(args, nargs, kwnames);
}

Result<Value> str_format_dunder(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one_arg("str.__format__", nargs, kwnames));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__format__() argument must be str, not {}", args[1].type()->type_name());
    // An empty spec is str(self): a subclass's __str__ runs, as in CPython.
    if (args[1].as<StrObject>()->length == 0 && args[0].type() != &g_str_type)
        return object_str(args[0]);
    return str_format_spec(self_of(args), args[1].as<StrObject>());
}

Result<Value> str_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.__getnewargs__", nargs, kwnames));
    // A new string equal to self (CPython copies it; pickling then never shares the subclass instance).
    StrObject* self = self_of(args);
    Ref<StrObject> copy = str_new_uninitialized(self->length, max_char_of(self, 0, self->length));
    copy_chars(copy.get(), 0, self, 0, self->length);
    return std::move(tuple_of({ Val(copy) })).value();
}

Result<Value> str_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_no_args("str.__sizeof__", nargs, kwnames));
    StrObject* s = self_of(args);
    int64_t size = int64_t(sizeof(StrObject)) + (s->length + 1) * s->kind;
    if (s->utf8)
        size += int64_t(s->utf8_length) + 1;
    return Value::small_int(size);
}

const MethodDef s_str_methods[] = {
    { "capitalize", str_capitalize, METHOD_INSTANCE, "Return a capitalized version of the string." },
    { "casefold", str_casefold, METHOD_INSTANCE, "Return a version of the string suitable for caseless comparisons." },
    { "center", str_center, METHOD_INSTANCE, "Return a centered string of length width." },
    { "count", str_count, METHOD_INSTANCE, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]." },
    { "encode", str_encode, METHOD_INSTANCE, "Encode the string using the codec registered for encoding." },
    { "endswith", str_endswith, METHOD_INSTANCE, "Return True if S ends with the specified suffix, False otherwise." },
    { "expandtabs", str_expandtabs, METHOD_INSTANCE, "Return a copy where all tab characters are expanded using spaces." },
    { "find", str_find, METHOD_INSTANCE, "Return the lowest index in S where substring sub is found, or -1." },
    { "format", str_format, METHOD_INSTANCE, "Return a formatted version of S, using substitutions from args and kwargs." },
    { "format_map", str_format_map, METHOD_INSTANCE, "Return a formatted version of S, using substitutions from mapping." },
    { "index", str_index, METHOD_INSTANCE, "Return the lowest index in S where substring sub is found; raise ValueError if not found." },
    { "isalnum", str_isalnum, METHOD_INSTANCE, "Return True if the string is an alpha-numeric string, False otherwise." },
    { "isalpha", str_isalpha, METHOD_INSTANCE, "Return True if the string is an alphabetic string, False otherwise." },
    { "isascii", str_isascii, METHOD_INSTANCE, "Return True if all characters in the string are ASCII, False otherwise." },
    { "isdecimal", str_isdecimal, METHOD_INSTANCE, "Return True if the string is a decimal string, False otherwise." },
    { "isdigit", str_isdigit, METHOD_INSTANCE, "Return True if the string is a digit string, False otherwise." },
    { "isidentifier", str_isidentifier, METHOD_INSTANCE, "Return True if the string is a valid Python identifier, False otherwise." },
    { "islower", str_islower, METHOD_INSTANCE, "Return True if the string is a lowercase string, False otherwise." },
    { "isnumeric", str_isnumeric, METHOD_INSTANCE, "Return True if the string is a numeric string, False otherwise." },
    { "isprintable", str_isprintable, METHOD_INSTANCE, "Return True if the string is printable, False otherwise." },
    { "isspace", str_isspace, METHOD_INSTANCE, "Return True if the string is a whitespace string, False otherwise." },
    { "istitle", str_istitle, METHOD_INSTANCE, "Return True if the string is a title-cased string, False otherwise." },
    { "isupper", str_isupper, METHOD_INSTANCE, "Return True if the string is an uppercase string, False otherwise." },
    { "join", str_join, METHOD_INSTANCE, "Concatenate any number of strings." },
    { "ljust", str_ljust, METHOD_INSTANCE, "Return a left-justified string of length width." },
    { "lower", str_lower, METHOD_INSTANCE, "Return a copy of the string converted to lowercase." },
    { "lstrip", str_lstrip, METHOD_INSTANCE, "Return a copy of the string with leading whitespace removed." },
    { "maketrans", str_maketrans, METHOD_STATIC, "Return a translation table usable for str.translate()." },
    { "partition", str_partition, METHOD_INSTANCE, "Partition the string into three parts using the given separator." },
    { "removeprefix", str_removeprefix, METHOD_INSTANCE, "Return a str with the given prefix string removed if present." },
    { "removesuffix", str_removesuffix, METHOD_INSTANCE, "Return a str with the given suffix string removed if present." },
    { "replace", str_replace, METHOD_INSTANCE, "Return a copy with all occurrences of substring old replaced by new." },
    { "rfind", str_rfind, METHOD_INSTANCE, "Return the highest index in S where substring sub is found, or -1." },
    { "rindex", str_rindex, METHOD_INSTANCE, "Return the highest index in S where substring sub is found; raise ValueError if not found." },
    { "rjust", str_rjust, METHOD_INSTANCE, "Return a right-justified string of length width." },
    { "rpartition", str_rpartition, METHOD_INSTANCE, "Partition the string into three parts using the given separator, from the right." },
    { "rsplit", str_rsplit, METHOD_INSTANCE, "Return a list of the substrings in the string, using sep as the separator string, from the right." },
    { "rstrip", str_rstrip, METHOD_INSTANCE, "Return a copy of the string with trailing whitespace removed." },
    { "split", str_split, METHOD_INSTANCE, "Return a list of the substrings in the string, using sep as the separator string." },
    { "splitlines", str_splitlines, METHOD_INSTANCE, "Return a list of the lines in the string, breaking at line boundaries." },
    { "startswith", str_startswith, METHOD_INSTANCE, "Return True if S starts with the specified prefix, False otherwise." },
    { "strip", str_strip, METHOD_INSTANCE, "Return a copy of the string with leading and trailing whitespace removed." },
    { "swapcase", str_swapcase, METHOD_INSTANCE, "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
    { "title", str_title, METHOD_INSTANCE, "Return a version of the string where each word is titlecased." },
    { "translate", str_translate, METHOD_INSTANCE, "Replace each character in the string using the given translation table." },
    { "upper", str_upper, METHOD_INSTANCE, "Return a copy of the string converted to uppercase." },
    { "zfill", str_zfill, METHOD_INSTANCE, "Pad a numeric string with zeros on the left, to fill a field of the given width." },
    { "__format__", str_format_dunder, METHOD_INSTANCE, "Return a formatted version of the string as described by format_spec." },
    { "__getnewargs__", str_getnewargs, METHOD_INSTANCE, nullptr },
    { "__sizeof__", str_sizeof, METHOD_INSTANCE, "Return the size of the string in memory, in bytes." },
    {},
};

const MethodDef s_str_iterator_methods[] = {
    { "__length_hint__", striter_lengthhint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", striter_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", striter_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

}  // namespace

void init_str_type()
{
    init_names();
    str_empty();
    type_init_static(g_str_type, "str", sizeof(StrObject), &g_object_type, TYPE_BASETYPE | TYPE_STR_SUBCLASS | TYPE_VARSIZE | TYPE_LEN_TRUTH | TYPE_CONCAT);
    g_str_type.destroy = str_destroy;
    g_str_type.repr = str_repr_slot;
    g_str_type.str = str_str_slot;
    g_str_type.hash = str_hash_slot;
    g_str_type.richcompare = str_richcompare_slot;
    g_str_type.new_instance = str_new_slot;
    g_str_type.iter = str_iter_slot;
    g_str_type.len = str_len_slot;
    g_str_type.to_bool = str_bool_slot;
    g_str_type.getitem = str_getitem_slot;
    g_str_type.contains = str_contains_slot;
    g_str_type.binary[int(BinaryOp::Add)] = str_add_slot;
    g_str_type.binary[int(BinaryOp::Mul)] = str_mul_slot;
    g_str_type.binary[int(BinaryOp::Mod)] = str_mod_slot;
    g_str_type.methods = s_str_methods;
    g_str_type.doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                     "Create a new string object from the given object.";

    type_init_static(g_str_iterator_type, "str_ascii_iterator", sizeof(StrIteratorObject), &g_object_type, 0);
    g_str_iterator_type.destroy = str_iterator_destroy;
    g_str_iterator_type.iter = str_iterator_iter;
    g_str_iterator_type.iternext = str_iterator_next;
    g_str_iterator_type.methods = s_str_iterator_methods;
}

}  // namespace ginger
