// set and frozenset: open addressing with short linear runs plus perturbation, and a dummy marker for
// deleted slots, as CPython's setobject.c, so that iteration orders match CPython's.
#include "objects/set.h"

#include "objects/container_util.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace ginger {

Result<Value> set_reduce(const Val* args, size_t nargs, TupleObject* kwnames);  // object_reduce.cpp

TypeObject g_set_type, g_frozenset_type;
TypeObject g_set_iterator_type;

namespace {

constexpr int64_t SET_MIN_SIZE = 8;
constexpr int64_t LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

// Deleted slots hold this key (and hash -1, which no real hash equals).
Object s_dummy = { IMMORTAL_REFCOUNT, nullptr };
inline bool is_dummy(Val v) { return v.bits() == reinterpret_cast<uintptr_t>(&s_dummy); }
inline bool is_active(const SetEntry& entry) { return !entry.key.is_null() && !is_dummy(entry.key.get()); }

inline bool is_set_exact(Val v) { return v.is_object() && v.object()->type == &g_set_type; }
inline bool is_frozenset_exact(Val v) { return v.is_object() && v.object()->type == &g_frozenset_type; }
inline bool is_set_subtype(Val v) { return v.is_object() && is_subtype(v.type(), &g_set_type); }

SetObject* set_alloc(TypeObject* type)
{
    auto* set = static_cast<SetObject*>(alloc_object(type));
    VERIFY(set);
    set->table = set->small_table;
    set->mask = SET_MIN_SIZE - 1;
    set->hash = -1;
    return set;
}

// Places a key known to be absent into a table without dummies (moves the reference).
void insert_clean(SetEntry* table, int64_t mask, Val key, int64_t hash)
{
    uint64_t perturb = uint64_t(hash);
    uint64_t i = uint64_t(hash) & uint64_t(mask);
    for (;;) {
        SetEntry* entry = &table[i];
        if (entry->key.is_null())
            goto found;
        if (i + LINEAR_PROBES <= uint64_t(mask)) {
            for (int j = 0; j < LINEAR_PROBES; ++j) {
                ++entry;
                if (entry->key.is_null())
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & uint64_t(mask);
        continue;
    found:
        entry->hash = hash;
        new (&entry->key) Value(Value::adopt(key));
        return;
    }
}

// Rebuilds the table with room for more than min_used keys, dropping dummies.
void set_resize(SetObject* set, int64_t min_used)
{
    int64_t new_size = SET_MIN_SIZE;
    while (new_size <= min_used)
        new_size <<= 1;
    SetEntry* old_table = set->table;
    int64_t old_size = set->mask + 1;
    // The old entries move bitwise; when the inline table is reused, work from a copy of it.
    // Raw storage, not SetEntry objects: the moved-out copies must not be destroyed (released) here.
    alignas(SetEntry) unsigned char small_copy_storage[sizeof(SetEntry) * SET_MIN_SIZE];
    auto* small_copy = reinterpret_cast<SetEntry*>(small_copy_storage);
    if (old_table == set->small_table) {
        memcpy(static_cast<void*>(small_copy), old_table, sizeof(small_copy_storage));
        old_table = small_copy;
    }
    SetEntry* new_table;
    if (new_size == SET_MIN_SIZE) {
        new_table = set->small_table;
    } else {
        new_table = static_cast<SetEntry*>(calloc(size_t(new_size), sizeof(SetEntry)));
        if (!new_table)
            throw std::bad_alloc();
    }
    // The inline table is either the new table (start empty) or left behind (its entries moved out
    // bitwise): either way it must hold no references, or they would be released twice.
    if (new_table == set->small_table || old_table == small_copy)
        memset(static_cast<void*>(set->small_table), 0, sizeof(SetEntry) * SET_MIN_SIZE);
    for (int64_t i = 0; i < old_size; ++i) {
        if (is_active(old_table[i]))
            insert_clean(new_table, new_size - 1, old_table[i].key.get(), old_table[i].hash);
    }
    if (old_table != small_copy)
        free(static_cast<void*>(old_table));
    set->table = new_table;
    set->mask = new_size - 1;
    set->fill = set->used;
}

// Finds key: returns the entry holding it, or (when missing) null. Restarts if __eq__ changes the table.
Result<SetEntry*> set_lookup(SetObject* set, Val key, int64_t hash)
{
restart:
    SetEntry* table = set->table;
    uint64_t mask = uint64_t(set->mask);
    uint64_t perturb = uint64_t(hash);
    uint64_t i = uint64_t(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        int64_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key.is_null())
                return static_cast<SetEntry*>(nullptr);
            if (entry->hash == hash) {
                Val stored = entry->key.get();
                if (stored.is(key))
                    return entry;
                if (stored.is_small_int() && key.is_small_int()) {
                    // Distinct small ints are never equal.
                } else if (is_str_exact(stored) && is_str_exact(key)) {
                    if (str_equal(stored.as<StrObject>(), key.as<StrObject>()))
                        return entry;
                } else {
                    Value hold = Value::borrow(stored);
                    bool equal = TRY(rich_compare_bool(stored, key, CompareOp::Eq));
                    if (table != set->table || !entry->key.get().is(stored))
                        goto restart;
                    if (equal)
                        return entry;
                }
            }
            ++entry;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Adds key (with its hash) unless present; takes a new reference.
Result<void> set_add_entry(SetObject* set, Val key, int64_t hash)
{
restart:
    SetEntry* table = set->table;
    uint64_t mask = uint64_t(set->mask);
    uint64_t perturb = uint64_t(hash);
    uint64_t i = uint64_t(hash) & mask;
    SetEntry* entry;
    for (;;) {
        entry = &table[i];
        int64_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key.is_null())
                goto found_unused;
            if (entry->hash == hash) {
                Val stored = entry->key.get();
                if (stored.is(key))
                    return {};
                if (stored.is_small_int() && key.is_small_int()) {
                } else if (is_str_exact(stored) && is_str_exact(key)) {
                    if (str_equal(stored.as<StrObject>(), key.as<StrObject>()))
                        return {};
                } else {
                    Value hold = Value::borrow(stored);
                    bool equal = TRY(rich_compare_bool(stored, key, CompareOp::Eq));
                    if (table != set->table || !entry->key.get().is(stored))
                        goto restart;
                    if (equal)
                        return {};
                    mask = uint64_t(set->mask);
                }
            }
            ++entry;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    key.incref();
    entry->hash = hash;
    new (&entry->key) Value(Value::adopt(key));
    set->fill += 1;
    set->used += 1;
    set->version += 1;
    if (uint64_t(set->fill) * 5 < mask * 3)
        return {};
    set_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
    return {};
}

// Removes key if present; returns whether it was.
Result<bool> set_discard_entry(SetObject* set, Val key, int64_t hash)
{
    SetEntry* entry = TRY(set_lookup(set, key, hash));
    if (!entry)
        return false;
    Value old = std::move(entry->key);
    entry->key = Value::adopt(Val(&s_dummy));
    entry->hash = -1;
    set->used -= 1;
    set->version += 1;
    return true;
}

void set_clear_table(SetObject* set)
{
    SetEntry* table = set->table;
    int64_t size = set->mask + 1;
    // Detach first: releasing keys may run __del__, which may look at the set.
    std::vector<Val> keys;
    keys.reserve(size_t(set->used));
    for (int64_t i = 0; i < size; ++i) {
        if (is_active(table[i]))
            keys.push_back(table[i].key.get());
    }
    if (table != set->small_table)
        free(static_cast<void*>(table));
    memset(static_cast<void*>(set->small_table), 0, sizeof(set->small_table));
    set->table = set->small_table;
    set->mask = SET_MIN_SIZE - 1;
    set->used = 0;
    set->fill = 0;
    set->version += 1;
    for (Val key : keys)
        key.decref();
}

// A key that is an (unhashable) set is looked up as a frozenset, as CPython does.
Result<bool> contains_key(SetObject* set, Val key)
{
    auto hash = fast_hash(key);
    if (hash.is_error()) {
        if (!is_set_subtype(key) || !error_matches(&g_exc_TypeError))
            return Error {};
        clear_error();
        Ref<SetObject> frozen = set_new(&g_frozenset_type);
        TRY(set_update(frozen.get(), key));
        return contains_key(set, frozen);
    }
    return TRY(set_lookup(set, key, hash.release_value())) != nullptr;
}

Result<bool> discard_key(SetObject* set, Val key)
{
    auto hash = fast_hash(key);
    if (hash.is_error()) {
        if (!is_set_subtype(key) || !error_matches(&g_exc_TypeError))
            return Error {};
        clear_error();
        Ref<SetObject> frozen = set_new(&g_frozenset_type);
        TRY(set_update(frozen.get(), key));
        return discard_key(set, frozen);
    }
    return set_discard_entry(set, key, hash.release_value());
}

// Adds every key of another set.
Result<void> set_merge(SetObject* set, SetObject* other)
{
    if (set == other || other->used == 0)
        return {};
    if ((set->fill + other->used) * 5 >= set->mask * 3)
        set_resize(set, (set->used + other->used) * 2);
    SetEntry* other_table = other->table;
    if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
        // Same size, no dummies: entries keep their positions.
        for (int64_t i = 0; i <= other->mask; ++i) {
            if (!other_table[i].key.is_null()) {
                set->table[i].hash = other_table[i].hash;
                new (&set->table[i].key) Value(other_table[i].key);
            }
        }
        set->fill = other->fill;
        set->used = other->used;
        set->version += 1;
        return {};
    }
    if (set->fill == 0) {
        set->fill = other->used;
        set->used = other->used;
        for (int64_t i = 0; i <= other->mask; ++i) {
            if (is_active(other_table[i])) {
                other_table[i].key.get().incref();
                insert_clean(set->table, set->mask, other_table[i].key.get(), other_table[i].hash);
            }
        }
        set->version += 1;
        return {};
    }
    for (int64_t i = 0; i <= other->mask; ++i) {
        if (!is_active(other->table[i]))
            continue;
        Value key = other->table[i].key;
        TRY(set_add_entry(set, key, other->table[i].hash));
    }
    return {};
}

// A new empty set of the built-in base of `type`: set for set subclasses, else frozenset.
Ref<SetObject> new_like(Val self)
{
    return set_new(is_set_subtype(self) ? &g_set_type : &g_frozenset_type);
}

Result<Ref<SetObject>> set_copy_of(Val self)
{
    Ref<SetObject> result = new_like(self);
    TRY(set_merge(result.get(), self.as<SetObject>()));
    return result;
}

// A set-like view of `other` (itself if it is a set or frozenset).
Result<Ref<SetObject>> as_set(Val other)
{
    if (is_set_like(other))
        return Ref<SetObject>(other.as<SetObject>());
    Ref<SetObject> result = set_new(&g_set_type);
    TRY(set_update(result.get(), other));
    return result;
}

Result<Ref<SetObject>> set_intersection(Val self, Val other)
{
    if (self.is(other))
        return set_copy_of(self);
    Ref<SetObject> result = new_like(self);
    if (is_set_like(other)) {
        SetObject* big = self.as<SetObject>();
        SetObject* small = other.as<SetObject>();
        if (small->used > big->used)
            std::swap(big, small);
        Ref<SetObject> hold_big(big), hold_small(small);
        for (int64_t i = 0; i <= small->mask; ++i) {
            if (!is_active(small->table[i]))
                continue;
            Value key = small->table[i].key;
            int64_t hash = small->table[i].hash;
            if (TRY(set_lookup(big, key, hash)))
                TRY(set_add_entry(result.get(), key, hash));
        }
        return result;
    }
    Value iterator = TRY(get_iter(other));
    for (;;) {
        Value key = TRY(iter_next(iterator));
        if (!key)
            break;
        int64_t hash = TRY(fast_hash(key));
        if (TRY(set_lookup(self.as<SetObject>(), key, hash)))
            TRY(set_add_entry(result.get(), key, hash));
    }
    return result;
}

Result<void> difference_update(SetObject* set, Val other)
{
    if (Val(set).is(other)) {
        set_clear_table(set);
        return {};
    }
    if (is_set_like(other)) {
        auto* source = other.as<SetObject>();
        Ref<SetObject> hold(source);
        for (int64_t i = 0; i <= source->mask; ++i) {
            if (!is_active(source->table[i]))
                continue;
            Value key = source->table[i].key;
            TRY(set_discard_entry(set, key, source->table[i].hash));
        }
    } else {
        Value iterator = TRY(get_iter(other));
        for (;;) {
            Value key = TRY(iter_next(iterator));
            if (!key)
                break;
            TRY(discard_key(set, key));
        }
    }
    // More than a quarter dummies: rebuild the table.
    if (set->fill - set->used > set->mask / 4)
        set_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
    return {};
}

Result<Ref<SetObject>> set_difference(Val self, Val other)
{
    auto* set = self.as<SetObject>();
    int64_t other_size;
    if (is_set_like(other))
        other_size = other.as<SetObject>()->used;
    else if (is_dict_exact(other))
        other_size = other.as<DictObject>()->used;
    else
        other_size = -1;
    if (other_size < 0 || (set->used >> 2) > other_size) {
        Ref<SetObject> result = TRY(set_copy_of(self));
        TRY(difference_update(result.get(), other));
        return result;
    }
    Ref<SetObject> result = new_like(self);
    for (int64_t i = 0; i <= set->mask; ++i) {
        if (!is_active(set->table[i]))
            continue;
        Value key = set->table[i].key;
        int64_t hash = set->table[i].hash;
        bool present;
        if (is_dict_exact(other)) {
            Val found = TRY(dict_get_known_hash(other.as<DictObject>(), key, hash));
            present = bool(found);
        } else {
            present = TRY(set_lookup(other.as<SetObject>(), key, hash)) != nullptr;
        }
        if (!present)
            TRY(set_add_entry(result.get(), key, hash));
    }
    return result;
}

Result<void> symmetric_difference_update(SetObject* set, Val other)
{
    if (Val(set).is(other)) {
        set_clear_table(set);
        return {};
    }
    if (is_dict_exact(other)) {
        auto* dict = other.as<DictObject>();
        for (int64_t i = 0; i < dict->entries_used; ++i) {
            if (dict->entries[i].key.is_null())
                continue;
            Value key = dict->entries[i].key;
            int64_t hash = dict->entries[i].hash;
            if (!TRY(set_discard_entry(set, key, hash)))
                TRY(set_add_entry(set, key, hash));
        }
        return {};
    }
    Ref<SetObject> other_set;
    if (is_set_like(other)) {
        other_set = Ref<SetObject>(other.as<SetObject>());
    } else {
        other_set = set_new(is_set_subtype(Val(set)) ? &g_set_type : &g_frozenset_type);
        TRY(set_update(other_set.get(), other));
    }
    for (int64_t i = 0; i <= other_set->mask; ++i) {
        if (!is_active(other_set->table[i]))
            continue;
        Value key = other_set->table[i].key;
        int64_t hash = other_set->table[i].hash;
        if (!TRY(set_discard_entry(set, key, hash)))
            TRY(set_add_entry(set, key, hash));
    }
    return {};
}

Result<Ref<SetObject>> set_symmetric_difference(Val self, Val other)
{
    Ref<SetObject> result = new_like(self);
    TRY(set_update(result.get(), other));
    TRY(symmetric_difference_update(result.get(), self));
    return result;
}

Result<bool> set_issubset(SetObject* set, Val other_value)
{
    Ref<SetObject> other = TRY(as_set(other_value));
    if (set->used > other->used)
        return false;
    for (int64_t i = 0; i <= set->mask; ++i) {
        if (!is_active(set->table[i]))
            continue;
        Value key = set->table[i].key;
        if (!TRY(set_lookup(other.get(), key, set->table[i].hash)))
            return false;
    }
    return true;
}

Result<bool> set_issuperset(SetObject* set, Val other)
{
    if (is_set_like(other))
        return set_issubset(other.as<SetObject>(), Val(set));
    Value iterator = TRY(get_iter(other));
    for (;;) {
        Value key = TRY(iter_next(iterator));
        if (!key)
            break;
        if (!TRY(contains_key(set, key)))
            return false;
    }
    return true;
}

// ---- Slots ----

void set_destroy(Object* object)
{
    auto* set = static_cast<SetObject*>(object);
    set_clear_table(set);
}

void set_traverse(Object* object, VisitFn visit, void* context)
{
    auto* set = static_cast<SetObject*>(object);
    for (int64_t i = 0; i <= set->mask; ++i) {
        if (is_active(set->table[i]))
            visit_val(set->table[i].key, visit, context);
    }
}

Result<Value> set_repr(Val self)
{
    auto* set = self.as<SetObject>();
    std::string_view name = self.type()->type_name();
    ReprGuard guard(set);
    StrBuilder builder;
    if (guard.recursive()) {
        builder.append_utf8(name);
        builder.append_utf8("(...)");
        return builder.build();
    }
    if (set->used == 0) {
        builder.append_utf8(name);
        builder.append_utf8("()");
        return builder.build();
    }
    Value keys = TRY(list_from_iterable(self));
    auto* list = keys.as<ListObject>();
    bool exact = is_set_exact(self);
    if (!exact) {
        builder.append_utf8(name);
        builder.append_char('(');
    }
    builder.append_char('{');
    for (int64_t i = 0; i < list->size; ++i) {
        if (i)
            builder.append_utf8(", ");
        Ref<StrObject> text = TRY(repr_str(list->item(i)));
        builder.append(text.get());
    }
    builder.append_char('}');
    if (!exact)
        builder.append_char(')');
    return builder.build();
}

Result<Value> set_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_set_like(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    auto* left = a.as<SetObject>();
    auto* right = b.as<SetObject>();
    bool result = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (left->used != right->used)
            result = false;
        else if (left->hash != -1 && right->hash != -1 && left->hash != right->hash)
            result = false;
        else
            result = TRY(set_issubset(left, b));
        if (op == CompareOp::Ne)
            result = !result;
        break;
    case CompareOp::Le: result = TRY(set_issubset(left, b)); break;
    case CompareOp::Ge: result = TRY(set_issuperset(left, b)); break;
    case CompareOp::Lt: result = left->used < right->used && TRY(set_issubset(left, b)); break;
    case CompareOp::Gt: result = left->used > right->used && TRY(set_issuperset(left, b)); break;
    }
    return bool_value(result);
}

Result<int64_t> set_len(Val self) { return self.as<SetObject>()->used; }
Result<bool> set_bool(Val self) { return self.as<SetObject>()->used != 0; }
Result<bool> set_contains_slot(Val self, Val key) { return contains_key(self.as<SetObject>(), key); }

// CPython 3.12 compat: frozenset's hash, so hash(frozenset({1, 2})) is the same in both.
inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

Result<int64_t> frozenset_hash(Val self)
{
    auto* set = self.as<SetObject>();
    if (set->hash != -1)
        return set->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= set->mask; ++i) {
        if (is_active(set->table[i]))
            hash ^= shuffle_bits(uint64_t(set->table[i].hash));
    }
    hash ^= (uint64_t(set->used) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == ~uint64_t(0))
        hash = 590923713ULL;
    set->hash = int64_t(hash);
    return set->hash;
}

struct SetIteratorObject : Object {
    Ref<SetObject> set;  // null once exhausted
    int64_t used;
    int64_t position;
    int64_t remaining;
};

Result<Value> set_iter(Val self)
{
    auto* iterator = static_cast<SetIteratorObject*>(alloc_object(&g_set_iterator_type));
    VERIFY(iterator);
    auto* set = self.as<SetObject>();
    iterator->set = Ref<SetObject>(set);
    iterator->used = set->used;
    iterator->position = 0;
    iterator->remaining = set->used;
    return Value::adopt(Val(iterator));
}

void set_iterator_destroy(Object* object) { static_cast<SetIteratorObject*>(object)->set = nullptr; }

void set_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (SetObject* set = static_cast<SetIteratorObject*>(object)->set.get())
        visit(set, context);
}

Result<Value> iterator_self(Val self) { return Value::borrow(self); }

Result<Value> set_iterator_next(Val self)
{
    auto* iterator = self.as<SetIteratorObject>();
    SetObject* set = iterator->set.get();
    if (!set)
        return Value();
    if (iterator->used != set->used) {
        iterator->used = -1;
        return raise(&g_exc_RuntimeError, "Set changed size during iteration");
    }
    int64_t i = iterator->position;
    while (i <= set->mask && !is_active(set->table[i]))
        ++i;
    iterator->position = i + 1;
    if (i > set->mask) {
        iterator->set = nullptr;
        return Value();
    }
    --iterator->remaining;
    return set->table[i].key;
}

Result<Value> set_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* iterator = args[0].as<SetIteratorObject>();
    SetObject* set = iterator->set.get();
    return Value::small_int(set && iterator->used == set->used ? iterator->remaining : 0);
}

Result<Value> set_or(Val a, Val b)
{
    if (!is_set_like(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    Ref<SetObject> result = TRY(set_copy_of(a));
    if (!a.is(b))
        TRY(set_merge(result.get(), b.as<SetObject>()));
    return std::move(result).value();
}

Result<Value> set_and(Val a, Val b)
{
    if (!is_set_like(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    return TRY(set_intersection(a, b)).value();
}

Result<Value> set_sub(Val a, Val b)
{
    if (!is_set_like(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    return TRY(set_difference(a, b)).value();
}

Result<Value> set_xor(Val a, Val b)
{
    if (!is_set_like(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    return TRY(set_symmetric_difference(a, b)).value();
}

Result<Value> set_inplace_or(Val a, Val b)
{
    if (!is_set_subtype(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    TRY(set_update(a.as<SetObject>(), b));
    return Value::borrow(a);
}

// Replaces the contents of `set` by those of `other` (CPython's set_swap_bodies, one way).
void set_take_contents(SetObject* set, SetObject* other)
{
    set_clear_table(set);
    (void)set_merge(set, other);  // other holds distinct, already hashed keys: no Python code runs
}

Result<Value> set_inplace_and(Val a, Val b)
{
    if (!is_set_subtype(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    Ref<SetObject> result = TRY(set_intersection(a, b));
    set_take_contents(a.as<SetObject>(), result.get());
    return Value::borrow(a);
}

Result<Value> set_inplace_sub(Val a, Val b)
{
    if (!is_set_subtype(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    TRY(difference_update(a.as<SetObject>(), b));
    return Value::borrow(a);
}

Result<Value> set_inplace_xor(Val a, Val b)
{
    if (!is_set_subtype(a) || !is_set_like(b))
        return Value::borrow(not_implemented());
    TRY(symmetric_difference_update(a.as<SetObject>(), b));
    return Value::borrow(a);
}

Result<void> set_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames);

Result<Value> set_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Keywords are refused unless a subclass's own __init__ takes them (CPython's rule); set.__init__
    // refuses them always.
    if (kwnames && kwnames->size && (type == &g_set_type || type->init == set_init))
        return raise(&g_exc_TypeError, "set() takes no keyword arguments");
    return Value::adopt(Val(set_alloc(type)));
}

Result<void> set_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "{} expected at most 1 argument, got {}", self.type()->type_name(), nargs);
    auto* set = self.as<SetObject>();
    if (set->fill)
        set_clear_table(set);
    if (nargs == 1)
        TRY(set_update(set, args[0]));
    return {};
}

Result<Value> frozenset_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size && (type == &g_frozenset_type || type->init == g_frozenset_type.init))
        return raise(&g_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "{} expected at most 1 argument, got {}", type->type_name(), nargs);
    if (type == &g_frozenset_type && nargs == 1 && is_frozenset_exact(args[0]))
        return Value::borrow(args[0]);
    Value result = Value::adopt(Val(set_alloc(type)));
    if (nargs == 1)
        TRY(set_update(result.as<SetObject>(), args[0]));
    return result;
}

// ---- Methods ----

Result<Value> set_add_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("set.add", nargs - 1, kwnames));
    TRY(set_add(args[0].as<SetObject>(), args[1]));
    return none_value();
}

Result<Value> set_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("set.remove", nargs - 1, kwnames));
    if (!TRY(discard_key(args[0].as<SetObject>(), args[1])))
        return raise_key_error(args[1]);
    return none_value();
}

Result<Value> set_discard(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("set.discard", nargs - 1, kwnames));
    TRY(discard_key(args[0].as<SetObject>(), args[1]));
    return none_value();
}

Result<Value> set_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("set.pop", nargs - 1, kwnames));
    auto* set = args[0].as<SetObject>();
    if (set->used == 0)
        return raise_key_error(Val(str_intern("pop from an empty set")));
    int64_t i = set->finger & set->mask;
    while (!is_active(set->table[i]))
        i = (i + 1) & set->mask;
    Value key = std::move(set->table[i].key);
    set->table[i].key = Value::adopt(Val(&s_dummy));
    set->table[i].hash = -1;
    set->used -= 1;
    set->version += 1;
    set->finger = i + 1;
    return key;
}

Result<Value> set_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("set.clear", nargs - 1, kwnames));
    set_clear_table(args[0].as<SetObject>());
    return none_value();
}

Result<Value> set_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args(is_set_subtype(args[0]) ? "set.copy" : "frozenset.copy", nargs - 1, kwnames));
    if (is_frozenset_exact(args[0]))
        return Value::borrow(args[0]);
    return TRY(set_copy_of(args[0])).value();
}

const char* qualified(Val self, const char* set_name, const char* frozenset_name)
{
    return is_set_subtype(self) ? set_name : frozenset_name;
}

Result<Value> set_update_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("set.update", kwnames));
    for (size_t i = 1; i < nargs; ++i)
        TRY(set_update(args[0].as<SetObject>(), args[i]));
    return none_value();
}

Result<Value> set_union(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords(qualified(args[0], "set.union", "frozenset.union"), kwnames));
    Ref<SetObject> result = TRY(set_copy_of(args[0]));
    for (size_t i = 1; i < nargs; ++i) {
        if (args[i].is(args[0]))
            continue;
        TRY(set_update(result.get(), args[i]));
    }
    return std::move(result).value();
}

Result<Value> set_intersection_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords(qualified(args[0], "set.intersection", "frozenset.intersection"), kwnames));
    if (nargs == 1)
        return TRY(set_copy_of(args[0])).value();
    Value result = Value::borrow(args[0]);
    for (size_t i = 1; i < nargs; ++i) {
        Ref<SetObject> next = TRY(set_intersection(result, args[i]));
        result = std::move(next).value();
    }
    return result;
}

Result<Value> set_intersection_update(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("set.intersection_update", kwnames));
    Value result = TRY(set_intersection_method(args, nargs, nullptr));
    set_take_contents(args[0].as<SetObject>(), result.as<SetObject>());
    return none_value();
}

Result<Value> set_difference_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords(qualified(args[0], "set.difference", "frozenset.difference"), kwnames));
    if (nargs == 1)
        return TRY(set_copy_of(args[0])).value();
    Ref<SetObject> result = TRY(set_difference(args[0], args[1]));
    for (size_t i = 2; i < nargs; ++i)
        TRY(difference_update(result.get(), args[i]));
    return std::move(result).value();
}

Result<Value> set_difference_update(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("set.difference_update", kwnames));
    for (size_t i = 1; i < nargs; ++i)
        TRY(difference_update(args[0].as<SetObject>(), args[i]));
    return none_value();
}

Result<Value> set_symmetric_difference_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg(qualified(args[0], "set.symmetric_difference", "frozenset.symmetric_difference"), nargs - 1, kwnames));
    return TRY(set_symmetric_difference(args[0], args[1])).value();
}

Result<Value> set_symmetric_difference_update(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("set.symmetric_difference_update", nargs - 1, kwnames));
    TRY(symmetric_difference_update(args[0].as<SetObject>(), args[1]));
    return none_value();
}

Result<Value> set_issubset_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg(qualified(args[0], "set.issubset", "frozenset.issubset"), nargs - 1, kwnames));
    return bool_value(TRY(set_issubset(args[0].as<SetObject>(), args[1])));
}

Result<Value> set_issuperset_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg(qualified(args[0], "set.issuperset", "frozenset.issuperset"), nargs - 1, kwnames));
    return bool_value(TRY(set_issuperset(args[0].as<SetObject>(), args[1])));
}

Result<Value> set_isdisjoint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg(qualified(args[0], "set.isdisjoint", "frozenset.isdisjoint"), nargs - 1, kwnames));
    auto* set = args[0].as<SetObject>();
    Val other = args[1];
    if (is_set_like(other)) {
        SetObject* big = set;
        SetObject* small = other.as<SetObject>();
        if (small->used > big->used)
            std::swap(big, small);
        for (int64_t i = 0; i <= small->mask; ++i) {
            if (!is_active(small->table[i]))
                continue;
            Value key = small->table[i].key;
            if (TRY(set_lookup(big, key, small->table[i].hash)))
                return bool_value(false);
        }
        return bool_value(true);
    }
    Value iterator = TRY(get_iter(other));
    for (;;) {
        Value key = TRY(iter_next(iterator));
        if (!key)
            break;
        if (TRY(contains_key(set, key)))
            return bool_value(false);
    }
    return bool_value(true);
}

const MethodDef s_set_methods[] = {
    { "__reduce__", set_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "add", set_add_method, METHOD_INSTANCE, "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { "remove", set_remove, METHOD_INSTANCE, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { "discard", set_discard, METHOD_INSTANCE, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { "pop", set_pop, METHOD_INSTANCE, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { "clear", set_clear, METHOD_INSTANCE, "Remove all elements from this set." },
    { "copy", set_copy, METHOD_INSTANCE, "Return a shallow copy of a set." },
    { "update", set_update_method, METHOD_INSTANCE, "Update a set with the union of itself and others." },
    { "union", set_union, METHOD_INSTANCE, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
    { "intersection", set_intersection_method, METHOD_INSTANCE, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
    { "intersection_update", set_intersection_update, METHOD_INSTANCE, "Update a set with the intersection of itself and another." },
    { "difference", set_difference_method, METHOD_INSTANCE, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
    { "difference_update", set_difference_update, METHOD_INSTANCE, "Remove all elements of another set from this set." },
    { "symmetric_difference", set_symmetric_difference_method, METHOD_INSTANCE, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
    { "symmetric_difference_update", set_symmetric_difference_update, METHOD_INSTANCE, "Update a set with the symmetric difference of itself and another." },
    { "issubset", set_issubset_method, METHOD_INSTANCE, "Report whether another set contains this set." },
    { "issuperset", set_issuperset_method, METHOD_INSTANCE, "Report whether this set contains another set." },
    { "isdisjoint", set_isdisjoint, METHOD_INSTANCE, "Return True if two sets have a null intersection." },
    {},
};

const MethodDef s_frozenset_methods[] = {
    { "__reduce__", set_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "copy", set_copy, METHOD_INSTANCE, "Return a shallow copy of a set." },
    { "union", set_union, METHOD_INSTANCE, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
    { "intersection", set_intersection_method, METHOD_INSTANCE, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
    { "difference", set_difference_method, METHOD_INSTANCE, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
    { "symmetric_difference", set_symmetric_difference_method, METHOD_INSTANCE, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
    { "issubset", set_issubset_method, METHOD_INSTANCE, "Report whether another set contains this set." },
    { "issuperset", set_issuperset_method, METHOD_INSTANCE, "Report whether this set contains another set." },
    { "isdisjoint", set_isdisjoint, METHOD_INSTANCE, "Return True if two sets have a null intersection." },
    {},
};

// (iter, (list of what the iterator has left,)), taken from a copy as CPython does: no __setstate__.
Result<Value> set_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("set_iterator.__reduce__", nargs - 1, kwnames, 0, 0));
    auto* iterator = args[0].as<SetIteratorObject>();
    auto* copy = static_cast<SetIteratorObject*>(alloc_object(&g_set_iterator_type));
    if (!copy)
        return raise_memory_error();
    Value rest = Value::adopt(Val(copy));
    copy->set = iterator->set;
    copy->used = iterator->used;
    copy->position = iterator->position;
    copy->remaining = iterator->remaining;
    return reduce_to_iter_of_list(rest);
}

const MethodDef s_set_iterator_methods[] = {
    { "__length_hint__", set_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", set_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};

void init_common_slots(TypeObject& type)
{
    type.destroy = set_destroy;
    type.traverse = set_traverse;
    type.repr = set_repr;
    type.richcompare = set_richcompare;
    type.len = set_len;
    type.to_bool = set_bool;
    type.contains = set_contains_slot;
    type.iter = set_iter;
    type.binary[int(BinaryOp::Or)] = set_or;
    type.binary[int(BinaryOp::And)] = set_and;
    type.binary[int(BinaryOp::Sub)] = set_sub;
    type.binary[int(BinaryOp::Xor)] = set_xor;
}

}  // namespace

Ref<SetObject> set_new(TypeObject* type) { return Ref<SetObject>::adopt(set_alloc(type)); }

Result<void> set_add(SetObject* set, Val key)
{
    int64_t hash = TRY(fast_hash(key));
    return set_add_entry(set, key, hash);
}

Result<bool> set_contains(SetObject* set, Val key) { return contains_key(set, key); }

Result<void> set_update(SetObject* set, Val iterable)
{
    if (is_set_like(iterable))
        return set_merge(set, iterable.as<SetObject>());
    if (is_dict_exact(iterable)) {
        auto* dict = iterable.as<DictObject>();
        if ((set->fill + dict->used) * 5 >= set->mask * 3)
            set_resize(set, (set->used + dict->used) * 2);
        for (int64_t i = 0; i < dict->entries_used; ++i) {
            if (dict->entries[i].key.is_null())
                continue;
            Value key = dict->entries[i].key;
            TRY(set_add_entry(set, key, dict->entries[i].hash));
        }
        return {};
    }
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {  // a subclass may override __iter__
        // Items are read by index: a __hash__ or __eq__ may shrink a list under us.
        for (int64_t i = 0;; ++i) {
            Value key;
            if (is_list(iterable)) {
                auto* list = iterable.as<ListObject>();
                if (i >= list->size)
                    break;
                key = Value::borrow(list->item(i));
            } else {
                auto* tuple = iterable.as<TupleObject>();
                if (i >= tuple->size)
                    break;
                key = Value::borrow(tuple->item(i));
            }
            TRY(set_add(set, key));
        }
        return {};
    }
    Value iterator = TRY(get_iter(iterable));
    IterNextFn next = iterator.type()->iternext;
    for (;;) {
        Value key = TRY(next ? next(iterator) : iter_next(iterator));
        if (!key)
            break;
        TRY(set_add(set, key));
    }
    return {};
}

bool set_next(SetObject* set, int64_t& position, Val& key, int64_t* hash)
{
    while (position <= set->mask) {
        SetEntry& entry = set->table[position++];
        if (is_active(entry)) {
            key = entry.key.get();
            if (hash)
                *hash = entry.hash;
            return true;
        }
    }
    return false;
}

void init_set_type()
{
    type_init_static(g_set_type, "set", sizeof(SetObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE | TYPE_LEN_TRUTH);
    init_common_slots(g_set_type);
    g_set_type.hash = hash_unhashable;
    g_set_type.inplace[int(BinaryOp::Or)] = set_inplace_or;
    g_set_type.inplace[int(BinaryOp::And)] = set_inplace_and;
    g_set_type.inplace[int(BinaryOp::Sub)] = set_inplace_sub;
    g_set_type.inplace[int(BinaryOp::Xor)] = set_inplace_xor;
    g_set_type.new_instance = set_new_instance;
    g_set_type.init = set_init;
    g_set_type.methods = s_set_methods;
    g_set_type.doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.";

    type_init_static(g_frozenset_type, "frozenset", sizeof(SetObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE | TYPE_LEN_TRUTH);
    init_common_slots(g_frozenset_type);
    g_frozenset_type.hash = frozenset_hash;
    g_frozenset_type.new_instance = frozenset_new_instance;
    g_frozenset_type.methods = s_frozenset_methods;
    g_frozenset_type.doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                           "Build an immutable unordered collection of unique elements.";

    type_init_static(g_set_iterator_type, "set_iterator", sizeof(SetIteratorObject), &g_object_type, TYPE_GC);
    g_set_iterator_type.destroy = set_iterator_destroy;
    g_set_iterator_type.traverse = set_iterator_traverse;
    g_set_iterator_type.iter = iterator_self;
    g_set_iterator_type.iternext = set_iterator_next;
    g_set_iterator_type.methods = s_set_iterator_methods;
}

// The iterator and view types are not in runtime.h's list; runtime_init() calls this after the core
// types are ready. It also gives the unhashable containers __hash__ = None, as CPython's have.
void ready_container_helper_types()
{
    for (TypeObject* type : { &g_tuple_iterator_type, &g_list_iterator_type, &g_list_reverseiterator_type, &g_dict_keys_type,
                              &g_dict_values_type, &g_dict_items_type, &g_dict_keyiterator_type, &g_dict_valueiterator_type,
                              &g_dict_itemiterator_type, &g_dict_reversekeyiterator_type, &g_dict_reversevalueiterator_type,
                              &g_dict_reverseitemiterator_type, &g_set_iterator_type })
        type_ready(*type);
    for (TypeObject* type : { &g_list_type, &g_dict_type, &g_set_type }) {
        if (type->dict)
            dict_set_str(type->dict.get(), NAME_OF(__hash__), none());
    }
}

}  // namespace ginger
