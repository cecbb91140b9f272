// bytes and bytearray. Both keep their contents as plain bytes; the methods work on string_views so
// that each is written once for the two types (the result type follows self's, as in CPython).
#include "objects/bytes.h"
#include "objects/args.h"
#include "objects/container_util.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "support/utf8.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ginger {

TypeObject g_bytes_type, g_bytearray_type;

namespace {

// ---- construction ----

BytesObject* bytes_alloc(TypeObject* type, int64_t size)
{
    size_t bytes = sizeof(BytesObject) + size_t(size) + 1;
    auto* object = static_cast<BytesObject*>(alloc_object_sized(type, bytes));
    VERIFY(object);
    object->size = size;
    object->hash = -1;
    return object;
}

void bytearray_reserve(ByteArrayObject* array, int64_t capacity)
{
    if (capacity <= array->capacity)
        return;
    int64_t grown = array->capacity + array->capacity / 2 + 8;
    if (grown < capacity)
        grown = capacity;
    auto* data = static_cast<unsigned char*>(realloc(array->data, size_t(grown) + 1));
    VERIFY(data);
    array->data = data;
    array->capacity = grown;
}

void bytearray_assign(ByteArrayObject* array, std::string_view contents)
{
    bytearray_reserve(array, int64_t(contents.size()));
    if (!contents.empty())
        memcpy(array->data, contents.data(), contents.size());
    array->size = int64_t(contents.size());
    if (array->data)
        array->data[array->size] = 0;
}

// A bytes or bytearray object of `type` (or a subclass) holding `contents`.
Value make_like(TypeObject* type, std::string_view contents)
{
    if (is_subtype(type, &g_bytearray_type)) {
        auto* array = static_cast<ByteArrayObject*>(alloc_object(type));
        VERIFY(array);
        bytearray_assign(array, contents);
        return Value::adopt(Val(array));
    }
    if (type == &g_bytes_type)
        return Value(bytes_from(contents));
    BytesObject* object = bytes_alloc(type, int64_t(contents.size()));
    memcpy(object->data, contents.data(), contents.size());
    return Value::adopt(Val(object));
}

// The type a method of `self` returns: bytes for bytes (and subclasses), bytearray for bytearray.
TypeObject* result_type(Val self) { return is_bytearray(self) ? &g_bytearray_type : &g_bytes_type; }

std::string_view view_of(Val v)
{
    std::string_view out;
    VERIFY(bytes_like_view(v, out));
    return out;
}

// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
Result<std::string_view> buffer_argument(Val v)
{
    std::string_view out;
    if (!bytes_like_view(v, out))
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", v.type()->type_name());
    return out;
}

Result<uint8_t> byte_value(Val v)
{
    if (!is_int(v) && !v.type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
    Value index = TRY(number_index(v));
    int64_t n;
    if (!int_to_int64(index, n) || n < 0 || n > 255)
        return raise(&g_exc_ValueError, "byte must be in range(0, 256)");
    return uint8_t(n);
}

std::string normalize_encoding(std::string_view name)
{
    std::string out;
    for (char c : name)
        out += (c == '_' || c == ' ') ? '-' : char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (out == "utf-8" || out == "utf8" || out == "u8")
        return "utf-8";
    if (out == "ascii" || out == "us-ascii")
        return "ascii";
    if (out == "latin-1" || out == "latin1" || out == "iso-8859-1" || out == "iso8859-1" || out == "l1")
        return "latin-1";
    return out;
}

}  // namespace

// str -> bytes, for bytes(s, encoding) and str.encode (strict, "ignore" and "replace" error handlers).
Result<std::string> encode_str(StrObject* s, std::string_view encoding, std::string_view errors)
{
    std::string codec = normalize_encoding(encoding);
    if (codec == "utf-8") {
        std::string_view text = s->view();
        for (int64_t i = 0; i < s->length; ++i) {
            if (utf8::is_surrogate(s->at(i))) {
                if (errors == "strict")
                    return raise(&g_exc_UnicodeEncodeError, "'utf-8' codec can't encode character '\\u{:04x}' in position {}: surrogates not allowed",
                                 int64_t(s->at(i)), i);
            }
        }
        return std::string(text);
    }
    if (codec == "ascii" || codec == "latin-1") {
        uint32_t limit = codec == "ascii" ? 128 : 256;
        std::string out;
        out.reserve(size_t(s->length));
        for (int64_t i = 0; i < s->length; ++i) {
            uint32_t c = s->at(i);
            if (c < limit) {
                out += char(c);
            } else if (errors == "ignore") {
            } else if (errors == "replace") {
                out += '?';
            } else {
                const char* name = codec == "ascii" ? "ascii" : "latin-1";
                char escaped[16];
                snprintf(escaped, sizeof escaped, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(c));
                return raise(&g_exc_UnicodeEncodeError, "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", name,
                             escaped, i, int64_t(limit));
            }
        }
        return out;
    }
    return raise(&g_exc_LookupError, "unknown encoding: {}", encoding);
}

Ref<BytesObject> bytes_new_uninitialized(int64_t size)
{
    static BytesObject* s_empty = nullptr;
    if (size == 0) {
        if (!s_empty) {
            s_empty = bytes_alloc(&g_bytes_type, 0);
            s_empty->refcount = IMMORTAL_REFCOUNT;
        }
        return Ref<BytesObject>(s_empty);
    }
    return Ref<BytesObject>::adopt(bytes_alloc(&g_bytes_type, size));
}

Ref<BytesObject> bytes_from(std::string_view data)
{
    Ref<BytesObject> result = bytes_new_uninitialized(int64_t(data.size()));
    if (!data.empty())
        memcpy(result->data, data.data(), data.size());
    return result;
}

bool bytes_like_view(Val v, std::string_view& out)
{
    if (!v.is_object())
        return false;
    if (is_bytes(v)) {
        out = v.as<BytesObject>()->view();
        return true;
    }
    if (is_bytearray(v)) {
        out = v.as<ByteArrayObject>()->view();
        return true;
    }
    return false;
}

namespace {

// The contents bytes(source, encoding, errors) / bytearray(...) would hold.
Result<std::string> contents_from_arguments(const char* name, Val source, Val encoding, Val errors)
{
    if (!source) {
        if (encoding || errors)
            return raise(&g_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return std::string();
    }
    if (is_str(source)) {
        if (!encoding)
            return raise(&g_exc_TypeError, "string argument without an encoding");
        if (!is_str(encoding))
            return raise(&g_exc_TypeError, "{}() argument 'encoding' must be str, not {}", name, encoding.type()->type_name());
        std::string_view error_mode = "strict";
        if (errors) {
            if (!is_str(errors))
                return raise(&g_exc_TypeError, "{}() argument 'errors' must be str, not {}", name, errors.type()->type_name());
            error_mode = errors.as<StrObject>()->view();
        }
        return encode_str(source.as<StrObject>(), encoding.as<StrObject>()->view(), error_mode);
    }
    if (encoding || errors)
        return raise(&g_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
    std::string_view view;
    if (bytes_like_view(source, view))
        return std::string(view);
    if (is_int(source) || source.type()->index) {
        int64_t count = TRY(index_as_ssize(source));
        if (count < 0)
            return raise(&g_exc_ValueError, "negative count");
        return std::string(size_t(count), '\0');
    }
    if (!source.type()->iter && !source.type()->getitem)
        return raise(&g_exc_TypeError, "cannot convert '{}' object to {}", source.type()->type_name(), name);
    Value iterator = TRY(get_iter(source));
    std::string out;
    for (;;) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (!is_int(item) && !item.type()->index)
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", item.type()->type_name());
        Value index = TRY(number_index(item));
        int64_t n;
        if (!int_to_int64(index, n) || n < 0 || n > 255)
            return raise(&g_exc_ValueError, "bytes must be in range(0, 256)");
        out += char(n);
    }
    return out;
}

Result<Value> bytes_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_args("bytes", args, nargs, kwnames, { "source", "encoding", "errors" }, 0, bound));
    if (nargs == 1 && !kwnames && is_bytes(bound[0]) && bound[0].type() == &g_bytes_type && type == &g_bytes_type)
        return Value::borrow(bound[0]);
    std::string contents = TRY(contents_from_arguments("bytes", bound[0], bound[1], bound[2]));
    return make_like(type, contents);
}

Result<Value> bytearray_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* array = static_cast<ByteArrayObject*>(alloc_object(type));
    VERIFY(array);
    return Value::adopt(Val(array));
}

Result<void> bytearray_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_args("bytearray", args, nargs, kwnames, { "source", "encoding", "errors" }, 0, bound));
    std::string contents = TRY(contents_from_arguments("bytearray", bound[0], bound[1], bound[2]));
    bytearray_assign(self.as<ByteArrayObject>(), contents);
    return {};
}

void bytearray_destroy(Object* object)
{
    auto* array = static_cast<ByteArrayObject*>(object);
    free(array->data);
    array->data = nullptr;
}

// ---- slots ----

void append_bytes_repr(std::string& out, std::string_view data)
{
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    out += 'b';
    out += quote;
    static const char hex[] = "0123456789abcdef";
    for (unsigned char c : data) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);
        }
    }
    out += quote;
}

Result<Value> bytes_repr(Val self)
{
    std::string out;
    append_bytes_repr(out, view_of(self));
    return Value(str_from_ascii(out));
}

Result<Value> bytearray_repr(Val self)
{
    std::string out(self.type()->type_name());
    out += '(';
    append_bytes_repr(out, view_of(self));
    out += ')';
    return Value(str_from_ascii(out));
}

Result<int64_t> bytes_hash(Val self)
{
    auto* bytes = self.as<BytesObject>();
    if (bytes->hash != -1)
        return bytes->hash;
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a final mix
    for (int64_t i = 0; i < bytes->size; ++i)
        h = (h ^ bytes->data[i]) * 0x100000001b3ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    int64_t result = int64_t(h >> 1);
    if (result == -1)
        result = -2;
    bytes->hash = result;
    return result;
}

Result<int64_t> bytearray_hash(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }

Result<Value> bytes_richcompare(Val a, Val b, CompareOp op)
{
    std::string_view left, right;
    if (!bytes_like_view(a, left) || !bytes_like_view(b, right))
        return Value::borrow(not_implemented());
    int c = left.compare(right);
    bool result = false;
    switch (op) {
    case CompareOp::Lt: result = c < 0; break;
    case CompareOp::Le: result = c <= 0; break;
    case CompareOp::Eq: result = c == 0; break;
    case CompareOp::Ne: result = c != 0; break;
    case CompareOp::Gt: result = c > 0; break;
    case CompareOp::Ge: result = c >= 0; break;
    }
    return bool_value(result);
}

Result<int64_t> bytes_len(Val self) { return int64_t(view_of(self).size()); }

Result<Value> bytes_getitem(Val self, Val key)
{
    std::string_view data = view_of(self);
    if (is_slice(key)) {
        SliceBounds b = TRY(slice_bounds(key, int64_t(data.size())));
        std::string out;
        out.reserve(size_t(b.length));
        for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
            out += data[size_t(j)];
        return make_like(result_type(self), out);
    }
    int64_t index = TRY(sequence_index_value(key, self.type()->type_name() == "bytearray" ? "bytearray" : "byte"));
    if (index < 0)
        index += int64_t(data.size());
    if (index < 0 || index >= int64_t(data.size()))
        return raise(&g_exc_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return Value::small_int(uint8_t(data[size_t(index)]));
}

Result<void> bytearray_setitem(Val self, Val key, Val value)
{
    auto* array = self.as<ByteArrayObject>();
    if (is_slice(key))
        return raise(&g_exc_NotImplementedError, "bytearray slice assignment is not implemented yet");
    int64_t index = TRY(sequence_index_value(key, "bytearray"));
    if (index < 0)
        index += array->size;
    if (index < 0 || index >= array->size)
        return raise(&g_exc_IndexError, "bytearray index out of range");
    if (!value) {
        memmove(array->data + index, array->data + index + 1, size_t(array->size - index - 1));
        array->data[--array->size] = 0;
        return {};
    }
    array->data[index] = TRY(byte_value(value));
    return {};
}

Result<bool> bytes_contains(Val self, Val item)
{
    std::string_view data = view_of(self);
    std::string_view needle;
    if (bytes_like_view(item, needle))
        return data.find(needle) != std::string_view::npos;
    if (!is_int(item) && !item.type()->index)
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", item.type()->type_name());
    uint8_t byte = TRY(byte_value(item));
    return data.find(char(byte)) != std::string_view::npos;
}

Result<Value> bytes_add(Val a, Val b)
{
    std::string_view left, right;
    if (!bytes_like_view(a, left))
        return Value::borrow(not_implemented());
    if (!bytes_like_view(b, right))
        return raise(&g_exc_TypeError, "can't concat {} to {}", b.type()->type_name(), a.type()->type_name());
    std::string out;
    out.reserve(left.size() + right.size());
    out += left;
    out += right;
    return make_like(result_type(a), out);
}

Result<Value> bytes_mul(Val a, Val b)
{
    Val sequence = a, count = b;
    std::string_view data;
    if (!bytes_like_view(sequence, data)) {
        std::swap(sequence, count);
        if (!bytes_like_view(sequence, data))
            return Value::borrow(not_implemented());
    }
    if (!is_int(count) && !count.type()->index)
        return raise(&g_exc_TypeError, "can't multiply sequence by non-int of type '{}'", count.type()->type_name());
    int64_t n = TRY(index_as_ssize(count));
    if (n < 0)
        n = 0;
    if (n && data.size() > size_t(INT64_MAX) / size_t(n))
        return raise(&g_exc_MemoryError, "");
    std::string out;
    out.reserve(data.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i)
        out += data;
    return make_like(result_type(sequence), out);
}

Result<Value> bytearray_inplace_add(Val a, Val b)
{
    std::string_view right;
    if (!bytes_like_view(b, right))
        return raise(&g_exc_TypeError, "can't concat {} to {}", b.type()->type_name(), a.type()->type_name());
    auto* array = a.as<ByteArrayObject>();
    std::string copy(right);  // b may be a itself
    bytearray_reserve(array, array->size + int64_t(copy.size()));
    memcpy(array->data + array->size, copy.data(), copy.size());
    array->size += int64_t(copy.size());
    array->data[array->size] = 0;
    return Value::borrow(a);
}

// ---- methods ----

std::string hex_byte(unsigned char c)
{
    static const char digits[] = "0123456789abcdef";
    return { digits[c >> 4], digits[c & 15] };
}

Result<Value> bytes_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("decode", args + 1, nargs - 1, kwnames, { "encoding", "errors" }, 0, bound));
    std::string_view encoding = "utf-8", errors = "strict";
    for (int i = 0; i < 2; ++i) {
        if (bound[i] && !is_str(bound[i]))
            return raise(&g_exc_TypeError, "decode() argument '{}' must be str, not {}", i == 0 ? "encoding" : "errors", bound[i].type()->type_name());
    }
    if (bound[0])
        encoding = bound[0].as<StrObject>()->view();
    if (bound[1])
        errors = bound[1].as<StrObject>()->view();
    std::string_view data = view_of(args[0]);
    std::string codec = normalize_encoding(encoding);
    if (codec == "latin-1")
        return Value(str_from_latin1(reinterpret_cast<const unsigned char*>(data.data()), data.size()));
    if (codec == "ascii") {
        std::string out;
        for (size_t i = 0; i < data.size(); ++i) {
            unsigned char c = data[i];
            if (c < 128) {
                out += char(c);
            } else if (errors == "replace") {
                out += "\xef\xbf\xbd";
            } else if (errors != "ignore") {
                return raise(&g_exc_UnicodeDecodeError, "'ascii' codec can't decode byte 0x{} in position {}: ordinal not in range(128)",
                             hex_byte(c), int64_t(i));
            }
        }
        return Value(str_from_utf8(out));
    }
    if (codec != "utf-8")
        return raise(&g_exc_LookupError, "unknown encoding: {}", encoding);
    utf8::Validation check = utf8::validate(data);
    if (check.valid)
        return Value(str_from_utf8(data));
    std::string out;
    size_t i = 0;
    while (i < data.size()) {
        utf8::Decoded d = utf8::decode(reinterpret_cast<const unsigned char*>(data.data()) + i, data.size() - i);
        if (d.length) {
            out.append(data.data() + i, d.length);
            i += d.length;
            continue;
        }
        if (errors == "replace") {
            out += "\xef\xbf\xbd";
        } else if (errors != "ignore") {
            unsigned char c = data[i];
            const char* reason = (c >= 0x80 && c < 0xc2) || c > 0xf4 ? "invalid start byte"
                                 : i + 1 >= data.size()                ? "unexpected end of data"
                                                                       : "invalid continuation byte";
            return raise(&g_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x{} in position {}: {}", hex_byte(c), int64_t(i), reason);
        }
        ++i;
    }
    return Value(str_from_utf8(out));
}

Result<Value> bytes_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("hex", nargs - 1, kwnames, 0, 0));
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : view_of(args[0])) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return Value(str_from_ascii(out));
}

Result<Value> bytes_fromhex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fromhex", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "fromhex() argument must be str, not {}", args[1].type()->type_name());
    StrObject* s = args[1].as<StrObject>();
    std::string out;
    auto digit = [](uint32_t c) -> int {
        if (c >= '0' && c <= '9')
            return int(c - '0');
        if (c >= 'a' && c <= 'f')
            return int(c - 'a' + 10);
        if (c >= 'A' && c <= 'F')
            return int(c - 'A' + 10);
        return -1;
    };
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        int high = digit(c);
        int low = i + 1 < s->length ? digit(s->at(i + 1)) : -1;
        if (high < 0)
            return raise(&g_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
        if (low < 0)
            return raise(&g_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i + 1);
        out += char(high * 16 + low);
        i += 2;
    }
    Value result = make_like(&g_bytes_type, out);
    TypeObject* cls = args[0].as<TypeObject>();
    if (cls == &g_bytes_type)
        return result;
    if (cls == &g_bytearray_type)
        return make_like(cls, out);
    return call(Val(cls), { result.get() });
}

// The optional [start, end] arguments of find/count/startswith..., clamped to the data.
Result<void> clamp_range(const Val* args, size_t count, int64_t length, int64_t& start, int64_t& end)
{
    start = 0;
    end = length;
    if (count > 0 && !is_none(args[0]))
        start = TRY(slice_index_argument(args[0]));
    if (count > 1 && !is_none(args[1]))
        end = TRY(slice_index_argument(args[1]));
    if (start < 0)
        start = std::max<int64_t>(0, start + length);
    if (end < 0)
        end = std::max<int64_t>(0, end + length);
    end = std::min(end, length);
    return {};
}

// A subsequence argument: bytes-like, or an int for find/count/index.
Result<std::string> needle_argument(Val v)
{
    std::string_view view;
    if (bytes_like_view(v, view))
        return std::string(view);
    if (is_int(v) || v.type()->index) {
        uint8_t byte = TRY(byte_value(v));
        return std::string(1, char(byte));
    }
    return raise(&g_exc_TypeError, "argument should be integer or bytes-like object, not '{}'", v.type()->type_name());
}

enum class FindKind { Find, RFind, Index, RIndex, Count };

template <FindKind KIND>
Result<Value> bytes_find_like(const Val* args, size_t nargs, TupleObject* kwnames)
{
    static const char* const names[] = { "find", "rfind", "index", "rindex", "count" };
    const char* name = names[int(KIND)];
    TRY(check_positional(name, nargs - 1, kwnames, 1, 3));
    std::string_view data = view_of(args[0]);
    std::string needle = TRY(needle_argument(args[1]));
    int64_t start, end;
    TRY(clamp_range(args + 2, nargs - 2, int64_t(data.size()), start, end));
    if (KIND == FindKind::Count) {
        if (start > end)
            return Value::small_int(0);
        std::string_view window = data.substr(size_t(start), size_t(end - start));
        if (needle.empty())
            return Value::small_int(int64_t(window.size()) + 1);
        int64_t n = 0;
        for (size_t at = window.find(needle); at != std::string_view::npos; at = window.find(needle, at + needle.size()))
            ++n;
        return Value::small_int(n);
    }
    int64_t found = -1;
    if (start <= end && int64_t(needle.size()) <= end - start) {
        std::string_view window = data.substr(size_t(start), size_t(end - start));
        size_t at = (KIND == FindKind::RFind || KIND == FindKind::RIndex) ? window.rfind(needle) : window.find(needle);
        if (at != std::string_view::npos)
            found = start + int64_t(at);
    }
    if (found < 0 && (KIND == FindKind::Index || KIND == FindKind::RIndex))
        return raise(&g_exc_ValueError, "subsection not found");
    return Value::small_int(found);
}

template <bool START>
Result<Value> bytes_starts_ends(const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = START ? "startswith" : "endswith";
    TRY(check_positional(name, nargs - 1, kwnames, 1, 3));
    std::string_view data = view_of(args[0]);
    int64_t start, end;
    TRY(clamp_range(args + 2, nargs - 2, int64_t(data.size()), start, end));
    auto matches = [&](std::string_view affix) {
        if (start > end || int64_t(affix.size()) > end - start)
            return false;
        std::string_view window = data.substr(size_t(start), size_t(end - start));
        return START ? window.substr(0, affix.size()) == affix : window.substr(window.size() - affix.size()) == affix;
    };
    std::string_view affix;
    if (is_tuple(args[1])) {
        auto* options = args[1].as<TupleObject>();
        for (int64_t i = 0; i < options->size; ++i) {
            if (!bytes_like_view(options->item(i), affix))
                return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", options->item(i).type()->type_name());
            if (matches(affix))
                return bool_value(true);
        }
        return bool_value(false);
    }
    if (!bytes_like_view(args[1], affix))
        return raise(&g_exc_TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name, args[1].type()->type_name());
    return bool_value(matches(affix));
}

Result<Value> bytes_join(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("join", nargs - 1, kwnames, 1, 1));
    std::string_view separator = view_of(args[0]);
    Value iterator = TRY(get_iter(args[1]));
    std::string out;
    for (int64_t i = 0;; ++i) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        std::string_view piece;
        if (!bytes_like_view(item, piece))
            return raise(&g_exc_TypeError, "sequence item {}: expected a bytes-like object, {} found", i, item.type()->type_name());
        if (i)
            out += separator;
        out += piece;
    }
    return make_like(result_type(args[0]), out);
}

template <bool UPPER>
Result<Value> bytes_change_case(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(UPPER ? "upper" : "lower", nargs - 1, kwnames, 0, 0));
    std::string out(view_of(args[0]));
    for (char& c : out) {
        if (UPPER && c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        else if (!UPPER && c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return make_like(result_type(args[0]), out);
}

bool is_ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

template <int SIDES>  // 1: left, 2: right, 3: both
Result<Value> bytes_strip(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(SIDES == 1 ? "lstrip" : SIDES == 2 ? "rstrip" : "strip", nargs - 1, kwnames, 0, 1));
    std::string_view data = view_of(args[0]);
    std::string_view chars;
    bool whitespace = nargs < 2 || is_none(args[1]);
    if (!whitespace)
        chars = TRY(buffer_argument(args[1]));
    auto strip_char = [&](unsigned char c) { return whitespace ? is_ascii_space(c) : chars.find(char(c)) != std::string_view::npos; };
    size_t begin = 0, end = data.size();
    if (SIDES & 1)
        while (begin < end && strip_char(data[begin]))
            ++begin;
    if (SIDES & 2)
        while (end > begin && strip_char(data[end - 1]))
            --end;
    return make_like(result_type(args[0]), data.substr(begin, end - begin));
}

Result<Value> bytes_split(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("split", args + 1, nargs - 1, kwnames, { "sep", "maxsplit" }, 0, bound));
    std::string_view data = view_of(args[0]);
    int64_t maxsplit = bound[1] ? TRY(index_as_ssize(bound[1])) : -1;
    TypeObject* type = result_type(args[0]);
    Ref<ListObject> result = list_new();
    if (!bound[0] || is_none(bound[0])) {
        size_t i = 0;
        while (true) {
            while (i < data.size() && is_ascii_space(data[i]))
                ++i;
            if (i >= data.size())
                break;
            if (maxsplit == 0) {
                size_t end = data.size();
                while (end > i && is_ascii_space(data[end - 1]))
                    --end;
                list_append(result.get(), make_like(type, data.substr(i, end - i)));
                break;
            }
            size_t j = i;
            while (j < data.size() && !is_ascii_space(data[j]))
                ++j;
            list_append(result.get(), make_like(type, data.substr(i, j - i)));
            --maxsplit;
            i = j;
        }
        return Value(std::move(result));
    }
    std::string_view separator = TRY(buffer_argument(bound[0]));
    if (separator.empty())
        return raise(&g_exc_ValueError, "empty separator");
    size_t start = 0;
    for (size_t at; maxsplit != 0 && (at = data.find(separator, start)) != std::string_view::npos; --maxsplit) {
        list_append(result.get(), make_like(type, data.substr(start, at - start)));
        start = at + separator.size();
    }
    list_append(result.get(), make_like(type, data.substr(start)));
    return Value(std::move(result));
}

Result<Value> bytes_replace(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("replace", nargs - 1, kwnames, 2, 3));
    std::string_view data = view_of(args[0]);
    std::string_view old_part = TRY(buffer_argument(args[1]));
    std::string_view new_part = TRY(buffer_argument(args[2]));
    int64_t count = nargs > 3 ? TRY(index_as_ssize(args[3])) : -1;
    std::string out;
    size_t start = 0;
    if (old_part.empty()) {
        for (size_t i = 0; i <= data.size(); ++i) {
            if (count != 0) {
                out += new_part;
                --count;
            }
            if (i < data.size())
                out += data[i];
        }
        return make_like(result_type(args[0]), out);
    }
    for (size_t at; count != 0 && (at = data.find(old_part, start)) != std::string_view::npos; --count) {
        out.append(data.substr(start, at - start));
        out += new_part;
        start = at + old_part.size();
    }
    out.append(data.substr(start));
    return make_like(result_type(args[0]), out);
}

Result<Value> bytes_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getnewargs__", nargs - 1, kwnames, 0, 0));
    Value copy = make_like(&g_bytes_type, view_of(args[0]));
    return Value(tuple_of({ copy.get() }));
}

enum class ByteClass { Alpha, Digit, Alnum, Space, Upper, Lower };

template <ByteClass CLASS>
Result<Value> bytes_is_class(const Val* args, size_t nargs, TupleObject* kwnames)
{
    static const char* const names[] = { "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower" };
    TRY(check_positional(names[int(CLASS)], nargs - 1, kwnames, 0, 0));
    std::string_view data = view_of(args[0]);
    auto upper = [](unsigned char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](unsigned char c) { return c >= 'a' && c <= 'z'; };
    auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
    if (CLASS == ByteClass::Upper || CLASS == ByteClass::Lower) {
        bool cased = false;
        for (unsigned char c : data) {
            if (CLASS == ByteClass::Upper ? lower(c) : upper(c))
                return bool_value(false);
            cased |= upper(c) || lower(c);
        }
        return bool_value(cased);
    }
    if (data.empty())
        return bool_value(false);
    for (unsigned char c : data) {
        bool ok = CLASS == ByteClass::Alpha   ? upper(c) || lower(c)
                  : CLASS == ByteClass::Digit ? digit(c)
                  : CLASS == ByteClass::Alnum ? upper(c) || lower(c) || digit(c)
                                              : is_ascii_space(c);
        if (!ok)
            return bool_value(false);
    }
    return bool_value(true);
}

// bytearray only

Result<Value> bytearray_append(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("append", nargs - 1, kwnames, 1, 1));
    uint8_t byte = TRY(byte_value(args[1]));
    auto* array = args[0].as<ByteArrayObject>();
    bytearray_reserve(array, array->size + 1);
    array->data[array->size++] = byte;
    array->data[array->size] = 0;
    return none_value();
}

Result<Value> bytearray_extend(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("extend", nargs - 1, kwnames, 1, 1));
    if (is_str(args[1]))
        return raise(&g_exc_TypeError, "expected iterable of integers; got: 'str'");
    std::string contents = TRY(contents_from_arguments("bytearray", args[1], Val(), Val()));
    if (is_int(args[1]))
        return raise(&g_exc_TypeError, "can't extend bytearray with int");
    TRY(bytearray_inplace_add(args[0], Val(bytes_from(contents).get())));
    return none_value();
}

Result<Value> bytearray_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("pop", nargs - 1, kwnames, 0, 1));
    auto* array = args[0].as<ByteArrayObject>();
    int64_t index = nargs > 1 ? TRY(index_as_ssize(args[1])) : -1;
    if (array->size == 0)
        return raise(&g_exc_IndexError, "pop from empty bytearray");
    if (index < 0)
        index += array->size;
    if (index < 0 || index >= array->size)
        return raise(&g_exc_IndexError, "pop index out of range");
    uint8_t byte = array->data[index];
    memmove(array->data + index, array->data + index + 1, size_t(array->size - index - 1));
    array->data[--array->size] = 0;
    return Value::small_int(byte);
}

Result<Value> bytearray_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("clear", nargs - 1, kwnames, 0, 0));
    auto* array = args[0].as<ByteArrayObject>();
    array->size = 0;
    if (array->data)
        array->data[0] = 0;
    return none_value();
}

Result<Value> bytearray_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("copy", nargs - 1, kwnames, 0, 0));
    return make_like(&g_bytearray_type, view_of(args[0]));
}

#define BYTES_COMMON_METHODS                                                                                                   \
    { "decode", bytes_decode, METHOD_INSTANCE, "Decode the bytes using the codec registered for encoding." },                 \
    { "hex", bytes_hex, METHOD_INSTANCE, "Create a string of hexadecimal numbers from a bytes object." },                      \
    { "fromhex", bytes_fromhex, METHOD_CLASS, "Create a bytes object from a string of hexadecimal numbers." },                 \
    { "find", bytes_find_like<FindKind::Find>, METHOD_INSTANCE, "Return the lowest index where subsection sub is found." },    \
    { "rfind", bytes_find_like<FindKind::RFind>, METHOD_INSTANCE, "Return the highest index where subsection sub is found." }, \
    { "index", bytes_find_like<FindKind::Index>, METHOD_INSTANCE, "Like find() but raise ValueError when not found." },       \
    { "rindex", bytes_find_like<FindKind::RIndex>, METHOD_INSTANCE, "Like rfind() but raise ValueError when not found." },    \
    { "count", bytes_find_like<FindKind::Count>, METHOD_INSTANCE, "Return the number of non-overlapping occurrences." },      \
    { "startswith", bytes_starts_ends<true>, METHOD_INSTANCE, "Return True if the bytes starts with the specified prefix." }, \
    { "endswith", bytes_starts_ends<false>, METHOD_INSTANCE, "Return True if the bytes ends with the specified suffix." },    \
    { "join", bytes_join, METHOD_INSTANCE, "Concatenate any number of bytes objects." },                                        \
    { "upper", bytes_change_case<true>, METHOD_INSTANCE, "Return a copy with all ASCII characters converted to uppercase." },  \
    { "lower", bytes_change_case<false>, METHOD_INSTANCE, "Return a copy with all ASCII characters converted to lowercase." }, \
    { "strip", bytes_strip<3>, METHOD_INSTANCE, "Strip leading and trailing bytes contained in the argument." },              \
    { "lstrip", bytes_strip<1>, METHOD_INSTANCE, "Strip leading bytes contained in the argument." },                          \
    { "rstrip", bytes_strip<2>, METHOD_INSTANCE, "Strip trailing bytes contained in the argument." },                         \
    { "split", bytes_split, METHOD_INSTANCE, "Return a list of the sections in the bytes, using sep as the delimiter." },      \
    { "replace", bytes_replace, METHOD_INSTANCE, "Return a copy with all occurrences of substring old replaced by new." },     \
    { "isalpha", bytes_is_class<ByteClass::Alpha>, METHOD_INSTANCE, "Return True if all bytes are alphabetic ASCII characters." }, \
    { "isdigit", bytes_is_class<ByteClass::Digit>, METHOD_INSTANCE, "Return True if all bytes are ASCII digits." },        \
    { "isalnum", bytes_is_class<ByteClass::Alnum>, METHOD_INSTANCE, "Return True if all bytes are alphanumeric ASCII." }, \
    { "isspace", bytes_is_class<ByteClass::Space>, METHOD_INSTANCE, "Return True if all bytes are ASCII whitespace." },   \
    { "isupper", bytes_is_class<ByteClass::Upper>, METHOD_INSTANCE, "Return True if there is a cased byte and no lowercase ones." }, \
    { "islower", bytes_is_class<ByteClass::Lower>, METHOD_INSTANCE, "Return True if there is a cased byte and no uppercase ones." },

const MethodDef s_bytes_methods[] = {
    BYTES_COMMON_METHODS
    { "__getnewargs__", bytes_getnewargs, METHOD_INSTANCE, nullptr },
    {},
};

const MethodDef s_bytearray_methods[] = {
    BYTES_COMMON_METHODS
    { "append", bytearray_append, METHOD_INSTANCE, "Append a single item to the end of the bytearray." },
    { "extend", bytearray_extend, METHOD_INSTANCE, "Append all the items from the iterator or sequence to the end of the bytearray." },
    { "pop", bytearray_pop, METHOD_INSTANCE, "Remove and return a single item from B." },
    { "clear", bytearray_clear, METHOD_INSTANCE, "Remove all items from the bytearray." },
    { "copy", bytearray_copy, METHOD_INSTANCE, "Return a copy of B." },
    {},
};
#undef BYTES_COMMON_METHODS

}  // namespace

void init_bytes_types()
{
    type_init_static(g_bytes_type, "bytes", sizeof(BytesObject), &g_object_type, TYPE_BASETYPE | TYPE_BYTES_SUBCLASS | TYPE_VARSIZE);
    g_bytes_type.repr = bytes_repr;
    g_bytes_type.hash = bytes_hash;
    g_bytes_type.richcompare = bytes_richcompare;
    g_bytes_type.len = bytes_len;
    g_bytes_type.getitem = bytes_getitem;
    g_bytes_type.contains = bytes_contains;
    g_bytes_type.binary[int(BinaryOp::Add)] = bytes_add;
    g_bytes_type.binary[int(BinaryOp::Mul)] = bytes_mul;
    g_bytes_type.new_instance = bytes_new_instance;
    g_bytes_type.methods = s_bytes_methods;
    g_bytes_type.doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                       "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
                       "bytes() -> empty bytes object";

    type_init_static(g_bytearray_type, "bytearray", sizeof(ByteArrayObject), &g_object_type, TYPE_BASETYPE);
    g_bytearray_type.destroy = bytearray_destroy;
    g_bytearray_type.repr = bytearray_repr;
    g_bytearray_type.hash = bytearray_hash;
    g_bytearray_type.richcompare = bytes_richcompare;
    g_bytearray_type.len = bytes_len;
    g_bytearray_type.getitem = bytes_getitem;
    g_bytearray_type.setitem = bytearray_setitem;
    g_bytearray_type.contains = bytes_contains;
    g_bytearray_type.binary[int(BinaryOp::Add)] = bytes_add;
    g_bytearray_type.binary[int(BinaryOp::Mul)] = bytes_mul;
    g_bytearray_type.inplace[int(BinaryOp::Add)] = bytearray_inplace_add;
    g_bytearray_type.new_instance = bytearray_new_instance;
    g_bytearray_type.init = bytearray_init;
    g_bytearray_type.methods = s_bytearray_methods;
    g_bytearray_type.doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
                           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
                           "bytearray() -> empty bytes array";
}

}  // namespace ginger
