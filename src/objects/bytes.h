// bytes and bytearray: immutable and mutable sequences of small ints (0..255).
#pragma once

#include "objects/type.h"

#include <string>
#include <string_view>

namespace ginger {

struct StrObject;

struct BytesObject : Object {
    int64_t size;
    int64_t hash;                     // -1 until computed
    alignas(8) unsigned char data[];  // size bytes, then a zero byte

    std::string_view view() const { return { reinterpret_cast<const char*>(data), size_t(size) }; }
};

struct ByteArrayObject : Object {
    int64_t size;
    int64_t capacity;
    unsigned char* data;  // owned (malloc); null while capacity is 0

    std::string_view view() const { return { reinterpret_cast<const char*>(data), size_t(size) }; }
};

extern TypeObject g_bytes_type, g_bytearray_type;
extern TypeObject g_bytes_iterator_type, g_bytearray_iterator_type;  // "bytes_iterator", "bytearray_iterator"

inline bool is_bytes(Val v) { return v.is_object() && v.type()->has_flag(TYPE_BYTES_SUBCLASS); }
inline bool is_bytearray(Val v) { return v.is_object() && is_subtype(v.type(), &g_bytearray_type); }

Ref<BytesObject> bytes_from(std::string_view data);
Ref<BytesObject> bytes_from(const char* data, size_t size);  // for the compiler's constants and marshal
Ref<BytesObject> bytes_new_uninitialized(int64_t size);  // fill data before exposing it
// The contents of a bytes or bytearray; false for any other value.
bool bytes_like_view(Val v, std::string_view& out);

// str -> bytes for str.encode() and bytes(s, encoding): utf-8, ascii and latin-1 directly, other encodings
// through the codec registry (modules/codecs.h); any error handler. A null `errors` (std::string_view())
// means "not given": 'strict', and not passed on to a registry codec, as CPython does.
Result<std::string> encode_str(StrObject* s, std::string_view encoding, std::string_view errors);
// bytes -> str for bytes.decode() and str(b, encoding), likewise.
Result<Value> decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);

void init_bytes_types();

}  // namespace ginger
