// tuple: an immutable array of values, stored inline after the header.
#pragma once

#include "objects/type.h"

#include <initializer_list>

namespace ginger {

struct TupleObject : Object {
    int64_t size;
    Value items[];  // Invariant: all non-null once the tuple is visible to Python code.

    Val item(int64_t i) const { return items[i].get(); }
    const Val* data() const { return reinterpret_cast<const Val*>(items); }
};

extern TypeObject g_tuple_type;

inline bool is_tuple(Val v) { return v.is_object() && v.type()->has_flag(TYPE_TUPLE_SUBCLASS); }
inline bool is_tuple_exact(Val v) { return v.is_object() && v.object()->type == &g_tuple_type; }

Ref<TupleObject> tuple_new(int64_t size);  // items null: fill them before exposing the tuple
Ref<TupleObject> tuple_from(const Val* items, int64_t count);
Ref<TupleObject> tuple_of(std::initializer_list<Val> items);
Ref<TupleObject> tuple_empty();
Result<Value> tuple_richcompare(Val a, Val b, CompareOp op);

}  // namespace ginger
