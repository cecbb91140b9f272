// Argument binding for native functions: positional and keyword arguments to named parameters.
#pragma once

#include "objects/tuple.h"

#include <initializer_list>
#include <string_view>

namespace ginger {

// Binds args (nargs positional, then one value per name in kwnames) to the parameters `names`.
// out[i] receives a borrowed value, or null when the caller did not give parameter i. The first
// `positional_only` parameters cannot be passed by keyword. `required` parameters must be given.
// Raises TypeError with CPython's messages on surplus, missing, unknown or duplicate arguments.
Result<void> bind_args(std::string_view function_name, const Val* args, size_t nargs, TupleObject* kwnames,
                       std::initializer_list<const char*> names, size_t required, Val* out,
                       size_t positional_only = 0);

// Checks the count of a positional-only native function: "f() takes exactly one argument (2 given)" etc.
Result<void> check_positional(std::string_view function_name, size_t nargs, TupleObject* kwnames, size_t min, size_t max);

}  // namespace ginger
