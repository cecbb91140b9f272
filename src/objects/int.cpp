// int: arbitrary-precision integers. Values that fit 62 bits plus sign are tagged small ints handled
// with overflow-checked machine arithmetic; anything larger is an IntObject holding a GMP integer.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "objects/int_object.h"

#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/numformat.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/warnings.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace ginger {

TypeObject g_int_type;
int64_t g_int_max_str_digits = 4300;

// CPython's hash modulus for numbers: the Mersenne prime 2**61 - 1.
static constexpr uint64_t HASH_MODULUS = (uint64_t(1) << 61) - 1;

// ---- Allocation and conversion helpers ----

static IntObject* alloc_int(TypeObject* type)
{
    Object* object = alloc_object(type);
    if (!object)
        out_of_memory();
    auto* result = static_cast<IntObject*>(object);
    mpz_init(result->value);
    return result;
}

static void int_destroy(Object* object) { mpz_clear(static_cast<IntObject*>(object)->value); }

Value int_from_mpz(mpz_ptr value)
{
    if (mpz_fits_slong_p(value)) {
        long small = mpz_get_si(value);
        if (Val::fits_small(small))
            return Value::small_int(small);
    }
    IntObject* result = alloc_int(&g_int_type);
    mpz_swap(result->value, value);
    return Value::adopt(Val(result));
}

Value int_from_int64(int64_t value)
{
    if (Val::fits_small(value)) [[likely]]
        return Value::small_int(value);
    IntObject* result = alloc_int(&g_int_type);
    mpz_set_si(result->value, value);
    return Value::adopt(Val(result));
}

Value int_from_uint64(uint64_t value)
{
    if (value <= uint64_t(SMALL_INT_MAX)) [[likely]]
        return Value::small_int(int64_t(value));
    IntObject* result = alloc_int(&g_int_type);
    mpz_set_ui(result->value, value);
    return Value::adopt(Val(result));
}

Result<Value> int_new_of_type(TypeObject* type, Val value)
{
    if (type == &g_int_type)
        return int_exact(value);
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    auto* result = static_cast<IntObject*>(object);
    MpzView view(value);
    mpz_init_set(result->value, view);
    return Value::adopt(Val(result));
}

Value int_exact(Val v)
{
    if (v.is_small_int() || v.object()->type == &g_int_type)
        return Value::borrow(v);
    Mpz copy;
    mpz_set(copy, v.as<IntObject>()->value);
    return int_from_mpz(copy);
}

bool int_is_big(Val v) { return v.is_object(); }

bool int_to_int64(Val v, int64_t& out)
{
    if (v.is_small_int()) [[likely]] {
        out = v.small_int_value();
        return true;
    }
    mpz_srcptr value = v.as<IntObject>()->value;
    if (!mpz_fits_slong_p(value))
        return false;
    out = mpz_get_si(value);
    return true;
}

Result<int64_t> int_as_int64(Val v)
{
    int64_t out;
    if (!int_to_int64(v, out))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int64");
    return out;
}

Result<int64_t> int_as_ssize(Val v)
{
    int64_t out;
    if (!int_to_int64(v, out))
        return raise(&g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return out;
}

int int_sign(Val v)
{
    if (v.is_small_int())
        return (v.small_int_value() > 0) - (v.small_int_value() < 0);
    return mpz_sgn(v.as<IntObject>()->value);
}

int int_compare(Val a, Val b)
{
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.small_int_value(), y = b.small_int_value();
        return (x > y) - (x < y);
    }
    MpzView x(a), y(b);
    int c = mpz_cmp(x, y);
    return (c > 0) - (c < 0);
}

size_t int_bit_length(Val v)
{
    if (v.is_small_int()) {
        int64_t x = v.small_int_value();
        uint64_t magnitude = x < 0 ? -uint64_t(x) : uint64_t(x);
        return magnitude ? 64 - __builtin_clzll(magnitude) : 0;
    }
    mpz_srcptr value = v.as<IntObject>()->value;
    return mpz_sgn(value) ? mpz_sizeinbase(value, 2) : 0;
}

Value int_negate(Val v)
{
    if (v.is_small_int()) [[likely]]
        return int_from_int64(-v.small_int_value());
    Mpz result;
    mpz_neg(result, v.as<IntObject>()->value);
    return int_from_mpz(result);
}

int64_t int_hash(Val v)
{
    if (v.is_small_int()) [[likely]] {
        int64_t x = v.small_int_value();
        uint64_t magnitude = x < 0 ? -uint64_t(x) : uint64_t(x);
        int64_t h = int64_t(magnitude % HASH_MODULUS);
        if (x < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }
    mpz_srcptr value = v.as<IntObject>()->value;
    int64_t h = int64_t(mpz_tdiv_ui(value, HASH_MODULUS));
    if (mpz_sgn(value) < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

// ---- int <-> double ----

bool mpz_scaled_to_double(mpz_srcptr n, bool sticky, int64_t exponent, double& out)
{
    if (mpz_sgn(n) == 0) {
        out = 0.0;
        return true;
    }
    int64_t bits = int64_t(mpz_sizeinbase(n, 2));
    int64_t top = bits - 1 + exponent;  // the exponent of the leading bit
    if (top > 1023) {
        out = HUGE_VAL;
        return false;
    }
    // Normal doubles keep 53 bits; subnormals fewer, down to none below 2**-1075.
    int64_t keep = top >= -1022 ? 53 : 53 - (-1022 - top);
    int64_t drop = bits - keep;
    uint64_t mantissa;
    if (drop <= 0) {
        mantissa = mpz_getlimbn(n, 0);
    } else {
        // The bits [drop, drop + 53) of n, read straight from the limbs.
        size_t limb = size_t(drop) / GMP_NUMB_BITS, offset = size_t(drop) % GMP_NUMB_BITS;
        mantissa = mpz_getlimbn(n, mp_size_t(limb)) >> offset;
        if (offset)
            mantissa |= uint64_t(mpz_getlimbn(n, mp_size_t(limb + 1))) << (GMP_NUMB_BITS - offset);
        mantissa = keep <= 0 ? 0 : mantissa & ((uint64_t(1) << keep) - 1);
        bool half = mpz_tstbit(n, drop - 1);
        bool rest = sticky || (drop >= 2 && mpz_scan1(n, 0) < mp_bitcnt_t(drop - 1));
        if (half && (rest || (mantissa & 1)))
            ++mantissa;
        exponent += drop;
    }
    out = std::ldexp(double(mantissa), int(exponent));
    return !std::isinf(out);
}

Result<double> int_to_double(Val v)
{
    if (v.is_small_int()) [[likely]]
        return double(v.small_int_value());  // exact below 2**53, else rounded to nearest by the FPU
    mpz_srcptr value = v.as<IntObject>()->value;
    size_t bits = mpz_sizeinbase(value, 2);
    if (bits <= 53)
        return mpz_get_d(value);
    if (bits > 1024)
        return raise(&g_exc_OverflowError, "int too large to convert to float");
    // Keep 55 bits (enough to round) and remember whether anything below them was nonzero.
    size_t shift = bits - 55;
    Mpz top;
    mpz_tdiv_q_2exp(top, value, shift);
    mpz_abs(top, top);
    bool sticky = mpz_scan1(value, 0) < shift;
    double result;
    if (!mpz_scaled_to_double(top, sticky, int64_t(shift), result))
        return raise(&g_exc_OverflowError, "int too large to convert to float");
    return mpz_sgn(value) < 0 ? -result : result;
}

Result<Value> int_from_double(double value)
{
    if (std::isnan(value))
        return raise(&g_exc_ValueError, "cannot convert float NaN to integer");
    if (std::isinf(value))
        return raise(&g_exc_OverflowError, "cannot convert float infinity to integer");
    double truncated = std::trunc(value);
    if (std::fabs(truncated) < 9.2e18)
        return int_from_int64(int64_t(truncated));
    Mpz result;
    mpz_set_d(result, truncated);
    return int_from_mpz(result);
}

int int_compare_double(Val i, double d)
{
    if (std::isnan(d))
        return 2;
    if (std::isinf(d))
        return d > 0 ? -1 : 1;
    if (i.is_small_int()) {
        int64_t x = i.small_int_value();
        if (x >= -(int64_t(1) << 53) && x <= (int64_t(1) << 53)) {
            double dx = double(x);
            return (dx > d) - (dx < d);
        }
    }
    // Exact: compare with floor(d), then let the fraction of d break a tie.
    double floor_d = std::floor(d);
    Mpz whole;
    mpz_set_d(whole, floor_d);
    MpzView x(i);
    int c = mpz_cmp(x, whole);
    if (c != 0)
        return (c > 0) - (c < 0);
    return d > floor_d ? -1 : 0;
}

// int / int, correctly rounded (CPython's true division is too).
static Result<Value> int_true_divide(Val a, Val b)
{
    MpzView x(a), y(b);
    if (mpz_sgn(y) == 0)
        return raise(&g_exc_ZeroDivisionError, "division by zero");
    bool negative = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
    if (mpz_sgn(x) == 0)
        return float_from_double(negative ? -0.0 : 0.0);
    int64_t bits_x = int64_t(mpz_sizeinbase(x, 2)), bits_y = int64_t(mpz_sizeinbase(y, 2));
    if (bits_x <= 53 && bits_y <= 53)
        return float_from_double(mpz_get_d(x) / mpz_get_d(y));
    if (bits_x - bits_y > 1025)
        return raise(&g_exc_OverflowError, "integer division result too large for a float");
    if (bits_x - bits_y < -1080)
        return float_from_double(negative ? -0.0 : 0.0);
    // Scale the dividend so the quotient has at least 55 bits; the remainder is the sticky bit.
    int64_t shift = std::max<int64_t>(0, bits_y - bits_x + 55);
    Mpz numerator, quotient, remainder;
    mpz_abs(numerator, x);
    mpz_mul_2exp(numerator, numerator, mp_bitcnt_t(shift));
    Mpz denominator;
    mpz_abs(denominator, y);
    mpz_tdiv_qr(quotient, remainder, numerator, denominator);
    double result;
    if (!mpz_scaled_to_double(quotient, mpz_sgn(remainder) != 0, -shift, result))
        return raise(&g_exc_OverflowError, "integer division result too large for a float");
    return float_from_double(negative ? -result : result);
}

// ---- int <-> str ----

int unicode_decimal_value(uint32_t c)
{
    static constexpr uint32_t ZEROS[] = {
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
        0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
        0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
        0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
        0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
        0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
    };
    // Each run of ten digits starts at one of ZEROS: find the last start <= c.
    const uint32_t* end = ZEROS + sizeof(ZEROS) / sizeof(ZEROS[0]);
    const uint32_t* it = std::upper_bound(ZEROS, end, c);
    if (it == ZEROS)
        return -1;
    uint32_t offset = c - it[-1];
    return offset < 10 ? int(offset) : -1;
}

static bool is_unicode_space(uint32_t c)
{
    return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Rewrites non-ASCII whitespace as ' ' and Unicode decimal digits as ASCII digits, as CPython does
// before parsing numbers; other characters are kept (the parser then rejects them).
std::string numeric_text_to_ascii(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        unsigned char lead = text[i];
        if (lead < 0x80) {
            out += char(lead);
            ++i;
            continue;
        }
        size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        if (i + length > text.size())
            length = text.size() - i;
        uint32_t c = lead & (length == 4 ? 0x07 : length == 3 ? 0x0f : 0x1f);
        for (size_t k = 1; k < length; ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
        if (is_unicode_space(c))
            out += ' ';
        else if (int d = unicode_decimal_value(c); d >= 0)
            out += char('0' + d);
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Error raise_invalid_literal(std::string_view text, int base)
{
    // CPython shows at most the first 200 characters of the argument.
    Ref<StrObject> s = str_from_utf8(text);
    if (s->length > 200)
        s = str_substring(s.get(), 0, 200);
    return raise(&g_exc_ValueError, "invalid literal for int() with base {}: {!r}", base, s.get());
}

Result<Value> int_from_string(std::string_view original, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return raise(&g_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string converted;
    std::string_view text = original;
    for (unsigned char c : original) {
        if (c >= 0x80) {
            converted = numeric_text_to_ascii(original);
            text = converted;
            break;
        }
    }
    size_t i = 0, end = text.size();
    while (i < end && is_ascii_space(text[i]))
        ++i;
    while (end > i && is_ascii_space(text[end - 1]))
        --end;
    bool negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    int effective_base = base;
    bool after_prefix = false;  // an underscore may follow a base prefix directly
    if (i + 1 < end && text[i] == '0') {
        char p = char(text[i + 1] | 0x20);
        int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base && (base == 0 || base == prefix_base)) {
            effective_base = prefix_base;
            i += 2;
            after_prefix = true;
        }
    }
    if (effective_base == 0) {
        effective_base = 10;
        // Base 0 forbids leading zeros in decimal literals ("010"), but "0", "00" and "0_0" are fine.
        if (i < end && text[i] == '0') {
            for (size_t k = i; k < end; ++k) {
                if (text[k] != '0' && text[k] != '_')
                    return raise_invalid_literal(original, base);
            }
        }
    }
    char small_buffer[64];
    std::string big_buffer;
    size_t digit_count = 0;
    bool previous_digit = after_prefix;
    for (size_t k = i; k < end; ++k) {
        char c = text[k];
        if (c == '_') {
            if (!previous_digit || k + 1 >= end)
                return raise_invalid_literal(original, base);
            previous_digit = false;
            continue;
        }
        if (digit_value(c) >= effective_base)
            return raise_invalid_literal(original, base);
        previous_digit = true;
        if (digit_count < sizeof small_buffer - 1)
            small_buffer[digit_count] = c;
        else {
            if (big_buffer.empty())
                big_buffer.assign(small_buffer, digit_count);
            big_buffer += c;
        }
        ++digit_count;
    }
    if (digit_count == 0)
        return raise_invalid_literal(original, base);
    if (g_int_max_str_digits > 0 && (effective_base & (effective_base - 1)) != 0
        && int64_t(digit_count) > g_int_max_str_digits) {
        return raise(&g_exc_ValueError,
                     "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     g_int_max_str_digits, digit_count);
    }
    if (digit_count <= 12 || (effective_base <= 10 && digit_count <= 18)) {
        int64_t value = 0;
        for (size_t k = 0; k < digit_count; ++k)
            value = value * effective_base + digit_value(small_buffer[k]);
        return int_from_int64(negative ? -value : value);
    }
    if (big_buffer.empty())
        big_buffer.assign(small_buffer, digit_count);
    Mpz result;
    VERIFY(mpz_set_str(result, big_buffer.c_str(), effective_base) == 0);
    if (negative)
        mpz_neg(result, result);
    return int_from_mpz(result);
}

std::string int_to_decimal(Val v)
{
    if (v.is_small_int()) [[likely]] {
        char buffer[24];
        auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, v.small_int_value());
        return std::string(buffer, end);
    }
    mpz_srcptr value = v.as<IntObject>()->value;
    std::string text(mpz_sizeinbase(value, 10) + 2, '\0');
    mpz_get_str(text.data(), 10, value);
    text.resize(strlen(text.c_str()));
    return text;
}

Error raise_int_str_limit()
{
    return raise(&g_exc_ValueError,
                 "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() "
                 "to increase the limit",
                 g_int_max_str_digits);
}

Result<std::string> int_to_decimal_checked(Val v)
{
    if (v.is_object() && g_int_max_str_digits > 0) {
        // mpz_sizeinbase(10) is exact or one too large.
        size_t estimate = mpz_sizeinbase(v.as<IntObject>()->value, 10);
        if (int64_t(estimate) - 1 > g_int_max_str_digits)
            return raise_int_str_limit();
        std::string text = int_to_decimal(v);
        if (int64_t(text.size() - (text[0] == '-')) > g_int_max_str_digits)
            return raise_int_str_limit();
        return text;
    }
    return int_to_decimal(v);
}

std::string int_to_base(Val v, int base)
{
    const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    MpzView view(v);
    std::string digits(mpz_sizeinbase(view, base) + 2, '\0');
    mpz_get_str(digits.data(), base, view);
    digits.resize(strlen(digits.c_str()));
    if (digits[0] == '-')
        return "-" + std::string(prefix) + digits.substr(1);
    return prefix + digits;
}

// ---- Arithmetic ----

static Error raise_too_big() { return raise_memory_error(); }

static Result<Value> int_binary_big(Val a, Val b, BinaryOp op)
{
    MpzView x(a), y(b);
    Mpz result;
    switch (op) {
    case BinaryOp::Add:
        mpz_add(result, x, y);
        break;
    case BinaryOp::Sub:
        mpz_sub(result, x, y);
        break;
    case BinaryOp::Mul:
        if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > INT_MAX_BITS)
            return raise_too_big();
        mpz_mul(result, x, y);
        break;
    case BinaryOp::TrueDiv:
        return int_true_divide(a, b);
    case BinaryOp::FloorDiv:
        if (mpz_sgn(y) == 0)
            return raise(&g_exc_ZeroDivisionError, "integer division or modulo by zero");
        mpz_fdiv_q(result, x, y);
        break;
    case BinaryOp::Mod:
        if (mpz_sgn(y) == 0)
            return raise(&g_exc_ZeroDivisionError, "integer modulo by zero");
        mpz_fdiv_r(result, x, y);
        break;
    case BinaryOp::Pow:
        return int_pow(a, b, Val());
    case BinaryOp::LShift: {
        if (mpz_sgn(y) < 0)
            return raise(&g_exc_ValueError, "negative shift count");
        if (mpz_sgn(x) == 0)
            return Value::small_int(0);
        if (!mpz_fits_slong_p(y))
            return raise(&g_exc_OverflowError, "too many digits in integer");
        uint64_t count = mpz_get_ui(y);
        if (count + mpz_sizeinbase(x, 2) > INT_MAX_BITS)
            return raise_too_big();
        mpz_mul_2exp(result, x, count);
        break;
    }
    case BinaryOp::RShift: {
        if (mpz_sgn(y) < 0)
            return raise(&g_exc_ValueError, "negative shift count");
        if (!mpz_fits_slong_p(y) || mpz_get_ui(y) >= mpz_sizeinbase(x, 2))
            return Value::small_int(mpz_sgn(x) < 0 ? -1 : 0);
        mpz_fdiv_q_2exp(result, x, mpz_get_ui(y));
        break;
    }
    case BinaryOp::And:
        mpz_and(result, x, y);
        break;
    case BinaryOp::Or:
        mpz_ior(result, x, y);
        break;
    case BinaryOp::Xor:
        mpz_xor(result, x, y);
        break;
    default:
        return Value::borrow(not_implemented());
    }
    return int_from_mpz(result);
}

Result<Value> int_binary(Val a, Val b, BinaryOp op)
{
    if (a.is_small_int() && b.is_small_int()) [[likely]] {
        int64_t x = a.small_int_value(), y = b.small_int_value();
        switch (op) {
        case BinaryOp::Add:
            return int_from_int64(x + y);  // 62-bit operands cannot overflow int64
        case BinaryOp::Sub:
            return int_from_int64(x - y);
        case BinaryOp::Mul: {
            int64_t r;
            if (!__builtin_mul_overflow(x, y, &r))
                return int_from_int64(r);
            break;
        }
        case BinaryOp::TrueDiv: {
            constexpr int64_t EXACT = int64_t(1) << 53;
            if (y == 0)
                return raise(&g_exc_ZeroDivisionError, "division by zero");
            if (x >= -EXACT && x <= EXACT && y >= -EXACT && y <= EXACT)
                return float_from_double(double(x) / double(y));
            break;
        }
        case BinaryOp::FloorDiv: {
            if (y == 0)
                return raise(&g_exc_ZeroDivisionError, "integer division or modulo by zero");
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                --q;
            return int_from_int64(q);
        }
        case BinaryOp::Mod: {
            if (y == 0)
                return raise(&g_exc_ZeroDivisionError, "integer modulo by zero");
            int64_t r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return Value::small_int(r);
        }
        case BinaryOp::Pow:
            return int_pow(a, b, Val());
        case BinaryOp::LShift: {
            if (y < 0)
                return raise(&g_exc_ValueError, "negative shift count");
            if (x == 0 || y == 0)
                return Value::small_int(x);
            if (y < 62) {
                int64_t r = int64_t(uint64_t(x) << y);
                if ((r >> y) == x)
                    return int_from_int64(r);
            }
            break;
        }
        case BinaryOp::RShift:
            if (y < 0)
                return raise(&g_exc_ValueError, "negative shift count");
            return Value::small_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case BinaryOp::And:
            return Value::small_int(x & y);
        case BinaryOp::Or:
            return Value::small_int(x | y);
        case BinaryOp::Xor:
            return Value::small_int(x ^ y);
        default:
            return Value::borrow(not_implemented());
        }
    }
    return int_binary_big(a, b, op);
}

Result<Value> int_pow(Val base, Val exponent, Val modulus)
{
    if (modulus && !is_none(modulus)) {
        if (!is_int(base) || !is_int(exponent) || !is_int(modulus))
            return raise(&g_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        MpzView m(modulus), e(exponent);
        if (mpz_sgn(m) == 0)
            return raise(&g_exc_ValueError, "pow() 3rd argument cannot be 0");
        Mpz abs_m, b, result;
        mpz_abs(abs_m, m);
        if (mpz_cmp_ui(abs_m, 1) == 0)
            return Value::small_int(0);
        MpzView base_view(base);
        mpz_mod(b, base_view, abs_m);
        Mpz positive_exponent;
        mpz_abs(positive_exponent, e);
        if (mpz_sgn(e) < 0) {
            if (!mpz_invert(b, b, abs_m))
                return raise(&g_exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_powm(result, b, positive_exponent, abs_m);
        if (mpz_sgn(m) < 0 && mpz_sgn(result) != 0)
            mpz_add(result, result, m);  // the result takes the sign of the modulus
        return int_from_mpz(result);
    }
    if (int_sign(exponent) < 0) {
        // A negative exponent gives a float, computed by float's pow.
        double x = TRY(int_to_double(base));
        double y = TRY(int_to_double(exponent));
        return float_binary(x, y, BinaryOp::Pow);
    }
    if (base.is_small_int() && exponent.is_small_int()) {
        int64_t b = base.small_int_value(), e = exponent.small_int_value();
        int64_t result = 1;
        bool overflow = false;
        while (true) {
            if (e & 1)
                overflow |= __builtin_mul_overflow(result, b, &result);
            e >>= 1;
            if (!e || overflow)
                break;
            overflow |= __builtin_mul_overflow(b, b, &b);
            if (overflow)
                break;
        }
        if (!overflow)
            return int_from_int64(result);
    }
    MpzView b(base), e(exponent);
    if (mpz_cmpabs_ui(b, 1) <= 0) {
        // 0, 1 and -1 stay small whatever the exponent.
        if (mpz_sgn(b) >= 0)
            return Value::small_int(mpz_sgn(e) == 0 ? 1 : mpz_get_si(b));
        return Value::small_int(mpz_odd_p(e) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(e))
        return raise_too_big();
    uint64_t power = mpz_get_ui(e);
    unsigned __int128 bits = (unsigned __int128)(mpz_sizeinbase(b, 2) - 1) * power;
    if (bits > INT_MAX_BITS)
        return raise_too_big();
    Mpz result;
    mpz_pow_ui(result, b, power);
    return int_from_mpz(result);
}

// ---- Slots ----

static Result<Value> int_repr(Val self)
{
    if (self.is_small_int()) [[likely]] {
        char buffer[24];
        auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, self.small_int_value());
        return Value(str_from_ascii(std::string_view(buffer, size_t(end - buffer))));
    }
    std::string text = TRY(int_to_decimal_checked(self));
    return Value(str_from_ascii(text));
}

static Result<int64_t> int_hash_slot(Val self) { return int_hash(self); }

static Value compare_result(int c, CompareOp op)
{
    bool result = false;
    switch (op) {
    case CompareOp::Lt: result = c == -1; break;
    case CompareOp::Le: result = c == -1 || c == 0; break;
    case CompareOp::Eq: result = c == 0; break;
    case CompareOp::Ne: result = c != 0; break;  // also true for NaN (c == 2)
    case CompareOp::Gt: result = c == 1; break;
    case CompareOp::Ge: result = c == 1 || c == 0; break;
    }
    return bool_value(result);
}

static Result<Value> int_richcompare(Val self, Val other, CompareOp op)
{
    if (self.is_small_int() && other.is_small_int()) [[likely]] {
        int64_t x = self.small_int_value(), y = other.small_int_value();
        return compare_result((x > y) - (x < y), op);
    }
    if (is_int(other))
        return compare_result(int_compare(self, other), op);
    if (is_float(other))
        return compare_result(int_compare_double(self, float_value(other)), op);
    return Value::borrow(not_implemented());
}

template<BinaryOp op>
static Result<Value> int_binary_slot(Val a, Val b)
{
    if (!is_int(a) || !is_int(b)) [[unlikely]]
        return Value::borrow(not_implemented());
    return int_binary(a, b, op);
}

static Result<Value> int_negative(Val self) { return int_negate(self); }
static Result<Value> int_positive(Val self) { return int_exact(self); }
static Result<Value> int_invert(Val self)
{
    if (self.is_small_int()) [[likely]]
        return int_from_int64(~self.small_int_value());
    Mpz result;
    mpz_com(result, self.as<IntObject>()->value);
    return int_from_mpz(result);
}
static Result<Value> int_absolute(Val self)
{
    if (int_sign(self) < 0)
        return int_negate(self);
    return int_exact(self);
}
static Result<bool> int_to_bool(Val self)
{
    if (self.is_small_int()) [[likely]]
        return self.small_int_value() != 0;
    return mpz_sgn(self.as<IntObject>()->value) != 0;
}
static Result<Value> int_to_float(Val self) { return float_from_double(TRY(int_to_double(self))); }

// int(b'101', 2): the digits of a bytes-like object; a bad literal is reported with the bytes' repr.
static Result<Value> int_from_bytes_text(std::string_view digits, int base)
{
    bool ascii = true;
    for (unsigned char c : digits)
        ascii = ascii && c < 128;
    if (ascii) {
        auto result = int_from_string(digits, base);
        if (!result.is_error() || !error_matches(&g_exc_ValueError))
            return result;
        clear_error();
    }
    Ref<BytesObject> shown = bytes_from(digits);  // CPython shows a bytearray's contents as bytes too
    return raise(&g_exc_ValueError, "invalid literal for int() with base {}: {!r}", int64_t(base), Val(shown.get()));
}

// int(x) for any x without a base: CPython's PyNumber_Long.
static Result<Value> int_from_object(Val x)
{
    if (x.is_small_int() || x.type() == &g_int_type)
        return Value::borrow(x);
    if (is_float_exact(x))
        return int_from_double(float_value(x));
    TypeObject* type = x.type();
    if (type->to_int) {
        Value result = TRY(type->to_int(x));
        if (!is_int(result))
            return raise(&g_exc_TypeError, "__int__ returned non-int (type {})", result.type()->type_name());
        if (!result.get().is_small_int() && result.type() != &g_int_type)
            TRY(warn(&g_exc_DeprecationWarning, format_message("__int__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", { result.type()->type_name() })));
        return int_exact(result);
    }
    if (type->index)
        return number_index(x);
    if (Val trunc = type_lookup(type, NAME_OF(__trunc__))) {
        Value hold = Value::borrow(trunc);
        TRY(warn(&g_exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated."));
        Value truncated = TRY(call_special(x, NAME_OF(__trunc__), {}));
        if (is_int(truncated))
            return int_exact(truncated);
        if (!truncated.type()->index)
            return raise(&g_exc_TypeError, "__trunc__ returned non-Integral (type {})", truncated.type()->type_name());
        return number_index(truncated);
    }
    if (is_str(x))
        return int_from_string(x.as<StrObject>()->view(), 10);
    std::string_view digits;
    if (bytes_like_view(x, digits))
        return int_from_bytes_text(digits, 10);
    return raise(&g_exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                 type->type_name());
}

static Result<Value> int_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("int", args, nargs, kwnames, { "", "base" }, 0, bound, 1));
    Value value;
    if (!bound[1]) {
        if (!bound[0])
            value = Value::small_int(0);
        else
            value = TRY(int_from_object(bound[0]));
    } else {
        if (!bound[0])
            return raise(&g_exc_TypeError, "int() missing string argument");
        Value base_value = TRY(number_index(bound[1]));
        int64_t base;
        if (!int_to_int64(base_value, base) || (base != 0 && (base < 2 || base > 36)))
            return raise(&g_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        std::string_view digits;
        if (is_str(bound[0]))
            value = TRY(int_from_string(bound[0].as<StrObject>()->view(), int(base)));
        else if ((is_bytes(bound[0]) || is_bytearray(bound[0])) && bytes_like_view(bound[0], digits))
            value = TRY(int_from_bytes_text(digits, int(base)));
        else
            return raise(&g_exc_TypeError, "int() can't convert non-string with explicit base");
    }
    if (type == &g_int_type)
        return value;
    return int_new_of_type(type, value);
}

// ---- Methods ----

static Result<Value> int_bit_length_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("bit_length", nargs - 1, kwnames, 0, 0));
    return int_from_uint64(int_bit_length(args[0]));
}

static Result<Value> int_bit_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("bit_count", nargs - 1, kwnames, 0, 0));
    if (args[0].is_small_int()) {
        int64_t x = args[0].small_int_value();
        return Value::small_int(__builtin_popcountll(x < 0 ? -uint64_t(x) : uint64_t(x)));
    }
    Mpz magnitude;
    mpz_abs(magnitude, args[0].as<IntObject>()->value);
    return int_from_uint64(mpz_popcount(magnitude));
}

static Result<Value> int_conjugate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("conjugate", nargs - 1, kwnames, 0, 0));
    return int_exact(args[0]);
}

static Result<Value> int_as_integer_ratio(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("as_integer_ratio", nargs - 1, kwnames, 0, 0));
    Value numerator = int_exact(args[0]);
    return Value(tuple_of({ numerator, Val::small_int(1) }));
}

static Result<Value> int_is_integer(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_integer", nargs - 1, kwnames, 0, 0));
    return bool_value(true);
}

// round(int, ndigits): a negative ndigits rounds to a multiple of 10**-ndigits, ties to even.
static Result<Value> int_round(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__round__", nargs - 1, kwnames, 0, 1));
    if (nargs < 2 || is_none(args[1]))
        return int_exact(args[0]);
    Value ndigits = TRY(number_index(args[1]));
    if (int_sign(ndigits) >= 0)
        return int_exact(args[0]);
    MpzView x(args[0]);
    int64_t k;
    if (!int_to_int64(ndigits, k) || -k > int64_t(mpz_sizeinbase(x, 10)) + 1)
        return Value::small_int(0);
    Mpz power, quotient, remainder, twice;
    mpz_ui_pow_ui(power, 10, uint64_t(-k));
    mpz_fdiv_qr(quotient, remainder, x, power);
    mpz_mul_2exp(twice, remainder, 1);
    int c = mpz_cmp(twice, power);
    if (c > 0 || (c == 0 && mpz_odd_p(quotient)))
        mpz_add_ui(quotient, quotient, 1);
    mpz_mul(quotient, quotient, power);
    return int_from_mpz(quotient);
}

static Result<Value> int_exact_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__trunc__", nargs - 1, kwnames, 0, 0));
    return int_exact(args[0]);
}

static Result<Value> int_format_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__format__", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__format__() argument must be str, not {}", args[1].type()->type_name());
    return int_format(args[0], args[1].as<StrObject>());
}

static Result<Value> int_getnewargs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getnewargs__", nargs - 1, kwnames, 0, 0));
    Value value = int_exact(args[0]);
    return Value(tuple_of({ value }));
}

// int.__pow__ takes the optional modulus of the three-argument pow().
static Result<Value> int_pow_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__pow__", nargs - 1, kwnames, 1, 2));
    if (!is_int(args[1]) || (nargs > 2 && !is_none(args[2]) && !is_int(args[2])))
        return Value::borrow(not_implemented());
    return int_pow(args[0], args[1], nargs > 2 ? args[2] : Val());
}

static Result<Value> int_divmod_pair(Val a, Val b)
{
    if (int_sign(b) == 0)
        return raise(&g_exc_ZeroDivisionError, "integer division or modulo by zero");
    Value quotient = TRY(int_binary(a, b, BinaryOp::FloorDiv));
    Value remainder = TRY(int_binary(a, b, BinaryOp::Mod));
    return Value(tuple_of({ quotient, remainder }));
}

static Result<Value> int_divmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__divmod__", nargs - 1, kwnames, 1, 1));
    if (!is_int(args[1]))
        return Value::borrow(not_implemented());
    return int_divmod_pair(args[0], args[1]);
}

static Result<Value> int_rdivmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__rdivmod__", nargs - 1, kwnames, 1, 1));
    if (!is_int(args[1]))
        return Value::borrow(not_implemented());
    return int_divmod_pair(args[1], args[0]);
}

// The byteorder argument of to_bytes/from_bytes: true for "little".
static Result<bool> parse_byteorder(Val v, const char* function)
{
    if (!v)
        return false;
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument 'byteorder' must be str, not {}", function, v.type()->type_name());
    std::string_view order = v.as<StrObject>()->view();
    if (order == "little")
        return true;
    if (order == "big")
        return false;
    return raise(&g_exc_ValueError, "byteorder must be either 'little' or 'big'");
}

// The keyword-only `signed` flag follows at most two positional parameters.
static Result<void> check_two_positional(const char* function, size_t positional, TupleObject* kwnames)
{
    size_t total = positional + (kwnames ? size_t(kwnames->size) : 0);
    if (total > 3)  // Argument Clinic checks the total first
        return raise(&g_exc_TypeError, "{}() takes at most 3 arguments ({} given)", function, total);
    if (positional > 2)
        return raise(&g_exc_TypeError, "{}() takes at most 2 positional arguments ({} given)", function, positional);
    return {};
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Result<Value> int_to_bytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_two_positional("to_bytes", nargs - 1, kwnames));
    Val bound[3];
    TRY(bind_args("to_bytes", args + 1, nargs - 1, kwnames, { "length", "byteorder", "signed" }, 0, bound));
    int64_t length = bound[0] ? TRY(index_as_ssize(bound[0])) : 1;
    if (length < 0)
        return raise(&g_exc_ValueError, "length argument must be non-negative");
    bool little = TRY(parse_byteorder(bound[1], "to_bytes"));
    bool is_signed = bound[2] ? TRY(is_truthy(bound[2])) : false;
    MpzView value(args[0]);
    int sign = mpz_sgn(value.get());
    if (sign < 0 && !is_signed)
        return raise(&g_exc_OverflowError, "can't convert negative int to unsigned");
    Mpz bits;
    mpz_set(bits, value);
    if (sign < 0) {
        Mpz modulus;
        mpz_setbit(modulus, mp_bitcnt_t(length) * 8);
        mpz_add(bits, bits, modulus);  // two's complement
    }
    // Fits: unsigned needs bit_length <= 8 * length; signed also needs the sign bit to match.
    size_t needed = mpz_sgn(bits.get()) == 0 ? 0 : mpz_sizeinbase(bits, 2);
    bool fits = mpz_sgn(bits.get()) >= 0 && needed <= size_t(length) * 8;
    if (!fits) {
    } else if (is_signed && length > 0) {
        bool top = needed == size_t(length) * 8;
        fits = top == (sign < 0);
    } else if (is_signed && length == 0) {
        fits = sign == 0;
    }
    if (!fits)
        return raise(&g_exc_OverflowError, "int too big to convert");
    Ref<BytesObject> result = bytes_new_uninitialized(length);
    if (length == 0)
        return Value(std::move(result));
    memset(result->data, 0, size_t(length));
    size_t count = 0;
    size_t magnitude_bytes = (needed + 7) / 8;
    if (magnitude_bytes)
        mpz_export(result->data + (size_t(length) - magnitude_bytes), &count, 1, 1, 1, 0, bits);
    if (little)
        std::reverse(result->data, result->data + length);
    return Value(std::move(result));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method.
static Result<Value> int_from_bytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_two_positional("from_bytes", nargs - 1, kwnames));
    Val bound[3];
    TRY(bind_args("from_bytes", args + 1, nargs - 1, kwnames, { "bytes", "byteorder", "signed" }, 1, bound));
    bool little = TRY(parse_byteorder(bound[1], "from_bytes"));
    bool is_signed = bound[2] ? TRY(is_truthy(bound[2])) : false;
    Value holder;
    std::string_view data;
    if (!bytes_like_view(bound[0], data)) {
        // CPython's PyObject_Bytes: __bytes__, else an iterable of ints; unlike bytes(), never a str or a size.
        TypeObject* type = bound[0].type();
        if (!type_lookup(type, str_intern("__bytes__")) && (is_str(bound[0]) || (!type->iter && !type->getitem)))
            return raise(&g_exc_TypeError, "cannot convert '{}' object to bytes", type->type_name());
        holder = TRY(call(Val(&g_bytes_type), { bound[0] }));
        data = holder.as<BytesObject>()->view();
    }
    std::string ordered(data);
    if (little)
        std::reverse(ordered.begin(), ordered.end());
    Mpz value;
    if (!ordered.empty())
        mpz_import(value, ordered.size(), 1, 1, 1, 0, ordered.data());
    if (is_signed && !ordered.empty() && (static_cast<unsigned char>(ordered[0]) & 0x80)) {
        Mpz modulus;
        mpz_setbit(modulus, mp_bitcnt_t(ordered.size()) * 8);
        mpz_sub(value, value, modulus);
    }
    Value result = int_from_mpz(value);
    TypeObject* cls = args[0].as<TypeObject>();
    if (cls == &g_int_type)
        return result;
    return call(Val(cls), { result.get() });
}

static Result<Value> int_get_self(Val self) { return int_exact(self); }
static Result<Value> int_get_zero(Val) { return Value::small_int(0); }
static Result<Value> int_get_one(Val) { return Value::small_int(1); }

static const MethodDef s_int_methods[] = {
    { "bit_length", int_bit_length_method, METHOD_INSTANCE, "Number of bits necessary to represent self in binary." },
    { "bit_count", int_bit_count, METHOD_INSTANCE, "Number of ones in the binary representation of the absolute value of self." },
    { "conjugate", int_conjugate, METHOD_INSTANCE, "Returns self, the complex conjugate of any int." },
    { "as_integer_ratio", int_as_integer_ratio, METHOD_INSTANCE, "Return a pair of integers, whose ratio is equal to the original int." },
    { "is_integer", int_is_integer, METHOD_INSTANCE, "Returns True. Exists for duck type compatibility with float.is_integer." },
    { "__round__", int_round, METHOD_INSTANCE, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
    { "__trunc__", int_exact_method, METHOD_INSTANCE, "Truncating an Integral returns itself." },
    { "__floor__", int_exact_method, METHOD_INSTANCE, "Flooring an Integral returns itself." },
    { "__ceil__", int_exact_method, METHOD_INSTANCE, "Ceiling of an Integral returns itself." },
    { "__format__", int_format_method, METHOD_INSTANCE, "Convert to a string according to format_spec." },
    { "__getnewargs__", int_getnewargs, METHOD_INSTANCE, nullptr },
    { "__pow__", int_pow_method, METHOD_INSTANCE, "Return pow(self, value, mod)." },
    { "__divmod__", int_divmod, METHOD_INSTANCE, "Return divmod(self, value)." },
    { "__rdivmod__", int_rdivmod, METHOD_INSTANCE, "Return divmod(value, self)." },
    { "to_bytes", int_to_bytes, METHOD_INSTANCE, "Return an array of bytes representing an integer." },
    { "from_bytes", int_from_bytes, METHOD_CLASS, "Return the integer represented by the given array of bytes." },
    {},
};

static const GetSetDef s_int_getsets[] = {
    { "real", int_get_self, nullptr, "the real part of a complex number" },
    { "imag", int_get_zero, nullptr, "the imaginary part of a complex number" },
    { "numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms" },
    { "denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms" },
    {},
};

void init_int_type()
{
    type_init_static(g_int_type, "int", sizeof(IntObject), &g_object_type, TYPE_BASETYPE | TYPE_INT_SUBCLASS);
    g_int_type.destroy = int_destroy;
    g_int_type.repr = int_repr;
    g_int_type.hash = int_hash_slot;
    g_int_type.richcompare = int_richcompare;
    g_int_type.new_instance = int_new;
    g_int_type.to_bool = int_to_bool;
    g_int_type.negative = int_negative;
    g_int_type.positive = int_positive;
    g_int_type.invert = int_invert;
    g_int_type.absolute = int_absolute;
    g_int_type.to_int = int_positive;
    g_int_type.index = int_positive;
    g_int_type.to_float = int_to_float;
    g_int_type.binary[int(BinaryOp::Add)] = int_binary_slot<BinaryOp::Add>;
    g_int_type.binary[int(BinaryOp::Sub)] = int_binary_slot<BinaryOp::Sub>;
    g_int_type.binary[int(BinaryOp::Mul)] = int_binary_slot<BinaryOp::Mul>;
    g_int_type.binary[int(BinaryOp::TrueDiv)] = int_binary_slot<BinaryOp::TrueDiv>;
    g_int_type.binary[int(BinaryOp::FloorDiv)] = int_binary_slot<BinaryOp::FloorDiv>;
    g_int_type.binary[int(BinaryOp::Mod)] = int_binary_slot<BinaryOp::Mod>;
    g_int_type.binary[int(BinaryOp::Pow)] = int_binary_slot<BinaryOp::Pow>;
    g_int_type.binary[int(BinaryOp::LShift)] = int_binary_slot<BinaryOp::LShift>;
    g_int_type.binary[int(BinaryOp::RShift)] = int_binary_slot<BinaryOp::RShift>;
    g_int_type.binary[int(BinaryOp::And)] = int_binary_slot<BinaryOp::And>;
    g_int_type.binary[int(BinaryOp::Or)] = int_binary_slot<BinaryOp::Or>;
    g_int_type.binary[int(BinaryOp::Xor)] = int_binary_slot<BinaryOp::Xor>;
    g_int_type.methods = s_int_methods;
    g_int_type.getsets = s_int_getsets;
    g_int_type.doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
                     "Convert a number or string to an integer, or return 0 if no arguments are given.";
}

}  // namespace ginger
