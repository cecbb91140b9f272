// float: boxed IEEE doubles with CPython's repr, hashing, comparison with ints, and arithmetic rules.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "support/c_locale.h"
#include "objects/float.h"
#include "objects/bytes.h"

#include "objects/args.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/int_object.h"
#include "objects/numformat.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/warnings.h"
#include "support/ascii.h"

#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ginger {

TypeObject g_float_type;

// ---- Allocation ----

// Freed exact floats wait here for reuse (CPython keeps a similar free list). The list is fed by
// float_free_memory(), which the generic dealloc must call instead of free_object_memory() for
// exact floats (the type's free_memory slot).
static constexpr int FREE_LIST_CAPACITY = 256;
static FloatObject* s_free_list[FREE_LIST_CAPACITY];
static int s_free_count = 0;

void float_free_memory(Object* object)
{
    if (object->type == &g_float_type && s_free_count < FREE_LIST_CAPACITY)
        s_free_list[s_free_count++] = static_cast<FloatObject*>(object);
    else
        free_object_memory(object);
}

Value float_from_double(double value)
{
    FloatObject* result;
    if (s_free_count > 0) [[likely]] {
        result = s_free_list[--s_free_count];
        result->refcount = 1;
    } else {
        result = static_cast<FloatObject*>(alloc_object(&g_float_type));
        if (!result)
            out_of_memory();
    }
    result->value = value;
    return Value::adopt(Val(result));
}

// An instance of `type` (float or a subclass) holding `value`.
static Result<Value> float_new_of_type(TypeObject* type, double value)
{
    if (type == &g_float_type)
        return float_from_double(value);
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    static_cast<FloatObject*>(object)->value = value;
    return Value::adopt(Val(object));
}

bool is_float(Val v)
{
    if (!v.is_object())
        return false;
    TypeObject* type = v.object()->type;
    return type == &g_float_type || is_subtype(type, &g_float_type);
}

Result<bool> to_double(Val v, double& out)
{
    if (v.is_small_int()) [[likely]] {
        out = double(v.small_int_value());
        return true;
    }
    if (is_float(v)) {
        out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        out = TRY(int_to_double(v));
        return true;
    }
    return false;
}

Result<double> float_as_double(Val v)
{
    if (v.is_small_int()) [[likely]]
        return double(v.small_int_value());
    if (is_float(v))
        return float_value(v);
    TypeObject* type = v.type();
    if (type == &g_int_type)
        return int_to_double(v);
    if (type->to_float) {
        Value result = TRY(type->to_float(v));
        if (!is_float(result))
            return raise(&g_exc_TypeError, "{}.__float__ returned non-float (type {})", type->type_name(),
                         result.type()->type_name());
        return float_value(result);
    }
    if (type->index) {
        Value result = TRY(number_index(v));
        return int_to_double(result);
    }
    return raise(&g_exc_TypeError, "must be real number, not {}", type->type_name());
}

// ---- repr and hash ----

std::string float_repr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    std::string text = double_to_text(std::fabs(value), 'r', 0, false, true);
    if (std::signbit(value))
        text.insert(text.begin(), '-');
    return text;
}

// CPython's numeric hash: |x| mod 2**61 - 1 for the exact rational value of x (2**-1 being the
// inverse of 2 modulo that prime), with the sign of x; inf hashes to +-314159. NaN is hashed by
// identity in the slot, as CPython 3.12 does.
int64_t float_hash(double value)
{
    constexpr uint64_t MODULUS = (uint64_t(1) << 61) - 1;
    if (std::isinf(value))
        return value > 0 ? 314159 : -314159;
    if (std::isnan(value) || value == 0.0)
        return 0;
    int exponent;
    double fraction = std::frexp(std::fabs(value), &exponent);
    uint64_t mantissa = uint64_t(std::ldexp(fraction, 53));  // |value| = mantissa * 2**(exponent - 53)
    exponent -= 53;
    int shift = ((exponent % 61) + 61) % 61;  // 2**61 == 1 (mod MODULUS): multiplying is rotating
    uint64_t h = mantissa % MODULUS;
    if (shift)
        h = ((h << shift) & MODULUS) | (h >> (61 - shift));
    int64_t result = int64_t(h);
    if (value < 0)
        result = -result;
    return result == -1 ? -2 : result;
}

// ---- Arithmetic ----

static bool is_odd_integer(double v) { return std::fmod(std::fabs(v), 2.0) == 1.0; }

static Error raise_range_error()
{
    Value message = Value(str_from_ascii("Numerical result out of range"));
    return raise_with_args(&g_exc_OverflowError, { Val::small_int(34), message });
}

// x ** y as CPython's float_pow: C99 pow() with Python's error reporting.
static Result<Value> float_pow(double x, double y)
{
    if (y == 0)
        return float_from_double(1.0);
    if (std::isnan(x))
        return float_from_double(x);
    if (std::isnan(y))
        return float_from_double(x == 1.0 ? 1.0 : y);
    if (std::isinf(y)) {
        double magnitude = std::fabs(x);
        if (magnitude == 1.0)
            return float_from_double(1.0);
        if ((y > 0) == (magnitude > 1.0))
            return float_from_double(std::fabs(y));
        return float_from_double(0.0);
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0)
            return float_from_double(odd ? x : std::fabs(x));
        return float_from_double(odd ? std::copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return raise(&g_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        // A negative number to a fractional power has a complex result, as in CPython.
        if (y != std::floor(y))
            return complex_power(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return float_from_double(negate ? -1.0 : 1.0);
    double result = std::pow(x, y);
    if (std::isinf(result))
        return raise_range_error();
    return float_from_double(negate ? -result : result);
}

// Python's floor division and modulo for floats (CPython's float_divmod).
static void float_floor_divmod(double x, double y, double& floordiv, double& mod)
{
    mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
}

Result<Value> float_binary(double a, double b, BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add:
        return float_from_double(a + b);
    case BinaryOp::Sub:
        return float_from_double(a - b);
    case BinaryOp::Mul:
        return float_from_double(a * b);
    case BinaryOp::TrueDiv:
        if (b == 0.0)
            return raise(&g_exc_ZeroDivisionError, "float division by zero");
        return float_from_double(a / b);
    case BinaryOp::FloorDiv: {
        if (b == 0.0)
            return raise(&g_exc_ZeroDivisionError, "float floor division by zero");
        double floordiv, mod;
        float_floor_divmod(a, b, floordiv, mod);
        return float_from_double(floordiv);
    }
    case BinaryOp::Mod: {
        if (b == 0.0)
            return raise(&g_exc_ZeroDivisionError, "float modulo");
        double mod = std::fmod(a, b);
        if (mod != 0) {
            if ((b < 0) != (mod < 0))
                mod += b;
        } else {
            mod = std::copysign(0.0, b);
        }
        return float_from_double(mod);
    }
    case BinaryOp::Pow:
        return float_pow(a, b);
    default:
        return Value::borrow(not_implemented());
    }
}

template<BinaryOp op>
static Result<Value> float_binary_slot(Val a, Val b)
{
    if (is_float_exact(a) && is_float_exact(b)) [[likely]]
        return float_binary(float_value(a), float_value(b), op);
    double x, y;
    if (!TRY(to_double(a, x)) || !TRY(to_double(b, y)))
        return Value::borrow(not_implemented());
    return float_binary(x, y, op);
}

// ---- Parsing ----

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static bool equals_ignore_case(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((text[i] | 0x20) != word[i])
            return false;
    }
    return true;
}

// Appends the digits of a digit part ("1_000"), underscores removed; false if it is not one.
static bool take_digit_part(std::string_view text, size_t& i, std::string& out)
{
    size_t start = i;
    while (i < text.size()) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            out += c;
            ++i;
        } else if (c == '_' && i > start && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
            ++i;
        } else {
            break;
        }
    }
    return i > start;
}

// Parses the text of float(str): a decimal literal (underscores allowed between digits), or
// inf/infinity/nan in any case; surrounding whitespace is ignored. Sets `ok` to false if invalid.
static double parse_float_text(std::string_view text, bool& ok)
{
    ok = false;
    size_t i = 0, end = text.size();
    while (i < end && is_space(text[i]))
        ++i;
    while (end > i && is_space(text[end - 1]))
        --end;
    text = text.substr(i, end - i);
    i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    std::string_view rest = text.substr(i);
    if (equals_ignore_case(rest, "inf") || equals_ignore_case(rest, "infinity")) {
        ok = true;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (equals_ignore_case(rest, "nan")) {
        ok = true;
        return negative ? -NAN : NAN;
    }
    std::string clean;
    if (negative)
        clean += '-';
    bool whole = take_digit_part(text, i, clean);
    bool fraction = false;
    if (i < text.size() && text[i] == '.') {
        clean += '.';
        ++i;
        fraction = take_digit_part(text, i, clean);
    }
    if (!whole && !fraction)
        return 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        clean += 'e';
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            clean += text[i++];
        if (!take_digit_part(text, i, clean))
            return 0;
    }
    if (i != text.size())
        return 0;
    ok = true;
    return strtod_c(clean.c_str(), nullptr);  // correctly rounded; inf on overflow, 0 on underflow
}

Result<Value> float_from_string(std::string_view text)
{
    bool ok;
    double value;
    bool ascii = true;
    for (unsigned char c : text)
        ascii &= c < 0x80;
    if (ascii)
        value = parse_float_text(text, ok);
    else
        value = parse_float_text(numeric_text_to_ascii(text), ok);
    if (!ok) {
        Ref<StrObject> s = str_from_utf8(text);
        return raise(&g_exc_ValueError, "could not convert string to float: {!r}", s.get());
    }
    return float_from_double(value);
}

// ---- Slots ----

static Result<Value> float_repr_slot(Val self) { return Value(str_from_ascii(float_repr(float_value(self)))); }

static Result<int64_t> float_hash_slot(Val self)
{
    double value = float_value(self);
    if (std::isnan(value)) [[unlikely]] {
        uint64_t bits = self.bits();
        int64_t h = int64_t((bits >> 4) | (bits << 60));
        return h == -1 ? -2 : h;
    }
    return float_hash(value);
}

static Result<Value> float_richcompare(Val self, Val other, CompareOp op)
{
    double x = float_value(self);
    int c;
    if (is_float(other)) {
        double y = float_value(other);
        c = std::isnan(x) || std::isnan(y) ? 2 : (x > y) - (x < y);
    } else if (is_int(other)) {
        c = int_compare_double(other, x);
        if (c != 2)
            c = -c;
    } else {
        return Value::borrow(not_implemented());
    }
    bool result = false;
    switch (op) {
    case CompareOp::Lt: result = c == -1; break;
    case CompareOp::Le: result = c == -1 || c == 0; break;
    case CompareOp::Eq: result = c == 0; break;
    case CompareOp::Ne: result = c != 0; break;
    case CompareOp::Gt: result = c == 1; break;
    case CompareOp::Ge: result = c == 1 || c == 0; break;
    }
    return bool_value(result);
}

static Result<Value> float_negative(Val self) { return float_from_double(-float_value(self)); }
static Result<Value> float_positive(Val self)
{
    if (is_float_exact(self))
        return Value::borrow(self);
    return float_from_double(float_value(self));
}
static Result<Value> float_absolute(Val self) { return float_from_double(std::fabs(float_value(self))); }
static Result<bool> float_to_bool(Val self) { return float_value(self) != 0.0; }
static Result<Value> float_to_int(Val self) { return int_from_double(float_value(self)); }

static Result<Value> float_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Keywords are refused unless a subclass's own __init__ takes them (CPython's rule).
    if (kwnames && kwnames->size && (type == &g_float_type || type->init == g_float_type.init))
        return raise(&g_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "float expected at most 1 argument, got {}", nargs);
    if (nargs == 0)
        return float_new_of_type(type, 0.0);
    Val x = args[0];
    if (is_float_exact(x)) {
        if (type == &g_float_type)
            return Value::borrow(x);
        return float_new_of_type(type, float_value(x));
    }
    // An exact str is parsed; a str subclass's __float__ comes first (CPython's PyNumber_Float).
    if (is_str_exact(x) || (is_str(x) && !x.type()->to_float && !x.type()->index)) {
        Value result = TRY(float_from_string(x.as<StrObject>()->view()));
        if (type == &g_float_type)
            return result;
        return float_new_of_type(type, float_value(result));
    }
    TypeObject* x_type = x.type();
    double value;
    std::string_view bytes;
    if (!x_type->to_float && !x_type->index && bytes_like_view(x, bytes)) {
        // float(b"1.5"): bytes are parsed as ASCII text; the error shows the bytes object.
        bool ascii = true;
        for (unsigned char c : bytes)
            ascii &= c < 0x80;
        bool ok = false;
        value = ascii ? parse_float_text(bytes, ok) : 0.0;
        if (!ok)
            return raise(&g_exc_ValueError, "could not convert string to float: {!r}", x);
        return float_new_of_type(type, value);
    }
    if (x_type->to_float) {
        Value result = TRY(x_type->to_float(x));
        if (!is_float(result))
            return raise(&g_exc_TypeError, "{}.__float__ returned non-float (type {})", x_type->type_name(),
                         result.type()->type_name());
        if (!is_float_exact(result))
            TRY(warn(&g_exc_DeprecationWarning, format_message("{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", { x_type->type_name(), result.type()->type_name() })));
        value = float_value(result);
    } else if (x_type->index) {
        Value result = TRY(number_index(x));
        value = TRY(int_to_double(result));
    } else {
        return raise(&g_exc_TypeError, "float() argument must be a string or a real number, not '{}'",
                     x_type->type_name());
    }
    return float_new_of_type(type, value);
}

static Result<Value> float_to_float(Val self) { return float_positive(self); }

// ---- Methods ----

static Result<Value> float_is_integer(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_integer", nargs - 1, kwnames, 0, 0));
    double x = float_value(args[0]);
    return bool_value(std::isfinite(x) && std::floor(x) == x);
}

static Result<Value> float_as_integer_ratio(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("as_integer_ratio", nargs - 1, kwnames, 0, 0));
    double x = float_value(args[0]);
    if (std::isnan(x))
        return raise(&g_exc_ValueError, "cannot convert NaN to integer ratio");
    if (std::isinf(x))
        return raise(&g_exc_OverflowError, "cannot convert Infinity to integer ratio");
    int exponent;
    double fraction = std::frexp(x, &exponent);
    // Scale the fraction to an integer; the power of two left over goes to one side.
    for (int i = 0; i < 300 && fraction != std::floor(fraction); ++i) {
        fraction *= 2.0;
        --exponent;
    }
    Mpz numerator, denominator;
    mpz_set_d(numerator, fraction);
    mpz_set_ui(denominator, 1);
    if (exponent > 0)
        mpz_mul_2exp(numerator, numerator, mp_bitcnt_t(exponent));
    else
        mpz_mul_2exp(denominator, denominator, mp_bitcnt_t(-exponent));
    Value n = int_from_mpz(numerator);
    Value d = int_from_mpz(denominator);
    return Value(tuple_of({ n, d }));
}

static Result<Value> float_conjugate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("conjugate", nargs - 1, kwnames, 0, 0));
    return float_positive(args[0]);
}

static Result<Value> float_trunc(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__trunc__", nargs - 1, kwnames, 0, 0));
    return int_from_double(float_value(args[0]));
}

static Result<Value> float_floor(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__floor__", nargs - 1, kwnames, 0, 0));
    return int_from_double(std::floor(float_value(args[0])));
}

static Result<Value> float_ceil(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__ceil__", nargs - 1, kwnames, 0, 0));
    return int_from_double(std::ceil(float_value(args[0])));
}

// round(x, ndigits) with ndigits < 0: x rounded (ties to even, on its exact value) to a multiple of
// 10**-ndigits, then correctly rounded back to a double.
static Result<double> round_to_tens(double x, int64_t power)
{
    int exponent;
    double fraction = std::frexp(std::fabs(x), &exponent);
    Mpz numerator, denominator, scale, quotient, remainder;
    mpz_set_d(numerator, std::ldexp(fraction, 53));
    exponent -= 53;
    mpz_set_ui(denominator, 1);
    if (exponent > 0)
        mpz_mul_2exp(numerator, numerator, mp_bitcnt_t(exponent));
    else
        mpz_mul_2exp(denominator, denominator, mp_bitcnt_t(-exponent));
    mpz_ui_pow_ui(scale, 10, uint64_t(power));
    mpz_mul(denominator, denominator, scale);
    mpz_fdiv_qr(quotient, remainder, numerator, denominator);
    mpz_mul_2exp(remainder, remainder, 1);
    int c = mpz_cmp(remainder, denominator);
    if (c > 0 || (c == 0 && mpz_odd_p(quotient)))
        mpz_add_ui(quotient, quotient, 1);
    mpz_mul(quotient, quotient, scale);
    double result;
    if (!mpz_scaled_to_double(quotient, false, 0, result))
        return raise(&g_exc_OverflowError, "rounded value too large to represent");
    return std::copysign(result, x);
}

static Result<Value> float_round(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__round__", nargs - 1, kwnames, 0, 1));
    double x = float_value(args[0]);
    if (nargs < 2 || is_none(args[1])) {
        // Ties to even, as the default rounding mode does.
        return int_from_double(std::nearbyint(x));
    }
    Value ndigits_value = TRY(number_index(args[1]));
    int64_t ndigits;
    if (!int_to_int64(ndigits_value, ndigits))
        ndigits = int_sign(ndigits_value) > 0 ? INT64_MAX : INT64_MIN;
    // Beyond these, every double is unchanged or rounds to zero (CPython's NDIGITS_MAX / NDIGITS_MIN).
    constexpr int64_t NDIGITS_MAX = 323, NDIGITS_MIN = -308;
    if (ndigits > NDIGITS_MAX || !std::isfinite(x) || x == 0.0)
        return float_from_double(x);
    if (ndigits < NDIGITS_MIN)
        return float_from_double(0.0 * x);
    if (ndigits >= 0) {
        std::string text = double_to_text(std::fabs(x), 'f', ndigits, false, false);
        double result = strtod_c(text.c_str(), nullptr);
        return float_from_double(std::copysign(result, x));
    }
    return float_from_double(TRY(round_to_tens(x, -ndigits)));
}

static Result<Value> float_format_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__format__", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__format__() argument must be str, not {}", args[1].type()->type_name());
    StrObject* spec = args[1].as<StrObject>();
    if (spec->length == 0)
        return object_str(args[0]);
    return float_format(float_value(args[0]), spec);
}

static Result<Value> float_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getnewargs__", nargs - 1, kwnames, 0, 0));
    Value value = float_from_double(float_value(args[0]));
    return Value(tuple_of({ value }));
}

static Result<Value> float_divmod_pair(double x, double y)
{
    if (y == 0.0)
        return raise(&g_exc_ZeroDivisionError, "float divmod()");
    double floordiv, mod;
    float_floor_divmod(x, y, floordiv, mod);
    Value q = float_from_double(floordiv), r = float_from_double(mod);
    return Value(tuple_of({ q, r }));
}

static Result<Value> float_divmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__divmod__", nargs - 1, kwnames, 1, 1));
    double x = float_value(args[0]), y;
    if (!TRY(to_double(args[1], y)))
        return Value::borrow(not_implemented());
    return float_divmod_pair(x, y);
}

static Result<Value> float_rdivmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__rdivmod__", nargs - 1, kwnames, 1, 1));
    double y = float_value(args[0]), x;
    if (!TRY(to_double(args[1], x)))
        return Value::borrow(not_implemented());
    return float_divmod_pair(x, y);
}

// float.hex(): "[-]0x1.<13 hex digits>p<exponent>", subnormals as 0x0.<digits>p-1022.
static Result<Value> float_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("hex", nargs - 1, kwnames, 0, 0));
    double x = float_value(args[0]);
    if (std::isnan(x) || std::isinf(x))
        return Value(str_from_ascii(float_repr(x)));
    std::string out = std::signbit(x) ? "-" : "";
    if (x == 0.0)
        return Value(str_from_ascii(out + "0x0.0p+0"));
    uint64_t bits = std::bit_cast<uint64_t>(x);
    int biased = int((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((uint64_t(1) << 52) - 1);
    int exponent = biased == 0 ? -1022 : biased - 1023;
    char buffer[48];
    snprintf(buffer, sizeof buffer, "0x%d.%013llxp%+d", biased == 0 ? 0 : 1, static_cast<unsigned long long>(fraction),
             exponent);
    return Value(str_from_ascii(out + buffer));
}

// float.fromhex(s): [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]).
static Result<Value> float_fromhex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fromhex", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "descriptor 'fromhex' for 'float' objects doesn't apply to a '{}' object",
                     args[1].type()->type_name());
    std::string_view text = args[1].as<StrObject>()->view();
    auto invalid = [] { return raise(&g_exc_ValueError, "invalid hexadecimal floating-point string"); };
    size_t i = 0, end = text.size();
    while (i < end && is_space(text[i]))
        ++i;
    while (end > i && is_space(text[end - 1]))
        --end;
    bool negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    std::string_view rest = text.substr(i, end - i);
    double value;
    if (equals_ignore_case(rest, "inf") || equals_ignore_case(rest, "infinity")) {
        value = HUGE_VAL;
    } else if (equals_ignore_case(rest, "nan")) {
        value = NAN;
    } else {
        if (i + 1 < end && text[i] == '0' && (text[i + 1] | 0x20) == 'x')
            i += 2;
        std::string digits;
        int64_t fraction_digits = 0;
        while (i < end && hex_digit_value(text[i]) >= 0)
            digits += text[i++];
        if (i < end && text[i] == '.') {
            ++i;
            while (i < end && hex_digit_value(text[i]) >= 0) {
                digits += text[i++];
                ++fraction_digits;
            }
        }
        if (digits.empty())
            return invalid();
        int64_t exponent = 0;
        if (i < end && (text[i] | 0x20) == 'p') {
            ++i;
            bool negative_exponent = false;
            if (i < end && (text[i] == '+' || text[i] == '-'))
                negative_exponent = text[i++] == '-';
            size_t start = i;
            while (i < end && text[i] >= '0' && text[i] <= '9') {
                if (exponent < (int64_t(1) << 40))
                    exponent = exponent * 10 + (text[i] - '0');
                ++i;
            }
            if (i == start)
                return invalid();
            if (negative_exponent)
                exponent = -exponent;
        }
        if (i != end)
            return invalid();
        Mpz mantissa;
        VERIFY(mpz_set_str(mantissa, digits.c_str(), 16) == 0);
        if (!mpz_scaled_to_double(mantissa, false, exponent - 4 * fraction_digits, value))
            return raise(&g_exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (negative)
        value = -value;
    Val cls = args[0];
    if (cls.as<TypeObject>() == &g_float_type)
        return float_from_double(value);
    Value result = float_from_double(value);
    return call(cls, { Val(result) });
}

static Result<Value> float_get_real(Val self) { return float_positive(self); }
static Result<Value> float_get_imag(Val) { return float_from_double(0.0); }

// float.__getformat__('double' | 'float'): how the machine stores them (always IEEE little-endian here).
static Result<Value> float_getformat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getformat__", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__getformat__() argument must be str, not {}", args[1].type()->type_name());
    std::string_view kind = args[1].as<StrObject>()->view();
    if (kind != "double" && kind != "float")
        return raise(&g_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return Value(str_intern("IEEE, little-endian"));
}

static const MethodDef s_float_methods[] = {
    { "__getformat__", float_getformat, METHOD_CLASS, "You probably don't want to use this function." },
    { "is_integer", float_is_integer, METHOD_INSTANCE, "Return True if the float is an integer." },
    { "as_integer_ratio", float_as_integer_ratio, METHOD_INSTANCE, "Return a pair of integers, whose ratio is exactly equal to the original float." },
    { "conjugate", float_conjugate, METHOD_INSTANCE, "Return self, the complex conjugate of any float." },
    { "hex", float_hex, METHOD_INSTANCE, "Return a hexadecimal representation of a floating-point number." },
    { "fromhex", float_fromhex, METHOD_CLASS, "Create a floating-point number from a hexadecimal string." },
    { "__trunc__", float_trunc, METHOD_INSTANCE, "Return the Integral closest to x between 0 and x." },
    { "__floor__", float_floor, METHOD_INSTANCE, "Return the floor as an Integral." },
    { "__ceil__", float_ceil, METHOD_INSTANCE, "Return the ceiling as an Integral." },
    { "__round__", float_round, METHOD_INSTANCE, "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)." },
    { "__format__", float_format_method, METHOD_INSTANCE, "Formats the float according to format_spec." },
    { "__getnewargs__", float_getnewargs, METHOD_INSTANCE, nullptr },
    { "__divmod__", float_divmod, METHOD_INSTANCE, "Return divmod(self, value)." },
    { "__rdivmod__", float_rdivmod, METHOD_INSTANCE, "Return divmod(value, self)." },
    {},
};

static const GetSetDef s_float_getsets[] = {
    { "real", float_get_real, nullptr, "the real part of a complex number" },
    { "imag", float_get_imag, nullptr, "the imaginary part of a complex number" },
    {},
};

void init_float_type()
{
    type_init_static(g_float_type, "float", sizeof(FloatObject), &g_object_type, TYPE_BASETYPE);
    g_float_type.repr = float_repr_slot;
    g_float_type.free_memory = float_free_memory;
    g_float_type.hash = float_hash_slot;
    g_float_type.richcompare = float_richcompare;
    g_float_type.new_instance = float_new;
    g_float_type.to_bool = float_to_bool;
    g_float_type.negative = float_negative;
    g_float_type.positive = float_positive;
    g_float_type.absolute = float_absolute;
    g_float_type.to_int = float_to_int;
    g_float_type.to_float = float_to_float;
    g_float_type.binary[int(BinaryOp::Add)] = float_binary_slot<BinaryOp::Add>;
    g_float_type.binary[int(BinaryOp::Sub)] = float_binary_slot<BinaryOp::Sub>;
    g_float_type.binary[int(BinaryOp::Mul)] = float_binary_slot<BinaryOp::Mul>;
    g_float_type.binary[int(BinaryOp::TrueDiv)] = float_binary_slot<BinaryOp::TrueDiv>;
    g_float_type.binary[int(BinaryOp::FloorDiv)] = float_binary_slot<BinaryOp::FloorDiv>;
    g_float_type.binary[int(BinaryOp::Mod)] = float_binary_slot<BinaryOp::Mod>;
    g_float_type.binary[int(BinaryOp::Pow)] = float_binary_slot<BinaryOp::Pow>;
    g_float_type.methods = s_float_methods;
    g_float_type.getsets = s_float_getsets;
    g_float_type.doc = "Convert a string or number to a floating point number, if possible.";
}

}  // namespace ginger
