// _decimal_helpers: native pieces of lib/decimal.py's hot paths. Each import of decimal registers its Decimal class
// (a fresh import, as test_decimal does, makes another one); the registry is never freed.
// - init(cls) returns make(sign, coefficient, exponent), which builds a finite instance of cls without running
//   Python code: object.__new__ and four slot stores cost several times as much, and every result is built so.
// - methods(cls, context_class, context_get, fallbacks) makes native __add__, __sub__, __mul__ and comparisons for
//   cls. They handle finite operands whose coefficients, exponents and exact result are small ints (below 2**61)
//   and whose result fits the current context without rounding; everything else goes to the Python method they
//   replace (fallbacks[name]), called with the same arguments. The results are the Python ones: the Python fast
//   paths give the same Decimals (and no signals) in these cases.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <vector>

namespace ginger {

namespace {

enum Op { OP_ADD, OP_SUB, OP_MUL, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_COUNT };
const char* const s_op_names[OP_COUNT] = { "__add__", "__sub__", "__mul__", "__lt__", "__le__", "__gt__", "__ge__",
                                           "__eq__", "__ne__" };

// A registered Decimal class: its slots, and once methods() ran, its Context class and the Python methods.
struct DecimalClass {
    TypeObject* type;
    size_t sign, coefficient, exponent, special;
    TypeObject* context_type = nullptr;
    size_t prec, emin, etop, top;
    Val context_get;
    Val fallbacks[OP_COUNT];
};
std::vector<DecimalClass*>& registry()
{
    static auto* classes = new std::vector<DecimalClass*>();  // never destroyed
    return *classes;
}

DecimalClass* find_exact(TypeObject* type)
{
    for (DecimalClass* c : registry()) {
        if (c->type == type)
            return c;
    }
    return nullptr;
}

// The registered class that `type` is or derives from.
DecimalClass* find_base(TypeObject* type)
{
    for (TypeObject* t = type; t; t = t->base) {
        if (DecimalClass* c = find_exact(t))
            return c;
    }
    return nullptr;
}

Result<size_t> slot_offset(TypeObject* type, const char* name)
{
    size_t offset = member_slot_offset(type_lookup(type, str_intern(name)), type);
    if (!offset)
        return raise(&g_exc_TypeError, "_decimal_helpers: the class has no __slots__ member '{}'", name);
    return offset;
}

Val get_slot(Val object, size_t offset)
{
    return *reinterpret_cast<Val*>(reinterpret_cast<char*>(object.object()) + offset);
}

void set_slot(Object* object, size_t offset, Val value)
{
    *reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset) = Value::borrow(value);
}

Result<Value> make_instance(DecimalClass* c, Val sign, Val coefficient, Val exponent)
{
    Object* object = alloc_object(c->type);
    if (!object)
        return raise_memory_error();
    Value result = Value::adopt(Val(object));
    set_slot(object, c->sign, sign);
    set_slot(object, c->coefficient, coefficient);
    set_slot(object, c->exponent, exponent);
    set_slot(object, c->special, Val(g_false));
    return result;
}

// make(sign, coefficient, exponent), bound to the class (args[0]): a new finite instance; the arguments are
// stored as they are.
Result<Value> helpers_make(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 4 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "make() takes exactly 3 arguments");
    DecimalClass* c = find_exact(args[0].as<TypeObject>());
    return make_instance(c, args[1], args[2], args[3]);
}
const MethodDef s_make_def = { "make", helpers_make, METHOD_INSTANCE, "make(sign, coefficient, exponent)\n\nA new finite Decimal." };

// init(cls): registers cls, which must have the __slots__ _sign, _int, _exp and _is_special; returns its make().
Result<Value> helpers_init(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "init() takes exactly one argument");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "init() argument must be a class");
    auto* type = args[0].as<TypeObject>();
    if (!find_exact(type)) {
        size_t sign = TRY(slot_offset(type, "_sign"));
        size_t coefficient = TRY(slot_offset(type, "_int"));
        size_t exponent = TRY(slot_offset(type, "_exp"));
        size_t special = TRY(slot_offset(type, "_is_special"));
        Val(type).incref();  // kept for good, with its registry entry
        registry().push_back(new DecimalClass { type, sign, coefficient, exponent, special });
    }
    return builtin_function_new(&s_make_def, Val(type), Val());
}

// ---- native methods ----

constexpr int64_t POW10[19] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
                                10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
                                1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000 };

// A finite Decimal with small-int fields: (-1)**sign * coefficient * 10**exponent.
struct Finite {
    int64_t sign, coefficient, exponent;
};

bool read_finite(const DecimalClass* c, Val v, Finite& out)
{
    if (!v.is_object() || v.type() != c->type)
        return false;
    Val special = get_slot(v, c->special);
    Val sign = get_slot(v, c->sign);
    Val coefficient = get_slot(v, c->coefficient);
    Val exponent = get_slot(v, c->exponent);
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

Result<bool> read_limits(const DecimalClass* c, Limits& out)
{
    Result<Value> got = call(c->context_get, nullptr, 0);
    if (got.is_error()) {
        if (!error_matches(&g_exc_LookupError))
            return Error {};
        clear_error();
        return false;
    }
    Value context = got.release_value();
    if (!context.get().is_object() || context.get().type() != c->context_type)
        return false;
    Val prec = get_slot(context.get(), c->prec);
    Val emin = get_slot(context.get(), c->emin);
    Val etop = get_slot(context.get(), c->etop);
    Val top = get_slot(context.get(), c->top);
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

Result<Value> fallback(Op op, const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs ? find_base(args[0].type()) : nullptr;
    if (!c || !c->context_type)
        return raise(&g_exc_TypeError, "descriptor '{}' needs a Decimal", s_op_names[op]);
    return call(c->fallbacks[op], args, nargs, kwnames);
}

template<Op op>
Result<Value> native_arith(const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs == 2 && !kwnames ? find_exact(args[0].type()) : nullptr;
    Finite a, b;
    if (!c || !c->context_type || !read_finite(c, args[0], a) || !read_finite(c, args[1], b))
        return fallback(op, args, nargs, kwnames);
    Limits limits;
    if (!TRY(read_limits(c, limits)))
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
    return make_instance(c, Val::small_int(sign), Val::small_int(int64_t(magnitude)), Val::small_int(exponent));
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
    DecimalClass* c = nargs == 2 && !kwnames ? find_exact(args[0].type()) : nullptr;
    Finite a, b;
    if (!c || !c->context_type || !read_finite(c, args[0], a))
        return fallback(op, args, nargs, kwnames);
    Val other = args[1];
    if (other.is_small_int()) {
        int64_t v = other.small_int_value();
        b = { v < 0, v < 0 ? -v : v, 0 };
    } else if (!read_finite(c, other, b)) {
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

// methods(cls, context_class, context_get, fallbacks): {name: method_descriptor} for cls (registered by init());
// fallbacks maps each name to the Python method that handles the other cases. Once per class.
Result<Value> helpers_methods(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 4 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "methods() takes exactly 4 arguments");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS) || !args[1].is_object()
        || !args[1].type()->has_flag(TYPE_TYPE_SUBCLASS) || !is_dict(args[3]))
        return raise(&g_exc_TypeError, "methods() takes two classes, a callable and a dict");
    DecimalClass* c = find_exact(args[0].as<TypeObject>());
    if (!c)
        return raise(&g_exc_RuntimeError, "methods(): the class was not given to init()");
    if (c->context_type)
        return raise(&g_exc_RuntimeError, "methods() was already called for this class");
    auto* context_type = args[1].as<TypeObject>();
    size_t prec = TRY(slot_offset(context_type, "prec"));
    size_t emin = TRY(slot_offset(context_type, "Emin"));
    size_t etop = TRY(slot_offset(context_type, "_etop"));
    size_t top = TRY(slot_offset(context_type, "_top"));
    Val found[OP_COUNT];
    for (int op = 0; op < OP_COUNT; ++op) {
        found[op] = dict_get_str(args[3].as<DictObject>(), str_intern(s_op_names[op]));
        if (!found[op])
            return raise(&g_exc_TypeError, "methods(): no fallback for {}", s_op_names[op]);
    }
    Ref<DictObject> result = dict_new();
    for (int op = 0; op < OP_COUNT; ++op) {
        auto* descriptor = static_cast<MethodDescriptorObject*>(alloc_object(&g_method_descriptor_type));
        if (!descriptor)
            return raise_memory_error();
        descriptor->def = &s_method_defs[op];
        descriptor->owner = c->type;
        Value owned = Value::adopt(Val(descriptor));
        TRY(dict_set(result.get(), Val(str_intern(s_op_names[op])), owned));
    }
    // Kept for good, as the class is.
    for (int op = 0; op < OP_COUNT; ++op) {
        found[op].incref();
        c->fallbacks[op] = found[op];
    }
    args[1].incref();
    args[2].incref();
    c->context_get = args[2];
    c->prec = prec;
    c->emin = emin;
    c->etop = etop;
    c->top = top;
    c->context_type = context_type;
    return Value(std::move(result));
}

const MethodDef s_functions[] = {
    { "init", helpers_init, METHOD_STATIC, "init(cls)\n\nRegisters the Decimal class cls; returns make(sign, coefficient, exponent) for it." },
    { "methods", helpers_methods, METHOD_STATIC, "methods(cls, context_class, context_get, fallbacks)\n\nNative arithmetic and comparison methods for the Decimal class cls." },
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
