// The abstract object protocols (CPython's abstract.h): the operations the VM and the builtins perform
// on any value, dispatching through the type slots.
#pragma once

#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ginger {

Result<Value> object_repr(Val v);
Result<Value> object_str(Val v);
Result<Ref<StrObject>> repr_str(Val v);  // repr() as a StrObject
Result<Ref<StrObject>> str_of(Val v);    // str() as a StrObject
Result<std::string> repr_utf8(Val v);
Result<std::string> str_utf8(Val v);
Result<int64_t> object_hash(Val v);
// The hash slot of mutable containers (list, dict, set, bytearray, ...): TypeError "unhashable type".
Result<int64_t> hash_unhashable(Val self);
Result<Value> rich_compare(Val a, Val b, CompareOp op);
Result<bool> rich_compare_bool(Val a, Val b, CompareOp op);  // identity implies equality for Eq/Ne
Result<bool> object_equal(Val a, Val b);
Result<bool> is_truthy(Val v);
Result<int64_t> object_len(Val v);
// len(v), else v.__length_hint__(), else default_value (CPython's PyObject_LengthHint).
Result<int64_t> object_length_hint(Val v, int64_t default_value);

Result<Value> get_attr(Val object, StrObject* name);
Result<Value> get_attr_maybe(Val object, StrObject* name);  // null (no error) when missing
Result<void> set_attr(Val object, StrObject* name, Val value);
Result<void> del_attr(Val object, StrObject* name);
Result<Value> get_attr_str(Val object, std::string_view name);

Result<Value> call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames = nullptr);
Result<Value> call(Val callable, std::initializer_list<Val> args);
Result<Value> call_method(Val self, StrObject* name, std::initializer_list<Val> args);
// callable(self, *args, **kw): the arguments with `self` in front, without allocating for small calls.
Result<Value> call_with_self(Val callable, Val self, const Val* args, size_t nargs, TupleObject* kwnames);
// Looks a special method up on the type (not the instance) and calls it; null (no error) if absent.
Result<Value> call_special(Val self, StrObject* name, std::initializer_list<Val> args);

// An int, or an object whose fileno() returns one (CPython's PyObject_AsFileDescriptor).
Result<int> file_descriptor_arg(Val v);
Result<Value> get_iter(Val iterable);
Result<Value> iter_next(Val iterator);  // null: exhausted
Result<Value> binary_op(Val a, Val b, BinaryOp op);
Result<Value> inplace_op(Val a, Val b, BinaryOp op);
Result<Value> unary_negative(Val v);
Result<Value> unary_positive(Val v);
Result<Value> unary_invert(Val v);
Result<Value> get_item(Val container, Val key);
Result<void> set_item(Val container, Val key, Val value);
Result<void> del_item(Val container, Val key);
Result<bool> contains(Val container, Val item);
Result<Value> number_index(Val v);       // __index__ (int result)
Result<int64_t> index_as_ssize(Val v);   // __index__ as a C integer, OverflowError "cannot fit..."
Result<Value> number_absolute(Val v);
bool is_callable(Val v);
Result<bool> isinstance(Val object, Val classinfo);
Result<bool> issubclass(Val derived, Val classinfo);

// A tuple of the values an iterable yields.
Result<Ref<TupleObject>> sequence_tuple(Val iterable);

// A sequence index as C++ sees it: negative indices counted from the end; raises IndexError with message.
Result<int64_t> normalize_index(Val index, int64_t length, const char* what);
// Slice bounds for a sequence of `length`: start, stop, step and the resulting length.
struct SliceBounds {
    int64_t start, stop, step, length;
};
Result<SliceBounds> slice_bounds(Val slice, int64_t length);
// The two halves of slice_bounds, for mutable sequences: unpacking runs __index__ (which may change the
// sequence), adjusting takes the length as it is afterwards.
Result<SliceBounds> slice_unpack(Val slice);
SliceBounds slice_adjust(SliceBounds unpacked, int64_t length);

extern TypeObject g_slice_type, g_range_type;

// PEP 585/604 (genericalias.cpp): list[int] and int | str.
extern TypeObject g_generic_alias_type, g_union_type;
Value generic_alias_new(Val origin, Val arguments);
Result<Value> type_or(Val a, Val b);
TupleObject* union_members(Val v);  // null unless v is a UnionType
bool is_generic_alias(Val v);
const MethodDef* class_getitem_method();

}  // namespace ginger
