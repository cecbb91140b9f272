// _functools: the native core of lib/functools.py (CPython's Modules/_functoolsmodule.c interface): partial,
// reduce, cmp_to_key (the KeyWrapper type) and _lru_cache_wrapper.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <vector>

namespace ginger {

extern const GetSetDef s_instance_dict_getset[];  // objects/type.cpp: __dict__ at the type's dict_offset

namespace {

TypeObject g_partial_type, g_keywrapper_type, g_lru_cache_type, g_hashed_key_type;

Result<int64_t> unhashable(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }

Result<Value> class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("__class_getitem__", nargs - 1, kwnames));
    return generic_alias_new(args[0], args[1]);
}

// ---- partial ----

// Invariants: fn is callable; args is an exact tuple; kw is an exact dict (empty when no keywords).
struct PartialObject : Object {
    Value fn;
    Ref<TupleObject> args;
    Ref<DictObject> kw;
    Ref<DictObject> dict;  // __dict__, created on demand
};

PartialObject* as_partial(Val v) { return static_cast<PartialObject*>(v.object()); }

Result<Value> partial_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames);

Result<Value> partial_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 1)
        return raise(&g_exc_TypeError, "type 'partial' takes at least one argument");
    Val fn = args[0];
    if (!is_callable(fn))
        return raise(&g_exc_TypeError, "the first argument must be callable");
    // A partial of a plain partial (one called by partial_call, without instance attributes) is flattened.
    Val inner_args, inner_kw;
    if (fn.is_object() && fn.type()->call == partial_call) {
        auto* inner = as_partial(fn);
        if (!inner->dict || inner->dict->used == 0) {
            inner_args = Val(inner->args.get());
            inner_kw = Val(inner->kw.get());
            fn = inner->fn;
        }
    }
    Value hold_fn = Value::borrow(fn);
    Value hold_args = inner_args ? Value::borrow(inner_args) : Value();
    Value hold_kw = inner_kw ? Value::borrow(inner_kw) : Value();
    auto* p = static_cast<PartialObject*>(alloc_object(type));
    if (!p)
        return raise_memory_error();
    Value result = Value::adopt(Val(p));
    new (&p->fn) Value(hold_fn);
    size_t given = nargs - 1;
    int64_t before = inner_args ? inner_args.as<TupleObject>()->size : 0;
    Ref<TupleObject> all = tuple_new(before + int64_t(given));
    for (int64_t i = 0; i < before; ++i)
        all->items[i] = Value::borrow(inner_args.as<TupleObject>()->items[i]);
    for (size_t i = 0; i < given; ++i)
        all->items[before + int64_t(i)] = Value::borrow(args[1 + i]);
    new (&p->args) Ref<TupleObject>(std::move(all));
    Ref<DictObject> kw = inner_kw ? dict_copy(inner_kw.as<DictObject>()) : dict_new();
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->size; ++i)
            TRY(dict_set(kw.get(), kwnames->items[i], args[nargs + size_t(i)]));
    }
    new (&p->kw) Ref<DictObject>(std::move(kw));
    new (&p->dict) Ref<DictObject>();
    return result;
}

void partial_destroy(Object* object)
{
    auto* p = static_cast<PartialObject*>(object);
    p->fn.~Value();
    p->args.~Ref<TupleObject>();
    p->kw.~Ref<DictObject>();
    p->dict.~Ref<DictObject>();
}

void partial_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<PartialObject*>(object);
    visit_val(p->fn, visit, context);
    if (p->args)
        visit(p->args.get(), context);
    if (p->kw)
        visit(p->kw.get(), context);
    if (p->dict)
        visit(p->dict.get(), context);
}

void partial_clear(Object* object)
{
    auto* p = static_cast<PartialObject*>(object);
    p->fn.clear();
    p->args = nullptr;
    p->kw = nullptr;
    p->dict = nullptr;
}

// fn(*self.args, *args, **{**self.kw, **kwargs}) with the arguments laid out as one vector call.
Result<Value> partial_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* p = as_partial(callable);
    if (!p->fn || !p->args || !p->kw)
        return raise(&g_exc_TypeError, "partial object is not initialised");
    Value fn = p->fn;
    Ref<TupleObject> stored = p->args;
    size_t before = size_t(stored->size);
    size_t nkw = kwnames ? size_t(kwnames->size) : 0;
    if (p->kw->used == 0) {
        if (before == 0)
            return call(fn, args, nargs, kwnames);
        Val small[16];
        std::vector<Val> large;
        size_t total = before + nargs + nkw;
        Val* buffer = small;
        if (total > 16) {
            large.resize(total);
            buffer = large.data();
        }
        for (size_t i = 0; i < before; ++i)
            buffer[i] = stored->items[i];
        for (size_t i = 0; i < nargs + nkw; ++i)
            buffer[before + i] = args[i];
        return call(fn, buffer, before + nargs, kwnames);
    }
    // Stored keywords: those the call does not override come first, then the call's own.
    Ref<DictObject> kw = p->kw;
    std::vector<Value> names;
    std::vector<Val> values;
    int64_t position = 0;
    Val key, value;
    std::vector<Value> hold;
    while (dict_next(kw.get(), position, key, value)) {
        bool overridden = false;
        for (size_t i = 0; i < nkw; ++i) {
            if (TRY(fast_equal(kwnames->items[i], key))) {
                overridden = true;
                break;
            }
        }
        if (!is_str(key))
            return raise(&g_exc_TypeError, "keywords must be strings");
        if (!overridden) {
            names.push_back(Value::borrow(key));
            hold.push_back(Value::borrow(value));
        }
    }
    std::vector<Val> buffer;
    buffer.reserve(before + nargs + names.size() + nkw);
    for (size_t i = 0; i < before; ++i)
        buffer.push_back(stored->items[i]);
    for (size_t i = 0; i < nargs; ++i)
        buffer.push_back(args[i]);
    for (const Value& v : hold)
        buffer.push_back(v);
    for (size_t i = 0; i < nkw; ++i) {
        buffer.push_back(args[nargs + i]);
        names.push_back(Value::borrow(kwnames->items[i]));
    }
    std::vector<Val> raw_names(names.begin(), names.end());
    Ref<TupleObject> all_names = tuple_from(raw_names.data(), int64_t(raw_names.size()));
    return call(fn, buffer.data(), before + nargs, all_names.get());
}

Result<Value> partial_repr(Val self)
{
    auto* p = as_partial(self);
    ReprGuard guard(p);
    if (guard.recursive())
        return Value::borrow(Val(str_intern("...")));
    Value fn = p->fn;
    Ref<TupleObject> args = p->args;
    Ref<DictObject> kw = dict_copy(p->kw.get());
    std::string text(self.type()->type_name());
    text += '(';
    text += TRY(repr_utf8(fn));
    for (int64_t i = 0; i < args->size; ++i) {
        text += ", ";
        text += TRY(repr_utf8(args->items[i]));
    }
    int64_t position = 0;
    Val key, value;
    while (dict_next(kw.get(), position, key, value)) {
        text += ", ";
        text += TRY(str_utf8(key));
        text += '=';
        text += TRY(repr_utf8(value));
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> partial_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("partial.__reduce__", nargs - 1, kwnames));
    auto* p = as_partial(args[0]);
    Val kw = p->kw && p->kw->used ? Val(p->kw.get()) : Val(&g_none);
    Val dict = p->dict && p->dict->used ? Val(p->dict.get()) : Val(&g_none);
    Value constructor_args = tuple_of({ p->fn });
    Value state = tuple_of({ p->fn, Val(p->args.get()), kw, dict });
    return tuple_of({ Val(args[0].type()), constructor_args, state });
}

Result<Value> partial_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("partial.__setstate__", nargs - 1, kwnames));
    Val state = args[1];
    if (!is_tuple(state) || state.as<TupleObject>()->size != 4)
        return raise(&g_exc_TypeError, "invalid partial state");
    auto* items = state.as<TupleObject>();
    Val fn = items->items[0], fnargs = items->items[1], kw = items->items[2], dict = items->items[3];
    if (!is_callable(fn) || !is_tuple(fnargs) || (!kw.is(Val(&g_none)) && !is_dict(kw)) ||
        (!dict.is(Val(&g_none)) && !is_dict(dict)))
        return raise(&g_exc_TypeError, "invalid partial state");
    Ref<TupleObject> new_args = is_tuple_exact(fnargs) ? Ref<TupleObject>(fnargs.as<TupleObject>())
                                                       : TRY(sequence_tuple(fnargs));
    Ref<DictObject> new_kw;
    if (kw.is(Val(&g_none)))
        new_kw = dict_new();
    else if (is_dict_exact(kw))
        new_kw = Ref<DictObject>(kw.as<DictObject>());
    else
        new_kw = dict_copy(kw.as<DictObject>());
    Ref<DictObject> new_dict;
    if (!dict.is(Val(&g_none))) {
        if (!is_dict(dict))
            return raise(&g_exc_TypeError, "invalid partial state");
        new_dict = dict_copy(dict.as<DictObject>());
    }
    auto* p = as_partial(args[0]);
    p->fn = Value::borrow(fn);
    p->args = std::move(new_args);
    p->kw = std::move(new_kw);
    p->dict = std::move(new_dict);
    return none_value();
}

Result<Value> partial_get_dict(Val self)
{
    auto* p = as_partial(self);
    if (!p->dict)
        p->dict = dict_new();
    return Value(p->dict);
}

Result<void> partial_set_dict(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete __dict__");
    if (!is_dict(value))
        return raise(&g_exc_TypeError, "__dict__ must be set to a dictionary, not a '{}'", value.type()->type_name());
    as_partial(self)->dict = Ref<DictObject>(value.as<DictObject>());
    return {};
}

// The members CPython declares READONLY.
Result<void> readonly_attribute(Val, Val) { return raise(&g_exc_AttributeError, "readonly attribute"); }

Result<Value> partial_get_func(Val self) { return as_partial(self)->fn ? Value(as_partial(self)->fn) : none_value(); }
Result<Value> partial_get_args(Val self) { return Value(as_partial(self)->args); }
Result<Value> partial_get_keywords(Val self) { return Value(as_partial(self)->kw); }

const MethodDef s_partial_methods[] = {
    { "__reduce__", partial_reduce, METHOD_INSTANCE, nullptr },
    { "__setstate__", partial_setstate, METHOD_INSTANCE, nullptr },
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_partial_getsets[] = {
    { "func", partial_get_func, readonly_attribute, "function object to use in future partial calls" },
    { "args", partial_get_args, readonly_attribute, "tuple of arguments to future partial calls" },
    { "keywords", partial_get_keywords, readonly_attribute, "dictionary of keyword arguments to future partial calls" },
    { "__dict__", partial_get_dict, partial_set_dict, nullptr },
    {},
};

// ---- reduce ----

Result<Value> functools_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("reduce", kwnames));
    TRY(expect_arg_range("reduce", nargs, 2, 3));
    auto iterator_or_error = get_iter(args[1]);
    if (iterator_or_error.is_error()) {
        if (error_matches(&g_exc_TypeError)) {
            clear_error();
            return raise(&g_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return Error {};
    }
    Value iterator = iterator_or_error.release_value();
    Value result = nargs > 2 ? Value::borrow(args[2]) : Value();
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (!result) {
            result = std::move(item);
            continue;
        }
        Val pair[2] = { result, item };
        result = TRY(call(args[0], pair, 2));
    }
    if (!result)
        return raise(&g_exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

// ---- cmp_to_key: KeyWrapper(cmp) is the key function; calling it wraps an object. ----

struct KeyWrapperObject : Object {
    Value cmp;
    Value obj;  // null in the key function itself
};

KeyWrapperObject* as_keywrapper(Val v) { return static_cast<KeyWrapperObject*>(v.object()); }

Result<Value> keywrapper_make(Val cmp, Val obj)
{
    auto* k = static_cast<KeyWrapperObject*>(alloc_object(&g_keywrapper_type));
    if (!k)
        return raise_memory_error();
    new (&k->cmp) Value(Value::borrow(cmp));
    new (&k->obj) Value(obj ? Value::borrow(obj) : Value());
    return Value::adopt(Val(k));
}

void keywrapper_destroy(Object* object)
{
    auto* k = static_cast<KeyWrapperObject*>(object);
    k->cmp.~Value();
    k->obj.~Value();
}

void keywrapper_traverse(Object* object, VisitFn visit, void* context)
{
    auto* k = static_cast<KeyWrapperObject*>(object);
    visit_val(k->cmp, visit, context);
    visit_val(k->obj, visit, context);
}

void keywrapper_clear(Object* object)
{
    auto* k = static_cast<KeyWrapperObject*>(object);
    k->cmp.clear();
    k->obj.clear();
}

Result<Value> keywrapper_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    if (nargs == 0 && !(kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "K() missing required argument 'obj' (pos 1)");
    TRY(bind_args("K", args, nargs, kwnames, { "obj" }, 1, out));
    return keywrapper_make(as_keywrapper(self)->cmp, out[0]);
}

Result<Value> keywrapper_richcompare(Val a, Val b, CompareOp op)
{
    if (!b.is_object() || b.type() != &g_keywrapper_type)
        return raise(&g_exc_TypeError, "other argument must be K instance");
    auto* left = as_keywrapper(a);
    auto* right = as_keywrapper(b);
    if (!left->obj || !right->obj)
        return raise(&g_exc_AttributeError, "object");
    Value cmp = left->cmp;
    Val pair[2] = { left->obj, right->obj };
    Value result = TRY(call(cmp, pair, 2));
    return rich_compare(result, Val::small_int(0), op);
}

Result<Value> keywrapper_get_obj(Val self)
{
    auto* k = as_keywrapper(self);
    if (!k->obj)
        return raise(&g_exc_AttributeError, "obj");
    return Value(k->obj);
}

Result<void> keywrapper_set_obj(Val self, Val value)
{
    as_keywrapper(self)->obj = value ? Value::borrow(value) : Value();
    return {};
}

const GetSetDef s_keywrapper_getsets[] = {
    { "obj", keywrapper_get_obj, keywrapper_set_obj, "Value wrapped by a key function." },
    {},
};

Result<Value> functools_cmp_to_key(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    if (nargs == 0 && !(kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
    TRY(bind_args("cmp_to_key", args, nargs, kwnames, { "mycmp" }, 1, out));
    return keywrapper_make(out[0], Val());
}

// ---- _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) ----

// The cache is a dict from call keys to results. Dicts keep insertion order, so the least recently used
// entry is the first live one and a hit moves its entry to the end. `first_hint` is an entry position at or
// before the first live entry (evictions only move it forward; it restarts when the dict's entries move).
struct LruCacheObject : Object {
    Value func;
    Ref<DictObject> cache;
    Value cache_info_type;
    int64_t maxsize;  // -1: unbounded
    bool typed;
    int64_t hits, misses;
    int64_t first_hint;
    Ref<DictObject> dict;  // __dict__ (update_wrapper's attributes)
};

LruCacheObject* as_lru(Val v) { return static_cast<LruCacheObject*>(v.object()); }

Value s_kwd_mark;  // the separator between positional and keyword parts of a key

// A tuple key with its hash computed once (CPython's lru_cache hashes the arguments once per call).
struct HashedKeyObject : Object {
    Value items;  // a tuple
    int64_t hash;
};

Result<int64_t> hashed_key_hash(Val self) { return static_cast<HashedKeyObject*>(self.object())->hash; }

Result<Value> hashed_key_richcompare(Val a, Val b, CompareOp op)
{
    if (a.type() != &g_hashed_key_type || b.type() != &g_hashed_key_type)
        return Value::borrow(not_implemented());
    Value left = static_cast<HashedKeyObject*>(a.object())->items;
    Value right = static_cast<HashedKeyObject*>(b.object())->items;
    return rich_compare(left, right, op);
}

void hashed_key_destroy(Object* object) { static_cast<HashedKeyObject*>(object)->items.~Value(); }

void hashed_key_traverse(Object* object, VisitFn visit, void* context)
{
    visit_val(static_cast<HashedKeyObject*>(object)->items, visit, context);
}

void hashed_key_clear(Object* object) { static_cast<HashedKeyObject*>(object)->items.clear(); }

Result<Value> hashed_key_new(Ref<TupleObject> items)
{
    int64_t hash = TRY(object_hash(Val(items.get())));
    auto* key = static_cast<HashedKeyObject*>(alloc_object(&g_hashed_key_type));
    if (!key)
        return raise_memory_error();
    new (&key->items) Value(std::move(items));
    key->hash = hash;
    return Value::adopt(Val(key));
}

// CPython's _make_key: one positional int or str is its own key; otherwise a tuple of the arguments, then
// the keyword mark and names and values, then (typed) the types of the values.
Result<Value> make_key(const Val* args, size_t nargs, TupleObject* kwnames, bool typed)
{
    size_t nkw = kwnames ? size_t(kwnames->size) : 0;
    if (!typed && nkw == 0) {
        if (nargs == 1 && (is_str_exact(args[0]) || args[0].is_small_int() || args[0].type() == &g_int_type))
            return Value::borrow(args[0]);
        return hashed_key_new(tuple_from(args, int64_t(nargs)));
    }
    std::vector<Val> items(args, args + nargs);
    if (nkw) {
        items.push_back(s_kwd_mark);
        for (size_t i = 0; i < nkw; ++i) {
            items.push_back(kwnames->items[i]);
            items.push_back(args[nargs + i]);
        }
    }
    if (typed) {
        for (size_t i = 0; i < nargs; ++i)
            items.push_back(Val(args[i].type()));
        for (size_t i = 0; i < nkw; ++i)
            items.push_back(Val(args[nargs + i].type()));
    }
    return hashed_key_new(tuple_from(items.data(), int64_t(items.size())));
}

// Runs a change of the cache dict; if its entries moved meanwhile (a resize compacts them), the hint restarts.
template<class F>
auto change_cache(LruCacheObject* lru, DictObject* cache, F change) -> decltype(change())
{
    const DictEntry* entries = cache->entries;
    int64_t used = cache->entries_used;
    auto result = change();
    if (cache->entries != entries || cache->entries_used < used)
        lru->first_hint = 0;
    return result;
}

Result<void> evict_oldest(LruCacheObject* lru, DictObject* cache)
{
    int64_t position = lru->first_hint;
    Val key, value;
    if (!dict_next(cache, position, key, value))
        return {};
    // dict_next leaves position after the entry it returned; that entry is deleted below.
    lru->first_hint = position;
    Value hold_key = Value::borrow(key), hold_value = Value::borrow(value);
    TRY(change_cache(lru, cache, [&] { return dict_delete(cache, hold_key); }));
    return {};
}

Result<Value> lru_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* lru = as_lru(self);
    Value func = lru->func;
    if (lru->maxsize == 0) {
        ++lru->misses;
        return call(func, args, nargs, kwnames);
    }
    Value key = TRY(make_key(args, nargs, kwnames, lru->typed));
    Ref<DictObject> cache = lru->cache;
    Val found = TRY(dict_get(cache.get(), key));
    if (found) {
        Value result = Value::borrow(found);
        ++lru->hits;
        if (lru->maxsize > 0 && cache.get() == lru->cache.get()) {
            // Move the entry to the end (most recently used).
            if (TRY(change_cache(lru, cache.get(), [&] { return dict_delete(cache.get(), key); })))
                TRY(change_cache(lru, cache.get(), [&] { return dict_set(cache.get(), key, result); }));
        }
        return result;
    }
    ++lru->misses;
    Value result = TRY(call(func, args, nargs, kwnames));
    cache = lru->cache;
    if (lru->maxsize < 0) {
        TRY(dict_set(cache.get(), key, result));
        return result;
    }
    // A recursive call may have cached this key meanwhile: keep that entry.
    if (TRY(dict_get(cache.get(), key)))
        return result;
    if (cache.get() != lru->cache.get())
        return result;  // cache_clear() ran meanwhile
    while (cache->used >= lru->maxsize && cache->used > 0)
        TRY(evict_oldest(lru, cache.get()));
    TRY(change_cache(lru, cache.get(), [&] { return dict_set(cache.get(), key, result); }));
    return result;
}

Result<Value> lru_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("_lru_cache_wrapper", args, nargs, kwnames, { "user_function", "maxsize", "typed", "cache_info_type" }, 4, out));
    if (!is_callable(out[0]))
        return raise(&g_exc_TypeError, "the first argument must be callable");
    int64_t maxsize;
    if (out[1].is(Val(&g_none))) {
        maxsize = -1;
    } else if (is_int(out[1])) {
        if (!int_to_int64(out[1], maxsize))
            maxsize = int_sign(out[1]) < 0 ? 0 : INT64_MAX;
        if (maxsize < 0)
            maxsize = 0;
    } else {
        return raise(&g_exc_TypeError, "maxsize should be integer or None");
    }
    bool typed = TRY(is_truthy(out[2]));
    auto* lru = static_cast<LruCacheObject*>(alloc_object(type));
    if (!lru)
        return raise_memory_error();
    new (&lru->func) Value(Value::borrow(out[0]));
    new (&lru->cache) Ref<DictObject>(dict_new());
    new (&lru->cache_info_type) Value(Value::borrow(out[3]));
    new (&lru->dict) Ref<DictObject>();
    lru->maxsize = maxsize;
    lru->typed = typed;
    return Value::adopt(Val(lru));
}

void lru_destroy(Object* object)
{
    auto* lru = static_cast<LruCacheObject*>(object);
    lru->func.~Value();
    lru->cache.~Ref<DictObject>();
    lru->cache_info_type.~Value();
    lru->dict.~Ref<DictObject>();
}

void lru_traverse(Object* object, VisitFn visit, void* context)
{
    auto* lru = static_cast<LruCacheObject*>(object);
    visit_val(lru->func, visit, context);
    if (lru->cache)
        visit(lru->cache.get(), context);
    visit_val(lru->cache_info_type, visit, context);
    if (lru->dict)
        visit(lru->dict.get(), context);
}

void lru_clear(Object* object)
{
    auto* lru = static_cast<LruCacheObject*>(object);
    lru->func.clear();
    lru->cache_info_type.clear();
    lru->dict = nullptr;
    if (lru->cache)
        dict_clear(lru->cache.get());
}

Result<Value> lru_descr_get(Val self, Val instance, TypeObject*)
{
    if (!instance || instance.is(Val(&g_none)))
        return Value::borrow(self);
    return method_new(self, instance);
}

Result<Value> lru_cache_info(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("cache_info", nargs - 1, kwnames));
    auto* lru = as_lru(args[0]);
    Value hits = int_from_int64(lru->hits), misses = int_from_int64(lru->misses);
    Value maxsize = lru->maxsize < 0 ? none_value() : int_from_int64(lru->maxsize);
    Value size = int_from_int64(lru->cache ? lru->cache->used : 0);
    Value type = lru->cache_info_type;
    return call(type, { hits, misses, maxsize, size });
}

Result<Value> lru_cache_clear(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("cache_clear", nargs - 1, kwnames));
    auto* lru = as_lru(args[0]);
    lru->hits = lru->misses = 0;
    // A fresh dict: the old one's entries are released after the wrapper is consistent again.
    Ref<DictObject> old = std::move(lru->cache);
    lru->cache = dict_new();
    lru->first_hint = 0;
    return none_value();
}

Result<Value> lru_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("__reduce__", nargs - 1, kwnames));
    return get_attr(args[0], str_intern("__qualname__"));
}

Result<Value> lru_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("__copy__", nargs - 1, kwnames));
    return Value::borrow(args[0]);
}

Result<Value> lru_deepcopy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("__deepcopy__", nargs - 1, kwnames));
    return Value::borrow(args[0]);
}

const MethodDef s_lru_methods[] = {
    { "cache_info", lru_cache_info, METHOD_INSTANCE, "Report cache statistics" },
    { "cache_clear", lru_cache_clear, METHOD_INSTANCE, "Clear the cache and cache statistics" },
    { "__reduce__", lru_reduce, METHOD_INSTANCE, nullptr },
    { "__copy__", lru_copy, METHOD_INSTANCE, nullptr },
    { "__deepcopy__", lru_deepcopy, METHOD_INSTANCE, nullptr },
    {},
};

GetSetDef s_lru_getsets[] = {
    {},  // __dict__, filled in by init_types()
    {},
};

const MethodDef s_functools_functions[] = {
    { "reduce", functools_reduce, METHOD_STATIC, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty." },
    { "cmp_to_key", functools_cmp_to_key, METHOD_STATIC, "Convert a cmp= function into a key= function." },
    {},
};

void init_types()
{
    type_init_static(g_partial_type, "functools.partial", sizeof(PartialObject), &g_object_type,
                     TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE);
    g_partial_type.new_instance = partial_new;
    g_partial_type.destroy = partial_destroy;
    g_partial_type.traverse = partial_traverse;
    g_partial_type.clear = partial_clear;
    g_partial_type.call = partial_call;
    g_partial_type.repr = partial_repr;
    g_partial_type.dict_offset = offsetof(PartialObject, dict);
    g_partial_type.methods = s_partial_methods;
    g_partial_type.getsets = s_partial_getsets;
    g_partial_type.doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";
    type_ready(g_partial_type);

    type_init_static(g_keywrapper_type, "functools.KeyWrapper", sizeof(KeyWrapperObject), &g_object_type, TYPE_GC);
    g_keywrapper_type.destroy = keywrapper_destroy;
    g_keywrapper_type.traverse = keywrapper_traverse;
    g_keywrapper_type.clear = keywrapper_clear;
    g_keywrapper_type.call = keywrapper_call;
    g_keywrapper_type.richcompare = keywrapper_richcompare;
    g_keywrapper_type.hash = unhashable;
    g_keywrapper_type.getsets = s_keywrapper_getsets;
    type_ready(g_keywrapper_type);
    dict_set_str(g_keywrapper_type.dict.get(), str_intern("__hash__"), Val(&g_none));

    s_lru_getsets[0] = s_instance_dict_getset[0];
    type_init_static(g_lru_cache_type, "functools._lru_cache_wrapper", sizeof(LruCacheObject), &g_object_type,
                     TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE);
    g_lru_cache_type.new_instance = lru_new;
    g_lru_cache_type.destroy = lru_destroy;
    g_lru_cache_type.traverse = lru_traverse;
    g_lru_cache_type.clear = lru_clear;
    g_lru_cache_type.call = lru_call;
    g_lru_cache_type.descr_get = lru_descr_get;
    g_lru_cache_type.dict_offset = offsetof(LruCacheObject, dict);
    g_lru_cache_type.methods = s_lru_methods;
    g_lru_cache_type.getsets = s_lru_getsets;
    g_lru_cache_type.doc = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";
    type_ready(g_lru_cache_type);

    type_init_static(g_hashed_key_type, "functools._HashedKey", sizeof(HashedKeyObject), &g_object_type, TYPE_GC);
    g_hashed_key_type.destroy = hashed_key_destroy;
    g_hashed_key_type.traverse = hashed_key_traverse;
    g_hashed_key_type.clear = hashed_key_clear;
    g_hashed_key_type.hash = hashed_key_hash;
    g_hashed_key_type.richcompare = hashed_key_richcompare;
    type_ready(g_hashed_key_type);

    s_kwd_mark = Value::adopt(Val(alloc_object(&g_object_type)));
}

}  // namespace

Ref<ModuleObject> functools_module_create()
{
    if (!g_partial_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_functools"));
    module_add_functions(module.get(), s_functools_functions);
    module_set(module.get(), "partial", Val(&g_partial_type));
    module_set(module.get(), "_lru_cache_wrapper", Val(&g_lru_cache_type));
    return module;
}

}  // namespace ginger
