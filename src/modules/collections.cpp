// _collections: the native core of lib/collections (CPython's Modules/_collectionsmodule.c interface):
// deque (a ring buffer), its iterators, defaultdict (a dict subclass with a factory), _count_elements
// (Counter's counting loop) and _tuplegetter (the field descriptor of namedtuple classes).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace ginger {

namespace {

TypeObject g_deque_type, g_deque_iterator_type, g_deque_reverse_iterator_type;
TypeObject g_defaultdict_type, g_tuplegetter_type;

// A ring buffer. Invariants: capacity is 0 or a power of two; 0 <= size <= capacity; the items are
// items[(head + i) & (capacity - 1)] for 0 <= i < size, each holding a reference; maxlen is -1 when
// unbounded, else size <= maxlen. `state` changes with every change of length or order, so that iterators
// and searches notice mutations made by the __eq__ they call.
struct DequeObject : Object {
    Val* items;  // owned (malloc)
    int64_t capacity;
    int64_t head;
    int64_t size;
    int64_t maxlen;
    uint64_t state;
};

DequeObject* as_deque(Val v) { return v.as<DequeObject>(); }
bool is_deque(Val v) { return v.is_object() && is_subtype(v.type(), &g_deque_type); }

Val& slot(DequeObject* d, int64_t i) { return d->items[(d->head + i) & (d->capacity - 1)]; }

void grow(DequeObject* d)
{
    int64_t capacity = d->capacity ? d->capacity * 2 : 8;
    auto* items = static_cast<Val*>(malloc(size_t(capacity) * sizeof(Val)));
    if (!items)
        out_of_memory();
    for (int64_t i = 0; i < d->size; ++i)
        items[i] = slot(d, i);
    free(d->items);
    d->items = items;
    d->capacity = capacity;
    d->head = 0;
}

// Removes and returns the leftmost/rightmost item (the deque must not be empty).
Value take_left(DequeObject* d)
{
    Val v = slot(d, 0);
    d->head = (d->head + 1) & (d->capacity - 1);
    --d->size;
    ++d->state;
    return Value::adopt(v);
}

Value take_right(DequeObject* d)
{
    Val v = slot(d, d->size - 1);
    --d->size;
    ++d->state;
    return Value::adopt(v);
}

// Appends (stealing the reference); with a full bounded deque the leftmost item goes, as CPython's
// append: the dropped item is released last, after the deque is consistent again.
void push_right(DequeObject* d, Value item)
{
    if (d->maxlen == 0)
        return;
    if (d->size == d->capacity)
        grow(d);
    slot(d, d->size) = item.release();
    ++d->size;
    ++d->state;
    if (d->maxlen > 0 && d->size > d->maxlen)
        take_left(d);
}

void push_left(DequeObject* d, Value item)
{
    if (d->maxlen == 0)
        return;
    if (d->size == d->capacity)
        grow(d);
    d->head = (d->head - 1) & (d->capacity - 1);
    d->items[d->head] = item.release();
    ++d->size;
    ++d->state;
    if (d->maxlen > 0 && d->size > d->maxlen)
        take_right(d);
}

void deque_clear_items(DequeObject* d)
{
    std::vector<Value> dropped;
    dropped.reserve(size_t(d->size));
    for (int64_t i = 0; i < d->size; ++i)
        dropped.push_back(Value::adopt(slot(d, i)));
    d->size = 0;
    d->head = 0;
    ++d->state;
    // `dropped` releases the items here, when a __del__ they run sees an empty deque.
}

// A snapshot of the items as owned values (for the operations that call Python code while walking them).
std::vector<Value> snapshot(DequeObject* d)
{
    std::vector<Value> items;
    items.reserve(size_t(d->size));
    for (int64_t i = 0; i < d->size; ++i)
        items.push_back(Value::borrow(slot(d, i)));
    return items;
}

Result<Value> deque_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* d = static_cast<DequeObject*>(alloc_object(type));
    if (!d)
        return raise_memory_error();
    d->maxlen = -1;
    return Value::adopt(Val(d));
}

void deque_destroy(Object* object)
{
    auto* d = static_cast<DequeObject*>(object);
    for (int64_t i = 0; i < d->size; ++i)
        slot(d, i).decref();
    d->size = 0;
    free(d->items);
    d->items = nullptr;
    d->capacity = 0;
}

void deque_traverse(Object* object, VisitFn visit, void* context)
{
    auto* d = static_cast<DequeObject*>(object);
    for (int64_t i = 0; i < d->size; ++i)
        visit_val(slot(d, i), visit, context);
}

void deque_gc_clear(Object* object) { deque_clear_items(static_cast<DequeObject*>(object)); }

Result<void> deque_extend_items(DequeObject* d, Val iterable, bool left)
{
    if (iterable.is(Val(d))) {
        std::vector<Value> items = snapshot(d);
        for (Value& item : items)
            left ? push_left(d, std::move(item)) : push_right(d, std::move(item));
        return {};
    }
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        // Pushing runs no Python code except a dropped item's __del__, which may change a list: index anew.
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
            left ? push_left(d, Value::borrow(item)) : push_right(d, Value::borrow(item));
        }
        return {};
    }
    Value iterator = TRY(get_iter(iterable));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return {};
        left ? push_left(d, std::move(item)) : push_right(d, std::move(item));
    }
}

// maxlen: None or an int (CPython reads it with PyLong_AsSsize_t: no __index__).
Result<int64_t> maxlen_arg(Val v)
{
    if (!v || v.is(Val(&g_none)))
        return -1;
    if (!is_int(v))
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t n;
    if (!int_to_int64(v, n))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (n < 0)
        return raise(&g_exc_ValueError, "maxlen must be non-negative");
    return n;
}

Result<void> deque_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("deque", args, nargs, kwnames, { "iterable", "maxlen" }, 0, out));
    auto* d = as_deque(self);
    d->maxlen = TRY(maxlen_arg(out[1]));
    if (d->size > 0)
        deque_clear_items(d);
    if (out[0])
        TRY(deque_extend_items(d, out[0], false));
    return {};
}

Result<Value> deque_append(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 2 || kwnames) [[unlikely]]
        TRY(expect_one_arg("deque.append", nargs - 1, kwnames));
    push_right(as_deque(args[0]), Value::borrow(args[1]));
    return none_value();
}

Result<Value> deque_appendleft(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 2 || kwnames) [[unlikely]]
        TRY(expect_one_arg("deque.appendleft", nargs - 1, kwnames));
    push_left(as_deque(args[0]), Value::borrow(args[1]));
    return none_value();
}

Result<Value> deque_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || kwnames) [[unlikely]]
        TRY(expect_no_args("deque.pop", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    if (d->size == 0)
        return raise(&g_exc_IndexError, "pop from an empty deque");
    return take_right(d);
}

Result<Value> deque_popleft(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || kwnames) [[unlikely]]
        TRY(expect_no_args("deque.popleft", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    if (d->size == 0)
        return raise(&g_exc_IndexError, "pop from an empty deque");
    return take_left(d);
}

Result<Value> deque_extend(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("deque.extend", nargs - 1, kwnames));
    TRY(deque_extend_items(as_deque(args[0]), args[1], false));
    return none_value();
}

Result<Value> deque_extendleft(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("deque.extendleft", nargs - 1, kwnames));
    TRY(deque_extend_items(as_deque(args[0]), args[1], true));
    return none_value();
}

Result<Value> deque_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.clear", nargs - 1, kwnames));
    deque_clear_items(as_deque(args[0]));
    return none_value();
}

// A copy of the same type: a plain deque copies itself; a subclass is called as type(d)(d[, maxlen]).
Result<Value> deque_copy_of(Val self)
{
    auto* d = as_deque(self);
    if (self.type() == &g_deque_type) {
        Value copy = TRY(deque_new(&g_deque_type, nullptr, 0, nullptr));
        auto* c = as_deque(copy);
        c->maxlen = d->maxlen;
        for (int64_t i = 0; i < d->size; ++i)
            push_right(c, Value::borrow(slot(d, i)));
        return copy;
    }
    if (d->maxlen < 0)
        return call(Val(self.type()), { self });
    Value maxlen = int_from_int64(d->maxlen);
    return call(Val(self.type()), { self, maxlen });
}

Result<Value> deque_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.copy", nargs - 1, kwnames));
    return deque_copy_of(args[0]);
}

Result<Value> deque_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("deque.count", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    uint64_t state = d->state;
    int64_t total = 0;
    for (int64_t i = 0; i < d->size; ++i) {
        Value item = Value::borrow(slot(d, i));
        if (TRY(fast_equal(item, args[1])))
            ++total;
        if (d->state != state)
            return raise(&g_exc_RuntimeError, "deque mutated during iteration");
    }
    return Value::small_int(total);
}

Result<Value> deque_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("deque.index", kwnames));
    if (nargs < 2)
        return raise(&g_exc_TypeError, "index() takes at least 1 argument ({} given)", nargs - 1);
    if (nargs > 4)
        return raise(&g_exc_TypeError, "index() takes at most 3 arguments ({} given)", nargs - 1);
    auto* d = as_deque(args[0]);
    int64_t start = nargs > 2 ? TRY(slice_index_argument(args[2])) : 0;
    int64_t stop = nargs > 3 ? TRY(slice_index_argument(args[3])) : INT64_MAX;
    clamp_search_bounds(start, stop, d->size);
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->size; ++i) {
        Value item = Value::borrow(slot(d, i));
        bool equal = TRY(fast_equal(item, args[1]));
        if (d->state != state)
            return raise(&g_exc_RuntimeError, "deque mutated during iteration");
        if (equal)
            return Value::small_int(i);
    }
    return raise(&g_exc_ValueError, "{!r} is not in deque", args[1]);
}

// Moves the items in [index, size) one place right (the deque has room), leaving a hole at index.
void open_hole(DequeObject* d, int64_t index)
{
    for (int64_t i = d->size; i > index; --i)
        slot(d, i) = slot(d, i - 1);
}

// Removes the item at index and returns it.
Value remove_at(DequeObject* d, int64_t index)
{
    Val v = slot(d, index);
    if (index < d->size / 2) {
        for (int64_t i = index; i > 0; --i)
            slot(d, i) = slot(d, i - 1);
        d->head = (d->head + 1) & (d->capacity - 1);
    } else {
        for (int64_t i = index; i < d->size - 1; ++i)
            slot(d, i) = slot(d, i + 1);
    }
    --d->size;
    ++d->state;
    return Value::adopt(v);
}

Result<Value> deque_insert(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("deque.insert", kwnames));
    if (nargs != 3)
        return raise(&g_exc_TypeError, "insert() takes exactly 2 arguments ({} given)", nargs - 1);
    auto* d = as_deque(args[0]);
    int64_t index = TRY(index_as_ssize(args[1]));
    if (d->maxlen >= 0 && d->size >= d->maxlen)
        return raise(&g_exc_IndexError, "deque already at its maximum size");
    if (index < 0)
        index = std::max<int64_t>(index + d->size, 0);
    index = std::min(index, d->size);
    if (index == 0) {
        push_left(d, Value::borrow(args[2]));
        return none_value();
    }
    if (d->size == d->capacity)
        grow(d);
    open_hole(d, index);
    args[2].incref();
    slot(d, index) = args[2];
    ++d->size;
    ++d->state;
    return none_value();
}

Result<Value> deque_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("deque.remove", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->size; ++i) {
        Value item = Value::borrow(slot(d, i));
        bool equal = TRY(fast_equal(item, args[1]));
        if (d->state != state)
            return raise(&g_exc_IndexError, "deque mutated during iteration");
        if (equal) {
            remove_at(d, i);
            return none_value();
        }
    }
    return raise(&g_exc_ValueError, "{!r} is not in deque", args[1]);
}

// Rotates right by n (left if negative), moving min(n, size - n) items between the ends.
void rotate(DequeObject* d, int64_t n)
{
    ++d->state;
    if (d->size <= 1)
        return;
    n %= d->size;
    if (n < 0)
        n += d->size;
    if (n == 0)
        return;
    int64_t mask = d->capacity - 1;
    if (n <= d->size / 2) {
        for (int64_t k = 0; k < n; ++k) {
            Val v = slot(d, d->size - 1);
            d->head = (d->head - 1) & mask;
            d->items[d->head] = v;
        }
    } else {
        for (int64_t k = d->size - n; k > 0; --k) {
            Val v = slot(d, 0);
            d->head = (d->head + 1) & mask;
            slot(d, d->size - 1) = v;
        }
    }
}

Result<Value> deque_rotate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("deque.rotate", kwnames));
    TRY(expect_arg_range("deque.rotate", nargs - 1, 0, 1));
    int64_t n = nargs > 1 ? TRY(index_as_ssize(args[1])) : 1;
    rotate(as_deque(args[0]), n);
    return none_value();
}

Result<Value> deque_reverse(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.reverse", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j)
        std::swap(slot(d, i), slot(d, j));
    return none_value();
}

Result<Value> deque_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.__sizeof__", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    return Value::small_int(int64_t(args[0].type()->basic_size) + d->capacity * int64_t(sizeof(Val)));
}

Result<Value> deque_iter_make(Val self, TypeObject* type);

Result<Value> deque_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.__reduce__", nargs - 1, kwnames));
    auto* d = as_deque(args[0]);
    Value state = TRY(call_method(args[0], str_intern("__getstate__"), {}));
    Value iterator = TRY(get_iter(args[0]));
    Value constructor_args;
    if (d->maxlen < 0) {
        constructor_args = tuple_empty();
    } else {
        Value maxlen = int_from_int64(d->maxlen);
        constructor_args = tuple_of({ tuple_empty(), maxlen });
    }
    return tuple_of({ Val(args[0].type()), constructor_args, state, iterator });
}

Result<Value> deque_class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("deque.__class_getitem__", nargs - 1, kwnames));
    return generic_alias_new(args[0], args[1]);
}

Result<Value> deque_maxlen(Val self)
{
    auto* d = as_deque(self);
    if (d->maxlen < 0)
        return none_value();
    return int_from_int64(d->maxlen);
}

Result<int64_t> unhashable(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }

Result<int64_t> deque_len(Val self) { return as_deque(self)->size; }
Result<bool> deque_bool(Val self) { return as_deque(self)->size != 0; }

Result<int64_t> deque_position(DequeObject* d, Val key)
{
    if (!key.is_small_int() && !is_int(key) && !key.type()->index)
        return raise(&g_exc_TypeError, "sequence index must be integer, not '{}'", key.type()->type_name());
    int64_t i = TRY(sequence_index_value(key, "deque"));
    if (i < 0)
        i += d->size;
    if (i < 0 || i >= d->size)
        return raise(&g_exc_IndexError, "deque index out of range");
    return i;
}

Result<Value> deque_getitem(Val self, Val key)
{
    auto* d = as_deque(self);
    int64_t i = TRY(deque_position(d, key));
    return Value::borrow(slot(d, i));
}

Result<void> deque_setitem(Val self, Val key, Val value)
{
    auto* d = as_deque(self);
    int64_t i = TRY(deque_position(d, key));
    if (!value) {
        remove_at(d, i);
        return {};
    }
    value.incref();
    Value old = Value::adopt(slot(d, i));
    slot(d, i) = value;
    return {};
}

Result<bool> deque_contains(Val self, Val value)
{
    auto* d = as_deque(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->size; ++i) {
        Value item = Value::borrow(slot(d, i));
        bool equal = TRY(fast_equal(item, value));
        if (d->state != state)
            return raise(&g_exc_RuntimeError, "deque mutated during iteration");
        if (equal)
            return true;
    }
    return false;
}

Ref<TupleObject> deque_tuple(DequeObject* d)
{
    Ref<TupleObject> tuple = tuple_new(d->size);
    for (int64_t i = 0; i < d->size; ++i) {
        tuple->items[i] = Value::borrow(slot(d, i));
    }
    return tuple;
}

Result<Value> deque_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_deque(a) || !is_deque(b))
        return Value::borrow(not_implemented());
    Ref<TupleObject> left = deque_tuple(as_deque(a));
    Ref<TupleObject> right = deque_tuple(as_deque(b));
    return tuple_richcompare(Val(left.get()), Val(right.get()), op);
}

Result<Value> deque_repr(Val self)
{
    auto* d = as_deque(self);
    ReprGuard guard(d);
    if (guard.recursive())
        return Value::borrow(Val(str_intern("[...]")));
    std::vector<Value> items = snapshot(d);
    std::vector<Val> raw(items.begin(), items.end());
    Value body = TRY(repr_sequence("[", raw.data(), int64_t(raw.size()), "]"));
    std::string_view name = self.type()->type_name();
    if (size_t dot = name.rfind('.'); dot != std::string_view::npos)
        name = name.substr(dot + 1);
    std::string text(name);
    text += '(';
    text += body.as<StrObject>()->view();
    if (d->maxlen >= 0) {
        text += ", maxlen=";
        text += std::to_string(d->maxlen);
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> deque_add(Val a, Val b)
{
    if (!is_deque(a))
        return Value::borrow(not_implemented());
    if (!is_deque(b))
        return raise(&g_exc_TypeError, "can only concatenate deque (not \"{}\") to deque", b.type()->type_name());
    Value result = TRY(deque_copy_of(a));
    if (!is_deque(result))
        return result;
    TRY(deque_extend_items(as_deque(result), b, false));
    return result;
}

Result<Value> deque_inplace_add(Val a, Val b)
{
    if (!is_deque(a))
        return Value::borrow(not_implemented());
    TRY(deque_extend_items(as_deque(a), b, false));
    return Value::borrow(a);
}

Result<void> deque_repeat_in_place(DequeObject* d, Val count_value)
{
    int64_t count;
    Value index = TRY(number_index(count_value));
    if (!int_to_int64(index, count)) {
        if (int_sign(index) < 0)
            count = 0;
        else
            return raise(&g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (count <= 0 || d->size == 0) {
        if (d->size)
            deque_clear_items(d);
        return {};
    }
    if (count == 1)
        return {};
    int64_t size = d->size;
    if (size > INT64_MAX / count)
        return raise_memory_error();
    int64_t total = size * count;
    if (d->maxlen >= 0)
        total = std::min(total, d->maxlen);
    if (total > memory_limit() / int64_t(sizeof(Val)))
        return raise_memory_error();
    // The result is the last `total` items of the repetition: item j is the original item
    // (size * count - total + j) % size.
    std::vector<Value> items = snapshot(d);
    deque_clear_items(d);
    int64_t first = (size * count - total) % size;
    for (int64_t j = 0; j < total; ++j)
        push_right(d, items[size_t((first + j) % size)]);
    return {};
}

Result<Value> deque_mul(Val a, Val b)
{
    bool reflected = !is_deque(a);
    Val self = reflected ? b : a, count = reflected ? a : b;
    if (!repeat_count_operand(count))
        return reflected ? Value::borrow(not_implemented()) : sequence_mul_refused(count);
    Value result = TRY(deque_copy_of(self));
    if (!is_deque(result))
        return result;
    TRY(deque_repeat_in_place(as_deque(result), count));
    return result;
}

Result<Value> deque_inplace_mul(Val a, Val b)
{
    if (!is_deque(a))
        return Value::borrow(not_implemented());
    if (!repeat_count_operand(b))
        return sequence_mul_refused(b, false);
    TRY(deque_repeat_in_place(as_deque(a), b));
    return Value::borrow(a);
}

// ---- Iterators: they remember the deque's state and the count of items left. ----

struct DequeIteratorObject : Object {
    Ref<DequeObject> deque;
    int64_t index;    // the next item (from the right for the reverse iterator)
    int64_t counter;  // items left
    uint64_t state;
};

Result<Value> deque_iter_make(Val self, TypeObject* type)
{
    auto* it = static_cast<DequeIteratorObject*>(alloc_object(type));
    if (!it)
        return raise_memory_error();
    auto* d = as_deque(self);
    new (&it->deque) Ref<DequeObject>(d);
    it->index = 0;
    it->counter = d->size;
    it->state = d->state;
    return Value::adopt(Val(it));
}

Result<Value> deque_iter(Val self) { return deque_iter_make(self, &g_deque_iterator_type); }

Result<Value> deque_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("deque.__reversed__", nargs - 1, kwnames));
    return deque_iter_make(args[0], &g_deque_reverse_iterator_type);
}

void deque_iterator_destroy(Object* object) { static_cast<DequeIteratorObject*>(object)->deque.~Ref<DequeObject>(); }

void deque_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (DequeObject* d = static_cast<DequeIteratorObject*>(object)->deque.get())
        visit(d, context);
}

void deque_iterator_clear(Object* object) { static_cast<DequeIteratorObject*>(object)->deque = nullptr; }

Result<Value> deque_iterator_next(Val self)
{
    auto* it = self.as<DequeIteratorObject>();
    DequeObject* d = it->deque.get();
    if (!d)
        return Value();
    if (d->state != it->state) {
        it->counter = 0;
        return raise(&g_exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0)
        return Value();
    bool reverse = self.type() == &g_deque_reverse_iterator_type;
    Val item = slot(d, reverse ? d->size - 1 - it->index : it->index);
    ++it->index;
    --it->counter;
    return Value::borrow(item);
}

Result<Value> deque_iterator_self(Val self) { return Value::borrow(self); }

Result<Value> deque_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("__length_hint__", nargs - 1, kwnames));
    return Value::small_int(args[0].as<DequeIteratorObject>()->counter);
}

Result<Value> deque_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("__reduce__", nargs - 1, kwnames));
    auto* it = args[0].as<DequeIteratorObject>();
    Value index = Value::small_int(it->deque->size - it->counter);
    Value inner = tuple_of({ Val(it->deque.get()), index });
    return tuple_of({ Val(args[0].type()), inner });
}

// _deque_iterator(deque, index=0): an iterator advanced by index items (what __reduce__ gives back).
Result<Value> deque_iterator_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords(type->type_name().data(), kwnames));
    TRY(expect_arg_range(type == &g_deque_iterator_type ? "_deque_iterator" : "_deque_reverse_iterator", nargs, 1, 2));
    if (!is_deque(args[0]))
        return raise(&g_exc_TypeError, "{}() argument 1 must be collections.deque, not {}",
                     type == &g_deque_iterator_type ? "_deque_iterator" : "_deque_reverse_iterator",
                     args[0].type()->type_name());
    int64_t index = nargs > 1 ? TRY(index_as_ssize(args[1])) : 0;
    Value it = TRY(deque_iter_make(args[0], type));
    auto* iterator = it.as<DequeIteratorObject>();
    index = std::clamp<int64_t>(index, 0, iterator->counter);
    iterator->index += index;
    iterator->counter -= index;
    return it;
}

const MethodDef s_deque_methods[] = {
    { "append", deque_append, METHOD_INSTANCE, "Add an element to the right side of the deque." },
    { "appendleft", deque_appendleft, METHOD_INSTANCE, "Add an element to the left side of the deque." },
    { "clear", deque_clear, METHOD_INSTANCE, "Remove all elements from the deque." },
    { "__copy__", deque_copy, METHOD_INSTANCE, "Return a shallow copy of a deque." },
    { "copy", deque_copy, METHOD_INSTANCE, "Return a shallow copy of a deque." },
    { "count", deque_count, METHOD_INSTANCE, "Return number of occurrences of value." },
    { "extend", deque_extend, METHOD_INSTANCE, "Extend the right side of the deque with elements from the iterable." },
    { "extendleft", deque_extendleft, METHOD_INSTANCE, "Extend the left side of the deque with elements from the iterable." },
    { "index", deque_index, METHOD_INSTANCE, "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "insert", deque_insert, METHOD_INSTANCE, "Insert value before index." },
    { "pop", deque_pop, METHOD_INSTANCE, "Remove and return the rightmost element." },
    { "popleft", deque_popleft, METHOD_INSTANCE, "Remove and return the leftmost element." },
    { "__reduce__", deque_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "remove", deque_remove, METHOD_INSTANCE, "Remove first occurrence of value." },
    { "__reversed__", deque_reversed, METHOD_INSTANCE, "Return a reverse iterator over the deque." },
    { "reverse", deque_reverse, METHOD_INSTANCE, "Reverse *IN PLACE*." },
    { "rotate", deque_rotate, METHOD_INSTANCE, "Rotate the deque n steps to the right.  If n is negative, rotates left." },
    { "__sizeof__", deque_sizeof, METHOD_INSTANCE, "Return the size of the deque in memory, in bytes." },
    { "__class_getitem__", deque_class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_deque_getsets[] = {
    { "maxlen", deque_maxlen, nullptr, "maximum size of a deque or None if unbounded" },
    {},
};

const MethodDef s_deque_iterator_methods[] = {
    { "__length_hint__", deque_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", deque_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};

// ---- defaultdict ----

struct DefaultDictObject : DictObject {
    Value default_factory;  // null or None: no factory
};

DefaultDictObject* as_defaultdict(Val v) { return static_cast<DefaultDictObject*>(v.object()); }
bool is_defaultdict(Val v) { return v.is_object() && is_subtype(v.type(), &g_defaultdict_type); }

void defaultdict_destroy(Object* object)
{
    as_defaultdict(Val(object))->default_factory.clear();
    g_dict_type.destroy(object);
}

void defaultdict_traverse(Object* object, VisitFn visit, void* context)
{
    visit_val(as_defaultdict(Val(object))->default_factory, visit, context);
    g_dict_type.traverse(object, visit, context);
}

void defaultdict_gc_clear(Object* object)
{
    as_defaultdict(Val(object))->default_factory.clear();
    dict_clear(static_cast<DictObject*>(object));
}

Result<void> defaultdict_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val factory;
    if (nargs > 0) {
        factory = args[0];
        if (!factory.is(Val(&g_none)) && !is_callable(factory))
            return raise(&g_exc_TypeError, "first argument must be callable or None");
        ++args;
        --nargs;
    }
    as_defaultdict(self)->default_factory = factory ? Value::borrow(factory) : Value();
    return g_dict_type.init(self, args, nargs, kwnames);
}

Val factory_of(Val self)
{
    Val factory = as_defaultdict(self)->default_factory;
    return factory ? factory : Val(&g_none);
}

Result<Value> defaultdict_missing(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("defaultdict.__missing__", nargs - 1, kwnames));
    Val factory = factory_of(args[0]);
    if (factory.is(Val(&g_none)))
        return raise_key_error(args[1]);
    Value hold = Value::borrow(factory);
    Value value = TRY(call(factory, nullptr, 0));
    TRY(set_item(args[0], args[1], value));
    return value;
}

Result<Value> defaultdict_copy_of(Val self)
{
    return call(Val(self.type()), { factory_of(self), self });
}

Result<Value> defaultdict_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("defaultdict.copy", nargs - 1, kwnames));
    return defaultdict_copy_of(args[0]);
}

Result<Value> defaultdict_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("defaultdict.__reduce__", nargs - 1, kwnames));
    Val factory = factory_of(args[0]);
    Value constructor_args = factory.is(Val(&g_none)) ? Value(tuple_empty()) : Value(tuple_of({ factory }));
    Value items = TRY(call_method(args[0], str_intern("items"), {}));
    Value iterator = TRY(get_iter(items));
    return tuple_of({ Val(args[0].type()), constructor_args, Val(&g_none), Val(&g_none), iterator });
}

Result<Value> defaultdict_repr(Val self)
{
    Value body = TRY(g_dict_type.repr(self));
    Val factory = factory_of(self);
    Value factory_text;
    if (factory.is(Val(&g_none))) {
        factory_text = Value::borrow(Val(str_intern("None")));
    } else {
        ReprGuard guard(factory.object());
        if (guard.recursive())
            factory_text = Value::borrow(Val(str_intern("...")));
        else
            factory_text = TRY(object_repr(factory));
    }
    std::string_view name = self.type()->type_name();
    if (size_t dot = name.rfind('.'); dot != std::string_view::npos)
        name = name.substr(dot + 1);
    std::string text(name);
    text += '(';
    text += factory_text.as<StrObject>()->view();
    text += ", ";
    text += body.as<StrObject>()->view();
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> defaultdict_or(Val a, Val b)
{
    Val self = is_defaultdict(a) ? a : b;
    Val other = self.is(a) ? b : a;
    if (!is_dict(other))
        return Value::borrow(not_implemented());
    Value result = TRY(call(Val(self.type()), { factory_of(self), a }));
    TRY(call_method(result, str_intern("update"), { b }));
    return result;
}

Result<Value> defaultdict_get_factory(Val self) { return Value::borrow(factory_of(self)); }

Result<void> defaultdict_set_factory(Val self, Val value)
{
    as_defaultdict(self)->default_factory = value ? Value::borrow(value) : Value();
    return {};
}

const MethodDef s_defaultdict_methods[] = {
    { "__missing__", defaultdict_missing, METHOD_INSTANCE, "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n" },
    { "copy", defaultdict_copy, METHOD_INSTANCE, "D.copy() -> a shallow copy of D." },
    { "__copy__", defaultdict_copy, METHOD_INSTANCE, "D.copy() -> a shallow copy of D." },
    { "__reduce__", defaultdict_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__class_getitem__", deque_class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_defaultdict_getsets[] = {
    { "default_factory", defaultdict_get_factory, defaultdict_set_factory, "Factory for default value called by __missing__()." },
    {},
};

// ---- _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each element. ----

Result<Value> collections_count_elements(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_count_elements", kwnames));
    TRY(expect_arg_range("_count_elements", nargs, 2, 2));
    Val mapping = args[0];
    Value iterator = TRY(get_iter(args[1]));
    Value one = Value::small_int(1);
    Value zero = Value::small_int(0);
    // The dict fast path, when the mapping's get and __setitem__ are dict's own (CPython does the same).
    TypeObject* type = mapping.type();
    bool plain = is_dict(mapping) && type_lookup(type, str_intern("get")).is(type_lookup(&g_dict_type, str_intern("get"))) &&
                 type_lookup(type, str_intern("__setitem__")).is(type_lookup(&g_dict_type, str_intern("__setitem__")));
    Value get_method;
    if (!plain)
        get_method = TRY(get_attr(mapping, str_intern("get")));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        Value count;
        if (plain) {
            Val old = TRY(dict_get(mapping.as<DictObject>(), item));
            Value hold = old ? Value::borrow(old) : Value();
            count = TRY(binary_op(old ? old : Val(zero), one, BinaryOp::Add));
            TRY(dict_set(mapping.as<DictObject>(), item, count));
        } else {
            Value old = TRY(call(get_method, { item, zero }));
            count = TRY(binary_op(old, one, BinaryOp::Add));
            TRY(set_item(mapping, item, count));
        }
    }
    return none_value();
}

// ---- _tuplegetter(index, doc): the descriptor of a namedtuple field. ----

struct TupleGetterObject : Object {
    int64_t index;
    Value doc;
};

Result<Value> tuplegetter_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_tuplegetter", kwnames));
    TRY(expect_arg_range("_tuplegetter", nargs, 2, 2));
    int64_t index = TRY(index_as_ssize(args[0]));
    auto* getter = static_cast<TupleGetterObject*>(alloc_object(type));
    if (!getter)
        return raise_memory_error();
    getter->index = index;
    new (&getter->doc) Value(Value::borrow(args[1]));
    return Value::adopt(Val(getter));
}

void tuplegetter_destroy(Object* object) { static_cast<TupleGetterObject*>(object)->doc.~Value(); }

void tuplegetter_traverse(Object* object, VisitFn visit, void* context)
{
    visit_val(static_cast<TupleGetterObject*>(object)->doc, visit, context);
}

void tuplegetter_clear(Object* object) { static_cast<TupleGetterObject*>(object)->doc.clear(); }

Result<Value> tuplegetter_get(Val descriptor, Val instance, TypeObject*)
{
    auto* getter = descriptor.as<TupleGetterObject>();
    if (!instance || instance.is(Val(&g_none)))
        return Value::borrow(descriptor);
    if (!is_tuple(instance))
        return raise(&g_exc_TypeError, "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                     getter->index, instance.type()->type_name());
    auto* tuple = instance.as<TupleObject>();
    if (getter->index < 0 || getter->index >= tuple->size)
        return raise(&g_exc_IndexError, "tuple index out of range");
    return Value::borrow(tuple->items[getter->index]);
}

Result<void> tuplegetter_set(Val, Val, Val value)
{
    if (value)
        return raise(&g_exc_AttributeError, "can't set attribute");
    return raise(&g_exc_AttributeError, "can't delete attribute");
}

Result<Value> tuplegetter_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("_tuplegetter.__reduce__", nargs - 1, kwnames));
    auto* getter = args[0].as<TupleGetterObject>();
    Value index = int_from_int64(getter->index);
    Val doc = getter->doc ? Val(getter->doc) : Val(&g_none);
    Value inner = tuple_of({ index, doc });
    return tuple_of({ Val(args[0].type()), inner });
}

Result<Value> tuplegetter_repr(Val self)
{
    auto* getter = self.as<TupleGetterObject>();
    Val doc = getter->doc ? Val(getter->doc) : Val(&g_none);
    std::string text = "_tuplegetter(" + std::to_string(getter->index) + ", " + TRY(repr_utf8(doc)) + ")";
    return Value(str_from_utf8(text));
}

Result<Value> tuplegetter_get_doc(Val self)
{
    auto* getter = self.as<TupleGetterObject>();
    return getter->doc ? Value(getter->doc) : none_value();
}

Result<void> tuplegetter_set_doc(Val self, Val value)
{
    self.as<TupleGetterObject>()->doc = value ? Value::borrow(value) : Value();
    return {};
}

const MethodDef s_tuplegetter_methods[] = {
    { "__reduce__", tuplegetter_reduce, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_tuplegetter_getsets[] = {
    { "__doc__", tuplegetter_get_doc, tuplegetter_set_doc, nullptr },
    {},
};

const MethodDef s_collections_functions[] = {
    { "_count_elements", collections_count_elements, METHOD_STATIC, "Count elements in the iterable, updating the mapping" },
    {},
};

void init_types()
{
    type_init_static(g_deque_type, "collections.deque", sizeof(DequeObject), &g_object_type,
                     TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE | TYPE_LEN_TRUTH | TYPE_SEQUENCE);
    g_deque_type.new_instance = deque_new;
    g_deque_type.init = deque_init;
    g_deque_type.destroy = deque_destroy;
    g_deque_type.traverse = deque_traverse;
    g_deque_type.clear = deque_gc_clear;
    g_deque_type.repr = deque_repr;
    g_deque_type.hash = unhashable;
    g_deque_type.richcompare = deque_richcompare;
    g_deque_type.getitem = deque_getitem;
    g_deque_type.setitem = deque_setitem;
    g_deque_type.len = deque_len;
    g_deque_type.to_bool = deque_bool;
    g_deque_type.contains = deque_contains;
    g_deque_type.iter = deque_iter;
    g_deque_type.binary[int(BinaryOp::Add)] = deque_add;
    g_deque_type.binary[int(BinaryOp::Mul)] = deque_mul;
    g_deque_type.inplace[int(BinaryOp::Add)] = deque_inplace_add;
    g_deque_type.inplace[int(BinaryOp::Mul)] = deque_inplace_mul;
    g_deque_type.methods = s_deque_methods;
    g_deque_type.getsets = s_deque_getsets;
    g_deque_type.doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";
    type_ready(g_deque_type);
    dict_set_str(g_deque_type.dict.get(), str_intern("__hash__"), Val(&g_none));  // as CPython: __hash__ = None

    for (TypeObject* type : { &g_deque_iterator_type, &g_deque_reverse_iterator_type }) {
        type_init_static(*type, type == &g_deque_iterator_type ? "collections._deque_iterator" : "collections._deque_reverse_iterator",
                         sizeof(DequeIteratorObject), &g_object_type, TYPE_GC);
        type->new_instance = deque_iterator_new;
        type->destroy = deque_iterator_destroy;
        type->traverse = deque_iterator_traverse;
        type->clear = deque_iterator_clear;
        type->iter = deque_iterator_self;
        type->iternext = deque_iterator_next;
        type->methods = s_deque_iterator_methods;
        type_ready(*type);
    }

    type_init_static(g_defaultdict_type, "collections.defaultdict", sizeof(DefaultDictObject), &g_dict_type,
                     TYPE_BASETYPE | TYPE_GC);
    g_defaultdict_type.init = defaultdict_init;
    g_defaultdict_type.destroy = defaultdict_destroy;
    g_defaultdict_type.traverse = defaultdict_traverse;
    g_defaultdict_type.clear = defaultdict_gc_clear;
    g_defaultdict_type.repr = defaultdict_repr;
    g_defaultdict_type.binary[int(BinaryOp::Or)] = defaultdict_or;
    g_defaultdict_type.methods = s_defaultdict_methods;
    g_defaultdict_type.getsets = s_defaultdict_getsets;
    g_defaultdict_type.doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n";
    type_ready(g_defaultdict_type);

    type_init_static(g_tuplegetter_type, "collections._tuplegetter", sizeof(TupleGetterObject), &g_object_type, TYPE_GC);
    g_tuplegetter_type.new_instance = tuplegetter_new;
    g_tuplegetter_type.destroy = tuplegetter_destroy;
    g_tuplegetter_type.traverse = tuplegetter_traverse;
    g_tuplegetter_type.clear = tuplegetter_clear;
    g_tuplegetter_type.descr_get = tuplegetter_get;
    g_tuplegetter_type.descr_set = tuplegetter_set;
    g_tuplegetter_type.repr = tuplegetter_repr;
    g_tuplegetter_type.methods = s_tuplegetter_methods;
    g_tuplegetter_type.getsets = s_tuplegetter_getsets;
    type_ready(g_tuplegetter_type);
}

}  // namespace

Ref<ModuleObject> collections_module_create()
{
    if (!g_deque_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_collections"));
    module_add_functions(module.get(), s_collections_functions);
    module_set(module.get(), "deque", Val(&g_deque_type));
    module_set(module.get(), "_deque_iterator", Val(&g_deque_iterator_type));
    module_set(module.get(), "_deque_reverse_iterator", Val(&g_deque_reverse_iterator_type));
    module_set(module.get(), "defaultdict", Val(&g_defaultdict_type));
    module_set(module.get(), "_tuplegetter", Val(&g_tuplegetter_type));
    return module;
}

}  // namespace ginger
