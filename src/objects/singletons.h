// The immortal singletons: None, True, False, NotImplemented, Ellipsis.
#pragma once

#include "objects/type.h"

namespace ginger {

extern Object g_none;
extern Object g_not_implemented;
extern Object g_ellipsis;
struct BoolObject;
extern TypeObject g_none_type, g_bool_type, g_not_implemented_type, g_ellipsis_type;
extern Object* const g_true;
extern Object* const g_false;

inline Val none() { return Val(&g_none); }
inline Value none_value() { return Value::borrow(Val(&g_none)); }
inline Val not_implemented() { return Val(&g_not_implemented); }
inline Value bool_value(bool b) { return Value::borrow(Val(b ? g_true : g_false)); }
inline bool is_none(Val v) { return v.bits() == reinterpret_cast<uintptr_t>(&g_none); }
inline bool is_not_implemented(Val v) { return v.bits() == reinterpret_cast<uintptr_t>(&g_not_implemented); }
inline bool is_true(Val v) { return v.bits() == reinterpret_cast<uintptr_t>(g_true); }
inline bool is_false(Val v) { return v.bits() == reinterpret_cast<uintptr_t>(g_false); }

}  // namespace ginger
