// The cmath module: complex square roots, logarithms, exponentials and (inverse, hyperbolic)
// trigonometric functions with CPython 3.12's results. Finite arguments use formulas that avoid
// needless overflow and cancellation (Kahan's, as CPython does); arguments with an infinite or NaN
// part take their results from tables of C99 Annex G values (cmath_special.inc, generated from
// CPython). Errors: ValueError "math domain error", OverflowError "math range error".
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cerrno>
#include <cfloat>
#include <cmath>

namespace ginger {

namespace {

struct Cx {
    double real, imag;
};

// What a computation reports besides its value (CPython's errno convention).
enum class MathError { None, Domain, Range };

struct Outcome {
    Cx value;
    MathError error = MathError::None;
};

// Bounds for rescaling: beyond LARGE, sums of squares could overflow; exp() of LOG_LARGE is LARGE.
const double LARGE = DBL_MAX / 4.0;
const double SQRT_LARGE = std::sqrt(LARGE);
const double LOG_LARGE = std::log(LARGE);
const double SQRT_DBL_MIN = std::sqrt(DBL_MIN);
// Subnormal parts are scaled by 2**SCALE_UP (odd, so that the square root scales by an integer power).
constexpr int SCALE_UP = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int SCALE_DOWN = -(SCALE_UP + 1) / 2;
constexpr double LN2 = 0.6931471805599453094;
constexpr double LN10 = 2.302585092994045684;

// ---- Special values ----

// The class of a double, indexing the special-value tables.
int value_class(double x)
{
    if (std::isnan(x))
        return 6;
    if (std::isinf(x))
        return x > 0 ? 5 : 0;
    if (x == 0.0)
        return std::signbit(x) ? 2 : 3;
    return x > 0 ? 4 : 1;
}

#define SPECIAL_TABLE(name, ...) const char* const s_special_##name[49] = __VA_ARGS__;
#include "modules/cmath_special.inc"
#undef SPECIAL_TABLE

double symbol_value(std::string_view symbol)
{
    struct Named {
        const char* name;
        double value;
    };
    static const Named s_symbols[] = {
        { "INF", INFINITY }, { "NINF", -INFINITY }, { "Z", 0.0 }, { "NZ", -0.0 }, { "ONE", 1.0 }, { "NONE", -1.0 },
        { "PI", M_PI }, { "NPI", -M_PI }, { "PI2", 0.5 * M_PI }, { "NPI2", -0.5 * M_PI }, { "PI4", 0.25 * M_PI },
        { "NPI4", -0.25 * M_PI }, { "PI34", 0.75 * M_PI }, { "NPI34", -0.75 * M_PI }, { "NAN", NAN },
    };
    for (const Named& named : s_symbols) {
        if (symbol == named.name)
            return named.value;
    }
    VERIFY_NOT_REACHED();
}

// The table's entry for an argument with an infinite or NaN part. Returns false for the cells
// marked "*", whose value the caller computes.
bool special_value(const char* const table[49], double real, double imag, Outcome& out)
{
    std::string_view cell = table[value_class(real) * 7 + value_class(imag)];
    if (cell == "*")
        return false;
    if (cell == "E") {
        out = { { NAN, NAN }, MathError::Domain };
        return true;
    }
    size_t comma = cell.find(',');
    VERIFY(comma != std::string_view::npos);
    out = { { symbol_value(cell.substr(0, comma)), symbol_value(cell.substr(comma + 1)) }, MathError::None };
    return true;
}

bool is_special(Cx z) { return !std::isfinite(z.real) || !std::isfinite(z.imag); }

// The rotations that relate the circular functions to the hyperbolic ones: f(z) = -i g(iz).
Cx times_i(Cx z) { return { -z.imag, z.real }; }
Cx times_minus_i(Cx z) { return { z.imag, -z.real }; }

// ---- The functions ----

Outcome c_sqrt(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_sqrt, z.real, z.imag, out))
        return out;
    if (z.real == 0.0 && z.imag == 0.0)
        return { { 0.0, z.imag } };
    double ax = std::fabs(z.real), ay = std::fabs(z.imag);
    // With x, y >= 0: the real part is sqrt((x + |z|) / 2), the imaginary one y / (2 * that).
    double s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        double x = std::ldexp(ax, SCALE_UP);
        s = std::ldexp(std::sqrt(x + std::hypot(x, std::ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        double x = ax / 8.0;  // scaled down so that x + hypot(...) cannot overflow
        s = 2.0 * std::sqrt(x + std::hypot(x, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0)
        return { { s, std::copysign(d, z.imag) } };
    return { { d, std::copysign(s, z.imag) } };
}

Outcome c_log(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_log, z.real, z.imag, out))
        return out;
    double ax = std::fabs(z.real), ay = std::fabs(z.imag);
    double real;
    if (ax > LARGE || ay > LARGE) {
        real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0)
            return { { -INFINITY, std::atan2(z.imag, z.real) }, MathError::Domain };
        // |z| would be subnormal and imprecise: scale it up first.
        real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near the unit circle log(h) loses digits; log1p of h**2 - 1 computed exactly-ish keeps them.
            double larger = std::max(ax, ay), smaller = std::min(ax, ay);
            real = std::log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2.0;
        } else {
            real = std::log(h);
        }
    }
    return { { real, std::atan2(z.imag, z.real) } };
}

Outcome c_log10(Cx z)
{
    Outcome out = c_log(z);
    out.value = { out.value.real / LN10, out.value.imag / LN10 };
    return out;
}

Outcome c_acos(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_acos, z.real, z.imag, out))
        return out;
    if (std::fabs(z.real) > LARGE || std::fabs(z.imag) > LARGE) {
        double real = std::atan2(std::fabs(z.imag), z.real);
        double imag = -std::copysign(std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * LN2, z.imag);
        return { { real, imag } };
    }
    Cx a = c_sqrt({ 1.0 - z.real, -z.imag }).value;
    Cx b = c_sqrt({ 1.0 + z.real, z.imag }).value;
    return { { 2.0 * std::atan2(a.real, b.real), std::asinh(b.real * a.imag - b.imag * a.real) } };
}

Outcome c_acosh(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_acosh, z.real, z.imag, out))
        return out;
    if (std::fabs(z.real) > LARGE || std::fabs(z.imag) > LARGE)
        return { { std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * LN2, std::atan2(z.imag, z.real) } };
    Cx a = c_sqrt({ z.real - 1.0, z.imag }).value;
    Cx b = c_sqrt({ z.real + 1.0, z.imag }).value;
    return { { std::asinh(a.real * b.real + a.imag * b.imag), 2.0 * std::atan2(a.imag, b.real) } };
}

Outcome c_asinh(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_asinh, z.real, z.imag, out))
        return out;
    if (std::fabs(z.real) > LARGE || std::fabs(z.imag) > LARGE) {
        double magnitude = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * LN2;
        double real = z.imag >= 0.0 ? std::copysign(magnitude, z.real) : -std::copysign(magnitude, -z.real);
        return { { real, std::atan2(z.imag, std::fabs(z.real)) } };
    }
    Cx a = c_sqrt({ 1.0 + z.imag, -z.real }).value;
    Cx b = c_sqrt({ 1.0 - z.imag, z.real }).value;
    return { { std::asinh(a.real * b.imag - b.real * a.imag), std::atan2(z.imag, a.real * b.real - a.imag * b.imag) } };
}

Outcome c_atanh(Cx z)
{
    Outcome out;
    if (is_special(z) && special_value(s_special_atanh, z.real, z.imag, out))
        return out;
    if (z.real < 0.0) {
        // atanh is odd: work in the right half-plane.
        out = c_atanh({ -z.real, -z.imag });
        out.value = { -out.value.real, -out.value.imag };
        return out;
    }
    double ay = std::fabs(z.imag);
    if (z.real > SQRT_LARGE || ay > SQRT_LARGE) {
        // Far from the origin atanh(z) is about 1/z +- i pi/2.
        double h = std::hypot(z.real / 2.0, z.imag / 2.0);
        return { { z.real / 4.0 / h / h, std::copysign(M_PI / 2.0, z.imag) } };
    }
    if (z.real == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0)
            return { { INFINITY, z.imag }, MathError::Domain };
        double real = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0)));
        return { { real, std::copysign(std::atan2(2.0, -ay) / 2, z.imag) } };
    }
    double one_minus = 1 - z.real;
    double real = std::log1p(4.0 * z.real / (one_minus * one_minus + ay * ay)) / 4.0;
    double imag = -std::atan2(-2.0 * z.imag, one_minus * (1 + z.real) - ay * ay) / 2.0;
    return { { real, imag } };
}

// For exp, cosh, sinh and rect: the cells "(+-inf) + i y" with y finite and nonzero are infinite
// with the signs of cos(y) and sin(y).
Cx infinite_by_angle(double cos_sign, double sin_sign)
{
    return { std::copysign(INFINITY, cos_sign), std::copysign(INFINITY, sin_sign) };
}

Outcome overflow_checked(Cx r)
{
    if (std::isinf(r.real) || std::isinf(r.imag))
        return { r, MathError::Range };
    return { r };
}

Outcome c_exp(Cx z)
{
    Outcome out;
    if (is_special(z)) {
        if (special_value(s_special_exp, z.real, z.imag, out))
            return out;
        if (z.real > 0)
            return { infinite_by_angle(std::cos(z.imag), std::sin(z.imag)) };
        return { { std::copysign(0.0, std::cos(z.imag)), std::copysign(0.0, std::sin(z.imag)) } };
    }
    if (z.real > LOG_LARGE) {
        double l = std::exp(z.real - 1.0);
        return overflow_checked({ l * std::cos(z.imag) * M_E, l * std::sin(z.imag) * M_E });
    }
    double l = std::exp(z.real);
    return overflow_checked({ l * std::cos(z.imag), l * std::sin(z.imag) });
}

Outcome c_cosh(Cx z)
{
    Outcome out;
    if (is_special(z)) {
        if (special_value(s_special_cosh, z.real, z.imag, out))
            return out;
        Cx r = infinite_by_angle(std::cos(z.imag), std::sin(z.imag));
        if (z.real < 0)
            r.imag = -r.imag;
        return { r };
    }
    if (std::fabs(z.real) > LOG_LARGE) {
        // cosh(x) may overflow where cosh(x) * cos(y) does not: take one factor e out.
        double x = z.real - std::copysign(1.0, z.real);
        return overflow_checked({ std::cos(z.imag) * std::cosh(x) * M_E, std::sin(z.imag) * std::sinh(x) * M_E });
    }
    return overflow_checked({ std::cos(z.imag) * std::cosh(z.real), std::sin(z.imag) * std::sinh(z.real) });
}

Outcome c_sinh(Cx z)
{
    Outcome out;
    if (is_special(z)) {
        if (special_value(s_special_sinh, z.real, z.imag, out))
            return out;
        Cx r = infinite_by_angle(std::cos(z.imag), std::sin(z.imag));
        if (z.real < 0)
            r.real = -r.real;
        return { r };
    }
    if (std::fabs(z.real) > LOG_LARGE) {
        double x = z.real - std::copysign(1.0, z.real);
        return overflow_checked({ std::cos(z.imag) * std::sinh(x) * M_E, std::sin(z.imag) * std::cosh(x) * M_E });
    }
    return overflow_checked({ std::cos(z.imag) * std::sinh(z.real), std::sin(z.imag) * std::cosh(z.real) });
}

// tanh(x + iy) = (tanh(x) (1 + tan(y)**2) + i tan(y) sech(x)**2) / (1 + tanh(x)**2 tan(y)**2).
Outcome c_tanh(Cx z)
{
    Outcome out;
    if (is_special(z)) {
        if (special_value(s_special_tanh, z.real, z.imag, out))
            return out;
        return { { z.real > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(z.imag) * std::cos(z.imag)) } };
    }
    if (std::fabs(z.real) > LOG_LARGE) {
        // sech(x)**2 is about 4 exp(-2|x|) here; cosh(x) itself would overflow.
        double imag = 4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real));
        return { { std::copysign(1.0, z.real), imag } };
    }
    double tx = std::tanh(z.real);
    double ty = std::tan(z.imag);
    double sech = 1.0 / std::cosh(z.real);
    double product = tx * ty;
    double denominator = 1.0 + product * product;
    return { { tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * sech) * sech } };
}

Outcome c_asin(Cx z)
{
    Outcome out = c_asinh(times_i(z));
    out.value = times_minus_i(out.value);
    return out;
}

Outcome c_atan(Cx z)
{
    Outcome out = c_atanh(times_i(z));
    out.value = times_minus_i(out.value);
    return out;
}

Outcome c_cos(Cx z) { return c_cosh(times_i(z)); }

Outcome c_sin(Cx z)
{
    Outcome out = c_sinh(times_i(z));
    out.value = times_minus_i(out.value);
    return out;
}

Outcome c_tan(Cx z)
{
    Outcome out = c_tanh(times_i(z));
    out.value = times_minus_i(out.value);
    return out;
}

// ---- Arguments and results ----

Error domain_error() { return raise(&g_exc_ValueError, "math domain error"); }
Error range_error() { return raise(&g_exc_OverflowError, "math range error"); }

// A complex argument, as CPython's PyComplex_AsCComplex takes it: complex values directly, then
// __complex__, then any real number.
Result<Cx> complex_argument(Val v)
{
    if (is_complex(v))
        return Cx { complex_real(v), complex_imag(v) };
    if (v.is_object() && !is_float_exact(v) && v.type() != &g_int_type) {
        Value converted = TRY(call_special(v, str_intern("__complex__"), {}));
        if (converted) {
            if (!is_complex(converted))
                return raise(&g_exc_TypeError, "__complex__ returned non-complex (type {})",
                             converted.type()->type_name());
            return Cx { complex_real(converted), complex_imag(converted) };
        }
    }
    return Cx { TRY(float_as_double(v)), 0.0 };
}

Result<Value> complex_result(const Outcome& out)
{
    if (out.error == MathError::Domain)
        return domain_error();
    if (out.error == MathError::Range)
        return range_error();
    return complex_from_doubles(out.value.real, out.value.imag);
}

template<Outcome (*FUNCTION)(Cx)>
Result<Value> unary(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    return complex_result(FUNCTION(z));
}

#define UNARY(name)                                                                  \
    Result<Value> cmath_##name(const Val* args, size_t nargs, TupleObject* kwnames) \
    {                                                                                \
        return unary<c_##name>("cmath." #name, args, nargs, kwnames);                         \
    }

UNARY(acos)
UNARY(acosh)
UNARY(asin)
UNARY(asinh)
UNARY(atan)
UNARY(atanh)
UNARY(cos)
UNARY(cosh)
UNARY(exp)
UNARY(log10)
UNARY(sin)
UNARY(sinh)
UNARY(sqrt)
UNARY(tan)
UNARY(tanh)

// "log expected at least 1 argument, got 0": the wording of CPython's positional-only functions
// with a varying count.
Result<void> check_range(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "cmath.{}() takes no keyword arguments", name);
    if (nargs < min || nargs > max) {
        bool few = nargs < min;
        size_t bound = few ? min : max;
        const char* quantity = min == max ? "" : few ? "at least " : "at most ";
        return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", name, quantity, bound, bound == 1 ? "" : "s",
                     nargs);
    }
    return {};
}

// log(z[, base]): the quotient of the logarithms. As in CPython, only the last logarithm's error
// counts (log(0, 2) is -inf), and a zero divisor is a domain error.
Result<Value> cmath_log(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_range("log", nargs, kwnames, 1, 2));
    Cx z = TRY(complex_argument(args[0]));
    Outcome out = c_log(z);
    if (nargs == 2) {
        Cx base = TRY(complex_argument(args[1]));
        Outcome base_log = c_log(base);
        out.error = base_log.error;
        Cx a = out.value, b = base_log.value;
        if (!complex_quotient(a.real, a.imag, b.real, b.imag, out.value.real, out.value.imag))
            out.error = MathError::Domain;
    }
    return complex_result(out);
}

Result<Value> cmath_phase(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cmath.phase", nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    // CPython compat: an underflow that the C library reports through errno (atan2(tiny, huge)) is an
    // OverflowError "math range error".
    errno = 0;
    double phi = std::atan2(z.imag, z.real);
    if (errno == EDOM)
        return domain_error();
    if (errno == ERANGE)
        return range_error();
    return float_from_double(phi);
}

// |z| as abs() computes it; false on a finite overflow.
bool magnitude(Cx z, double& out)
{
    if (std::isinf(z.real) || std::isinf(z.imag)) {
        out = INFINITY;
        return true;
    }
    if (std::isnan(z.real) || std::isnan(z.imag)) {
        out = NAN;
        return true;
    }
    out = std::hypot(z.real, z.imag);
    return std::isfinite(out);
}

Result<Value> cmath_polar(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cmath.polar", nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    double phi = std::atan2(z.imag, z.real);
    double r;
    if (!magnitude(z, r))
        return range_error();
    Value first = float_from_double(r), second = float_from_double(phi);
    return Value(tuple_of({ first, second }));
}

Result<Value> cmath_rect(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_range("rect", nargs, kwnames, 2, 2));
    double r = TRY(float_as_double(args[0]));
    double phi = TRY(float_as_double(args[1]));
    Outcome out;
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        if (!special_value(s_special_rect, r, phi, out)) {
            Cx value = infinite_by_angle(std::cos(phi), std::sin(phi));
            if (r < 0)
                value = { -value.real, -value.imag };
            out = { value };
        }
    } else if (phi == 0.0) {
        out = { { r, r * phi } };  // keeps the sign of a zero phi
    } else {
        out = { { r * std::cos(phi), r * std::sin(phi) } };
    }
    return complex_result(out);
}

Result<Value> cmath_isfinite(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cmath.isfinite", nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    return bool_value(std::isfinite(z.real) && std::isfinite(z.imag));
}

Result<Value> cmath_isinf(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cmath.isinf", nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    return bool_value(std::isinf(z.real) || std::isinf(z.imag));
}

Result<Value> cmath_isnan(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cmath.isnan", nargs, kwnames, 1, 1));
    Cx z = TRY(complex_argument(args[0]));
    return bool_value(std::isnan(z.real) || std::isnan(z.imag));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): Boost's "weak" test on |a - b|.
Result<Value> cmath_isclose(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 2)
        return raise(&g_exc_TypeError, "isclose() takes exactly 2 positional arguments ({} given)", nargs);
    Val bound[4];
    if (nargs < 2 && !kwnames)
        return raise(&g_exc_TypeError, "isclose() missing required argument '{}' (pos {})", nargs == 0 ? "a" : "b",
                     nargs + 1);
    TRY(bind_args("isclose", args, nargs, kwnames, { "a", "b", "rel_tol", "abs_tol" }, 2, bound));
    Cx a = TRY(complex_argument(bound[0]));
    Cx b = TRY(complex_argument(bound[1]));
    double rel_tol = bound[2] ? TRY(float_as_double(bound[2])) : 1e-09;
    double abs_tol = bound[3] ? TRY(float_as_double(bound[3])) : 0.0;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return raise(&g_exc_ValueError, "tolerances must be non-negative");
    if (a.real == b.real && a.imag == b.imag)
        return bool_value(true);  // includes equal infinities
    if (std::isinf(a.real) || std::isinf(a.imag) || std::isinf(b.real) || std::isinf(b.imag))
        return bool_value(false);
    double difference, size_a, size_b;
    magnitude({ a.real - b.real, a.imag - b.imag }, difference);
    magnitude(a, size_a);
    magnitude(b, size_b);
    return bool_value(difference <= rel_tol * size_b || difference <= rel_tol * size_a || difference <= abs_tol);
}

#define FUNCTION(name, doc) { #name, cmath_##name, METHOD_STATIC, doc }

const MethodDef s_cmath_functions[] = {
    FUNCTION(acos, "Return the arc cosine of z."),
    FUNCTION(acosh, "Return the inverse hyperbolic cosine of z."),
    FUNCTION(asin, "Return the arc sine of z."),
    FUNCTION(asinh, "Return the inverse hyperbolic sine of z."),
    FUNCTION(atan, "Return the arc tangent of z."),
    FUNCTION(atanh, "Return the inverse hyperbolic tangent of z."),
    FUNCTION(cos, "Return the cosine of z."),
    FUNCTION(cosh, "Return the hyperbolic cosine of z."),
    FUNCTION(exp, "Return the exponential value e**z."),
    FUNCTION(isclose, "Determine whether two complex numbers are close in value."),
    FUNCTION(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    FUNCTION(isinf, "Checks if the real or imaginary part of z is infinite."),
    FUNCTION(isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    FUNCTION(log, "log(z[, base]) -> the logarithm of z to the given base.\n\n"
                  "If the base is not specified, returns the natural logarithm (base e) of z."),
    FUNCTION(log10, "Return the base-10 logarithm of z."),
    FUNCTION(phase, "Return argument, also known as the phase angle, of a complex."),
    FUNCTION(polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
                    "r is the distance from 0 and phi the phase angle."),
    FUNCTION(rect, "Convert from polar coordinates to rectangular coordinates."),
    FUNCTION(sin, "Return the sine of z."),
    FUNCTION(sinh, "Return the hyperbolic sine of z."),
    FUNCTION(sqrt, "Return the square root of z."),
    FUNCTION(tan, "Return the tangent of z."),
    FUNCTION(tanh, "Return the hyperbolic tangent of z."),
    { nullptr, nullptr, 0, nullptr },
};

#undef FUNCTION

}  // namespace

Ref<ModuleObject> cmath_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("cmath"));
    module_add_functions(module.get(), s_cmath_functions);
    const char* doc = "This module provides access to mathematical functions for complex\nnumbers.";
    module_set(module.get(), "__doc__", Value(str_from_ascii(doc)));
    module_set(module.get(), "pi", float_from_double(M_PI));
    module_set(module.get(), "e", float_from_double(M_E));
    module_set(module.get(), "tau", float_from_double(2 * M_PI));
    module_set(module.get(), "inf", float_from_double(INFINITY));
    module_set(module.get(), "infj", complex_from_doubles(0.0, INFINITY));
    module_set(module.get(), "nan", float_from_double(std::fabs(NAN)));
    module_set(module.get(), "nanj", complex_from_doubles(0.0, std::fabs(NAN)));
    return module;
}

}  // namespace ginger
