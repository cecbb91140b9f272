// slice objects, and the index arithmetic every sequence shares: normalize_index() for item access
// and slice_bounds() for slicing (CPython's PySlice_GetIndicesEx semantics).
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <limits>

namespace ginger {

TypeObject g_slice_type;

static constexpr int64_t INDEX_MAX = std::numeric_limits<int64_t>::max();
static constexpr int64_t INDEX_MIN = std::numeric_limits<int64_t>::min();

Value slice_new(Val start, Val stop, Val step)
{
    auto* slice = static_cast<SliceObject*>(alloc_object(&g_slice_type));
    VERIFY(slice);
    slice->start = Value::borrow(start ? start : none());
    slice->stop = Value::borrow(stop ? stop : none());
    slice->step = Value::borrow(step ? step : none());
    return Value::adopt(Val(slice));
}

static bool has_index(Val v)
{
    return is_int(v) || v.type()->index || type_lookup(v.type(), NAME_OF(__index__));
}

static Error raise_bad_slice_index()
{
    return raise(&g_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

// A slice component as int64, clamped to [INDEX_MIN, INDEX_MAX] (CPython's _PyEval_SliceIndex).
static Result<int64_t> clamped_index(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    if (!has_index(v))
        return raise_bad_slice_index();
    Value number = is_int(v) ? Value::borrow(v) : TRY(number_index(v));
    int64_t out;
    if (int_to_int64(number, out))
        return out;
    return int_sign(number) < 0 ? INDEX_MIN : INDEX_MAX;
}

static int64_t slice_length_of(int64_t start, int64_t stop, int64_t step)
{
    if (step < 0)
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

Result<SliceBounds> slice_bounds(Val slice_value, int64_t length)
{
    SliceBounds b = TRY(slice_unpack(slice_value));
    return slice_adjust(b, length);
}

Result<SliceBounds> slice_unpack(Val slice_value)
{
    auto* slice = slice_value.as<SliceObject>();
    SliceBounds b;
    // The order of evaluation (step, start, stop) is CPython's PySlice_Unpack.
    Val step = slice->step;
    if (step.is_small_int()) {
        b.step = step.small_int_value();
        if (b.step == 0)
            return raise(&g_exc_ValueError, "slice step cannot be zero");
    } else if (is_none(step)) {
        b.step = 1;
    } else {
        b.step = TRY(clamped_index(step));
        if (b.step == 0)
            return raise(&g_exc_ValueError, "slice step cannot be zero");
        // CPython 3.12 compat: -step must not overflow.
        if (b.step < -INDEX_MAX)
            b.step = -INDEX_MAX;
    }
    Val start = slice->start;
    if (start.is_small_int())
        b.start = start.small_int_value();
    else if (is_none(start))
        b.start = b.step < 0 ? INDEX_MAX : 0;
    else
        b.start = TRY(clamped_index(start));
    Val stop = slice->stop;
    if (stop.is_small_int())
        b.stop = stop.small_int_value();
    else if (is_none(stop))
        b.stop = b.step < 0 ? INDEX_MIN : INDEX_MAX;
    else
        b.stop = TRY(clamped_index(stop));
    b.length = 0;
    return b;
}

SliceBounds slice_adjust(SliceBounds b, int64_t length)
{
    // Adjust against the length (PySlice_AdjustIndices).
    if (b.start < 0) {
        b.start += length;
        if (b.start < 0)
            b.start = b.step < 0 ? -1 : 0;
    } else if (b.start >= length) {
        b.start = b.step < 0 ? length - 1 : length;
    }
    if (b.stop < 0) {
        b.stop += length;
        if (b.stop < 0)
            b.stop = b.step < 0 ? -1 : 0;
    } else if (b.stop >= length) {
        b.stop = b.step < 0 ? length - 1 : length;
    }
    b.length = slice_length_of(b.start, b.stop, b.step);
    return b;
}

Result<int64_t> normalize_index(Val index, int64_t length, const char* what)
{
    int64_t i;
    if (index.is_small_int()) [[likely]] {
        i = index.small_int_value();
    } else if (has_index(index)) {
        Value number = is_int(index) ? Value::borrow(index) : TRY(number_index(index));
        if (!int_to_int64(number, i))
            return raise(&g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        std::string_view kind = what;
        // CPython 3.12 compat: str words this error differently from the other sequences.
        if (kind == "string")
            return raise(&g_exc_TypeError, "string indices must be integers, not '{}'", index.type()->type_name());
        return raise(&g_exc_TypeError, "{} indices must be integers or slices, not {}", what, index.type()->type_name());
    }
    if (i < 0)
        i += length;
    if (i < 0 || i >= length) [[unlikely]]
        return raise(&g_exc_IndexError, "{} index out of range", what);
    return i;
}

// A slice component for the arbitrary-precision computation: an int, or null for None.
static Result<Value> long_component(Val v)
{
    if (is_none(v))
        return Value();
    if (is_int(v))
        return Value::borrow(v);
    if (!has_index(v))
        return raise_bad_slice_index();
    return number_index(v);
}

static Result<Value> add_ints(Val a, Val b)
{
    if (a.is_small_int() && b.is_small_int())
        return int_from_int64(a.small_int_value() + b.small_int_value());
    return int_binary(a, b, BinaryOp::Add);
}

Result<LongSliceIndices> slice_long_indices(SliceObject* slice, Val length)
{
    Value step = TRY(long_component(slice->step));
    bool negative = false;
    if (!step) {
        step = Value::small_int(1);
    } else {
        int sign = int_sign(step);
        if (sign == 0)
            return raise(&g_exc_ValueError, "slice step cannot be zero");
        negative = sign < 0;
    }
    // Valid results lie in [lower, upper]: [-1, length - 1] going backwards, [0, length] forwards.
    Value lower = Value::small_int(negative ? -1 : 0);
    Value upper = negative ? TRY(add_ints(length, Val::small_int(-1))) : Value::borrow(length);

    auto clamp = [&](Val raw, Val if_none) -> Result<Value> {
        Value v = TRY(long_component(raw));
        if (!v)
            return Value::borrow(if_none);
        if (int_sign(v) < 0) {
            v = TRY(add_ints(v, length));
            if (int_compare(v, lower) < 0)
                return lower;
        } else if (int_compare(v, upper) > 0) {
            return upper;
        }
        return v;
    };
    LongSliceIndices out;
    out.start = TRY(clamp(slice->start, negative ? upper : lower));
    out.stop = TRY(clamp(slice->stop, negative ? lower : upper));
    out.step = std::move(step);
    return out;
}

static Result<Value> slice_new_slot(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0)
        return raise(&g_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return raise(&g_exc_TypeError, "slice expected at most 3 arguments, got {}", nargs);
    if (nargs == 1)
        return slice_new(none(), args[0], none());
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : none());
}

static void slice_destroy(Object* object) { static_cast<SliceObject*>(object)->~SliceObject(); }

static void slice_traverse(Object* object, VisitFn visit, void* context)
{
    auto* slice = static_cast<SliceObject*>(object);
    for (Val v : { slice->start.get(), slice->stop.get(), slice->step.get() }) {
        visit_val(v, visit, context);
    }
}

static Result<Value> slice_repr(Val self)
{
    auto* slice = self.as<SliceObject>();
    std::string text = "slice(";
    text += TRY(repr_utf8(slice->start));
    text += ", ";
    text += TRY(repr_utf8(slice->stop));
    text += ", ";
    text += TRY(repr_utf8(slice->step));
    text += ')';
    return Value(str_from_utf8(text));
}

// Slices compare as the tuples (start, stop, step).
static Result<Value> slice_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_instance_exact(b, &g_slice_type) || !is_instance_exact(a, &g_slice_type))
        return Value::borrow(not_implemented());
    if (a.is(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
        return bool_value(op == CompareOp::Eq);
    auto* x = a.as<SliceObject>();
    auto* y = b.as<SliceObject>();
    Ref<TupleObject> left = tuple_of({ x->start.get(), x->stop.get(), x->step.get() });
    Ref<TupleObject> right = tuple_of({ y->start.get(), y->stop.get(), y->step.get() });
    return tuple_richcompare(Val(left.get()), Val(right.get()), op);
}

// CPython 3.12 compat: slices are hashable; the hash is tuple's xxHash-based combination of the three
// components without tuple's final mixing-in of the length.
static Result<int64_t> slice_hash(Val self)
{
    constexpr uint64_t PRIME_1 = 11400714785074694791ULL;
    constexpr uint64_t PRIME_2 = 14029467366897019727ULL;
    constexpr uint64_t PRIME_5 = 2870177450012600261ULL;
    auto* slice = self.as<SliceObject>();
    uint64_t accumulator = PRIME_5;
    for (Val v : { slice->start.get(), slice->stop.get(), slice->step.get() }) {
        uint64_t lane = uint64_t(TRY(object_hash(v)));
        accumulator += lane * PRIME_2;
        accumulator = (accumulator << 31) | (accumulator >> 33);
        accumulator *= PRIME_1;
    }
    if (accumulator == uint64_t(-1))
        return int64_t(1546275796);
    return int64_t(accumulator);
}

static Result<Value> slice_start_get(Val self) { return self.as<SliceObject>()->start; }
static Result<Value> slice_stop_get(Val self) { return self.as<SliceObject>()->stop; }
static Result<Value> slice_step_get(Val self) { return self.as<SliceObject>()->step; }

static Result<Value> slice_indices(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("slice.indices", nargs - 1, kwnames, 1, 1));
    Value length = TRY(number_index(args[1]));
    if (int_sign(length) < 0)
        return raise(&g_exc_ValueError, "length should not be negative");
    LongSliceIndices indices = TRY(slice_long_indices(args[0].as<SliceObject>(), length));
    return Value(tuple_of({ indices.start.get(), indices.stop.get(), indices.step.get() }));
}

// Pickling and deepcopy: slice(start, stop, step) again.
static Result<Value> slice_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("slice.__reduce__", nargs - 1, kwnames, 0, 0));
    auto* slice = args[0].as<SliceObject>();
    Ref<TupleObject> bounds = tuple_of({ slice->start.get(), slice->stop.get(), slice->step.get() });
    return Value(tuple_of({ Val(args[0].type()), Val(bounds.get()) }));
}

static const MethodDef s_slice_methods[] = {
    { "__reduce__", slice_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "indices", slice_indices, METHOD_INSTANCE,
      "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
      "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in "
      "a manner consistent with the\nhandling of normal slices." },
    {},
};

static const GetSetDef s_slice_getsets[] = {
    { "start", slice_start_get, readonly_member_set, nullptr },
    { "stop", slice_stop_get, readonly_member_set, nullptr },
    { "step", slice_step_get, readonly_member_set, nullptr },
    {},
};

void init_slice_type()
{
    type_init_static(g_slice_type, "slice", sizeof(SliceObject), &g_object_type, TYPE_GC);
    g_slice_type.new_instance = slice_new_slot;
    g_slice_type.destroy = slice_destroy;
    g_slice_type.traverse = slice_traverse;
    g_slice_type.repr = slice_repr;
    g_slice_type.richcompare = slice_richcompare;
    g_slice_type.hash = slice_hash;
    g_slice_type.methods = s_slice_methods;
    g_slice_type.getsets = s_slice_getsets;
    g_slice_type.doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended "
                       "slicing (e.g. a[0:10:2]).";
}

}  // namespace ginger
