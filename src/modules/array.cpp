// array: CPython's array module, natively (Modules/arraymodule.c's interface). An array keeps its items as
// machine values in one malloc'd block and exports them through the buffer protocol (format = the item's
// struct code, 'w' for 'u'), so memoryview(a), bytes(a), file writes and struct.pack_into see the array's own
// memory; while a buffer is exported the array refuses to change its length. The iterator is live (it sees
// items appended meanwhile) and pickles as iter(array) plus a position.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ginger {

namespace {

TypeObject g_array_type, g_array_iterator_type;

enum class Kind : uint8_t { Signed, Unsigned, Float, Unicode };

// One typecode: its item size, kind, buffer format and machine format code (CPython's pickle format of
// protocol 3 and later; the little-endian code, +1 for big-endian machines except the two byte codes).
struct Descr {
    char code;
    uint8_t itemsize;
    Kind kind;
    char format;
    int8_t mformat;
};

const Descr s_descrs[] = {
    { 'b', 1, Kind::Signed, 'b', 1 },   { 'B', 1, Kind::Unsigned, 'B', 0 }, { 'u', 4, Kind::Unicode, 'w', 20 },
    { 'h', 2, Kind::Signed, 'h', 4 },   { 'H', 2, Kind::Unsigned, 'H', 2 }, { 'i', 4, Kind::Signed, 'i', 8 },
    { 'I', 4, Kind::Unsigned, 'I', 6 }, { 'l', 8, Kind::Signed, 'l', 12 },  { 'L', 8, Kind::Unsigned, 'L', 10 },
    { 'q', 8, Kind::Signed, 'q', 12 },  { 'Q', 8, Kind::Unsigned, 'Q', 10 }, { 'f', 4, Kind::Float, 'f', 14 },
    { 'd', 8, Kind::Float, 'd', 16 },
};
static_assert(sizeof(long) == 8 && sizeof(wchar_t) == 4, "the typecode table assumes LP64 and a 4-byte wchar_t");

constexpr bool s_big_endian = std::endian::native == std::endian::big;

const Descr* find_descr(uint32_t code)
{
    for (const Descr& d : s_descrs)
        if (uint32_t(uint8_t(d.code)) == code)
            return &d;
    return nullptr;
}

int native_mformat(const Descr* d) { return d->mformat + (s_big_endian && d->mformat > 1 ? 1 : 0); }

// Invariants: 0 <= size <= capacity; data holds capacity * itemsize bytes (null when capacity is 0); while
// exports > 0, data does not move and size does not change.
struct ArrayObject : Object {
    unsigned char* data;
    int64_t size;
    int64_t capacity;
    int64_t exports;
    const Descr* descr;
};

ArrayObject* as_array(Val v) { return static_cast<ArrayObject*>(v.object()); }
bool is_array(Val v) { return v.is_object() && is_subtype(v.type(), &g_array_type); }
int64_t itemsize(const ArrayObject* a) { return a->descr->itemsize; }

template<class T> T load(const unsigned char* p)
{
    T value;
    memcpy(&value, p, sizeof(T));
    return value;
}

template<class T> void store(unsigned char* p, T value) { memcpy(p, &value, sizeof(T)); }

// Copies one item with a fixed-size move (a variable-size memcpy of a few bytes is slow).
inline void copy_item(unsigned char* to, const unsigned char* from, int64_t size)
{
    switch (size) {
    case 1: *to = *from; break;
    case 2: memcpy(to, from, 2); break;
    case 4: memcpy(to, from, 4); break;
    default: memcpy(to, from, 8); break;
    }
}

Result<void> reserve(ArrayObject* a, int64_t capacity)
{
    if (capacity <= a->capacity)
        return {};
    if (capacity > memory_limit() / itemsize(a))
        return raise_memory_error();
    int64_t grown = std::max(capacity, a->capacity + (a->capacity >> 2) + 8);
    auto* data = static_cast<unsigned char*>(realloc(a->data, size_t(grown * itemsize(a))));
    if (!data)
        return raise_memory_error();
    a->data = data;
    a->capacity = grown;
    return {};
}

// Sets the length (growing the block if needed; new items are uninitialized).
Result<void> resize(ArrayObject* a, int64_t size)
{
    if (size != a->size && a->exports > 0)
        return raise(&g_exc_BufferError, "cannot resize an array that is exporting buffers");
    TRY(reserve(a, size));
    a->size = size;
    if (size == 0 && a->exports == 0) {
        free(a->data);
        a->data = nullptr;
        a->capacity = 0;
    }
    return {};
}

Result<Value> new_array(TypeObject* type, const Descr* descr, int64_t size)
{
    auto* a = static_cast<ArrayObject*>(alloc_object(type));
    if (!a)
        return raise_memory_error();
    Value result = Value::adopt(Val(a));
    a->descr = descr;
    TRY(resize(a, size));
    return result;
}

// ---- Items: machine values <-> Python objects ----

Result<Value> get_item(const ArrayObject* a, int64_t i)
{
    const unsigned char* p = a->data + i * itemsize(a);
    switch (a->descr->code) {
    case 'b': return Value::small_int(load<int8_t>(p));
    case 'B': return Value::small_int(load<uint8_t>(p));
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l':
    case 'q': return int_from_int64(load<int64_t>(p));
    case 'L':
    case 'Q': return int_from_uint64(load<uint64_t>(p));
    case 'f': return float_from_double(load<float>(p));
    case 'd': return float_from_double(load<double>(p));
    default: {
        uint32_t c = load<uint32_t>(p);
        if (c > 0x10ffff)
            return raise(&g_exc_ValueError, "chr() arg not in range(0x110000)");
        return Value(str_char(c));
    }
    }
}

// An int of at most 64 bits that does not fit int64_t (2**63 <= v < 2**64) as uint64_t.
bool big_to_uint64(Val v, uint64_t& out)
{
    if (int_sign(v) < 0 || int_bit_length(v) > 64)
        return false;
    auto shifted = int_binary(v, int_from_uint64(uint64_t(1) << 63), BinaryOp::Sub);
    int64_t low;
    if (shifted.is_error() || !int_to_int64(shifted.value(), low)) {
        if (shifted.is_error())
            clear_error();
        return false;
    }
    out = uint64_t(low) + (uint64_t(1) << 63);
    return true;
}

Result<void> range_error(const char* name, bool low)
{
    return raise(&g_exc_OverflowError, "{} is {}", name, low ? "less than minimum" : "greater than maximum");
}

// Converts an integer item as CPython's setitem functions do, with their messages.
Result<void> pack_int(const Descr* d, Val v, unsigned char* out)
{
    int64_t x;
    if (v.is_small_int()) {
        x = v.small_int_value();
    } else {
        Value index;
        if (is_int(v))
            index = Value::borrow(v);
        else if (v.type()->index)
            index = TRY(number_index(v));
        else
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
        if (!int_to_int64(index, x)) {
            bool negative = int_sign(index) < 0;
            uint64_t u;
            switch (d->code) {
            case 'I':
                if (negative)
                    return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
                if (big_to_uint64(index, u))
                    return range_error("unsigned int", false);
                return raise(&g_exc_OverflowError, "Python int too large to convert to C unsigned long");
            case 'L':
                if (negative)
                    return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
                if (!big_to_uint64(index, u))
                    return raise(&g_exc_OverflowError, "Python int too large to convert to C unsigned long");
                store(out, u);
                return {};
            case 'q': return raise(&g_exc_OverflowError, "int too big to convert");
            case 'Q':
                if (negative)
                    return raise(&g_exc_OverflowError, "can't convert negative int to unsigned");
                if (!big_to_uint64(index, u))
                    return raise(&g_exc_OverflowError, "int too big to convert");
                store(out, u);
                return {};
            default: return raise(&g_exc_OverflowError, "Python int too large to convert to C long");
            }
        }
    }
    switch (d->code) {
    case 'b':
        if (x < -128 || x > 127)
            return range_error("signed char", x < 0);
        store(out, int8_t(x));
        return {};
    case 'B':
        if (x < 0 || x > 255)
            return range_error("unsigned byte integer", x < 0);
        store(out, uint8_t(x));
        return {};
    case 'h':
        if (x < INT16_MIN || x > INT16_MAX)
            return range_error("signed short integer", x < 0);
        store(out, int16_t(x));
        return {};
    case 'H':
        if (x < 0 || x > UINT16_MAX)
            return range_error("unsigned short", x < 0);
        store(out, uint16_t(x));
        return {};
    case 'i':
        if (x < INT32_MIN || x > INT32_MAX)
            return range_error("signed integer", x < 0);
        store(out, int32_t(x));
        return {};
    case 'I':
        if (x < 0)
            return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
        if (x > int64_t(UINT32_MAX))
            return range_error("unsigned int", false);
        store(out, uint32_t(x));
        return {};
    case 'L':
        if (x < 0)
            return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
        store(out, uint64_t(x));
        return {};
    case 'Q':
        if (x < 0)
            return raise(&g_exc_OverflowError, "can't convert negative int to unsigned");
        store(out, uint64_t(x));
        return {};
    default:
        store(out, x);
        return {};
    }
}

// Converts v to one item of kind d into out (itemsize bytes); nothing is stored on error.
Result<void> pack_item(const Descr* d, Val v, unsigned char* out)
{
    switch (d->kind) {
    case Kind::Float: {
        double x = is_float_exact(v) ? float_value(v) : TRY(float_as_double(v));
        if (d->itemsize == 4)
            store(out, float(x));
        else
            store(out, x);
        return {};
    }
    case Kind::Unicode:
        if (!is_str(v) || v.as<StrObject>()->length != 1)
            return raise(&g_exc_TypeError, "array item must be unicode character");
        store(out, v.as<StrObject>()->at(0));
        return {};
    default: return pack_int(d, v, out);
    }
}

Result<void> append_item(ArrayObject* a, Val v)
{
    unsigned char item[8];
    TRY(pack_item(a->descr, v, item));
    TRY(resize(a, a->size + 1));
    copy_item(a->data + (a->size - 1) * itemsize(a), item, itemsize(a));
    return {};
}

// Appends raw machine values (a multiple of the item size); `bytes` may point into the array itself.
Result<void> append_bytes(ArrayObject* a, std::string_view bytes)
{
    int64_t n = int64_t(bytes.size()) / itemsize(a);
    if (n == 0)
        return {};
    std::string copy(bytes);
    int64_t old = a->size;
    if (n > INT64_MAX / 2 - old)
        return raise_memory_error();
    TRY(resize(a, old + n));
    memcpy(a->data + old * itemsize(a), copy.data(), copy.size());
    return {};
}

Result<void> extend_from(ArrayObject* a, Val iterable)
{
    if (is_array(iterable)) {
        auto* other = as_array(iterable);
        if (other->descr != a->descr)
            return raise(&g_exc_TypeError, "can only extend with array of same kind");
        return append_bytes(a, { reinterpret_cast<const char*>(other->data), size_t(other->size * itemsize(other)) });
    }
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        // Converting may run __index__, which may change a list: index anew each time.
        for (int64_t i = 0;; ++i) {
            Val item;
            if (is_list_exact(iterable)) {
                auto* list = iterable.as<ListObject>();
                if (i >= list->size)
                    break;
                item = list->item(i);
            } else {
                auto* tuple = iterable.as<TupleObject>();
                if (i >= tuple->size)
                    break;
                item = tuple->items[i];
            }
            Value keep = Value::borrow(item);
            TRY(append_item(a, keep));
        }
        return {};
    }
    Value iterator = TRY(get_iter(iterable));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return {};
        TRY(append_item(a, item));
    }
}

Result<void> append_unicode(ArrayObject* a, StrObject* s)
{
    if (s->length == 0)
        return {};
    int64_t old = a->size;
    TRY(resize(a, old + s->length));
    for (int64_t i = 0; i < s->length; ++i)
        store(a->data + (old + i) * 4, s->at(i));
    return {};
}

Result<Value> to_unicode(const ArrayObject* a)
{
    std::vector<uint32_t> points(size_t(a->size));
    for (int64_t i = 0; i < a->size; ++i) {
        uint32_t c = load<uint32_t>(a->data + i * 4);
        if (c > 0x10ffff) {
            char hex[16];
            snprintf(hex, sizeof hex, "%x", c);
            return raise(&g_exc_ValueError, "character U+{} is not in range [U+0000; U+10ffff]", hex);
        }
        points[size_t(i)] = c;
    }
    return Value(str_from_codepoints(points.data(), points.size()));
}

Result<Value> to_list(const ArrayObject* a)
{
    Ref<ListObject> list = list_new(a->size);
    for (int64_t i = 0; i < a->size; ++i)
        list_append(list.get(), TRY(get_item(a, i)));
    return Value(std::move(list));
}

// ---- Construction ----

Result<Value> array_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Keywords are refused unless a subclass's own __init__ is there to take them.
    StrObject* init_name = str_intern("__init__");
    if (kwnames && kwnames->size > 0 &&
        (type == &g_array_type || type_lookup(type, init_name).bits() == type_lookup(&g_array_type, init_name).bits()))
        return raise(&g_exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1)
        return raise(&g_exc_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "array() takes at most 2 arguments ({} given)", nargs);
    if (!is_str(args[0]) || args[0].as<StrObject>()->length != 1)
        return raise(&g_exc_TypeError, "array() argument 1 must be a unicode character, not {}", args[0].type()->type_name());
    uint32_t code = args[0].as<StrObject>()->at(0);
    Val initial = nargs > 1 ? args[1] : Val();
    const Descr* descr = find_descr(code);
    if (initial && code != 'u' && descr) {
        if (is_str(initial))
            return raise(&g_exc_TypeError, "cannot use a str to initialize an array with typecode '{}'", std::string(1, char(code)));
        if (is_array(initial) && as_array(initial)->descr->code == 'u')
            return raise(&g_exc_TypeError, "cannot use a unicode array to initialize an array with typecode '{}'", std::string(1, char(code)));
    }
    if (!descr)
        return raise(&g_exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value iterator;
    bool direct = !initial || is_list(initial) || is_tuple(initial) || is_bytes(initial) || is_bytearray(initial) ||
                  is_str(initial) || (is_array(initial) && as_array(initial)->descr == descr);
    if (!direct)
        iterator = TRY(get_iter(initial));
    Value result = TRY(new_array(type, descr, 0));
    auto* a = as_array(result);
    if (!initial)
        return result;
    if (iterator) {
        while (true) {
            Value item = TRY(iter_next(iterator));
            if (!item)
                return result;
            TRY(append_item(a, item));
        }
    }
    if (is_list(initial) || is_tuple(initial)) {
        int64_t n = is_list(initial) ? initial.as<ListObject>()->size : initial.as<TupleObject>()->size;
        TRY(reserve(a, n));
        TRY(extend_from(a, initial));
    } else if (is_bytes(initial) || is_bytearray(initial)) {
        Buffer buffer;
        TRY(get_contiguous_buffer(initial, buffer));
        if (buffer.info.length % itemsize(a))
            return raise(&g_exc_ValueError, "bytes length not a multiple of item size");
        TRY(append_bytes(a, buffer.bytes()));
    } else if (is_str(initial)) {
        TRY(append_unicode(a, initial.as<StrObject>()));
    } else {
        auto* other = as_array(initial);
        TRY(append_bytes(a, { reinterpret_cast<const char*>(other->data), size_t(other->size * itemsize(other)) }));
    }
    return result;
}

void array_destroy(Object* object)
{
    auto* a = static_cast<ArrayObject*>(object);
    free(a->data);
    a->data = nullptr;
}

// ---- Methods ----

Result<Value> array_append(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 2 || kwnames) [[unlikely]]
        TRY(expect_one_arg("array.append", nargs - 1, kwnames));
    TRY(append_item(as_array(args[0]), args[1]));
    return none_value();
}

Result<Value> array_extend(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.extend", nargs - 1, kwnames));
    TRY(extend_from(as_array(args[0]), args[1]));
    return none_value();
}

// A position argument of insert/pop: an index-sized integer.
Result<int64_t> position_arg(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    return index_as_ssize(v);
}

Result<Value> array_insert(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("array.insert", kwnames));
    TRY(expect_arg_range("insert", nargs - 1, 2, 2));
    auto* a = as_array(args[0]);
    int64_t i = TRY(position_arg(args[1]));
    unsigned char item[8];
    TRY(pack_item(a->descr, args[2], item));
    if (i < 0)
        i = std::max<int64_t>(i + a->size, 0);
    i = std::min(i, a->size);
    TRY(resize(a, a->size + 1));
    int64_t size = itemsize(a);
    memmove(a->data + (i + 1) * size, a->data + i * size, size_t((a->size - 1 - i) * size));
    copy_item(a->data + i * size, item, size);
    return none_value();
}

Result<void> delete_range(ArrayObject* a, int64_t start, int64_t stop)
{
    if (stop <= start)
        return {};
    int64_t size = itemsize(a);
    if (a->exports > 0)
        return raise(&g_exc_BufferError, "cannot resize an array that is exporting buffers");
    memmove(a->data + start * size, a->data + stop * size, size_t((a->size - stop) * size));
    return resize(a, a->size - (stop - start));
}

Result<Value> array_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("array.pop", kwnames));
    TRY(expect_arg_range("pop", nargs - 1, 0, 1));
    auto* a = as_array(args[0]);
    int64_t i = nargs > 1 ? TRY(position_arg(args[1])) : -1;
    if (a->size == 0)
        return raise(&g_exc_IndexError, "pop from empty array");
    if (i < 0)
        i += a->size;
    if (i < 0 || i >= a->size)
        return raise(&g_exc_IndexError, "pop index out of range");
    Value item = TRY(get_item(a, i));
    TRY(delete_range(a, i, i + 1));
    return item;
}

// Whether item i equals v (rich comparison of the item object, as CPython; fast for ints and floats).
Result<bool> item_equals(const ArrayObject* a, int64_t i, Val v)
{
    if (v.is_small_int() && (a->descr->kind == Kind::Signed || a->descr->kind == Kind::Unsigned)) {
        const unsigned char* p = a->data + i * itemsize(a);
        int64_t x = v.small_int_value();
        switch (a->descr->code) {
        case 'b': return load<int8_t>(p) == x;
        case 'B': return load<uint8_t>(p) == x;
        case 'h': return load<int16_t>(p) == x;
        case 'H': return load<uint16_t>(p) == x;
        case 'i': return load<int32_t>(p) == x;
        case 'I': return load<uint32_t>(p) == x;
        case 'l':
        case 'q': return load<int64_t>(p) == x;
        default: return x >= 0 && load<uint64_t>(p) == uint64_t(x);
        }
    }
    if (is_float_exact(v) && a->descr->kind == Kind::Float) {
        const unsigned char* p = a->data + i * itemsize(a);
        double x = a->descr->itemsize == 4 ? double(load<float>(p)) : load<double>(p);
        return x == float_value(v);
    }
    Value item = TRY(get_item(a, i));
    return rich_compare_bool(item, v, CompareOp::Eq);
}

Result<Value> array_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.count", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Value keep = Value::borrow(args[0]);
    int64_t count = 0;
    for (int64_t i = 0; i < a->size; ++i)
        count += TRY(item_equals(a, i, args[1])) ? 1 : 0;
    return Value::small_int(count);
}

Result<Value> array_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("array.index", kwnames));
    TRY(expect_arg_range("index", nargs - 1, 1, 3));
    auto* a = as_array(args[0]);
    Value keep = Value::borrow(args[0]);
    int64_t start = nargs > 2 ? TRY(slice_index_argument(args[2])) : 0;
    int64_t stop = nargs > 3 ? TRY(slice_index_argument(args[3])) : INT64_MAX;
    if (start < 0)
        start = std::max<int64_t>(start + a->size, 0);
    if (stop < 0)
        stop = std::max<int64_t>(stop + a->size, 0);
    for (int64_t i = start; i < std::min(stop, a->size); ++i)
        if (TRY(item_equals(a, i, args[1])))
            return Value::small_int(i);
    return raise(&g_exc_ValueError, "array.index(x): x not in array");
}

Result<Value> array_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.remove", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Value keep = Value::borrow(args[0]);
    for (int64_t i = 0; i < a->size; ++i) {
        if (TRY(item_equals(a, i, args[1]))) {
            TRY(delete_range(a, i, i + 1));
            return none_value();
        }
    }
    return raise(&g_exc_ValueError, "array.remove(x): x not in array");
}

Result<Value> array_reverse(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.reverse", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    int64_t size = itemsize(a);
    unsigned char tmp[8];
    for (int64_t i = 0, j = a->size - 1; i < j; ++i, --j) {
        copy_item(tmp, a->data + i * size, size);
        copy_item(a->data + i * size, a->data + j * size, size);
        copy_item(a->data + j * size, tmp, size);
    }
    return none_value();
}

Result<Value> array_byteswap(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.byteswap", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    int64_t size = itemsize(a);
    for (int64_t i = 0; i < a->size; ++i)
        std::reverse(a->data + i * size, a->data + (i + 1) * size);
    return none_value();
}

Result<Value> array_buffer_info(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.buffer_info", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Value address = int_from_uint64(uint64_t(reinterpret_cast<uintptr_t>(a->data)));
    Value length = Value::small_int(a->size);
    return Value(tuple_of({ address, length }));
}

Result<Value> array_frombytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.frombytes", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Buffer buffer;
    TRY(get_contiguous_buffer(args[1], buffer));
    if (buffer.info.itemsize != 1)
        return raise(&g_exc_TypeError, "a bytes-like object is required");
    if (buffer.info.length % itemsize(a))
        return raise(&g_exc_ValueError, "bytes length not a multiple of item size");
    std::string copy(buffer.bytes());
    buffer.release();
    TRY(append_bytes(a, copy));
    return none_value();
}

Result<Value> array_tobytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.tobytes", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    return Value(bytes_from(reinterpret_cast<const char*>(a->data), size_t(a->size * itemsize(a))));
}

Result<Value> array_fromlist(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.fromlist", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    if (!is_list(args[1]))
        return raise(&g_exc_TypeError, "arg must be list");
    int64_t old = a->size;
    Value keep = Value::borrow(args[1]);
    for (int64_t i = 0; i < args[1].as<ListObject>()->size; ++i) {
        Value item = Value::borrow(args[1].as<ListObject>()->item(i));
        auto appended = append_item(a, item);
        if (appended.is_error()) {
            if (a->exports == 0)
                a->size = std::min(a->size, old);
            return Error {};
        }
    }
    return none_value();
}

Result<Value> array_tolist(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.tolist", nargs - 1, kwnames));
    return to_list(as_array(args[0]));
}

Result<Value> array_fromunicode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.fromunicode", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "fromunicode() argument must be str, not {}", args[1].type()->type_name());
    if (a->descr->code != 'u')
        return raise(&g_exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    TRY(append_unicode(a, args[1].as<StrObject>()));
    return none_value();
}

Result<Value> array_tounicode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.tounicode", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    if (a->descr->code != 'u')
        return raise(&g_exc_ValueError, "tounicode() may only be called on unicode type arrays");
    return to_unicode(a);
}

Result<Value> array_fromfile(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("array.fromfile", kwnames));
    TRY(expect_arg_range("fromfile", nargs - 1, 2, 2));
    auto* a = as_array(args[0]);
    int64_t n = TRY(position_arg(args[2]));
    if (n < 0)
        return raise(&g_exc_ValueError, "negative count");
    if (n > INT64_MAX / itemsize(a))
        return raise_memory_error();
    int64_t nbytes = n * itemsize(a);
    Value count = int_from_int64(nbytes);
    Value data = TRY(call_method(args[1], str_intern("read"), { count }));
    if (!is_bytes(data))
        return raise(&g_exc_TypeError, "read() didn't return bytes");
    bool short_read = data.as<BytesObject>()->size != nbytes;
    Value frombytes_args[2] = { Value::borrow(args[0]), std::move(data) };
    Val raw[2] = { frombytes_args[0], frombytes_args[1] };
    TRY(array_frombytes(raw, 2, nullptr));
    if (short_read)
        return raise(&g_exc_EOFError, "read() didn't return enough bytes");
    return none_value();
}

Result<Value> array_tofile(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.tofile", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Value keep = Value::borrow(args[0]);
    constexpr int64_t BLOCK = 64 * 1024;
    int64_t total = a->size * itemsize(a);
    for (int64_t start = 0; start < total; start += BLOCK) {
        total = std::min(total, a->size * itemsize(a));  // a write may shrink the array
        if (start >= total)
            break;
        Value block = Value(bytes_from(reinterpret_cast<const char*>(a->data) + start, size_t(std::min(BLOCK, total - start))));
        TRY(call_method(args[1], str_intern("write"), { block }));
    }
    return none_value();
}

Result<Value> copy_of(Val self)
{
    auto* a = as_array(self);
    Value result = TRY(new_array(&g_array_type, a->descr, a->size));
    if (a->size)
        memcpy(as_array(result)->data, a->data, size_t(a->size * itemsize(a)));
    return result;
}

Result<Value> array_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.__copy__", nargs - 1, kwnames));
    return copy_of(args[0]);
}

Result<Value> array_deepcopy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.__deepcopy__", nargs - 1, kwnames));
    return copy_of(args[0]);
}

Result<Value> array_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("array.__sizeof__", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    return Value::small_int(int64_t(args[0].type()->basic_size) + a->capacity * itemsize(a));
}

Result<Value> array_reduce_ex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.__reduce_ex__", nargs - 1, kwnames));
    auto* a = as_array(args[0]);
    Value keep = Value::borrow(args[0]);
    int64_t protocol = 0;
    if (!is_int(args[1]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[1].type()->type_name());
    if (!int_to_int64(args[1], protocol))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C long");
    Value dict = TRY(get_attr_maybe(args[0], str_intern("__dict__")));
    if (!dict)
        dict = none_value();
    Value typecode = Value(str_char(uint32_t(uint8_t(a->descr->code))));
    Value type = Value::borrow(Val(args[0].type()));
    if (protocol < 3) {
        Value list = TRY(to_list(a));
        Value inner = Value(tuple_of({ typecode, list }));
        return Value(tuple_of({ type, inner, dict }));
    }
    Value reconstructor = TRY(get_attr_str(Val(TRY(import_module("array"))), "_array_reconstructor"));
    Value bytes = Value(bytes_from(reinterpret_cast<const char*>(a->data), size_t(a->size * itemsize(a))));
    Value code = Value::small_int(native_mformat(a->descr));
    Value inner = Value(tuple_of({ type, typecode, code, bytes }));
    return Value(tuple_of({ reconstructor, inner, dict }));
}

Result<Value> array_class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("array.__class_getitem__", nargs - 1, kwnames));
    return generic_alias_new(args[0], args[1]);
}

Result<Value> array_get_typecode(Val self) { return Value(str_char(uint32_t(uint8_t(as_array(self)->descr->code)))); }
Result<Value> array_get_itemsize(Val self) { return Value::small_int(itemsize(as_array(self))); }

// ---- Sequence protocol ----

Result<int64_t> array_len(Val self) { return as_array(self)->size; }
Result<bool> array_bool(Val self) { return as_array(self)->size != 0; }

// An integer subscript (not a slice): its value, or "array indices must be integers".
Result<int64_t> subscript_index(Val key)
{
    if (key.is_small_int())
        return key.small_int_value();
    if (!is_int(key) && !key.type()->index)
        return raise(&g_exc_TypeError, "array indices must be integers");
    Value index = TRY(number_index(key));
    int64_t n;
    if (!int_to_int64(index, n))
        return raise(&g_exc_IndexError, "cannot fit '{}' into an index-sized integer", key.type()->type_name());
    return n;
}

Result<Value> array_getitem(Val self, Val key)
{
    auto* a = as_array(self);
    if (key.is_small_int()) [[likely]] {
        int64_t i = key.small_int_value();
        if (i < 0)
            i += a->size;
        if (uint64_t(i) >= uint64_t(a->size))
            return raise(&g_exc_IndexError, "array index out of range");
        return get_item(a, i);
    }
    if (is_slice(key)) {
        SliceBounds b = TRY(slice_bounds(key, a->size));
        Value result = TRY(new_array(&g_array_type, a->descr, b.length));
        auto* r = as_array(result);
        int64_t size = itemsize(a);
        if (b.step == 1) {
            if (b.length)
                memcpy(r->data, a->data + b.start * size, size_t(b.length * size));
        } else {
            for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
                copy_item(r->data + i * size, a->data + j * size, size);
        }
        return result;
    }
    int64_t i = TRY(subscript_index(key));
    if (i < 0)
        i += a->size;
    if (i < 0 || i >= a->size)
        return raise(&g_exc_IndexError, "array index out of range");
    return get_item(a, i);
}

// Deletes the items of an extended slice (step != 1 and length > 0).
Result<void> delete_extended(ArrayObject* a, SliceBounds b)
{
    if (b.length == 0)
        return {};
    if (b.step == 1)
        return delete_range(a, b.start, b.start + b.length);
    if (b.step < 0) {
        b.start += b.step * (b.length - 1);
        b.step = -b.step;
    }
    if (a->exports > 0)
        return raise(&g_exc_BufferError, "cannot resize an array that is exporting buffers");
    int64_t size = itemsize(a);
    int64_t out = b.start;
    for (int64_t i = b.start, k = 0; i < a->size; ++i) {
        if (k < b.length && i == b.start + k * b.step) {
            ++k;
            continue;
        }
        copy_item(a->data + out * size, a->data + i * size, size);
        ++out;
    }
    return resize(a, out);
}

Result<void> array_setitem(Val self, Val key, Val value)
{
    auto* a = as_array(self);
    if (!is_slice(key)) {
        int64_t i = TRY(subscript_index(key));
        if (i < 0)
            i += a->size;
        if (i < 0 || i >= a->size)
            return raise(&g_exc_IndexError, "array assignment index out of range");
        if (!value)
            return delete_range(a, i, i + 1);
        unsigned char item[8];
        TRY(pack_item(a->descr, value, item));
        if (i >= a->size)  // the conversion may have shrunk the array
            return raise(&g_exc_IndexError, "array assignment index out of range");
        copy_item(a->data + i * itemsize(a), item, itemsize(a));
        return {};
    }
    SliceBounds b = slice_adjust(TRY(slice_unpack(key)), a->size);
    if (!value)
        return delete_extended(a, b);
    if (!is_array(value))
        return raise(&g_exc_TypeError, "can only assign array (not \"{}\") to array slice", value.type()->type_name());
    auto* other = as_array(value);
    if (other->descr != a->descr)
        return raise(&g_exc_TypeError, "bad argument type for built-in operation");
    int64_t size = itemsize(a);
    std::string source(reinterpret_cast<const char*>(other->data), size_t(other->size * size));
    int64_t needed = other->size;
    if (b.step == 1) {
        int64_t start = b.start, stop = std::max(b.start, b.stop);
        int64_t removed = stop - start;
        int64_t old = a->size;
        if (needed > removed) {
            TRY(resize(a, old + needed - removed));
            memmove(a->data + (start + needed) * size, a->data + stop * size, size_t((old - stop) * size));
        } else if (needed < removed) {
            if (a->exports > 0)
                return raise(&g_exc_BufferError, "cannot resize an array that is exporting buffers");
            memmove(a->data + (start + needed) * size, a->data + stop * size, size_t((old - stop) * size));
            TRY(resize(a, old - removed + needed));
        }
        if (needed)
            memcpy(a->data + start * size, source.data(), source.size());
        return {};
    }
    if (needed == 0)
        return delete_extended(a, b);
    if (needed != b.length)
        return raise(&g_exc_ValueError, "attempt to assign array of size {} to extended slice of size {}", needed, b.length);
    for (int64_t i = 0, j = b.start; i < b.length; ++i, j += b.step)
        copy_item(a->data + j * size, reinterpret_cast<const unsigned char*>(source.data()) + i * size, size);
    return {};
}

Result<bool> array_contains(Val self, Val value)
{
    auto* a = as_array(self);
    Value keep = Value::borrow(self);
    for (int64_t i = 0; i < a->size; ++i)
        if (TRY(item_equals(a, i, value)))
            return true;
    return false;
}

// Compares items a[i] and b[i] of two arrays of the same typecode: -1, 0, 1, or 2 when unordered (NaN).
int compare_same(const ArrayObject* a, const ArrayObject* b, int64_t i)
{
    const unsigned char* p = a->data + i * itemsize(a);
    const unsigned char* q = b->data + i * itemsize(b);
    auto cmp = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : x == y ? 0 : 2; };
    switch (a->descr->code) {
    case 'b': return cmp(load<int8_t>(p), load<int8_t>(q));
    case 'B': return cmp(load<uint8_t>(p), load<uint8_t>(q));
    case 'h': return cmp(load<int16_t>(p), load<int16_t>(q));
    case 'H': return cmp(load<uint16_t>(p), load<uint16_t>(q));
    case 'i': return cmp(load<int32_t>(p), load<int32_t>(q));
    case 'I':
    case 'u': return cmp(load<uint32_t>(p), load<uint32_t>(q));
    case 'l':
    case 'q': return cmp(load<int64_t>(p), load<int64_t>(q));
    case 'L':
    case 'Q': return cmp(load<uint64_t>(p), load<uint64_t>(q));
    case 'f': return cmp(load<float>(p), load<float>(q));
    default: return cmp(load<double>(p), load<double>(q));
    }
}

bool apply_op(int c, CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return c == -1;
    case CompareOp::Le: return c == -1 || c == 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c == 1;
    default: return c == 1 || c == 0;
    }
}

Result<Value> array_richcompare(Val left, Val right, CompareOp op)
{
    if (!is_array(left) || !is_array(right))
        return Value::borrow(not_implemented());
    auto* a = as_array(left);
    auto* b = as_array(right);
    if (a->size != b->size && (op == CompareOp::Eq || op == CompareOp::Ne))
        return bool_value(op == CompareOp::Ne);
    Value keep_a = Value::borrow(left), keep_b = Value::borrow(right);
    if (a->descr == b->descr) {
        int64_t n = std::min(a->size, b->size);
        for (int64_t i = 0; i < n; ++i) {
            int c = compare_same(a, b, i);
            if (c != 0) {
                if (op == CompareOp::Eq)
                    return bool_value(false);
                if (op == CompareOp::Ne)
                    return bool_value(true);
                return bool_value(apply_op(c, op));
            }
        }
        int c = a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
        return bool_value(apply_op(c, op));
    }
    // Mixed typecodes: item objects compared as CPython does (the first unequal pair decides).
    int64_t i = 0;
    for (; i < a->size && i < b->size; ++i) {
        Value x = TRY(get_item(a, i));
        Value y = TRY(get_item(b, i));
        if (!TRY(rich_compare_bool(x, y, CompareOp::Eq))) {
            if (op == CompareOp::Eq)
                return bool_value(false);
            if (op == CompareOp::Ne)
                return bool_value(true);
            return rich_compare(x, y, op);
        }
    }
    int c = a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
    return bool_value(apply_op(c, op));
}

Result<Value> array_repr(Val self)
{
    auto* a = as_array(self);
    std::string_view name = self.type()->type_name();
    if (size_t dot = name.rfind('.'); dot != std::string_view::npos)
        name = name.substr(dot + 1);
    std::string text(name);
    text += "('";
    text += a->descr->code;
    text += '\'';
    if (a->size) {
        Value items = a->descr->code == 'u' ? TRY(to_unicode(a)) : TRY(to_list(a));
        Ref<StrObject> body = TRY(repr_str(items));
        text += ", ";
        text += body->view();
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<int64_t> array_unhashable(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }

Result<Value> array_add(Val left, Val right)
{
    if (!is_array(left))
        return Value::borrow(not_implemented());
    if (!is_array(right)) {
        if (may_reflect(right, BinaryOp::Add))
            return Value::borrow(not_implemented());
        return raise(&g_exc_TypeError, "can only append array (not \"{}\") to array", right.type()->type_name());
    }
    auto* a = as_array(left);
    auto* b = as_array(right);
    if (a->descr != b->descr)
        return raise(&g_exc_TypeError, "bad argument type for built-in operation");
    Value result = TRY(new_array(&g_array_type, a->descr, a->size + b->size));
    auto* r = as_array(result);
    int64_t size = itemsize(a);
    if (a->size)
        memcpy(r->data, a->data, size_t(a->size * size));
    if (b->size)
        memcpy(r->data + a->size * size, b->data, size_t(b->size * size));
    return result;
}

Result<Value> array_inplace_add(Val left, Val right)
{
    if (!is_array(left))
        return Value::borrow(not_implemented());
    if (!is_array(right)) {
        if (may_reflect(right, BinaryOp::Add))
            return Value::borrow(not_implemented());
        return raise(&g_exc_TypeError, "can only extend array with array (not \"{}\")", right.type()->type_name());
    }
    TRY(extend_from(as_array(left), right));
    return Value::borrow(left);
}

// Repeats the items in place, count times (none when count <= 0).
Result<void> repeat_into(ArrayObject* a, Val count_value)
{
    int64_t count = TRY(index_as_ssize(count_value));
    int64_t n = a->size;
    if (count <= 0 || n == 0)
        return resize(a, 0);
    int64_t size = itemsize(a);
    if (count > INT64_MAX / size / n)
        return raise_memory_error();
    TRY(resize(a, n * count));
    for (int64_t k = 1; k < count; ++k)
        memcpy(a->data + k * n * size, a->data, size_t(n * size));
    return {};
}

Result<Value> array_mul(Val left, Val right)
{
    bool reflected = !is_array(left);
    Val self = reflected ? right : left, count = reflected ? left : right;
    if (!repeat_count_operand(count))
        return reflected ? Value::borrow(not_implemented()) : sequence_mul_refused(count);
    Value result = TRY(copy_of(self));
    TRY(repeat_into(as_array(result), count));
    return result;
}

Result<Value> array_inplace_mul(Val left, Val right)
{
    if (!is_array(left))
        return Value::borrow(not_implemented());
    if (!repeat_count_operand(right))
        return sequence_mul_refused(right, false);
    TRY(repeat_into(as_array(left), right));
    return Value::borrow(left);
}

// ---- Buffer protocol ----

Result<void> array_get_buffer(Val self, BufferInfo& info, int)
{
    auto* a = as_array(self);
    static unsigned char s_empty[8] = {};
    info = BufferInfo();
    info.data = a->data ? a->data : s_empty;
    info.length = a->size * itemsize(a);
    info.itemsize = itemsize(a);
    info.format = std::string(1, a->descr->format);
    info.readonly = false;
    ++a->exports;
    return {};
}

void array_release_buffer(Val self) { --as_array(self)->exports; }

bool array_peek(Val self, std::string_view& out)
{
    auto* a = as_array(self);
    out = { reinterpret_cast<const char*>(a->data), size_t(a->size * itemsize(a)) };
    return true;
}

const BufferProcs s_array_buffer = { array_get_buffer, array_release_buffer, array_peek };

// ---- The iterator ----

struct ArrayIteratorObject : Object {
    Ref<ArrayObject> array;  // null once exhausted
    int64_t index;
};

Result<Value> array_iter(Val self)
{
    auto* it = static_cast<ArrayIteratorObject*>(alloc_object(&g_array_iterator_type));
    if (!it)
        return raise_memory_error();
    new (&it->array) Ref<ArrayObject>(as_array(self));
    it->index = 0;
    return Value::adopt(Val(it));
}

void array_iterator_destroy(Object* object) { static_cast<ArrayIteratorObject*>(object)->array.~Ref<ArrayObject>(); }

void array_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (ArrayObject* a = static_cast<ArrayIteratorObject*>(object)->array.get())
        visit(a, context);
}

void array_iterator_clear(Object* object) { static_cast<ArrayIteratorObject*>(object)->array = nullptr; }

Result<Value> array_iterator_next(Val self)
{
    auto* it = self.as<ArrayIteratorObject>();
    ArrayObject* a = it->array.get();
    if (!a)
        return Value();
    if (it->index < a->size)
        return get_item(a, it->index++);
    it->array = nullptr;
    return Value();
}

Result<Value> array_iterator_self(Val self) { return Value::borrow(self); }

Result<Value> array_iterator_new(TypeObject*, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "cannot create 'array.arrayiterator' instances");
}

Result<Value> array_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("arrayiterator.__reduce__", nargs - 1, kwnames));
    auto* it = args[0].as<ArrayIteratorObject>();
    Value iter = TRY(get_attr_str(Val(TRY(import_module("builtins"))), "iter"));
    if (!it->array) {
        Value empty = Value(tuple_empty());
        return Value(tuple_of({ iter, Value(tuple_of({ empty })) }));
    }
    Value inner = Value(tuple_of({ Val(it->array.get()) }));
    Value index = Value::small_int(it->index);
    return Value(tuple_of({ iter, inner, index }));
}

Result<Value> array_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("arrayiterator.__setstate__", nargs - 1, kwnames));
    auto* it = args[0].as<ArrayIteratorObject>();
    if (!is_int(args[1]))
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t index;
    if (!int_to_int64(args[1], index))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (it->array)
        it->index = std::clamp<int64_t>(index, 0, it->array->size);
    return none_value();
}

// ---- The module ----

// CPython's machine format codes: size (its table's), signedness, big-endian, kind.
struct MachineFormat {
    int size;
    bool is_signed;
    bool big_endian;
    char kind;  // 'i' integer, 'f' IEEE float, 'u' UTF-16, 'w' UTF-32
};

const MachineFormat s_mformats[] = {
    { 1, false, false, 'i' }, { 1, true, false, 'i' },  { 2, false, false, 'i' }, { 2, false, true, 'i' },
    { 2, true, false, 'i' },  { 2, true, true, 'i' },   { 4, false, false, 'i' }, { 4, false, true, 'i' },
    { 4, true, false, 'i' },  { 4, true, true, 'i' },   { 8, false, false, 'i' }, { 8, false, true, 'i' },
    { 8, true, false, 'i' },  { 8, true, true, 'i' },   { 4, false, false, 'f' }, { 4, false, true, 'f' },
    { 8, false, false, 'f' }, { 8, false, true, 'f' },  { 4, false, false, 'u' }, { 4, false, true, 'u' },
    { 8, false, false, 'w' }, { 8, false, true, 'w' },
};

uint64_t load_endian(const unsigned char* p, int size, bool big)
{
    uint64_t v = 0;
    for (int k = 0; k < size; ++k)
        v |= uint64_t(p[big ? size - 1 - k : k]) << (8 * k);
    return v;
}

Result<Value> make_array(Val arraytype, uint32_t typecode, Val items)
{
    Value code = Value(str_char(typecode));
    Val args[2] = { code, items };
    return array_new(static_cast<TypeObject*>(arraytype.object()), args, 2, nullptr);
}

// _array_reconstructor(arraytype, typecode, mformat_code, items, /)
Result<Value> array_reconstructor(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_array_reconstructor", kwnames));
    TRY(expect_arg_range("_array_reconstructor", nargs, 4, 4));
    if (!is_str(args[1]) || args[1].as<StrObject>()->length != 1)
        return raise(&g_exc_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not {}", args[1].type()->type_name());
    if (!is_int(args[2]) && !args[2].type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[2].type()->type_name());
    Value code_value = TRY(number_index(args[2]));
    int64_t mformat;
    if (!int_to_int64(code_value, mformat) || mformat < INT32_MIN || mformat > INT32_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    Val arraytype = args[0];
    if (!arraytype.type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "first argument must be a type object, not {}", arraytype.type()->type_name());
    auto* type = static_cast<TypeObject*>(arraytype.object());
    if (!is_subtype(type, &g_array_type))
        return raise(&g_exc_TypeError, "{} is not a subtype of array.array", type->type_name());
    uint32_t typecode = args[1].as<StrObject>()->at(0);
    const Descr* descr = find_descr(typecode);
    if (!descr)
        return raise(&g_exc_ValueError, "second argument must be a valid type code");
    if (mformat < 0 || mformat >= int64_t(std::size(s_mformats)))
        return raise(&g_exc_ValueError, "third argument must be a valid machine format code.");
    if (!is_bytes(args[3]))
        return raise(&g_exc_TypeError, "fourth argument should be bytes, not {}", args[3].type()->type_name());
    if (mformat == native_mformat(descr))
        return make_array(arraytype, typecode, args[3]);
    const MachineFormat& mf = s_mformats[mformat];
    auto* bytes = args[3].as<BytesObject>();
    std::string_view data(reinterpret_cast<const char*>(bytes->data), size_t(bytes->size));
    if (data.size() % size_t(mf.size))
        return raise(&g_exc_ValueError, "string length not a multiple of item size");
    if (mf.kind == 'u' || mf.kind == 'w') {
        const char* encoding = mf.kind == 'u' ? (mf.big_endian ? "utf-16-be" : "utf-16-le") : (mf.big_endian ? "utf-32-be" : "utf-32-le");
        Value text = TRY(decode_bytes(data, encoding, "strict"));
        return make_array(arraytype, typecode, text);
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    int64_t n = int64_t(data.size()) / mf.size;
    Ref<ListObject> list = list_new(n);
    for (int64_t i = 0; i < n; ++i) {
        uint64_t raw = load_endian(p + i * mf.size, mf.size, mf.big_endian);
        if (mf.kind == 'f') {
            double x = mf.size == 4 ? double(std::bit_cast<float>(uint32_t(raw))) : std::bit_cast<double>(raw);
            list_append(list.get(), float_from_double(x));
        } else if (mf.is_signed) {
            int shift = 64 - 8 * mf.size;
            list_append(list.get(), int_from_int64(int64_t(raw << shift) >> shift));
        } else {
            list_append(list.get(), int_from_uint64(raw));
        }
    }
    if (mf.kind == 'i') {
        // An integer format picks the typecode of its size and signedness.
        for (const Descr& d : s_descrs) {
            if ((d.kind == Kind::Signed || d.kind == Kind::Unsigned) && d.itemsize == mf.size &&
                (d.kind == Kind::Signed) == mf.is_signed && d.code != 'l' && d.code != 'L') {
                typecode = uint32_t(uint8_t(d.code));
                break;
            }
        }
    }
    return make_array(arraytype, typecode, Val(list.get()));
}

const MethodDef s_array_methods[] = {
    { "append", array_append, METHOD_INSTANCE, "Append new value v to the end of the array." },
    { "buffer_info", array_buffer_info, METHOD_INSTANCE, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes." },
    { "byteswap", array_byteswap, METHOD_INSTANCE, "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised." },
    { "__copy__", array_copy, METHOD_INSTANCE, "Return a copy of the array." },
    { "count", array_count, METHOD_INSTANCE, "Return number of occurrences of v in the array." },
    { "__deepcopy__", array_deepcopy, METHOD_INSTANCE, "Return a copy of the array." },
    { "extend", array_extend, METHOD_INSTANCE, "Append items to the end of the array." },
    { "frombytes", array_frombytes, METHOD_INSTANCE, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method." },
    { "fromfile", array_fromfile, METHOD_INSTANCE, "Read n objects from the file object f and append them to the end of the array." },
    { "fromlist", array_fromlist, METHOD_INSTANCE, "Append items to array from list." },
    { "fromunicode", array_fromunicode, METHOD_INSTANCE, "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type." },
    { "index", array_index, METHOD_INSTANCE, "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present." },
    { "insert", array_insert, METHOD_INSTANCE, "Insert a new item v into the array before position i." },
    { "pop", array_pop, METHOD_INSTANCE, "Return the i-th element and delete it from the array.\n\ni defaults to -1." },
    { "__reduce_ex__", array_reduce_ex, METHOD_INSTANCE, "Return state information for pickling." },
    { "remove", array_remove, METHOD_INSTANCE, "Remove the first occurrence of v in the array." },
    { "reverse", array_reverse, METHOD_INSTANCE, "Reverse the order of the items in the array." },
    { "tofile", array_tofile, METHOD_INSTANCE, "Write all items (as machine values) to the file object f." },
    { "tolist", array_tolist, METHOD_INSTANCE, "Convert array to an ordinary list with the same items." },
    { "tobytes", array_tobytes, METHOD_INSTANCE, "Convert the array to an array of machine values and return the bytes representation." },
    { "tounicode", array_tounicode, METHOD_INSTANCE, "Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type." },
    { "__sizeof__", array_sizeof, METHOD_INSTANCE, "Size of the array in memory, in bytes." },
    { "__class_getitem__", array_class_getitem, METHOD_CLASS, "See PEP 585" },
    { "__buffer__", buffer_dunder, METHOD_INSTANCE, "Return a buffer object that exposes the underlying memory of the object." },
    { "__release_buffer__", release_buffer_dunder, METHOD_INSTANCE, "Release the buffer object that exposes the underlying memory of the object." },
    {},
};

const GetSetDef s_array_getsets[] = {
    { "typecode", array_get_typecode, nullptr, "the typecode character used to create the array" },
    { "itemsize", array_get_itemsize, nullptr, "the size, in bytes, of one array item" },
    {},
};

const MethodDef s_array_iterator_methods[] = {
    { "__reduce__", array_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", array_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

const MethodDef s_array_functions[] = {
    { "_array_reconstructor", array_reconstructor, METHOD_STATIC, "Internal. Used for pickling support." },
    {},
};

const char s_array_doc[] =
    "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n"
    "initialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over "
    "elements of the\nappropriate type.\n\nArrays represent basic values and behave very much like lists, except\n"
    "the type of objects stored in them is constrained. The type is specified\nat object creation time by using a "
    "type code, which is a single character.\nThe following type codes are defined:\n\n"
    "    Type code   C Type             Minimum size in bytes\n"
    "    'b'         signed integer     1\n    'B'         unsigned integer   1\n"
    "    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n"
    "    'H'         unsigned integer   2\n    'i'         signed integer     2\n"
    "    'I'         unsigned integer   2\n    'l'         signed integer     4\n"
    "    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n"
    "    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n"
    "    'd'         floating point     8\n\n"
    "NOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide "
    "builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler "
    "used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\n"
    "Methods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving "
    "the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of "
    "occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\n"
    "fromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append "
    "items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new "
    "item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- "
    "remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- "
    "write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- "
    "return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create "
    "the array\nitemsize -- the length in bytes of one array item\n";

void init_types()
{
    type_init_static(g_array_type, "array.array", sizeof(ArrayObject), &g_object_type,
                     TYPE_BASETYPE | TYPE_WEAKREFABLE | TYPE_LEN_TRUTH | TYPE_CONCAT | TYPE_SEQUENCE);
    g_array_type.new_instance = array_new;
    g_array_type.destroy = array_destroy;
    g_array_type.repr = array_repr;
    g_array_type.hash = array_unhashable;
    g_array_type.richcompare = array_richcompare;
    g_array_type.getitem = array_getitem;
    g_array_type.setitem = array_setitem;
    g_array_type.len = array_len;
    g_array_type.to_bool = array_bool;
    g_array_type.contains = array_contains;
    g_array_type.iter = array_iter;
    g_array_type.binary[int(BinaryOp::Add)] = array_add;
    g_array_type.binary[int(BinaryOp::Mul)] = array_mul;
    g_array_type.inplace[int(BinaryOp::Add)] = array_inplace_add;
    g_array_type.inplace[int(BinaryOp::Mul)] = array_inplace_mul;
    g_array_type.buffer = &s_array_buffer;
    g_array_type.methods = s_array_methods;
    g_array_type.getsets = s_array_getsets;
    g_array_type.doc = s_array_doc;
    type_ready(g_array_type);
    dict_set_str(g_array_type.dict.get(), str_intern("__hash__"), Val(&g_none));  // as CPython: __hash__ = None
    dict_set_str(g_array_type.dict.get(), str_intern("__module__"), Val(str_intern("array")));

    type_init_static(g_array_iterator_type, "array.arrayiterator", sizeof(ArrayIteratorObject), &g_object_type, TYPE_GC);
    g_array_iterator_type.new_instance = array_iterator_new;
    g_array_iterator_type.destroy = array_iterator_destroy;
    g_array_iterator_type.traverse = array_iterator_traverse;
    g_array_iterator_type.clear = array_iterator_clear;
    g_array_iterator_type.iter = array_iterator_self;
    g_array_iterator_type.iternext = array_iterator_next;
    g_array_iterator_type.methods = s_array_iterator_methods;
    type_ready(g_array_iterator_type);
    dict_set_str(g_array_iterator_type.dict.get(), str_intern("__module__"), Val(str_intern("array")));
}

}  // namespace

Ref<ModuleObject> array_module_create()
{
    if (!g_array_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("array"));
    module_add_functions(module.get(), s_array_functions);
    module_set(module.get(), "__doc__", Val(str_from_utf8("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n").get()));
    module_set(module.get(), "array", Val(&g_array_type));
    module_set(module.get(), "ArrayType", Val(&g_array_type));
    module_set(module.get(), "typecodes", Val(str_intern("bBuhHiIlLqQfd")));
    // As CPython's module: arrays are registered as MutableSequences.
    auto abc = import_module("_collections_abc");
    if (abc.is_error()) {
        clear_error();
        return module;
    }
    auto registered = get_attr_str(abc.value(), "MutableSequence");
    if (!registered.is_error())
        registered = call_method(registered.value(), str_intern("register"), { Val(&g_array_type) });
    if (registered.is_error())
        clear_error();
    return module;
}

}  // namespace ginger
