// _array: the native core of lib/array.py. `_array.storage` keeps an array's items as machine bytes and
// exports them through the buffer protocol (format = the item's struct code), so memoryview(a), bytes(a),
// file writes, struct.pack_into(..., a, ...) and every other buffer consumer see the array's own memory.
// lib/array.py's `array` class derives from it and does the item conversions with struct.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace ginger {

namespace {

TypeObject g_array_storage_type;

// Invariants: 0 <= size <= capacity; size is a multiple of itemsize; while exports > 0 the data does not
// move and size does not change.
struct ArrayStorageObject : Object {
    int64_t size;
    int64_t capacity;
    unsigned char* data;  // owned (malloc)
    int64_t exports;
    int64_t itemsize;     // 1 until _setformat()
    char format[2];       // the struct code of an item ("B" until _setformat())
};

ArrayStorageObject* as_storage(Val v) { return static_cast<ArrayStorageObject*>(v.object()); }

Result<void> check_resize(ArrayStorageObject* a, int64_t new_size)
{
    if (new_size != a->size && a->exports > 0)
        return raise(&g_exc_BufferError, "cannot resize an array that is exporting buffers");
    return {};
}

void reserve(ArrayStorageObject* a, int64_t capacity)
{
    if (capacity <= a->capacity)
        return;
    int64_t grown = std::max(capacity, a->capacity + a->capacity / 2 + 16);
    auto* data = static_cast<unsigned char*>(realloc(a->data, size_t(grown)));
    if (!data)
        out_of_memory();
    a->data = data;
    a->capacity = grown;
}

Result<Value> storage_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* a = static_cast<ArrayStorageObject*>(alloc_object(type));
    if (!a)
        return raise_memory_error();
    a->itemsize = 1;
    a->format[0] = 'B';
    return Value::adopt(Val(a));
}

void storage_destroy(Object* object)
{
    auto* a = static_cast<ArrayStorageObject*>(object);
    free(a->data);
    a->data = nullptr;
}

// _setformat(code, itemsize): the struct code and size of an item (before any data is stored).
Result<Value> storage_setformat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_setformat", nargs - 1, kwnames, 2, 2));
    if (!is_str(args[1]) || args[1].as<StrObject>()->view().size() != 1)
        return raise(&g_exc_TypeError, "_setformat() needs a one-character str");
    auto* a = as_storage(args[0]);
    a->format[0] = args[1].as<StrObject>()->view()[0];
    a->itemsize = TRY(index_as_ssize(args[2]));
    return none_value();
}

// _nbytes(): the size of the items in bytes.
Result<Value> storage_nbytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_nbytes", nargs - 1, kwnames, 0, 0));
    return Value::small_int(as_storage(args[0])->size);
}

// _getbytes(start=0, stop=size): a copy of the bytes [start, stop).
Result<Value> storage_getbytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_getbytes", nargs - 1, kwnames, 0, 2));
    auto* a = as_storage(args[0]);
    int64_t start = nargs > 1 ? TRY(index_as_ssize(args[1])) : 0;
    int64_t stop = nargs > 2 ? TRY(index_as_ssize(args[2])) : a->size;
    start = std::clamp<int64_t>(start, 0, a->size);
    stop = std::clamp<int64_t>(stop, start, a->size);
    return Value(bytes_from(reinterpret_cast<const char*>(a->data) + start, size_t(stop - start)));
}

// _setbytes(data, start=0, stop=size): replaces the bytes [start, stop) with data (any bytes-like object).
Result<Value> storage_setbytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_setbytes", nargs - 1, kwnames, 1, 3));
    auto* a = as_storage(args[0]);
    Buffer source;
    TRY(get_contiguous_buffer(args[1], source));
    std::string copy(source.bytes());  // the source may be this array
    source.release();
    int64_t start = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    int64_t stop = nargs > 3 ? TRY(index_as_ssize(args[3])) : a->size;
    start = std::clamp<int64_t>(start, 0, a->size);
    stop = std::clamp<int64_t>(stop, start, a->size);
    int64_t added = int64_t(copy.size()), removed = stop - start;
    int64_t new_size = a->size - removed + added;
    if (new_size > memory_limit())
        return raise_memory_error();
    TRY(check_resize(a, new_size));
    reserve(a, new_size);
    if (added != removed && a->size > stop)
        memmove(a->data + start + added, a->data + stop, size_t(a->size - stop));
    if (added)
        memcpy(a->data + start, copy.data(), copy.size());
    a->size = new_size;
    return none_value();
}

Result<void> storage_get_buffer(Val self, BufferInfo& info, int)
{
    auto* a = as_storage(self);
    static unsigned char s_empty = 0;
    info = BufferInfo();
    info.data = a->data ? a->data : &s_empty;
    info.length = a->size;
    info.itemsize = a->itemsize;
    info.format = std::string(1, a->format[0]);
    info.readonly = false;
    ++a->exports;
    return {};
}

void storage_release_buffer(Val self) { --as_storage(self)->exports; }

bool storage_peek(Val self, std::string_view& out)
{
    auto* a = as_storage(self);
    out = { reinterpret_cast<const char*>(a->data), size_t(a->size) };
    return true;
}

const BufferProcs s_storage_buffer = { storage_get_buffer, storage_release_buffer, storage_peek };

const MethodDef s_storage_methods[] = {
    { "__buffer__", buffer_dunder, METHOD_INSTANCE, "Return a buffer object that exposes the underlying memory of the object." },
    { "__release_buffer__", release_buffer_dunder, METHOD_INSTANCE, "Release the buffer object that exposes the underlying memory of the object." },
    { "_setformat", storage_setformat, METHOD_INSTANCE, nullptr },
    { "_nbytes", storage_nbytes, METHOD_INSTANCE, nullptr },
    { "_getbytes", storage_getbytes, METHOD_INSTANCE, nullptr },
    { "_setbytes", storage_setbytes, METHOD_INSTANCE, nullptr },
    {},
};

}  // namespace

Ref<ModuleObject> array_module_create()
{
    if (!g_array_storage_type.has_flag(TYPE_READY)) {
        type_init_static(g_array_storage_type, "_array.storage", sizeof(ArrayStorageObject), &g_object_type, TYPE_BASETYPE);
        g_array_storage_type.new_instance = storage_new;
        g_array_storage_type.destroy = storage_destroy;
        g_array_storage_type.buffer = &s_storage_buffer;
        g_array_storage_type.methods = s_storage_methods;
        g_array_storage_type.doc = "The items of an array.array as machine bytes, exported as a buffer.";
        type_ready(g_array_storage_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_array"));
    module_set(module.get(), "storage", Val(&g_array_storage_type));
    return module;
}

}  // namespace ginger
