// set and frozenset: open-addressed hash tables of keys.
#pragma once

#include "objects/type.h"

namespace ginger {

struct SetEntry {
    int64_t hash;
    Value key;  // null: empty; the dummy object: deleted
};

struct SetObject : Object {
    // Invariants: mask + 1 is a power of two; fill (used + dummies) <= (mask + 1) * 3 / 5.
    int64_t used;
    int64_t fill;
    int64_t mask;
    SetEntry* table;
    int64_t hash;  // frozenset only, -1 until computed
    uint64_t version;
    int64_t finger;  // where pop() starts looking
    // Small sets use this inline table (table == small_table while mask == SET_MIN_SIZE - 1).
    SetEntry small_table[8];
};

extern TypeObject g_set_type, g_frozenset_type;

inline bool is_set_like(Val v) { return v.is_object() && (is_subtype(v.type(), &g_set_type) || is_subtype(v.type(), &g_frozenset_type)); }
Ref<SetObject> set_new(TypeObject* type = &g_set_type);
Result<void> set_add(SetObject* set, Val key);
Result<bool> set_contains(SetObject* set, Val key);
Result<void> set_update(SetObject* set, Val iterable);
// The next live key from `position` (0 to start), and its stored hash if `hash` is given.
bool set_next(SetObject* set, int64_t& position, Val& key, int64_t* hash = nullptr);

}  // namespace ginger
