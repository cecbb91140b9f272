// tuple: immutable arrays of values stored inline after the header, and the tuple iterator.
#include "objects/tuple.h"

#include "objects/container_util.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/protocol.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

#include <cstring>

namespace ginger {

TypeObject g_tuple_type;
TypeObject g_tuple_iterator_type;

namespace {

struct TupleIteratorObject : Object {
    Ref<TupleObject> sequence;  // null once exhausted
    int64_t index;
};

TupleObject* s_empty_tuple = nullptr;

// Allocates a tuple of `type` (tuple or a subclass) with `size` null items.
TupleObject* tuple_alloc(TypeObject* type, int64_t size)
{
    auto* tuple = static_cast<TupleObject*>(alloc_object_sized(type, type->basic_size + size_t(size) * sizeof(Value)));
    if (!tuple)
        out_of_memory();
    tuple->size = size;
    return tuple;
}

}  // namespace

Ref<TupleObject> tuple_empty()
{
    if (!s_empty_tuple) {
        s_empty_tuple = tuple_alloc(&g_tuple_type, 0);
        s_empty_tuple->refcount = IMMORTAL_REFCOUNT;
    }
    return Ref<TupleObject>(s_empty_tuple);
}

Ref<TupleObject> tuple_new(int64_t size)
{
    if (size == 0)
        return tuple_empty();
    return Ref<TupleObject>::adopt(tuple_alloc(&g_tuple_type, size));
}

Ref<TupleObject> tuple_from(const Val* items, int64_t count)
{
    if (count == 0)
        return tuple_empty();
    TupleObject* tuple = tuple_alloc(&g_tuple_type, count);
    for (int64_t i = 0; i < count; ++i)
        tuple->items[i] = Value::borrow(items[i]);
    return Ref<TupleObject>::adopt(tuple);
}

Ref<TupleObject> tuple_of(std::initializer_list<Val> items) { return tuple_from(items.begin(), int64_t(items.size())); }

namespace {

void tuple_destroy(Object* object)
{
    auto* tuple = static_cast<TupleObject*>(object);
    for (int64_t i = 0; i < tuple->size; ++i)
        tuple->items[i].clear();
}

void tuple_traverse(Object* object, VisitFn visit, void* context)
{
    auto* tuple = static_cast<TupleObject*>(object);
    for (int64_t i = 0; i < tuple->size; ++i)
        visit_val(tuple->item(i), visit, context);
}

Result<Value> tuple_repr(Val self)
{
    auto* tuple = self.as<TupleObject>();
    if (tuple->size == 0)
        return Value::borrow(Val(str_intern("()")));
    if (tuple->size == 1)
        return repr_sequence("(", tuple->data(), 1, ",)");
    return repr_sequence("(", tuple->data(), tuple->size, ")");
}

// CPython 3.12 compat: the xxHash-based tuple hash, so hash((1, 2)) is the same in both.
constexpr uint64_t XXPRIME_1 = 11400714785074694791ULL;
constexpr uint64_t XXPRIME_2 = 14029467366897019727ULL;
constexpr uint64_t XXPRIME_5 = 2870177450012600261ULL;

Result<int64_t> tuple_hash(Val self)
{
    auto* tuple = self.as<TupleObject>();
    uint64_t accumulator = XXPRIME_5;
    for (int64_t i = 0; i < tuple->size; ++i) {
        uint64_t lane = uint64_t(TRY(fast_hash(tuple->item(i))));
        accumulator += lane * XXPRIME_2;
        accumulator = (accumulator << 31) | (accumulator >> 33);
        accumulator *= XXPRIME_1;
    }
    accumulator += uint64_t(tuple->size) ^ (XXPRIME_5 ^ 3527539ULL);
    if (accumulator == ~uint64_t(0))
        return 1546275796;
    return int64_t(accumulator);
}

Result<int64_t> tuple_len(Val self) { return self.as<TupleObject>()->size; }
Result<bool> tuple_bool(Val self) { return self.as<TupleObject>()->size != 0; }

Result<bool> tuple_contains(Val self, Val item)
{
    auto* tuple = self.as<TupleObject>();
    for (int64_t i = 0; i < tuple->size; ++i) {
        if (TRY(rich_compare_bool(tuple->item(i), item, CompareOp::Eq)))
            return true;
    }
    return false;
}

Result<Value> tuple_getitem(Val self, Val key)
{
    auto* tuple = self.as<TupleObject>();
    if (key.is_small_int()) [[likely]] {
        int64_t i = key.small_int_value();
        if (i < 0)
            i += tuple->size;
        if (uint64_t(i) >= uint64_t(tuple->size))
            return raise(&g_exc_IndexError, "tuple index out of range");
        return Value::borrow(tuple->item(i));
    }
    if (is_slice(key)) {
        SliceBounds bounds = TRY(slice_bounds(key, tuple->size));
        if (bounds.length <= 0)
            return tuple_empty();
        if (bounds.step == 1 && bounds.length == tuple->size && is_tuple_exact(self))
            return Value::borrow(self);
        Ref<TupleObject> result = tuple_new(bounds.length);
        for (int64_t i = 0, j = bounds.start; i < bounds.length; ++i, j += bounds.step)
            result->items[i] = Value::borrow(tuple->item(j));
        return result;
    }
    int64_t i = TRY(sequence_index_value(key, "tuple"));
    if (i < 0)
        i += tuple->size;
    if (i < 0 || i >= tuple->size)
        return raise(&g_exc_IndexError, "tuple index out of range");
    return Value::borrow(tuple->item(i));
}

Result<Value> tuple_iter(Val self)
{
    auto* iterator = static_cast<TupleIteratorObject*>(alloc_object(&g_tuple_iterator_type));
    VERIFY(iterator);
    iterator->sequence = Ref<TupleObject>(self.as<TupleObject>());
    iterator->index = 0;
    return Value::adopt(Val(iterator));
}

// Sequence repetition count of `*`: the other operand must be an int (or have __index__).
Result<Value> tuple_add(Val a, Val b)
{
    if (!is_tuple(a))  // reflected: a is not a tuple and did not handle it
        return Value::borrow(not_implemented());
    if (!is_tuple(b)) {
        if (may_reflect(b, BinaryOp::Add))
            return Value::borrow(not_implemented());
        return raise(&g_exc_TypeError, "can only concatenate tuple (not \"{}\") to tuple", b.type()->type_name());
    }
    auto* left = a.as<TupleObject>();
    auto* right = b.as<TupleObject>();
    if (right->size == 0 && is_tuple_exact(a))
        return Value::borrow(a);
    if (left->size == 0 && is_tuple_exact(b))
        return Value::borrow(b);
    Ref<TupleObject> result = tuple_new(left->size + right->size);
    for (int64_t i = 0; i < left->size; ++i)
        result->items[i] = Value::borrow(left->item(i));
    for (int64_t i = 0; i < right->size; ++i)
        result->items[left->size + i] = Value::borrow(right->item(i));
    return result;
}

Result<Value> tuple_repeat(Val self, Val count_value)
{
    auto* tuple = self.as<TupleObject>();
    int64_t count;
    if (count_value.is_small_int()) {
        count = count_value.small_int_value();
    } else {
        Value index = TRY(number_index(count_value));
        if (!int_to_int64(index, count)) {
            if (int_sign(index) < 0)
                count = 0;
            else
                return raise(&g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
    }
    if (count <= 0 || tuple->size == 0)
        return tuple_empty();
    if (count == 1 && is_tuple_exact(self))
        return Value::borrow(self);
    if (count > memory_limit() / int64_t(sizeof(Value)) / tuple->size)
        return raise_memory_error();
    Ref<TupleObject> result = tuple_new(tuple->size * count);
    int64_t k = 0;
    for (int64_t c = 0; c < count; ++c) {
        for (int64_t i = 0; i < tuple->size; ++i)
            result->items[k++] = Value::borrow(tuple->item(i));
    }
    return result;
}

Result<Value> tuple_mul(Val a, Val b)
{
    if (is_tuple(a)) {
        if (repeat_count_operand(b))
            return tuple_repeat(a, b);
        return sequence_mul_refused(b);
    }
    if (repeat_count_operand(a))
        return tuple_repeat(b, a);
    return Value::borrow(not_implemented());
}

Result<Value> tuple_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Keywords are refused unless a subclass's own __init__ takes them (CPython's rule).
    if (kwnames && kwnames->size && (type == &g_tuple_type || type->init == g_tuple_type.init))
        return raise(&g_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "tuple expected at most 1 argument, got {}", nargs);
    Ref<TupleObject> items;
    if (nargs == 0)
        items = tuple_empty();
    else if (is_tuple_exact(args[0]))
        items = Ref<TupleObject>(args[0].as<TupleObject>());
    else
        items = TRY(sequence_tuple(args[0]));
    if (type == &g_tuple_type)
        return std::move(items).value();
    // A subclass instance: same items in an object of the subclass's layout.
    TupleObject* result = tuple_alloc(type, items->size);
    for (int64_t i = 0; i < items->size; ++i)
        result->items[i] = Value::borrow(items->item(i));
    return Value::adopt(Val(result));
}

Result<Value> tuple_index_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("tuple.index", kwnames));
    TRY(expect_arg_range("index", nargs - 1, 1, 3));
    auto* tuple = args[0].as<TupleObject>();
    int64_t start = 0;
    int64_t stop = INT64_MAX;
    if (nargs > 2)
        start = TRY(slice_index_argument(args[2]));
    if (nargs > 3)
        stop = TRY(slice_index_argument(args[3]));
    clamp_search_bounds(start, stop, tuple->size);
    for (int64_t i = start; i < stop && i < tuple->size; ++i) {
        if (TRY(rich_compare_bool(tuple->item(i), args[1], CompareOp::Eq)))
            return Value::small_int(i);
    }
    return raise(&g_exc_ValueError, "tuple.index(x): x not in tuple");
}

Result<Value> tuple_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("tuple.count", nargs - 1, kwnames));
    auto* tuple = args[0].as<TupleObject>();
    int64_t count = 0;
    for (int64_t i = 0; i < tuple->size; ++i) {
        if (TRY(rich_compare_bool(tuple->item(i), args[1], CompareOp::Eq)))
            ++count;
    }
    return Value::small_int(count);
}

Result<Value> tuple_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("tuple.__getnewargs__", nargs - 1, kwnames));
    auto* tuple = args[0].as<TupleObject>();
    Ref<TupleObject> copy = tuple_from(tuple->data(), tuple->size);
    Val item = copy;
    return tuple_of({ item });
}

void tuple_iterator_destroy(Object* object) { static_cast<TupleIteratorObject*>(object)->sequence = nullptr; }

void tuple_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (TupleObject* sequence = static_cast<TupleIteratorObject*>(object)->sequence.get())
        visit(sequence, context);
}

Result<Value> iterator_self(Val self) { return Value::borrow(self); }

Result<Value> tuple_iterator_next(Val self)
{
    auto* iterator = self.as<TupleIteratorObject>();
    TupleObject* sequence = iterator->sequence.get();
    if (!sequence)
        return Value();
    if (iterator->index < sequence->size)
        return Value::borrow(sequence->item(iterator->index++));
    iterator->sequence = nullptr;
    return Value();
}

Result<Value> tuple_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* iterator = args[0].as<TupleIteratorObject>();
    TupleObject* sequence = iterator->sequence.get();
    return Value::small_int(sequence ? sequence->size - iterator->index : 0);
}

const MethodDef s_tuple_methods[] = {
    { "index", tuple_index_method, METHOD_INSTANCE, "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", tuple_count, METHOD_INSTANCE, "Return number of occurrences of value." },
    { "__getnewargs__", tuple_getnewargs, METHOD_INSTANCE, nullptr },
    {},
};

// __reduce__: (iter, (tuple,), index), or iter over () once exhausted.
Result<Value> tuple_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tuple_iterator.__reduce__", nargs - 1, kwnames, 0, 0));
    Value iter = TRY(builtin_iter_function());
    auto* iterator = args[0].as<TupleIteratorObject>();
    if (!iterator->sequence)
        return Value(tuple_of({ iter.get(), tuple_of({ Val(tuple_new(0).get()) }).get() }));
    Value index = int_from_int64(iterator->index);
    return Value(tuple_of({ iter.get(), tuple_of({ Val(iterator->sequence.get()) }).get(), index.get() }));
}

// __setstate__(index): the position, clamped to the tuple.
Result<Value> tuple_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tuple_iterator.__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    int64_t index = TRY(int_as_int64(index_object.get()));
    auto* iterator = args[0].as<TupleIteratorObject>();
    if (TupleObject* sequence = iterator->sequence.get())
        iterator->index = index < 0 ? 0 : (index > sequence->size ? sequence->size : index);
    return none_value();
}

const MethodDef s_tuple_iterator_methods[] = {
    { "__reduce__", tuple_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", tuple_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    { "__length_hint__", tuple_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    {},
};

}  // namespace

// Lexicographic comparison; items compare by identity first, as CPython does.
Result<Value> tuple_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_tuple(a) || !is_tuple(b))
        return Value::borrow(not_implemented());
    auto* left = a.as<TupleObject>();
    auto* right = b.as<TupleObject>();
    int64_t i = 0;
    int64_t common = std::min(left->size, right->size);
    for (; i < common; ++i) {
        Val x = left->item(i);
        Val y = right->item(i);
        if (x.is(y))
            continue;
        if (!TRY(rich_compare_bool(x, y, CompareOp::Eq)))
            break;
    }
    if (i >= common) {
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
    return rich_compare(left->item(i), right->item(i), op);
}

void init_tuple_type()
{
    type_init_static(g_tuple_type, "tuple", sizeof(TupleObject), &g_object_type,
                     TYPE_BASETYPE | TYPE_GC | TYPE_TUPLE_SUBCLASS | TYPE_VARSIZE | TYPE_SEQUENCE | TYPE_LEN_TRUTH | TYPE_CONCAT);
    g_tuple_type.destroy = tuple_destroy;
    g_tuple_type.traverse = tuple_traverse;
    g_tuple_type.repr = tuple_repr;
    g_tuple_type.hash = tuple_hash;
    g_tuple_type.richcompare = tuple_richcompare;
    g_tuple_type.getitem = tuple_getitem;
    g_tuple_type.len = tuple_len;
    g_tuple_type.to_bool = tuple_bool;
    g_tuple_type.contains = tuple_contains;
    g_tuple_type.iter = tuple_iter;
    g_tuple_type.binary[int(BinaryOp::Add)] = tuple_add;
    g_tuple_type.binary[int(BinaryOp::Mul)] = tuple_mul;
    g_tuple_type.new_instance = tuple_new_instance;
    g_tuple_type.methods = s_tuple_methods;
    g_tuple_type.doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                       "If iterable is specified the tuple is initialized from iterable's items.\n\n"
                       "If the argument is a tuple, the return value is the same object.";

    type_init_static(g_tuple_iterator_type, "tuple_iterator", sizeof(TupleIteratorObject), &g_object_type, TYPE_GC);
    g_tuple_iterator_type.destroy = tuple_iterator_destroy;
    g_tuple_iterator_type.traverse = tuple_iterator_traverse;
    g_tuple_iterator_type.iter = iterator_self;
    g_tuple_iterator_type.iternext = tuple_iterator_next;
    g_tuple_iterator_type.methods = s_tuple_iterator_methods;
}

}  // namespace ginger
