// range objects with arbitrary int bounds, and their two iterators: range_iterator for bounds that
// are small ints (stepped inline by FOR_ITER) and longrange_iterator for everything else.
#include "import/import.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

namespace ginger {

TypeObject g_range_type, g_range_iterator_type, g_long_range_iterator_type;

// Invariant: all three are ints; remaining >= 0 until exhaustion.
struct LongRangeIteratorObject : Object {
    Value next, step, remaining;
};

// Int arithmetic on Values, with the small-int cases inline. Small ints are at most 62 bits wide, so
// sums and differences of two of them fit int64.
static Result<Value> add(Val a, Val b)
{
    if (a.is_small_int() && b.is_small_int())
        return int_from_int64(a.small_int_value() + b.small_int_value());
    return int_binary(a, b, BinaryOp::Add);
}
static Result<Value> subtract(Val a, Val b)
{
    if (a.is_small_int() && b.is_small_int())
        return int_from_int64(a.small_int_value() - b.small_int_value());
    return int_binary(a, b, BinaryOp::Sub);
}
static Result<Value> multiply(Val a, Val b)
{
    int64_t product;
    if (a.is_small_int() && b.is_small_int() && !__builtin_mul_overflow(a.small_int_value(), b.small_int_value(), &product))
        return int_from_int64(product);
    return int_binary(a, b, BinaryOp::Mul);
}
static Result<Value> floor_divide(Val a, Val b) { return int_binary(a, b, BinaryOp::FloorDiv); }

// An argument of range() as an exact int (bools become 0 and 1, as PyNumber_Index makes them).
static Result<Value> exact_int(Val v)
{
    if (v.is_small_int() || is_instance_exact(v, &g_int_type))
        return Value::borrow(v);
    Value number = is_int(v) ? Value::borrow(v) : TRY(number_index(v));
    if (number.get().is_small_int() || is_instance_exact(number, &g_int_type))
        return number;
    int64_t small;
    if (int_to_int64(number, small))
        return int_from_int64(small);
    return int_binary(number, Val::small_int(0), BinaryOp::Add);
}

static Result<Value> compute_length(Val start, Val stop, Val step)
{
    if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
        int64_t lo = start.small_int_value(), hi = stop.small_int_value(), st = step.small_int_value();
        if (st > 0)
            return Value::small_int(lo < hi ? (hi - lo - 1) / st + 1 : 0);
        return Value::small_int(lo > hi ? (lo - hi - 1) / -st + 1 : 0);
    }
    Value distance;
    Value magnitude;
    if (int_sign(step) > 0) {
        if (int_compare(start, stop) >= 0)
            return Value::small_int(0);
        distance = TRY(subtract(stop, start));
        magnitude = Value::borrow(step);
    } else {
        if (int_compare(start, stop) <= 0)
            return Value::small_int(0);
        distance = TRY(subtract(start, stop));
        magnitude = int_negate(step);
    }
    // (distance - 1) // magnitude + 1
    Value less = TRY(subtract(distance, Val::small_int(1)));
    Value quotient = TRY(floor_divide(less, magnitude));
    return add(quotient, Val::small_int(1));
}

Result<Value> range_from_ints(Val start, Val stop, Val step)
{
    Value length = TRY(compute_length(start, stop, step));
    auto* range = static_cast<RangeObject*>(alloc_object(&g_range_type));
    if (!range)
        return raise_memory_error();
    range->start = Value::borrow(start);
    range->stop = Value::borrow(stop);
    range->step = Value::borrow(step);
    range->length = std::move(length);
    range->small = start.is_small_int() && stop.is_small_int() && step.is_small_int();
    return Value::adopt(Val(range));
}

static Result<Value> range_new(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 1) {
        Value stop = TRY(exact_int(args[0]));
        return range_from_ints(Val::small_int(0), stop, Val::small_int(1));
    }
    if (nargs == 0)
        return raise(&g_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return raise(&g_exc_TypeError, "range expected at most 3 arguments, got {}", nargs);
    Value start = TRY(exact_int(args[0]));
    Value stop = TRY(exact_int(args[1]));
    Value step = Value::small_int(1);
    if (nargs == 3) {
        step = TRY(exact_int(args[2]));
        if (int_sign(step) == 0)
            return raise(&g_exc_ValueError, "range() arg 3 must not be zero");
    }
    return range_from_ints(start, stop, step);
}

static void range_destroy(Object* object) { static_cast<RangeObject*>(object)->~RangeObject(); }

static Result<Value> range_repr(Val self)
{
    auto* range = self.as<RangeObject>();
    std::string text = "range(";
    text += int_to_decimal(range->start);
    text += ", ";
    text += int_to_decimal(range->stop);
    if (!(range->step.get().is_small_int() && range->step.get().small_int_value() == 1)) {
        text += ", ";
        text += int_to_decimal(range->step);
    }
    text += ')';
    return Value(str_from_ascii(text));
}

static Result<int64_t> range_len(Val self)
{
    Val length = self.as<RangeObject>()->length;
    if (length.is_small_int())
        return length.small_int_value();
    int64_t out;
    if (int_to_int64(length, out))
        return out;
    return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
}

static Result<bool> range_bool(Val self) { return int_sign(self.as<RangeObject>()->length) != 0; }

// The value at position i (0 <= i < length).
static Result<Value> range_item(RangeObject* range, Val i)
{
    Value offset = TRY(multiply(i, range->step));
    return add(range->start, offset);
}

static Result<Value> range_slice(RangeObject* range, SliceObject* slice)
{
    auto small_or_none = [](Val v) { return v.is_small_int() || is_none(v); };
    if (range->small && small_or_none(slice->start) && small_or_none(slice->stop) && small_or_none(slice->step)) {
        SliceBounds b = TRY(slice_bounds(Val(slice), range->length.get().small_int_value()));
        __int128 start = range->start.get().small_int_value();
        __int128 step = range->step.get().small_int_value();
        __int128 new_start = start + b.start * step;
        __int128 new_stop = start + b.stop * step;
        __int128 new_step = step * b.step;
        auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
        if (fits(new_start) && fits(new_stop) && fits(new_step)) {
            return range_from_ints(int_from_int64(int64_t(new_start)), int_from_int64(int64_t(new_stop)),
                                   int_from_int64(int64_t(new_step)));
        }
    }
    LongSliceIndices indices = TRY(slice_long_indices(slice, range->length));
    Value new_start = TRY(range_item(range, indices.start));
    Value new_stop = TRY(range_item(range, indices.stop));
    Value new_step = TRY(multiply(range->step, indices.step));
    return range_from_ints(new_start, new_stop, new_step);
}

static Result<Value> range_getitem(Val self, Val key)
{
    auto* range = self.as<RangeObject>();
    if (key.is_small_int() && range->small) [[likely]] {
        int64_t i = key.small_int_value();
        int64_t length = range->length.get().small_int_value();
        if (i < 0)
            i += length;
        if (i < 0 || i >= length)
            return raise(&g_exc_IndexError, "range object index out of range");
        return Value::small_int(range->start.get().small_int_value() + i * range->step.get().small_int_value());
    }
    if (is_instance_exact(key, &g_slice_type))
        return range_slice(range, key.as<SliceObject>());
    if (!is_int(key) && !key.type()->index && !type_lookup(key.type(), NAME_OF(__index__)))
        return raise(&g_exc_TypeError, "range indices must be integers or slices, not {}", key.type()->type_name());
    Value i = TRY(exact_int(key));
    if (int_sign(i) < 0)
        i = TRY(add(i, range->length));
    if (int_sign(i) < 0 || int_compare(i, range->length) >= 0)
        return raise(&g_exc_IndexError, "range object index out of range");
    return range_item(range, i);
}

// Exact ints and bools are looked up arithmetically; anything else by comparing with every item.
static bool is_int_or_bool(Val v)
{
    return v.is_small_int() || is_instance_exact(v, &g_int_type) || is_instance_exact(v, &g_bool_type);
}

static Result<bool> range_contains_int(RangeObject* range, Val value)
{
    if (range->small && value.is_small_int()) {
        int64_t x = value.small_int_value();
        int64_t start = range->start.get().small_int_value();
        int64_t stop = range->stop.get().small_int_value();
        int64_t step = range->step.get().small_int_value();
        if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop))
            return false;
        return (x - start) % step == 0;
    }
    if (int_sign(range->step) > 0) {
        if (int_compare(value, range->start) < 0 || int_compare(value, range->stop) >= 0)
            return false;
    } else {
        if (int_compare(value, range->start) > 0 || int_compare(value, range->stop) <= 0)
            return false;
    }
    Value offset = TRY(subtract(value, range->start));
    Value remainder = TRY(int_binary(offset, range->step, BinaryOp::Mod));
    return int_sign(remainder) == 0;
}

enum class SearchMode { Contains, Index, Count };

// CPython's _PySequence_IterSearch over the range's items.
static Result<int64_t> range_search(Val self, Val value, SearchMode mode)
{
    Value iterator = TRY(get_iter(self));
    int64_t position = 0;
    int64_t count = 0;
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (TRY(rich_compare_bool(item, value, CompareOp::Eq))) {
            if (mode == SearchMode::Contains)
                return 1;
            if (mode == SearchMode::Index)
                return position;
            ++count;
        }
        ++position;
    }
    if (mode == SearchMode::Index)
        return raise(&g_exc_ValueError, "sequence.index(x): x not in sequence");
    return count;
}

static Result<bool> range_contains(Val self, Val value)
{
    if (is_int_or_bool(value))
        return range_contains_int(self.as<RangeObject>(), value);
    return TRY(range_search(self, value, SearchMode::Contains)) != 0;
}

static Result<Value> range_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("range.index", nargs - 1, kwnames, 1, 1));
    auto* range = args[0].as<RangeObject>();
    Val value = args[1];
    if (!is_int_or_bool(value))
        return int_from_int64(TRY(range_search(args[0], value, SearchMode::Index)));
    if (!TRY(range_contains_int(range, value)))
        return raise(&g_exc_ValueError, "{!r} is not in range", value);
    if (range->small && value.is_small_int())
        return Value::small_int((value.small_int_value() - range->start.get().small_int_value()) / range->step.get().small_int_value());
    Value offset = TRY(subtract(value, range->start));
    return floor_divide(offset, range->step);
}

static Result<Value> range_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("range.count", nargs - 1, kwnames, 1, 1));
    if (is_int_or_bool(args[1]))
        return Value::small_int(TRY(range_contains_int(args[0].as<RangeObject>(), args[1])) ? 1 : 0);
    return int_from_int64(TRY(range_search(args[0], args[1], SearchMode::Count)));
}

// Two ranges are equal when they give the same sequence: same length, and for two or more items the
// same start and step.
static Result<bool> range_equal(RangeObject* a, RangeObject* b)
{
    if (a == b)
        return true;
    if (int_compare(a->length, b->length) != 0)
        return false;
    if (int_sign(a->length) == 0)
        return true;
    if (int_compare(a->start, b->start) != 0)
        return false;
    Val length = a->length;
    if (length.is_small_int() && length.small_int_value() == 1)
        return true;
    return int_compare(a->step, b->step) == 0;
}

static Result<Value> range_richcompare(Val a, Val b, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_exact(a, &g_range_type)
        || !is_instance_exact(b, &g_range_type))
        return Value::borrow(not_implemented());
    bool equal = TRY(range_equal(a.as<RangeObject>(), b.as<RangeObject>()));
    return bool_value(equal == (op == CompareOp::Eq));
}

// Consistent with equality: hash((len, start, step)) with None for what does not matter.
static Result<int64_t> range_hash(Val self)
{
    auto* range = self.as<RangeObject>();
    Val length = range->length;
    Ref<TupleObject> key;
    if (int_sign(length) == 0)
        key = tuple_of({ length, none(), none() });
    else if (length.is_small_int() && length.small_int_value() == 1)
        key = tuple_of({ length, range->start.get(), none() });
    else
        key = tuple_of({ length, range->start.get(), range->step.get() });
    return object_hash(Val(key.get()));
}

Value range_iter_new_small(int64_t start, int64_t step, int64_t length)
{
    auto* iterator = static_cast<RangeIteratorObject*>(alloc_object(&g_range_iterator_type));
    VERIFY(iterator);
    iterator->next = start;
    iterator->step = step;
    iterator->remaining = length;
    return Value::adopt(Val(iterator));
}

static Result<Value> long_range_iter_new(Val start, Val step, Val length)
{
    auto* iterator = static_cast<LongRangeIteratorObject*>(alloc_object(&g_long_range_iterator_type));
    if (!iterator)
        return raise_memory_error();
    iterator->next = Value::borrow(start);
    iterator->step = Value::borrow(step);
    iterator->remaining = Value::borrow(length);
    return Value::adopt(Val(iterator));
}

static Result<Value> range_iter(Val self)
{
    auto* range = self.as<RangeObject>();
    if (range->small)
        return range_iter_new_small(range->start.get().small_int_value(), range->step.get().small_int_value(),
                                    range->length.get().small_int_value());
    return long_range_iter_new(range->start, range->step, range->length);
}

static Result<Value> range_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reversed__", nargs - 1, kwnames, 0, 0));
    auto* range = args[0].as<RangeObject>();
    if (range->small) {
        int64_t length = range->length.get().small_int_value();
        int64_t step = range->step.get().small_int_value();
        int64_t last = range->start.get().small_int_value() + (length - 1) * step;
        return range_iter_new_small(last, -step, length);
    }
    // start + (length - 1) * step, which is start - step for an empty range (CPython's reduce shows it).
    Value last_index = TRY(subtract(range->length, Val::small_int(1)));
    Value offset = TRY(multiply(last_index, range->step));
    Value last = TRY(add(range->start, offset));
    return long_range_iter_new(last, int_negate(range->step), range->length);
}

static Result<Value> range_start_get(Val self) { return self.as<RangeObject>()->start; }
static Result<Value> range_stop_get(Val self) { return self.as<RangeObject>()->stop; }
static Result<Value> range_step_get(Val self) { return self.as<RangeObject>()->step; }

// Pickling: range(start, stop, step) again.
static Result<Value> range_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    Value start = TRY(get_attr(args[0], str_intern("start")));
    Value stop = TRY(get_attr(args[0], str_intern("stop")));
    Value step = TRY(get_attr(args[0], str_intern("step")));
    return Value(tuple_of({ Val(args[0].type()), Val(tuple_of({ start.get(), stop.get(), step.get() }).get()) }));
}

static const MethodDef s_range_methods[] = {
    { "__reduce__", range_reduce, METHOD_INSTANCE, "Helper for pickle." },
    { "__reversed__", range_reversed, METHOD_INSTANCE, "Return a reverse iterator." },
    { "count", range_count, METHOD_INSTANCE, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", range_index, METHOD_INSTANCE,
      "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
    {},
};

static const GetSetDef s_range_getsets[] = {
    { "start", range_start_get, readonly_member_set, nullptr },
    { "stop", range_stop_get, readonly_member_set, nullptr },
    { "step", range_step_get, readonly_member_set, nullptr },
    {},
};

static Result<Value> return_self(Val self) { return Value::borrow(self); }

static Result<Value> range_iterator_next(Val self)
{
    auto* iterator = self.as<RangeIteratorObject>();
    if (iterator->remaining <= 0)
        return Value();
    int64_t value = iterator->next;
    iterator->next += iterator->step;
    --iterator->remaining;
    return Value::small_int(value);
}

static Result<Value> range_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t remaining = args[0].as<RangeIteratorObject>()->remaining;
    return Value::small_int(remaining > 0 ? remaining : 0);
}

static void long_range_iterator_destroy(Object* object)
{
    static_cast<LongRangeIteratorObject*>(object)->~LongRangeIteratorObject();
}

static Result<Value> long_range_iterator_next(Val self)
{
    auto* iterator = self.as<LongRangeIteratorObject>();
    if (int_sign(iterator->remaining) <= 0)
        return Value();
    Value next = TRY(add(iterator->next, iterator->step));
    Value remaining = TRY(subtract(iterator->remaining, Val::small_int(1)));
    Value result = std::move(iterator->next);
    iterator->next = std::move(next);
    iterator->remaining = std::move(remaining);
    return result;
}

static Result<Value> long_range_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val remaining = args[0].as<LongRangeIteratorObject>()->remaining;
    return int_sign(remaining) > 0 ? Value::borrow(remaining) : Value::small_int(0);
}

// Pickling of both iterators, as CPython 3.12: (iter, (range(next, next + remaining * step, step),), None);
// __setstate__(n) then skips n items, n clipped to [0, remaining].
static Result<Value> iter_over_range(Val next, Val step, Val remaining)
{
    Value iter = TRY(builtin_iter_function());
    Value span = TRY(multiply(remaining, step));
    Value stop = TRY(add(next, span));
    Value range = TRY(range_from_ints(next, stop, step));
    return Value(tuple_of({ iter.get(), tuple_of({ range.get() }).get(), none() }));
}

static Result<Value> range_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("range_iterator.__reduce__", nargs - 1, kwnames, 0, 0));
    auto* iterator = args[0].as<RangeIteratorObject>();
    Value next = int_from_int64(iterator->next), step = int_from_int64(iterator->step);
    Value remaining = int_from_int64(std::max<int64_t>(iterator->remaining, 0));
    return iter_over_range(next, step, remaining);
}

static Result<Value> range_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("range_iterator.__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    int64_t index;
    if (!int_to_int64(index_object, index))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C long");
    auto* iterator = args[0].as<RangeIteratorObject>();
    int64_t remaining = std::max<int64_t>(iterator->remaining, 0);
    index = index < 0 ? 0 : (index > remaining ? remaining : index);
    iterator->next += index * iterator->step;
    iterator->remaining = remaining - index;
    return none_value();
}

static Result<Value> long_range_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("longrange_iterator.__reduce__", nargs - 1, kwnames, 0, 0));
    auto* iterator = args[0].as<LongRangeIteratorObject>();
    return iter_over_range(iterator->next, iterator->step, iterator->remaining);
}

// The state is clipped by comparisons first, so a non-number fails as in CPython ('<' not supported).
static Result<Value> long_range_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("longrange_iterator.__setstate__", nargs - 1, kwnames, 1, 1));
    auto* iterator = args[0].as<LongRangeIteratorObject>();
    Val state = args[1];
    if (TRY(rich_compare_bool(state, Val::small_int(0), CompareOp::Lt)))
        state = Val::small_int(0);
    else if (TRY(rich_compare_bool(iterator->remaining, state, CompareOp::Lt)))
        state = iterator->remaining;
    // Ginger keeps the iterator's fields ints: a state of another type (CPython would store a float) is
    // converted with __index__.
    Value index = TRY(number_index(state));
    state = index.get();
    Value product = TRY(binary_op(state, iterator->step, BinaryOp::Mul));
    Value next = TRY(binary_op(iterator->next, product, BinaryOp::Add));
    Value remaining = TRY(binary_op(iterator->remaining, state, BinaryOp::Sub));
    iterator->next = std::move(next);
    iterator->remaining = std::move(remaining);
    return none_value();
}

static const MethodDef s_range_iterator_methods[] = {
    { "__length_hint__", range_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", range_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", range_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};
static const MethodDef s_long_range_iterator_methods[] = {
    { "__length_hint__", long_range_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", long_range_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", long_range_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

void init_range_types()
{
    type_init_static(g_range_type, "range", sizeof(RangeObject), &g_object_type, TYPE_SEQUENCE);
    g_range_type.new_instance = range_new;
    g_range_type.destroy = range_destroy;
    g_range_type.repr = range_repr;
    g_range_type.hash = range_hash;
    g_range_type.richcompare = range_richcompare;
    g_range_type.len = range_len;
    g_range_type.to_bool = range_bool;
    g_range_type.getitem = range_getitem;
    g_range_type.contains = range_contains;
    g_range_type.iter = range_iter;
    g_range_type.methods = s_range_methods;
    g_range_type.getsets = s_range_getsets;
    g_range_type.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                       "Return an object that produces a sequence of integers from start (inclusive)\n"
                       "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                       "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                       "These are exactly the valid indices for a list of 4 elements.\n"
                       "When step is given, it specifies the increment (or decrement).";

    type_init_static(g_range_iterator_type, "range_iterator", sizeof(RangeIteratorObject), &g_object_type, 0);
    g_range_iterator_type.iter = return_self;
    g_range_iterator_type.iternext = range_iterator_next;
    g_range_iterator_type.methods = s_range_iterator_methods;

    type_init_static(g_long_range_iterator_type, "longrange_iterator", sizeof(LongRangeIteratorObject), &g_object_type, 0);
    g_long_range_iterator_type.destroy = long_range_iterator_destroy;
    g_long_range_iterator_type.iter = return_self;
    g_long_range_iterator_type.iternext = long_range_iterator_next;
    g_long_range_iterator_type.methods = s_long_range_iterator_methods;
}

}  // namespace ginger
