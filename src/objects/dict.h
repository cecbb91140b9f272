// dict: an insertion-ordered hash table (a sparse index array over a dense entry array, as CPython's).
#pragma once

#include "objects/type.h"

namespace ginger {

struct DictEntry {
    int64_t hash;
    Value key;    // null for a deleted entry
    Value value;
};

struct DictObject : Object {
    // Invariants: used <= entries_used <= entries_capacity; index_size is a power of two and
    // entries_capacity <= index_size * 2 / 3. The index holds entry numbers, -1 (empty) or -2 (deleted).
    int64_t used;                // live entries
    int64_t entries_used;        // entries written, live or deleted
    int64_t entries_capacity;
    int64_t index_size;
    DictEntry* entries;
    void* index;                 // int8/int16/int32/int64 slots depending on index_size
    uint64_t version;            // changes on every mutation; iteration detects changes with it
    uint32_t key_kind;           // 1 while every key ever stored was an exact str (fast lookups)
    // A fresh number (from a global counter) whenever a key is added or removed or the entries move;
    // unchanged when only a value is replaced. Attribute caches keep (keys_version, entry index).
    uint64_t keys_version;
};

extern TypeObject g_dict_type;

inline bool is_dict(Val v) { return v.is_object() && v.type()->has_flag(TYPE_DICT_SUBCLASS); }
inline bool is_dict_exact(Val v) { return v.is_object() && v.object()->type == &g_dict_type; }

Ref<DictObject> dict_new();
// Lookups return a borrowed value, or null (without error) when the key is missing.
Result<Val> dict_get(DictObject* dict, Val key);
Result<Val> dict_get_known_hash(DictObject* dict, Val key, int64_t hash);  // hash: the key's hash, already computed
Val dict_get_str(DictObject* dict, StrObject* key);  // key must be a str; cannot raise
Result<void> dict_set(DictObject* dict, Val key, Val value);
void dict_set_str(DictObject* dict, StrObject* key, Val value);
Result<bool> dict_delete(DictObject* dict, Val key);  // false if missing (no error set)
Result<void> dict_update(DictObject* dict, Val other);  // a mapping or an iterable of pairs
Result<void> dict_merge_mapping(DictObject* dict, Val other);  // a mapping only ({**m}: AttributeError without keys())
Result<Value> dict_getitem(Val dict, Val key);
// Iterates live entries: for (int64_t i = 0; dict_next(d, i, key, value);)
bool dict_next(DictObject* dict, int64_t& position, Val& key, Val& value);
// The index in entries of a str key, or -1; used by the attribute inline caches.
int64_t dict_find_str_index(DictObject* dict, StrObject* key);
Ref<DictObject> dict_copy(DictObject* dict);
void dict_clear(DictObject* dict);

}  // namespace ginger
