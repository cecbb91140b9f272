// dict: CPython's compact layout (a sparse index of small integers over a dense, insertion-ordered
// entry array), its views and iterators.
#include "objects/dict.h"

#include "objects/container_util.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace ginger {

TypeObject g_dict_type;
TypeObject g_dict_keys_type, g_dict_values_type, g_dict_items_type;
TypeObject g_dict_keyiterator_type, g_dict_valueiterator_type, g_dict_itemiterator_type;
TypeObject g_dict_reversekeyiterator_type, g_dict_reversevalueiterator_type, g_dict_reverseitemiterator_type;

namespace {

constexpr int64_t IX_EMPTY = -1;
constexpr int64_t IX_DUMMY = -2;
constexpr int64_t MIN_INDEX_SIZE = 8;
constexpr int PERTURB_SHIFT = 5;

uint64_t s_keys_version_counter = 0;

void new_keys_version(DictObject* dict) { dict->keys_version = ++s_keys_version_counter; }

// The index holds int8 entries up to 128 slots, int16 up to 2**15, int32 up to 2**31, else int64.
int index_width(int64_t index_size)
{
    if (index_size <= 128)
        return 1;
    if (index_size <= (int64_t(1) << 15))
        return 2;
    if (index_size <= (int64_t(1) << 31))
        return 4;
    return 8;
}

inline int64_t index_get(const DictObject* dict, int64_t slot)
{
    int64_t size = dict->index_size;
    if (size <= 128)
        return static_cast<const int8_t*>(dict->index)[slot];
    if (size <= (int64_t(1) << 15))
        return static_cast<const int16_t*>(dict->index)[slot];
    if (size <= (int64_t(1) << 31))
        return static_cast<const int32_t*>(dict->index)[slot];
    return static_cast<const int64_t*>(dict->index)[slot];
}

inline void index_set(DictObject* dict, int64_t slot, int64_t value)
{
    int64_t size = dict->index_size;
    if (size <= 128)
        static_cast<int8_t*>(dict->index)[slot] = int8_t(value);
    else if (size <= (int64_t(1) << 15))
        static_cast<int16_t*>(dict->index)[slot] = int16_t(value);
    else if (size <= (int64_t(1) << 31))
        static_cast<int32_t*>(dict->index)[slot] = int32_t(value);
    else
        static_cast<int64_t*>(dict->index)[slot] = value;
}

// The first slot of the probe sequence of `hash` that holds no entry (empty or deleted).
int64_t find_free_slot(const DictObject* dict, int64_t hash)
{
    uint64_t mask = uint64_t(dict->index_size) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = uint64_t(hash) & mask;
    while (index_get(dict, int64_t(slot)) >= 0) {
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    return int64_t(slot);
}

// The slot whose index value is `entry`.
int64_t find_slot_of_entry(const DictObject* dict, int64_t hash, int64_t entry)
{
    uint64_t mask = uint64_t(dict->index_size) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = uint64_t(hash) & mask;
    for (;;) {
        int64_t ix = index_get(dict, int64_t(slot));
        if (ix == entry)
            return int64_t(slot);
        VERIFY(ix != IX_EMPTY);
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

// Rebuilds the table with an index of at least min_size slots, compacting out deleted entries.
void dict_resize(DictObject* dict, int64_t min_size)
{
    int64_t size = MIN_INDEX_SIZE;
    while (size < min_size)
        size <<= 1;
    int width = index_width(size);
    void* index = malloc(size_t(size) * size_t(width));
    int64_t capacity = (size << 1) / 3;
    auto* entries = static_cast<DictEntry*>(malloc(size_t(capacity) * sizeof(DictEntry)));
    if (!index || !entries)
        throw std::bad_alloc();
    memset(index, 0xff, size_t(size) * size_t(width));  // every slot IX_EMPTY
    DictEntry* old_entries = dict->entries;
    int64_t count = 0;
    for (int64_t i = 0; i < dict->entries_used; ++i) {
        if (old_entries[i].key.is_null())
            continue;
        // Values move bitwise: no reference counts change.
        memcpy(static_cast<void*>(&entries[count]), &old_entries[i], sizeof(DictEntry));
        ++count;
    }
    free(dict->index);
    free(static_cast<void*>(old_entries));
    dict->index = index;
    dict->index_size = size;
    dict->entries = entries;
    dict->entries_capacity = capacity;
    dict->entries_used = count;
    for (int64_t i = 0; i < count; ++i)
        index_set(dict, find_free_slot(dict, entries[i].hash), i);
    new_keys_version(dict);
}

// Looks up an exact-str (or str subclass) key without calling Python: entries that are not str
// never match. Returns the entry number or -1; `slot_out` receives the index slot.
int64_t lookup_str(const DictObject* dict, StrObject* key, int64_t hash, int64_t* slot_out = nullptr)
{
    if (dict->index_size == 0)
        return -1;
    uint64_t mask = uint64_t(dict->index_size) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = uint64_t(hash) & mask;
    for (;;) {
        int64_t ix = index_get(dict, int64_t(slot));
        if (ix >= 0) {
            const DictEntry& entry = dict->entries[ix];
            Val stored = entry.key.get();
            if (stored.is(Val(key)) || (entry.hash == hash && is_str(stored) && str_equal(stored.as<StrObject>(), key))) {
                if (slot_out)
                    *slot_out = int64_t(slot);
                return ix;
            }
        } else if (ix == IX_EMPTY) {
            return -1;
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

// The general lookup: identity, then equal hashes, then __eq__. If __eq__ changes the dict under
// us, the lookup starts again (as CPython's does).
Result<int64_t> lookup(DictObject* dict, Val key, int64_t hash, int64_t* slot_out = nullptr)
{
    if (is_str_exact(key) && dict->key_kind == 1)
        return lookup_str(dict, key.as<StrObject>(), hash, slot_out);
restart:
    if (dict->index_size == 0)
        return -1;
    uint64_t mask = uint64_t(dict->index_size) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = uint64_t(hash) & mask;
    for (;;) {
        int64_t ix = index_get(dict, int64_t(slot));
        if (ix >= 0) {
            DictEntry& entry = dict->entries[ix];
            Val stored = entry.key.get();
            bool found = stored.is(key);
            if (!found && entry.hash == hash) {
                if (stored.is_small_int() && key.is_small_int()) {
                    found = false;
                } else if (is_str_exact(stored) && is_str_exact(key)) {
                    found = str_equal(stored.as<StrObject>(), key.as<StrObject>());
                } else {
                    Value hold = Value::borrow(stored);
                    DictEntry* entries_before = dict->entries;
                    bool equal = TRY(rich_compare_bool(stored, key, CompareOp::Eq));
                    if (dict->entries != entries_before || ix >= dict->entries_used || !dict->entries[ix].key.get().is(stored))
                        goto restart;
                    found = equal;
                }
            }
            if (found) {
                if (slot_out)
                    *slot_out = int64_t(slot);
                return ix;
            }
        } else if (ix == IX_EMPTY) {
            return -1;
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

// Adds a key known to be absent. Takes new references to key and value.
void insert_new(DictObject* dict, Val key, int64_t hash, Val value)
{
    if (dict->entries_used >= dict->entries_capacity)
        dict_resize(dict, dict->used * 3);
    int64_t slot = find_free_slot(dict, hash);
    int64_t ix = dict->entries_used;
    DictEntry* entry = &dict->entries[ix];
    key.incref();
    value.incref();
    entry->hash = hash;
    new (&entry->key) Value(Value::adopt(key));
    new (&entry->value) Value(Value::adopt(value));
    index_set(dict, slot, ix);
    dict->entries_used = ix + 1;
    dict->used += 1;
    dict->version += 1;
    if (!is_str_exact(key))
        dict->key_kind = 0;
    new_keys_version(dict);
}

void replace_value(DictObject* dict, int64_t ix, Val value)
{
    value.incref();
    Val old = dict->entries[ix].value.release();
    dict->entries[ix].value = Value::adopt(value);
    dict->version += 1;
    old.decref();
}

Result<void> insert(DictObject* dict, Val key, int64_t hash, Val value)
{
    int64_t ix = TRY(lookup(dict, key, hash));
    if (ix >= 0)
        replace_value(dict, ix, value);
    else
        insert_new(dict, key, hash, value);
    return {};
}

// Removes entry ix (found at index slot `slot`); returns its key and value to the caller.
void remove_entry(DictObject* dict, int64_t slot, int64_t ix, Value& key_out, Value& value_out)
{
    index_set(dict, slot, IX_DUMMY);
    DictEntry& entry = dict->entries[ix];
    key_out = std::move(entry.key);
    value_out = std::move(entry.value);
    dict->used -= 1;
    dict->version += 1;
    new_keys_version(dict);
}

// Frees the table; the dict becomes empty. Keys and values are released after the dict is consistent.
void clear_table(DictObject* dict)
{
    DictEntry* entries = dict->entries;
    int64_t count = dict->entries_used;
    void* index = dict->index;
    dict->entries = nullptr;
    dict->index = nullptr;
    dict->index_size = 0;
    dict->entries_used = 0;
    dict->entries_capacity = 0;
    dict->used = 0;
    dict->key_kind = 1;
    dict->version += 1;
    new_keys_version(dict);
    free(index);
    if (!entries)
        return;
    for (int64_t i = 0; i < count; ++i) {
        entries[i].key.clear();
        entries[i].value.clear();
    }
    free(static_cast<void*>(entries));
}

DictObject* dict_alloc(TypeObject* type)
{
    auto* dict = static_cast<DictObject*>(alloc_object(type));
    VERIFY(dict);
    dict->key_kind = 1;
    new_keys_version(dict);
    return dict;
}

}  // namespace

Ref<DictObject> dict_new() { return Ref<DictObject>::adopt(dict_alloc(&g_dict_type)); }

Result<Val> dict_get(DictObject* dict, Val key)
{
    int64_t hash = TRY(fast_hash(key));  // unhashable keys raise even on an empty dict
    if (dict->used == 0)
        return Val();
    int64_t ix = TRY(lookup(dict, key, hash));
    if (ix < 0)
        return Val();
    return dict->entries[ix].value.get();
}

Val dict_get_str(DictObject* dict, StrObject* key)
{
    int64_t ix = lookup_str(dict, key, str_hash(key));
    return ix < 0 ? Val() : dict->entries[ix].value.get();
}

int64_t dict_find_str_index(DictObject* dict, StrObject* key) { return lookup_str(dict, key, str_hash(key)); }

Result<Val> dict_get_known_hash(DictObject* dict, Val key, int64_t hash)
{
    int64_t ix = TRY(lookup(dict, key, hash));
    return ix >= 0 ? dict->entries[ix].value.get() : Val();
}

Result<void> dict_set(DictObject* dict, Val key, Val value)
{
    int64_t hash = TRY(fast_hash(key));
    return insert(dict, key, hash, value);
}

void dict_set_str(DictObject* dict, StrObject* key, Val value)
{
    int64_t hash = str_hash(key);
    int64_t ix = lookup_str(dict, key, hash);
    if (ix >= 0)
        replace_value(dict, ix, value);
    else
        insert_new(dict, Val(key), hash, value);
}

Result<bool> dict_delete(DictObject* dict, Val key)
{
    int64_t hash = TRY(fast_hash(key));
    int64_t slot = 0;
    int64_t ix = TRY(lookup(dict, key, hash, &slot));
    if (ix < 0)
        return false;
    Value old_key, old_value;
    remove_entry(dict, slot, ix, old_key, old_value);
    return true;
}

bool dict_next(DictObject* dict, int64_t& position, Val& key, Val& value)
{
    while (position < dict->entries_used) {
        DictEntry& entry = dict->entries[position++];
        if (!entry.key.is_null()) {
            key = entry.key.get();
            value = entry.value.get();
            return true;
        }
    }
    return false;
}

Ref<DictObject> dict_copy(DictObject* source)
{
    Ref<DictObject> copy = dict_new();
    if (source->used == 0)
        return copy;
    DictObject* dict = copy.get();
    if (source->used == source->entries_used) {
        // No holes: the index and the entries can be copied as they are.
        int width = index_width(source->index_size);
        dict->index = malloc(size_t(source->index_size) * size_t(width));
        dict->entries = static_cast<DictEntry*>(malloc(size_t(source->entries_capacity) * sizeof(DictEntry)));
        if (!dict->index || !dict->entries)
            throw std::bad_alloc();
        memcpy(dict->index, source->index, size_t(source->index_size) * size_t(width));
        for (int64_t i = 0; i < source->used; ++i) {
            DictEntry& from = source->entries[i];
            DictEntry* to = &dict->entries[i];
            to->hash = from.hash;
            new (&to->key) Value(from.key);
            new (&to->value) Value(from.value);
        }
        dict->index_size = source->index_size;
        dict->entries_capacity = source->entries_capacity;
        dict->entries_used = source->used;
        dict->used = source->used;
        dict->key_kind = source->key_kind;
        new_keys_version(dict);
        return copy;
    }
    dict_resize(dict, source->used * 3 / 2 + 1);
    for (int64_t i = 0; i < source->entries_used; ++i) {
        DictEntry& entry = source->entries[i];
        if (!entry.key.is_null())
            insert_new(dict, entry.key, entry.hash, entry.value);
    }
    return copy;
}

void dict_clear(DictObject* dict) { clear_table(dict); }

namespace {

// Merges another dict: every key of `other` is set in `dict` (override) or only added when missing.
Result<void> merge_dict(DictObject* dict, DictObject* other, bool override_existing = true)
{
    if (other == dict || other->used == 0)
        return {};
    if (dict->used == 0 && override_existing && other->used == other->entries_used && dict->index_size == 0) {
        Ref<DictObject> copy = dict_copy(other);
        std::swap(dict->entries, copy->entries);
        std::swap(dict->index, copy->index);
        std::swap(dict->index_size, copy->index_size);
        std::swap(dict->entries_used, copy->entries_used);
        std::swap(dict->entries_capacity, copy->entries_capacity);
        std::swap(dict->used, copy->used);
        dict->key_kind = other->key_kind;
        dict->version += 1;
        new_keys_version(dict);
        return {};
    }
    if ((dict->used + other->used) * 3 / 2 >= dict->index_size)
        dict_resize(dict, (dict->used + other->used) * 3 / 2 + 1);
    // The other dict may change during __eq__ calls: that is an error, as in CPython.
    int64_t original_entries = other->entries_used;
    for (int64_t i = 0; i < other->entries_used; ++i) {
        DictEntry& entry = other->entries[i];
        if (entry.key.is_null())
            continue;
        Value key = entry.key, value = entry.value;
        int64_t hash = entry.hash;
        int64_t ix = TRY(lookup(dict, key, hash));
        if (ix >= 0) {
            if (override_existing)
                replace_value(dict, ix, value);
        } else {
            insert_new(dict, key, hash, value);
        }
        if (other->entries_used != original_entries)
            return raise(&g_exc_RuntimeError, "dict mutated during update");
    }
    return {};
}

Result<void> merge_from_keys(DictObject* dict, Val mapping, Val keys_method)
{
    Value keys = TRY(call(keys_method, nullptr, 0));
    Value iterator = TRY(get_iter(keys));
    for (;;) {
        Value key = TRY(iter_next(iterator));
        if (!key)
            break;
        Value value = TRY(get_item(mapping, key));
        TRY(dict_set(dict, key, value));
    }
    return {};
}

Result<void> merge_from_pairs(DictObject* dict, Val iterable)
{
    Value iterator = TRY(get_iter(iterable));
    for (int64_t n = 0;; ++n) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        Ref<TupleObject> pair;
        const Val* parts;
        int64_t length;
        if (is_tuple(item)) {
            parts = item.as<TupleObject>()->data();
            length = item.as<TupleObject>()->size;
        } else if (is_list(item)) {
            pair = tuple_from(item.as<ListObject>()->data(), item.as<ListObject>()->size);
            parts = pair->data();
            length = pair->size;
        } else {
            TypeObject* type = item.type();
            if (!type->iter && !type->getitem)
                return raise(&g_exc_TypeError, "cannot convert dictionary update sequence element #{} to a sequence", n);
            pair = TRY(sequence_tuple(item));
            parts = pair->data();
            length = pair->size;
        }
        if (length != 2)
            return raise(&g_exc_ValueError, "dictionary update sequence element #{} has length {}; 2 is required", n, length);
        Value key = Value::borrow(parts[0]), value = Value::borrow(parts[1]);
        TRY(dict_set(dict, key, value));
    }
    return {};
}

Result<Value> dict_iter(Val self);

// dict(arg) / dict.update(arg): a dict, a mapping with keys(), or an iterable of pairs.
Result<void> update_from(DictObject* dict, Val other)
{
    if (is_dict(other) && other.type()->iter == dict_iter)
        return merge_dict(dict, other.as<DictObject>());
    Value keys = TRY(get_attr_maybe(other, NAME_OF(keys)));
    if (keys)
        return merge_from_keys(dict, other, keys);
    return merge_from_pairs(dict, other);
}

Result<void> update_from_keywords(DictObject* dict, const Val* values, TupleObject* kwnames)
{
    if (!kwnames)
        return {};
    for (int64_t i = 0; i < kwnames->size; ++i)
        TRY(dict_set(dict, kwnames->item(i), values[i]));
    return {};
}

}  // namespace

Result<void> dict_update(DictObject* dict, Val other) { return update_from(dict, other); }

Result<void> dict_merge_mapping(DictObject* dict, Val other)
{
    if (is_dict(other) && other.type()->iter == dict_iter)
        return merge_dict(dict, other.as<DictObject>());
    Value keys = TRY(get_attr(other, NAME_OF(keys)));
    return merge_from_keys(dict, other, keys);
}

Result<Value> dict_getitem(Val self, Val key)
{
    auto* dict = self.as<DictObject>();
    int64_t hash = TRY(fast_hash(key));
    int64_t ix = TRY(lookup(dict, key, hash));
    if (ix >= 0)
        return Value::borrow(dict->entries[ix].value.get());
    if (!is_dict_exact(self)) {
        // A subclass may define __missing__.
        Val missing = type_lookup(self.type(), NAME_OF(__missing__));
        if (missing) {
            if (DescrGetFn get = missing.type()->descr_get) {
                Value bound = TRY(get(missing, self, self.type()));
                return call(bound, { key });
            }
            return call(missing, { self, key });
        }
    }
    return raise_key_error(key);
}

namespace {

// ---- Slots ----

void dict_destroy(Object* object) { clear_table(static_cast<DictObject*>(object)); }

void dict_traverse(Object* object, VisitFn visit, void* context)
{
    auto* dict = static_cast<DictObject*>(object);
    for (int64_t i = 0; i < dict->entries_used; ++i) {
        DictEntry& entry = dict->entries[i];
        if (entry.key.is_null())
            continue;
        visit_val(entry.key, visit, context);
        visit_val(entry.value, visit, context);
    }
}

Result<Value> dict_repr(Val self)
{
    auto* dict = self.as<DictObject>();
    if (dict->used == 0)
        return Value::borrow(Val(str_intern("{}")));
    ReprGuard guard(dict);
    if (guard.recursive())
        return Value::borrow(Val(str_intern("{...}")));
    StrBuilder builder;
    builder.append_char('{');
    bool first = true;
    // A __repr__ may change the dict: re-read the bounds and hold the entry while formatting it.
    for (int64_t i = 0; i < dict->entries_used; ++i) {
        if (dict->entries[i].key.is_null())
            continue;
        Value key = dict->entries[i].key, value = dict->entries[i].value;
        if (!first)
            builder.append_utf8(", ");
        first = false;
        Ref<StrObject> key_text = TRY(repr_str(key));
        builder.append(key_text.get());
        builder.append_utf8(": ");
        Ref<StrObject> value_text = TRY(repr_str(value));
        builder.append(value_text.get());
    }
    builder.append_char('}');
    return builder.build();
}

Result<bool> dict_equal(DictObject* a, DictObject* b)
{
    if (a->used != b->used)
        return false;
    for (int64_t i = 0; i < a->entries_used; ++i) {
        if (a->entries[i].key.is_null())
            continue;
        Value key = a->entries[i].key, value = a->entries[i].value;
        int64_t ix = TRY(lookup(b, key, a->entries[i].hash));
        if (ix < 0)
            return false;
        Value other = b->entries[ix].value;
        if (!TRY(fast_equal(value, other)))
            return false;
    }
    return true;
}

Result<Value> dict_richcompare(Val a, Val b, CompareOp op)
{
    if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return Value::borrow(not_implemented());
    bool equal = TRY(dict_equal(a.as<DictObject>(), b.as<DictObject>()));
    return bool_value(equal == (op == CompareOp::Eq));
}

Result<void> dict_setitem(Val self, Val key, Val value)
{
    auto* dict = self.as<DictObject>();
    if (value)
        return dict_set(dict, key, value);
    if (!TRY(dict_delete(dict, key)))
        return raise_key_error(key);
    return {};
}

Result<int64_t> dict_len(Val self) { return self.as<DictObject>()->used; }
Result<bool> dict_bool(Val self) { return self.as<DictObject>()->used != 0; }

Result<bool> dict_contains(Val self, Val key)
{
    auto* dict = self.as<DictObject>();
    int64_t hash = TRY(fast_hash(key));
    return TRY(lookup(dict, key, hash)) >= 0;
}


Result<Value> dict_new_instance(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return Value::adopt(Val(dict_alloc(type)));
}

Result<void> dict_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 1)
        return raise(&g_exc_TypeError, "dict expected at most 1 argument, got {}", nargs);
    auto* dict = self.as<DictObject>();
    if (nargs == 1)
        TRY(update_from(dict, args[0]));
    return update_from_keywords(dict, args + nargs, kwnames);
}

Result<Value> dict_or(Val a, Val b)
{
    if (!is_dict(a) || !is_dict(b))
        return Value::borrow(not_implemented());
    Ref<DictObject> result = dict_copy(a.as<DictObject>());
    TRY(update_from(result.get(), b));
    return std::move(result).value();
}

Result<Value> dict_inplace_or(Val a, Val b)
{
    if (!is_dict(a))
        return Value::borrow(not_implemented());
    TRY(update_from(a.as<DictObject>(), b));
    return Value::borrow(a);
}

// ---- Iterators ----

struct DictIteratorObject : Object {
    Ref<DictObject> dict;  // null once exhausted
    int64_t used;          // dict->used when created; -1 after a size change was reported
    int64_t position;      // next entry to look at (reverse: counts down)
    int64_t remaining;     // items still expected
};

Value make_iterator(TypeObject* type, DictObject* dict, bool reverse)
{
    auto* iterator = static_cast<DictIteratorObject*>(alloc_object(type));
    VERIFY(iterator);
    iterator->dict = Ref<DictObject>(dict);
    iterator->used = dict->used;
    iterator->position = reverse ? dict->entries_used - 1 : 0;
    iterator->remaining = dict->used;
    return Value::adopt(Val(iterator));
}

Result<Value> dict_iter(Val self) { return make_iterator(&g_dict_keyiterator_type, self.as<DictObject>(), false); }

void dict_iterator_destroy(Object* object) { static_cast<DictIteratorObject*>(object)->dict = nullptr; }

void dict_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    if (DictObject* dict = static_cast<DictIteratorObject*>(object)->dict.get())
        visit(dict, context);
}

Result<Value> iterator_self(Val self) { return Value::borrow(self); }

// The next live entry, or null when exhausted (or an error).
Result<DictEntry*> next_entry(DictIteratorObject* iterator, bool reverse)
{
    DictObject* dict = iterator->dict.get();
    if (!dict)
        return static_cast<DictEntry*>(nullptr);
    if (iterator->used != dict->used) {
        iterator->used = -1;
        return raise(&g_exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = iterator->position;
    DictEntry* found = nullptr;
    if (reverse) {
        for (; i >= 0 && i < dict->entries_used; --i) {
            if (!dict->entries[i].key.is_null()) {
                found = &dict->entries[i];
                --i;
                break;
            }
        }
    } else {
        for (; i < dict->entries_used; ++i) {
            if (!dict->entries[i].key.is_null()) {
                found = &dict->entries[i];
                ++i;
                break;
            }
        }
    }
    if (!found) {
        iterator->dict = nullptr;
        return found;
    }
    if (iterator->remaining == 0) {
        // CPython 3.12 compat: more entries than the dict had when iteration started.
        iterator->remaining = -1;
        return raise(&g_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    iterator->position = i;
    --iterator->remaining;
    return found;
}

template<bool Reverse>
Result<Value> key_iterator_next(Val self)
{
    DictEntry* entry = TRY(next_entry(self.as<DictIteratorObject>(), Reverse));
    return entry ? entry->key : Value();
}

template<bool Reverse>
Result<Value> value_iterator_next(Val self)
{
    DictEntry* entry = TRY(next_entry(self.as<DictIteratorObject>(), Reverse));
    return entry ? entry->value : Value();
}

template<bool Reverse>
Result<Value> item_iterator_next(Val self)
{
    DictEntry* entry = TRY(next_entry(self.as<DictIteratorObject>(), Reverse));
    if (!entry)
        return Value();
    return tuple_of({ entry->key.get(), entry->value.get() });
}

Result<Value> dict_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* iterator = args[0].as<DictIteratorObject>();
    DictObject* dict = iterator->dict.get();
    if (dict && iterator->used == dict->used)
        return Value::small_int(std::max<int64_t>(iterator->remaining, 0));
    return Value::small_int(0);
}

// (iter, (list of what the iterator has left,)), taken from a copy as CPython does: no __setstate__.
Result<Value> dict_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TypeObject* type = args[0].type();
    std::string name = std::string(type->type_name()) + ".__reduce__";
    TRY(check_positional(name, nargs - 1, kwnames, 0, 0));
    auto* iterator = args[0].as<DictIteratorObject>();
    auto* copy = static_cast<DictIteratorObject*>(alloc_object(type));
    if (!copy)
        return raise_memory_error();
    Value rest = Value::adopt(Val(copy));
    copy->dict = iterator->dict;
    copy->used = iterator->used;
    copy->position = iterator->position;
    copy->remaining = iterator->remaining;
    return reduce_to_iter_of_list(rest);
}

const MethodDef s_dict_iterator_methods[] = {
    { "__length_hint__", dict_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", dict_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};

// ---- Views ----

struct DictViewObject : Object {
    Ref<DictObject> dict;
};

Value make_view(TypeObject* type, Val dict)
{
    auto* view = static_cast<DictViewObject*>(alloc_object(type));
    VERIFY(view);
    view->dict = Ref<DictObject>(dict.as<DictObject>());
    return Value::adopt(Val(view));
}

void dict_view_destroy(Object* object) { static_cast<DictViewObject*>(object)->dict = nullptr; }

void dict_view_traverse(Object* object, VisitFn visit, void* context)
{
    if (DictObject* dict = static_cast<DictViewObject*>(object)->dict.get())
        visit(dict, context);
}

Result<int64_t> dict_view_len(Val self) { return self.as<DictViewObject>()->dict->used; }

Result<Value> dict_view_repr(Val self)
{
    auto* view = self.as<DictViewObject>();
    ReprGuard guard(view);
    if (guard.recursive())
        return Value::borrow(Val(str_intern("...")));
    Value items = TRY(list_from_iterable(self));
    Ref<StrObject> text = TRY(repr_str(items));
    StrBuilder builder;
    builder.append_utf8(self.type()->type_name());
    builder.append_char('(');
    builder.append(text.get());
    builder.append_char(')');
    return builder.build();
}

Result<Value> dict_keys_iter(Val self) { return make_iterator(&g_dict_keyiterator_type, self.as<DictViewObject>()->dict.get(), false); }
Result<Value> dict_values_iter(Val self) { return make_iterator(&g_dict_valueiterator_type, self.as<DictViewObject>()->dict.get(), false); }
Result<Value> dict_items_iter(Val self) { return make_iterator(&g_dict_itemiterator_type, self.as<DictViewObject>()->dict.get(), false); }

Result<bool> dict_keys_contains(Val self, Val key) { return dict_contains(Val(self.as<DictViewObject>()->dict.get()), key); }

Result<bool> dict_items_contains(Val self, Val item)
{
    if (!is_tuple(item) || item.as<TupleObject>()->size != 2)
        return false;
    DictObject* dict = self.as<DictViewObject>()->dict.get();
    auto* pair = item.as<TupleObject>();
    Val found = TRY(dict_get(dict, pair->item(0)));
    if (!found)
        return false;
    Value hold = Value::borrow(found);
    return fast_equal(found, pair->item(1));
}

Result<bool> dict_values_contains(Val self, Val item)
{
    DictObject* dict = self.as<DictViewObject>()->dict.get();
    for (int64_t i = 0; i < dict->entries_used; ++i) {
        if (dict->entries[i].key.is_null())
            continue;
        Value value = dict->entries[i].value;
        if (TRY(fast_equal(value, item)))
            return true;
    }
    return false;
}

// Whether every element of `a` is in `b` (CPython's all_contained_in).
Result<bool> all_contained_in(Val a, Val b)
{
    Value iterator = TRY(get_iter(a));
    for (;;) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return true;
        if (!TRY(contains(b, item)))
            return false;
    }
}

// keys() and items() views compare like sets, with each other and with set and frozenset: sizes first,
// then containment of the smaller side in the larger.
Result<Value> dict_view_richcompare(Val a, Val b, CompareOp op)
{
    bool b_is_view = b.type() == &g_dict_keys_type || b.type() == &g_dict_items_type;
    if (!b_is_view && !is_set_like(b))
        return Value::borrow(not_implemented());
    int64_t length_a = TRY(object_len(a));
    int64_t length_b = TRY(object_len(b));
    bool result = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (length_a == length_b)
            result = TRY(all_contained_in(a, b));
        if (op == CompareOp::Ne)
            result = !result;
        break;
    case CompareOp::Lt:
        if (length_a < length_b)
            result = TRY(all_contained_in(a, b));
        break;
    case CompareOp::Le:
        if (length_a <= length_b)
            result = TRY(all_contained_in(a, b));
        break;
    case CompareOp::Gt:
        if (length_a > length_b)
            result = TRY(all_contained_in(b, a));
        break;
    case CompareOp::Ge:
        if (length_a >= length_b)
            result = TRY(all_contained_in(b, a));
        break;
    }
    return bool_value(result);
}

// keys() and items() views support the set operators; either operand may be the view (the slot is also
// called for the reflected attempt). The result is a new set: set(a) updated with b by the matching method.
template <BinaryOp OP>
Result<Value> dict_view_set_operator(Val a, Val b)
{
    static StrObject* const s_update_name = str_intern(OP == BinaryOp::And   ? "intersection_update"
                                                        : OP == BinaryOp::Or  ? "update"
                                                        : OP == BinaryOp::Sub ? "difference_update"
                                                                              : "symmetric_difference_update");
    Val left = a, right = b;
    if (OP != BinaryOp::Sub && a.type() != &g_dict_keys_type && a.type() != &g_dict_items_type)
        std::swap(left, right);  // commutative: start from the view
    Ref<SetObject> result = set_new();
    TRY(set_update(result.get(), left));
    TRY(call_method(Val(result.get()), s_update_name, { right }));
    return Value(std::move(result));
}

Result<Value> dict_view_reversed(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("__reversed__", nargs - 1, kwnames));
    return make_iterator(type, args[0].as<DictViewObject>()->dict.get(), true);
}
Result<Value> dict_keys_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return dict_view_reversed(&g_dict_reversekeyiterator_type, args, nargs, kwnames);
}
Result<Value> dict_values_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return dict_view_reversed(&g_dict_reversevalueiterator_type, args, nargs, kwnames);
}
Result<Value> dict_items_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return dict_view_reversed(&g_dict_reverseitemiterator_type, args, nargs, kwnames);
}

// view.mapping: a read-only proxy of the viewed dict. Ginger's mappingproxy lives in lib/types.py.
Result<Value> dict_view_mapping_get(Val self)
{
    Value types = TRY(import_module("types"));
    Value proxy_type = TRY(get_attr(types.get(), str_intern("MappingProxyType")));
    return call(proxy_type.get(), { Val(self.as<DictViewObject>()->dict.get()) });
}

const GetSetDef s_dict_view_getsets[] = {
    { "mapping", dict_view_mapping_get, nullptr, "dictionary that this view refers to" },
    {},
};

// keys().isdisjoint(other) and items().isdisjoint(other): iterates the smaller side when other is set-like.
Result<Value> dict_view_isdisjoint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(args[0].type() == &g_dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint", nargs - 1,
                         kwnames, 1, 1));
    Val self = args[0], other = args[1];
    if (self.is(other))
        return bool_value(self.as<DictViewObject>()->dict->used == 0);
    if (is_set_like(other) || other.type() == &g_dict_keys_type || other.type() == &g_dict_items_type) {
        int64_t length_self = self.as<DictViewObject>()->dict->used;
        int64_t length_other = TRY(object_len(other));
        if (length_other > length_self)
            std::swap(self, other);
    }
    Value iterator = TRY(get_iter(other));
    for (;;) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return bool_value(true);
        if (TRY(contains(self, item)))
            return bool_value(false);
    }
}

const MethodDef s_dict_keys_methods[] = {
    { "isdisjoint", dict_view_isdisjoint, METHOD_INSTANCE, "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", dict_keys_reversed, METHOD_INSTANCE, "Return a reverse iterator over the dict keys." },
    {},
};
const MethodDef s_dict_values_methods[] = {
    { "__reversed__", dict_values_reversed, METHOD_INSTANCE, "Return a reverse iterator over the dict values." },
    {},
};
const MethodDef s_dict_items_methods[] = {
    { "isdisjoint", dict_view_isdisjoint, METHOD_INSTANCE, "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", dict_items_reversed, METHOD_INSTANCE, "Return a reverse iterator over the dict items." },
    {},
};

// ---- Methods ----

Result<Value> dict_keys(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.keys", nargs - 1, kwnames));
    return make_view(&g_dict_keys_type, args[0]);
}

Result<Value> dict_values(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.values", nargs - 1, kwnames));
    return make_view(&g_dict_values_type, args[0]);
}

Result<Value> dict_items(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.items", nargs - 1, kwnames));
    return make_view(&g_dict_items_type, args[0]);
}

Result<Value> dict_get_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("dict.get", kwnames));
    TRY(expect_arg_range("get", nargs - 1, 1, 2));
    Val found = TRY(dict_get(args[0].as<DictObject>(), args[1]));
    if (found)
        return Value::borrow(found);
    return nargs > 2 ? Value::borrow(args[2]) : none_value();
}

Result<Value> dict_setdefault(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("dict.setdefault", kwnames));
    TRY(expect_arg_range("setdefault", nargs - 1, 1, 2));
    auto* dict = args[0].as<DictObject>();
    Val default_value = nargs > 2 ? args[2] : none();
    int64_t hash = TRY(fast_hash(args[1]));
    int64_t ix = TRY(lookup(dict, args[1], hash));
    if (ix >= 0)
        return dict->entries[ix].value;
    insert_new(dict, args[1], hash, default_value);
    return Value::borrow(default_value);
}

Result<Value> dict_pop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("dict.pop", kwnames));
    TRY(expect_arg_range("pop", nargs - 1, 1, 2));
    auto* dict = args[0].as<DictObject>();
    int64_t hash = TRY(fast_hash(args[1]));
    int64_t slot = 0;
    int64_t ix = dict->used ? TRY(lookup(dict, args[1], hash, &slot)) : -1;
    if (ix < 0) {
        if (nargs > 2)
            return Value::borrow(args[2]);
        return raise_key_error(args[1]);
    }
    Value key, value;
    remove_entry(dict, slot, ix, key, value);
    return value;
}

Result<Value> dict_popitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.popitem", nargs - 1, kwnames));
    auto* dict = args[0].as<DictObject>();
    if (dict->used == 0)
        return raise_key_error(Val(str_intern("popitem(): dictionary is empty")));
    int64_t ix = dict->entries_used - 1;
    while (dict->entries[ix].key.is_null())
        --ix;
    int64_t slot = find_slot_of_entry(dict, dict->entries[ix].hash, ix);
    Value key, value;
    remove_entry(dict, slot, ix, key, value);
    dict->entries_used = ix;
    return tuple_of({ key.get(), value.get() });
}

Result<Value> dict_update_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_arg_range("update", nargs - 1, 0, 1));
    auto* dict = args[0].as<DictObject>();
    if (nargs > 1)
        TRY(update_from(dict, args[1]));
    TRY(update_from_keywords(dict, args + nargs, kwnames));
    return none_value();
}

Result<Value> dict_clear_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.clear", nargs - 1, kwnames));
    clear_table(args[0].as<DictObject>());
    return none_value();
}

Result<Value> dict_copy_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.copy", nargs - 1, kwnames));
    return dict_copy(args[0].as<DictObject>());
}

Result<Value> dict_fromkeys(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("dict.fromkeys", kwnames));
    TRY(expect_arg_range("fromkeys", nargs - 1, 1, 2));
    Val cls = args[0];
    Val iterable = args[1];
    Val value = nargs > 2 ? args[2] : none();
    Value result = TRY(call(cls, nullptr, 0));
    if (is_dict_exact(result)) {
        auto* dict = result.as<DictObject>();
        if (is_dict_exact(iterable)) {
            auto* source = iterable.as<DictObject>();
            for (int64_t i = 0; i < source->entries_used; ++i) {
                if (!source->entries[i].key.is_null()) {
                    Value key = source->entries[i].key;
                    TRY(insert(dict, key, source->entries[i].hash, value));
                }
            }
            return result;
        }
        if (iterable.type() == &g_set_type || iterable.type() == &g_frozenset_type) {
            // Exact sets only (a subclass may override __iter__); their stored hashes are reused.
            auto* source = iterable.as<SetObject>();
            int64_t position = 0, hash;
            Val key;
            while (set_next(source, position, key, &hash)) {
                Value hold = Value::borrow(key);
                TRY(insert(dict, key, hash, value));
            }
            return result;
        }
    }
    Value iterator = TRY(get_iter(iterable));
    for (;;) {
        Value key = TRY(iter_next(iterator));
        if (!key)
            break;
        if (is_dict_exact(result))
            TRY(dict_set(result.as<DictObject>(), key, value));
        else
            TRY(set_item(result, key, value));
    }
    return result;
}

Result<Value> dict_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("dict.__reversed__", nargs - 1, kwnames));
    return make_iterator(&g_dict_reversekeyiterator_type, args[0].as<DictObject>(), true);
}

const MethodDef s_dict_methods[] = {
    { "keys", dict_keys, METHOD_INSTANCE, "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", dict_values, METHOD_INSTANCE, "D.values() -> an object providing a view on D's values" },
    { "items", dict_items, METHOD_INSTANCE, "D.items() -> a set-like object providing a view on D's items" },
    { "get", dict_get_method, METHOD_INSTANCE, "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", dict_setdefault, METHOD_INSTANCE, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
    { "pop", dict_pop, METHOD_INSTANCE, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { "popitem", dict_popitem, METHOD_INSTANCE, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
    { "update", dict_update_method, METHOD_INSTANCE, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { "clear", dict_clear_method, METHOD_INSTANCE, "D.clear() -> None.  Remove all items from D." },
    { "copy", dict_copy_method, METHOD_INSTANCE, "D.copy() -> a shallow copy of D" },
    { "fromkeys", dict_fromkeys, METHOD_CLASS, "Create a new dictionary with keys from iterable and values set to value." },
    { "__reversed__", dict_reversed, METHOD_INSTANCE, "Return a reverse iterator over the dict keys." },
    {},
};

void init_iterator_type(TypeObject& type, const char* name, IterNextFn next)
{
    type_init_static(type, name, sizeof(DictIteratorObject), &g_object_type, TYPE_GC);
    type.destroy = dict_iterator_destroy;
    type.traverse = dict_iterator_traverse;
    type.iter = iterator_self;
    type.iternext = next;
    type.methods = s_dict_iterator_methods;
}

void init_view_type(TypeObject& type, const char* name, UnaryFn iter, ContainsFn contains_fn, const MethodDef* methods)
{
    type_init_static(type, name, sizeof(DictViewObject), &g_object_type, TYPE_GC);
    type.destroy = dict_view_destroy;
    type.traverse = dict_view_traverse;
    type.repr = dict_view_repr;
    type.len = dict_view_len;
    type.iter = iter;
    type.contains = contains_fn;
    type.methods = methods;
    type.getsets = s_dict_view_getsets;
}

void init_view_set_operators(TypeObject& type)
{
    type.binary[int(BinaryOp::And)] = dict_view_set_operator<BinaryOp::And>;
    type.binary[int(BinaryOp::Or)] = dict_view_set_operator<BinaryOp::Or>;
    type.binary[int(BinaryOp::Sub)] = dict_view_set_operator<BinaryOp::Sub>;
    type.binary[int(BinaryOp::Xor)] = dict_view_set_operator<BinaryOp::Xor>;
}

}  // namespace

void init_dict_type()
{
    type_init_static(g_dict_type, "dict", sizeof(DictObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_DICT_SUBCLASS | TYPE_MAPPING | TYPE_LEN_TRUTH);
    g_dict_type.destroy = dict_destroy;
    g_dict_type.traverse = dict_traverse;
    g_dict_type.repr = dict_repr;
    g_dict_type.hash = hash_unhashable;
    g_dict_type.richcompare = dict_richcompare;
    g_dict_type.getitem = dict_getitem;
    g_dict_type.setitem = dict_setitem;
    g_dict_type.len = dict_len;
    g_dict_type.to_bool = dict_bool;
    g_dict_type.contains = dict_contains;
    g_dict_type.iter = dict_iter;
    g_dict_type.new_instance = dict_new_instance;
    g_dict_type.init = dict_init;
    g_dict_type.binary[int(BinaryOp::Or)] = dict_or;
    g_dict_type.inplace[int(BinaryOp::Or)] = dict_inplace_or;
    g_dict_type.methods = s_dict_methods;
    g_dict_type.doc = "dict() -> new empty dictionary\n"
                      "dict(mapping) -> new dictionary initialized from a mapping object's\n"
                      "    (key, value) pairs\n"
                      "dict(iterable) -> new dictionary initialized as if via:\n"
                      "    d = {}\n"
                      "    for k, v in iterable:\n"
                      "        d[k] = v\n"
                      "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                      "    in the keyword argument list.  For example:  dict(one=1, two=2)";

    init_view_type(g_dict_keys_type, "dict_keys", dict_keys_iter, dict_keys_contains, s_dict_keys_methods);
    g_dict_keys_type.richcompare = dict_view_richcompare;
    init_view_set_operators(g_dict_keys_type);
    init_view_type(g_dict_values_type, "dict_values", dict_values_iter, dict_values_contains, s_dict_values_methods);
    init_view_type(g_dict_items_type, "dict_items", dict_items_iter, dict_items_contains, s_dict_items_methods);
    g_dict_items_type.richcompare = dict_view_richcompare;
    init_view_set_operators(g_dict_items_type);

    init_iterator_type(g_dict_keyiterator_type, "dict_keyiterator", key_iterator_next<false>);
    init_iterator_type(g_dict_valueiterator_type, "dict_valueiterator", value_iterator_next<false>);
    init_iterator_type(g_dict_itemiterator_type, "dict_itemiterator", item_iterator_next<false>);
    init_iterator_type(g_dict_reversekeyiterator_type, "dict_reversekeyiterator", key_iterator_next<true>);
    init_iterator_type(g_dict_reversevalueiterator_type, "dict_reversevalueiterator", value_iterator_next<true>);
    init_iterator_type(g_dict_reverseitemiterator_type, "dict_reverseitemiterator", item_iterator_next<true>);
}

}  // namespace ginger
