// _decimal_helpers: native pieces of lib/decimal.py's hot paths.
// - make(sign, coefficient, exponent) builds a finite Decimal (the class given once to init()) without running
//   Python code: object.__new__ and four slot stores cost several times as much, and every result is built so.
// - methods(context_class, context_get, fallbacks) makes native __add__, __sub__, __mul__ and comparisons for the
//   Decimal class. They handle finite operands whose coefficients, exponents and exact result are small ints
//   (below 2**61) and whose result fits the current context without rounding; everything else goes to the Python
//   method they replace (fallbacks[name]), called with the same arguments. The results are the Python ones: the
//   Python fast paths give the same Decimals (and no signals) in these cases.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ginger {

namespace {

// The Decimal class (kept alive for good once init() is called) and the offsets of its four slots.
TypeObject* s_decimal_type = nullptr;
size_t s_sign_offset, s_int_offset, s_exp_offset, s_special_offset;

Result<size_t> slot_offset(TypeObject* type, const char* name)
{
    size_t offset = member_slot_offset(type_lookup(type, str_intern(name)), type);
    if (!offset)
        return raise(&g_exc_TypeError, "_decimal_helpers.init(): the class has no __slots__ member '{}'", name);
    return offset;
}

// init(cls): the class whose instances make() builds; it must have the __slots__ _sign, _int, _exp, _is_special.
Result<Value> helpers_init(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "init() takes exactly one argument");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "init() argument must be a class");
    auto* type = args[0].as<TypeObject>();
    size_t sign = TRY(slot_offset(type, "_sign"));
    size_t coefficient = TRY(slot_offset(type, "_int"));
    size_t exponent = TRY(slot_offset(type, "_exp"));
    size_t special = TRY(slot_offset(type, "_is_special"));
    Val(type).incref();  // never released: make() may run until the process ends
    s_decimal_type = type;
    s_sign_offset = sign;
    s_int_offset = coefficient;
    s_exp_offset = exponent;
    s_special_offset = special;
    return none_value();
}

void set_slot(Object* object, size_t offset, Val value)
{
    *reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset) = Value::borrow(value);
}

// make(sign, coefficient, exponent): a new finite Decimal; the arguments are stored as they are.
Result<Value> helpers_make(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 3 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "make() takes exactly 3 arguments");
    if (!s_decimal_type)
        return raise(&g_exc_RuntimeError, "make() called before init()");
    Object* object = alloc_object(s_decimal_type);
    if (!object)
        return raise_memory_error();
    Value result = Value::adopt(Val(object));
    set_slot(object, s_sign_offset, args[0]);
    set_slot(object, s_int_offset, args[1]);
    set_slot(object, s_exp_offset, args[2]);
    set_slot(object, s_special_offset, Val(g_false));
    return result;
}

// ---- native methods ----

TypeObject* s_context_type = nullptr;
size_t s_prec_offset, s_emin_offset, s_etop_offset, s_top_offset;
Val s_context_get;  // the bound ContextVar.get of decimal's current context (kept alive for good)

enum Op { OP_ADD, OP_SUB, OP_MUL, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_COUNT };
const char* const s_op_names[OP_COUNT] = { "__add__", "__sub__", "__mul__", "__lt__", "__le__", "__gt__", "__ge__",
                                           "__eq__", "__ne__" };
Val s_fallbacks[OP_COUNT];  // the Python methods (kept alive for good)

constexpr int64_t POW10[19] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
                                10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
                                1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000 };

Val get_slot(Val object, size_t offset)
{
    return *reinterpret_cast<Val*>(reinterpret_cast<char*>(object.object()) + offset);
}

// A finite Decimal with small-int fields: (-1)**sign * coefficient * 10**exponent.
struct Finite {
    int64_t sign, coefficient, exponent;
};

bool read_finite(Val v, Finite& out)
{
    if (!v.is_object() || v.type() != s_decimal_type)
        return false;
    Val special = get_slot(v, s_special_offset);
    Val sign = get_slot(v, s_sign_offset);
    Val coefficient = get_slot(v, s_int_offset);
    Val exponent = get_slot(v, s_exp_offset);
    if (!is_false(special) || !sign.is_small_int() || !coefficient.is_small_int() || !exponent.is_small_int())
        return false;
    out = { sign.small_int_value(), coefficient.small_int_value(), exponent.small_int_value() };
    return out.coefficient >= 0;
}

// The limits of the current context: false when there is none yet or it is not a plain Context (the fallback
// then decides). An error only if getting the context var raised something else than LookupError.
struct Limits {
    int64_t prec, emin, etop;
    Val top;
};

Result<bool> read_limits(Limits& out)
{
    Result<Value> got = call(s_context_get, nullptr, 0);
    if (got.is_error()) {
        if (!error_matches(&g_exc_LookupError))
            return Error {};
        clear_error();
        return false;
    }
    Value context = got.release_value();
    if (!context.get().is_object() || context.get().type() != s_context_type)
        return false;
    Val prec = get_slot(context.get(), s_prec_offset);
    Val emin = get_slot(context.get(), s_emin_offset);
    Val etop = get_slot(context.get(), s_etop_offset);
    Val top = get_slot(context.get(), s_top_offset);
    if (!prec.is_small_int() || !emin.is_small_int() || !etop.is_small_int() || !top)
        return false;
    out = { prec.small_int_value(), emin.small_int_value(), etop.small_int_value(), top };
    return true;
}

// Whether the magnitude m (< 2**61) is below the context's 10**prec (a small int, 0 for a huge prec, or a big int
// above every small int).
bool below_top(int64_t m, Val top)
{
    if (top.is_small_int())
        return m < top.small_int_value();
    return true;
}

Result<Value> make_finite(int64_t sign, int64_t coefficient, int64_t exponent)
{
    Object* object = alloc_object(s_decimal_type);
    if (!object)
        return raise_memory_error();
    Value result = Value::adopt(Val(object));
    set_slot(object, s_sign_offset, Val::small_int(sign));
    set_slot(object, s_int_offset, Val::small_int(coefficient));
    set_slot(object, s_exp_offset, Val::small_int(exponent));
    set_slot(object, s_special_offset, Val(g_false));
    return result;
}

Result<Value> fallback(Op op, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return call(s_fallbacks[op], args, nargs, kwnames);
}

template<Op op>
Result<Value> native_arith(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Finite a, b;
    if (nargs != 2 || kwnames || !read_finite(args[0], a) || !read_finite(args[1], b))
        return fallback(op, args, nargs, kwnames);
    Limits limits;
    if (!TRY(read_limits(limits)))
        return fallback(op, args, nargs, kwnames);
    __int128 magnitude;
    int64_t sign, exponent;
    if constexpr (op == OP_MUL) {
        magnitude = __int128(a.coefficient) * b.coefficient;
        sign = a.sign ^ b.sign;
        exponent = a.exponent + b.exponent;
    } else {
        int64_t sb = op == OP_SUB ? b.sign ^ 1 : b.sign;
        int64_t d = a.exponent - b.exponent;
        if (d > 18 || d < -18 || d > limits.prec || -d > limits.prec)
            return fallback(op, args, nargs, kwnames);
        __int128 x = a.coefficient, y = b.coefficient;
        if (d > 0)
            x *= POW10[d];
        else
            y *= POW10[-d];
        exponent = d > 0 ? b.exponent : a.exponent;
        __int128 v = (a.sign ? -x : x) + (sb ? -y : y);
        if (v == 0)  // the sign of a zero sum depends on the operands and the rounding
            return fallback(op, args, nargs, kwnames);
        sign = v < 0;
        magnitude = v < 0 ? -v : v;
    }
    if (magnitude > SMALL_INT_MAX || !below_top(int64_t(magnitude), limits.top) || exponent < limits.emin
        || exponent > limits.etop)
        return fallback(op, args, nargs, kwnames);
    return make_finite(sign, int64_t(magnitude), exponent);
}

// -1, 0 or 1 comparing two finite values (coefficients and exponents small), or 2 when the exponents are too far
// apart for 128-bit arithmetic.
int compare_finite(const Finite& a, const Finite& b)
{
    __int128 x = a.coefficient, y = b.coefficient;
    int64_t d = a.exponent - b.exponent;
    if (d > 18 || d < -18)
        return 2;
    if (d > 0)
        x *= POW10[d];
    else
        y *= POW10[-d];
    if (a.sign)
        x = -x;
    if (b.sign)
        y = -y;
    return (x > y) - (x < y);
}

template<Op op>
Result<Value> native_compare(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Finite a, b;
    if (nargs != 2 || kwnames || !read_finite(args[0], a))
        return fallback(op, args, nargs, kwnames);
    Val other = args[1];
    if (other.is_small_int()) {
        int64_t v = other.small_int_value();
        b = { v < 0, v < 0 ? -v : v, 0 };
    } else if (!read_finite(other, b)) {
        return fallback(op, args, nargs, kwnames);
    }
    int r = compare_finite(a, b);
    if (r == 2)
        return fallback(op, args, nargs, kwnames);
    bool result = op == OP_LT ? r < 0 : op == OP_LE ? r <= 0 : op == OP_GT ? r > 0 : op == OP_GE ? r >= 0
                : op == OP_EQ ? r == 0 : r != 0;
    return bool_value(result);
}

const MethodDef s_method_defs[OP_COUNT] = {
    { "__add__", native_arith<OP_ADD>, METHOD_INSTANCE, "Return self+value." },
    { "__sub__", native_arith<OP_SUB>, METHOD_INSTANCE, "Return self-value." },
    { "__mul__", native_arith<OP_MUL>, METHOD_INSTANCE, "Return self*value." },
    { "__lt__", native_compare<OP_LT>, METHOD_INSTANCE, "Return self<value." },
    { "__le__", native_compare<OP_LE>, METHOD_INSTANCE, "Return self<=value." },
    { "__gt__", native_compare<OP_GT>, METHOD_INSTANCE, "Return self>value." },
    { "__ge__", native_compare<OP_GE>, METHOD_INSTANCE, "Return self>=value." },
    { "__eq__", native_compare<OP_EQ>, METHOD_INSTANCE, "Return self==value." },
    { "__ne__", native_compare<OP_NE>, METHOD_INSTANCE, "Return self!=value." },
};

// methods(context_class, context_get, fallbacks): {name: method_descriptor} for the Decimal class given to init();
// fallbacks maps each name to the Python method that handles the other cases. Once only.
Result<Value> helpers_methods(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 3 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "methods() takes exactly 3 arguments");
    if (!s_decimal_type)
        return raise(&g_exc_RuntimeError, "methods() called before init()");
    if (s_context_type)
        return raise(&g_exc_RuntimeError, "methods() was already called");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS) || !is_dict(args[2]))
        return raise(&g_exc_TypeError, "methods() takes a class, a callable and a dict");
    auto* context_type = args[0].as<TypeObject>();
    size_t prec = TRY(slot_offset(context_type, "prec"));
    size_t emin = TRY(slot_offset(context_type, "Emin"));
    size_t etop = TRY(slot_offset(context_type, "_etop"));
    size_t top = TRY(slot_offset(context_type, "_top"));
    Val found[OP_COUNT];
    for (int op = 0; op < OP_COUNT; ++op) {
        found[op] = dict_get_str(args[2].as<DictObject>(), str_intern(s_op_names[op]));
        if (!found[op])
            return raise(&g_exc_TypeError, "methods(): no fallback for {}", s_op_names[op]);
    }
    Ref<DictObject> result = dict_new();
    for (int op = 0; op < OP_COUNT; ++op) {
        auto* descriptor = static_cast<MethodDescriptorObject*>(alloc_object(&g_method_descriptor_type));
        if (!descriptor)
            return raise_memory_error();
        descriptor->def = &s_method_defs[op];
        descriptor->owner = s_decimal_type;
        Value owned = Value::adopt(Val(descriptor));
        TRY(dict_set(result.get(), Val(str_intern(s_op_names[op])), owned));
    }
    // Kept for good, as the Decimal class is.
    for (int op = 0; op < OP_COUNT; ++op) {
        found[op].incref();
        s_fallbacks[op] = found[op];
    }
    args[0].incref();
    args[1].incref();
    s_context_type = context_type;
    s_context_get = args[1];
    s_prec_offset = prec;
    s_emin_offset = emin;
    s_etop_offset = etop;
    s_top_offset = top;
    return Value(std::move(result));
}

const MethodDef s_functions[] = {
    { "init", helpers_init, METHOD_STATIC, "init(cls)\n\nThe Decimal class that make() builds." },
    { "methods", helpers_methods, METHOD_STATIC, "methods(context_class, context_get, fallbacks)\n\nNative arithmetic and comparison methods for the Decimal class." },
    { "make", helpers_make, METHOD_STATIC, "make(sign, coefficient, exponent)\n\nA new finite Decimal." },
    {},
};

}  // namespace

Ref<ModuleObject> decimal_helpers_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_decimal_helpers"));
    module_add_functions(module.get(), s_functions);
    module_set(module.get(), "__doc__", Val(str_intern("Native helpers of Ginger's decimal module.")));
    return module;
}

}  // namespace ginger
