// The layout of heap ints and the GMP-level helpers shared by int.cpp, bool.cpp, float.cpp and
// numformat.cpp. Private to the numeric types: other code uses int.h.
#pragma once

#include "objects/int.h"

#include <gmp.h>

namespace ginger {

// A heap int. Exact ints are normalized: an IntObject of type int never holds a value in
// [SMALL_INT_MIN, SMALL_INT_MAX]. Instances of int subclasses (bool, class MyInt(int)) are always
// IntObjects, whatever their value.
struct IntObject : Object {
    mpz_t value;
};

// Results larger than this many bits raise MemoryError instead of letting GMP abort.
inline constexpr uint64_t INT_MAX_BITS = uint64_t(1) << 34;

// A read-only mpz view of any int value; small ints use a limb on the stack (no allocation).
class MpzView {
public:
    explicit MpzView(Val v)
    {
        if (v.is_small_int()) {
            int64_t value = v.small_int_value();
            m_limb = value < 0 ? mp_limb_t(-uint64_t(value)) : mp_limb_t(value);
            mpz_roinit_n(m_tmp, &m_limb, value < 0 ? -1 : (value > 0 ? 1 : 0));
            m_ptr = m_tmp;
        } else {
            m_ptr = v.as<IntObject>()->value;
        }
    }
    MpzView(const MpzView&) = delete;
    MpzView& operator=(const MpzView&) = delete;
    mpz_srcptr get() const { return m_ptr; }
    operator mpz_srcptr() const { return m_ptr; }
    mpz_srcptr operator->() const { return m_ptr; }  // for GMP's macros (mpz_sgn, mpz_odd_p)

private:
    mp_limb_t m_limb = 0;
    mpz_t m_tmp;
    mpz_srcptr m_ptr;
};

// An owned scratch mpz, cleared on scope exit.
class Mpz {
public:
    Mpz() { mpz_init(m_value); }
    ~Mpz() { mpz_clear(m_value); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    mpz_ptr get() { return m_value; }
    operator mpz_ptr() { return m_value; }
    operator mpz_srcptr() const { return m_value; }
    mpz_ptr operator->() { return m_value; }  // for GMP's macros (mpz_sgn, mpz_odd_p)

private:
    mpz_t m_value;
};

// An exact int from an mpz (a small int when it fits). Steals the mpz's limbs: `value` is left 0.
Value int_from_mpz(mpz_ptr value);
// An instance of `type` (int or a subclass) holding `value` (any int).
Result<Value> int_new_of_type(TypeObject* type, Val value);
// The exact int with the value of an int subclass instance (or the int itself).
Value int_exact(Val v);
// value = n * 2**exponent (n >= 0, `sticky` says some nonzero bits below n were dropped), correctly
// rounded to a double. Returns false on overflow.
bool mpz_scaled_to_double(mpz_srcptr n, bool sticky, int64_t exponent, double& out);
// Compares an int with a double exactly: -1, 0, 1, or 2 when the double is a NaN.
int int_compare_double(Val i, double d);
// Text of the 4300-digit-limit error for int -> str conversions.
Error raise_int_str_limit();
// Rewrites Unicode whitespace as ' ' and Unicode decimal digits as ASCII digits (int() and float()).
std::string numeric_text_to_ascii(std::string_view text);
// Decimal digits of |v| for formatting (raises the digit-limit ValueError).
Result<std::string> int_to_decimal_checked(Val v);

}  // namespace ginger
