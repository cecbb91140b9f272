// float: a boxed double. Results are allocated from a free list (see float.cpp).
#pragma once

#include "objects/type.h"

#include <string>

namespace ginger {

struct FloatObject : Object {
    double value;
};

extern TypeObject g_float_type;

Value float_from_double(double value);
inline bool is_float_exact(Val v) { return v.is_object() && v.object()->type == &g_float_type; }
bool is_float(Val v);
inline double float_value(Val v) { return v.as<FloatObject>()->value; }
// The shortest repr that round-trips, as repr(float) prints it.
std::string float_repr(double value);
int64_t float_hash(double value);
// Converts an int or float operand to double; false if it is neither.
Result<bool> to_double(Val v, double& out);
// Any real number as a double, as CPython's PyFloat_AsDouble takes it: ints and floats by value, then
// __float__, then __index__; TypeError "must be real number, not T" otherwise.
Result<double> float_as_double(Val v);
Result<Value> float_binary(double a, double b, BinaryOp op);
Result<Value> float_from_string(std::string_view text);

}  // namespace ginger
