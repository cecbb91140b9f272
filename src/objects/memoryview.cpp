// The buffer protocol's consumer side (get_buffer) and memoryview. As in CPython, every memoryview derived
// from one export (slices, casts, memoryview(mv), toreadonly) is registered with one managed buffer, which
// holds the export and gives it back when the last of its views is released.
#include "objects/buffer.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/container_util.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "support/half_float.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>

namespace ginger {

TypeObject g_memoryview_type;

namespace {

TypeObject g_managed_buffer_type, g_memory_iterator_type;

constexpr int MAX_NDIM = 64;

// Invariant: while !released, `master` holds the export of `obj` (or of what obj.__buffer__ returned).
struct ManagedBufferObject : Object {
    Buffer master;
    Value obj;      // what memoryview() was given: memoryview.obj
    int64_t views;  // registered memoryviews not yet released
    bool released;
};

// A view of part (or all) of its managed buffer's memory. Invariant: shape and strides have ndim entries;
// length == itemsize * product(shape).
struct MemoryViewObject : Object {
    Ref<ManagedBufferObject> mbuf;
    BufferInfo view;
    int64_t hash;     // -1 until computed
    int64_t exports;  // buffers exported from this memoryview itself
    bool released;
};

struct MemoryIteratorObject : Object {
    Value sequence;  // the memoryview; null once exhausted
    int64_t index;
};

MemoryViewObject* as_view(Val v) { return static_cast<MemoryViewObject*>(v.object()); }

bool inaccessible(MemoryViewObject* mv) { return mv->released || mv->mbuf->released; }

Error raise_released() { return raise(&g_exc_ValueError, "operation forbidden on released memoryview object"); }

Result<MemoryViewObject*> open_view(Val v)
{
    MemoryViewObject* mv = as_view(v);
    if (inaccessible(mv))
        return raise_released();
    return mv;
}

// ---- managed buffers ----

void mbuf_release(ManagedBufferObject* m)
{
    if (m->released)
        return;
    m->released = true;
    m->master.release();
}

void mbuf_destroy(Object* object)
{
    auto* m = static_cast<ManagedBufferObject*>(object);
    mbuf_release(m);
    m->master.~Buffer();
    m->obj.~Value();
}

void mbuf_traverse(Object* object, VisitFn visit, void* context)
{
    auto* m = static_cast<ManagedBufferObject*>(object);
    buffer_traverse(m->master, visit, context);
    visit_val(m->obj, visit, context);
}

void mbuf_clear(Object* object)
{
    auto* m = static_cast<ManagedBufferObject*>(object);
    mbuf_release(m);
    m->obj.clear();
}

// ---- memoryview construction ----

MemoryViewObject* view_alloc()
{
    auto* mv = static_cast<MemoryViewObject*>(alloc_object(&g_memoryview_type));
    if (!mv)
        out_of_memory();
    new (&mv->mbuf) Ref<ManagedBufferObject>();
    new (&mv->view) BufferInfo();
    mv->hash = -1;
    return mv;
}

// A new memoryview registered with m, describing `view`.
Value add_view(ManagedBufferObject* m, const BufferInfo& view)
{
    MemoryViewObject* mv = view_alloc();
    mv->mbuf = Ref<ManagedBufferObject>(m);
    mv->view = view;
    mv->view.complete();
    ++m->views;
    return Value::adopt(Val(mv));
}

void view_release(MemoryViewObject* mv)
{
    if (mv->released)
        return;
    mv->released = true;
    if (mv->mbuf && --mv->mbuf->views == 0)
        mbuf_release(mv->mbuf.get());
}

void memoryview_destroy(Object* object)
{
    auto* mv = static_cast<MemoryViewObject*>(object);
    view_release(mv);
    mv->mbuf.~Ref<ManagedBufferObject>();
    mv->view.~BufferInfo();
}

void memoryview_traverse(Object* object, VisitFn visit, void* context)
{
    auto* mv = static_cast<MemoryViewObject*>(object);
    if (mv->mbuf)
        visit(mv->mbuf.get(), context);
}

void memoryview_clear(Object* object)
{
    auto* mv = static_cast<MemoryViewObject*>(object);
    view_release(mv);
    mv->mbuf = Ref<ManagedBufferObject>();
}

// ---- formats: native single characters, as struct's '@' mode ----

// The item size of a native single-character format (with an optional '@'), or 0.
int64_t native_item_size(std::string_view format, char* code = nullptr)
{
    if (!format.empty() && format[0] == '@')
        format.remove_prefix(1);
    if (format.size() != 1)
        return 0;
    int64_t size = 0;
    switch (format[0]) {
    case 'c': case 'b': case 'B': case '?': size = 1; break;
    case 'h': case 'H': case 'e': size = 2; break;
    case 'i': case 'I': case 'f': size = 4; break;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': size = 8; break;
    default: return 0;
    }
    if (code)
        *code = format[0];
    return size;
}

bool is_byte_format(char code) { return code == 'b' || code == 'B' || code == 'c'; }

// The format character items are read with; NotImplementedError for formats memoryview cannot unpack.
Result<char> item_format(const BufferInfo& view)
{
    std::string_view format = view.format;
    if (!format.empty() && format[0] == '@')
        format.remove_prefix(1);
    if (format.size() == 1)
        return format[0];
    return raise(&g_exc_NotImplementedError, "memoryview: unsupported format {}", view.format);
}

template<class T>
T load(const unsigned char* p)
{
    T value;
    memcpy(&value, p, sizeof value);
    return value;
}

template<class T>
void store(unsigned char* p, T value) { memcpy(p, &value, sizeof value); }

Result<Value> unpack_item(const unsigned char* p, char code)
{
    switch (code) {
    case 'B': return Value::small_int(p[0]);
    case 'b': return Value::small_int(int8_t(p[0]));
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return int_from_int64(load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return int_from_uint64(load<uint64_t>(p));
    case '?': return bool_value(p[0] != 0);
    case 'f': return float_from_double(double(load<float>(p)));
    case 'd': return float_from_double(load<double>(p));
    case 'e': return float_from_double(half_to_double(load<uint16_t>(p)));
    case 'c': return Value(bytes_from(reinterpret_cast<const char*>(p), 1));
    default: break;
    }
    return raise(&g_exc_NotImplementedError, "memoryview: format {} not supported", std::string(1, code));
}

Error invalid_type(char code) { return raise(&g_exc_TypeError, "memoryview: invalid type for format '{}'", std::string(1, code)); }
Error invalid_value(char code) { return raise(&g_exc_ValueError, "memoryview: invalid value for format '{}'", std::string(1, code)); }

// CPython's fix_error_int: TypeError becomes "invalid type", OverflowError and ValueError "invalid value".
Error fix_error(char code)
{
    if (error_matches(&g_exc_TypeError)) {
        clear_error();
        return invalid_type(code);
    }
    if (error_matches(&g_exc_OverflowError) || error_matches(&g_exc_ValueError)) {
        clear_error();
        return invalid_value(code);
    }
    return Error();
}

Result<void> pack_item(unsigned char* p, char code, Val item)
{
    switch (code) {
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P': {
        auto index = number_index(item);
        if (index.is_error())
            return fix_error(code);
        Value integer = index.release_value();
        bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
        int64_t s = 0;
        uint64_t u = 0;
        if (is_signed) {
            if (!int_to_int64(integer, s))
                return invalid_value(code);
        } else {
            if (int_sign(integer) < 0)
                return invalid_value(code);
            if (!int_to_int64(integer, s)) {
                if (int_bit_length(integer) > 64)
                    return invalid_value(code);
                Value low = TRY(int_binary(integer, Val(int_from_uint64(uint64_t(1) << 63)), BinaryOp::Sub));
                int64_t rest;
                VERIFY(int_to_int64(low, rest));
                u = uint64_t(rest) + (uint64_t(1) << 63);
            } else {
                u = uint64_t(s);
            }
        }
        switch (code) {
        case 'b': if (s < -128 || s > 127) return invalid_value(code); p[0] = uint8_t(s); break;
        case 'h': if (s < INT16_MIN || s > INT16_MAX) return invalid_value(code); store(p, int16_t(s)); break;
        case 'i': if (s < INT32_MIN || s > INT32_MAX) return invalid_value(code); store(p, int32_t(s)); break;
        case 'l': case 'q': case 'n': store(p, s); break;
        case 'B': if (u > 255) return invalid_value(code); p[0] = uint8_t(u); break;
        case 'H': if (u > UINT16_MAX) return invalid_value(code); store(p, uint16_t(u)); break;
        case 'I': if (u > UINT32_MAX) return invalid_value(code); store(p, uint32_t(u)); break;
        default: store(p, u); break;
        }
        return {};
    }
    case 'f': case 'd': case 'e': {
        auto converted = float_as_double(item);
        if (converted.is_error())
            return fix_error(code);
        double d = converted.release_value();
        if (code == 'f') {
            store(p, float(d));
        } else if (code == 'd') {
            store(p, d);
        } else {
            uint16_t bits;
            if (!double_to_half(d, bits))
                return invalid_value(code);
            store(p, bits);
        }
        return {};
    }
    case '?':
        p[0] = TRY(is_truthy(item)) ? 1 : 0;
        return {};
    case 'c':
        if (!is_bytes(item))
            return invalid_type(code);
        if (item.as<BytesObject>()->size != 1)
            return invalid_value(code);
        p[0] = item.as<BytesObject>()->data[0];
        return {};
    default: break;
    }
    return raise(&g_exc_NotImplementedError, "memoryview: format {} not supported", std::string(1, code));
}

// ---- layout helpers ----

int64_t product(const std::vector<int64_t>& shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

void c_strides(BufferInfo& view)
{
    view.strides.assign(size_t(view.ndim), 0);
    int64_t stride = view.itemsize;
    for (int i = view.ndim - 1; i >= 0; --i) {
        view.strides[size_t(i)] = stride;
        stride *= view.shape[size_t(i)];
    }
}

// Calls f(pointer) for every item in C order (the last index varies fastest).
template<class F>
Result<void> for_each_item(const BufferInfo& view, F&& f)
{
    if (view.ndim == 0)
        return f(view.data);
    std::vector<int64_t> index(size_t(view.ndim), 0);
    if (product(view.shape) == 0)
        return {};
    unsigned char* p = view.data;
    for (;;) {
        TRY(f(p));
        int dim = view.ndim - 1;
        for (; dim >= 0; --dim) {
            size_t d = size_t(dim);
            p += view.strides[d];
            if (++index[d] < view.shape[d])
                break;
            p -= view.strides[d] * view.shape[d];
            index[d] = 0;
        }
        if (dim < 0)
            return {};
    }
}

Result<void> check_index_key(Val key, int64_t& out)
{
    if (key.is_small_int()) {
        out = key.small_int_value();
        return {};
    }
    Value index = TRY(number_index(key));
    if (!int_to_int64(index, out))
        return raise(&g_exc_IndexError, "cannot fit '{}' into an index-sized integer", key.type()->type_name());
    return {};
}

bool is_index_like(Val v) { return is_int(v) || (v.is_object() && v.type()->index); }

Result<unsigned char*> lookup_dimension(const BufferInfo& view, unsigned char* p, int dim, int64_t index)
{
    int64_t items = view.shape[size_t(dim)];
    if (index < 0)
        index += items;
    if (index < 0 || index >= items)
        return raise(&g_exc_IndexError, "index out of bounds on dimension {}", int64_t(dim + 1));
    return p + view.strides[size_t(dim)] * index;
}

Result<unsigned char*> pointer_from_tuple(const BufferInfo& view, TupleObject* key)
{
    int64_t count = key->size;
    if (count > view.ndim)
        return raise(&g_exc_TypeError, "cannot index {}-dimension view with {}-element tuple", int64_t(view.ndim), count);
    unsigned char* p = view.data;
    for (int64_t i = 0; i < count; ++i) {
        int64_t index;
        TRY(check_index_key(key->items[i], index));
        p = TRY(lookup_dimension(view, p, int(i), index));
    }
    return p;
}

bool is_multi_index(Val key)
{
    if (!is_tuple(key))
        return false;
    auto* t = key.as<TupleObject>();
    for (int64_t i = 0; i < t->size; ++i)
        if (!is_index_like(t->items[i]))
            return false;
    return true;
}

bool is_multi_slice(Val key)
{
    if (!is_tuple(key) || key.as<TupleObject>()->size == 0)
        return false;
    auto* t = key.as<TupleObject>();
    for (int64_t i = 0; i < t->size; ++i)
        if (!is_slice(t->items[i]))
            return false;
    return true;
}

// Packs value into the item at p. The value is converted first and the view checked again, since its
// __index__/__float__/__bool__ may release the view (and free the memory).
Result<void> store_item(Val self, unsigned char* p, char code, Val value)
{
    unsigned char item[16];
    TRY(pack_item(item, code, value));
    MemoryViewObject* mv = TRY(open_view(self));
    memcpy(p, item, size_t(mv->view.itemsize));
    return {};
}

// ---- the memoryview type ----

Result<Value> memoryview_new(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    if (nargs == 0 && !kwnames)
        return raise(&g_exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    TRY(bind_args("memoryview", args, nargs, kwnames, { "object" }, 1, bound));
    return memoryview_from_object(bound[0]);
}

Result<Value> memoryview_repr(Val self)
{
    char text[64];
    snprintf(text, sizeof text, as_view(self)->released ? "<released memory at %p>" : "<memory at %p>", static_cast<void*>(self.object()));
    return Value(str_from_ascii(text));
}

Result<int64_t> memoryview_len(Val self)
{
    MemoryViewObject* mv = TRY(open_view(self));
    if (mv->view.ndim == 0)
        return raise(&g_exc_TypeError, "0-dim memory has no length");
    return mv->view.shape[0];
}

Result<Value> memoryview_getitem(Val self, Val key)
{
    MemoryViewObject* mv = TRY(open_view(self));
    const BufferInfo& view = mv->view;
    if (view.ndim == 0) {
        if (is_tuple(key) && key.as<TupleObject>()->size == 0)
            return unpack_item(view.data, TRY(item_format(view)));
        if (key.is(Val(&g_ellipsis)))
            return Value::borrow(self);
        return raise(&g_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(key)) {
        int64_t index;
        TRY(check_index_key(key, index));
        TRY(open_view(self));  // __index__ may have released the view
        char code = TRY(item_format(view));
        if (view.ndim > 1)
            return raise(&g_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        unsigned char* p = TRY(lookup_dimension(view, view.data, 0, index));
        return unpack_item(p, code);
    }
    if (is_slice(key)) {
        // As CPython, the new view is registered first: releasing self from __index__ leaves it valid.
        Value result = add_view(mv->mbuf.get(), view);
        BufferInfo& sliced = as_view(result)->view;
        SliceBounds b = TRY(slice_bounds(key, sliced.shape[0]));
        sliced.data += sliced.strides[0] * b.start;
        sliced.shape[0] = b.length;
        sliced.strides[0] *= b.step;
        sliced.length = product(sliced.shape) * sliced.itemsize;
        return result;
    }
    if (is_multi_index(key)) {
        char code = TRY(item_format(view));
        if (key.as<TupleObject>()->size < view.ndim)
            return raise(&g_exc_NotImplementedError, "sub-views are not implemented");
        unsigned char* p = TRY(pointer_from_tuple(view, key.as<TupleObject>()));
        TRY(open_view(self));
        return unpack_item(p, code);
    }
    if (is_multi_slice(key))
        return raise(&g_exc_NotImplementedError, "multi-dimensional slicing is not implemented");
    return raise(&g_exc_TypeError, "memoryview: invalid slice key");
}

bool equivalent_format(const BufferInfo& a, const BufferInfo& b)
{
    std::string_view fa = a.format, fb = b.format;
    if (!fa.empty() && fa[0] == '@')
        fa.remove_prefix(1);
    if (!fb.empty() && fb[0] == '@')
        fb.remove_prefix(1);
    return fa == fb && a.itemsize == b.itemsize;
}

bool equivalent_shape(const BufferInfo& a, const BufferInfo& b)
{
    if (a.ndim != b.ndim)
        return false;
    for (int i = 0; i < a.ndim; ++i) {
        if (a.shape[size_t(i)] != b.shape[size_t(i)])
            return false;
        if (a.shape[size_t(i)] == 0)
            break;
    }
    return true;
}

Result<void> memoryview_setitem(Val self, Val key, Val value)
{
    MemoryViewObject* mv = TRY(open_view(self));
    BufferInfo& view = mv->view;
    char code = TRY(item_format(view));
    if (view.readonly)
        return raise(&g_exc_TypeError, "cannot modify read-only memory");
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete memory");
    if (view.ndim == 0) {
        if (key.is(Val(&g_ellipsis)) || (is_tuple(key) && key.as<TupleObject>()->size == 0))
            return store_item(self, view.data, code, value);
        return raise(&g_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(key)) {
        if (view.ndim > 1)
            return raise(&g_exc_NotImplementedError, "sub-views are not implemented");
        int64_t index;
        TRY(check_index_key(key, index));
        TRY(open_view(self));
        unsigned char* p = TRY(lookup_dimension(view, view.data, 0, index));
        return store_item(self, p, code, value);
    }
    if (is_slice(key) && view.ndim == 1) {
        Buffer source;
        if (!TRY(get_buffer(value, source, BUFFER_SIMPLE)))
            return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", value.type()->type_name());
        source.info.complete();
        SliceBounds b = TRY(slice_bounds(key, view.shape[0]));
        TRY(open_view(self));
        BufferInfo dest = view;
        dest.data = view.data + view.strides[0] * b.start;
        dest.shape[0] = b.length;
        dest.strides[0] = view.strides[0] * b.step;
        if (!equivalent_format(dest, source.info) || !equivalent_shape(dest, source.info))
            return raise(&g_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        // Through a copy: source and destination may overlap.
        std::string items = buffer_to_contiguous(source.info);
        for (int64_t i = 0; i < b.length; ++i)
            memcpy(dest.data + i * dest.strides[0], items.data() + i * dest.itemsize, size_t(dest.itemsize));
        return {};
    }
    if (is_multi_index(key)) {
        if (key.as<TupleObject>()->size < view.ndim)
            return raise(&g_exc_NotImplementedError, "sub-views are not implemented");
        unsigned char* p = TRY(pointer_from_tuple(view, key.as<TupleObject>()));
        TRY(open_view(self));
        return store_item(self, p, code, value);
    }
    if (is_slice(key) || is_multi_slice(key))
        return raise(&g_exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return raise(&g_exc_TypeError, "memoryview: invalid slice key");
}

// Item-by-item equality of two buffers of equivalent shape; false for formats memoryview cannot read.
Result<bool> items_equal(const BufferInfo& a, const BufferInfo& b)
{
    char ca = 0, cb = 0;
    if (!native_item_size(a.format, &ca) || !native_item_size(b.format, &cb))
        return false;
    if (a.ndim == 0)
        return rich_compare_bool(TRY(unpack_item(a.data, ca)), TRY(unpack_item(b.data, cb)), CompareOp::Eq);
    std::vector<Value> left;
    TRY(for_each_item(a, [&](unsigned char* p) -> Result<void> {
        left.push_back(TRY(unpack_item(p, ca)));
        return {};
    }));
    size_t i = 0;
    bool equal = true;
    TRY(for_each_item(b, [&](unsigned char* p) -> Result<void> {
        if (!equal)
            return {};
        Value right = TRY(unpack_item(p, cb));
        Value result = TRY(rich_compare(left[i++], right, CompareOp::Eq));
        equal = TRY(is_truthy(result));
        return {};
    }));
    return equal;
}

Result<Value> memoryview_richcompare(Val a, Val b, CompareOp op)
{
    if (op != CompareOp::Eq && op != CompareOp::Ne)
        return Value::borrow(not_implemented());
    bool equal;
    MemoryViewObject* mv = as_view(a);
    if (inaccessible(mv) || (is_memoryview(b) && inaccessible(as_view(b)))) {
        equal = a.is(b);
    } else {
        Buffer other;
        auto got = get_buffer(b, other, BUFFER_SIMPLE);
        if (got.is_error()) {
            clear_error();
            return Value::borrow(not_implemented());
        }
        if (!got.release_value())
            return Value::borrow(not_implemented());
        other.info.complete();
        if (!equivalent_shape(mv->view, other.info))
            equal = false;
        else
            equal = TRY(items_equal(mv->view, other.info));
    }
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

Result<int64_t> memoryview_hash(Val self)
{
    MemoryViewObject* mv = as_view(self);
    if (mv->hash != -1)
        return mv->hash;
    TRY(open_view(self));
    if (!mv->view.readonly)
        return raise(&g_exc_ValueError, "cannot hash writable memoryview object");
    char code = 0;
    if (!native_item_size(mv->view.format, &code) || !is_byte_format(code))
        return raise(&g_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    if (mv->mbuf->obj && !is_none(mv->mbuf->obj))
        TRY(object_hash(mv->mbuf->obj));
    mv->hash = bytes_hash_data(buffer_to_contiguous(mv->view));
    return mv->hash;
}

Result<Value> memoryview_iter(Val self)
{
    MemoryViewObject* mv = TRY(open_view(self));
    if (mv->view.ndim == 0)
        return raise(&g_exc_TypeError, "invalid indexing of 0-dim memory");
    if (mv->view.ndim != 1)
        return raise(&g_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    TRY(item_format(mv->view));
    auto* it = static_cast<MemoryIteratorObject*>(alloc_object(&g_memory_iterator_type));
    if (!it)
        return raise_memory_error();
    it->sequence = Value::borrow(self);
    it->index = 0;
    return Value::adopt(Val(it));
}

Result<Value> memory_iterator_next(Val self)
{
    auto* it = self.as<MemoryIteratorObject>();
    if (!it->sequence)
        return Value();
    MemoryViewObject* mv = TRY(open_view(it->sequence));
    if (it->index >= mv->view.shape[0]) {
        it->sequence.clear();
        return Value();
    }
    char code = TRY(item_format(mv->view));
    return unpack_item(mv->view.data + mv->view.strides[0] * it->index++, code);
}

void memory_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    visit_val(static_cast<MemoryIteratorObject*>(object)->sequence, visit, context);
}

void memory_iterator_destroy(Object* object) { static_cast<MemoryIteratorObject*>(object)->sequence.~Value(); }

// ---- methods ----

MemoryViewObject* self_of(const Val* args) { return as_view(args[0]); }

Result<Value> memoryview_release(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("memoryview.release", nargs - 1, kwnames, 0, 0));
    MemoryViewObject* mv = self_of(args);
    if (mv->released)
        return none_value();
    if (mv->exports > 0)
        return raise(&g_exc_BufferError, "memoryview has {} exported buffer{}", mv->exports, mv->exports == 1 ? "" : "s");
    view_release(mv);
    return none_value();
}

Result<Value> memoryview_enter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("memoryview.__enter__", nargs - 1, kwnames, 0, 0));
    TRY(open_view(args[0]));
    return Value::borrow(args[0]);
}

Result<Value> memoryview_exit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("__exit__", kwnames));
    return memoryview_release(args, 1, nullptr);
}

Result<Value> memoryview_tobytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[1];
    TRY(bind_args("tobytes", args + 1, nargs - 1, kwnames, { "order" }, 0, bound));
    MemoryViewObject* mv = TRY(open_view(args[0]));
    char order = 'C';
    if (bound[0] && !is_none(bound[0])) {
        if (!is_str(bound[0]))
            return raise(&g_exc_TypeError, "tobytes() argument 'order' must be str or None, not {}", bound[0].type()->type_name());
        std::string_view text = bound[0].as<StrObject>()->view();
        if (text != "C" && text != "F" && text != "A")
            return raise(&g_exc_ValueError, "order must be 'C', 'F' or 'A'");
        order = text[0];
    }
    return Value(bytes_from(buffer_to_contiguous(mv->view, order)));
}

Result<Value> memoryview_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("hex", args + 1, nargs - 1, kwnames, { "sep", "bytes_per_sep" }, 0, bound));
    MemoryViewObject* mv = TRY(open_view(args[0]));
    return bytes_hex_string(buffer_to_contiguous(mv->view), bound[0], bound[1]);
}

Result<Value> tolist_dimension(const BufferInfo& view, unsigned char* p, int dim, char code)
{
    int64_t count = view.shape[size_t(dim)];
    Ref<ListObject> list = list_new(count);
    for (int64_t i = 0; i < count; ++i, p += view.strides[size_t(dim)]) {
        Value item = dim + 1 == view.ndim ? TRY(unpack_item(p, code)) : TRY(tolist_dimension(view, p, dim + 1, code));
        list_append(list.get(), std::move(item));
    }
    return Value(std::move(list));
}

Result<Value> memoryview_tolist(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("memoryview.tolist", nargs - 1, kwnames, 0, 0));
    MemoryViewObject* mv = TRY(open_view(args[0]));
    char code = TRY(item_format(mv->view));
    if (mv->view.ndim == 0)
        return unpack_item(mv->view.data, code);
    return tolist_dimension(mv->view, mv->view.data, 0, code);
}

Result<Value> memoryview_toreadonly(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("memoryview.toreadonly", nargs - 1, kwnames, 0, 0));
    MemoryViewObject* mv = TRY(open_view(args[0]));
    BufferInfo view = mv->view;
    view.readonly = true;
    return add_view(mv->mbuf.get(), view);
}

Result<Value> memoryview_cast(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    if (nargs == 1 && !kwnames)
        return raise(&g_exc_TypeError, "cast() missing required argument 'format' (pos 1)");
    TRY(bind_args("cast", args + 1, nargs - 1, kwnames, { "format", "shape" }, 1, bound));
    if (!is_str(bound[0]))
        return raise(&g_exc_TypeError, "cast() argument 'format' must be str, not {}", bound[0].type()->type_name());
    MemoryViewObject* mv = TRY(open_view(args[0]));
    const BufferInfo& view = mv->view;
    if (!view.is_c_contiguous())
        return raise(&g_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    Val shape = bound[1];
    if ((shape || view.ndim != 1) && view.ndim > 0 && product(view.shape) == 0)
        return raise(&g_exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    int64_t ndim = 1;
    if (shape) {
        if (!is_list(shape) && !is_tuple(shape))
            return raise(&g_exc_TypeError, "shape must be a list or a tuple");
        ndim = is_list(shape) ? shape.as<ListObject>()->size : shape.as<TupleObject>()->size;
        if (ndim > MAX_NDIM)
            return raise(&g_exc_ValueError, "memoryview: number of dimensions must not exceed 64");
        if (view.ndim != 1 && ndim != 1)
            return raise(&g_exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    std::string_view format = bound[0].as<StrObject>()->view();
    char destination = 0, source = 0;
    int64_t itemsize = native_item_size(format, &destination);
    if (!itemsize)
        return raise(&g_exc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if ((!native_item_size(view.format, &source) || !is_byte_format(source)) && !is_byte_format(destination))
        return raise(&g_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    if (view.length % itemsize)
        return raise(&g_exc_TypeError, "memoryview: length is not a multiple of itemsize");
    BufferInfo cast = view;
    cast.format = std::string(format);
    cast.itemsize = itemsize;
    cast.ndim = 1;
    cast.shape = { view.length / itemsize };
    cast.strides = { itemsize };
    if (shape) {
        cast.ndim = int(ndim);
        cast.shape.clear();
        int64_t length = itemsize;
        for (int64_t i = 0; i < ndim; ++i) {
            Val item = is_list(shape) ? Val(shape.as<ListObject>()->item(i)) : Val(shape.as<TupleObject>()->items[i]);
            if (!is_int(item))
                return raise(&g_exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            int64_t n;
            if (!int_to_int64(item, n))
                return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
            if (n <= 0)
                return raise(&g_exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            if (n > INT64_MAX / length)
                return raise(&g_exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            length *= n;
            cast.shape.push_back(n);
        }
        if (length != view.length)
            return raise(&g_exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        c_strides(cast);
    }
    return add_view(mv->mbuf.get(), cast);
}


// memoryview._from_flags(object, flags): memoryview(object) asking the exporter with the given flags.
Result<Value> memoryview_from_flags(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("_from_flags", args + 1, nargs - 1, kwnames, { "object", "flags" }, 2, bound));
    int64_t flags = TRY(index_as_ssize(bound[1]));
    return memoryview_with_flags(bound[0], int(flags));
}

// ---- getsets ----

Result<Value> get_obj(Val self)
{
    MemoryViewObject* mv = TRY(open_view(self));
    return mv->mbuf->obj ? Value(mv->mbuf->obj) : none_value();
}
Result<Value> get_nbytes(Val self) { return Value::small_int(TRY(open_view(self))->view.length); }
Result<Value> get_readonly(Val self) { return bool_value(TRY(open_view(self))->view.readonly); }
Result<Value> get_itemsize(Val self) { return Value::small_int(TRY(open_view(self))->view.itemsize); }
Result<Value> get_format(Val self) { return Value(str_from_utf8(TRY(open_view(self))->view.format)); }
Result<Value> get_ndim(Val self) { return Value::small_int(TRY(open_view(self))->view.ndim); }

Value int_tuple(const std::vector<int64_t>& values)
{
    Ref<TupleObject> t = tuple_new(int64_t(values.size()));
    for (size_t i = 0; i < values.size(); ++i)
        t->items[i] = int_from_int64(values[i]);
    return Value(std::move(t));
}
Result<Value> get_shape(Val self) { return int_tuple(TRY(open_view(self))->view.shape); }
Result<Value> get_strides(Val self) { return int_tuple(TRY(open_view(self))->view.strides); }
Result<Value> get_suboffsets(Val self)
{
    TRY(open_view(self));
    return Value(tuple_new(0));
}
Result<Value> get_c_contiguous(Val self) { return bool_value(TRY(open_view(self))->view.is_c_contiguous()); }
Result<Value> get_f_contiguous(Val self) { return bool_value(TRY(open_view(self))->view.is_f_contiguous()); }
Result<Value> get_contiguous(Val self)
{
    MemoryViewObject* mv = TRY(open_view(self));
    return bool_value(mv->view.is_c_contiguous() || mv->view.is_f_contiguous());
}

// ---- memoryview as an exporter ----

Result<void> memoryview_get_buffer(Val self, BufferInfo& info, int flags)
{
    MemoryViewObject* mv = TRY(open_view(self));
    if ((flags & BUFFER_WRITABLE) && mv->view.readonly)
        return raise(&g_exc_BufferError, "memoryview: underlying buffer is not writable");
    info = mv->view;
    ++mv->exports;
    return {};
}

void memoryview_release_export(Val self) { --as_view(self)->exports; }

const BufferProcs s_memoryview_buffer = { memoryview_get_buffer, memoryview_release_export };

const MethodDef s_memoryview_methods[] = {
    { "release", memoryview_release, METHOD_INSTANCE, "Release the underlying buffer exposed by the memoryview object." },
    { "tobytes", memoryview_tobytes, METHOD_INSTANCE, "Return the data in the buffer as a byte string." },
    { "hex", memoryview_hex, METHOD_INSTANCE, "Return the data in the buffer as a str of hexadecimal numbers." },
    { "tolist", memoryview_tolist, METHOD_INSTANCE, "Return the data in the buffer as a list of elements." },
    { "cast", memoryview_cast, METHOD_INSTANCE, "Cast a memoryview to a new format or shape." },
    { "toreadonly", memoryview_toreadonly, METHOD_INSTANCE, "Return a readonly version of the memoryview." },
    { "_from_flags", memoryview_from_flags, METHOD_CLASS, "Create a new memoryview object which references the given object." },
    { "__enter__", memoryview_enter, METHOD_INSTANCE, nullptr },
    { "__exit__", memoryview_exit, METHOD_INSTANCE, "Release the underlying buffer exposed by the memoryview object." },
    { "__buffer__", buffer_dunder, METHOD_INSTANCE, "Return a buffer object that exposes the underlying memory of the object." },
    { "__release_buffer__", release_buffer_dunder, METHOD_INSTANCE, "Release the buffer object that exposes the underlying memory of the object." },
    {},
};

const GetSetDef s_memoryview_getsets[] = {
    { "obj", get_obj, nullptr, "The underlying object of the memoryview." },
    { "nbytes", get_nbytes, nullptr, "The amount of space in bytes that the array would use in\n a contiguous representation." },
    { "readonly", get_readonly, nullptr, "A bool indicating whether the memory is read only." },
    { "itemsize", get_itemsize, nullptr, "The size in bytes of each element of the memoryview." },
    { "format", get_format, nullptr, "A string containing the format (in struct module style)\n for each element in the view." },
    { "ndim", get_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents." },
    { "shape", get_shape, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array." },
    { "strides", get_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array." },
    { "suboffsets", get_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays." },
    { "c_contiguous", get_c_contiguous, nullptr, "A bool indicating whether the memory is C contiguous." },
    { "f_contiguous", get_f_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous." },
    { "contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous." },
    {},
};

// A class defining __buffer__ (PEP 688): the memoryview it returns is the export.
Result<bool> get_python_buffer(Val v, int flags, Value& memoryview)
{
    Val method = type_lookup(v.type(), str_intern("__buffer__"));
    if (!method)
        return false;
    memoryview = TRY(call_method(v, str_intern("__buffer__"), { Val::small_int(flags) }));
    if (!is_memoryview(memoryview))
        return raise(&g_exc_TypeError, "__buffer__ returned non-memoryview object");
    return true;
}

}  // namespace

Result<Value> buffer_dunder(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__buffer__", nargs - 1, kwnames, 1, 1));
    int64_t flags = TRY(index_as_ssize(args[1]));
    return memoryview_with_flags(args[0], int(flags));
}

Result<Value> release_buffer_dunder(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__release_buffer__", nargs - 1, kwnames, 1, 1));
    if (is_memoryview(args[1]))
        TRY(call_method(args[1], str_intern("release"), {}));
    return none_value();
}

// ---- BufferInfo ----

void BufferInfo::complete()
{
    if (ndim == 1 && shape.empty()) {
        shape = { itemsize ? length / itemsize : 0 };
        strides = { itemsize };
    } else if (strides.empty() && ndim > 0) {
        c_strides(*this);
    }
}

bool BufferInfo::is_c_contiguous() const
{
    if (ndim == 0 || shape.empty())
        return true;
    if (ndim == 1)
        return shape[0] == 1 || strides[0] == itemsize;
    if (length == 0)
        return true;
    int64_t stride = itemsize;
    for (int i = ndim - 1; i >= 0; --i) {
        if (shape[size_t(i)] > 1 && strides[size_t(i)] != stride)
            return false;
        stride *= shape[size_t(i)];
    }
    return true;
}

bool BufferInfo::is_f_contiguous() const
{
    if (ndim == 0 || shape.empty())
        return true;
    if (ndim == 1)
        return shape[0] == 1 || strides[0] == itemsize;
    if (length == 0)
        return true;
    int64_t stride = itemsize;
    for (int i = 0; i < ndim; ++i) {
        if (shape[size_t(i)] > 1 && strides[size_t(i)] != stride)
            return false;
        stride *= shape[size_t(i)];
    }
    return true;
}

// ---- Buffer ----

void Buffer::release()
{
    if (!m_exporter)
        return;
    Value exporter = std::move(m_exporter);
    if (const BufferProcs* procs = exporter.get().type()->buffer; procs && procs->release)
        procs->release(exporter);
    if (m_python_owner) {
        Value owner = std::move(m_python_owner);
        if (type_lookup(owner.get().type(), str_intern("__release_buffer__"))) {
            auto result = call_method(owner, str_intern("__release_buffer__"), { exporter.get() });
            if (result.is_error())
                write_unraisable("in __release_buffer__", owner);
        }
    }
}

void buffer_traverse(Buffer& buffer, VisitFn visit, void* context)
{
    visit_val(buffer.m_exporter, visit, context);
    visit_val(buffer.m_python_owner, visit, context);
}

Result<bool> get_buffer(Val v, Buffer& out, int flags)
{
    out.release();
    if (!v.is_object())
        return false;
    if (const BufferProcs* procs = v.type()->buffer) {
        TRY(procs->get(v, out.info, flags));
        out.m_exporter = Value::borrow(v);
        return true;
    }
    if (!v.type()->has_flag(TYPE_HEAP))
        return false;
    Value memoryview;
    if (!TRY(get_python_buffer(v, flags, memoryview)))
        return false;
    TRY(memoryview_get_buffer(memoryview, out.info, flags));
    out.m_exporter = std::move(memoryview);
    out.m_python_owner = Value::borrow(v);
    return true;
}

Result<void> get_contiguous_buffer(Val v, Buffer& out, int flags)
{
    if (!TRY(get_buffer(v, out, flags)))
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", v.type()->type_name());
    out.info.complete();
    if (!out.info.is_c_contiguous()) {
        out.release();
        return raise(&g_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    }
    return {};
}

Result<std::string_view> bytes_like_argument(Val v)
{
    std::string_view out;
    if (bytes_like_view(v, out))
        return out;
    if (is_memoryview(v)) {
        TRY(open_view(v));
        return raise(&g_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    }
    return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", v.type()->type_name());
}

Result<void> get_writable_buffer(Val v, Buffer& out, std::string_view what)
{
    TRY(check_not_released(v));
    if (supports_buffer(v)) {
        auto got = get_buffer(v, out, BUFFER_WRITABLE);
        if (got.is_error()) {
            if (!error_matches(&g_exc_BufferError))
                return Error();
            clear_error();
        } else if (got.release_value() && !out.info.readonly) {
            out.info.complete();
            if (out.info.is_c_contiguous())
                return {};
            out.release();
            return raise(&g_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        out.release();
    }
    return raise(&g_exc_TypeError, "{} must be read-write bytes-like object, not {}", what, v.type()->type_name());
}

bool supports_buffer(Val v)
{
    if (!v.is_object())
        return false;
    if (v.type()->buffer)
        return true;
    return v.type()->has_flag(TYPE_HEAP) && type_lookup(v.type(), str_intern("__buffer__"));
}

std::string buffer_to_contiguous(const BufferInfo& info, char order)
{
    BufferInfo view = info;
    view.complete();
    if ((order != 'F' && view.is_c_contiguous()) || (order == 'F' && view.is_f_contiguous()) ||
        (order == 'A' && view.is_f_contiguous()))
        return std::string(reinterpret_cast<const char*>(view.data), size_t(view.length));
    std::string out;
    out.reserve(size_t(view.length));
    if (order == 'F') {
        // Fortran order: reverse the dimensions and walk in C order.
        std::reverse(view.shape.begin(), view.shape.end());
        std::reverse(view.strides.begin(), view.strides.end());
    }
    MUST(for_each_item(view, [&](unsigned char* p) -> Result<void> {
        out.append(reinterpret_cast<const char*>(p), size_t(view.itemsize));
        return {};
    }));
    return out;
}

Result<void> check_resizable(int64_t exports)
{
    if (exports > 0)
        return raise(&g_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return {};
}

Result<Value> memoryview_from_object(Val v) { return memoryview_with_flags(v, BUFFER_FULL_RO); }

Result<Value> memoryview_with_flags(Val v, int flags)
{
    if (is_memoryview(v)) {
        MemoryViewObject* mv = TRY(open_view(v));
        return add_view(mv->mbuf.get(), mv->view);
    }
    if (!supports_buffer(v))
        return raise(&g_exc_TypeError, "memoryview: a bytes-like object is required, not '{}'", v.type()->type_name());
    auto* m = static_cast<ManagedBufferObject*>(alloc_object(&g_managed_buffer_type));
    if (!m)
        return raise_memory_error();
    new (&m->master) Buffer();
    new (&m->obj) Value(Value::borrow(v));
    Value owner = Value::adopt(Val(m));
    if (!TRY(get_buffer(v, m->master, flags)))
        return raise(&g_exc_TypeError, "memoryview: a bytes-like object is required, not '{}'", v.type()->type_name());
    m->master.info.complete();
    if (m->master.info.ndim > MAX_NDIM)
        return raise(&g_exc_ValueError, "memoryview: number of dimensions must not exceed 64");
    return add_view(m, m->master.info);
}

bool memoryview_contiguous_bytes(Val v, std::string_view& out)
{
    MemoryViewObject* mv = as_view(v);
    if (inaccessible(mv) || !mv->view.is_c_contiguous())
        return false;
    out = { reinterpret_cast<const char*>(mv->view.data), size_t(mv->view.length) };
    return true;
}

Result<void> check_not_released(Val v)
{
    if (is_memoryview(v))
        TRY(open_view(v));
    return {};
}

void init_memoryview_types()
{
    type_init_static(g_managed_buffer_type, "managedbuffer", sizeof(ManagedBufferObject), &g_object_type, TYPE_GC);
    g_managed_buffer_type.destroy = mbuf_destroy;
    g_managed_buffer_type.traverse = mbuf_traverse;
    g_managed_buffer_type.clear = mbuf_clear;

    type_init_static(g_memoryview_type, "memoryview", sizeof(MemoryViewObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE | TYPE_VARSIZE);
    g_memoryview_type.destroy = memoryview_destroy;
    g_memoryview_type.traverse = memoryview_traverse;
    g_memoryview_type.clear = memoryview_clear;
    g_memoryview_type.new_instance = memoryview_new;
    g_memoryview_type.repr = memoryview_repr;
    g_memoryview_type.hash = memoryview_hash;
    g_memoryview_type.richcompare = memoryview_richcompare;
    g_memoryview_type.len = memoryview_len;
    g_memoryview_type.getitem = memoryview_getitem;
    g_memoryview_type.setitem = memoryview_setitem;
    g_memoryview_type.iter = memoryview_iter;
    g_memoryview_type.buffer = &s_memoryview_buffer;
    g_memoryview_type.methods = s_memoryview_methods;
    g_memoryview_type.getsets = s_memoryview_getsets;
    g_memoryview_type.doc = "Create a new memoryview object which references the given object.";

    type_init_static(g_memory_iterator_type, "memory_iterator", sizeof(MemoryIteratorObject), &g_object_type, TYPE_GC);
    g_memory_iterator_type.destroy = memory_iterator_destroy;
    g_memory_iterator_type.traverse = memory_iterator_traverse;
    g_memory_iterator_type.iter = [](Val self) -> Result<Value> { return Value::borrow(self); };
    g_memory_iterator_type.iternext = memory_iterator_next;

    for (TypeObject* type : { &g_managed_buffer_type, &g_memoryview_type, &g_memory_iterator_type })
        type_ready(*type);
}

}  // namespace ginger
