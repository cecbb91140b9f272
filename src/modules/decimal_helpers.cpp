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
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <vector>

namespace ginger {

namespace {

enum Op { OP_ADD, OP_SUB, OP_MUL, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_QUANTIZE, OP_TRUEDIV, OP_COUNT };
const char* const s_op_names[OP_COUNT] = { "__add__", "__sub__", "__mul__", "__lt__", "__le__", "__gt__", "__ge__",
                                           "__eq__", "__ne__", "quantize", "__truediv__" };

// A registered Decimal class: its slots, and once methods() ran, its Context class and the Python methods.
struct DecimalClass {
    TypeObject* type;
    size_t sign, coefficient, exponent, special;
    TypeObject* context_type = nullptr;
    size_t prec, emin, etop, top, rounding, flags, traps;
    TypeObject* signals_type;  // the class of context.flags and context.traps
    size_t mask;
    Val context_get;
    Val fallbacks[OP_COUNT];
    Val fallback_new;  // the Python __new__ function
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
    Value context;
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
    out = { prec.small_int_value(), emin.small_int_value(), etop.small_int_value(), top, std::move(context) };
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

// ---- rounding big coefficients ----

constexpr int64_t INEXACT = 1024, ROUNDED = 2048;  // lib/decimal.py's condition bits
constexpr int64_t MAX_DIGITS = 1000;                // larger numbers are left to the Python code

enum Rounding { R_UP, R_DOWN, R_CEILING, R_FLOOR, R_HALF_UP, R_HALF_DOWN, R_HALF_EVEN, R_05UP, R_INVALID };

Rounding rounding_of(Val v)
{
    if (!is_str_exact(v))
        return R_INVALID;
    std::string_view name = v.as<StrObject>()->view();
    static const char* const names[] = { "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP",
                                         "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP" };
    for (int i = 0; i < R_INVALID; ++i) {
        if (name == names[i])
            return Rounding(i);
    }
    return R_INVALID;
}

// 10**n for 0 <= n <= MAX_DIGITS + 1, computed once.
Result<Val> pow10(int64_t n)
{
    static auto* powers = new std::vector<Value>();  // never destroyed
    if (powers->empty())
        powers->push_back(Value::small_int(1));
    while (int64_t(powers->size()) <= n)
        powers->push_back(TRY(int_binary(powers->back().get(), Val::small_int(10), BinaryOp::Mul)));
    return (*powers)[n].get();
}

// The number of decimal digits of c >= 0 (1 for 0), or -1 above MAX_DIGITS.
Result<int64_t> digit_count(Val c)
{
    size_t bits = int_bit_length(c);
    if (bits <= 1)
        return 1;
    // the digits of 2**(bits-1): floor((bits - 1) * log10(2)) + 1; c has those or one more
    constexpr __int128 LOG10_2 = __int128(3010299956639811952) * 10 + 1;  // log10(2) * 10**20
    constexpr __int128 E20 = __int128(10000000000) * 10000000000;
    int64_t n = int64_t(__int128(bits - 1) * LOG10_2 / E20) + 1;
    if (n > MAX_DIGITS)
        return -1;
    Val p = TRY(pow10(n));
    return int_compare(c, p) >= 0 ? n + 1 : n;
}

// Whether to round the magnitude q up, the remainder comparing as cmp (-1, 0, 1) with half a unit.
Result<bool> round_up(Rounding rounding, int64_t sign, Val q, int cmp)
{
    switch (rounding) {
    case R_UP: return true;
    case R_DOWN: return false;
    case R_CEILING: return !sign;
    case R_FLOOR: return sign != 0;
    case R_HALF_UP: return cmp >= 0;
    case R_HALF_DOWN: return cmp > 0;
    case R_HALF_EVEN: {
        if (cmp != 0)
            return cmp > 0;
        Value odd = TRY(int_binary(q, Val::small_int(1), BinaryOp::And));
        return odd.get().small_int_value() != 0;
    }
    case R_05UP: {
        Value last = TRY(int_binary(q, Val::small_int(5), BinaryOp::Mod));
        return last.get().small_int_value() == 0;
    }
    default: return false;
    }
}

// Sets the status bits on the context's flags, unless one of them is trapped: then false, and nothing changed (the
// Python code, which raises, takes over).
bool set_flags(const DecimalClass* c, Val context, int64_t status)
{
    Val flags = get_slot(context, c->flags);
    Val traps = get_slot(context, c->traps);
    if (!flags.is_object() || flags.type() != c->signals_type || !traps.is_object() || traps.type() != c->signals_type)
        return false;
    Val flag_mask = get_slot(flags, c->mask);
    Val trap_mask = get_slot(traps, c->mask);
    if (!flag_mask.is_small_int() || !trap_mask.is_small_int() || (trap_mask.small_int_value() & status))
        return false;
    set_slot(flags.object(), c->mask, Val::small_int(flag_mask.small_int_value() | status));
    return true;
}

// (-1)**sign * q * 10**exponent, q rounded off `drop` digits: the rounded magnitude and the status, or a null
// value when the result would need the Python code (a carry past etop).
struct Rounded {
    Value q;
    int64_t exponent, status;
};

Result<bool> round_off(Val c, int64_t drop, int64_t sign, int64_t exponent, Rounding rounding, const Limits& limits,
                       Rounded& out)
{
    Val p = TRY(pow10(drop));
    Value q = TRY(int_binary(c, p, BinaryOp::FloorDiv));
    Value r = TRY(int_binary(c, p, BinaryOp::Mod));
    int64_t status = ROUNDED;
    if (int_sign(r.get()) != 0) {
        status |= INEXACT;
        Value twice = TRY(int_binary(r.get(), r.get(), BinaryOp::Add));
        int cmp = int_compare(twice.get(), p);
        if (TRY(round_up(rounding, sign, q.get(), cmp))) {
            q = TRY(int_binary(q.get(), Val::small_int(1), BinaryOp::Add));
            if (int_compare(q.get(), limits.top) == 0) {  // 99.9 -> 100: one digit too many
                q = Value::borrow(TRY(pow10(limits.prec - 1)));
                exponent += 1;
            }
        }
    }
    if (exponent > limits.etop)
        return false;
    out = { std::move(q), exponent, status };
    return true;
}

// The finite number (-1)**sign * c * 10**exponent in the context, when it is a normal number below the clamping
// limit; a null value when the Python code must decide.
Result<Value> fit_to_context(const DecimalClass* c, Val coefficient, int64_t sign, int64_t exponent,
                             const Limits& limits)
{
    if (exponent < limits.emin || exponent > limits.etop)
        return Value();
    if (int_compare(coefficient, limits.top) < 0)
        return make_instance(const_cast<DecimalClass*>(c), Val::small_int(sign), coefficient, Val::small_int(exponent));
    if (limits.top.is_small_int() && limits.top.small_int_value() == 0)  // a precision above 4000
        return Value();
    int64_t digits = TRY(digit_count(coefficient));
    if (digits < 0)
        return Value();
    Rounding rounding = rounding_of(get_slot(limits.context.get(), c->rounding));
    if (rounding == R_INVALID)
        return Value();
    Rounded rounded;
    if (!TRY(round_off(coefficient, digits - limits.prec, sign, exponent + digits - limits.prec, rounding, limits,
                       rounded)))
        return Value();
    if (!set_flags(c, limits.context.get(), rounded.status))
        return Value();
    return make_instance(const_cast<DecimalClass*>(c), Val::small_int(sign), rounded.q.get(),
                         Val::small_int(rounded.exponent));
}

Result<Value> fallback(Op op, const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs ? find_base(args[0].type()) : nullptr;
    if (!c || !c->context_type)
        return raise(&g_exc_TypeError, "descriptor '{}' needs a Decimal", s_op_names[op]);
    return call(c->fallbacks[op], args, nargs, kwnames);
}

// A finite Decimal whose coefficient may be a big int.
struct AnyFinite {
    int64_t sign, exponent;
    Val coefficient;
};

bool read_any(const DecimalClass* c, Val v, AnyFinite& out)
{
    if (!v.is_object() || v.type() != c->type || !is_false(get_slot(v, c->special)))
        return false;
    Val sign = get_slot(v, c->sign), exponent = get_slot(v, c->exponent), coefficient = get_slot(v, c->coefficient);
    if (!sign.is_small_int() || !exponent.is_small_int() || !is_int(coefficient) || int_sign(coefficient) < 0)
        return false;
    out = { sign.small_int_value(), exponent.small_int_value(), coefficient };
    return true;
}

// The second operand of an operation: a finite Decimal of the class, or an int (exponent 0); `hold` keeps the
// magnitude of a negative big int alive.
bool read_operand(const DecimalClass* c, Val v, AnyFinite& out, Value& hold)
{
    if (v.is_small_int() || (v.is_object() && v.type() == &g_int_type)) {
        int s = int_sign(v);
        hold = s < 0 ? int_negate(v) : Value::borrow(v);
        out = { s < 0, 0, hold.get() };
        return true;
    }
    return read_any(c, v, out);
}

// The signed coefficients of a and b aligned to the smaller exponent (that exponent in `exponent`), or false when
// the exponents are more than MAX_DIGITS apart.
Result<bool> align(const AnyFinite& a, const AnyFinite& b, Value& x, Value& y, int64_t& exponent)
{
    int64_t d = a.exponent - b.exponent;
    if (d > MAX_DIGITS || d < -MAX_DIGITS)
        return false;
    x = Value::borrow(a.coefficient);
    y = Value::borrow(b.coefficient);
    if (d > 0)
        x = TRY(int_binary(x.get(), TRY(pow10(d)), BinaryOp::Mul));
    else if (d < 0)
        y = TRY(int_binary(y.get(), TRY(pow10(-d)), BinaryOp::Mul));
    if (a.sign)
        x = int_negate(x.get());
    if (b.sign)
        y = int_negate(y.get());
    exponent = d > 0 ? b.exponent : a.exponent;
    return true;
}

// A sum or difference with big coefficients, rounded to the context; null when the Python code must decide.
Result<Value> big_sum(DecimalClass* c, const Val* args, bool subtract)
{
    AnyFinite a, b;
    Value hold;
    if (!read_any(c, args[0], a) || !read_operand(c, args[1], b, hold))
        return Value();
    if (subtract)
        b.sign ^= 1;
    Limits limits;
    if (!TRY(read_limits(c, limits)))
        return Value();
    int64_t d = a.exponent - b.exponent;
    if (d > limits.prec || -d > limits.prec)  // a far operand only counts as a sticky digit: the Python code
        return Value();
    Value x, y;
    int64_t exponent;
    if (!TRY(align(a, b, x, y, exponent)))
        return Value();
    Value v = TRY(int_binary(x.get(), y.get(), BinaryOp::Add));
    int sign = int_sign(v.get());
    if (sign == 0)  // the sign of a zero sum depends on the operands and the rounding
        return Value();
    if (sign < 0)
        v = int_negate(v.get());
    return fit_to_context(c, v.get(), sign < 0, exponent, limits);
}

// A product whose coefficients are not both small: computed with big ints, rounded to the context.
Result<Value> big_product(DecimalClass* c, const Val* args)
{
    AnyFinite a, b;
    Value hold;
    if (!read_any(c, args[0], a) || !read_operand(c, args[1], b, hold))
        return Value();
    Limits limits;
    if (!TRY(read_limits(c, limits)))
        return Value();
    Value product = TRY(int_binary(a.coefficient, b.coefficient, BinaryOp::Mul));
    return fit_to_context(c, product.get(), a.sign ^ b.sign, a.exponent + b.exponent, limits);
}

template<Op op>
Result<Value> native_arith(const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs == 2 && !kwnames ? find_exact(args[0].type()) : nullptr;
    Finite a, b;
    if (c && c->context_type && (!read_finite(c, args[0], a) || !read_finite(c, args[1], b))) {
        Value r = TRY(op == OP_MUL ? big_product(c, args) : big_sum(c, args, op == OP_SUB));
        if (r)
            return r;
        return fallback(op, args, nargs, kwnames);
    }
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
    if (magnitude > SMALL_INT_MAX || exponent < limits.emin || exponent > limits.etop)
        return fallback(op, args, nargs, kwnames);
    if (!below_top(int64_t(magnitude), limits.top)) {
        // rounding a small result (a product of two small coefficients, or a sum) to a small precision
        Value r = TRY(fit_to_context(c, Val::small_int(int64_t(magnitude)), sign, exponent, limits));
        if (r)
            return r;
        return fallback(op, args, nargs, kwnames);
    }
    return make_instance(c, Val::small_int(sign), Val::small_int(int64_t(magnitude)), Val::small_int(exponent));
}

// Removes up to `limit` trailing zeros of q > 0: the number removed.
Result<int64_t> strip_zeros(Value& q, int64_t limit)
{
    Value last = TRY(int_binary(q.get(), Val::small_int(10), BinaryOp::Mod));
    if (last.get().small_int_value() != 0)
        return 0;
    int64_t n = 0, k = 1;
    while (k * 2 <= limit)
        k *= 2;
    while (k) {
        if (n + k <= limit) {
            Val p = TRY(pow10(k));
            Value r = TRY(int_binary(q.get(), p, BinaryOp::Mod));
            if (int_sign(r.get()) == 0) {
                q = TRY(int_binary(q.get(), p, BinaryOp::FloorDiv));
                n += k;
                continue;
            }
        }
        k >>= 1;
    }
    return n;
}

// a / b for two finite nonzero Decimals whose quotient is a normal number below the clamping limit, exact with at
// most prec digits at an exponent no larger than the ideal one, or inexact (lib/decimal.py's _div_fast); null in
// the other cases.
Result<Value> native_quotient(DecimalClass* c, const Val* args)
{
    AnyFinite a, b;
    Value hold;
    if (!read_any(c, args[0], a) || !read_operand(c, args[1], b, hold) || int_sign(a.coefficient) == 0
        || int_sign(b.coefficient) == 0)
        return Value();
    Limits limits;
    if (!TRY(read_limits(c, limits)))
        return Value();
    if (limits.top.is_small_int() && limits.top.small_int_value() == 0)
        return Value();
    int64_t da = TRY(digit_count(a.coefficient)), db = TRY(digit_count(b.coefficient));
    if (da < 0 || db < 0)
        return Value();
    int64_t shift = db - da + limits.prec;  // the quotient gets prec or prec + 1 digits
    if (shift > 2 * MAX_DIGITS || shift < -2 * MAX_DIGITS)
        return Value();
    Value x = Value::borrow(a.coefficient), y = Value::borrow(b.coefficient);
    if (shift >= 0)
        x = TRY(int_binary(x.get(), TRY(pow10(shift)), BinaryOp::Mul));
    else
        y = TRY(int_binary(y.get(), TRY(pow10(-shift)), BinaryOp::Mul));
    Value q = TRY(int_binary(x.get(), y.get(), BinaryOp::FloorDiv));
    Value r = TRY(int_binary(x.get(), y.get(), BinaryOp::Mod));
    int64_t sign = a.sign ^ b.sign;
    int64_t ideal = a.exponent - b.exponent;
    int64_t exponent = ideal - shift;
    if (int_sign(r.get()) == 0) {
        // exact: at the ideal exponent, or as close to it as prec digits allow
        if (exponent < ideal)
            exponent += TRY(strip_zeros(q, ideal - exponent));
        if (exponent > ideal || int_compare(q.get(), limits.top) >= 0 || exponent < limits.emin
            || exponent > limits.etop)
            return Value();
        return make_instance(c, Val::small_int(sign), q.get(), Val::small_int(exponent));
    }
    int cmp;
    if (int_compare(q.get(), limits.top) >= 0) {
        // one digit too many: the dropped digit and the (nonzero) remainder decide
        Value digit = TRY(int_binary(q.get(), Val::small_int(10), BinaryOp::Mod));
        q = TRY(int_binary(q.get(), Val::small_int(10), BinaryOp::FloorDiv));
        exponent += 1;
        int64_t dv = digit.get().small_int_value();
        cmp = dv > 5 ? 1 : dv < 5 ? -1 : 1;
    } else {
        Value twice = TRY(int_binary(r.get(), r.get(), BinaryOp::Add));
        cmp = int_compare(twice.get(), y.get());
    }
    Rounding rounding = rounding_of(get_slot(limits.context.get(), c->rounding));
    if (rounding == R_INVALID || exponent < limits.emin)  // below Emin the unrounded quotient may be subnormal
        return Value();
    if (TRY(round_up(rounding, sign, q.get(), cmp))) {
        q = TRY(int_binary(q.get(), Val::small_int(1), BinaryOp::Add));
        if (int_compare(q.get(), limits.top) == 0) {
            q = Value::borrow(TRY(pow10(limits.prec - 1)));
            exponent += 1;
        }
    }
    if (exponent > limits.etop || !set_flags(c, limits.context.get(), INEXACT | ROUNDED))
        return Value();
    return make_instance(c, Val::small_int(sign), q.get(), Val::small_int(exponent));
}

Result<Value> native_truediv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs == 2 && !kwnames ? find_exact(args[0].type()) : nullptr;
    if (c && c->context_type) {
        Value r = TRY(native_quotient(c, args));
        if (r)
            return r;
    }
    return fallback(OP_TRUEDIV, args, nargs, kwnames);
}

// quantize(exp, rounding=None, context=None) with the current context: a new exponent where the result is a normal
// number below the clamping limit with at most prec digits.
Result<Value> native_quantize(const Val* args, size_t nargs, TupleObject* kwnames)
{
    DecimalClass* c = nargs >= 2 ? find_exact(args[0].type()) : nullptr;
    if (!c || !c->context_type)
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    // the arguments: exp, then rounding and context by position or by name
    Val rounding_arg, context_arg;
    size_t nkw = kwnames ? size_t(kwnames->size) : 0;
    if (nargs > 4)
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    if (nargs >= 3)
        rounding_arg = args[2];
    if (nargs >= 4)
        context_arg = args[3];
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view name = kwnames->item(int64_t(i)).as<StrObject>()->view();
        if (name == "rounding" && !rounding_arg)
            rounding_arg = args[nargs + i];
        else if (name == "context" && !context_arg)
            context_arg = args[nargs + i];
        else
            return fallback(OP_QUANTIZE, args, nargs, kwnames);
    }
    if (context_arg && !context_arg.is(none()))
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    Val self = args[0], exp = args[1];
    if (!exp.is_object() || exp.type() != c->type || !is_false(get_slot(self, c->special))
        || !is_false(get_slot(exp, c->special)))
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    Val sign = get_slot(self, c->sign), self_exp = get_slot(self, c->exponent), coefficient = get_slot(self, c->coefficient);
    Val new_exp = get_slot(exp, c->exponent);
    if (!sign.is_small_int() || !self_exp.is_small_int() || !new_exp.is_small_int() || !is_int(coefficient)
        || int_sign(coefficient) < 0)
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    Limits limits;
    if (!TRY(read_limits(c, limits)))
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    Rounding rounding = rounding_of(rounding_arg && !rounding_arg.is(none()) ? rounding_arg
                                                                              : get_slot(limits.context.get(), c->rounding));
    int64_t e = new_exp.small_int_value();
    int64_t d = self_exp.small_int_value() - e;
    if (rounding == R_INVALID || e < limits.emin || e > limits.etop || d > MAX_DIGITS || d < -MAX_DIGITS)
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    if (d >= 0) {
        Value scaled = TRY(int_binary(coefficient, TRY(pow10(d)), BinaryOp::Mul));
        if (int_compare(scaled.get(), limits.top) < 0)
            return make_instance(c, sign, scaled.get(), new_exp);
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    }
    if (int_sign(coefficient) == 0)
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    Rounded rounded;
    if (!TRY(round_off(coefficient, -d, sign.small_int_value(), e, rounding, limits, rounded))
        || rounded.exponent != e || int_compare(rounded.q.get(), limits.top) >= 0
        || !set_flags(c, limits.context.get(), rounded.status))
        return fallback(OP_QUANTIZE, args, nargs, kwnames);
    return make_instance(c, sign, rounded.q.get(), new_exp);
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
        // big coefficients (or a big int): compare with big ints
        AnyFinite x, y;
        Value vx, vy, magnitude;
        int64_t exponent;
        if (!read_any(c, args[0], x))
            return fallback(op, args, nargs, kwnames);
        if (is_int(other) && other.type() == &g_int_type) {
            int s = int_sign(other);
            magnitude = s < 0 ? int_negate(other) : Value::borrow(other);
            y = { s < 0, 0, magnitude.get() };
        } else if (!read_any(c, other, y)) {
            return fallback(op, args, nargs, kwnames);
        }
        if (!TRY(align(x, y, vx, vy, exponent)))
            return fallback(op, args, nargs, kwnames);
        int r = int_compare(vx.get(), vy.get());
        bool result = op == OP_LT ? r < 0 : op == OP_LE ? r <= 0 : op == OP_GT ? r > 0 : op == OP_GE ? r >= 0
                    : op == OP_EQ ? r == 0 : r != 0;
        return bool_value(result);
    }
    int r = compare_finite(a, b);
    if (r == 2) {
        // exponents far apart: compare with big ints
        AnyFinite x, y;
        Value vx, vy;
        int64_t exponent;
        if (!read_any(c, args[0], x) || !read_any(c, other, y) || !TRY(align(x, y, vx, vy, exponent)))
            return fallback(op, args, nargs, kwnames);
        r = int_compare(vx.get(), vy.get());
    }
    bool result = op == OP_LT ? r < 0 : op == OP_LE ? r <= 0 : op == OP_GT ? r > 0 : op == OP_GE ? r >= 0
                : op == OP_EQ ? r == 0 : r != 0;
    return bool_value(result);
}

// Decimal(value) for an int or a plain ASCII string [sign]digits[.digits] (the class exactly, no context); the
// Python __new__ has every other case.
Result<Value> native_new(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs == 0 || !args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "Decimal.__new__(X): X is not a type object");
    DecimalClass* c = find_exact(args[0].as<TypeObject>());
    if (c && c->context_type && nargs == 2 && !kwnames) {
        Val v = args[1];
        if (v.is_small_int() || (v.is_object() && v.type() == &g_int_type)) {
            int s = int_sign(v);
            Value magnitude = s < 0 ? int_negate(v) : Value::borrow(v);
            return make_instance(c, Val::small_int(s < 0), magnitude.get(), Val::small_int(0));
        }
        if (is_str_exact(v)) {
            std::string_view text = v.as<StrObject>()->view();
            size_t i = 0;
            int64_t sign = 0;
            if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
                sign = text[0] == '-';
                i = 1;
            }
            std::string digits;
            int64_t fraction = -1;  // digits after the point, once one is seen
            bool plain = text.size() <= 4000;
            for (; plain && i < text.size(); ++i) {
                char ch = text[i];
                if (ch >= '0' && ch <= '9') {
                    digits += ch;
                    if (fraction >= 0)
                        ++fraction;
                } else if (ch == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    plain = false;
                }
            }
            if (plain && !digits.empty()) {
                Value coefficient = TRY(int_from_string(digits, 10));
                return make_instance(c, Val::small_int(sign), coefficient.get(),
                                     Val::small_int(fraction > 0 ? -fraction : 0));
            }
        }
    }
    DecimalClass* base = find_base(args[0].as<TypeObject>());
    if (!base || !base->context_type)
        return raise(&g_exc_TypeError, "Decimal.__new__(X): X is not a Decimal class");
    return call(base->fallback_new, args, nargs, kwnames);
}
const MethodDef s_new_def = { "__new__", native_new, METHOD_STATIC, "Create and return a new object." };

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
    { "quantize", native_quantize, METHOD_INSTANCE, "Round to the exponent of exp." },
    { "__truediv__", native_truediv, METHOD_INSTANCE, "Return self/value." },
};

// methods(cls, context_class, signals_class, context_get, fallbacks): {name: method_descriptor} for cls (registered
// by init()); fallbacks maps each name to the Python method that handles the other cases. Once per class.
Result<Value> helpers_methods(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 5 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "methods() takes exactly 5 arguments");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS) || !args[1].is_object()
        || !args[1].type()->has_flag(TYPE_TYPE_SUBCLASS) || !args[2].is_object()
        || !args[2].type()->has_flag(TYPE_TYPE_SUBCLASS) || !is_dict(args[4]))
        return raise(&g_exc_TypeError, "methods() takes three classes, a callable and a dict");
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
    size_t rounding = TRY(slot_offset(context_type, "rounding"));
    size_t flags = TRY(slot_offset(context_type, "_flags"));
    size_t traps = TRY(slot_offset(context_type, "_traps"));
    auto* signals_type = args[2].as<TypeObject>();
    size_t mask = TRY(slot_offset(signals_type, "_mask"));
    Val found[OP_COUNT];
    for (int op = 0; op < OP_COUNT; ++op) {
        found[op] = dict_get_str(args[4].as<DictObject>(), str_intern(s_op_names[op]));
        if (!found[op])
            return raise(&g_exc_TypeError, "methods(): no fallback for {}", s_op_names[op]);
    }
    Val fallback_new = dict_get_str(args[4].as<DictObject>(), str_intern("__new__"));
    if (!fallback_new)
        return raise(&g_exc_TypeError, "methods(): no fallback for __new__");
    Ref<DictObject> result = dict_new();
    TRY(dict_set(result.get(), Val(str_intern("__new__")), builtin_function_new(&s_new_def, Val(), Val()).get()));
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
    fallback_new.incref();
    c->fallback_new = fallback_new;
    args[1].incref();
    args[2].incref();
    args[3].incref();
    c->context_get = args[3];
    c->signals_type = signals_type;
    c->mask = mask;
    c->rounding = rounding;
    c->flags = flags;
    c->traps = traps;
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
