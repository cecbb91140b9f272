// bytes and bytearray. Both keep their contents as plain bytes; the methods work on string_views so
// that each is written once for the two types (the result type follows self's, as in CPython).
#include "objects/bytes.h"
#include "import/import.h"
#include "objects/buffer.h"
#include "objects/args.h"
#include "objects/str.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/protocol.h"
#include "objects/tuple.h"
#include "objects/container_util.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "modules/codecs.h"
#include "support/utf8.h"
#include "support/ascii.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace ginger {

TypeObject g_bytes_type, g_bytearray_type;
TypeObject g_bytes_iterator_type, g_bytearray_iterator_type;

namespace {

// ---- construction ----

BytesObject* bytes_alloc(TypeObject* type, int64_t size)
{
    size_t bytes = sizeof(BytesObject) + size_t(size) + 1;
    auto* object = static_cast<BytesObject*>(alloc_object_sized(type, bytes));
    if (!object)
        out_of_memory();
    object->size = size;
    object->hash = -1;
    return object;
}

// Makes room for `capacity` bytes (and the terminating zero); `exact` skips the growth margin.
void bytearray_reserve(ByteArrayObject* array, int64_t capacity, bool exact = false)
{
    if (capacity <= array->capacity)
        return;
    int64_t grown = exact ? capacity : array->capacity + array->capacity / 2 + 8;
    if (grown < capacity)
        grown = capacity;
    auto* data = static_cast<unsigned char*>(realloc(array->data, size_t(grown) + 1));
    if (!data)
        out_of_memory();
    array->data = data;
    array->capacity = grown;
}

void bytearray_assign(ByteArrayObject* array, std::string_view contents)
{
    bytearray_reserve(array, int64_t(contents.size()), true);
    if (!contents.empty())
        memcpy(array->data, contents.data(), contents.size());
    array->size = int64_t(contents.size());
    if (array->data)
        array->data[array->size] = 0;
}

// CPython's PyByteArray_Resize refuses a change of size while buffers are exported (the same size is fine).
Result<void> check_resize(ByteArrayObject* array, int64_t new_size)
{
    if (new_size != array->size)
        TRY(check_resizable(array->exports));
    return {};
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
    if (v.is_small_int() && uint64_t(v.small_int_value()) <= 255)
        return uint8_t(v.small_int_value());
    if (!is_int(v) && !v.type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
    Value index = TRY(number_index(v));
    int64_t n;
    if (!int_to_int64(index, n) || n < 0 || n > 255)
        return raise(&g_exc_ValueError, "byte must be in range(0, 256)");
    return uint8_t(n);
}

std::string hex_byte(unsigned char c)
{
    static const char digits[] = "0123456789abcdef";
    return { digits[c >> 4], digits[c & 15] };
}

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf32, Unknown };

// The codec an encoding name denotes, after CPython's normalisation (case, '-', '_' and ' ' are equivalent).
Codec codec_of(std::string_view name)
{
    if (name == "utf-8" || name == "utf8")
        return Codec::Utf8;
    char buffer[24];
    if (name.size() >= sizeof buffer)
        return Codec::Unknown;
    size_t n = 0;
    for (char c : name)
        buffer[n++] = (c == '-' || c == ' ') ? '_' : (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    std::string_view normal(buffer, n);
    for (std::string_view alias : { "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" })
        if (normal == alias)
            return Codec::Utf8;
    for (std::string_view alias : { "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                                    "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" })
        if (normal == alias)
            return Codec::Ascii;
    for (std::string_view alias : { "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1_1987",
                                    "csisolatin1", "ibm819" })
        if (normal == alias)
            return Codec::Latin1;
    // CPython 3.12 compat: like CPython, "utf-16" and "utf-32" (with a BOM) skip the registry too.
    if (normal == "utf_16" || normal == "utf16")
        return Codec::Utf16;
    if (normal == "utf_32" || normal == "utf32")
        return Codec::Utf32;
    return Codec::Unknown;
}

// The names CPython's str.encode/bytes.decode convert without the registry (after lowercasing, '-' and ' ' as
// '_'); the other aliases Ginger converts directly get the registry's note on failure, as in CPython.
bool cpython_direct_name(std::string_view encoding)
{
    std::string normal;
    for (char c : encoding)
        normal.push_back((c == '-' || c == ' ') ? '_' : (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
    for (std::string_view name : { "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1" })
        if (normal == name)
            return true;
    return false;
}

Result<std::string> encode_known(StrObject* s, Codec codec, std::string_view errors);
Result<Value> decode_known(std::string_view data, Codec codec, std::string_view errors);

}  // namespace

Result<std::string> encode_str(StrObject* s, std::string_view encoding, std::string_view errors)
{
    TRY(codecs::check_c_string(encoding));
    TRY(codecs::check_c_string(errors));
    Codec codec = codec_of(encoding);
    if (codec == Codec::Unknown)
        return codecs::encode_text(s, encoding, errors);
    auto result = encode_known(s, codec, errors);
    if (result.is_error() && !cpython_direct_name(encoding))
        codecs::add_codec_note("encoding", encoding);
    return result;
}

Result<Value> decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors)
{
    TRY(codecs::check_c_string(encoding));
    TRY(codecs::check_c_string(errors));
    Codec codec = codec_of(encoding);
    if (codec == Codec::Unknown)
        return codecs::decode_text(data, encoding, errors);
    auto result = decode_known(data, codec, errors);
    if (result.is_error() && !cpython_direct_name(encoding))
        codecs::add_codec_note("decoding", encoding);
    return result;
}

namespace {

Result<std::string> encode_known(StrObject* s, Codec codec, std::string_view errors)
{
    if (!errors.data())
        errors = "strict";
    if (codec == Codec::Utf16 || codec == Codec::Utf32) {
        std::string out;
        codecs::Errors handler(errors);
        if (codec == Codec::Utf16)
            TRY(codecs::utf16_encode(s, 0, handler, out));
        else
            TRY(codecs::utf32_encode(s, 0, handler, out));
        return out;
    }
    // Fast paths: nothing to check.
    if (s->ascii || (codec == Codec::Latin1 && s->kind == 1))
        return std::string(reinterpret_cast<const char*>(s->data), size_t(s->length));
    std::string out;
    out.reserve(size_t(s->length) + 8);
    codecs::Errors handler(errors);
    if (codec == Codec::Utf8)
        TRY(codecs::utf8_encode(s, handler, out));
    else
        TRY(codecs::latin1_encode(s, codec == Codec::Ascii ? 0x80 : 0x100, handler, out));
    return out;
}

Result<Value> decode_known(std::string_view data, Codec codec, std::string_view errors)
{
    if (!errors.data())
        errors = "strict";
    if (codec == Codec::Utf16 || codec == Codec::Utf32) {
        codecs::Errors handler(errors);
        std::u32string out;
        int byteorder = 0;
        if (codec == Codec::Utf16)
            TRY(codecs::utf16_decode(Val(), data, handler, byteorder, true, out));
        else
            TRY(codecs::utf32_decode(Val(), data, handler, byteorder, true, out));
        return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), out.size()));
    }
    if (codec == Codec::Latin1)
        return Value(str_from_latin1(reinterpret_cast<const unsigned char*>(data.data()), data.size()));
    size_t prefix = utf8::ascii_prefix_length(data.data(), data.size());
    if (prefix == data.size())
        return Value(str_from_ascii(data));
    if (codec == Codec::Utf8 && utf8::validate(data.substr(prefix)).valid)
        return Value(str_from_utf8(data));
    // The slow path: decode with the error handler.
    codecs::Errors handler(errors);
    std::u32string out;
    if (codec == Codec::Utf8)
        TRY(codecs::utf8_decode(Val(), data, handler, true, out));
    else
        TRY(codecs::ascii_decode(Val(), data, handler, out));
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), out.size()));
}

}  // namespace

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

Ref<BytesObject> bytes_from(const char* data, size_t size) { return bytes_from(std::string_view(data, size)); }

bool bytes_like_view(Val v, std::string_view& out)
{
    if (!v.is_object())
        return false;
    TypeObject* type = v.type();
    if (type == &g_bytes_type) {
        out = v.as<BytesObject>()->view();
        return true;
    }
    if (type == &g_bytearray_type) {
        out = v.as<ByteArrayObject>()->view();
        return true;
    }
    if (is_bytes(v)) {
        out = v.as<BytesObject>()->view();
        return true;
    }
    if (is_bytearray(v)) {
        out = v.as<ByteArrayObject>()->view();
        return true;
    }
    if (type == &g_memoryview_type)
        return memoryview_contiguous_bytes(v, out);
    if (const BufferProcs* procs = type->buffer; procs && procs->peek)  // array.array
        return procs->peek(v, out);
    return false;
}

namespace {

// The contents bytes(source, encoding, errors) / bytearray(...) would hold.
Result<std::string> contents_from_arguments(const char* name, Val source, Val encoding, Val errors)
{
    // The argument parser checks the types of encoding and errors before anything looks at the source.
    if (encoding && !is_str(encoding))
        return raise(&g_exc_TypeError, "{}() argument 'encoding' must be str, not {}", name, encoding.type()->type_name());
    if (errors && !is_str(errors))
        return raise(&g_exc_TypeError, "{}() argument 'errors' must be str, not {}", name, errors.type()->type_name());
    if (!source) {
        if (encoding || errors)
            return raise(&g_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return std::string();
    }
    // bytes(x) asks x.__bytes__() first (even a str subclass's), unless an encoding or errors is given.
    if (name[4] != 'a' && !encoding && !errors && source.type()->has_flag(TYPE_HEAP)) {
        Value converted = TRY(call_special(source, str_intern("__bytes__"), {}));
        if (converted) {
            if (!is_bytes(converted))
                return raise(&g_exc_TypeError, "__bytes__ returned non-bytes (type {})", converted.type()->type_name());
            return std::string(converted.as<BytesObject>()->view());
        }
    }
    if (is_str(source)) {
        if (!encoding)
            return raise(&g_exc_TypeError, "string argument without an encoding");
        if (!is_str(encoding))
            return raise(&g_exc_TypeError, "{}() argument 'encoding' must be str, not {}", name, encoding.type()->type_name());
        std::string_view error_mode;  // null: not given
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
    if (supports_buffer(source)) {  // a released or non-contiguous memoryview, a class with __buffer__
        Buffer buffer;
        TRY(get_buffer(source, buffer, BUFFER_FULL_RO));
        return buffer_to_contiguous(buffer.info);
    }
    if (is_int(source) || source.type()->index) {
        int64_t count = TRY(index_as_ssize(source));
        if (count < 0)
            return raise(&g_exc_ValueError, "negative count");
        if (count > memory_limit())
            return raise_memory_error();
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
            return raise(&g_exc_ValueError, name[4] == 'a' ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
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
    // bytes(x) with x.__bytes__() returning a bytes subclass instance gives that very object, as in CPython.
    if (type == &g_bytes_type && bound[0] && !bound[1] && !bound[2] && bound[0].type()->has_flag(TYPE_HEAP)) {
        Value converted = TRY(call_special(bound[0], str_intern("__bytes__"), {}));
        if (converted) {
            if (!is_bytes(converted))
                return raise(&g_exc_TypeError, "__bytes__ returned non-bytes (type {})", converted.type()->type_name());
            return converted;
        }
    }
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
    auto* array = self.as<ByteArrayObject>();
    if (array->size) {
        TRY(check_resize(array, 0));
        array->size = 0;  // cleared first, as CPython does: the source sees an empty array
        array->data[0] = 0;
    }
    Val source = bound[0];
    bool plain_iterable = source && !bound[1] && !bound[2] && !is_str(source) && !is_int(source) && !source.type()->index &&
                          !supports_buffer(source) && source.type()->iter;
    if (plain_iterable) {
        // An iterable of ints is appended as it goes, as in CPython (the iterator can watch the array grow).
        Value iterator = TRY(get_iter(source));
        for (;;) {
            Value item = TRY(iter_next(iterator));
            if (!item)
                break;
            if (!is_int(item) && !item.type()->index)
                return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", item.type()->type_name());
            uint8_t byte = TRY(byte_value(item));
            TRY(check_resize(array, array->size + 1));
            bytearray_reserve(array, array->size + 1);
            array->data[array->size++] = byte;
            array->data[array->size] = 0;
        }
        return {};
    }
    std::string contents = TRY(contents_from_arguments("bytearray", bound[0], bound[1], bound[2]));
    TRY(check_resize(array, int64_t(contents.size())));  // the source's iteration may have exported it
    bytearray_assign(array, contents);
    return {};
}

void bytearray_destroy(Object* object)
{
    auto* array = static_cast<ByteArrayObject*>(object);
    free(array->data);
    array->data = nullptr;
}

// ---- slots ----

// bytearray's repr escapes every single quote, even inside double quotes (as CPython does).
void append_bytes_repr(std::string& out, std::string_view data, bool escape_single)
{
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    out += 'b';
    out += quote;
    static const char hex[] = "0123456789abcdef";
    for (unsigned char c : data) {
        if (c == quote || c == '\\' || (escape_single && c == '\'')) {
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
    append_bytes_repr(out, view_of(self), false);
    return Value(str_from_ascii(out));
}

Result<Value> bytearray_repr(Val self)
{
    std::string out(self.type()->type_name());
    out += '(';
    append_bytes_repr(out, view_of(self), true);
    out += ')';
    return Value(str_from_ascii(out));
}

}  // namespace

int64_t bytes_hash_data(std::string_view data) { return hash_raw_bytes(data.data(), data.size()); }

namespace {

Result<int64_t> bytes_hash(Val self)
{
    auto* bytes = self.as<BytesObject>();
    if (bytes->hash == -1)
        bytes->hash = bytes_hash_data(bytes->view());
    return bytes->hash;
}


Result<Value> bytes_richcompare(Val a, Val b, CompareOp op)
{
    std::string_view left, right;
    // bytes compares only with bytes and bytearray; bytearray with any buffer (as CPython).
    if (!is_bytearray(a) && (!(is_bytes(b) || is_bytearray(b))))
        return Value::borrow(not_implemented());
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

// A new bytes or bytearray (`type` is one of the two exactly) of `size` bytes whose contents the caller writes
// through `out` before exposing it.
Value new_uninitialized_like(TypeObject* type, int64_t size, unsigned char*& out)
{
    if (type == &g_bytes_type) {
        Ref<BytesObject> bytes = bytes_new_uninitialized(size);
        out = bytes->data;
        return Value(std::move(bytes));
    }
    auto* array = static_cast<ByteArrayObject*>(alloc_object(type));
    VERIFY(array);
    bytearray_reserve(array, size, true);
    array->size = size;
    if (array->data)
        array->data[size] = 0;
    out = array->data;
    return Value::adopt(Val(array));
}

Result<Value> bytes_getitem(Val self, Val key)
{
    std::string_view data = view_of(self);
    if (key.is_small_int()) {
        int64_t index = key.small_int_value();
        if (index < 0)
            index += int64_t(data.size());
        if (index >= 0 && index < int64_t(data.size()))
            return Value::small_int((unsigned char)data[size_t(index)]);
    } else if (is_slice(key)) {
        SliceBounds unpacked = TRY(slice_unpack(key));
        data = view_of(self);  // __index__ of the bounds may have resized a bytearray
        SliceBounds b = slice_adjust(unpacked, int64_t(data.size()));
        if (b.step == 1)
            return make_like(result_type(self), data.substr(size_t(b.start), size_t(b.length)));
        unsigned char* out;
        Value result = new_uninitialized_like(result_type(self), b.length, out);
        for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
            out[i] = (unsigned char)data[size_t(j)];
        return result;
    }
    int64_t index = TRY(sequence_index_value(key, is_bytearray(self) ? "bytearray" : "byte"));
    data = view_of(self);
    if (index < 0)
        index += int64_t(data.size());
    if (index < 0 || index >= int64_t(data.size()))
        return raise(&g_exc_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return Value::small_int((unsigned char)data[size_t(index)]);
}

// b[slice] = value, or del b[slice] when value is null.
Result<void> bytearray_set_slice(ByteArrayObject* array, Val key, Val value)
{
    std::string replacement;
    if (value) {
        std::string_view view;
        if (bytes_like_view(value, view)) {
            replacement = view;  // a copy: value may be the array itself
        } else if (is_int(value) || value.type()->index || is_str(value) || is_float(value)) {
            return raise(&g_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            replacement = TRY(contents_from_arguments("bytearray", value, Val(), Val()));
        }
    }
    SliceBounds unpacked = TRY(slice_unpack(key));  // __index__ may resize the array: the length comes after
    SliceBounds b = slice_adjust(unpacked, array->size);
    if (b.step == 1) {
        int64_t stop = std::max(b.start, b.stop);
        int64_t removed = stop - b.start, added = int64_t(replacement.size());
        int64_t new_size = array->size - removed + added;
        TRY(check_resize(array, new_size));
        bytearray_reserve(array, new_size);
        if (added != removed && array->size > stop)
            memmove(array->data + b.start + added, array->data + stop, size_t(array->size - stop));
        if (added)
            memcpy(array->data + b.start, replacement.data(), size_t(added));
        array->size = new_size;
        if (array->data)
            array->data[new_size] = 0;
        return {};
    }
    if (value && !replacement.empty()) {  // CPython 3.12 compat: an empty value deletes an extended slice
        if (int64_t(replacement.size()) != b.length)
            return raise(&g_exc_ValueError, "attempt to assign bytes of size {} to extended slice of size {}", int64_t(replacement.size()), b.length);
        for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
            array->data[j] = (unsigned char)replacement[size_t(i)];
        return {};
    }
    if (b.length == 0)
        return {};
    TRY(check_resize(array, array->size - b.length));
    std::vector<bool> drop(size_t(array->size), false);
    for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
        drop[size_t(j)] = true;
    int64_t kept = 0;
    for (int64_t i = 0; i < array->size; ++i) {
        if (!drop[size_t(i)])
            array->data[kept++] = array->data[i];
    }
    array->size = kept;
    array->data[kept] = 0;
    return {};
}

Result<void> bytearray_setitem(Val self, Val key, Val value)
{
    auto* array = self.as<ByteArrayObject>();
    if (is_slice(key))
        return bytearray_set_slice(array, key, value);
    int64_t index = TRY(sequence_index_value(key, "bytearray"));
    // The value's __index__ may resize the array: convert it before checking the index (gh-91153).
    uint8_t byte = value ? TRY(byte_value(value)) : 0;
    if (index < 0)
        index += array->size;
    if (index < 0 || index >= array->size)
        return raise(&g_exc_IndexError, "bytearray index out of range");
    if (!value) {
        TRY(check_resize(array, array->size - 1));
        memmove(array->data + index, array->data + index + 1, size_t(array->size - index - 1));
        array->data[--array->size] = 0;
        return {};
    }
    array->data[index] = byte;
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
    if (!(is_bytes(a) || is_bytearray(a)) || !bytes_like_view(a, left))
        return Value::borrow(not_implemented());
    if (!bytes_like_view(b, right))
        return raise(&g_exc_TypeError, "can't concat {} to {}", b.type()->type_name(), a.type()->type_name());
    if (right.empty() && a.type() == &g_bytes_type)
        return Value::borrow(a);
    if (left.empty() && b.type() == &g_bytes_type && a.type() == &g_bytes_type)
        return Value::borrow(b);
    if (int64_t(left.size() + right.size()) > memory_limit())
        return raise_memory_error();
    unsigned char* out;
    Value result = new_uninitialized_like(result_type(a), int64_t(left.size() + right.size()), out);
    if (!left.empty())
        memcpy(out, left.data(), left.size());
    if (!right.empty())
        memcpy(out + left.size(), right.data(), right.size());
    return result;
}

Result<Value> bytes_mul(Val a, Val b)
{
    Val sequence = a, count = b;
    std::string_view data;
    if (!(is_bytes(sequence) || is_bytearray(sequence))) {
        std::swap(sequence, count);
        if (!(is_bytes(sequence) || is_bytearray(sequence)))
            return Value::borrow(not_implemented());
    }
    bytes_like_view(sequence, data);
    if (!is_int(count) && !count.type()->index)
        return raise(&g_exc_TypeError, "can't multiply sequence by non-int of type '{}'", count.type()->type_name());
    int64_t n = TRY(index_as_ssize(count));
    if (n < 0)
        n = 0;
    if (n == 1 && sequence.type() == &g_bytes_type)
        return Value::borrow(sequence);
    if (n && int64_t(data.size()) > memory_limit() / n)
        return raise_memory_error();
    int64_t size = int64_t(data.size()) * n;
    unsigned char* out;
    Value result = new_uninitialized_like(result_type(sequence), size, out);
    if (data.size() == 1) {
        memset(out, data[0], size_t(size));
    } else if (size) {
        // Double the filled prefix until it covers the result.
        memcpy(out, data.data(), data.size());
        for (int64_t filled = int64_t(data.size()); filled < size;) {
            int64_t chunk = std::min(filled, size - filled);
            memcpy(out + filled, out, size_t(chunk));
            filled += chunk;
        }
    }
    return result;
}

Result<Value> bytearray_inplace_add(Val a, Val b)
{
    std::string_view right;
    if (!bytes_like_view(b, right))
        return raise(&g_exc_TypeError, "can't concat {} to {}", b.type()->type_name(), a.type()->type_name());
    auto* array = a.as<ByteArrayObject>();
    if (right.empty())
        return Value::borrow(a);  // an empty bytearray may have no buffer to terminate
    TRY(check_resize(array, array->size + int64_t(right.size())));
    std::string copy(right);  // b may be a itself
    bytearray_reserve(array, array->size + int64_t(copy.size()));
    memcpy(array->data + array->size, copy.data(), copy.size());
    array->size += int64_t(copy.size());
    array->data[array->size] = 0;
    return Value::borrow(a);
}

Result<Value> bytearray_inplace_mul(Val a, Val b)
{
    if (!is_int(b) && !b.type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", b.type()->type_name());
    int64_t n = TRY(index_as_ssize(b));
    auto* array = a.as<ByteArrayObject>();
    TRY(check_resize(array, n <= 0 ? 0 : array->size * n));
    if (n <= 0 || array->size == 0) {
        array->size = 0;
        if (array->data)
            array->data[0] = 0;
        return Value::borrow(a);
    }
    if (array->size > memory_limit() / n)
        return raise_memory_error();
    int64_t size = array->size;
    bytearray_reserve(array, size * n);
    for (int64_t i = 1; i < n; ++i)
        memcpy(array->data + i * size, array->data, size_t(size));
    array->size = size * n;
    array->data[array->size] = 0;
    return Value::borrow(a);
}

// ---- iterators ----

struct BytesIteratorObject : Object {
    Value sequence;  // null once exhausted
    int64_t index;
};

Result<Value> bytes_iter(Val self)
{
    auto* it = static_cast<BytesIteratorObject*>(alloc_object(is_bytearray(self) ? &g_bytearray_iterator_type : &g_bytes_iterator_type));
    if (!it)
        return raise_memory_error();
    new (&it->sequence) Value(Value::borrow(self));
    it->index = 0;
    return Value::adopt(Val(it));
}

Result<Value> bytes_iterator_iter(Val self) { return Value::borrow(self); }

Result<Value> bytes_iterator_next(Val self)
{
    auto* it = self.as<BytesIteratorObject>();
    if (!it->sequence)
        return Value();
    std::string_view data = view_of(it->sequence);
    if (it->index < int64_t(data.size()))
        return Value::small_int((unsigned char)data[size_t(it->index++)]);
    it->sequence = Value();
    return Value();
}

void bytes_iterator_destroy(Object* object) { static_cast<BytesIteratorObject*>(object)->sequence.~Value(); }

Result<Value> bytes_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__length_hint__", nargs - 1, kwnames, 0, 0));
    auto* it = args[0].as<BytesIteratorObject>();
    if (!it->sequence)
        return Value::small_int(0);
    return Value::small_int(std::max<int64_t>(0, int64_t(view_of(it->sequence).size()) - it->index));
}

// __reduce__: (iter, (sequence,), index), or iter over () once exhausted.
Result<Value> bytes_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    Value iter = TRY(builtin_iter_function());  // first: the lookup may run code
    auto* it = args[0].as<BytesIteratorObject>();
    if (!it->sequence)
        return Value(tuple_of({ iter.get(), tuple_of({ Val(tuple_new(0).get()) }).get() }));
    Value index = int_from_int64(it->index);
    return Value(tuple_of({ iter.get(), tuple_of({ it->sequence.get() }).get(), index.get() }));
}

// __setstate__(index): the position, clamped to the sequence.
Result<Value> bytes_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    int64_t index = TRY(int_as_int64(index_object.get()));
    auto* it = args[0].as<BytesIteratorObject>();
    if (it->sequence) {
        int64_t size = int64_t(view_of(it->sequence).size());
        it->index = index < 0 ? 0 : (index > size ? size : index);
    }
    return none_value();
}

const MethodDef s_bytes_iterator_methods[] = {
    { "__length_hint__", bytes_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", bytes_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", bytes_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

// ---- methods ----

const char* owner_name(Val self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

// Methods taking no argument or exactly one (METH_NOARGS / METH_O): "bytes.upper() takes no arguments (1 given)".
Result<void> check_arity_of(const char* owner, const char* name, size_t given, TupleObject* kwnames, size_t expected)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}.{}() takes no keyword arguments", owner, name);
    if (given == expected)
        return {};
    if (expected == 0)
        return raise(&g_exc_TypeError, "{}.{}() takes no arguments ({} given)", owner, name, int64_t(given));
    return raise(&g_exc_TypeError, "{}.{}() takes exactly one argument ({} given)", owner, name, int64_t(given));
}

Result<void> check_arity(Val self, const char* name, size_t given, TupleObject* kwnames, size_t expected)
{
    if (given == expected && !(kwnames && kwnames->size))
        return {};
    return check_arity_of(owner_name(self), name, given, kwnames, expected);
}

// Methods parsing a tuple of arguments (find, count, startswith...): "find() takes at least 1 argument (0 given)".
Result<void> check_varargs(Val self, const char* name, size_t given, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}.{}() takes no keyword arguments", owner_name(self), name);
    if (given < min)
        return raise(&g_exc_TypeError, "{}() takes at least {} argument{} ({} given)", name, int64_t(min), min == 1 ? "" : "s", int64_t(given));
    if (given > max)
        return raise(&g_exc_TypeError, "{}() takes at most {} argument{} ({} given)", name, int64_t(max), max == 1 ? "" : "s", int64_t(given));
    return {};
}

Result<Value> bytes_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("decode", args + 1, nargs - 1, kwnames, { "encoding", "errors" }, 0, bound));
    std::string_view encoding = "utf-8", errors;  // errors stays null when not given
    for (int i = 0; i < 2; ++i) {
        if (bound[i] && !is_str(bound[i]))
            return raise(&g_exc_TypeError, "decode() argument '{}' must be str, not {}", i == 0 ? "encoding" : "errors", bound[i].type()->type_name());
    }
    if (bound[0])
        encoding = bound[0].as<StrObject>()->view();
    if (bound[1])
        errors = bound[1].as<StrObject>()->view();
    return decode_bytes(view_of(args[0]), encoding, errors);
}

}  // namespace

Result<Value> bytes_hex_string(std::string_view data, Val sep, Val bytes_per_sep)
{
    Val bound[2] = { sep, bytes_per_sep };
    char separator = 0;
    bool has_separator = bool(sep);
    if (bound[0]) {
        std::string_view sep;
        if (is_str(bound[0])) {
            StrObject* text = bound[0].as<StrObject>();
            if (text->length != 1)
                return raise(&g_exc_ValueError, "sep must be length 1.");
            if (text->at(0) >= 128)
                return raise(&g_exc_ValueError, "sep must be ASCII.");
            separator = char(text->at(0));
        } else if (is_bytes(bound[0])) {
            sep = bound[0].as<BytesObject>()->view();
            if (sep.size() != 1)
                return raise(&g_exc_ValueError, "sep must be length 1.");
            if ((unsigned char)sep[0] >= 128)
                return raise(&g_exc_ValueError, "sep must be ASCII.");
            separator = sep[0];
        } else if (!bound[0].type()->len) {
            return raise(&g_exc_TypeError, "object of type '{}' has no len()", bound[0].type()->type_name());
        } else {
            return raise(&g_exc_TypeError, "sep must be str or bytes.");
        }
    }
    int64_t group = 1;
    if (bound[1]) {
        if (!is_int(bound[1]) && !bound[1].type()->index)
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", bound[1].type()->type_name());
        Value index = TRY(number_index(bound[1]));
        if (!int_to_int64(index, group) || group > INT32_MAX || group < INT32_MIN)
            return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    }
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 3);
    size_t every = size_t(group < 0 ? -group : group);
    for (size_t i = 0; i < data.size(); ++i) {
        if (has_separator && every && i > 0 && (group > 0 ? (data.size() - i) % every : i % every) == 0)
            out += separator;
        unsigned char c = data[i];
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return Value(str_from_ascii(out));
}

namespace {

Result<Value> bytes_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("hex", args + 1, nargs - 1, kwnames, { "sep", "bytes_per_sep" }, 0, bound));
    return bytes_hex_string(view_of(args[0]), bound[0], bound[1]);
}

Result<Value> bytes_fromhex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity_of(is_subtype(args[0].as<TypeObject>(), &g_bytearray_type) ? "bytearray" : "bytes", "fromhex", nargs - 1, kwnames, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "fromhex() argument must be str, not {}", args[1].type()->type_name());
    StrObject* s = args[1].as<StrObject>();
    std::string out;
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        int high = hex_digit_value(c);
        int low = i + 1 < s->length ? hex_digit_value(s->at(i + 1)) : -1;
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

// The first index >= from of needle in data, or npos. glibc's memmem is linear (two-way) where
// string_view::find compares at every position, so bytes.find(A + B + B + A) stays fast on long data.
size_t find_sub(std::string_view data, std::string_view needle, size_t from = 0)
{
    if (from > data.size())
        return std::string_view::npos;
    if (needle.empty())
        return from;
    const void* p = memmem(data.data() + from, data.size() - from, needle.data(), needle.size());
    return p ? size_t(static_cast<const char*>(p) - data.data()) : std::string_view::npos;
}

// The optional [start, end] arguments of find/count/startswith..., clamped to the data.
Result<void> clamp_range(const Val* args, size_t count, int64_t length, int64_t& start, int64_t& end)
{
    start = 0;
    end = length;
    for (size_t i = 0; i < count && i < 2; ++i) {
        if (is_none(args[i]))
            continue;
        if (!is_int(args[i]) && !args[i].type()->index)
            return raise(&g_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        (i == 0 ? start : end) = TRY(slice_index_argument(args[i]));
    }
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
    TRY(check_varargs(args[0], name, nargs - 1, kwnames, 1, 3));
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
        for (size_t at = find_sub(window, needle); at != std::string_view::npos; at = find_sub(window, needle, at + needle.size()))
            ++n;
        return Value::small_int(n);
    }
    int64_t found = -1;
    if (start <= end && int64_t(needle.size()) <= end - start) {
        std::string_view window = data.substr(size_t(start), size_t(end - start));
        size_t at = (KIND == FindKind::RFind || KIND == FindKind::RIndex) ? window.rfind(needle) : find_sub(window, needle);
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
    TRY(check_varargs(args[0], name, nargs - 1, kwnames, 1, 3));
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
    TRY(check_arity(args[0], "join", nargs - 1, kwnames, 1));
    std::string separator(view_of(args[0]));
    if (!args[1].type()->iter && !args[1].type()->getitem)
        return raise(&g_exc_TypeError, "can only join an iterable");
    // As in CPython, a bytearray separator is exported while the items are produced, so an iterator
    // that resizes it gets BufferError.
    struct ExportHold {
        ByteArrayObject* array;
        ~ExportHold() { if (array) --array->exports; }
    } hold { is_bytearray(args[0]) ? args[0].as<ByteArrayObject>() : nullptr };
    if (hold.array)
        ++hold.array->exports;
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
    TRY(check_arity(args[0], UPPER ? "upper" : "lower", nargs - 1, kwnames, 0));
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
                list_append(result.get(), make_like(type, data.substr(i)));
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
    for (size_t at; maxsplit != 0 && (at = find_sub(data, separator, start)) != std::string_view::npos; --maxsplit) {
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
    for (size_t at; count != 0 && (at = find_sub(data, old_part, start)) != std::string_view::npos; --count) {
        out.append(data.substr(start, at - start));
        out += new_part;
        start = at + old_part.size();
    }
    out.append(data.substr(start));
    return make_like(result_type(args[0]), out);
}

Result<Value> bytes_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "__getnewargs__", nargs - 1, kwnames, 0));
    Value copy = make_like(&g_bytes_type, view_of(args[0]));
    return Value(tuple_of({ copy.get() }));
}

enum class ByteClass { Alpha, Digit, Alnum, Space, Upper, Lower };

template <ByteClass CLASS>
Result<Value> bytes_is_class(const Val* args, size_t nargs, TupleObject* kwnames)
{
    static const char* const names[] = { "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower" };
    TRY(check_arity(args[0], names[int(CLASS)], nargs - 1, kwnames, 0));
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

template <bool FORWARD>
Result<Value> bytes_partition(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], FORWARD ? "partition" : "rpartition", nargs - 1, kwnames, 1));
    std::string_view data = view_of(args[0]);
    std::string_view separator = TRY(buffer_argument(args[1]));
    if (separator.empty())
        return raise(&g_exc_ValueError, "empty separator");
    TypeObject* type = result_type(args[0]);
    size_t at = FORWARD ? find_sub(data, separator) : data.rfind(separator);
    Value empty = make_like(type, std::string_view());
    if (at == std::string_view::npos) {
        Value whole = make_like(type, data);
        if (FORWARD)
            return Value(tuple_of({ whole.get(), empty.get(), make_like(type, std::string_view()).get() }));
        return Value(tuple_of({ empty.get(), make_like(type, std::string_view()).get(), whole.get() }));
    }
    Value before = make_like(type, data.substr(0, at));
    // CPython 3.12 compat: bytes hands back the separator object itself (a memoryview stays a memoryview).
    Value middle = type == &g_bytes_type ? Value::borrow(args[1]) : make_like(type, separator);
    Value after = make_like(type, data.substr(at + separator.size()));
    return Value(tuple_of({ before.get(), middle.get(), after.get() }));
}

template <bool PREFIX>
Result<Value> bytes_remove_affix(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], PREFIX ? "removeprefix" : "removesuffix", nargs - 1, kwnames, 1));
    std::string_view data = view_of(args[0]);
    std::string_view affix = TRY(buffer_argument(args[1]));
    bool found = affix.size() <= data.size() && !affix.empty() &&
                 (PREFIX ? data.substr(0, affix.size()) : data.substr(data.size() - affix.size())) == affix;
    if (!found && args[0].type() == &g_bytes_type)
        return Value::borrow(args[0]);
    if (found)
        data = PREFIX ? data.substr(affix.size()) : data.substr(0, data.size() - affix.size());
    return make_like(result_type(args[0]), data);
}

Result<Value> bytes_rsplit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("rsplit", args + 1, nargs - 1, kwnames, { "sep", "maxsplit" }, 0, bound));
    std::string_view data = view_of(args[0]);
    int64_t maxsplit = bound[1] ? TRY(index_as_ssize(bound[1])) : -1;
    TypeObject* type = result_type(args[0]);
    Ref<ListObject> result = list_new();
    if (!bound[0] || is_none(bound[0])) {
        size_t end = data.size();
        while (true) {
            while (end > 0 && is_ascii_space(data[end - 1]))
                --end;
            if (end == 0)
                break;
            if (maxsplit == 0) {
                list_append(result.get(), make_like(type, data.substr(0, end)));
                break;
            }
            size_t begin = end;
            while (begin > 0 && !is_ascii_space(data[begin - 1]))
                --begin;
            list_append(result.get(), make_like(type, data.substr(begin, end - begin)));
            --maxsplit;
            end = begin;
        }
    } else {
        std::string_view separator = TRY(buffer_argument(bound[0]));
        if (separator.empty())
            return raise(&g_exc_ValueError, "empty separator");
        size_t end = data.size();
        while (maxsplit != 0 && end >= separator.size()) {
            size_t at = data.substr(0, end).rfind(separator);
            if (at == std::string_view::npos)
                break;
            list_append(result.get(), make_like(type, data.substr(at + separator.size(), end - at - separator.size())));
            end = at;
            --maxsplit;
        }
        list_append(result.get(), make_like(type, data.substr(0, end)));
    }
    // Built from the right: reverse in place.
    int64_t n = result->size;
    for (int64_t i = 0; i < n / 2; ++i)
        std::swap(result->items[i], result->items[n - 1 - i]);
    return Value(std::move(result));
}

bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
char flip_case(unsigned char c) { return ascii_upper(c) ? char(c + 32) : ascii_lower(c) ? char(c - 32) : char(c); }

enum class CaseChange { Title, Swap, Capitalize };

template <CaseChange CHANGE>
Result<Value> bytes_recase(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], CHANGE == CaseChange::Title ? "title" : CHANGE == CaseChange::Swap ? "swapcase" : "capitalize", nargs - 1, kwnames, 0));
    std::string out(view_of(args[0]));
    bool previous_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = out[i];
        if (CHANGE == CaseChange::Swap) {
            out[i] = flip_case(c);
        } else if (CHANGE == CaseChange::Capitalize) {
            if (i == 0 ? ascii_lower(c) : ascii_upper(c))
                out[i] = flip_case(c);
        } else {
            if (previous_cased ? ascii_upper(c) : ascii_lower(c))
                out[i] = flip_case(c);
            previous_cased = ascii_upper(c) || ascii_lower(c);
        }
    }
    return make_like(result_type(args[0]), out);
}

Result<Value> bytes_isascii(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "isascii", nargs - 1, kwnames, 0));
    std::string_view data = view_of(args[0]);
    return bool_value(utf8::is_ascii(data));
}

Result<Value> bytes_istitle(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "istitle", nargs - 1, kwnames, 0));
    bool cased = false, previous_cased = false;
    for (unsigned char c : view_of(args[0])) {
        if (ascii_upper(c)) {
            if (previous_cased)
                return bool_value(false);
            previous_cased = cased = true;
        } else if (ascii_lower(c)) {
            if (!previous_cased)
                return bool_value(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_value(cased);
}

// The padded copy for center/ljust/rjust/zfill; `left` bytes of fill go before the data.
Result<Value> padded(Val self, std::string_view data, int64_t width, int64_t left, char fill)
{
    if (width <= int64_t(data.size())) {
        if (self.type() == &g_bytes_type)
            return Value::borrow(self);
        return make_like(result_type(self), data);
    }
    if (width > memory_limit())
        return raise_memory_error();
    std::string out(size_t(width), fill);
    memcpy(out.data() + left, data.data(), data.size());
    return make_like(result_type(self), out);
}

enum class Justify { Center, Left, Right };

template <Justify HOW>
Result<Value> bytes_justify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = HOW == Justify::Center ? "center" : HOW == Justify::Left ? "ljust" : "rjust";
    TRY(check_positional(name, nargs - 1, kwnames, 1, 2));
    int64_t width = TRY(index_as_ssize(args[1]));
    char fill = ' ';
    if (nargs > 2) {
        std::string_view fill_view;
        if (!bytes_like_view(args[2], fill_view) || fill_view.size() != 1)
            return raise(&g_exc_TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name, args[2].type()->type_name());
        fill = fill_view[0];
    }
    std::string_view data = view_of(args[0]);
    int64_t pad = width - int64_t(data.size());
    int64_t left = HOW == Justify::Left ? 0 : HOW == Justify::Right ? pad : pad / 2 + (pad & width & 1);
    return padded(args[0], data, width, left, fill);
}

Result<Value> bytes_zfill(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "zfill", nargs - 1, kwnames, 1));
    int64_t width = TRY(index_as_ssize(args[1]));
    std::string_view data = view_of(args[0]);
    if (width <= int64_t(data.size()))
        return padded(args[0], data, width, 0, '0');
    Value result = TRY(padded(args[0], data, width, width - int64_t(data.size()), '0'));
    std::string_view out = view_of(result);
    size_t sign_at = size_t(width) - data.size();
    if (out[sign_at] == '+' || out[sign_at] == '-') {
        char* bytes = is_bytearray(result) ? reinterpret_cast<char*>(result.as<ByteArrayObject>()->data)
                                           : reinterpret_cast<char*>(result.as<BytesObject>()->data);
        bytes[0] = out[sign_at];
        bytes[sign_at] = '0';
    }
    return result;
}

Result<Value> bytes_splitlines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    TRY(bind_args("splitlines", args + 1, nargs - 1, kwnames, { "keepends" }, 0, bound));
    bool keepends = bound[0] ? TRY(is_truthy(bound[0])) : false;
    std::string_view data = view_of(args[0]);
    TypeObject* type = result_type(args[0]);
    Ref<ListObject> result = list_new();
    size_t i = 0;
    while (i < data.size()) {
        size_t start = i;
        while (i < data.size() && data[i] != '\n' && data[i] != '\r')
            ++i;
        size_t end = i;
        if (i < data.size()) {
            i += (data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ? 2 : 1;
            if (keepends)
                end = i;
        }
        list_append(result.get(), make_like(type, data.substr(start, end - start)));
    }
    return Value(std::move(result));
}

Result<Value> bytes_expandtabs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    TRY(bind_args("expandtabs", args + 1, nargs - 1, kwnames, { "tabsize" }, 0, bound));
    int64_t tabsize = bound[0] ? TRY(index_as_ssize(bound[0])) : 8;
    std::string out;
    int64_t column = 0;
    for (char c : view_of(args[0])) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(size_t(spaces), ' ');
                column += spaces;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return make_like(result_type(args[0]), out);
}

Result<Value> bytes_maketrans(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("maketrans", nargs, kwnames, 2, 2));
    std::string_view from = TRY(buffer_argument(args[0]));
    std::string_view to = TRY(buffer_argument(args[1]));
    if (from.size() != to.size())
        return raise(&g_exc_ValueError, "maketrans arguments must have same length");
    Ref<BytesObject> table = bytes_new_uninitialized(256);
    for (int i = 0; i < 256; ++i)
        table->data[i] = (unsigned char)i;
    for (size_t i = 0; i < from.size(); ++i)
        table->data[(unsigned char)from[i]] = (unsigned char)to[i];
    return Value(std::move(table));
}

Result<Value> bytes_translate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("translate", args + 1, nargs - 1, kwnames, { "table", "delete" }, 1, bound, 1));
    std::string_view table;
    if (!is_none(bound[0])) {
        table = TRY(buffer_argument(bound[0]));
        if (table.size() != 256)
            return raise(&g_exc_ValueError, "translation table must be 256 characters long");
    }
    bool remove[256] = {};
    if (bound[1]) {
        std::string_view deleted = TRY(buffer_argument(bound[1]));
        for (unsigned char c : deleted)
            remove[c] = true;
    }
    std::string out;
    for (unsigned char c : view_of(args[0])) {
        if (!remove[c])
            out += table.empty() ? char(c) : table[c];
    }
    return make_like(result_type(args[0]), out);
}

Result<Value> bytes_bytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "__bytes__", nargs - 1, kwnames, 0));
    if (args[0].type() == &g_bytes_type)
        return Value::borrow(args[0]);
    return make_like(&g_bytes_type, view_of(args[0]));
}

// ---- % formatting ----

Result<Value> bytes_mod(Val a, Val b)
{
    std::string_view format;
    if (!(is_bytes(a) || is_bytearray(a)) || !bytes_like_view(a, format))
        return Value::borrow(not_implemented());
    const Val* argv = &b;
    int64_t argc = 1;
    if (is_tuple(b)) {
        argv = b.as<TupleObject>()->data();
        argc = b.as<TupleObject>()->size;
    }
    std::string_view ignored;
    Val mapping = (!is_tuple(b) && !is_str(b) && !bytes_like_view(b, ignored) && b.type()->getitem) ? b : Val();
    int64_t argi = 0;
    auto next_arg = [&]() -> Result<Val> {
        if (argi >= argc)
            return raise(&g_exc_TypeError, "not enough arguments for format string");
        return argv[argi++];
    };
    std::string out;
    out.reserve(format.size() + 16);
    size_t n = format.size();
    for (size_t i = 0; i < n;) {
        size_t percent = format.find('%', i);
        if (percent == std::string_view::npos) {
            out.append(format.substr(i));
            break;
        }
        out.append(format.substr(i, percent - i));
        size_t spec_start = percent;
        i = percent + 1;
        auto incomplete = [&]() { return raise(&g_exc_ValueError, "incomplete format"); };
        if (i >= n)
            return incomplete();
        Value keyed;
        if (format[i] == '(') {
            if (!mapping)
                return raise(&g_exc_TypeError, "format requires a mapping");
            int depth = 1;
            size_t key_start = ++i;
            while (i < n && depth > 0) {
                depth += format[i] == '(' ? 1 : format[i] == ')' ? -1 : 0;
                ++i;
            }
            if (depth > 0)
                return raise(&g_exc_ValueError, "incomplete format key");
            Value key = make_like(&g_bytes_type, format.substr(key_start, i - 1 - key_start));
            keyed = TRY(get_item(mapping, key));
        }
        std::string flags;
        while (i < n && strchr("-+ #0", format[i]))
            flags += format[i++];
        bool left_align = flags.find('-') != std::string::npos;
        int64_t width = -1, precision = -1;
        auto read_number = [&](int64_t& target) -> Result<void> {
            if (i < n && format[i] == '*') {
                ++i;
                Val v = TRY(next_arg());
                if (!is_int(v))
                    return raise(&g_exc_TypeError, "* wants int");
                target = TRY(index_as_ssize(v));
                // A '*' precision is a C int in CPython, as in str % (strformat.cpp).
                if (&target == &precision && (target > INT32_MAX || target < INT32_MIN))
                    return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
                return {};
            }
            if (i < n && format[i] >= '0' && format[i] <= '9') {
                target = 0;
                while (i < n && format[i] >= '0' && format[i] <= '9')
                    target = target * 10 + (format[i++] - '0');
            }
            return {};
        };
        TRY(read_number(width));
        if (width < -1) {
            left_align = true;
            width = -width;
        }
        if (i < n && format[i] == '.') {
            ++i;
            precision = 0;
            TRY(read_number(precision));
        }
        while (i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L'))
            ++i;
        if (i >= n)
            return incomplete();
        char conversion = format[i++];
        if (conversion == '%' && i - 1 == spec_start + 1) {  // "%%" only: "% %" is an unsupported '%'
            out += '%';
            continue;
        }
        Val value = keyed ? keyed.get() : TRY(next_arg());  // (taken even for an unsupported '%', as CPython)
        std::string piece;
        switch (conversion) {
        case 's':
        case 'b': {
            std::string_view view;
            if (bytes_like_view(value, view)) {
                piece = view;
            } else {
                Value converted = value.type()->has_flag(TYPE_HEAP) ? TRY(call_special(value, str_intern("__bytes__"), {})) : Value();
                if (!converted)
                    return raise(&g_exc_TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                 value.type()->type_name());
                if (!is_bytes(converted))
                    return raise(&g_exc_TypeError, "__bytes__ returned non-bytes (type {})", converted.type()->type_name());
                piece = converted.as<BytesObject>()->view();
            }
            if (precision >= 0 && size_t(precision) < piece.size())
                piece.resize(size_t(precision));
            break;
        }
        case 'r':
        case 'a': {
            Value text = TRY(object_ascii(value));
            piece = text.as<StrObject>()->view();
            if (precision >= 0 && size_t(precision) < piece.size())
                piece.resize(size_t(precision));
            break;
        }
        case 'c': {
            std::string_view view;
            if (bytes_like_view(value, view) && view.size() == 1) {
                piece = view;
            } else if (is_int(value) || value.type()->index) {
                Value index = TRY(number_index(value));
                int64_t c;
                if (!int_to_int64(index, c) || c < 0 || c > 255)
                    return raise(&g_exc_OverflowError, "%c arg not in range(256)");
                piece = std::string(1, char(c));
            } else {
                return raise(&g_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            }
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            // The numeric conversions format exactly as str's do; their output is ASCII.
            std::string spec = "%" + flags;
            if (left_align && flags.find('-') == std::string::npos)
                spec += '-';
            if (width >= 0)
                spec += std::to_string(width);
            if (precision >= 0)
                spec += "." + std::to_string(precision);
            spec += conversion;
            Value text = TRY(str_percent_format(str_from_ascii(spec).get(), Val(tuple_of({ value }).get())));
            out += text.as<StrObject>()->view();
            continue;
        }
        default: {
            int64_t index = int64_t(i - 1);
            (void)spec_start;
            char shown[2] = { conversion, 0 };
            return raise(&g_exc_ValueError, "unsupported format character '{}' (0x{}) at index {}", (unsigned char)conversion < 128 ? shown : "?",
                         hex_byte((unsigned char)conversion), index);
        }
        }
        if (width > int64_t(piece.size()) && !left_align)
            out.append(size_t(width) - piece.size(), ' ');
        out += piece;
        if (width > int64_t(piece.size()) && left_align)
            out.append(size_t(width) - piece.size(), ' ');
    }
    if (!mapping && argi < argc)
        return raise(&g_exc_TypeError, "not all arguments converted during bytes formatting");
    return make_like(result_type(a), out);
}

// bytearray only

Result<Value> bytearray_append(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "append", nargs - 1, kwnames, 1));
    uint8_t byte = TRY(byte_value(args[1]));
    auto* array = args[0].as<ByteArrayObject>();
    TRY(check_resize(array, array->size + 1));
    bytearray_reserve(array, array->size + 1);
    array->data[array->size++] = byte;
    array->data[array->size] = 0;
    return none_value();
}

Result<Value> bytearray_extend(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "extend", nargs - 1, kwnames, 1));
    std::string_view view;
    if (!bytes_like_view(args[1], view) && !args[1].type()->iter && !args[1].type()->getitem)
        return raise(&g_exc_TypeError, "can't extend bytearray with {}", args[1].type()->type_name());
    if (is_str(args[1])) {
        if (args[1].as<StrObject>()->length == 0)
            return none_value();
        return raise(&g_exc_TypeError, "'str' object cannot be interpreted as an integer");
    }
    std::string contents = TRY(contents_from_arguments("bytearray", args[1], Val(), Val()));
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
    TRY(check_resize(array, array->size - 1));
    uint8_t byte = array->data[index];
    memmove(array->data + index, array->data + index + 1, size_t(array->size - index - 1));
    array->data[--array->size] = 0;
    return Value::small_int(byte);
}

Result<Value> bytearray_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "clear", nargs - 1, kwnames, 0));
    auto* array = args[0].as<ByteArrayObject>();
    TRY(check_resize(array, 0));
    array->size = 0;
    if (array->data)
        array->data[0] = 0;
    return none_value();
}

Result<Value> bytearray_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "copy", nargs - 1, kwnames, 0));
    return make_like(&g_bytearray_type, view_of(args[0]));
}

Result<Value> bytearray_insert(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("insert", nargs - 1, kwnames, 2, 2));
    auto* array = args[0].as<ByteArrayObject>();
    int64_t index = TRY(index_as_ssize(args[1]));
    uint8_t byte = TRY(byte_value(args[2]));
    if (index < 0)
        index = std::max<int64_t>(0, index + array->size);
    index = std::min(index, array->size);
    TRY(check_resize(array, array->size + 1));
    bytearray_reserve(array, array->size + 1);
    memmove(array->data + index + 1, array->data + index, size_t(array->size - index));
    array->data[index] = byte;
    array->data[++array->size] = 0;
    return none_value();
}

Result<Value> bytearray_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "remove", nargs - 1, kwnames, 1));
    uint8_t byte = TRY(byte_value(args[1]));
    auto* array = args[0].as<ByteArrayObject>();
    size_t at = array->view().find(char(byte));
    if (at == std::string_view::npos)
        return raise(&g_exc_ValueError, "value not found in bytearray");
    TRY(check_resize(array, array->size - 1));
    memmove(array->data + at, array->data + at + 1, size_t(array->size) - at - 1);
    array->data[--array->size] = 0;
    return none_value();
}

Result<Value> bytearray_reverse(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "reverse", nargs - 1, kwnames, 0));
    auto* array = args[0].as<ByteArrayObject>();
    std::reverse(array->data, array->data + array->size);
    return none_value();
}

Result<Value> bytearray_alloc(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "__alloc__", nargs - 1, kwnames, 0));
    auto* array = args[0].as<ByteArrayObject>();
    return Value::small_int(array->data ? array->capacity + 1 : 0);
}

// (type, args, state) as CPython's bytearray pickles: before protocol 3 the data as a latin-1 str, from 3 on
// as bytes; the state is __getstate__()'s (the instance dict and the __slots__ values of a subclass).
Result<Value> bytearray_common_reduce(Val self, int64_t protocol)
{
    std::string_view data = view_of(self);
    Value arguments;
    if (protocol < 3) {
        Value text = Value(str_from_latin1(reinterpret_cast<const unsigned char*>(data.data()), data.size()));
        arguments = Value(tuple_of({ text.get(), Val(str_intern("latin-1")) }));
    } else {
        arguments = Value(tuple_of({ make_like(&g_bytes_type, data).get() }));
    }
    Value state = TRY(call_method(self, str_intern("__getstate__"), {}));
    return Value(tuple_of({ Val(self.type()), arguments.get(), state.get() }));
}

Result<Value> bytearray_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_arity(args[0], "__reduce__", nargs - 1, kwnames, 0));
    return bytearray_common_reduce(args[0], 2);
}

Result<Value> bytearray_reduce_ex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce_ex__", nargs - 1, kwnames, 0, 1));
    int64_t protocol = nargs > 1 ? TRY(index_as_ssize(args[1])) : 0;
    return bytearray_common_reduce(args[0], protocol);
}

// ---- the buffer protocol ----

Result<void> bytes_get_buffer(Val self, BufferInfo& info, int flags)
{
    if (flags & BUFFER_WRITABLE)
        return raise(&g_exc_BufferError, "Object is not writable.");
    auto* bytes = self.as<BytesObject>();
    info = BufferInfo();
    info.data = bytes->data;
    info.length = bytes->size;
    return {};
}

Result<void> bytearray_get_buffer(Val self, BufferInfo& info, int)
{
    auto* array = self.as<ByteArrayObject>();
    static unsigned char s_empty = 0;  // CPython hands out a valid pointer for an empty bytearray too
    info = BufferInfo();
    info.data = array->data ? array->data : &s_empty;
    info.length = array->size;
    info.readonly = false;
    ++array->exports;
    return {};
}

void bytearray_release_buffer(Val self) { --self.as<ByteArrayObject>()->exports; }

const BufferProcs s_bytes_buffer = { bytes_get_buffer, nullptr };
const BufferProcs s_bytearray_buffer = { bytearray_get_buffer, bytearray_release_buffer };


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
    { "islower", bytes_is_class<ByteClass::Lower>, METHOD_INSTANCE, "Return True if there is a cased byte and no uppercase ones." }, \
    { "isascii", bytes_isascii, METHOD_INSTANCE, "Return True if B is empty or all bytes in B are ASCII, False otherwise." }, \
    { "istitle", bytes_istitle, METHOD_INSTANCE, "Return True if B is a titlecased string and there is at least one character in B." }, \
    { "partition", bytes_partition<true>, METHOD_INSTANCE, "Partition the bytes into three parts using the given separator." }, \
    { "rpartition", bytes_partition<false>, METHOD_INSTANCE, "Partition the bytes into three parts using the given separator, from the right." }, \
    { "removeprefix", bytes_remove_affix<true>, METHOD_INSTANCE, "Return a bytes object with the given prefix string removed if present." }, \
    { "removesuffix", bytes_remove_affix<false>, METHOD_INSTANCE, "Return a bytes object with the given suffix string removed if present." }, \
    { "rsplit", bytes_rsplit, METHOD_INSTANCE, "Return a list of the sections in the bytes, using sep as the delimiter, from the right." }, \
    { "title", bytes_recase<CaseChange::Title>, METHOD_INSTANCE, "Return a titlecased version of B." }, \
    { "swapcase", bytes_recase<CaseChange::Swap>, METHOD_INSTANCE, "Return a copy with uppercase ASCII characters converted to lowercase and vice versa." }, \
    { "capitalize", bytes_recase<CaseChange::Capitalize>, METHOD_INSTANCE, "Return a copy with only its first character capitalized (ASCII) and the rest lower-cased." }, \
    { "center", bytes_justify<Justify::Center>, METHOD_INSTANCE, "Return a centered string of length width." }, \
    { "ljust", bytes_justify<Justify::Left>, METHOD_INSTANCE, "Return a left-justified string of length width." }, \
    { "rjust", bytes_justify<Justify::Right>, METHOD_INSTANCE, "Return a right-justified string of length width." }, \
    { "zfill", bytes_zfill, METHOD_INSTANCE, "Pad a numeric string with zeros on the left, to fill a field of the given width." }, \
    { "splitlines", bytes_splitlines, METHOD_INSTANCE, "Return a list of the lines in the bytes, breaking at line boundaries." }, \
    { "expandtabs", bytes_expandtabs, METHOD_INSTANCE, "Return a copy where all tab characters are expanded using spaces." }, \
    { "maketrans", bytes_maketrans, METHOD_STATIC, "Return a translation table usable for the bytes or bytearray translate method." }, \
    { "translate", bytes_translate, METHOD_INSTANCE, "Return a copy with each character mapped by the given translation table." }, \
    { "__buffer__", buffer_dunder, METHOD_INSTANCE, "Return a buffer object that exposes the underlying memory of the object." },

const MethodDef s_bytes_methods[] = {
    BYTES_COMMON_METHODS
    { "__getnewargs__", bytes_getnewargs, METHOD_INSTANCE, nullptr },
    { "__bytes__", bytes_bytes, METHOD_INSTANCE, "Convert this value to exact type bytes." },
    {},
};

const MethodDef s_bytearray_methods[] = {
    BYTES_COMMON_METHODS
    { "append", bytearray_append, METHOD_INSTANCE, "Append a single item to the end of the bytearray." },
    { "extend", bytearray_extend, METHOD_INSTANCE, "Append all the items from the iterator or sequence to the end of the bytearray." },
    { "pop", bytearray_pop, METHOD_INSTANCE, "Remove and return a single item from B." },
    { "clear", bytearray_clear, METHOD_INSTANCE, "Remove all items from the bytearray." },
    { "copy", bytearray_copy, METHOD_INSTANCE, "Return a copy of B." },
    { "insert", bytearray_insert, METHOD_INSTANCE, "Insert a single item into the bytearray before the given index." },
    { "remove", bytearray_remove, METHOD_INSTANCE, "Remove the first occurrence of a value in the bytearray." },
    { "reverse", bytearray_reverse, METHOD_INSTANCE, "Reverse the order of the values in B in place." },
    { "__alloc__", bytearray_alloc, METHOD_INSTANCE, "B.__alloc__() -> int" },
    { "__reduce__", bytearray_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__reduce_ex__", bytearray_reduce_ex, METHOD_INSTANCE, "Return state information for pickling." },
    { "__release_buffer__", release_buffer_dunder, METHOD_INSTANCE, "Release the buffer object that exposes the underlying memory of the object." },
    {},
};
#undef BYTES_COMMON_METHODS

}  // namespace

void init_bytes_types()
{
    type_init_static(g_bytes_type, "bytes", sizeof(BytesObject), &g_object_type, TYPE_BASETYPE | TYPE_BYTES_SUBCLASS | TYPE_VARSIZE | TYPE_CONCAT);
    g_bytes_type.repr = bytes_repr;
    g_bytes_type.hash = bytes_hash;
    g_bytes_type.richcompare = bytes_richcompare;
    g_bytes_type.len = bytes_len;
    g_bytes_type.getitem = bytes_getitem;
    g_bytes_type.contains = bytes_contains;
    g_bytes_type.binary[int(BinaryOp::Add)] = bytes_add;
    g_bytes_type.binary[int(BinaryOp::Mul)] = bytes_mul;
    g_bytes_type.binary[int(BinaryOp::Mod)] = bytes_mod;
    g_bytes_type.iter = bytes_iter;
    g_bytes_type.new_instance = bytes_new_instance;
    g_bytes_type.methods = s_bytes_methods;
    g_bytes_type.buffer = &s_bytes_buffer;
    g_bytes_type.doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                       "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
                       "bytes() -> empty bytes object";

    type_init_static(g_bytearray_type, "bytearray", sizeof(ByteArrayObject), &g_object_type, TYPE_BASETYPE | TYPE_CONCAT);
    g_bytearray_type.destroy = bytearray_destroy;
    g_bytearray_type.repr = bytearray_repr;
    g_bytearray_type.hash = hash_unhashable;
    g_bytearray_type.richcompare = bytes_richcompare;
    g_bytearray_type.len = bytes_len;
    g_bytearray_type.getitem = bytes_getitem;
    g_bytearray_type.setitem = bytearray_setitem;
    g_bytearray_type.contains = bytes_contains;
    g_bytearray_type.binary[int(BinaryOp::Add)] = bytes_add;
    g_bytearray_type.binary[int(BinaryOp::Mul)] = bytes_mul;
    g_bytearray_type.binary[int(BinaryOp::Mod)] = bytes_mod;
    g_bytearray_type.inplace[int(BinaryOp::Add)] = bytearray_inplace_add;
    g_bytearray_type.inplace[int(BinaryOp::Mul)] = bytearray_inplace_mul;
    g_bytearray_type.iter = bytes_iter;
    g_bytearray_type.new_instance = bytearray_new_instance;
    g_bytearray_type.init = bytearray_init;
    g_bytearray_type.methods = s_bytearray_methods;
    g_bytearray_type.buffer = &s_bytearray_buffer;
    g_bytearray_type.doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
                           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
                           "bytearray() -> empty bytes array";

    for (auto [type, name] : { std::pair{ &g_bytes_iterator_type, "bytes_iterator" }, std::pair{ &g_bytearray_iterator_type, "bytearray_iterator" } }) {
        type_init_static(*type, name, sizeof(BytesIteratorObject), &g_object_type, 0);
        type->destroy = bytes_iterator_destroy;
        type->iter = bytes_iterator_iter;
        type->iternext = bytes_iterator_next;
        type->methods = s_bytes_iterator_methods;
    }
}

}  // namespace ginger
