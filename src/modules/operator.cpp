// _operator: the native half of lib/operator.py (CPython's Modules/_operator.c interface). Every function is
// one call of the abstract protocols (objects/protocol.h); itemgetter, attrgetter and methodcaller are
// callable types whose calls take the vector-call path, so key functions in sorted() stay cheap.
#include "modules/modules.h"
#include "import/import.h"
#include "objects/buffer.h"
#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <vector>

namespace ginger {

namespace {

// ---- the operator functions ----

// CPython's positional-only natives reject keywords first ("_operator.add() takes no keyword arguments"),
// then count ("add expected 2 arguments, got 1").
Result<void> check_args(const char* name, const char* qualified, size_t nargs, TupleObject* kwnames, size_t count)
{
    TRY(reject_keywords(qualified, kwnames));
    return expect_arg_range(name, nargs, count, count);
}

struct BinarySpec {
    const char* name;
    const char* qualified;
    BinaryOp op;
    bool inplace;
};

constexpr BinarySpec s_binary[] = {
    { "add", "_operator.add", BinaryOp::Add, false },
    { "sub", "_operator.sub", BinaryOp::Sub, false },
    { "mul", "_operator.mul", BinaryOp::Mul, false },
    { "truediv", "_operator.truediv", BinaryOp::TrueDiv, false },
    { "floordiv", "_operator.floordiv", BinaryOp::FloorDiv, false },
    { "mod", "_operator.mod", BinaryOp::Mod, false },
    { "pow", "_operator.pow", BinaryOp::Pow, false },
    { "lshift", "_operator.lshift", BinaryOp::LShift, false },
    { "rshift", "_operator.rshift", BinaryOp::RShift, false },
    { "and_", "_operator.and_", BinaryOp::And, false },
    { "or_", "_operator.or_", BinaryOp::Or, false },
    { "xor", "_operator.xor", BinaryOp::Xor, false },
    { "matmul", "_operator.matmul", BinaryOp::MatMul, false },
    { "iadd", "_operator.iadd", BinaryOp::Add, true },
    { "isub", "_operator.isub", BinaryOp::Sub, true },
    { "imul", "_operator.imul", BinaryOp::Mul, true },
    { "itruediv", "_operator.itruediv", BinaryOp::TrueDiv, true },
    { "ifloordiv", "_operator.ifloordiv", BinaryOp::FloorDiv, true },
    { "imod", "_operator.imod", BinaryOp::Mod, true },
    { "ipow", "_operator.ipow", BinaryOp::Pow, true },
    { "ilshift", "_operator.ilshift", BinaryOp::LShift, true },
    { "irshift", "_operator.irshift", BinaryOp::RShift, true },
    { "iand", "_operator.iand", BinaryOp::And, true },
    { "ior", "_operator.ior", BinaryOp::Or, true },
    { "ixor", "_operator.ixor", BinaryOp::Xor, true },
    { "imatmul", "_operator.imatmul", BinaryOp::MatMul, true },
};

template<size_t N>
Result<Value> operator_binary(const Val* args, size_t nargs, TupleObject* kwnames)
{
    constexpr BinarySpec spec = s_binary[N];
    TRY(check_args(spec.name, spec.qualified, nargs, kwnames, 2));
    return spec.inplace ? inplace_op(args[0], args[1], spec.op) : binary_op(args[0], args[1], spec.op);
}

struct CompareSpec {
    const char* name;
    const char* qualified;
    CompareOp op;
};

constexpr CompareSpec s_compare[] = {
    { "lt", "_operator.lt", CompareOp::Lt }, { "le", "_operator.le", CompareOp::Le },
    { "eq", "_operator.eq", CompareOp::Eq }, { "ne", "_operator.ne", CompareOp::Ne },
    { "gt", "_operator.gt", CompareOp::Gt }, { "ge", "_operator.ge", CompareOp::Ge },
};

template<size_t N>
Result<Value> operator_compare(const Val* args, size_t nargs, TupleObject* kwnames)
{
    constexpr CompareSpec spec = s_compare[N];
    TRY(check_args(spec.name, spec.qualified, nargs, kwnames, 2));
    return rich_compare(args[0], args[1], spec.op);
}

// The one-argument functions (CPython's METH_O: "_operator.neg() takes exactly one argument (0 given)").
struct UnarySpec {
    const char* qualified;
    Result<Value> (*apply)(Val);
};

Result<Value> not_value(Val v) { return bool_value(!TRY(is_truthy(v))); }
Result<Value> truth_value(Val v) { return bool_value(TRY(is_truthy(v))); }

constexpr UnarySpec s_unary[] = {
    { "_operator.not_", not_value },        { "_operator.truth", truth_value },
    { "_operator.abs", number_absolute },   { "_operator.index", number_index },
    { "_operator.inv", unary_invert },      { "_operator.invert", unary_invert },
    { "_operator.neg", unary_negative },    { "_operator.pos", unary_positive },
};

template<size_t N>
Result<Value> operator_unary(const Val* args, size_t nargs, TupleObject* kwnames)
{
    constexpr UnarySpec spec = s_unary[N];
    TRY(expect_one_arg(spec.qualified, nargs, kwnames));
    return spec.apply(args[0]);
}

Result<Value> operator_is(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("is_", "_operator.is_", nargs, kwnames, 2));
    return bool_value(args[0].is(args[1]));
}

Result<Value> operator_is_not(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("is_not", "_operator.is_not", nargs, kwnames, 2));
    return bool_value(!args[0].is(args[1]));
}

// CPython's PySequence_Check: a type with __getitem__ that is not a dict.
bool is_sequence(Val v)
{
    TypeObject* type = v.type();
    return type->getitem && !type->has_flag(TYPE_DICT_SUBCLASS);
}

// PySequence_Concat / PySequence_InPlaceConcat: sequence `+`, or a class's __add__ when both operands are
// sequences; anything else "can't be concatenated".
Result<Value> concat(const char* name, const char* qualified, const Val* args, size_t nargs, TupleObject* kwnames,
                     bool inplace)
{
    TRY(check_args(name, qualified, nargs, kwnames, 2));
    Val a = args[0], b = args[1];
    if (!a.type()->has_flag(TYPE_CONCAT) && !(is_sequence(a) && is_sequence(b)))
        return raise(&g_exc_TypeError, "'{}' object can't be concatenated", a.type()->type_name());
    return inplace ? inplace_op(a, b, BinaryOp::Add) : binary_op(a, b, BinaryOp::Add);
}

Result<Value> operator_concat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return concat("concat", "_operator.concat", args, nargs, kwnames, false);
}

Result<Value> operator_iconcat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return concat("iconcat", "_operator.iconcat", args, nargs, kwnames, true);
}

Result<Value> operator_contains(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("contains", "_operator.contains", nargs, kwnames, 2));
    return bool_value(TRY(contains(args[0], args[1])));
}

// CPython's _PySequence_IterSearch: items are compared as `item == value`, identity first.
enum class Search : uint8_t { Count, Index };

Result<Value> sequence_search(Val sequence, Val value, Search mode)
{
    auto iterator_or_error = get_iter(sequence);
    if (iterator_or_error.is_error()) {
        if (error_matches(&g_exc_TypeError)) {
            clear_error();
            return raise(&g_exc_TypeError, "argument of type '{}' is not iterable", sequence.type()->type_name());
        }
        return Error {};
    }
    Value iterator = iterator_or_error.release_value();
    int64_t position = 0;
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (TRY(rich_compare_bool(item, value, CompareOp::Eq))) {
            if (mode == Search::Index)
                return int_from_int64(position);
            ++position;
        } else if (mode == Search::Index) {
            ++position;
        }
    }
    if (mode == Search::Index)
        return raise(&g_exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_int64(position);
}

Result<Value> operator_count_of(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("countOf", "_operator.countOf", nargs, kwnames, 2));
    return sequence_search(args[0], args[1], Search::Count);
}

Result<Value> operator_index_of(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("indexOf", "_operator.indexOf", nargs, kwnames, 2));
    return sequence_search(args[0], args[1], Search::Index);
}

Result<Value> operator_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("getitem", "_operator.getitem", nargs, kwnames, 2));
    return get_item(args[0], args[1]);
}

Result<Value> operator_setitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("setitem", "_operator.setitem", nargs, kwnames, 3));
    TRY(set_item(args[0], args[1], args[2]));
    return none_value();
}

Result<Value> operator_delitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("delitem", "_operator.delitem", nargs, kwnames, 2));
    TRY(del_item(args[0], args[1]));
    return none_value();
}

// Argument clinic's Py_ssize_t conversion: __index__, then OverflowError if it does not fit.
Result<int64_t> ssize_arg(Val v)
{
    Value index = TRY(number_index(v));
    int64_t result;
    if (!int_to_int64(index, result))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return result;
}

Result<Value> operator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_operator.length_hint", kwnames));
    TRY(expect_arg_range("length_hint", nargs, 1, 2));
    int64_t default_value = nargs > 1 ? TRY(ssize_arg(args[1])) : 0;
    return int_from_int64(TRY(object_length_hint(args[0], default_value)));
}

Result<Value> operator_call(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 1)
        return raise(&g_exc_TypeError, "call expected at least 1 argument, got 0");
    return call(args[0], args + 1, nargs - 1, kwnames);
}

// Every byte is looked at whatever the first difference, so the time depends only on the lengths.
bool constant_time_equal(std::string_view a, std::string_view b)
{
    unsigned result = a.size() == b.size() ? 0 : 1;
    std::string_view other = a.size() == b.size() ? b : a;
    volatile unsigned char accumulated = 0;
    for (size_t i = 0; i < a.size(); ++i)
        accumulated = accumulated | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(other[i]));
    return (result | accumulated) == 0;
}

Result<Value> operator_compare_digest(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_compare_digest", "_operator._compare_digest", nargs, kwnames, 2));
    Val a = args[0], b = args[1];
    if (is_str(a) && is_str(b)) {
        auto* sa = a.as<StrObject>();
        auto* sb = b.as<StrObject>();
        if (!sa->ascii || !sb->ascii)
            return raise(&g_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        return bool_value(constant_time_equal(sa->view(), sb->view()));
    }
    Buffer buffer_a, buffer_b;
    bool has_a = TRY(get_buffer(a, buffer_a));
    bool has_b = has_a ? false : TRY(get_buffer(b, buffer_b));
    if (!has_a && !has_b) {
        return raise(&g_exc_TypeError, "unsupported operand types(s) or combination of types: '{}' and '{}'",
                     a.type()->type_name(), b.type()->type_name());
    }
    if (!has_a)
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", a.type()->type_name());
    if (buffer_a.info.ndim > 1)
        return raise(&g_exc_BufferError, "Buffer must be single dimension");
    if (!TRY(get_buffer(b, buffer_b)))
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", b.type()->type_name());
    if (buffer_b.info.ndim > 1)
        return raise(&g_exc_BufferError, "Buffer must be single dimension");
    return bool_value(constant_time_equal(buffer_a.bytes(), buffer_b.bytes()));
}

#define BINARY_DOC(NAME, TEXT) NAME "($module, a, b, /)\n--\n\n" TEXT
#define UNARY_DOC(NAME, TEXT) NAME "($module, a, /)\n--\n\n" TEXT

// In the order of CPython's module table.
const MethodDef s_operator_functions[] = {
    { "truth", operator_unary<1>, METHOD_STATIC, UNARY_DOC("truth", "Return True if a is true, False otherwise.") },
    { "contains", operator_contains, METHOD_STATIC, BINARY_DOC("contains", "Same as b in a (note reversed operands).") },
    { "indexOf", operator_index_of, METHOD_STATIC, BINARY_DOC("indexOf", "Return the first index of b in a.") },
    { "countOf", operator_count_of, METHOD_STATIC, BINARY_DOC("countOf", "Return the number of items in a which are, or which equal, b.") },
    { "is_", operator_is, METHOD_STATIC, BINARY_DOC("is_", "Same as a is b.") },
    { "is_not", operator_is_not, METHOD_STATIC, BINARY_DOC("is_not", "Same as a is not b.") },
    { "index", operator_unary<3>, METHOD_STATIC, UNARY_DOC("index", "Same as a.__index__()") },
    { "add", operator_binary<0>, METHOD_STATIC, BINARY_DOC("add", "Same as a + b.") },
    { "sub", operator_binary<1>, METHOD_STATIC, BINARY_DOC("sub", "Same as a - b.") },
    { "mul", operator_binary<2>, METHOD_STATIC, BINARY_DOC("mul", "Same as a * b.") },
    { "matmul", operator_binary<12>, METHOD_STATIC, BINARY_DOC("matmul", "Same as a @ b.") },
    { "floordiv", operator_binary<4>, METHOD_STATIC, BINARY_DOC("floordiv", "Same as a // b.") },
    { "truediv", operator_binary<3>, METHOD_STATIC, BINARY_DOC("truediv", "Same as a / b.") },
    { "mod", operator_binary<5>, METHOD_STATIC, BINARY_DOC("mod", "Same as a % b.") },
    { "neg", operator_unary<6>, METHOD_STATIC, UNARY_DOC("neg", "Same as -a.") },
    { "pos", operator_unary<7>, METHOD_STATIC, UNARY_DOC("pos", "Same as +a.") },
    { "abs", operator_unary<2>, METHOD_STATIC, UNARY_DOC("abs", "Same as abs(a).") },
    { "inv", operator_unary<4>, METHOD_STATIC, UNARY_DOC("inv", "Same as ~a.") },
    { "invert", operator_unary<5>, METHOD_STATIC, UNARY_DOC("invert", "Same as ~a.") },
    { "lshift", operator_binary<7>, METHOD_STATIC, BINARY_DOC("lshift", "Same as a << b.") },
    { "rshift", operator_binary<8>, METHOD_STATIC, BINARY_DOC("rshift", "Same as a >> b.") },
    { "not_", operator_unary<0>, METHOD_STATIC, UNARY_DOC("not_", "Same as not a.") },
    { "and_", operator_binary<9>, METHOD_STATIC, BINARY_DOC("and_", "Same as a & b.") },
    { "xor", operator_binary<11>, METHOD_STATIC, BINARY_DOC("xor", "Same as a ^ b.") },
    { "or_", operator_binary<10>, METHOD_STATIC, BINARY_DOC("or_", "Same as a | b.") },
    { "iadd", operator_binary<13>, METHOD_STATIC, BINARY_DOC("iadd", "Same as a += b.") },
    { "isub", operator_binary<14>, METHOD_STATIC, BINARY_DOC("isub", "Same as a -= b.") },
    { "imul", operator_binary<15>, METHOD_STATIC, BINARY_DOC("imul", "Same as a *= b.") },
    { "imatmul", operator_binary<25>, METHOD_STATIC, BINARY_DOC("imatmul", "Same as a @= b.") },
    { "ifloordiv", operator_binary<17>, METHOD_STATIC, BINARY_DOC("ifloordiv", "Same as a //= b.") },
    { "itruediv", operator_binary<16>, METHOD_STATIC, BINARY_DOC("itruediv", "Same as a /= b.") },
    { "imod", operator_binary<18>, METHOD_STATIC, BINARY_DOC("imod", "Same as a %= b.") },
    { "ilshift", operator_binary<20>, METHOD_STATIC, BINARY_DOC("ilshift", "Same as a <<= b.") },
    { "irshift", operator_binary<21>, METHOD_STATIC, BINARY_DOC("irshift", "Same as a >>= b.") },
    { "iand", operator_binary<22>, METHOD_STATIC, BINARY_DOC("iand", "Same as a &= b.") },
    { "ixor", operator_binary<24>, METHOD_STATIC, BINARY_DOC("ixor", "Same as a ^= b.") },
    { "ior", operator_binary<23>, METHOD_STATIC, BINARY_DOC("ior", "Same as a |= b.") },
    { "concat", operator_concat, METHOD_STATIC, BINARY_DOC("concat", "Same as a + b, for a and b sequences.") },
    { "iconcat", operator_iconcat, METHOD_STATIC, BINARY_DOC("iconcat", "Same as a += b, for a and b sequences.") },
    { "getitem", operator_getitem, METHOD_STATIC, BINARY_DOC("getitem", "Same as a[b].") },
    { "setitem", operator_setitem, METHOD_STATIC, "setitem($module, a, b, c, /)\n--\n\nSame as a[b] = c." },
    { "delitem", operator_delitem, METHOD_STATIC, BINARY_DOC("delitem", "Same as del a[b].") },
    { "pow", operator_binary<6>, METHOD_STATIC, BINARY_DOC("pow", "Same as a ** b.") },
    { "ipow", operator_binary<19>, METHOD_STATIC, BINARY_DOC("ipow", "Same as a **= b.") },
    { "eq", operator_compare<2>, METHOD_STATIC, BINARY_DOC("eq", "Same as a == b.") },
    { "ne", operator_compare<3>, METHOD_STATIC, BINARY_DOC("ne", "Same as a != b.") },
    { "lt", operator_compare<0>, METHOD_STATIC, BINARY_DOC("lt", "Same as a < b.") },
    { "le", operator_compare<1>, METHOD_STATIC, BINARY_DOC("le", "Same as a <= b.") },
    { "gt", operator_compare<4>, METHOD_STATIC, BINARY_DOC("gt", "Same as a > b.") },
    { "ge", operator_compare<5>, METHOD_STATIC, BINARY_DOC("ge", "Same as a >= b.") },
    { "_compare_digest", operator_compare_digest, METHOD_STATIC,
      "_compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\n"
      "timing analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII "
      "only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing "
      "attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values." },
    { "length_hint", operator_length_hint, METHOD_STATIC,
      "length_hint($module, obj, default=0, /)\n--\n\nReturn an estimate of the number of items in obj.\n\nThis is useful "
      "for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be "
      "exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0." },
    { "call", operator_call, METHOD_STATIC, "call($module, obj, /, *args, **kwargs)\n--\n\nSame as obj(*args, **kwargs)." },
    {},
};

#undef BINARY_DOC
#undef UNARY_DOC

// ---- itemgetter, attrgetter, methodcaller ----

TypeObject g_itemgetter_type, g_attrgetter_type, g_methodcaller_type;

// Invariant: items is a non-empty tuple (the items given to the constructor).
struct ItemGetterObject : Object {
    Ref<TupleObject> items;
};

// Invariant: attrs has one entry per name given: an interned str, or a tuple of interned strs for a dotted name.
struct AttrGetterObject : Object {
    Ref<TupleObject> attrs;
};

// Invariants: vector holds the positional arguments, then the keyword values in the order of kwnames
// (null when there are none); kwargs is the same keywords as a dict (for repr and pickling).
struct MethodCallerObject : Object {
    Ref<StrObject> name;
    Ref<TupleObject> vector;
    int64_t nargs;
    Ref<TupleObject> kwnames;
    Ref<DictObject> kwargs;
};

// "itemgetter expected 1 argument, got 2" / "itemgetter() takes no keyword arguments", as CPython's calls say.
Result<void> check_call(const char* name, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", name);
    return expect_arg_range(name, nargs, 1, 1);
}

// A getter the cycle collector has cleared holds nothing: it refuses to be used.
Error not_initialised(Val self) { return raise(&g_exc_TypeError, "{} object is not initialised", self.type()->type_name()); }

Result<Value> item_of(Val object, Val item)
{
    // A non-negative int index into an exact tuple or list skips the protocol dispatch.
    if (item.is_small_int()) {
        int64_t index = item.small_int_value();
        if (index >= 0) {
            if (is_tuple_exact(object) && index < object.as<TupleObject>()->size)
                return Value::borrow(object.as<TupleObject>()->item(index));
            if (is_list_exact(object) && index < object.as<ListObject>()->size)
                return Value::borrow(object.as<ListObject>()->item(index));
        }
    }
    return get_item(object, item);
}

Result<Value> itemgetter_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("itemgetter", kwnames));
    if (nargs < 1)
        return raise(&g_exc_TypeError, "itemgetter expected 1 argument, got 0");
    auto* getter = static_cast<ItemGetterObject*>(alloc_object(type));
    if (!getter)
        return raise_memory_error();
    Value result = Value::adopt(Val(getter));
    new (&getter->items) Ref<TupleObject>(tuple_from(args, int64_t(nargs)));
    return result;
}

void itemgetter_destroy(Object* object) { static_cast<ItemGetterObject*>(object)->items.~Ref<TupleObject>(); }

void itemgetter_traverse(Object* object, VisitFn visit, void* context)
{
    if (auto& items = static_cast<ItemGetterObject*>(object)->items)
        visit(items.get(), context);
}

void itemgetter_clear(Object* object) { static_cast<ItemGetterObject*>(object)->items = nullptr; }

Result<Value> itemgetter_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size)) [[unlikely]]
        TRY(check_call("itemgetter", nargs, kwnames));
    Ref<TupleObject> items = static_cast<ItemGetterObject*>(self.object())->items;
    if (!items)
        return not_initialised(self);
    if (items->size == 1)
        return item_of(args[0], items->item(0));
    Ref<TupleObject> result = tuple_new(items->size);
    for (int64_t i = 0; i < items->size; ++i)
        result->items[i] = TRY(item_of(args[0], items->item(i)));
    return Value(std::move(result));
}

// "operator.itemgetter(1)", "operator.itemgetter(1, 'a')"; a getter met again inside its own items is "...".
Result<Value> getter_repr(Val self, TupleObject* shown, bool single)
{
    ReprGuard guard(self.object());
    std::string text(self.type()->type_name());
    if (guard.recursive())
        return Value(str_from_utf8(text + "(...)"));
    Value hold = Value::borrow(Val(shown));
    text += single ? "(" + TRY(repr_utf8(shown->item(0))) + ")" : TRY(repr_utf8(Val(shown)));
    return Value(str_from_utf8(text));
}

Result<Value> itemgetter_repr(Val self)
{
    TupleObject* items = static_cast<ItemGetterObject*>(self.object())->items.get();
    if (!items)
        return not_initialised(self);
    return getter_repr(self, items, items->size == 1);
}

Result<Value> itemgetter_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("itemgetter.__reduce__", nargs - 1, kwnames));
    Val items(static_cast<ItemGetterObject*>(args[0].object())->items.get());
    if (!items)
        return not_initialised(args[0]);
    return Value(tuple_of({ Val(args[0].type()), items }));
}

// ---- attrgetter ----

int64_t find_dot(StrObject* s, int64_t start)
{
    for (int64_t i = start; i < s->length; ++i) {
        if (s->at(i) == '.')
            return i;
    }
    return -1;
}

Result<Value> attrgetter_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("attrgetter", kwnames));
    if (nargs < 1)
        return raise(&g_exc_TypeError, "attrgetter expected 1 argument, got 0");
    Ref<TupleObject> attrs = tuple_new(int64_t(nargs));
    for (size_t i = 0; i < nargs; ++i) {
        if (!is_str(args[i]))
            return raise(&g_exc_TypeError, "attribute name must be a string");
        auto* name = args[i].as<StrObject>();
        if (find_dot(name, 0) < 0) {
            attrs->items[i] = Value(str_intern_ref(Ref<StrObject>(name)));
            continue;
        }
        // A dotted name is looked up one part after the other.
        std::vector<Value> parts;
        int64_t start = 0;
        while (true) {
            int64_t dot = find_dot(name, start);
            int64_t end = dot < 0 ? name->length : dot;
            parts.push_back(Value(str_intern_ref(str_substring(name, start, end))));
            if (dot < 0)
                break;
            start = dot + 1;
        }
        std::vector<Val> raw(parts.begin(), parts.end());
        attrs->items[i] = Value(tuple_from(raw.data(), int64_t(raw.size())));
    }
    auto* getter = static_cast<AttrGetterObject*>(alloc_object(type));
    if (!getter)
        return raise_memory_error();
    Value result = Value::adopt(Val(getter));
    new (&getter->attrs) Ref<TupleObject>(std::move(attrs));
    return result;
}

void attrgetter_destroy(Object* object) { static_cast<AttrGetterObject*>(object)->attrs.~Ref<TupleObject>(); }

void attrgetter_traverse(Object* object, VisitFn visit, void* context)
{
    if (auto& attrs = static_cast<AttrGetterObject*>(object)->attrs)
        visit(attrs.get(), context);
}

void attrgetter_clear(Object* object) { static_cast<AttrGetterObject*>(object)->attrs = nullptr; }

Result<Value> attribute_of(Val object, Val attr)
{
    if (is_str_exact(attr))
        return get_attr(object, attr.as<StrObject>());
    auto* parts = attr.as<TupleObject>();
    Value current = Value::borrow(object);
    for (int64_t i = 0; i < parts->size; ++i)
        current = TRY(get_attr(current, parts->item(i).as<StrObject>()));
    return current;
}

Result<Value> attrgetter_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size)) [[unlikely]]
        TRY(check_call("attrgetter", nargs, kwnames));
    Ref<TupleObject> attrs = static_cast<AttrGetterObject*>(self.object())->attrs;
    if (!attrs)
        return not_initialised(self);
    if (attrs->size == 1)
        return attribute_of(args[0], attrs->item(0));
    Ref<TupleObject> result = tuple_new(attrs->size);
    for (int64_t i = 0; i < attrs->size; ++i)
        result->items[i] = TRY(attribute_of(args[0], attrs->item(i)));
    return Value(std::move(result));
}

// The names as given: dotted names joined again.
Ref<TupleObject> attrgetter_names(AttrGetterObject* getter)
{
    TupleObject* attrs = getter->attrs.get();
    Ref<TupleObject> names = tuple_new(attrs->size);
    for (int64_t i = 0; i < attrs->size; ++i) {
        Val attr = attrs->item(i);
        if (is_str_exact(attr)) {
            names->items[i] = Value::borrow(attr);
            continue;
        }
        std::string joined;
        auto* parts = attr.as<TupleObject>();
        for (int64_t j = 0; j < parts->size; ++j) {
            if (j)
                joined += '.';
            joined += parts->item(j).as<StrObject>()->view();
        }
        names->items[i] = Value(str_from_utf8(joined));
    }
    return names;
}

Result<Value> attrgetter_repr(Val self)
{
    if (!static_cast<AttrGetterObject*>(self.object())->attrs)
        return not_initialised(self);
    Ref<TupleObject> names = attrgetter_names(static_cast<AttrGetterObject*>(self.object()));
    return getter_repr(self, names.get(), names->size == 1);
}

Result<Value> attrgetter_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("attrgetter.__reduce__", nargs - 1, kwnames));
    if (!static_cast<AttrGetterObject*>(args[0].object())->attrs)
        return not_initialised(args[0]);
    Ref<TupleObject> names = attrgetter_names(static_cast<AttrGetterObject*>(args[0].object()));
    return Value(tuple_of({ Val(args[0].type()), Val(names.get()) }));
}

// ---- methodcaller ----

Result<Value> methodcaller_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 1)
        return raise(&g_exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "method name must be a string");
    size_t nkw = kwnames ? size_t(kwnames->size) : 0;
    Ref<DictObject> kwargs = dict_new();
    for (size_t i = 0; i < nkw; ++i)
        TRY(dict_set(kwargs.get(), kwnames->items[i], args[nargs + i]));
    auto* caller = static_cast<MethodCallerObject*>(alloc_object(type));
    if (!caller)
        return raise_memory_error();
    Value result = Value::adopt(Val(caller));
    new (&caller->name) Ref<StrObject>(str_intern_ref(Ref<StrObject>(args[0].as<StrObject>())));
    new (&caller->vector) Ref<TupleObject>(tuple_from(args + 1, int64_t(nargs - 1 + nkw)));
    caller->nargs = int64_t(nargs - 1);
    new (&caller->kwnames) Ref<TupleObject>(nkw ? Ref<TupleObject>(kwnames) : Ref<TupleObject>());
    new (&caller->kwargs) Ref<DictObject>(std::move(kwargs));
    return result;
}

void methodcaller_destroy(Object* object)
{
    auto* caller = static_cast<MethodCallerObject*>(object);
    caller->name.~Ref<StrObject>();
    caller->vector.~Ref<TupleObject>();
    caller->kwnames.~Ref<TupleObject>();
    caller->kwargs.~Ref<DictObject>();
}

void methodcaller_traverse(Object* object, VisitFn visit, void* context)
{
    auto* caller = static_cast<MethodCallerObject*>(object);
    if (caller->vector)
        visit(caller->vector.get(), context);
    if (caller->kwargs)
        visit(caller->kwargs.get(), context);
}

void methodcaller_clear(Object* object)
{
    auto* caller = static_cast<MethodCallerObject*>(object);
    caller->vector = nullptr;
    caller->kwargs = nullptr;
}

Result<Value> methodcaller_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size)) [[unlikely]]
        TRY(check_call("methodcaller", nargs, kwnames));
    auto* caller = static_cast<MethodCallerObject*>(self.object());
    Ref<TupleObject> vector = caller->vector;
    Ref<TupleObject> names = caller->kwnames;
    if (!vector)
        return not_initialised(self);
    Value method = TRY(get_attr(args[0], caller->name.get()));
    return call(method, vector->data(), size_t(caller->nargs), names.get());
}

Result<Value> methodcaller_repr(Val self)
{
    auto* caller = static_cast<MethodCallerObject*>(self.object());
    ReprGuard guard(caller);
    std::string text(self.type()->type_name());
    if (guard.recursive())
        return Value(str_from_utf8(text + "(...)"));
    Ref<TupleObject> vector = caller->vector;
    Ref<DictObject> kwargs = caller->kwargs;
    if (!vector || !kwargs)
        return not_initialised(self);
    text += '(';
    text += TRY(repr_utf8(Val(caller->name.get())));
    for (int64_t i = 0; i < caller->nargs; ++i) {
        text += ", ";
        text += TRY(repr_utf8(vector->item(i)));
    }
    int64_t position = 0;
    Val key, value;
    while (dict_next(kwargs.get(), position, key, value)) {
        Value hold = Value::borrow(value);
        text += ", ";
        text += TRY(str_utf8(key));
        text += '=';
        text += TRY(repr_utf8(hold));
    }
    text += ')';
    return Value(str_from_utf8(text));
}

// Without keywords: (methodcaller, (name, *args)). With them: (partial(methodcaller, name, **kwargs), args),
// as the constructor takes keywords and pickle's reduce tuples cannot pass any.
Result<Value> methodcaller_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("methodcaller.__reduce__", nargs - 1, kwnames));
    auto* caller = static_cast<MethodCallerObject*>(args[0].object());
    Ref<TupleObject> vector = caller->vector;
    if (!vector || !caller->kwargs)
        return not_initialised(args[0]);
    Val type(args[0].type());
    if (!caller->kwnames) {
        std::vector<Val> items { Val(caller->name.get()) };
        items.insert(items.end(), vector->data(), vector->data() + caller->nargs);
        return Value(tuple_of({ type, Val(tuple_from(items.data(), int64_t(items.size())).get()) }));
    }
    Value functools = TRY(import_module("functools"));
    Value partial = TRY(get_attr(functools, str_intern("partial")));
    std::vector<Val> partial_args { type, Val(caller->name.get()) };
    Ref<TupleObject> names = caller->kwnames;
    Ref<DictObject> kwargs = caller->kwargs;
    std::vector<Value> hold;
    std::vector<Val> keys;
    int64_t position = 0;
    Val key, value;
    while (dict_next(kwargs.get(), position, key, value)) {
        hold.push_back(Value::borrow(key));
        hold.push_back(Value::borrow(value));
        keys.push_back(key);
        partial_args.push_back(value);
    }
    Ref<TupleObject> key_tuple = tuple_from(keys.data(), int64_t(keys.size()));
    Value constructor = TRY(call(partial, partial_args.data(), 2, key_tuple.get()));
    Ref<TupleObject> positional = tuple_from(vector->data(), caller->nargs);
    return Value(tuple_of({ Val(constructor), Val(positional.get()) }));
}

const MethodDef s_itemgetter_methods[] = {
    { "__reduce__", itemgetter_reduce, METHOD_INSTANCE, "Return state information for pickling" },
    {},
};
const MethodDef s_attrgetter_methods[] = {
    { "__reduce__", attrgetter_reduce, METHOD_INSTANCE, "Return state information for pickling" },
    {},
};
const MethodDef s_methodcaller_methods[] = {
    { "__reduce__", methodcaller_reduce, METHOD_INSTANCE, "Return state information for pickling" },
    {},
};

void init_types()
{
    type_init_static(g_itemgetter_type, "operator.itemgetter", sizeof(ItemGetterObject), &g_object_type, TYPE_GC);
    g_itemgetter_type.new_instance = itemgetter_new;
    g_itemgetter_type.destroy = itemgetter_destroy;
    g_itemgetter_type.traverse = itemgetter_traverse;
    g_itemgetter_type.clear = itemgetter_clear;
    g_itemgetter_type.call = itemgetter_call;
    g_itemgetter_type.repr = itemgetter_repr;
    g_itemgetter_type.methods = s_itemgetter_methods;
    g_itemgetter_type.doc = "itemgetter(item, /, *items)\n--\n\nReturn a callable object that fetches the given item(s) "
                            "from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = "
                            "itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";
    type_ready(g_itemgetter_type);

    type_init_static(g_attrgetter_type, "operator.attrgetter", sizeof(AttrGetterObject), &g_object_type, TYPE_GC);
    g_attrgetter_type.new_instance = attrgetter_new;
    g_attrgetter_type.destroy = attrgetter_destroy;
    g_attrgetter_type.traverse = attrgetter_traverse;
    g_attrgetter_type.clear = attrgetter_clear;
    g_attrgetter_type.call = attrgetter_call;
    g_attrgetter_type.repr = attrgetter_repr;
    g_attrgetter_type.methods = s_attrgetter_methods;
    g_attrgetter_type.doc = "attrgetter(attr, /, *attrs)\n--\n\nReturn a callable object that fetches the given "
                            "attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns "
                            "r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                            "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, "
                            "r.name.last).";
    type_ready(g_attrgetter_type);

    type_init_static(g_methodcaller_type, "operator.methodcaller", sizeof(MethodCallerObject), &g_object_type, TYPE_GC);
    g_methodcaller_type.new_instance = methodcaller_new;
    g_methodcaller_type.destroy = methodcaller_destroy;
    g_methodcaller_type.traverse = methodcaller_traverse;
    g_methodcaller_type.clear = methodcaller_clear;
    g_methodcaller_type.call = methodcaller_call;
    g_methodcaller_type.repr = methodcaller_repr;
    g_methodcaller_type.methods = s_methodcaller_methods;
    g_methodcaller_type.doc = "methodcaller(name, /, *args, **kwargs)\n--\n\nReturn a callable object that calls the "
                              "given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns "
                              "r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
                              "r.name('date', foo=1).";
    type_ready(g_methodcaller_type);
}

}  // namespace

Ref<ModuleObject> operator_module_create()
{
    if (!g_itemgetter_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_operator"));
    module_add_functions(module.get(), s_operator_functions);
    module_set(module.get(), "itemgetter", Val(&g_itemgetter_type));
    module_set(module.get(), "attrgetter", Val(&g_attrgetter_type));
    module_set(module.get(), "methodcaller", Val(&g_methodcaller_type));
    module_set(module.get(), "__doc__",
               Val(str_intern("Operator interface.\n\nThis module exports a set of functions implemented in C "
                              "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, "
                              "y)\nis equivalent to the expression x+y.  The function names are those\nused for "
                              "special methods; variants without leading and trailing\n'__' are also provided for "
                              "convenience.")));
    return module;
}

}  // namespace ginger
