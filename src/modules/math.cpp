// The math module: C doubles for the real functions (with CPython 3.12's error rules: ValueError "math
// domain error", OverflowError "math range error"), GMP for the exact integer ones (isqrt, factorial,
// comb, perm, gcd, lcm), and exact summation for fsum and sumprod.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int_object.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

namespace ginger {

namespace {

Error domain_error() { return raise(&g_exc_ValueError, "math domain error"); }
Error range_error() { return raise(&g_exc_OverflowError, "math range error"); }

// Argument count checks worded as CPython's math functions word them: one-argument functions say
// "math.sqrt() takes exactly one argument (2 given)", two-argument ones "atan2 expected 2 arguments, got 1".
Result<void> check_one(const char* qualified_name, size_t nargs, TupleObject* kwnames)
{
    return check_positional(qualified_name, nargs, kwnames, 1, 1);
}

Result<void> check_count(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "math.{}() takes no keyword arguments", name);
    return check_positional(name, nargs, nullptr, min, max);
}

// Argument Clinic-style binding for the functions with keyword parameters (isclose, nextafter, prod):
// the first `positional_only` names cannot be given by keyword, names from `max_positional` on are
// keyword-only, and the first `required` are required.
Result<void> bind_clinic(const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                         std::initializer_list<const char*> names, size_t positional_only, size_t max_positional,
                         size_t required, Val* out)
{
    size_t count = names.size();
    size_t keyword_count = kwnames ? size_t(kwnames->size) : 0;
    for (size_t i = 0; i < count; ++i)
        out[i] = Val();
    if (nargs + keyword_count > count)
        return raise(&g_exc_TypeError, "{}() takes at most {} argument{} ({} given)", name, count, count == 1 ? "" : "s",
                     nargs + keyword_count);
    if (nargs > max_positional || nargs < positional_only) {
        return raise(&g_exc_TypeError, "{}() takes {} {} positional argument{} ({} given)", name,
                     required == max_positional ? "exactly" : (nargs < positional_only ? "at least" : "at most"),
                     nargs < positional_only ? positional_only : max_positional,
                     (nargs < positional_only ? positional_only : max_positional) == 1 ? "" : "s", nargs);
    }
    for (size_t i = 0; i < nargs; ++i)
        out[i] = args[i];
    const char* unknown = nullptr;
    for (size_t k = 0; k < keyword_count; ++k) {
        std::string_view key = kwnames->item(int64_t(k)).as<StrObject>()->view();
        size_t index = 0;
        bool found = false;
        for (const char* candidate : names) {
            if (index >= positional_only && key == candidate) {
                found = true;
                break;
            }
            ++index;
        }
        if (!found) {
            if (!unknown)
                unknown = kwnames->item(int64_t(k)).as<StrObject>()->view().data();
            continue;
        }
        if (out[index])
            return raise(&g_exc_TypeError, "argument for {}() given by name ('{}') and position ({})", name, key,
                         index + 1);
        out[index] = args[nargs + k];
    }
    for (size_t i = 0; i < required; ++i) {
        if (!out[i])
            return raise(&g_exc_TypeError, "{}() missing required argument '{}' (pos {})", name, names.begin()[i], i + 1);
    }
    if (unknown)
        return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", unknown, name);
    return {};
}

// CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite one is a
// range error for functions that can overflow (exp, cosh), else a domain error (atanh(1), log1p(-1)).
// A template so that each function's body is inlined into its wrapper.
template<double (*FUNCTION)(double), bool CAN_OVERFLOW>
Result<Value> math_1(const char* qualified_name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size)) [[unlikely]]
        TRY(check_one(qualified_name, nargs, kwnames));
    Val x = args[0];
    double value = is_float(x) ? float_value(x) : TRY(float_as_double(x));
    double result = FUNCTION(value);
    if (!std::isfinite(result)) [[unlikely]] {
        if (std::isnan(result) && !std::isnan(value))
            return domain_error();
        if (std::isinf(result) && std::isfinite(value))
            return CAN_OVERFLOW ? range_error() : domain_error();
    }
    return float_from_double(result);
}

#define MATH_1(name, function, can_overflow, doc_text)                                      \
    double c_##name(double v) { return function(v); }                                       \
    Result<Value> math_##name(const Val* args, size_t nargs, TupleObject* kwnames)         \
    {                                                                                       \
        return math_1<c_##name, can_overflow>("math." #name, args, nargs, kwnames);         \
    }

MATH_1(acos, std::acos, false, "")
MATH_1(acosh, std::acosh, false, "")
MATH_1(asin, std::asin, false, "")
MATH_1(asinh, std::asinh, false, "")
MATH_1(atan, std::atan, false, "")
MATH_1(atanh, std::atanh, false, "")
MATH_1(cbrt, std::cbrt, false, "")
MATH_1(cos, std::cos, false, "")
MATH_1(cosh, std::cosh, true, "")
MATH_1(erf, std::erf, false, "")
MATH_1(erfc, std::erfc, false, "")
MATH_1(exp, std::exp, true, "")
MATH_1(exp2, std::exp2, true, "")
MATH_1(expm1, std::expm1, true, "")
MATH_1(fabs, std::fabs, false, "")
MATH_1(log1p, std::log1p, false, "")
MATH_1(sin, std::sin, false, "")
MATH_1(sinh, std::sinh, true, "")
MATH_1(sqrt, std::sqrt, false, "")
MATH_1(tan, std::tan, false, "")
MATH_1(tanh, std::tanh, false, "")

// gamma and lgamma: poles at zero and the negative integers are domain errors.
// FIXME: CPython computes these with its own Lanczos approximation; the C library's may differ in the
// last bits.
Result<Value> math_gamma(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.gamma", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    if (std::isnan(x) || x == INFINITY)
        return float_from_double(x);
    if (x == -INFINITY || (x <= 0 && x == std::floor(x)))
        return domain_error();
    double result = std::tgamma(x);
    if (std::isinf(result))
        return range_error();
    return float_from_double(result);
}

Result<Value> math_lgamma(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.lgamma", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    if (std::isnan(x))
        return float_from_double(x);
    if (std::isinf(x))
        return float_from_double(INFINITY);
    if (x <= 0 && x == std::floor(x))
        return domain_error();
    int sign;
    double result = lgamma_r(x, &sign);
    if (std::isinf(result))
        return range_error();
    return float_from_double(result);
}

Result<Value> math_degrees(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.degrees", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    return float_from_double(x * (180.0 / M_PI));
}

Result<Value> math_radians(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.radians", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    return float_from_double(x * (M_PI / 180.0));
}

Result<Value> math_isfinite(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.isfinite", nargs, kwnames));
    return bool_value(std::isfinite(TRY(float_as_double(args[0]))));
}

Result<Value> math_isinf(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.isinf", nargs, kwnames));
    return bool_value(std::isinf(TRY(float_as_double(args[0]))));
}

Result<Value> math_isnan(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.isnan", nargs, kwnames));
    return bool_value(std::isnan(TRY(float_as_double(args[0]))));
}

// ceil, floor and trunc return ints: exact floats directly, other types through their __ceil__ (etc.),
// and types without one through float conversion (trunc requires __trunc__).
Result<Value> rounding(Val x, StrObject* special, double (*function)(double))
{
    if (is_float_exact(x))
        return int_from_double(function(float_value(x)));
    if (is_int(x))
        return int_exact(x);
    Value result = TRY(call_special(x, special, {}));
    if (result)
        return result;
    double value = TRY(float_as_double(x));
    return int_from_double(function(value));
}

Result<Value> math_ceil(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.ceil", nargs, kwnames));
    return rounding(args[0], NAME_OF(__ceil__), [](double v) { return std::ceil(v); });
}

Result<Value> math_floor(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.floor", nargs, kwnames));
    return rounding(args[0], NAME_OF(__floor__), [](double v) { return std::floor(v); });
}

Result<Value> math_trunc(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.trunc", nargs, kwnames));
    Val x = args[0];
    if (is_float_exact(x))
        return int_from_double(std::trunc(float_value(x)));
    if (is_int(x))
        return int_exact(x);
    Value result = TRY(call_special(x, NAME_OF(__trunc__), {}));
    if (!result)
        return raise(&g_exc_TypeError, "type {} doesn't define __trunc__ method", x.type()->type_name());
    return result;
}

// ---- logarithms ----

// A positive big int as m * 2**e with m in [0.5, 1), m correctly rounded (CPython's _PyLong_Frexp).
double big_frexp(Val x, int64_t& exponent)
{
    MpzView n(x);
    size_t bits = mpz_sizeinbase(n, 2);
    Mpz top;
    bool sticky = false;
    if (bits > 64) {
        mpz_tdiv_q_2exp(top, n, bits - 64);
        sticky = mpz_scan1(n, 0) < bits - 64;
    } else {
        mpz_mul_2exp(top, n, 64 - bits);
    }
    double mantissa = 0;
    mpz_scaled_to_double(top, sticky, -64, mantissa);
    exponent = int64_t(bits);
    if (mantissa == 1.0) {
        mantissa = 0.5;
        ++exponent;
    }
    return mantissa;
}

// log, log2 and log10 of any positive number: ints too large for a double go through their binary
// exponent (CPython's loghelper).
Result<double> log_helper(Val x, double (*function)(double))
{
    if (is_int(x) && !x.is_small_int()) {
        if (int_sign(x) <= 0)
            return domain_error();
        Result<double> converted = int_to_double(x);
        if (!converted.is_error())
            return function(converted.release_value());
        if (!error_matches(&g_exc_OverflowError))
            return Error {};
        clear_error();
        int64_t exponent;
        double mantissa = big_frexp(x, exponent);
        return function(mantissa) + function(2.0) * double(exponent);
    }
    double value = TRY(float_as_double(x));
    if (std::isfinite(value)) {
        if (value > 0)
            return function(value);
        return domain_error();
    }
    if (std::isnan(value) || value > 0)
        return value;
    return domain_error();
}

Result<Value> math_log(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("log", nargs, kwnames, 1, 2));
    double num = TRY(log_helper(args[0], [](double v) { return std::log(v); }));
    if (nargs == 1)
        return float_from_double(num);
    double den = TRY(log_helper(args[1], [](double v) { return std::log(v); }));
    if (den == 0)
        return raise(&g_exc_ZeroDivisionError, "float division by zero");
    return float_from_double(num / den);
}

Result<Value> math_log2(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.log2", nargs, kwnames));
    return float_from_double(TRY(log_helper(args[0], [](double v) { return std::log2(v); })));
}

Result<Value> math_log10(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.log10", nargs, kwnames));
    return float_from_double(TRY(log_helper(args[0], [](double v) { return std::log10(v); })));
}

// ---- two-argument functions ----

Result<Value> math_pow(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("pow", nargs, kwnames, 2, 2));
    double x = TRY(float_as_double(args[0]));
    double y = TRY(float_as_double(args[1]));
    double result = std::pow(x, y);
    // C99's pow already gives Python's answers for infinite and NaN arguments.
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(result))
            return domain_error();
        if (std::isinf(result))
            return x == 0 ? domain_error() : range_error();
    }
    return float_from_double(result);
}

Result<Value> math_atan2(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("atan2", nargs, kwnames, 2, 2));
    double y = TRY(float_as_double(args[0]));
    double x = TRY(float_as_double(args[1]));
    return float_from_double(std::atan2(y, x));
}

Result<Value> math_copysign(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("copysign", nargs, kwnames, 2, 2));
    double x = TRY(float_as_double(args[0]));
    double y = TRY(float_as_double(args[1]));
    return float_from_double(std::copysign(x, y));
}

Result<Value> math_fmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("fmod", nargs, kwnames, 2, 2));
    double x = TRY(float_as_double(args[0]));
    double y = TRY(float_as_double(args[1]));
    if (std::isinf(y) && std::isfinite(x))
        return float_from_double(x);
    double result = std::fmod(x, y);
    if (std::isnan(result) && !std::isnan(x) && !std::isnan(y))
        return domain_error();
    return float_from_double(result);
}

Result<Value> math_remainder(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("remainder", nargs, kwnames, 2, 2));
    double x = TRY(float_as_double(args[0]));
    double y = TRY(float_as_double(args[1]));
    double result = std::remainder(x, y);
    if (std::isnan(result) && !std::isnan(x) && !std::isnan(y))
        return domain_error();
    return float_from_double(result);
}

// ---- float decomposition ----

Result<Value> math_frexp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.frexp", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    int exponent = 0;
    double mantissa = x;
    if (std::isfinite(x) && x != 0)
        mantissa = std::frexp(x, &exponent);
    Value m = float_from_double(mantissa);
    return Value(tuple_of({ m, Val::small_int(exponent) }));
}

Result<Value> math_modf(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.modf", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    double fraction, integral;
    if (std::isinf(x)) {
        fraction = std::copysign(0.0, x);
        integral = x;
    } else {
        fraction = std::modf(x, &integral);
    }
    Value a = float_from_double(fraction);
    Value b = float_from_double(integral);
    return Value(tuple_of({ a, b }));
}

Result<Value> math_ldexp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("ldexp", nargs, kwnames, 2, 2));
    double x = TRY(float_as_double(args[0]));
    Val i = args[1];
    if (!is_int(i))
        return raise(&g_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t exponent;
    if (!int_to_int64(i, exponent))
        exponent = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0 || !std::isfinite(x))
        return float_from_double(x);
    if (exponent > INT_MAX)
        return range_error();
    if (exponent < INT_MIN)
        return float_from_double(std::copysign(0.0, x));
    double result = std::ldexp(x, int(exponent));
    if (std::isinf(result))
        return range_error();
    return float_from_double(result);
}

// ---- comparisons and neighbours ----

Result<Value> math_isclose(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[4];
    TRY(bind_clinic("isclose", args, nargs, kwnames, { "a", "b", "rel_tol", "abs_tol" }, 0, 2, 2, bound));
    double a = TRY(float_as_double(bound[0]));
    double b = TRY(float_as_double(bound[1]));
    double rel_tol = bound[2] ? TRY(float_as_double(bound[2])) : 1e-09;
    double abs_tol = bound[3] ? TRY(float_as_double(bound[3])) : 0.0;
    if (rel_tol < 0 || abs_tol < 0)
        return raise(&g_exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return bool_value(true);
    if (std::isinf(a) || std::isinf(b))
        return bool_value(false);
    double difference = std::fabs(b - a);
    return bool_value(difference <= std::fabs(rel_tol * b) || difference <= std::fabs(rel_tol * a) ||
                      difference <= abs_tol);
}

// Doubles mapped to integers in the same order, so that neighbours differ by one (both zeros map to 0).
int64_t ordered_bits(double x)
{
    uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    int64_t magnitude = int64_t(bits & ~(uint64_t(1) << 63));
    return (bits >> 63) ? -magnitude : magnitude;
}

double from_ordered_bits(int64_t key, bool negative_zero)
{
    uint64_t bits = key < 0 ? (uint64_t(-key) | (uint64_t(1) << 63)) : uint64_t(key);
    if (key == 0 && negative_zero)
        bits = uint64_t(1) << 63;
    double x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

Result<Value> math_nextafter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_clinic("nextafter", args, nargs, kwnames, { "x", "y", "steps" }, 2, 2, 2, bound));
    double x = TRY(float_as_double(bound[0]));
    double y = TRY(float_as_double(bound[1]));
    if (!bound[2] || is_none(bound[2]))
        return float_from_double(std::nextafter(x, y));
    Value steps_value = TRY(number_index(bound[2]));
    if (int_sign(steps_value) < 0)
        return raise(&g_exc_ValueError, "steps must be a non-negative integer");
    int64_t steps;
    if (!int_to_int64(steps_value, steps))
        steps = INT64_MAX;
    if (steps == 0)
        return float_from_double(x);
    if (std::isnan(x))
        return float_from_double(x);
    if (std::isnan(y))
        return float_from_double(y);
    int64_t from = ordered_bits(x);
    int64_t to = ordered_bits(y);
    if (from == to)
        return float_from_double(y);
    // The distance between two keys fits in a uint64 (keys span less than 2**64).
    uint64_t distance = from < to ? uint64_t(to) - uint64_t(from) : uint64_t(from) - uint64_t(to);
    if (uint64_t(steps) >= distance)
        return float_from_double(y);
    int64_t key = from < to ? int64_t(uint64_t(from) + uint64_t(steps)) : int64_t(uint64_t(from) - uint64_t(steps));
    // Like C's nextafter, a zero reached from below is -0.0.
    return float_from_double(from_ordered_bits(key, from < to));
}

Result<Value> math_ulp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.ulp", nargs, kwnames));
    double x = TRY(float_as_double(args[0]));
    if (std::isnan(x))
        return float_from_double(x);
    x = std::fabs(x);
    if (std::isinf(x))
        return float_from_double(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next))
        return float_from_double(x - std::nextafter(x, -INFINITY));
    return float_from_double(next - x);
}

// ---- norms and sums ----

// sqrt(sum of squares) of non-negative finite values, `largest` being the largest: scaled by a power of
// two so the squares neither overflow nor underflow, squared exactly with fma, summed with the error
// terms kept, then corrected by one Newton step on the exact residual.
double vector_norm(const double* values, size_t count, double largest)
{
    if (largest == 0 || count <= 1)
        return largest;
    int exponent;
    std::frexp(largest, &exponent);
    double high = 0, low = 0;
    for (size_t i = 0; i < count; ++i) {
        double v = std::ldexp(values[i], -exponent);  // exact: a power-of-two scaling into [0, 1)
        double square = v * v;
        double square_error = std::fma(v, v, -square);
        double sum = high + square;
        double sum_error = (high - sum) + square;  // exact: |square| <= 1 and high grows from 0
        if (std::fabs(high) < std::fabs(square))
            sum_error = (square - sum) + high;
        high = sum;
        low += sum_error + square_error;
    }
    double total = high + low;
    double residual_low = low - (total - high);
    double h = std::sqrt(total);
    // residual = total - h*h, computed exactly with fma.
    double residual = std::fma(-h, h, total) + residual_low;
    h += residual / (2.0 * h);
    return std::ldexp(h, exponent);
}

Result<Value> math_hypot(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "math.hypot() takes no keyword arguments");
    double local[8];
    std::vector<double> heap;
    double* values = local;
    if (nargs > 8) {
        heap.resize(nargs);
        values = heap.data();
    }
    double largest = 0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; ++i) {
        double v = std::fabs(TRY(float_as_double(args[i])));
        values[i] = v;
        found_nan |= std::isnan(v);
        if (v > largest)
            largest = v;
    }
    if (std::isinf(largest))
        return float_from_double(largest);
    if (found_nan)
        return float_from_double(NAN);
    return float_from_double(vector_norm(values, nargs, largest));
}

Result<Value> math_dist(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("dist", nargs, kwnames, 2, 2));
    Ref<TupleObject> p = is_tuple(args[0]) ? Ref<TupleObject>(args[0].as<TupleObject>()) : TRY(sequence_tuple(args[0]));
    Ref<TupleObject> q = is_tuple(args[1]) ? Ref<TupleObject>(args[1].as<TupleObject>()) : TRY(sequence_tuple(args[1]));
    if (p->size != q->size)
        return raise(&g_exc_ValueError, "both points must have the same number of dimensions");
    std::vector<double> values(size_t(p->size));
    double largest = 0;
    bool found_nan = false;
    for (int64_t i = 0; i < p->size; ++i) {
        double a = TRY(float_as_double(p->item(i)));
        double b = TRY(float_as_double(q->item(i)));
        double v = std::fabs(a - b);
        values[size_t(i)] = v;
        found_nan |= std::isnan(v);
        if (v > largest)
            largest = v;
    }
    if (std::isinf(largest))
        return float_from_double(largest);
    if (found_nan)
        return float_from_double(NAN);
    return float_from_double(vector_norm(values.data(), values.size(), largest));
}

// Exact summation of doubles (Shewchuk's algorithm): `partials` holds non-overlapping values, smallest
// first, whose exact sum is the sum so far.
struct ExactSum {
    std::vector<double> partials;
    double special_sum = 0;  // the sum of the infinite and NaN inputs
    double inf_sum = 0;      // the sum of the infinite inputs: NaN when both signs occurred

    Result<void> add(double x)
    {
        double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            double high = x + y;
            double low = y - (high - x);
            if (low != 0)
                partials[kept++] = low;
            x = high;
        }
        partials.resize(kept);
        if (x == 0)
            return {};
        if (!std::isfinite(x)) {
            if (std::isfinite(original))
                return raise(&g_exc_OverflowError, "intermediate overflow in fsum");
            if (std::isinf(original))
                inf_sum += original;
            special_sum += original;
            partials.clear();
            return {};
        }
        partials.push_back(x);
        return {};
    }

    // The sum, correctly rounded (ties to even).
    Result<double> result()
    {
        if (special_sum != 0) {
            if (std::isnan(inf_sum))
                return raise(&g_exc_ValueError, "-inf + inf in fsum");
            return special_sum;
        }
        size_t n = partials.size();
        if (n == 0)
            return 0.0;
        double high = partials[--n];
        double low = 0;
        while (n > 0) {
            double x = high;
            double y = partials[--n];
            high = x + y;
            low = y - (high - x);
            if (low != 0)
                break;
        }
        // high + low is exact; when the rest points the same way as low, the tie rounded the wrong way.
        if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
            double y = low * 2;
            double x = high + y;
            if (y == x - high)
                high = x;
        }
        return high;
    }
};

Result<Value> math_fsum(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.fsum", nargs, kwnames));
    Value iterator = TRY(get_iter(args[0]));
    ExactSum sum;
    for (;;) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        TRY(sum.add(TRY(float_as_double(item))));
    }
    return float_from_double(TRY(sum.result()));
}

Result<Value> math_prod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_clinic("prod", args, nargs, kwnames, { "iterable", "start" }, 1, 1, 1, bound));
    Value iterator = TRY(get_iter(bound[0]));
    Value result = bound[1] ? Value::borrow(bound[1]) : Value::small_int(1);
    for (;;) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (result.get().is_small_int() && item.get().is_small_int()) {
            int64_t product;
            if (!__builtin_mul_overflow(result.get().small_int_value(), item.get().small_int_value(), &product)) {
                result = int_from_int64(product);
                continue;
            }
        } else if (is_float_exact(result) && is_float_exact(item)) {
            result = float_from_double(float_value(result) * float_value(item));
            continue;
        }
        result = TRY(binary_op(result, item, BinaryOp::Mul));
    }
    return result;
}

// sumprod(p, q): the sum of products, computed as CPython 3.12 does so that results agree to the last bit.
// A leading run of int*int terms that fit in 64 bits is summed in an int64; then a run of float*float or
// float*int terms is summed in triple-length precision (Ogita, Rump and Oishi, "Accurate Sum and Dot
// Product", Algorithm 5.10 with K = 3) while it stays finite; everything after either run (and any other
// term) is added with ordinary multiplication and addition. Each run can happen once.
struct TwoDoubles {
    double hi, lo;
};

static TwoDoubles two_sum(double a, double b)
{
    double sum = a + b;
    double b_part = sum - a;
    return { sum, (a - (sum - b_part)) + (b - b_part) };
}

struct ThreeDoubles {
    double hi = 0, lo = 0, tiny = 0;

    // this + x * y
    ThreeDoubles plus_product(double x, double y) const
    {
        double product = x * y;
        double product_error = std::fma(x, y, -product);
        TwoDoubles high = two_sum(hi, product);
        TwoDoubles middle = two_sum(lo, product_error);
        TwoDoubles carry = two_sum(middle.hi, high.lo);
        return { high.hi, carry.hi, tiny + middle.lo + carry.lo };
    }

    double value() const
    {
        TwoDoubles last = two_sum(lo, hi);
        return tiny + last.lo + last.hi;
    }
};

static bool is_int_exact(Val v) { return v.is_small_int() || (v.is_object() && v.type() == &g_int_type); }

// A float*float, float*int or int*float term as two doubles (an int too large for a double: false).
static bool float_term(Val p, Val q, double& x, double& y)
{
    bool p_float = is_float_exact(p), q_float = is_float_exact(q);
    auto int_double = [](Val v, double& out) {
        if (!is_int_exact(v) && !(v.is_object() && v.type() == &g_bool_type))
            return false;
        Result<double> d = int_to_double(v);
        if (d.is_error()) {
            clear_error();
            return false;
        }
        out = d.value();
        return true;
    };
    if (p_float && q_float) {
        x = float_value(p);
        y = float_value(q);
        return true;
    }
    if (p_float) {
        x = float_value(p);
        return int_double(q, y);
    }
    if (q_float) {
        y = float_value(q);
        return int_double(p, x);
    }
    return false;
}

Result<Value> math_sumprod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("sumprod", nargs, kwnames, 2, 2));
    Value p_iter = TRY(get_iter(args[0]));
    Value q_iter = TRY(get_iter(args[1]));
    Value total = Value::small_int(0);
    bool int_run = true, float_run = true;
    bool int_used = false, float_used = false;
    int64_t int_total = 0;
    ThreeDoubles float_total;
    for (;;) {
        Value p = TRY(iter_next(p_iter));
        Value q = TRY(iter_next(q_iter));
        if (bool(p) != bool(q))
            return raise(&g_exc_ValueError, "Inputs are not the same length");
        bool finished = !p;
        if (int_run) {
            int64_t a = 0, b = 0, product = 0, sum = 0;
            if (!finished && is_int_exact(p.get()) && is_int_exact(q.get()) && int_to_int64(p.get(), a)
                && int_to_int64(q.get(), b) && !__builtin_mul_overflow(a, b, &product)
                && !__builtin_add_overflow(int_total, product, &sum)) {
                int_total = sum;
                int_used = true;
                continue;
            }
            int_run = false;
            if (int_used)
                total = TRY(binary_op(total, int_from_int64(int_total), BinaryOp::Add));
        }
        if (float_run) {
            double x = 0, y = 0;
            if (!finished && float_term(p.get(), q.get(), x, y)) {
                ThreeDoubles next = float_total.plus_product(x, y);
                if (std::isfinite(next.hi)) {
                    float_total = next;
                    float_used = true;
                    continue;
                }
            }
            float_run = false;
            if (float_used) {
                Value term = float_from_double(float_total.value());
                total = TRY(binary_op(total, term, BinaryOp::Add));
            }
        }
        if (finished)
            return total;
        Value product = TRY(binary_op(p, q, BinaryOp::Mul));
        total = TRY(binary_op(total, product, BinaryOp::Add));
    }
}

// ---- integer functions ----

Result<Value> math_isqrt(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.isqrt", nargs, kwnames));
    Value n = TRY(number_index(args[0]));
    if (int_sign(n) < 0)
        return raise(&g_exc_ValueError, "isqrt() argument must be nonnegative");
    if (n.get().is_small_int()) {
        int64_t v = n.get().small_int_value();
        int64_t root = int64_t(std::sqrt(double(v)));
        while (root > 0 && root * root > v)
            --root;
        while ((root + 1) * (root + 1) <= v)
            ++root;
        return Value::small_int(root);
    }
    Mpz root;
    mpz_sqrt(root, MpzView(n));
    return int_from_mpz(root);
}

Result<Value> math_factorial(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_one("math.factorial", nargs, kwnames));
    Value n = TRY(number_index(args[0]));
    int64_t value;
    if (!int_to_int64(n, value)) {
        if (int_sign(n) < 0)
            return raise(&g_exc_ValueError, "factorial() not defined for negative values");
        return raise(&g_exc_OverflowError, "factorial() argument should not exceed {}", INT64_MAX);
    }
    if (value < 0)
        return raise(&g_exc_ValueError, "factorial() not defined for negative values");
    if (value <= 20) {
        int64_t result = 1;
        for (int64_t i = 2; i <= value; ++i)
            result *= i;
        return int_from_int64(result);
    }
    Mpz result;
    mpz_fac_ui(result, (unsigned long)value);
    return int_from_mpz(result);
}

// comb and perm: n and k as non-negative ints; k (or min(k, n - k)) must fit a C long.
Result<Value> math_comb(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("comb", nargs, kwnames, 2, 2));
    Value n = TRY(number_index(args[0]));
    Value k = TRY(number_index(args[1]));
    if (int_sign(n) < 0)
        return raise(&g_exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return raise(&g_exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0)
        return Value::small_int(0);
    Value rest = TRY(int_binary(n, k, BinaryOp::Sub));
    Val smaller = int_compare(rest, k) < 0 ? rest.get() : k.get();
    int64_t count;
    if (!int_to_int64(smaller, count))
        return raise(&g_exc_OverflowError, "min(n - k, k) must not exceed {}", INT64_MAX);
    Mpz result;
    mpz_bin_ui(result, MpzView(n), (unsigned long)count);
    return int_from_mpz(result);
}

Result<Value> math_perm(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("perm", nargs, kwnames, 1, 2));
    Value n = TRY(number_index(args[0]));
    if (nargs == 1 || is_none(args[1])) {
        Val argument = n.get();
        return math_factorial(&argument, 1, nullptr);
    }
    Value k = TRY(number_index(args[1]));
    if (int_sign(n) < 0)
        return raise(&g_exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return raise(&g_exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0)
        return Value::small_int(0);
    int64_t count;
    if (!int_to_int64(k, count))
        return raise(&g_exc_OverflowError, "k must not exceed {}", INT64_MAX);
    // perm(n, k) = comb(n, k) * k!
    Mpz result, factorial;
    mpz_bin_ui(result, MpzView(n), (unsigned long)count);
    mpz_fac_ui(factorial, (unsigned long)count);
    mpz_mul(result, result, factorial);
    return int_from_mpz(result);
}

Result<Value> math_gcd(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "math.gcd() takes no keyword arguments");
    if (nargs == 0)
        return Value::small_int(0);
    Value first = TRY(number_index(args[0]));
    if (nargs == 1)
        return number_absolute(first);
    Mpz result;
    mpz_abs(result, MpzView(first));
    for (size_t i = 1; i < nargs; ++i) {
        Value v = TRY(number_index(args[i]));
        if (mpz_cmp_ui(result, 1) != 0)
            mpz_gcd(result, result, MpzView(v));
    }
    return int_from_mpz(result);
}

Result<Value> math_lcm(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "math.lcm() takes no keyword arguments");
    if (nargs == 0)
        return Value::small_int(1);
    Value first = TRY(number_index(args[0]));
    if (nargs == 1)
        return number_absolute(first);
    Mpz result;
    mpz_abs(result, MpzView(first));
    for (size_t i = 1; i < nargs; ++i) {
        Value v = TRY(number_index(args[i]));
        if (mpz_sgn(result) != 0)
            mpz_lcm(result, result, MpzView(v));
    }
    return int_from_mpz(result);
}

#define FUNCTION(name, doc) { #name, math_##name, METHOD_STATIC, doc }

const MethodDef s_math_functions[] = {
    FUNCTION(acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    FUNCTION(acosh, "Return the inverse hyperbolic cosine of x."),
    FUNCTION(asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    FUNCTION(asinh, "Return the inverse hyperbolic sine of x."),
    FUNCTION(atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    FUNCTION(atan2, "Return the arc tangent (measured in radians) of y/x.\n\n"
                    "Unlike atan(y/x), the signs of both x and y are considered."),
    FUNCTION(atanh, "Return the inverse hyperbolic tangent of x."),
    FUNCTION(cbrt, "Return the cube root of x."),
    FUNCTION(ceil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    FUNCTION(comb, "Number of ways to choose k items from n items without repetition and without order."),
    FUNCTION(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    FUNCTION(cos, "Return the cosine of x (measured in radians)."),
    FUNCTION(cosh, "Return the hyperbolic cosine of x."),
    FUNCTION(degrees, "Convert angle x from radians to degrees."),
    FUNCTION(dist, "Return the Euclidean distance between two points p and q."),
    FUNCTION(erf, "Error function at x."),
    FUNCTION(erfc, "Complementary error function at x."),
    FUNCTION(exp, "Return e raised to the power of x."),
    FUNCTION(exp2, "Return 2 raised to the power of x."),
    FUNCTION(expm1, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct "
                    "evaluation of exp(x)-1 for small x."),
    FUNCTION(fabs, "Return the absolute value of the float x."),
    FUNCTION(factorial, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."),
    FUNCTION(floor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    FUNCTION(fmod, "Return fmod(x, y), according to platform C.\n\nx % y may differ."),
    FUNCTION(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    FUNCTION(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    FUNCTION(gamma, "Gamma function at x."),
    FUNCTION(gcd, "Greatest Common Divisor."),
    FUNCTION(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    FUNCTION(isclose, "Determine whether two floating point numbers are close in value."),
    FUNCTION(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    FUNCTION(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    FUNCTION(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    FUNCTION(isqrt, "Return the integer part of the square root of the input."),
    FUNCTION(lcm, "Least Common Multiple."),
    FUNCTION(ldexp, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    FUNCTION(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    FUNCTION(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\n"
                  "If the base not specified, returns the natural logarithm (base e) of x."),
    FUNCTION(log10, "Return the base 10 logarithm of x."),
    FUNCTION(log1p, "Return the natural logarithm of 1+x (base e).\n\n"
                    "The result is computed in a way which is accurate for x near zero."),
    FUNCTION(log2, "Return the base 2 logarithm of x."),
    FUNCTION(modf, "Return the fractional and integer parts of x.\n\n"
                   "Both results carry the sign of x and are floats."),
    FUNCTION(nextafter, "Return the floating-point value the given number of steps after x towards y."),
    FUNCTION(perm, "Number of ways to choose k items from n items without repetition and with order."),
    FUNCTION(pow, "Return x**y (x to the power of y)."),
    FUNCTION(prod, "Calculate the product of all the elements in the input iterable."),
    FUNCTION(radians, "Convert angle x from degrees to radians."),
    FUNCTION(remainder, "Difference between x and the closest integer multiple of y."),
    FUNCTION(sin, "Return the sine of x (measured in radians)."),
    FUNCTION(sinh, "Return the hyperbolic sine of x."),
    FUNCTION(sqrt, "Return the square root of x."),
    FUNCTION(sumprod, "Return the sum of products of values from two iterables p and q."),
    FUNCTION(tan, "Return the tangent of x (measured in radians)."),
    FUNCTION(tanh, "Return the hyperbolic tangent of x."),
    FUNCTION(trunc, "Truncates the Real x to the nearest Integral toward 0.\n\n"
                    "Uses the __trunc__ magic method."),
    FUNCTION(ulp, "Return the value of the least significant bit of the float x."),
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> math_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("math"));
    module_add_functions(module.get(), s_math_functions);
    module_set(module.get(), "pi", float_from_double(M_PI));
    module_set(module.get(), "e", float_from_double(M_E));
    module_set(module.get(), "tau", float_from_double(2 * M_PI));
    module_set(module.get(), "inf", float_from_double(INFINITY));
    module_set(module.get(), "nan", float_from_double(NAN));
    return module;
}

}  // namespace ginger
