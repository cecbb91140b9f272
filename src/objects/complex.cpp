// complex: boxed pairs of doubles with CPython 3.12's constructor, string parsing, repr, hashing,
// arithmetic (Smith's division, repeated squaring for small integer powers) and error messages.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "support/c_locale.h"
#include "objects/complex.h"

#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_object.h"
#include "objects/numformat.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/warnings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ginger {

TypeObject g_complex_type;

namespace {

struct Cx {
    double real, imag;
};

Cx cx_mul(Cx a, Cx b) { return { a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real }; }

// Smith's algorithm: divide through by the larger component of the divisor so that intermediate
// products do not overflow. Sets `by_zero` (and returns 0) for a zero divisor; a divisor with a NaN
// component gives NaNs.
Cx cx_div(Cx a, Cx b, bool& by_zero)
{
    double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
    if (abs_real >= abs_imag) {
        if (abs_real == 0.0) {
            by_zero = true;
            return { 0.0, 0.0 };
        }
        double ratio = b.imag / b.real;
        double denominator = b.real + b.imag * ratio;
        return { (a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator };
    }
    if (abs_imag >= abs_real) {
        double ratio = b.real / b.imag;
        double denominator = b.real * ratio + b.imag;
        return { (a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator };
    }
    return { NAN, NAN };  // a NaN compares false both ways
}

// x ** n for n >= 0 by binary powering, multiplying in the order CPython does (the results are
// bit-for-bit those of CPython's c_powu).
Cx cx_pow_unsigned(Cx x, long n)
{
    Cx result { 1.0, 0.0 };
    Cx power = x;
    for (long bit = 1; bit > 0 && n >= bit; bit <<= 1) {
        if (n & bit)
            result = cx_mul(result, power);
        power = cx_mul(power, power);
    }
    return result;
}

// The general power through polar form; `errno` reports EDOM for 0 to a negative or complex power,
// and the C library may leave ERANGE (or EDOM from cos/sin of an infinite phase) there too.
Cx cx_pow_general(Cx a, Cx b)
{
    if (b.real == 0.0 && b.imag == 0.0)
        return { 1.0, 0.0 };
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        return { 0.0, 0.0 };
    }
    double magnitude = std::hypot(a.real, a.imag);
    double length = std::pow(magnitude, b.real);
    double angle = std::atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
        length /= std::exp(angle * b.imag);
        phase += b.imag * std::log(magnitude);
    }
    return { length * std::cos(phase), length * std::sin(phase) };
}

// The operand conversion of complex arithmetic: int, float and complex take part; anything else
// makes the operation NotImplemented.
Result<bool> as_complex(Val v, Cx& out)
{
    if (is_complex(v)) {
        out = { complex_real(v), complex_imag(v) };
        return true;
    }
    if (v.is_small_int()) {
        out = { double(v.small_int_value()), 0.0 };
        return true;
    }
    if (is_float(v)) {
        out = { float_value(v), 0.0 };
        return true;
    }
    if (is_int(v)) {
        out = { TRY(int_to_double(v)), 0.0 };
        return true;
    }
    return false;
}

Result<Value> complex_new_of_type(TypeObject* type, double real, double imag)
{
    if (type == &g_complex_type)
        return complex_from_doubles(real, imag);
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    auto* c = static_cast<ComplexObject*>(object);
    c->real = real;
    c->imag = imag;
    return Value::adopt(Val(object));
}

// ---- Parsing ----

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

bool starts_with_ignore_case(std::string_view text, size_t at, std::string_view word)
{
    if (text.size() - at < word.size())
        return false;
    for (size_t i = 0; i < word.size(); ++i) {
        if ((text[at + i] | 0x20) != word[i])
            return false;
    }
    return true;
}

// Reads the longest float at text[at] (an optional sign, then digits with an optional point and
// exponent, or inf / infinity / nan), as CPython's PyOS_string_to_double does without skipping
// whitespace. Returns the length read, 0 if there is no float there.
size_t read_float_prefix(std::string_view text, size_t at, double& value)
{
    size_t i = at;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    if (starts_with_ignore_case(text, i, "inf")) {
        i += starts_with_ignore_case(text, i, "infinity") ? 8 : 3;
        value = negative ? -HUGE_VAL : HUGE_VAL;
        return i - at;
    }
    if (starts_with_ignore_case(text, i, "nan")) {
        value = negative ? -NAN : NAN;
        return i + 3 - at;
    }
    auto is_digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    size_t digits = 0;
    while (is_digit(i)) {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (is_digit(i)) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        size_t k = i + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-'))
            ++k;
        if (is_digit(k)) {
            while (is_digit(k))
                ++k;
            i = k;
        }
    }
    std::string number(text.substr(at, i - at));
    value = strtod_c(number.c_str(), nullptr);  // correctly rounded; +-inf on overflow
    return i - at;
}

// The forms complex() accepts, each optionally in parentheses and surrounded by whitespace:
// <float>, <float>j, <float><signed float>j, and the legacy <float><sign>j, <sign>j and j.
bool parse_complex_text(std::string_view text, double& real, double& imag)
{
    size_t i = 0, n = text.size();
    real = imag = 0.0;
    while (i < n && is_space(text[i]))
        ++i;
    bool parenthesized = i < n && text[i] == '(';
    if (parenthesized) {
        ++i;
        while (i < n && is_space(text[i]))
            ++i;
    }
    auto is_j = [&](size_t k) { return k < n && (text[k] == 'j' || text[k] == 'J'); };
    double first;
    if (size_t length = read_float_prefix(text, i, first)) {
        i += length;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            real = first;
            double second;
            if (size_t second_length = read_float_prefix(text, i, second)) {
                imag = second;
                i += second_length;
            } else {
                imag = text[i] == '+' ? 1.0 : -1.0;
                ++i;
            }
            if (!is_j(i))
                return false;
            ++i;
        } else if (is_j(i)) {
            imag = first;
            ++i;
        } else {
            real = first;
        }
    } else {
        imag = 1.0;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            imag = text[i++] == '+' ? 1.0 : -1.0;
        if (!is_j(i))
            return false;
        ++i;
    }
    while (i < n && is_space(text[i]))
        ++i;
    if (parenthesized) {
        if (i >= n || text[i] != ')')
            return false;
        ++i;
        while (i < n && is_space(text[i]))
            ++i;
    }
    return i == n;
}

// CPython's rule for underscores in numeric strings: each must sit between two digits. Returns false
// if one does not; otherwise `out` is the text without them.
bool remove_underscores(std::string_view text, std::string& out)
{
    char previous = '\0';
    for (char c : text) {
        if (c == '_') {
            if (!(previous >= '0' && previous <= '9'))
                return false;
        } else {
            if (previous == '_' && !(c >= '0' && c <= '9'))
                return false;
            out += c;
        }
        previous = c;
    }
    return previous != '_';
}

Result<Value> complex_from_string(TypeObject* type, StrObject* s)
{
    std::string_view text = s->view();
    std::string ascii;
    bool is_ascii = true;
    for (unsigned char c : text)
        is_ascii &= c < 0x80;
    if (!is_ascii) {
        ascii = numeric_text_to_ascii(text);
        text = ascii;
    }
    std::string clean;
    if (text.find('_') != std::string_view::npos) {
        if (!remove_underscores(text, clean))
            return raise(&g_exc_ValueError, "could not convert string to complex: {!r}", s);
        text = clean;
    }
    double real, imag;
    if (!parse_complex_text(text, real, imag))
        return raise(&g_exc_ValueError, "complex() arg is a malformed string");
    return complex_new_of_type(type, real, imag);
}

// ---- Slots ----

Result<Value> complex_repr_slot(Val self)
{
    return Value(str_from_ascii(complex_repr(complex_real(self), complex_imag(self))));
}

Result<int64_t> complex_hash_slot(Val self)
{
    double real = complex_real(self), imag = complex_imag(self);
    if (std::isnan(real) || std::isnan(imag)) {
        // CPython hashes a NaN part by the object's identity.
        uint64_t bits = self.bits();
        uint64_t identity = (bits >> 4) | (bits << 60);
        uint64_t real_hash = std::isnan(real) ? identity : uint64_t(float_hash(real));
        uint64_t imag_hash = std::isnan(imag) ? identity : uint64_t(float_hash(imag));
        int64_t h = int64_t(real_hash + 1000003 * imag_hash);
        return h == -1 ? -2 : h;
    }
    return complex_hash(real, imag);
}

// Only == and != are defined. An int is compared exactly with the real part.
Result<Value> complex_richcompare(Val self, Val other, CompareOp op)
{
    if (op != CompareOp::Eq && op != CompareOp::Ne)
        return Value::borrow(not_implemented());
    double real = complex_real(self), imag = complex_imag(self);
    bool equal;
    if (is_int(other)) {
        equal = imag == 0.0 && int_compare_double(other, real) == 0;
    } else if (is_float(other)) {
        equal = real == float_value(other) && imag == 0.0;
    } else if (is_complex(other)) {
        equal = real == complex_real(other) && imag == complex_imag(other);
    } else {
        return Value::borrow(not_implemented());
    }
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

Result<Value> complex_negative(Val self) { return complex_from_doubles(-complex_real(self), -complex_imag(self)); }

Result<Value> complex_positive(Val self)
{
    if (is_complex_exact(self))
        return Value::borrow(self);
    return complex_from_doubles(complex_real(self), complex_imag(self));
}

// abs(): an infinite part gives inf even beside a NaN (C99's rule); a finite overflow is an error.
Result<Value> complex_absolute(Val self)
{
    double real = complex_real(self), imag = complex_imag(self);
    if (std::isinf(real))
        return float_from_double(std::fabs(real));
    if (std::isinf(imag))
        return float_from_double(std::fabs(imag));
    if (std::isnan(real) || std::isnan(imag))
        return float_from_double(NAN);
    double result = std::hypot(real, imag);
    if (!std::isfinite(result))
        return raise(&g_exc_OverflowError, "absolute value too large");
    return float_from_double(result);
}

Result<bool> complex_to_bool(Val self) { return complex_real(self) != 0.0 || complex_imag(self) != 0.0; }

template<BinaryOp op>
Result<Value> complex_binary_slot(Val a, Val b)
{
    Cx x, y;
    if (!TRY(as_complex(a, x)) || !TRY(as_complex(b, y)))
        return Value::borrow(not_implemented());
    switch (op) {
    case BinaryOp::Add:
        return complex_from_doubles(x.real + y.real, x.imag + y.imag);
    case BinaryOp::Sub:
        return complex_from_doubles(x.real - y.real, x.imag - y.imag);
    case BinaryOp::Mul: {
        Cx r = cx_mul(x, y);
        return complex_from_doubles(r.real, r.imag);
    }
    case BinaryOp::TrueDiv: {
        bool by_zero = false;
        Cx r = cx_div(x, y, by_zero);
        if (by_zero)
            return raise(&g_exc_ZeroDivisionError, "complex division by zero");
        return complex_from_doubles(r.real, r.imag);
    }
    case BinaryOp::Pow:
        return complex_power(x.real, x.imag, y.real, y.imag);
    default:
        return Value::borrow(not_implemented());
    }
}

// complex(real=0, imag=0): see the comments inside for CPython's order of checks.
Result<Value> complex_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("complex", args, nargs, kwnames, { "real", "imag" }, 0, bound));
    Val r = bound[0] ? bound[0] : Val::small_int(0);
    Val i = bound[1];
    if (is_complex_exact(r) && !i && type == &g_complex_type)
        return Value::borrow(r);
    if (is_str(r)) {
        if (i)
            return raise(&g_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(type, r.as<StrObject>());
    }
    if (i && is_str(i))
        return raise(&g_exc_TypeError, "complex() second arg can't be a string");
    // __complex__ first; its result replaces the first argument.
    Value converted = TRY(call_special(r, str_intern("__complex__"), {}));
    if (converted) {
        if (!is_complex(converted))
            return raise(&g_exc_TypeError, "__complex__ returned non-complex (type {})", converted.type()->type_name());
        if (converted.type() != &g_complex_type)
            TRY(warn(&g_exc_DeprecationWarning, format_message("__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", { converted.type()->type_name() })));
        r = converted;
    }
    TypeObject* r_type = r.type();
    if (!r_type->to_float && !r_type->index && !is_complex(r))
        return raise(&g_exc_TypeError, "complex() first argument must be a string or a number, not '{}'",
                     r_type->type_name());
    if (i) {
        TypeObject* i_type = i.type();
        if (!i_type->to_float && !i_type->index && !is_complex(i))
            return raise(&g_exc_TypeError, "complex() second argument must be a number, not '{}'", i_type->type_name());
    }
    // The result is r + i*1j, where either part may itself be complex.
    Cx real_part, imag_part { 0.0, 0.0 };
    bool real_is_complex = is_complex(r), imag_is_complex = false;
    if (real_is_complex) {
        real_part = { complex_real(r), complex_imag(r) };
    } else {
        Value f = TRY(call(Val(&g_float_type), { r }));
        real_part = { float_value(f), 0.0 };
    }
    if (!i) {
        imag_part.real = real_part.imag;
    } else if (is_complex(i)) {
        imag_part = { complex_real(i), complex_imag(i) };
        imag_is_complex = true;
    } else {
        Value f = TRY(call(Val(&g_float_type), { i }));
        imag_part.real = float_value(f);
    }
    if (imag_is_complex)
        real_part.real -= imag_part.imag;
    if (real_is_complex && i)
        imag_part.real += real_part.imag;
    return complex_new_of_type(type, real_part.real, imag_part.real);
}

// ---- Methods ----

Result<Value> complex_conjugate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("conjugate", nargs - 1, kwnames, 0, 0));
    return complex_from_doubles(complex_real(args[0]), -complex_imag(args[0]));
}

Result<Value> complex_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getnewargs__", nargs - 1, kwnames, 0, 0));
    Value real = float_from_double(complex_real(args[0]));
    Value imag = float_from_double(complex_imag(args[0]));
    return Value(tuple_of({ real, imag }));
}

Result<Value> complex_complex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__complex__", nargs - 1, kwnames, 0, 0));
    return complex_positive(args[0]);
}

Result<Value> complex_format_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__format__", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__format__() argument must be str, not {}", args[1].type()->type_name());
    StrObject* spec = args[1].as<StrObject>();
    if (spec->length == 0)
        return object_str(args[0]);
    return complex_format(complex_real(args[0]), complex_imag(args[0]), spec);
}

Result<Value> complex_get_real(Val self) { return float_from_double(complex_real(self)); }
Result<Value> complex_get_imag(Val self) { return float_from_double(complex_imag(self)); }
Result<void> complex_set_readonly(Val, Val) { return raise(&g_exc_AttributeError, "readonly attribute"); }

const MethodDef s_complex_methods[] = {
    { "conjugate", complex_conjugate, METHOD_INSTANCE, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__getnewargs__", complex_getnewargs, METHOD_INSTANCE, nullptr },
    { "__format__", complex_format_method, METHOD_INSTANCE, "Convert to a string according to format_spec." },
    { "__complex__", complex_complex, METHOD_INSTANCE, "Convert this value to exact type complex." },
    {},
};

const GetSetDef s_complex_getsets[] = {
    { "real", complex_get_real, complex_set_readonly, "the real part of a complex number" },
    { "imag", complex_get_imag, complex_set_readonly, "the imaginary part of a complex number" },
    {},
};

// One part of a repr: shortest round-trip digits without a trailing ".0"; NaN never has a sign.
std::string repr_part(double x, bool always_sign)
{
    std::string text;
    if (std::isnan(x))
        text = "nan";
    else if (std::isinf(x))
        text = "inf";
    else
        text = double_to_text(std::fabs(x), 'r', 0, false, false);
    if (std::signbit(x) && !std::isnan(x))
        text.insert(text.begin(), '-');
    else if (always_sign)
        text.insert(text.begin(), '+');
    return text;
}

}  // namespace

Value complex_from_doubles(double real, double imag)
{
    auto* result = static_cast<ComplexObject*>(alloc_object(&g_complex_type));
    if (!result)
        out_of_memory();
    result->real = real;
    result->imag = imag;
    return Value::adopt(Val(result));
}

bool is_complex(Val v)
{
    if (!v.is_object())
        return false;
    TypeObject* type = v.object()->type;
    return type == &g_complex_type || is_subtype(type, &g_complex_type);
}

std::string complex_repr(double real, double imag)
{
    // CPython compat: a real part of +0.0 is left out, with the parentheses.
    if (real == 0.0 && !std::signbit(real))
        return repr_part(imag, false) + "j";
    return "(" + repr_part(real, false) + repr_part(imag, true) + "j)";
}

// CPython's combination of the parts' hashes: hash(real) + 1000003 * hash(imag), wrapping; so a
// complex with a zero imaginary part hashes as its real part does.
int64_t complex_hash(double real, double imag)
{
    uint64_t combined = uint64_t(float_hash(real)) + 1000003 * uint64_t(float_hash(imag));
    int64_t result = int64_t(combined);
    return result == -1 ? -2 : result;
}

bool complex_quotient(double a_real, double a_imag, double b_real, double b_imag, double& real, double& imag)
{
    bool by_zero = false;
    Cx r = cx_div({ a_real, a_imag }, { b_real, b_imag }, by_zero);
    real = r.real;
    imag = r.imag;
    return !by_zero;
}

Result<Value> complex_power(double a_real, double a_imag, double b_real, double b_imag)
{
    Cx a { a_real, a_imag }, b { b_real, b_imag };
    Cx result;
    errno = 0;
    // Small integral exponents use repeated multiplication: faster, and exact where it can be.
    if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
        long n = long(b.real);
        if (n > 0) {
            result = cx_pow_unsigned(a, n);
        } else {
            bool by_zero = false;
            result = cx_div({ 1.0, 0.0 }, cx_pow_unsigned(a, -n), by_zero);
            if (by_zero)
                errno = EDOM;
        }
    } else {
        result = cx_pow_general(a, b);
    }
    int error = errno;
    if (std::isinf(result.real) || std::isinf(result.imag)) {
        if (error == 0)
            error = ERANGE;
    } else if (error == ERANGE) {
        error = 0;  // an underflow to zero is not an error
    }
    if (error == EDOM)
        return raise(&g_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (error == ERANGE)
        return raise(&g_exc_OverflowError, "complex exponentiation");
    return complex_from_doubles(result.real, result.imag);
}

void init_complex_type()
{
    type_init_static(g_complex_type, "complex", sizeof(ComplexObject), &g_object_type, TYPE_BASETYPE);
    g_complex_type.repr = complex_repr_slot;
    g_complex_type.hash = complex_hash_slot;
    g_complex_type.richcompare = complex_richcompare;
    g_complex_type.new_instance = complex_new;
    g_complex_type.to_bool = complex_to_bool;
    g_complex_type.negative = complex_negative;
    g_complex_type.positive = complex_positive;
    g_complex_type.absolute = complex_absolute;
    g_complex_type.binary[int(BinaryOp::Add)] = complex_binary_slot<BinaryOp::Add>;
    g_complex_type.binary[int(BinaryOp::Sub)] = complex_binary_slot<BinaryOp::Sub>;
    g_complex_type.binary[int(BinaryOp::Mul)] = complex_binary_slot<BinaryOp::Mul>;
    g_complex_type.binary[int(BinaryOp::TrueDiv)] = complex_binary_slot<BinaryOp::TrueDiv>;
    g_complex_type.binary[int(BinaryOp::Pow)] = complex_binary_slot<BinaryOp::Pow>;
    g_complex_type.methods = s_complex_methods;
    g_complex_type.getsets = s_complex_getsets;
    g_complex_type.doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
                         "This is equivalent to (real + imag*1j) where imag defaults to 0.";
}

}  // namespace ginger
