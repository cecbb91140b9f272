// The _struct module: values packed into and unpacked from bytes according to a format string, with
// CPython 3.12's format characters, byte orders, sizes, alignment and error messages. lib/struct.py
// re-exports it. Native order is the machine's (x86-64 and aarch64 Linux: little-endian, LP64 sizes).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "support/half_float.h"

#include <bit>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace ginger {

namespace {

TypeObject g_struct_error_type;
TypeObject g_struct_type;
TypeObject g_unpack_iterator_type;

// One item of a parsed format: `count` values of `code` (for 's' and 'p', one bytes value of `count`
// bytes), starting at `offset`, each `size` bytes.
struct FormatItem {
    char code;
    int64_t offset;
    int64_t size;
    int64_t count;
};

struct Layout {
    bool native = true;         // '@': native sizes and alignment
    bool little_endian = true;  // byte order of the stored values
    std::vector<FormatItem> items;
    int64_t size = 0;           // bytes of a packed record
    int64_t values = 0;         // Python values in a record
};

// Invariant: layout is never null once the object is constructed; format is the str the user gave.
struct StructObject : Object {
    Value format;
    Layout* layout;
};

struct UnpackIteratorObject : Object {
    Ref<StructObject> structure;
    Value buffer;     // bytes or bytearray; null when exhausted
    int64_t offset;
};

Error raise_struct_error(std::string_view message) { return raise(&g_struct_error_type, message); }

// Size and alignment of a format character; 0 when the character is not a format.
int64_t item_size(char code, bool native)
{
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? int64_t(sizeof(long)) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? int64_t(sizeof(size_t)) : 0;
    case 'P': return native ? int64_t(sizeof(void*)) : 0;
    default: return 0;
    }
}

// Parses a format (CPython's rules: an optional byte-order character, then [count]code items; white
// space is allowed between items, not between a count and its code).
Result<Layout> parse_format(std::string_view format)
{
    Layout layout;
    size_t i = 0;
    if (!format.empty()) {
        switch (format[0]) {
        case '@': i = 1; break;
        case '=': layout.native = false; i = 1; break;
        case '<': layout.native = false; i = 1; break;
        case '>': case '!': layout.native = false; layout.little_endian = false; i = 1; break;
        default: break;
        }
    }
    if (std::endian::native == std::endian::big && (format.empty() || format[0] == '@' || format[0] == '='))
        layout.little_endian = false;
    constexpr int64_t LIMIT = INT64_MAX;
    int64_t size = 0;
    while (i < format.size()) {
        char c = format[i++];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            continue;
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = c - '0';
            while (true) {
                if (i >= format.size())
                    return raise_struct_error("repeat count given without format specifier");
                c = format[i++];
                if (c < '0' || c > '9')
                    break;
                if (count > (LIMIT - (c - '0')) / 10)
                    return raise_struct_error("total struct size too long");
                count = count * 10 + (c - '0');
            }
        }
        int64_t itemsize = item_size(c, layout.native);
        if (itemsize == 0)
            return raise_struct_error("bad char in struct format");
        if (layout.native && itemsize > 1 && c != 's' && c != 'p' && c != 'x' && c != 'c') {
            int64_t aligned = (size + itemsize - 1) / itemsize * itemsize;
            if (aligned < size)
                return raise_struct_error("total struct size too long");
            size = aligned;
        }
        if (c == 's' || c == 'p') {
            if (count > LIMIT - size)
                return raise_struct_error("total struct size too long");
            layout.items.push_back({ c, size, count, 1 });
            layout.values += 1;
            size += count;
        } else {
            if (count > (LIMIT - size) / itemsize)
                return raise_struct_error("total struct size too long");
            if (c != 'x') {
                layout.items.push_back({ c, size, itemsize, count });
                layout.values += count;
            }
            size += count * itemsize;
        }
    }
    layout.size = size;
    return layout;
}

// The format argument as text: str (ASCII) or bytes.
Result<std::string> format_text(Val format, const char* function)
{
    std::string text;
    if (is_str(format)) {
        text = TRY(encode_str(format.as<StrObject>(), "ascii", "strict"));
    } else if (is_bytes(format)) {
        text = std::string(format.as<BytesObject>()->view());
    } else if (is_bytearray(format) && function) {
        // The module functions look the format up in a cache first.
        return raise(&g_exc_TypeError, "unhashable type: 'bytearray'");
    } else {
        return raise(&g_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not {}", format.type()->type_name());
    }
    if (text.find('\0') != std::string::npos)
        return raise_struct_error("embedded null character");
    return text;
}

Result<Ref<StructObject>> struct_create(TypeObject* type, Val format, const char* function = nullptr)
{
    std::string text = TRY(format_text(format, function));
    Layout layout = TRY(parse_format(text));
    auto* object = static_cast<StructObject*>(alloc_object(type));
    if (!object)
        return raise_memory_error();
    // The format attribute is always a str.
    new (&object->format) Value(is_str(format) ? Value::borrow(format) : Value(str_from_utf8(text)));
    object->layout = new Layout(std::move(layout));
    return Ref<StructObject>::adopt(object);
}

void struct_destroy(Object* object)
{
    auto* s = static_cast<StructObject*>(object);
    s->format.~Value();
    delete s->layout;
    s->layout = nullptr;
}

// ---- packing ----

void store_unsigned(unsigned char* out, uint64_t value, int64_t size, bool little_endian)
{
    for (int64_t i = 0; i < size; ++i) {
        unsigned char byte = static_cast<unsigned char>(value >> (8 * i));
        out[little_endian ? i : size - 1 - i] = byte;
    }
}

uint64_t load_unsigned(const unsigned char* in, int64_t size, bool little_endian)
{
    uint64_t value = 0;
    for (int64_t i = 0; i < size; ++i)
        value |= uint64_t(in[little_endian ? i : size - 1 - i]) << (8 * i);
    return value;
}

// An integer to pack, as a 128-bit number (enough for every range check), with CPython's errors.
Result<__int128> integer_argument(Val v)
{
    if (!is_int(v) && !v.type()->index)
        return raise_struct_error("required argument is not an integer");
    Value integer = TRY(number_index(v));
    int64_t small;
    if (int_to_int64(integer, small))
        return __int128(small);
    // Beyond int64: keep values within ±2^65 exactly; anything larger only needs to fail the range check.
    static const Value* s_two_63 = new Value(int_from_uint64(uint64_t(1) << 63));  // never freed
    int sign = int_sign(integer);
    if (int_bit_length(integer) > 65)
        return sign < 0 ? -(__int128(1) << 100) : (__int128(1) << 100);
    Value reduced = TRY(int_binary(integer, *s_two_63, sign < 0 ? BinaryOp::Add : BinaryOp::Sub));
    int64_t rest;
    if (!int_to_int64(reduced, rest))
        return sign < 0 ? -(__int128(1) << 100) : (__int128(1) << 100);
    return __int128(rest) + (sign < 0 ? -(__int128(1) << 63) : (__int128(1) << 63));
}

std::string int128_text(__int128 value)
{
    if (value == 0)
        return "0";
    bool negative = value < 0;
    unsigned __int128 magnitude = negative ? -(unsigned __int128)value : (unsigned __int128)value;
    std::string digits;
    while (magnitude) {
        digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
        magnitude /= 10;
    }
    return negative ? "-" + digits : digits;
}

Result<double> float_argument(Val v)
{
    if (is_float(v))
        return float_value(v);
    if (is_int(v)) {
        auto converted = int_to_double(v);
        if (converted.is_error()) {
            clear_error();
            return raise_struct_error("required argument is not a float");
        }
        return converted.release_value();
    }
    if (v.type()->to_float) {
        Value result = TRY(v.type()->to_float(v));
        if (is_float(result))
            return float_value(result);
    } else if (v.type()->index) {
        Value integer = TRY(number_index(v));
        auto converted = int_to_double(integer);
        if (!converted.is_error())
            return converted.release_value();
        clear_error();
    }
    return raise_struct_error("required argument is not a float");
}

Result<uint16_t> pack_half(double x)
{
    uint16_t bits;
    if (!double_to_half(x, bits))
        return raise(&g_exc_OverflowError, "float too large to pack with e format");
    return bits;
}

Result<void> pack_value(const Layout& layout, char code, int64_t size, Val v, unsigned char* out)
{
    bool little = layout.little_endian;
    switch (code) {
    case 'c': {
        if (!is_bytes(v) || v.as<BytesObject>()->size != 1)
            return raise_struct_error("char format requires a bytes object of length 1");
        out[0] = v.as<BytesObject>()->data[0];
        return {};
    }
    case '?':
        out[0] = TRY(is_truthy(v)) ? 1 : 0;
        return {};
    case 'e': {
        uint16_t bits = TRY(pack_half(TRY(float_argument(v))));
        store_unsigned(out, bits, 2, little);
        return {};
    }
    case 'f': {
        double x = TRY(float_argument(v));
        float narrow = float(x);
        if (std::isinf(narrow) && !std::isinf(x))
            return raise(&g_exc_OverflowError, "float too large to pack with f format");
        store_unsigned(out, std::bit_cast<uint32_t>(narrow), 4, little);
        return {};
    }
    case 'd': {
        double x = TRY(float_argument(v));
        store_unsigned(out, std::bit_cast<uint64_t>(x), 8, little);
        return {};
    }
    default: break;
    }
    // Integers.
    __int128 value = TRY(integer_argument(v));
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    int bits = int(size * 8);
    if (code == 'P') {
        // A pointer accepts any value of a signed or unsigned machine word.
        if (value < -(__int128(1) << 63) || value >= (__int128(1) << 64))
            return raise(&g_struct_error_type, "int too large to convert");
    } else if (is_signed) {
        __int128 low = -(__int128(1) << (bits - 1));
        __int128 high = (__int128(1) << (bits - 1)) - 1;
        if (value < low || value > high)
            return raise(&g_struct_error_type, "'{}' format requires {} <= number <= {}", std::string(1, code),
                         int128_text(low), int128_text(high));
    } else {
        __int128 high = (__int128(1) << bits) - 1;
        if (value < 0 || value > high)
            return raise(&g_struct_error_type, "'{}' format requires 0 <= number <= {}", std::string(1, code),
                         int128_text(high));
    }
    store_unsigned(out, uint64_t(value), size, little);
    return {};
}

// Packs one record of values into out (layout.size bytes, zeroed by the caller).
Result<void> pack_record(const Layout& layout, const Val* values, unsigned char* out)
{
    size_t next = 0;
    for (const FormatItem& item : layout.items) {
        if (item.code == 's' || item.code == 'p') {
            Val v = values[next++];
            std::string_view data;
            if (!is_bytes(v) && !is_bytearray(v))
                return raise(&g_struct_error_type, "argument for '{}' must be a bytes object", std::string(1, item.code));
            bytes_like_view(v, data);
            unsigned char* target = out + item.offset;
            if (item.code == 's') {
                memcpy(target, data.data(), std::min<size_t>(data.size(), size_t(item.size)));
            } else if (item.size > 0) {
                size_t length = std::min<size_t>(data.size(), size_t(item.size - 1));
                memcpy(target + 1, data.data(), length);
                target[0] = static_cast<unsigned char>(std::min<size_t>(length, 255));
            }
            continue;
        }
        for (int64_t i = 0; i < item.count; ++i)
            TRY(pack_value(layout, item.code, item.size, values[next++], out + item.offset + i * item.size));
    }
    return {};
}

Value unpack_value(const Layout& layout, char code, int64_t size, const unsigned char* in)
{
    bool little = layout.little_endian;
    switch (code) {
    case 'c': return Value(bytes_from(reinterpret_cast<const char*>(in), 1));
    case '?': return bool_value(in[0] != 0);
    case 'e': return float_from_double(half_to_double(uint16_t(load_unsigned(in, 2, little))));
    case 'f': return float_from_double(double(std::bit_cast<float>(uint32_t(load_unsigned(in, 4, little)))));
    case 'd': return float_from_double(std::bit_cast<double>(load_unsigned(in, 8, little)));
    default: break;
    }
    uint64_t raw = load_unsigned(in, size, little);
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    if (is_signed) {
        int shift = int(64 - size * 8);
        return int_from_int64(int64_t(raw << shift) >> shift);
    }
    return int_from_uint64(raw);
}

Ref<TupleObject> unpack_record(const Layout& layout, const unsigned char* in)
{
    Ref<TupleObject> result = tuple_new(layout.values);
    int64_t next = 0;
    for (const FormatItem& item : layout.items) {
        const unsigned char* source = in + item.offset;
        if (item.code == 's') {
            result->items[next++] = Value(bytes_from(reinterpret_cast<const char*>(source), size_t(item.size)));
        } else if (item.code == 'p') {
            size_t length = item.size > 0 ? source[0] : 0;
            if (item.size > 0 && int64_t(length) >= item.size)
                length = size_t(item.size - 1);
            result->items[next++] = Value(bytes_from(reinterpret_cast<const char*>(source + 1), length));
        } else {
            for (int64_t i = 0; i < item.count; ++i)
                result->items[next++] = unpack_value(layout, item.code, item.size, source + i * item.size);
        }
    }
    return result;
}

// ---- operations shared by the module functions and the Struct methods ----

Result<Value> do_pack(StructObject* s, const Val* values, size_t count)
{
    const Layout& layout = *s->layout;
    if (int64_t(count) != layout.values)
        return raise(&g_struct_error_type, "pack expected {} items for packing (got {})", layout.values, int64_t(count));
    if (layout.size > memory_limit())
        return raise_memory_error();
    Ref<BytesObject> result = bytes_new_uninitialized(layout.size);
    memset(result->data, 0, size_t(layout.size));
    TRY(pack_record(layout, values, result->data));
    return Value(std::move(result));
}

Result<Value> do_pack_into(StructObject* s, const Val* args, size_t nargs)
{
    const Layout& layout = *s->layout;
    if (int64_t(nargs) != layout.values + 2) {
        if (nargs == 0)
            return raise_struct_error("pack_into expected buffer argument");
        if (nargs == 1)
            return raise_struct_error("pack_into expected offset argument");
        return raise(&g_struct_error_type, "pack_into expected {} items for packing (got {})", layout.values,
                     int64_t(nargs) - 2);
    }
    Buffer buffer;
    TRY(get_writable_buffer(args[0], buffer, "argument"));
    int64_t offset;
    {
        if (!is_int(args[1]) && !args[1].type()->index)
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[1].type()->type_name());
        Value index = TRY(number_index(args[1]));
        if (!int_to_int64(index, offset))
            return raise(&g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    int64_t length = buffer.info.length;
    if (offset < 0) {
        if (offset + layout.size > 0)
            return raise(&g_struct_error_type, "no space to pack {} bytes at offset {}", layout.size, offset);
        if (offset + length < 0)
            return raise(&g_struct_error_type, "offset {} out of range for {}-byte buffer", offset, length);
        offset += length;
    }
    if (length - offset < layout.size)
        return raise(&g_struct_error_type,
                     "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                     std::to_string(uint64_t(layout.size) + uint64_t(offset)), layout.size, offset, length);  // CPython: a size_t sum
    // As CPython: the record is zeroed, then written in place (a value that fails leaves the ones before
    // it written).
    unsigned char* target = buffer.info.data + offset;
    memset(target, 0, size_t(layout.size));
    TRY(pack_record(layout, args + 2, target));
    return none_value();
}

Result<std::string_view> readable_buffer(Val v)
{
    return bytes_like_argument(v);
}

Result<Value> do_unpack(StructObject* s, Val buffer)
{
    std::string_view data = TRY(readable_buffer(buffer));
    if (int64_t(data.size()) != s->layout->size)
        return raise(&g_struct_error_type, "unpack requires a buffer of {} bytes", s->layout->size);
    return Value(unpack_record(*s->layout, reinterpret_cast<const unsigned char*>(data.data())));
}

Result<Value> do_unpack_from(StructObject* s, Val buffer, Val offset_value)
{
    std::string_view data = TRY(readable_buffer(buffer));
    int64_t offset = 0;
    if (offset_value) {
        if (!is_int(offset_value) && !offset_value.type()->index)
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", offset_value.type()->type_name());
        Value index = TRY(number_index(offset_value));
        if (!int_to_int64(index, offset))
            return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    int64_t length = int64_t(data.size());
    int64_t size = s->layout->size;
    int64_t given = offset;
    if (offset < 0) {
        if (offset + length < 0)
            return raise(&g_struct_error_type, "offset {} out of range for {}-byte buffer", offset, length);
        offset += length;
    }
    if (length - offset < size) {
        if (given < 0)
            return raise(&g_struct_error_type, "not enough data to unpack {} bytes at offset {}", size, given);
        return raise(&g_struct_error_type,
                     "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                     std::to_string(uint64_t(size) + uint64_t(offset)), size, offset, length);  // CPython: a size_t sum
    }
    return Value(unpack_record(*s->layout, reinterpret_cast<const unsigned char*>(data.data()) + offset));
}

Result<Value> do_iter_unpack(StructObject* s, Val buffer)
{
    std::string_view data = TRY(readable_buffer(buffer));
    int64_t size = s->layout->size;
    if (size == 0)
        return raise_struct_error("cannot iteratively unpack with a struct of length 0");
    if (int64_t(data.size()) % size != 0)
        return raise(&g_struct_error_type, "iterative unpacking requires a buffer of a multiple of {} bytes", size);
    auto* it = static_cast<UnpackIteratorObject*>(alloc_object(&g_unpack_iterator_type));
    if (!it)
        return raise_memory_error();
    new (&it->structure) Ref<StructObject>(s);
    new (&it->buffer) Value(Value::borrow(buffer));
    it->offset = 0;
    return Value::adopt(Val(it));
}

// ---- the unpack iterator ----

Result<Value> unpack_iterator_iter(Val self) { return Value::borrow(self); }

Result<Value> unpack_iterator_next(Val self)
{
    auto* it = self.as<UnpackIteratorObject>();
    if (!it->buffer)
        return Value();
    std::string_view data;
    bytes_like_view(it->buffer, data);
    int64_t size = it->structure->layout->size;
    if (it->offset + size > int64_t(data.size())) {
        it->buffer = Value();
        return Value();
    }
    Ref<TupleObject> record = unpack_record(*it->structure->layout, reinterpret_cast<const unsigned char*>(data.data()) + it->offset);
    it->offset += size;
    return Value(std::move(record));
}

void unpack_iterator_destroy(Object* object)
{
    auto* it = static_cast<UnpackIteratorObject*>(object);
    it->structure.~Ref<StructObject>();
    it->buffer.~Value();
}

Result<Value> unpack_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__length_hint__", nargs - 1, kwnames, 0, 0));
    auto* it = args[0].as<UnpackIteratorObject>();
    if (!it->buffer)
        return Value::small_int(0);
    std::string_view data;
    bytes_like_view(it->buffer, data);
    return Value::small_int((int64_t(data.size()) - it->offset) / it->structure->layout->size);
}

const MethodDef s_unpack_iterator_methods[] = {
    { "__length_hint__", unpack_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { nullptr, nullptr, 0, nullptr },
};

// ---- Struct ----

// As CPython 3.12: __new__ makes an empty struct and __init__ compiles the format, so that a subclass's
// __init__ can choose the format.
Result<Value> struct_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* object = static_cast<StructObject*>(alloc_object(type));
    if (!object)
        return raise_memory_error();
    new (&object->format) Value(str_empty());
    object->layout = new Layout();
    return Value::adopt(Val(object));
}

Result<void> struct_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    if (nargs == 0 && !(kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "Struct() missing required argument 'format' (pos 1)");
    TRY(bind_args("Struct", args, nargs, kwnames, { "format" }, 0, out));
    if (!out[0])
        return raise(&g_exc_TypeError, "Struct() missing required argument 'format' (pos 1)");
    std::string text = TRY(format_text(out[0], nullptr));
    Layout layout = TRY(parse_format(text));
    auto* object = self.as<StructObject>();
    *object->layout = std::move(layout);
    object->format = is_str(out[0]) ? Value::borrow(out[0]) : Value(str_from_utf8(text));
    return {};
}

StructObject* self_of(const Val* args) { return args[0].as<StructObject>(); }

Result<Value> struct_pack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "pack() takes no keyword arguments");
    return do_pack(self_of(args), args + 1, nargs - 1);
}

Result<Value> struct_pack_into(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "pack_into() takes no keyword arguments");
    return do_pack_into(self_of(args), args + 1, nargs - 1);
}

Result<Value> struct_unpack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("Struct.unpack", nargs - 1, kwnames, 1, 1));
    return do_unpack(self_of(args), args[1]);
}

Result<Value> struct_unpack_from(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("unpack_from", args + 1, nargs - 1, kwnames, { "buffer", "offset" }, 0, out));
    if (!out[0])
        return raise(&g_exc_TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
    return do_unpack_from(self_of(args), out[0], out[1]);
}

Result<Value> struct_iter_unpack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("Struct.iter_unpack", nargs - 1, kwnames, 1, 1));
    return do_iter_unpack(self_of(args), args[1]);
}

Result<Value> struct_get_format(Val self) { return self.as<StructObject>()->format; }
Result<Value> struct_get_size(Val self) { return Value::small_int(self.as<StructObject>()->layout->size); }

Result<int64_t> struct_sizeof_value(Val self)
{
    return int64_t(sizeof(StructObject) + sizeof(Layout) + self.as<StructObject>()->layout->items.size() * sizeof(FormatItem));
}

Result<Value> struct_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("Struct.__sizeof__", nargs - 1, kwnames, 0, 0));
    return Value::small_int(TRY(struct_sizeof_value(args[0])));
}

const MethodDef s_struct_methods[] = {
    { "pack", struct_pack, METHOD_INSTANCE, "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings." },
    { "pack_into", struct_pack_into, METHOD_INSTANCE, "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings." },
    { "unpack", struct_unpack, METHOD_INSTANCE, "Return a tuple containing unpacked values." },
    { "unpack_from", struct_unpack_from, METHOD_INSTANCE, "Return a tuple containing unpacked values." },
    { "iter_unpack", struct_iter_unpack, METHOD_INSTANCE, "Return an iterator yielding tuples." },
    { "__sizeof__", struct_sizeof, METHOD_INSTANCE, "S.__sizeof__() -> size of S in memory, in bytes" },
    { nullptr, nullptr, 0, nullptr },
};

const GetSetDef s_struct_getsets[] = {
    { "format", struct_get_format, nullptr, "struct format string" },
    { "size", struct_get_size, nullptr, "struct size in bytes" },
    { nullptr, nullptr, nullptr, nullptr },
};

// ---- module functions: the format comes first ----

Result<Ref<StructObject>> struct_for(Val format) { return struct_create(&g_struct_type, format, "cache"); }

Result<Value> module_pack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs == 0)
        return raise(&g_exc_TypeError, "missing format argument");
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "pack() takes no keyword arguments");
    Ref<StructObject> s = TRY(struct_for(args[0]));
    return do_pack(s.get(), args + 1, nargs - 1);
}

Result<Value> module_pack_into(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs == 0)
        return raise(&g_exc_TypeError, "missing format argument");
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "pack_into() takes no keyword arguments");
    Ref<StructObject> s = TRY(struct_for(args[0]));
    return do_pack_into(s.get(), args + 1, nargs - 1);
}

Result<Value> module_unpack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unpack", nargs, kwnames, 2, 2));
    Ref<StructObject> s = TRY(struct_for(args[0]));
    return do_unpack(s.get(), args[1]);
}

Result<Value> module_unpack_from(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs == 0)
        return raise(&g_exc_TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
    Val out[3];
    TRY(bind_args("unpack_from", args, nargs, kwnames, { "format", "buffer", "offset" }, 1, out, 1));
    if (!out[1])
        return raise(&g_exc_TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
    Ref<StructObject> s = TRY(struct_for(out[0]));
    return do_unpack_from(s.get(), out[1], out[2]);
}

Result<Value> module_iter_unpack(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("iter_unpack", nargs, kwnames, 2, 2));
    Ref<StructObject> s = TRY(struct_for(args[0]));
    return do_iter_unpack(s.get(), args[1]);
}

Result<Value> module_calcsize(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_struct.calcsize", nargs, kwnames, 1, 1));
    Ref<StructObject> s = TRY(struct_for(args[0]));
    return int_from_int64(s->layout->size);
}

Result<Value> module_clearcache(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_struct._clearcache", nargs, kwnames, 0, 0));
    // Formats are parsed on each call: there is no cache to clear.
    return none_value();
}

const MethodDef s_struct_functions[] = {
    { "_clearcache", module_clearcache, METHOD_STATIC, "Clear the internal cache." },
    { "calcsize", module_calcsize, METHOD_STATIC, "Return size in bytes of the struct described by the format string." },
    { "pack", module_pack, METHOD_STATIC, "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings." },
    { "pack_into", module_pack_into, METHOD_STATIC, "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings." },
    { "unpack", module_unpack, METHOD_STATIC, "Return a tuple containing values unpacked according to the format string." },
    { "unpack_from", module_unpack_from, METHOD_STATIC, "Return a tuple containing values unpacked according to the format string." },
    { "iter_unpack", module_iter_unpack, METHOD_STATIC, "Return an iterator yielding tuples unpacked from the given bytes." },
    { nullptr, nullptr, 0, nullptr },
};

void init_types()
{
    type_init_static(g_struct_error_type, "struct.error", sizeof(BaseExceptionObject), &g_exc_Exception,
                     TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
    type_ready(g_struct_error_type);

    type_init_static(g_struct_type, "_struct.Struct", sizeof(StructObject), &g_object_type, TYPE_BASETYPE);
    g_struct_type.new_instance = struct_new;
    g_struct_type.init = struct_init;
    g_struct_type.destroy = struct_destroy;
    g_struct_type.methods = s_struct_methods;
    g_struct_type.getsets = s_struct_getsets;
    g_struct_type.doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.";
    type_ready(g_struct_type);

    type_init_static(g_unpack_iterator_type, "_struct.unpack_iterator", sizeof(UnpackIteratorObject), &g_object_type, 0);
    g_unpack_iterator_type.iter = unpack_iterator_iter;
    g_unpack_iterator_type.iternext = unpack_iterator_next;
    g_unpack_iterator_type.destroy = unpack_iterator_destroy;
    g_unpack_iterator_type.methods = s_unpack_iterator_methods;
    type_ready(g_unpack_iterator_type);
}

}  // namespace

Ref<ModuleObject> struct_module_create()
{
    if (!g_struct_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_struct"));
    module_add_functions(module.get(), s_struct_functions);
    module_set(module.get(), "Struct", Val(&g_struct_type));
    module_set(module.get(), "error", Val(&g_struct_error_type));
    return module;
}

}  // namespace ginger
