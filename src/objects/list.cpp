// list: a growable array of values (CPython's over-allocation), its iterators and methods. Sorting
// lives in listsort.cpp.
#include "objects/list.h"

#include "objects/container_util.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/iter.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace ginger {

TypeObject g_list_type;
TypeObject g_list_iterator_type, g_list_reverseiterator_type;

namespace {

Val* raw(ListObject* list) { return reinterpret_cast<Val*>(list->items); }

// Makes room for new_size items (the items past the old size are uninitialised). Over-allocates as
// CPython 3.12 does, so that repeated appends are amortised O(1) and the growth pattern matches.
void list_resize(ListObject* list, int64_t new_size)
{
    int64_t capacity = list->capacity;
    if (capacity >= new_size && new_size >= (capacity >> 1)) {
        list->size = new_size;
        return;
    }
    int64_t new_capacity = (new_size + (new_size >> 3) + 6) & ~int64_t(3);
    if (new_size - list->size > new_capacity - new_size)
        new_capacity = (new_size + 3) & ~int64_t(3);
    if (new_size == 0)
        new_capacity = 0;
    void* memory = nullptr;
    if (new_capacity) {
        memory = realloc(static_cast<void*>(list->items), size_t(new_capacity) * sizeof(Value));
        if (!memory)
            out_of_memory();
    } else {
        free(static_cast<void*>(list->items));
    }
    list->items = static_cast<Value*>(memory);
    list->capacity = new_capacity;
    list->size = new_size;
}

// Ensures capacity for `needed` items without changing the size.
void list_reserve(ListObject* list, int64_t needed)
{
    if (needed <= list->capacity)
        return;
    void* memory = realloc(static_cast<void*>(list->items), size_t(needed) * sizeof(Value));
    if (!memory)
        out_of_memory();
    list->items = static_cast<Value*>(memory);
    list->capacity = needed;
}

ListObject* list_alloc(TypeObject* type)
{
    auto* list = static_cast<ListObject*>(alloc_object(type));
    if (!list)
        out_of_memory();
    list->items = nullptr;
    list->size = 0;
    list->capacity = 0;
    return list;
}

// Empties the list; the old items are released after the list is consistent again, because a
// release may run __del__ which may look at the list.
void list_clear_items(ListObject* list)
{
    Value* items = list->items;
    int64_t size = list->size;
    list->items = nullptr;
    list->size = 0;
    list->capacity = 0;
    if (!items)
        return;
    for (int64_t i = size; --i >= 0;)
        items[i].clear();
    free(static_cast<void*>(items));
}

}  // namespace

Ref<ListObject> list_new(int64_t reserve)
{
    ListObject* list = list_alloc(&g_list_type);
    if (reserve > 0)
        list_reserve(list, reserve);
    return Ref<ListObject>::adopt(list);
}

Ref<ListObject> list_from(const Val* items, int64_t count)
{
    Ref<ListObject> list = list_new(count);
    for (int64_t i = 0; i < count; ++i) {
        items[i].incref();
        raw(list.get())[i] = items[i];
    }
    list->size = count;
    return list;
}

void list_append(ListObject* list, Value item)
{
    int64_t size = list->size;
    if (size < list->capacity) [[likely]] {
        raw(list)[size] = item.release();
        list->size = size + 1;
        return;
    }
    list_resize(list, size + 1);
    raw(list)[size] = item.release();
}

Result<void> list_extend(ListObject* list, Val iterable)
{
    // Exact types only (CPython's PyList_CheckExact/PyTuple_CheckExact): a subclass may override __iter__.
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        // Read the source after growing: list.extend(self) must copy the original items only.
        int64_t count = is_list(iterable) ? iterable.as<ListObject>()->size : iterable.as<TupleObject>()->size;
        if (count == 0)
            return {};
        int64_t old_size = list->size;
        list_resize(list, old_size + count);
        const Val* source = is_list(iterable) ? iterable.as<ListObject>()->data() : iterable.as<TupleObject>()->data();
        Val* destination = raw(list) + old_size;
        for (int64_t i = 0; i < count; ++i) {
            source[i].incref();
            destination[i] = source[i];
        }
        return {};
    }
    if (LenFn len = iterable.type()->len; len && !iterable.type()->has_flag(TYPE_HEAP)) {
        // Sized up front from the length of a built-in container, as CPython does from the length hint: so
        // list(range(huge)) raises MemoryError (or OverflowError) at once instead of filling memory.
        auto hint = len(iterable);
        if (hint.is_error() && !error_matches(&g_exc_TypeError))
            return Error();
        if (hint.is_error())
            clear_error();  // as PyObject_LengthHint: a TypeError from len() means "no hint"
        int64_t length = hint.is_error() ? 0 : hint.release_value();
        if (length > (memory_limit() - list->size * int64_t(sizeof(Value))) / int64_t(sizeof(Value)))
            return raise_memory_error();
        list_reserve(list, list->size + length);
    }
    Value iterator = TRY(get_iter(iterable));
    IterNextFn next = iterator.type()->iternext;
    for (;;) {
        Value item = TRY(next ? next(iterator) : iter_next(iterator));
        if (!item)
            break;
        list_append(list, std::move(item));
    }
    return {};
}

Result<Value> list_from_iterable(Val iterable)
{
    Ref<ListObject> list = list_new();
    TRY(list_extend(list.get(), iterable));
    return std::move(list).value();
}

namespace {

void list_destroy(Object* object) { list_clear_items(static_cast<ListObject*>(object)); }

void list_traverse(Object* object, VisitFn visit, void* context)
{
    auto* list = static_cast<ListObject*>(object);
    for (int64_t i = 0; i < list->size; ++i)
        visit_val(list->item(i), visit, context);
}

Result<Value> list_repr(Val self)
{
    auto* list = self.as<ListObject>();
    if (list->size == 0)
        return Value::borrow(Val(str_intern("[]")));
    ReprGuard guard(list);
    if (guard.recursive())
        return Value::borrow(Val(str_intern("[...]")));
    StrBuilder builder;
    builder.append_char('[');
    // An item's __repr__ may change the list: re-read the size each time.
    for (int64_t i = 0; i < list->size; ++i) {
        if (i)
            builder.append_utf8(", ");
        Value item = Value::borrow(list->item(i));
        Ref<StrObject> text = TRY(repr_str(item));
        builder.append(text.get());
    }
    builder.append_char(']');
    return builder.build();
}

Result<Value> list_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_list(a) || !is_list(b))
        return Value::borrow(not_implemented());
    auto* left = a.as<ListObject>();
    auto* right = b.as<ListObject>();
    if (left->size != right->size && (op == CompareOp::Eq || op == CompareOp::Ne))
        return bool_value(op == CompareOp::Ne);
    // Find the first index where the items differ; __eq__ may mutate either list.
    int64_t i = 0;
    for (; i < left->size && i < right->size; ++i) {
        Val x = left->item(i);
        Val y = right->item(i);
        if (x.is(y))
            continue;
        Value hold_x = Value::borrow(x), hold_y = Value::borrow(y);
        if (!TRY(fast_equal(x, y)))
            break;
    }
    if (i >= left->size || i >= right->size) {
        int64_t l = left->size, r = right->size;
        bool result = false;
        switch (op) {
        case CompareOp::Lt: result = l < r; break;
        case CompareOp::Le: result = l <= r; break;
        case CompareOp::Eq: result = l == r; break;
        case CompareOp::Ne: result = l != r; break;
        case CompareOp::Gt: result = l > r; break;
        case CompareOp::Ge: result = l >= r; break;
        }
        return bool_value(result);
    }
    if (op == CompareOp::Eq)
        return bool_value(false);
    if (op == CompareOp::Ne)
        return bool_value(true);
    Value x = Value::borrow(left->item(i)), y = Value::borrow(right->item(i));
    return rich_compare(x, y, op);
}

Ref<ListObject> list_slice(ListObject* list, int64_t low, int64_t high)
{
    if (high < low)
        high = low;
    return list_from(list->data() + low, high - low);
}

Result<Value> list_getitem(Val self, Val key)
{
    auto* list = self.as<ListObject>();
    if (key.is_small_int()) [[likely]] {
        int64_t i = key.small_int_value();
        if (i < 0)
            i += list->size;
        if (uint64_t(i) >= uint64_t(list->size))
            return raise(&g_exc_IndexError, "list index out of range");
        return Value::borrow(list->item(i));
    }
    if (is_slice(key)) {
        SliceBounds unpacked = TRY(slice_unpack(key));  // (first: __index__ may resize the list)
        SliceBounds bounds = slice_adjust(unpacked, list->size);
        if (bounds.step == 1)
            return list_slice(list, bounds.start, bounds.start + std::max<int64_t>(bounds.length, 0));
        Ref<ListObject> result = list_new(std::max<int64_t>(bounds.length, 0));
        for (int64_t i = 0; i < bounds.length; ++i)  // start + i * step stays in range; a running sum could overflow
            list_append(result.get(), Value::borrow(list->item(bounds.start + i * bounds.step)));
        return std::move(result).value();
    }
    int64_t i = TRY(sequence_index_value(key, "list"));
    if (i < 0)
        i += list->size;
    if (i < 0 || i >= list->size)
        return raise(&g_exc_IndexError, "list index out of range");
    return Value::borrow(list->item(i));
}

// The items of a value assigned to a slice, as a tuple (a snapshot, so that a[:] = a works).
Result<Ref<TupleObject>> assigned_items(Val value)
{
    if (is_tuple_exact(value))
        return Ref<TupleObject>(value.as<TupleObject>());
    if (is_list(value))
        return tuple_from(value.as<ListObject>()->data(), value.as<ListObject>()->size);
    TypeObject* type = value.type();
    if (!type->iter && !type->getitem)
        return raise(&g_exc_TypeError, "can only assign an iterable");
    return sequence_tuple(value);
}

// a[low:high] = items (or del a[low:high] when items is null). 0 <= low <= high <= size.
void list_assign_slice(ListObject* list, int64_t low, int64_t high, const Val* items, int64_t count)
{
    int64_t removed_count = high - low;
    // Keep the replaced items alive until the list is consistent.
    std::vector<Val> removed(raw(list) + low, raw(list) + high);
    int64_t old_size = list->size;
    int64_t delta = count - removed_count;
    if (delta < 0) {
        memmove(static_cast<void*>(raw(list) + high + delta), raw(list) + high, size_t(old_size - high) * sizeof(Val));
        list_resize(list, old_size + delta);
    } else if (delta > 0) {
        list_resize(list, old_size + delta);
        memmove(static_cast<void*>(raw(list) + high + delta), raw(list) + high, size_t(old_size - high) * sizeof(Val));
    }
    for (int64_t i = 0; i < count; ++i) {
        items[i].incref();
        raw(list)[low + i] = items[i];
    }
    for (Val v : removed)
        v.decref();
}

// Deletes the items of an extended slice (step != 1).
void list_delete_extended(ListObject* list, SliceBounds bounds)
{
    if (bounds.length <= 0)
        return;
    int64_t start = bounds.start, step = bounds.step;
    if (step < 0) {
        start = start + step * (bounds.length - 1);
        step = -step;
    }
    std::vector<Val> removed;
    removed.reserve(size_t(bounds.length));
    Val* items = raw(list);
    int64_t write = start;
    int64_t next_removed = start;
    int64_t removed_so_far = 0;
    for (int64_t read = start; read < list->size; ++read) {
        if (read == next_removed && removed_so_far < bounds.length) {
            removed.push_back(items[read]);
            if (++removed_so_far < bounds.length)  // no step past the last one: it could overflow
                next_removed += step;
            continue;
        }
        items[write++] = items[read];
    }
    list_resize(list, write);
    for (Val v : removed)
        v.decref();
}

Result<void> list_setitem(Val self, Val key, Val value)
{
    auto* list = self.as<ListObject>();
    if (!is_slice(key)) {
        int64_t i = TRY(sequence_index_value(key, "list"));
        if (i < 0)
            i += list->size;
        if (i < 0 || i >= list->size)
            return raise(&g_exc_IndexError, "list assignment index out of range");
        if (value) {
            value.incref();
            Val old = raw(list)[i];
            raw(list)[i] = value;
            old.decref();
        } else {
            list_assign_slice(list, i, i + 1, nullptr, 0);
        }
        return {};
    }
    SliceBounds unpacked = TRY(slice_unpack(key));
    SliceBounds bounds = slice_adjust(unpacked, list->size);
    if (bounds.step == 1) {
        int64_t low = bounds.start;
        int64_t high = std::max(bounds.start, bounds.stop);
        if (!value) {
            list_assign_slice(list, low, high, nullptr, 0);
            return {};
        }
        Ref<TupleObject> items = TRY(assigned_items(value));
        bounds = slice_adjust(unpacked, list->size);  // reading the value may have resized the list
        list_assign_slice(list, bounds.start, std::max(bounds.start, bounds.stop), items->data(), items->size);
        return {};
    }
    if (!value) {
        list_delete_extended(list, bounds);
        return {};
    }
    Ref<TupleObject> items = TRY(assigned_items(value));
    bounds = slice_adjust(unpacked, list->size);  // reading the value may have resized the list
    int64_t length = std::max<int64_t>(bounds.length, 0);
    if (items->size != length) {
        return raise(&g_exc_ValueError, "attempt to assign sequence of size {} to extended slice of size {}", items->size,
                     length);
    }
    // Assigning items to a slice of the list itself: bounds still hold, the slice was computed before.
    std::vector<Val> replaced;
    replaced.reserve(size_t(length));
    for (int64_t i = 0; i < length; ++i) {
        int64_t j = bounds.start + i * bounds.step;  // in range; a running sum could overflow past the end
        Val item = items->item(i);
        item.incref();
        replaced.push_back(raw(list)[j]);
        raw(list)[j] = item;
    }
    for (Val v : replaced)
        v.decref();
    return {};
}

Result<int64_t> list_len(Val self) { return self.as<ListObject>()->size; }
Result<bool> list_bool(Val self) { return self.as<ListObject>()->size != 0; }

Result<bool> list_contains(Val self, Val item)
{
    auto* list = self.as<ListObject>();
    for (int64_t i = 0; i < list->size; ++i) {
        Val x = list->item(i);
        if (x.is(item))
            return true;
        Value hold = Value::borrow(x);
        if (TRY(fast_equal(x, item)))
            return true;
    }
    return false;
}

Result<Value> make_list_iterator(TypeObject* type, ListObject* list, int64_t index)
{
    auto* iterator = static_cast<ListIteratorObject*>(alloc_object(type));
    VERIFY(iterator);
    iterator->list = Ref<ListObject>(list);
    iterator->index = index;
    return Value::adopt(Val(iterator));
}

Result<Value> list_iter(Val self) { return make_list_iterator(&g_list_iterator_type, self.as<ListObject>(), 0); }

Result<int64_t> repeat_count(Val count_value)
{
    if (count_value.is_small_int())
        return count_value.small_int_value();
    Value index = TRY(number_index(count_value));
    int64_t count;
    if (!int_to_int64(index, count)) {
        if (int_sign(index) < 0)
            return 0;
        return raise(&g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return count;
}

Result<Value> list_add(Val a, Val b)
{
    if (!is_list(a))
        return Value::borrow(not_implemented());
    if (!is_list(b)) {
        if (may_reflect(b, BinaryOp::Add))
            return Value::borrow(not_implemented());
        return raise(&g_exc_TypeError, "can only concatenate list (not \"{}\") to list", b.type()->type_name());
    }
    auto* left = a.as<ListObject>();
    auto* right = b.as<ListObject>();
    Ref<ListObject> result = list_new(left->size + right->size);
    Val* out = raw(result.get());
    for (int64_t i = 0; i < left->size; ++i) {
        left->item(i).incref();
        out[i] = left->item(i);
    }
    for (int64_t i = 0; i < right->size; ++i) {
        right->item(i).incref();
        out[left->size + i] = right->item(i);
    }
    result->size = left->size + right->size;
    return std::move(result).value();
}

Result<Value> list_repeat(ListObject* list, Val count_value)
{
    int64_t count = TRY(repeat_count(count_value));
    if (count <= 0 || list->size == 0)
        return list_new();
    if (count > memory_limit() / int64_t(sizeof(Value)) / list->size)
        return raise_memory_error();
    int64_t size = list->size;
    Ref<ListObject> result = list_new(size * count);
    Val* out = raw(result.get());
    for (int64_t c = 0; c < count; ++c) {
        for (int64_t i = 0; i < size; ++i) {
            list->item(i).incref();
            out[c * size + i] = list->item(i);
        }
    }
    result->size = size * count;
    return std::move(result).value();
}

Result<Value> list_mul(Val a, Val b)
{
    if (is_list(a)) {
        if (repeat_count_operand(b))
            return list_repeat(a.as<ListObject>(), b);
        return sequence_mul_refused(b);
    }
    if (repeat_count_operand(a))
        return list_repeat(b.as<ListObject>(), a);
    return Value::borrow(not_implemented());
}

Result<Value> list_inplace_add(Val a, Val b)
{
    if (!is_list(a))
        return Value::borrow(not_implemented());
    TRY(list_extend(a.as<ListObject>(), b));
    return Value::borrow(a);
}

Result<Value> list_inplace_mul(Val a, Val b)
{
    if (!is_list(a))
        return Value::borrow(not_implemented());
    if (!repeat_count_operand(b))
        return sequence_mul_refused(b);
    auto* list = a.as<ListObject>();
    int64_t count = TRY(repeat_count(b));
    if (count <= 0 || list->size == 0) {
        list_clear_items(list);
        return Value::borrow(a);
    }
    if (count == 1)
        return Value::borrow(a);
    int64_t size = list->size;
    if (count > memory_limit() / int64_t(sizeof(Value)) / size)
        return raise_memory_error();
    list_resize(list, size * count);
    Val* items = raw(list);
    for (int64_t c = 1; c < count; ++c) {
        for (int64_t i = 0; i < size; ++i) {
            items[i].incref();
            items[c * size + i] = items[i];
        }
    }
    return Value::borrow(a);
}

Result<Value> list_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return Value::adopt(Val(list_alloc(type)));
}

Result<void> list_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Keywords are refused unless a subclass's own __new__ took them (CPython's rule).
    TypeObject* type = self.type();
    if (kwnames && kwnames->size && (type == &g_list_type || type->new_instance == list_new_instance))
        return raise(&g_exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "list expected at most 1 argument, got {}", nargs);
    auto* list = self.as<ListObject>();
    if (list->size)
        list_clear_items(list);
    if (nargs == 1)
        TRY(list_extend(list, args[0]));
    return {};
}

// ---- Methods ----

Result<Value> list_append_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 2 || kwnames) [[unlikely]]
        TRY(expect_one_arg("list.append", nargs - 1, kwnames));
    list_append(args[0].as<ListObject>(), Value::borrow(args[1]));
    return none_value();
}

Result<Value> list_extend_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("list.extend", nargs - 1, kwnames));
    TRY(list_extend(args[0].as<ListObject>(), args[1]));
    return none_value();
}

Result<Value> list_insert(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("list.insert", kwnames));
    TRY(expect_arg_range("insert", nargs - 1, 2, 2));
    auto* list = args[0].as<ListObject>();
    int64_t index = args[1].is_small_int() ? args[1].small_int_value() : TRY(index_as_ssize(args[1]));
    int64_t size = list->size;
    if (index < 0) {
        index += size;
        if (index < 0)
            index = 0;
    }
    if (index > size)
        index = size;
    list_resize(list, size + 1);
    Val* items = raw(list);
    memmove(static_cast<void*>(items + index + 1), items + index, size_t(size - index) * sizeof(Val));
    args[2].incref();
    items[index] = args[2];
    return none_value();
}

Result<Value> list_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("list.pop", kwnames));
    TRY(expect_arg_range("pop", nargs - 1, 0, 1));
    auto* list = args[0].as<ListObject>();
    int64_t index = -1;
    if (nargs > 1)
        index = args[1].is_small_int() ? args[1].small_int_value() : TRY(index_as_ssize(args[1]));
    int64_t size = list->size;
    if (size == 0)
        return raise(&g_exc_IndexError, "pop from empty list");
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return raise(&g_exc_IndexError, "pop index out of range");
    Val* items = raw(list);
    Value item = Value::adopt(items[index]);
    memmove(static_cast<void*>(items + index), items + index + 1, size_t(size - index - 1) * sizeof(Val));
    list_resize(list, size - 1);
    return item;
}

Result<Value> list_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("list.remove", nargs - 1, kwnames));
    auto* list = args[0].as<ListObject>();
    for (int64_t i = 0; i < list->size; ++i) {
        Value item = Value::borrow(list->item(i));
        if (TRY(fast_equal(item, args[1]))) {
            if (i < list->size)
                list_assign_slice(list, i, i + 1, nullptr, 0);
            return none_value();
        }
    }
    return raise(&g_exc_ValueError, "list.remove(x): x not in list");
}

Result<Value> list_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("list.index", kwnames));
    TRY(expect_arg_range("index", nargs - 1, 1, 3));
    auto* list = args[0].as<ListObject>();
    int64_t start = 0;
    int64_t stop = INT64_MAX;
    if (nargs > 2)
        start = TRY(slice_index_argument(args[2]));
    if (nargs > 3)
        stop = TRY(slice_index_argument(args[3]));
    clamp_search_bounds(start, stop, list->size);
    for (int64_t i = start; i < stop && i < list->size; ++i) {
        Value item = Value::borrow(list->item(i));
        if (TRY(fast_equal(item, args[1])))
            return Value::small_int(i);
    }
    return raise(&g_exc_ValueError, "{!r} is not in list", args[1]);
}

Result<Value> list_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("list.count", nargs - 1, kwnames));
    auto* list = args[0].as<ListObject>();
    int64_t count = 0;
    for (int64_t i = 0; i < list->size; ++i) {
        Value item = Value::borrow(list->item(i));
        if (TRY(fast_equal(item, args[1])))
            ++count;
    }
    return Value::small_int(count);
}

Result<Value> list_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("list.clear", nargs - 1, kwnames));
    list_clear_items(args[0].as<ListObject>());
    return none_value();
}

Result<Value> list_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("list.copy", nargs - 1, kwnames));
    auto* list = args[0].as<ListObject>();
    return list_from(list->data(), list->size);
}

Result<Value> list_reverse(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("list.reverse", nargs - 1, kwnames));
    auto* list = args[0].as<ListObject>();
    std::reverse(raw(list), raw(list) + list->size);
    return none_value();
}

Result<Value> list_sort_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 1)
        return raise(&g_exc_TypeError, "sort() takes no positional arguments");
    Val key;
    Val reverse;
    int64_t keyword_count = kwnames ? kwnames->size : 0;
    for (int64_t i = 0; i < keyword_count; ++i) {
        auto* name = kwnames->item(i).as<StrObject>();
        std::string_view text = name->view();
        if (text == "key")
            key = args[nargs + i];
        else if (text == "reverse")
            reverse = args[nargs + i];
        else
            return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for sort()", Val(name));
    }
    bool reversed = reverse ? TRY(is_truthy(reverse)) : false;
    TRY(list_sort(args[0].as<ListObject>(), key, reversed));
    return none_value();
}

Result<Value> list_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("list.__reversed__", nargs - 1, kwnames));
    auto* list = args[0].as<ListObject>();
    return make_list_iterator(&g_list_reverseiterator_type, list, list->size - 1);
}

// ---- Iterators ----

void list_iterator_destroy(Object* object) { static_cast<ListIteratorObject*>(object)->list = nullptr; }

void list_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (ListObject* list = static_cast<ListIteratorObject*>(object)->list.get())
        visit(list, context);
}

Result<Value> iterator_self(Val self) { return Value::borrow(self); }

Result<Value> list_iterator_next(Val self)
{
    auto* iterator = self.as<ListIteratorObject>();
    ListObject* list = iterator->list.get();
    if (!list)
        return Value();
    if (iterator->index < list->size)
        return Value::borrow(list->item(iterator->index++));
    iterator->list = nullptr;
    return Value();
}

Result<Value> list_reverseiterator_next(Val self)
{
    auto* iterator = self.as<ListIteratorObject>();
    ListObject* list = iterator->list.get();
    if (!list)
        return Value();
    if (iterator->index >= 0 && iterator->index < list->size)
        return Value::borrow(list->item(iterator->index--));
    iterator->index = -1;
    iterator->list = nullptr;
    return Value();
}

Result<Value> list_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* iterator = args[0].as<ListIteratorObject>();
    ListObject* list = iterator->list.get();
    return Value::small_int(list ? std::max<int64_t>(list->size - iterator->index, 0) : 0);
}

Result<Value> list_reverseiterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* iterator = args[0].as<ListIteratorObject>();
    ListObject* list = iterator->list.get();
    int64_t remaining = list && iterator->index < list->size ? iterator->index + 1 : 0;
    return Value::small_int(remaining);
}

// __reduce__ of the list iterators: (iter, (list,), index), (reversed, (list,), index), or iter over an
// empty list once exhausted. builtins.iter is fetched first, as CPython does (its lookup may run code).
Result<Value> list_iterator_reduce_common(Val self, bool reverse)
{
    // The lookups may run code that exhausts the iterator: the state is read after them.
    Value iter = TRY(builtin_iter_function());
    Value reversed = reverse ? TRY(builtin_function("reversed")) : Value();
    auto* iterator = self.as<ListIteratorObject>();
    if (!iterator->list) {
        Ref<ListObject> empty = list_new(0);
        return Value(tuple_of({ iter.get(), tuple_of({ Val(empty.get()) }).get() }));
    }
    Val function = reverse ? reversed.get() : iter.get();
    Value index = int_from_int64(iterator->index);
    return Value(tuple_of({ function, tuple_of({ Val(iterator->list.get()) }).get(), index.get() }));
}

Result<Value> list_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("list_iterator.__reduce__", nargs - 1, kwnames, 0, 0));
    return list_iterator_reduce_common(args[0], false);
}

Result<Value> list_reverseiterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("list_reverseiterator.__reduce__", nargs - 1, kwnames, 0, 0));
    return list_iterator_reduce_common(args[0], true);
}

// __setstate__(index): the position, clamped to the list.
Result<Value> list_iterator_setstate_common(const Val* args, size_t nargs, TupleObject* kwnames, bool reverse)
{
    TRY(check_positional(reverse ? "list_reverseiterator.__setstate__" : "list_iterator.__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    int64_t index = TRY(int_as_int64(index_object.get()));
    auto* iterator = args[0].as<ListIteratorObject>();
    if (ListObject* list = iterator->list.get()) {
        int64_t low = reverse ? -1 : 0, high = reverse ? list->size - 1 : list->size;
        iterator->index = index < low ? low : (index > high ? high : index);
    }
    return none_value();
}

Result<Value> list_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return list_iterator_setstate_common(args, nargs, kwnames, false);
}

Result<Value> list_reverseiterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return list_iterator_setstate_common(args, nargs, kwnames, true);
}

const MethodDef s_list_methods[] = {
    { "append", list_append_method, METHOD_INSTANCE, "Append object to the end of the list." },
    { "extend", list_extend_method, METHOD_INSTANCE, "Extend list by appending elements from the iterable." },
    { "insert", list_insert, METHOD_INSTANCE, "Insert object before index." },
    { "pop", list_pop, METHOD_INSTANCE, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    { "remove", list_remove, METHOD_INSTANCE, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { "index", list_index, METHOD_INSTANCE, "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", list_count, METHOD_INSTANCE, "Return number of occurrences of value." },
    { "clear", list_clear, METHOD_INSTANCE, "Remove all items from list." },
    { "copy", list_copy, METHOD_INSTANCE, "Return a shallow copy of the list." },
    { "reverse", list_reverse, METHOD_INSTANCE, "Reverse *IN PLACE*." },
    { "sort", list_sort_method, METHOD_INSTANCE, "Sort the list in ascending order and return None." },
    { "__reversed__", list_reversed, METHOD_INSTANCE, "Return a reverse iterator over the list." },
    {},
};

const MethodDef s_list_iterator_methods[] = {
    { "__length_hint__", list_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", list_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", list_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

const MethodDef s_list_reverseiterator_methods[] = {
    { "__length_hint__", list_reverseiterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", list_reverseiterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", list_reverseiterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};


}  // namespace

void init_list_type()
{
    type_init_static(g_list_type, "list", sizeof(ListObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_LIST_SUBCLASS | TYPE_SEQUENCE | TYPE_LEN_TRUTH | TYPE_CONCAT);
    g_list_type.destroy = list_destroy;
    g_list_type.traverse = list_traverse;
    g_list_type.repr = list_repr;
    g_list_type.hash = hash_unhashable;
    g_list_type.richcompare = list_richcompare;
    g_list_type.getitem = list_getitem;
    g_list_type.setitem = list_setitem;
    g_list_type.len = list_len;
    g_list_type.to_bool = list_bool;
    g_list_type.contains = list_contains;
    g_list_type.iter = list_iter;
    g_list_type.binary[int(BinaryOp::Add)] = list_add;
    g_list_type.binary[int(BinaryOp::Mul)] = list_mul;
    g_list_type.inplace[int(BinaryOp::Add)] = list_inplace_add;
    g_list_type.inplace[int(BinaryOp::Mul)] = list_inplace_mul;
    g_list_type.new_instance = list_new_instance;
    g_list_type.init = list_init;
    g_list_type.methods = s_list_methods;
    g_list_type.doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                      "The argument must be an iterable if specified.";

    type_init_static(g_list_iterator_type, "list_iterator", sizeof(ListIteratorObject), &g_object_type, TYPE_GC);
    g_list_iterator_type.destroy = list_iterator_destroy;
    g_list_iterator_type.traverse = list_iterator_traverse;
    g_list_iterator_type.iter = iterator_self;
    g_list_iterator_type.iternext = list_iterator_next;
    g_list_iterator_type.methods = s_list_iterator_methods;

    type_init_static(g_list_reverseiterator_type, "list_reverseiterator", sizeof(ListIteratorObject), &g_object_type, TYPE_GC);
    g_list_reverseiterator_type.destroy = list_iterator_destroy;
    g_list_reverseiterator_type.traverse = list_iterator_traverse;
    g_list_reverseiterator_type.iter = iterator_self;
    g_list_reverseiterator_type.iternext = list_reverseiterator_next;
    g_list_reverseiterator_type.methods = s_list_reverseiterator_methods;
}

}  // namespace ginger
