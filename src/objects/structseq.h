// Struct sequences: tuple subclasses whose items are also readable by name (sys.flags, sys.float_info, ...).
#pragma once

#include "objects/object.h"

#include <initializer_list>

namespace ginger {

struct TypeObject;

// Makes an immortal struct-sequence type named `name` (e.g. "sys.flags") with the given field names. Its repr
// is CPython's: sys.flags(debug=0, inspect=0, ...).
TypeObject* structseq_new_type(const char* name, std::initializer_list<const char*> fields);
// An instance of such a type holding `items` (one per field).
Result<Value> structseq_new(TypeObject* type, std::initializer_list<Val> items);
// For types Python code cannot instantiate (sys.flags): T() and T.__new__(T, ...) raise TypeError.
void structseq_disallow_instantiation(TypeObject* type);
// CPython's structseq __reduce__: (type(self), (the first `visible` items, {hidden field name: value})) for
// the items up to `total` (stored past the tuple's size), named in `hidden_names` (os.stat_result, time.struct_time).
Result<Value> structseq_reduce_value(Val self, int64_t visible, int64_t total, const char* const* hidden_names);

}  // namespace ginger
