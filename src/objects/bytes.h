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
    int64_t exports;      // buffers held by consumers (memoryviews...): while > 0, data must not move or resize

    std::string_view view() const { return { reinterpret_cast<const char*>(data), size_t(size) }; }
};

extern TypeObject g_bytes_type, g_bytearray_type;
extern TypeObject g_bytes_iterator_type, g_bytearray_iterator_type;  // "bytes_iterator", "bytearray_iterator"

inline bool is_bytes(Val v) { return v.is_object() && v.type()->has_flag(TYPE_BYTES_SUBCLASS); }
inline bool is_bytearray(Val v) { return v.is_object() && is_subtype(v.type(), &g_bytearray_type); }

Ref<BytesObject> bytes_from(std::string_view data);
Ref<BytesObject> bytes_from(const char* data, size_t size);  // for the compiler's constants and marshal
Ref<BytesObject> bytes_new_uninitialized(int64_t size);  // fill data before exposing it
// The contents of a bytes, bytearray or C-contiguous memoryview, borrowed: valid while v lives and is not
// changed; false for any other value (objects/buffer.h holds exports of any exporter).
bool bytes_like_view(Val v, std::string_view& out);
// bytes' hash of some data (memoryview hashes as bytes of the same contents).
int64_t bytes_hash_data(std::string_view data);
// bytes.hex(sep, bytes_per_sep) of data; sep and bytes_per_sep may be null (not given).
Result<Value> bytes_hex_string(std::string_view data, Val sep, Val bytes_per_sep);

// str -> bytes for str.encode() and bytes(s, encoding): utf-8, ascii and latin-1 directly, other encodings
// through the codec registry (modules/codecs.h); any error handler. A null `errors` (std::string_view())
// means "not given": 'strict', and not passed on to a registry codec, as CPython does.
Result<std::string> encode_str(StrObject* s, std::string_view encoding, std::string_view errors);
// bytes -> str for bytes.decode() and str(b, encoding), likewise.
Result<Value> decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);

void init_bytes_types();

}  // namespace ginger
