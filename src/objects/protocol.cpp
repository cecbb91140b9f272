// The abstract object protocols: dispatch through type slots, with CPython's fallbacks and messages.
#include "objects/protocol.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/int_object.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "vm/warnings.h"
#include "vm/thread_state.h"

#include <vector>

namespace ginger {



namespace {


const char* s_binary_symbols[BINARY_OP_COUNT] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@" };
const char* s_inplace_symbols[BINARY_OP_COUNT] = { "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=" };
const char* s_compare_symbols[6] = { "<", "<=", "==", "!=", ">", ">=" };
const CompareOp s_swapped[6] = { CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le };

}  // namespace

Result<Value> object_repr(Val v)
{
    NativeDepthGuard guard;  // CPython 3.12 bounds nested reprs by its C recursion limit
    if (guard.too_deep(C_RECURSION_LIMIT))
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    UnaryFn repr = v.type()->repr;
    Value result = TRY(repr(v));
    if (!is_str(result))
        return raise(&g_exc_TypeError, "__repr__ returned non-string (type {})", result.type()->type_name());
    return result;
}

Result<Value> object_str(Val v)
{
    if (is_str_exact(v))
        return Value::borrow(v);
    NativeDepthGuard guard;
    if (guard.too_deep())
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while getting the str of an object");
    UnaryFn str = v.type()->str;
    Value result = TRY(str ? str(v) : v.type()->repr(v));
    if (!is_str(result))
        return raise(&g_exc_TypeError, "__str__ returned non-string (type {})", result.type()->type_name());
    return result;
}

Result<Ref<StrObject>> repr_str(Val v)
{
    Value r = TRY(object_repr(v));
    return Ref<StrObject>::adopt(r.release().as<StrObject>());
}

Result<Ref<StrObject>> str_of(Val v)
{
    Value r = TRY(object_str(v));
    return Ref<StrObject>::adopt(r.release().as<StrObject>());
}

Result<std::string> repr_utf8(Val v)
{
    Ref<StrObject> s = TRY(repr_str(v));
    return std::string(s->view());
}

Result<std::string> str_utf8(Val v)
{
    Ref<StrObject> s = TRY(str_of(v));
    return std::string(s->view());
}

Result<int64_t> object_hash(Val v)
{
    if (v.is_small_int())
        return int_hash(v);
    if (is_str_exact(v))
        return str_hash(v.as<StrObject>());
    HashFn hash = v.type()->hash;
    if (!hash)
        return raise(&g_exc_TypeError, "unhashable type: '{}'", v.type()->type_name());
    NativeDepthGuard guard;
    if (guard.too_deep())
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded");
    return hash(v);
}

Result<int64_t> hash_unhashable(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }

Result<Value> rich_compare(Val a, Val b, CompareOp op)
{
    NativeDepthGuard guard;
    if (guard.too_deep())
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded in comparison");
    TypeObject* ta = a.type();
    TypeObject* tb = b.type();
    bool checked_reverse = false;
    if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
        checked_reverse = true;
        Value r = TRY(tb->richcompare(b, a, s_swapped[int(op)]));
        if (!is_not_implemented(r))
            return r;
    }
    if (ta->richcompare) {
        Value r = TRY(ta->richcompare(a, b, op));
        if (!is_not_implemented(r))
            return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Value r = TRY(tb->richcompare(b, a, s_swapped[int(op)]));
        if (!is_not_implemented(r))
            return r;
    }
    if (op == CompareOp::Eq)
        return bool_value(a.is(b));
    if (op == CompareOp::Ne)
        return bool_value(!a.is(b));
    return raise(&g_exc_TypeError, "'{}' not supported between instances of '{}' and '{}'", s_compare_symbols[int(op)], ta->type_name(), tb->type_name());
}

Result<bool> rich_compare_bool(Val a, Val b, CompareOp op)
{
    if (a.is(b)) {
        if (op == CompareOp::Eq)
            return true;
        if (op == CompareOp::Ne)
            return false;
    }
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.small_int_value(), y = b.small_int_value();
        switch (op) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
        }
    }
    Value r = TRY(rich_compare(a, b, op));
    if (is_true(r))
        return true;
    if (is_false(r))
        return false;
    return is_truthy(r);
}

Result<bool> object_equal(Val a, Val b) { return rich_compare_bool(a, b, CompareOp::Eq); }

Result<bool> is_truthy(Val v)
{
    if (is_true(v))
        return true;
    if (is_false(v) || is_none(v))
        return false;
    if (v.is_small_int())
        return v.small_int_value() != 0;
    TypeObject* type = v.type();
    if (type->to_bool)
        return type->to_bool(v);
    if (type->len)
        return TRY(type->len(v)) != 0;
    return true;
}

Result<int64_t> object_len(Val v)
{
    LenFn len = v.type()->len;
    if (!len)
        return raise(&g_exc_TypeError, "object of type '{}' has no len()", v.type()->type_name());
    return len(v);
}

// CPython's PyObject_LengthHint: len() if the type has one, else __length_hint__(), else the default. A
// TypeError from either means "no hint".
Result<int64_t> object_length_hint(Val v, int64_t default_value)
{
    if (v.type()->len) {
        auto length = object_len(v);
        if (!length.is_error() || !error_matches(&g_exc_TypeError))
            return length;
        clear_error();
    }
    auto hint_or_error = call_special(v, NAME_OF(__length_hint__), {});
    if (hint_or_error.is_error()) {
        if (!error_matches(&g_exc_TypeError))
            return Error {};
        clear_error();
        return default_value;
    }
    Value hint = hint_or_error.release_value();
    if (!hint || is_not_implemented(hint))
        return default_value;
    if (!is_int(hint))
        return raise(&g_exc_TypeError, "__length_hint__ must be an integer, not {}", hint.type()->type_name());
    int64_t result;
    if (!int_to_int64(hint, result))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (result < 0)
        return raise(&g_exc_ValueError, "__length_hint__() should return >= 0");
    return result;
}

Result<Value> get_attr(Val object, StrObject* name)
{
    GetAttrFn getattr = object.type()->getattr;
    auto result = getattr ? getattr(object, name) : generic_getattr(object, name);
    if (result.is_error()) [[unlikely]]
        return attribute_error_context(object, name);
    return result;
}

Result<Value> get_attr_maybe(Val object, StrObject* name)
{
    GetAttrFn getattr = object.type()->getattr;
    if (!getattr || getattr == generic_getattr)
        return generic_getattr_maybe(object, name);
    auto result = getattr(object, name);
    if (result.is_error()) {
        if (!error_matches(&g_exc_AttributeError))
            return Error {};
        clear_error();
        return Value();
    }
    return result.release_value();
}

Result<Value> get_attr_str(Val object, std::string_view name) { return get_attr(object, str_intern(name)); }

Result<void> set_attr(Val object, StrObject* name, Val value)
{
    SetAttrFn setattr = object.type()->setattr;
    if (!setattr) {
        if (value)
            return raise(&g_exc_AttributeError, "'{}' object has no attribute '{}' and no __dict__ for setting new attributes", object.type()->type_name(), name);
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '{}'", object.type()->type_name(), name);
    }
    return setattr(object, name, value);
}

Result<void> del_attr(Val object, StrObject* name) { return set_attr(object, name, Val()); }

Result<Value> call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    CallFn function = callable.type()->call;
    if (!function)
        return raise(&g_exc_TypeError, "'{}' object is not callable", callable.type()->type_name());
    if (kwnames && kwnames->size == 0)
        kwnames = nullptr;
    return function(callable, args, nargs, kwnames);
}

Result<Value> call(Val callable, std::initializer_list<Val> args) { return call(callable, args.begin(), args.size()); }

Result<Value> call_with_self(Val callable, Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    size_t total = nargs + (kwnames ? size_t(kwnames->size) : 0);
    Val small[16];
    std::vector<Val> large;
    Val* buffer = small;
    if (total + 1 > 16) {
        large.resize(total + 1);
        buffer = large.data();
    }
    buffer[0] = self;
    for (size_t i = 0; i < total; ++i)
        buffer[i + 1] = args[i];
    return call(callable, buffer, nargs + 1, kwnames);
}

Result<Value> call_method(Val self, StrObject* name, std::initializer_list<Val> args)
{
    Value method = TRY(get_attr(self, name));
    return call(method, args.begin(), args.size());
}

Result<Value> get_iter(Val iterable)
{
    TypeObject* type = iterable.type();
    if (type->iter) {
        Value iterator = TRY(type->iter(iterable));
        if (!iterator.type()->iternext)
            return raise(&g_exc_TypeError, "iter() returned non-iterator of type '{}'", iterator.type()->type_name());
        return iterator;
    }
    if (type->getitem && !is_dict(iterable))
        return seq_iter_new(iterable);
    return raise(&g_exc_TypeError, "'{}' object is not iterable", type->type_name());
}

Result<Value> iter_next(Val iterator)
{
    IterNextFn next = iterator.type()->iternext;
    if (!next)
        return raise(&g_exc_TypeError, "'{}' object is not an iterator", iterator.type()->type_name());
    return next(iterator);
}

static bool is_concat_sequence(Val v) { return is_str(v) || is_list(v) || is_tuple(v); }

static Error binary_type_error(Val a, Val b, BinaryOp op, bool inplace)
{
    if (op == BinaryOp::Add && is_concat_sequence(a) && !inplace) {
        const char* kind = is_str(a) ? "str" : is_list(a) ? "list" : "tuple";
        return raise(&g_exc_TypeError, "can only concatenate {} (not \"{}\") to {}", kind, b.type()->type_name(), kind);
    }
    if (op == BinaryOp::Mul && (is_concat_sequence(a) || is_concat_sequence(b))) {
        Val other = is_concat_sequence(a) ? b : a;
        if (!is_int(other))
            return raise(&g_exc_TypeError, "can't multiply sequence by non-int of type '{}'", other.type()->type_name());
    }
    if (op == BinaryOp::Pow && !inplace)
        return raise(&g_exc_TypeError, "unsupported operand type(s) for ** or pow(): '{}' and '{}'", a.type()->type_name(), b.type()->type_name());
    const char* symbol = inplace ? s_inplace_symbols[int(op)] : s_binary_symbols[int(op)];
    return raise(&g_exc_TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol, a.type()->type_name(), b.type()->type_name());
}

static Result<Value> binary_op_attempt(Val a, Val b, BinaryOp op)
{
    TypeObject* ta = a.type();
    TypeObject* tb = b.type();
    BinaryFn fa = ta->binary[int(op)];
    BinaryFn fb = tb != ta ? tb->binary[int(op)] : nullptr;
    if (fb == fa)
        fb = nullptr;
    if (fa) {
        if (fb && is_subtype(tb, ta)) {
            Value r = TRY(fb(a, b));
            if (!is_not_implemented(r))
                return r;
            fb = nullptr;
        }
        Value r = TRY(fa(a, b));
        if (!is_not_implemented(r))
            return r;
    }
    if (fb) {
        Value r = TRY(fb(a, b));
        if (!is_not_implemented(r))
            return r;
    }
    return Value::borrow(not_implemented());
}

Result<Value> binary_op(Val a, Val b, BinaryOp op)
{
    Value r = TRY(binary_op_attempt(a, b, op));
    if (is_not_implemented(r))
        return binary_type_error(a, b, op, false);
    return r;
}

Result<Value> inplace_op(Val a, Val b, BinaryOp op)
{
    if (BinaryFn f = a.type()->inplace[int(op)]) {
        Value r = TRY(f(a, b));
        if (!is_not_implemented(r))
            return r;
    }
    Value r = TRY(binary_op_attempt(a, b, op));
    if (is_not_implemented(r))
        return binary_type_error(a, b, op, true);
    return r;
}

Result<Value> unary_negative(Val v)
{
    if (UnaryFn f = v.type()->negative)
        return f(v);
    return raise(&g_exc_TypeError, "bad operand type for unary -: '{}'", v.type()->type_name());
}

Result<Value> unary_positive(Val v)
{
    if (UnaryFn f = v.type()->positive)
        return f(v);
    return raise(&g_exc_TypeError, "bad operand type for unary +: '{}'", v.type()->type_name());
}

Result<Value> unary_invert(Val v)
{
    if (UnaryFn f = v.type()->invert)
        return f(v);
    return raise(&g_exc_TypeError, "bad operand type for unary ~: '{}'", v.type()->type_name());
}

Result<Value> number_absolute(Val v)
{
    if (UnaryFn f = v.type()->absolute)
        return f(v);
    return raise(&g_exc_TypeError, "bad operand type for abs(): '{}'", v.type()->type_name());
}

Result<Value> get_item(Val container, Val key)
{
    TypeObject* type = container.type();
    if (type->getitem)
        return type->getitem(container, key);
    if (type->has_flag(TYPE_TYPE_SUBCLASS)) {
        if (container.is(Val(&g_type_type)))
            return generic_alias_new(container, key);
        Value hook = TRY(get_attr_maybe(container, NAME_OF(__class_getitem__)));
        if (hook)
            return call(hook, { key });
        return raise(&g_exc_TypeError, "type '{}' is not subscriptable", container.as<TypeObject>()->type_name());
    }
    return raise(&g_exc_TypeError, "'{}' object is not subscriptable", type->type_name());
}

Result<void> set_item(Val container, Val key, Val value)
{
    SetItemFn f = container.type()->setitem;
    if (!f)
        return raise(&g_exc_TypeError, "'{}' object does not support item assignment", container.type()->type_name());
    return f(container, key, value);
}

Result<void> del_item(Val container, Val key)
{
    SetItemFn f = container.type()->setitem;
    if (!f) {
        // CPython 3.12 compat: an index into a type with sequence slots (tuple, str, any class) fails in
        // PySequence_DelItem, whose message differs by one word.
        TypeObject* type = container.type();
        bool sequence = type->getitem || type->contains || type->has_flag(TYPE_HEAP);
        if (sequence && (is_int(key) || key.type()->index))
            return raise(&g_exc_TypeError, "'{}' object doesn't support item deletion", type->type_name());
        return raise(&g_exc_TypeError, "'{}' object does not support item deletion", type->type_name());
    }
    return f(container, key, Val());
}

Result<bool> contains(Val container, Val item)
{
    if (ContainsFn f = container.type()->contains)
        return f(container, item);
    TypeObject* type = container.type();
    if (!type->iter && !type->getitem)
        return raise(&g_exc_TypeError, "argument of type '{}' is not iterable", type->type_name());
    Value iterator = TRY(get_iter(container));
    while (true) {
        Value v = TRY(iter_next(iterator));
        if (!v)
            return false;
        if (TRY(rich_compare_bool(v, item, CompareOp::Eq)))
            return true;
    }
}

// CPython's PyNumber_Index: always an exact int. An int subclass (bool included) converts without calling
// its __index__; an __index__ that returns an int subclass is deprecated.
Result<Value> number_index(Val v)
{
    if (v.is_small_int())
        return Value::borrow(v);
    if (v.type() == &g_int_type)
        return Value::borrow(v);
    if (is_int(v))
        return int_exact(v);
    UnaryFn index = v.type()->index;
    if (!index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
    Value result = TRY(index(v));
    if (result.get().is_small_int() || result.type() == &g_int_type)
        return result;
    if (!is_int(result))
        return raise(&g_exc_TypeError, "__index__ returned non-int (type {})", result.type()->type_name());
    TRY(warn(&g_exc_DeprecationWarning, format_message("__index__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", { result.type()->type_name() })));
    return int_exact(result);
}

Result<int64_t> index_as_ssize(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    Value index = TRY(number_index(v));
    return int_as_ssize(index);
}

bool is_callable(Val v) { return v.type()->call != nullptr; }

// CPython's object_isinstance(): when type(object) is not a subclass of type, object.__class__ (which a
// proxy or a mock may fake with a property) is asked too. Only instances of classes that redefine __class__
// can differ, so the others skip the lookup.
static Result<bool> instance_of(Val object, TypeObject* type)
{
    if (is_instance(object, type))
        return true;
    TypeObject* own = object.type();
    if (!own->has_flag(TYPE_HEAP) ||
        type_lookup(own, NAME_OF(__class__)).bits() == type_lookup(&g_object_type, NAME_OF(__class__)).bits())
        return false;
    auto lookup = get_attr_maybe(object, NAME_OF(__class__));
    if (lookup.is_error()) {
        if (!error_matches(&g_exc_AttributeError))
            return Error {};
        clear_error();  // CPython 3.12 compat: an AttributeError from __class__ means "no claim".
        return false;
    }
    Value claimed = lookup.release_value();
    if (!claimed || !claimed.type()->has_flag(TYPE_TYPE_SUBCLASS) || claimed.as<TypeObject>() == own)
        return false;
    return is_subtype(claimed.as<TypeObject>(), type);
}

Result<bool> isinstance(Val object, Val classinfo)
{
    if (TupleObject* members = union_members(classinfo))
        return isinstance(object, Val(members));
    if (is_generic_alias(classinfo))
        return raise(&g_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    if (classinfo.is_object() && classinfo.type() == &g_type_type)
        return instance_of(object, classinfo.as<TypeObject>());
    if (is_tuple(classinfo)) {
        auto* tuple = classinfo.as<TupleObject>();
        for (int64_t i = 0; i < tuple->size; ++i) {
            if (TRY(isinstance(object, tuple->item(i))))
                return true;
        }
        return false;
    }
    if (classinfo.is_object() && classinfo.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        Val check = type_lookup(classinfo.type(), NAME_OF(__instancecheck__));
        if (check && check.type() != &g_method_descriptor_type) {
            Value r = TRY(call(check, { classinfo, object }));
            return is_truthy(r);
        }
        return instance_of(object, classinfo.as<TypeObject>());
    }
    // Any object whose type defines __instancecheck__ may stand as a class (typing.Any, typing.List).
    if (Val check = type_lookup(classinfo.type(), NAME_OF(__instancecheck__))) {
        Value r = TRY(call(check, { classinfo, object }));
        return is_truthy(r);
    }
    return raise(&g_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Result<bool> issubclass(Val derived, Val classinfo)
{
    if (TupleObject* members = union_members(classinfo))
        return issubclass(derived, Val(members));
    if (is_generic_alias(classinfo))
        return raise(&g_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    if (is_tuple(classinfo)) {
        auto* tuple = classinfo.as<TupleObject>();
        for (int64_t i = 0; i < tuple->size; ++i) {
            if (TRY(issubclass(derived, tuple->item(i))))
                return true;
        }
        return false;
    }
    if (!classinfo.is_object() || !classinfo.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        // As for isinstance(): a __subclasscheck__ on the object's type answers.
        if (Val check = type_lookup(classinfo.type(), NAME_OF(__subclasscheck__))) {
            Value r = TRY(call(check, { classinfo, derived }));
            return is_truthy(r);
        }
        return raise(&g_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    Val check = type_lookup(classinfo.type(), NAME_OF(__subclasscheck__));
    if (check && check.type() != &g_method_descriptor_type) {
        Value r = TRY(call(check, { classinfo, derived }));
        return is_truthy(r);
    }
    if (!derived.is_object() || !derived.type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(derived.as<TypeObject>(), classinfo.as<TypeObject>());
}

Result<Ref<TupleObject>> sequence_tuple(Val iterable)
{
    if (is_tuple_exact(iterable))
        return Ref<TupleObject>(iterable.as<TupleObject>());
    if (is_list_exact(iterable)) {  // exact only: a subclass may override __iter__ (CPython's PyList_CheckExact)
        auto* list = iterable.as<ListObject>();
        return tuple_from(list->data(), list->size);
    }
    Value iterator = TRY(get_iter(iterable));
    std::vector<Value> items;
    while (true) {
        Value v = TRY(iter_next(iterator));
        if (!v)
            break;
        items.push_back(std::move(v));
    }
    return tuple_from(reinterpret_cast<const Val*>(items.data()), int64_t(items.size()));
}

// An int, or an object whose fileno() returns one, as CPython's PyObject_AsFileDescriptor.
Result<int> file_descriptor_arg(Val v)
{
    Value number;
    if (is_int(v)) {
        number = Value::borrow(v);
    } else {
        Value method = TRY(get_attr_maybe(v, str_intern("fileno")));
        if (!method)
            return raise(&g_exc_TypeError, "argument must be an int, or have a fileno() method.");
        number = TRY(call(method, {}));
        if (!is_int(number))
            return raise(&g_exc_TypeError, "fileno() returned a non-integer");
    }
    int64_t fd;
    if (!int_to_int64(number, fd) || fd > INT32_MAX || fd < INT32_MIN)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    if (fd < 0)
        return raise(&g_exc_ValueError, "file descriptor cannot be a negative integer ({})", fd);
    return int(fd);
}

}  // namespace ginger
