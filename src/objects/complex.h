// complex: a boxed pair of doubles, with CPython 3.12's arithmetic, repr, hashing and parsing.
#pragma once

#include "objects/type.h"

#include <string>

namespace ginger {

struct ComplexObject : Object {
    double real;
    double imag;
};

extern TypeObject g_complex_type;

Value complex_from_doubles(double real, double imag);
inline bool is_complex_exact(Val v) { return v.is_object() && v.object()->type == &g_complex_type; }
bool is_complex(Val v);  // complex or a subclass
inline double complex_real(Val v) { return v.as<ComplexObject>()->real; }
inline double complex_imag(Val v) { return v.as<ComplexObject>()->imag; }

// repr(complex(real, imag)): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
std::string complex_repr(double real, double imag);
int64_t complex_hash(double real, double imag);  // for finite or infinite parts (NaNs hash by identity)

// a / b as the / operator computes it (Smith's algorithm); false, with a zero result, when b is 0.
bool complex_quotient(double a_real, double a_imag, double b_real, double b_imag, double& real, double& imag);

// (a_real + a_imag j) ** (b_real + b_imag j) as CPython's complex_pow computes it, with its errors
// (ZeroDivisionError "0.0 to a negative or complex power", OverflowError "complex exponentiation").
// float ** float uses it when a negative base meets a non-integer exponent.
Result<Value> complex_power(double a_real, double a_imag, double b_real, double b_imag);

}  // namespace ginger
