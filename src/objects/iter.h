// range, slice and the built-in iterator types (enumerate, zip, map, filter, reversed, the sequence
// and callable iterators). The interpreter's FOR_ITER reads RangeIteratorObject directly.
#pragma once

#include "objects/type.h"

namespace ginger {

struct TupleObject;

// slice(start, stop, step): any three values; None where the caller gave none.
struct SliceObject : Object {
    Value start, stop, step;  // Invariant: never null (None instead).
};

// range(start, stop, step) with arbitrary ints.
struct RangeObject : Object {
    // Invariants: all four are ints (small or big); step != 0; length >= 0 and equals len(range(...)).
    Value start, stop, step, length;
    // Set when start, stop and step are small ints: then length is one too and every item of the range
    // is a small int, and start + k * step never overflows int64 for 0 <= k <= length.
    bool small;
};

// The iterator of a range whose bounds are small ints (range_iterator). FOR_ITER may step it inline:
// yield `next`, then next += step, --remaining. Invariant: every value it yields is a small int and
// next + step cannot overflow int64.
struct RangeIteratorObject : Object {
    int64_t next, step, remaining;
};

extern TypeObject g_range_iterator_type;       // "range_iterator"
extern TypeObject g_long_range_iterator_type;  // "longrange_iterator": bounds beyond small ints
extern TypeObject g_enumerate_type, g_zip_type, g_map_type, g_filter_type, g_reversed_type;
extern TypeObject g_seq_iterator_type;         // "iterator": iter() over an object with only __getitem__
extern TypeObject g_callable_iterator_type;    // "callable_iterator": iter(callable, sentinel)

// BUILD_SLICE: a null step (or start, stop) means None.
Value slice_new(Val start, Val stop, Val step);
// slice.indices() with arbitrary ints: start, stop, step clamped to a sequence of `length` items,
// where length is a non-negative int (CPython's _PySlice_GetLongIndices).
struct LongSliceIndices {
    Value start, stop, step;
};
Result<LongSliceIndices> slice_long_indices(SliceObject* slice, Val length);

// range(start, stop, step) from ints (step != 0), and the small-int case without allocation of bounds.
Result<Value> range_from_ints(Val start, Val stop, Val step);
Value range_iter_new_small(int64_t start, int64_t step, int64_t length);

// Iterators that protocol.cpp's get_iter() and the builtins create.
Result<Value> seq_iter_new(Val sequence);
Result<Value> callable_iter_new(Val callable, Val sentinel);

// builtins.iter, looked up at each call as CPython's iterator __reduce__ methods do (the lookup may run code).
Result<Value> builtin_iter_function();
Result<Value> builtin_function(const char* name);  // builtins.<name>, the same way
// (iter, (list(rest),)): the __reduce__ of iterators whose position cannot be restored (dict and set
// iterators). `rest` is a fresh copy of the iterator, so the original does not advance.
Result<Value> reduce_to_iter_of_list(Val rest);

// Called from init_iter_types(); defined in range.cpp and slice.cpp.
void init_range_types();
void init_slice_type();

}  // namespace ginger
