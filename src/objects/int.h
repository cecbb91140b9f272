// int: small values are tagged words (see Val); larger ones are IntObjects holding a GMP integer.
#pragma once

#include "objects/type.h"

#include <string>

namespace ginger {

struct IntObject;  // defined in int.cpp; holds an mpz_t

Value int_from_int64(int64_t value);
Value int_from_uint64(uint64_t value);
Result<Value> int_from_double(double value);  // OverflowError for inf, ValueError for nan
// Parses an int literal as int() does: base 0 allows prefixes; underscores between digits.
Result<Value> int_from_string(std::string_view text, int base);
// Ints only: small or big (bool included, it is an int subclass).
inline bool is_int(Val v) { return v.is_small_int() || v.type()->has_flag(TYPE_INT_SUBCLASS); }
bool int_is_big(Val v);  // a heap IntObject (or subclass instance)
// The value if it fits, else false.
bool int_to_int64(Val v, int64_t& out);
Result<int64_t> int_as_int64(Val v);      // OverflowError "Python int too large to convert to C int64"
Result<int64_t> int_as_ssize(Val v);      // OverflowError "cannot fit 'int' into an index-sized integer"
Result<double> int_to_double(Val v);      // correctly rounded; OverflowError "int too large to convert to float"
std::string int_to_decimal(Val v);
std::string int_to_base(Val v, int base);  // base 2, 8, 16 with 0b/0o/0x prefix
int int_sign(Val v);
int64_t int_hash(Val v);
int int_compare(Val a, Val b);  // -1, 0, 1
Result<Value> int_binary(Val a, Val b, BinaryOp op);  // both ints; returns NotImplemented for unsupported ops
Result<Value> int_pow(Val base, Val exponent, Val modulus);
Value int_negate(Val v);
size_t int_bit_length(Val v);
// The limit on decimal digits of str <-> int conversions (sys.set_int_max_str_digits); 0 disables it.
extern int64_t g_int_max_str_digits;
// The value of a Unicode decimal digit (category Nd), or -1. int() and float() accept them.
int unicode_decimal_value(uint32_t code_point);

extern TypeObject g_int_type;

}  // namespace ginger
