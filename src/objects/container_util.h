// Small helpers shared by the container types (tuple, list, dict, set): argument-count checks with
// CPython's messages, fast hashing, sequence index conversion and the repr recursion guard.
#pragma once

#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <algorithm>
#include <vector>

namespace ginger {

// The auxiliary types of the containers (iterators and views). runtime_init() must type_ready() them.
extern TypeObject g_tuple_iterator_type;
extern TypeObject g_list_iterator_type, g_list_reverseiterator_type;
extern TypeObject g_dict_keys_type, g_dict_values_type, g_dict_items_type;
extern TypeObject g_dict_keyiterator_type, g_dict_valueiterator_type, g_dict_itemiterator_type;
extern TypeObject g_dict_reversekeyiterator_type, g_dict_reversevalueiterator_type, g_dict_reverseitemiterator_type;
extern TypeObject g_set_iterator_type;

// The list iterator; the interpreter's FOR_ITER reads it directly.
struct ListIteratorObject : Object {
    Ref<ListObject> list;  // null once exhausted
    int64_t index;         // the next item; counts down for the reverse iterator
};
// Calls type_ready() on all of the above (after the core types are ready).
void ready_container_helper_types();

// hash(v), with the common cases (small ints, exact str) inline.
inline Result<int64_t> fast_hash(Val v)
{
    if (v.is_small_int()) {
        int64_t n = v.small_int_value();
        // Small ints below the hash modulus 2**61 - 1 hash to themselves, except -1.
        if (n > -(int64_t(1) << 61) + 1 && n < (int64_t(1) << 61) - 1 && n != -1)
            return n;
        return int_hash(v);
    }
    if (is_str_exact(v))
        return str_hash(v.as<StrObject>());
    return object_hash(v);
}

// a == b for container searches: identity, then the cases that need no Python call, then __eq__.
inline Result<bool> fast_equal(Val a, Val b)
{
    if (a.is(b))
        return true;
    if (a.is_small_int() && b.is_small_int())
        return false;
    if (is_str_exact(a) && is_str_exact(b))
        return str_equal(a.as<StrObject>(), b.as<StrObject>());
    return rich_compare_bool(a, b, CompareOp::Eq);
}

// "list.append() takes no keyword arguments" (CPython's check for positional-only natives).
inline Result<void> reject_keywords(const char* qualified_name, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", qualified_name);
    return {};
}

// METH_NOARGS: "list.clear() takes no arguments (1 given)"; `given` excludes self.
inline Result<void> expect_no_args(const char* qualified_name, size_t given, TupleObject* kwnames)
{
    TRY(reject_keywords(qualified_name, kwnames));
    if (given != 0)
        return raise(&g_exc_TypeError, "{}() takes no arguments ({} given)", qualified_name, given);
    return {};
}

// METH_O: "list.append() takes exactly one argument (0 given)"; `given` excludes self.
inline Result<void> expect_one_arg(const char* qualified_name, size_t given, TupleObject* kwnames)
{
    TRY(reject_keywords(qualified_name, kwnames));
    if (given != 1)
        return raise(&g_exc_TypeError, "{}() takes exactly one argument ({} given)", qualified_name, given);
    return {};
}

// CPython's _PyArg_CheckPositional: "insert expected 2 arguments, got 1".
inline Result<void> expect_arg_range(const char* short_name, size_t given, size_t min, size_t max)
{
    if (given < min) {
        return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", short_name, min == max ? "" : "at least ",
                     min, min == 1 ? "" : "s", given);
    }
    if (given > max) {
        return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", short_name, min == max ? "" : "at most ",
                     max, max == 1 ? "" : "s", given);
    }
    return {};
}

inline bool is_slice(Val v) { return v.is_object() && v.object()->type == &g_slice_type; }

// An integer index for a sequence subscript, before bounds checks. Non-integers raise
// "<type> indices must be integers or slices, not <T>"; huge ints raise IndexError as CPython does.
inline Result<int64_t> sequence_index_value(Val key, const char* type_name)
{
    if (key.is_small_int())
        return key.small_int_value();
    Value index;
    if (is_int(key)) {
        index = Value::borrow(key);
    } else if (key.type()->index) {
        index = TRY(number_index(key));
    } else {
        return raise(&g_exc_TypeError, "{} indices must be integers or slices, not {}", type_name, key.type()->type_name());
    }
    int64_t n;
    if (!int_to_int64(index, n))
        return raise(&g_exc_IndexError, "cannot fit '{}' into an index-sized integer", key.type()->type_name());
    return n;
}

// A start/stop argument of index(): any integer, clamped (CPython's _PyEval_SliceIndex).
inline Result<int64_t> slice_index_argument(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    Value index;
    if (is_int(v)) {
        index = Value::borrow(v);
    } else if (v.type()->index) {
        index = TRY(number_index(v));
    } else {
        return raise(&g_exc_TypeError, "slice indices must be integers or have an __index__ method");
    }
    int64_t n;
    if (!int_to_int64(index, n))
        n = int_sign(index) < 0 ? INT64_MIN : INT64_MAX;
    return n;
}

// Clamps index() bounds to [0, length] after counting negative values from the end.
inline void clamp_search_bounds(int64_t& start, int64_t& stop, int64_t length)
{
    if (start < 0) {
        start = start < -length ? 0 : start + length;
    }
    if (stop < 0) {
        stop = stop < -length ? 0 : stop + length;
    }
    start = std::min(start, length);
    stop = std::min(stop, length);
}

// Py_ReprEnter / Py_ReprLeave: the containers whose repr is being computed on this thread, so that a
// container reached again prints as [...] or {...}.
class ReprGuard {
public:
    explicit ReprGuard(Object* object) : m_object(object)
    {
        auto& active = in_progress();
        m_recursive = std::find(active.begin(), active.end(), object) != active.end();
        if (!m_recursive)
            active.push_back(object);
    }
    ~ReprGuard()
    {
        if (m_recursive)
            return;
        auto& active = in_progress();
        auto it = std::find(active.rbegin(), active.rend(), m_object);
        if (it != active.rend())
            active.erase(std::next(it).base());
    }
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool recursive() const { return m_recursive; }

private:
    static std::vector<Object*>& in_progress()
    {
        thread_local std::vector<Object*> s_active;
        return s_active;
    }
    Object* m_object;
    bool m_recursive;
};

// The repr of items separated by ", ", between `open` and `close`.
inline Result<Value> repr_sequence(const char* open, const Val* items, int64_t count, const char* close)
{
    StrBuilder builder;
    builder.append_utf8(open);
    for (int64_t i = 0; i < count; ++i) {
        if (i)
            builder.append_utf8(", ");
        Ref<StrObject> item = TRY(repr_str(items[i]));
        builder.append(item.get());
    }
    builder.append_utf8(close);
    return builder.build();
}

// True when `other` may still handle a binary operator through its reflected method; native types
// that reached our slot cannot, so the sequence error ("can only concatenate...") is raised at once.
inline bool may_reflect(Val other, BinaryOp op)
{
    TypeObject* type = other.type();
    return type->has_flag(TYPE_HEAP) && type->binary[int(op)];
}

// The count of `seq * n`: an int or anything with __index__.
inline bool repeat_count_operand(Val v) { return v.is_small_int() || is_int(v) || v.type()->index; }

// `seq * n` (or `seq *= n`) where n is no count: NotImplemented while n may still reflect, else CPython's
// TypeError.
inline Result<Value> sequence_mul_refused(Val count, bool may_still_reflect = true)
{
    if (may_still_reflect && may_reflect(count, BinaryOp::Mul))
        return Value::borrow(not_implemented());
    return raise(&g_exc_TypeError, "can't multiply sequence by non-int of type '{}'", count.type()->type_name());
}

}  // namespace ginger
