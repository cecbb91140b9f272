// list: a growable array of values.
#pragma once

#include "objects/type.h"

namespace ginger {

struct ListObject : Object {
    // Invariants: 0 <= size <= capacity; items[0..size) are non-null.
    Value* items;
    int64_t size;
    int64_t capacity;

    Val item(int64_t i) const { return items[i].get(); }
    const Val* data() const { return reinterpret_cast<const Val*>(items); }
};

extern TypeObject g_list_type;

inline bool is_list(Val v) { return v.is_object() && v.type()->has_flag(TYPE_LIST_SUBCLASS); }
inline bool is_list_exact(Val v) { return v.is_object() && v.object()->type == &g_list_type; }

Ref<ListObject> list_new(int64_t reserve = 0);
Ref<ListObject> list_from(const Val* items, int64_t count);
void list_append(ListObject* list, Value item);
Result<void> list_extend(ListObject* list, Val iterable);
Result<void> list_sort(ListObject* list, Val key, bool reverse);
Result<Value> list_from_iterable(Val iterable);

}  // namespace ginger
