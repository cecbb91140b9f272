// The built-in iterator types: enumerate, zip, map, filter, reversed, the sequence iterator behind
// iter() of a __getitem__-only object, and callable_iterator (iter(f, sentinel)).
#include "objects/iter.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

#include <vector>

namespace ginger {

TypeObject g_enumerate_type, g_zip_type, g_map_type, g_filter_type, g_reversed_type, g_seq_iterator_type,
    g_callable_iterator_type;

namespace {

struct EnumerateObject : Object {
    Value iterator;
    int64_t index;         // the next index while big_index is null
    Value big_index;       // the next index once it no longer fits a small int
    Ref<TupleObject> result;  // reused while nobody else holds it
};

struct ZipObject : Object {
    Ref<TupleObject> iterators;
    Ref<TupleObject> result;
    bool strict;
};

struct MapObject : Object {
    Value function;
    Ref<TupleObject> iterators;
};

struct FilterObject : Object {
    Value function;  // None or bool: keep the truthy items
    Value iterator;
};

// Walks a sequence backwards by index; sequence is null once exhausted.
struct ReversedObject : Object {
    Value sequence;
    int64_t index;
};

struct SeqIteratorObject : Object {
    Value sequence;  // null once exhausted
    int64_t index;
};

struct CallableIteratorObject : Object {
    Value callable;  // null once exhausted
    Value sentinel;
};

inline void visit_value(Val v, VisitFn visit, void* context)
{
    visit_val(v, visit, context);
}

Result<Value> return_self(Val self) { return Value::borrow(self); }

bool has_keywords(TupleObject* kwnames) { return kwnames && kwnames->size; }

// CPython refuses keywords for the type itself and for subclasses that keep object.__init__ (a subclass
// with its own __init__ may take keywords, which __new__ then ignores).
bool refuses_keywords(TypeObject* type, TypeObject* base)
{
    if (type == base)
        return true;
    return type_lookup(type, NAME_OF(__init__)).is(type_lookup(&g_object_type, NAME_OF(__init__)));
}

// A 2-tuple (or n-tuple) for the next result: the previous one if the caller dropped it, else a new one.
TupleObject* reusable_tuple(Ref<TupleObject>& cache, int64_t size)
{
    if (cache && cache->refcount == 1)
        return cache.get();
    cache = tuple_new(size);
    return cache.get();
}

// The result tuple: handed out with a new reference, the cache keeping its own.
Value hand_out(Ref<TupleObject>& cache) { return Value::borrow(Val(cache.get())); }

// enumerate(iterable, start=0)

Result<Value> enumerate_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    if (nargs == 0 && !(kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "enumerate() missing required argument 'iterable'");
    TRY(bind_args("enumerate", args, nargs, kwnames, { "iterable", "start" }, 1, bound));
    Value iterator = TRY(get_iter(bound[0]));
    Value start = Value::small_int(0);
    if (bound[1]) {
        start = TRY(number_index(bound[1]));
    }
    auto* e = alloc_instance<EnumerateObject>(type);
    if (!e)
        return raise_memory_error();
    e->iterator = std::move(iterator);
    if (start.get().is_small_int())
        e->index = start.get().small_int_value();
    else
        e->big_index = std::move(start);
    return Value::adopt(Val(e));
}

void enumerate_traverse(Object* object, VisitFn visit, void* context)
{
    auto* e = static_cast<EnumerateObject*>(object);
    visit_value(e->iterator, visit, context);
    visit_value(e->big_index, visit, context);
    if (e->result)
        visit(e->result.get(), context);
}

Result<Value> enumerate_next(Val self)
{
    auto* e = self.as<EnumerateObject>();
    Value item = TRY(iter_next(e->iterator));
    if (!item)
        return Value();
    Value index;
    if (!e->big_index && e->index < SMALL_INT_MAX) [[likely]] {
        index = Value::small_int(e->index++);
    } else {
        if (!e->big_index)
            e->big_index = int_from_int64(e->index);
        Value next = TRY(int_binary(e->big_index, Val::small_int(1), BinaryOp::Add));
        index = std::exchange(e->big_index, std::move(next));
    }
    TupleObject* result = reusable_tuple(e->result, 2);
    result->items[0] = std::move(index);
    result->items[1] = std::move(item);
    return hand_out(e->result);
}

// zip(*iterables, strict=False)

Result<Value> zip_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    bool strict = false;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->size; ++i) {
            Val name = kwnames->item(i);
            if (!str_equal(name.as<StrObject>(), NAME_OF(strict)))
                return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for zip()", name);
            strict = TRY(is_truthy(args[nargs + i]));
        }
    }
    Ref<TupleObject> iterators = tuple_new(int64_t(nargs));
    for (size_t i = 0; i < nargs; ++i) {
        auto iterator = get_iter(args[i]);
        if (iterator.is_error()) {
            // Leave the tuple valid (no null items) before it is released.
            for (size_t j = i; j < nargs; ++j)
                iterators->items[j] = none_value();
            return Error {};
        }
        iterators->items[i] = iterator.release_value();
    }
    auto* z = alloc_instance<ZipObject>(type);
    if (!z)
        return raise_memory_error();
    z->iterators = std::move(iterators);
    z->strict = strict;
    return Value::adopt(Val(z));
}

void zip_traverse(Object* object, VisitFn visit, void* context)
{
    auto* z = static_cast<ZipObject*>(object);
    if (z->iterators)
        visit(z->iterators.get(), context);
    if (z->result)
        visit(z->result.get(), context);
}

// zip(strict=True) found iterator `exhausted` empty: the others must be empty too.
Result<Value> zip_check_strict(ZipObject* z, int64_t exhausted)
{
    if (exhausted > 0) {
        if (exhausted == 1)
            return raise(&g_exc_ValueError, "zip() argument 2 is shorter than argument 1");
        return raise(&g_exc_ValueError, "zip() argument {} is shorter than arguments 1-{}", exhausted + 1, exhausted);
    }
    for (int64_t i = 1; i < z->iterators->size; ++i) {
        Value item = TRY(iter_next(z->iterators->item(i)));
        if (item) {
            if (i == 1)
                return raise(&g_exc_ValueError, "zip() argument 2 is longer than argument 1");
            return raise(&g_exc_ValueError, "zip() argument {} is longer than arguments 1-{}", i + 1, i);
        }
    }
    return Value();
}

Result<Value> zip_next(Val self)
{
    auto* z = self.as<ZipObject>();
    int64_t size = z->iterators->size;
    if (size == 0)
        return Value();
    // Items are fetched before the result tuple is touched, so an exhausted zip leaves it intact.
    Value first[4];
    std::vector<Value> rest;
    Value* items = first;
    if (size > 4) {
        rest.resize(size_t(size));
        items = rest.data();
    }
    for (int64_t i = 0; i < size; ++i) {
        items[i] = TRY(iter_next(z->iterators->item(i)));
        if (!items[i]) {
            if (z->strict)
                return zip_check_strict(z, i);
            return Value();
        }
    }
    TupleObject* result = reusable_tuple(z->result, size);
    for (int64_t i = 0; i < size; ++i)
        result->items[i] = std::move(items[i]);
    return hand_out(z->result);
}

// map(function, *iterables)

Result<Value> map_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (has_keywords(kwnames) && refuses_keywords(type, &g_map_type))
        return raise(&g_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return raise(&g_exc_TypeError, "map() must have at least two arguments.");
    Ref<TupleObject> iterators = tuple_new(int64_t(nargs - 1));
    for (size_t i = 1; i < nargs; ++i) {
        auto iterator = get_iter(args[i]);
        if (iterator.is_error()) {
            for (size_t j = i; j < nargs; ++j)
                iterators->items[j - 1] = none_value();
            return Error {};
        }
        iterators->items[i - 1] = iterator.release_value();
    }
    auto* m = alloc_instance<MapObject>(type);
    if (!m)
        return raise_memory_error();
    m->function = Value::borrow(args[0]);
    m->iterators = std::move(iterators);
    return Value::adopt(Val(m));
}

void map_traverse(Object* object, VisitFn visit, void* context)
{
    auto* m = static_cast<MapObject*>(object);
    visit_value(m->function, visit, context);
    if (m->iterators)
        visit(m->iterators.get(), context);
}

Result<Value> map_next(Val self)
{
    auto* m = self.as<MapObject>();
    int64_t size = m->iterators->size;
    if (size == 1) [[likely]] {
        Value item = TRY(iter_next(m->iterators->item(0)));
        if (!item)
            return Value();
        Val argument = item;
        return call(m->function, &argument, 1);
    }
    Value first[4];
    std::vector<Value> rest;
    Value* items = first;
    if (size > 4) {
        rest.resize(size_t(size));
        items = rest.data();
    }
    for (int64_t i = 0; i < size; ++i) {
        items[i] = TRY(iter_next(m->iterators->item(i)));
        if (!items[i])
            return Value();
    }
    // Value and Val have the same layout: a single tagged word.
    static_assert(sizeof(Value) == sizeof(Val));
    return call(m->function, reinterpret_cast<const Val*>(items), size_t(size));
}

// filter(function or None, iterable)

Result<Value> filter_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (has_keywords(kwnames) && refuses_keywords(type, &g_filter_type))
        return raise(&g_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return raise(&g_exc_TypeError, "filter expected 2 arguments, got {}", nargs);
    Value iterator = TRY(get_iter(args[1]));
    auto* f = alloc_instance<FilterObject>(type);
    if (!f)
        return raise_memory_error();
    f->function = Value::borrow(args[0]);
    f->iterator = std::move(iterator);
    return Value::adopt(Val(f));
}

void filter_traverse(Object* object, VisitFn visit, void* context)
{
    auto* f = static_cast<FilterObject*>(object);
    visit_value(f->function, visit, context);
    visit_value(f->iterator, visit, context);
}

Result<Value> filter_next(Val self)
{
    auto* f = self.as<FilterObject>();
    // filter(bool, ...) is filter(None, ...) (CPython does the same shortcut).
    bool plain = is_none(f->function) || f->function.get().is(Val(&g_bool_type));
    while (true) {
        Value item = TRY(iter_next(f->iterator));
        if (!item)
            return Value();
        bool keep;
        if (plain) {
            keep = TRY(is_truthy(item));
        } else {
            Val argument = item;
            Value verdict = TRY(call(f->function, &argument, 1));
            keep = TRY(is_truthy(verdict));
        }
        if (keep)
            return item;
    }
}

// reversed(sequence)

Result<Value> reversed_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (has_keywords(kwnames) && refuses_keywords(type, &g_reversed_type))
        return raise(&g_exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return raise(&g_exc_TypeError, "reversed expected 1 argument, got {}", nargs);
    Val sequence = args[0];
    TypeObject* sequence_type = sequence.type();
    Val method = type_lookup(sequence_type, NAME_OF(__reversed__));
    if (method) {
        if (is_none(method))
            return raise(&g_exc_TypeError, "'{}' object is not reversible", sequence_type->type_name());
        return call_special(sequence, NAME_OF(__reversed__), {});
    }
    // The sequence protocol: __len__ and __getitem__, dicts excluded (CPython's PySequence_Check).
    bool has_getitem = sequence_type->getitem || type_lookup(sequence_type, NAME_OF(__getitem__));
    if (!has_getitem || is_dict(sequence))
        return raise(&g_exc_TypeError, "'{}' object is not reversible", sequence_type->type_name());
    int64_t length = TRY(object_len(sequence));
    auto* r = alloc_instance<ReversedObject>(type);
    if (!r)
        return raise_memory_error();
    r->sequence = Value::borrow(sequence);
    r->index = length - 1;
    return Value::adopt(Val(r));
}

void reversed_traverse(Object* object, VisitFn visit, void* context)
{
    visit_value(static_cast<ReversedObject*>(object)->sequence, visit, context);
}

// The end of an index walk: IndexError and StopIteration mean "no more items".
bool is_end_of_sequence()
{
    if (error_matches(&g_exc_IndexError) || error_matches(&g_exc_StopIteration)) {
        clear_error();
        return true;
    }
    return false;
}

Result<Value> reversed_next(Val self)
{
    auto* r = self.as<ReversedObject>();
    if (r->index < 0 || !r->sequence) {
        r->sequence.clear();
        return Value();
    }
    Val sequence = r->sequence;
    if (is_tuple_exact(sequence)) {
        auto* tuple = sequence.as<TupleObject>();
        if (r->index < tuple->size)
            return Value::borrow(tuple->item(r->index--));
    }
    auto item = get_item(sequence, Val::small_int(r->index));
    if (item.is_error()) {
        if (!is_end_of_sequence())
            return Error {};
        r->index = -1;
        r->sequence.clear();
        return Value();
    }
    --r->index;
    return item.release_value();
}

Result<Value> reversed_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* r = args[0].as<ReversedObject>();
    if (!r->sequence)
        return Value::small_int(0);
    // The sequence may have shrunk (and its len() may raise), as CPython's reversed_len asks it.
    Value hold = Value::borrow(r->sequence.get());
    int64_t size = TRY(object_len(hold));
    int64_t position = r->index + 1;
    return int_from_int64(size < position ? 0 : position);
}

// iterator: iter() of an object with only __getitem__

void seq_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    visit_value(static_cast<SeqIteratorObject*>(object)->sequence, visit, context);
}

Result<Value> seq_iterator_next(Val self)
{
    auto* s = self.as<SeqIteratorObject>();
    if (!s->sequence)
        return Value();
    auto item = get_item(s->sequence, Val::small_int(s->index));
    if (item.is_error()) {
        if (!is_end_of_sequence())
            return Error {};
        s->sequence.clear();
        return Value();
    }
    ++s->index;
    return item.release_value();
}

Result<Value> seq_iterator_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* s = args[0].as<SeqIteratorObject>();
    if (!s->sequence)
        return Value::small_int(0);
    Val sequence = s->sequence;
    if (!sequence.type()->len && !type_lookup(sequence.type(), NAME_OF(__len__)))
        return Value::borrow(not_implemented());
    int64_t length = TRY(object_len(sequence));
    return Value::small_int(length > s->index ? length - s->index : 0);
}

// callable_iterator: iter(callable, sentinel)

void callable_iterator_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<CallableIteratorObject*>(object);
    visit_value(c->callable, visit, context);
    visit_value(c->sentinel, visit, context);
}

Result<Value> callable_iterator_next(Val self)
{
    auto* c = self.as<CallableIteratorObject>();
    if (!c->callable)
        return Value();
    // The call may exhaust this very iterator (gh-101892): the callable is kept alive meanwhile, and a
    // sentinel gone by the time it returns ends the iteration.
    Value callable = Value::borrow(c->callable.get());
    auto result = call(callable.get(), nullptr, 0);
    if (!result.is_error() && !c->sentinel)
        return Value();
    if (result.is_error()) {
        if (!error_matches(&g_exc_StopIteration))
            return Error {};
        clear_error();
        c->callable.clear();
        c->sentinel.clear();
        return Value();
    }
    Value value = result.release_value();
    // CPython compares sentinel == value, in that order.
    if (TRY(rich_compare_bool(c->sentinel, value, CompareOp::Eq))) {
        c->callable.clear();
        c->sentinel.clear();
        return Value();
    }
    return value;
}

// __reduce__ and __setstate__ of reversed and the sequence iterator: (function, (sequence,), index), or
// function over () once exhausted.
Result<Value> index_walk_reduce(Val function, Val sequence, int64_t index)
{
    if (!sequence)
        return Value(tuple_of({ function, tuple_of({ Val(tuple_new(0).get()) }).get() }));
    Value position = int_from_int64(index);
    return Value(tuple_of({ function, tuple_of({ sequence }).get(), position.get() }));
}

Result<int64_t> setstate_index(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    Value index_object = TRY(number_index(args[1]));
    return int_as_int64(index_object.get());
}

Result<Value> reversed_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* r = args[0].as<ReversedObject>();
    return index_walk_reduce(Val(args[0].type()), r->sequence.get(), r->index);
}

Result<Value> reversed_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t index = TRY(setstate_index(args, nargs, kwnames));
    auto* r = args[0].as<ReversedObject>();
    if (r->sequence) {
        int64_t length = TRY(object_len(r->sequence));
        r->index = index < -1 ? -1 : (index > length - 1 ? length - 1 : index);
    }
    return none_value();
}

Result<Value> seq_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    Value iter = TRY(builtin_iter_function());
    auto* s = args[0].as<SeqIteratorObject>();
    return index_walk_reduce(iter.get(), s->sequence.get(), s->index);
}

Result<Value> seq_iterator_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t index = TRY(setstate_index(args, nargs, kwnames));
    auto* s = args[0].as<SeqIteratorObject>();
    if (s->sequence)
        s->index = index < 0 ? 0 : index;
    return none_value();
}

Result<Value> enumerate_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* e = args[0].as<EnumerateObject>();
    Value index = e->big_index ? Value::borrow(e->big_index.get()) : int_from_int64(e->index);
    return Value(tuple_of({ Val(args[0].type()), tuple_of({ e->iterator.get(), index.get() }).get() }));
}

// (type, (first, *iterators)): map and zip.
Value reduce_with_iterators(TypeObject* type, Val first, TupleObject* iterators)
{
    int64_t offset = first ? 1 : 0;
    Ref<TupleObject> arguments = tuple_new(iterators->size + offset);
    if (first)
        arguments->items[0] = Value::borrow(first);
    for (int64_t i = 0; i < iterators->size; ++i)
        arguments->items[i + offset] = Value::borrow(iterators->item(i));
    return Value(tuple_of({ Val(type), Val(arguments.get()) }));
}

Result<Value> zip_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* z = args[0].as<ZipObject>();
    if (z->strict)
        return Value(tuple_of({ Val(args[0].type()), Val(z->iterators.get()), Val(g_true) }));
    return Value(tuple_of({ Val(args[0].type()), Val(z->iterators.get()) }));
}

Result<Value> zip_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    args[0].as<ZipObject>()->strict = TRY(is_truthy(args[1]));
    return none_value();
}

Result<Value> map_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* m = args[0].as<MapObject>();
    return reduce_with_iterators(args[0].type(), m->function.get(), m->iterators.get());
}

Result<Value> filter_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* f = args[0].as<FilterObject>();
    return Value(tuple_of({ Val(args[0].type()), tuple_of({ f->function.get(), f->iterator.get() }).get() }));
}

Result<Value> callable_iterator_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    Value iter = TRY(builtin_iter_function());
    auto* c = args[0].as<CallableIteratorObject>();
    if (!c->callable)
        return Value(tuple_of({ iter.get(), tuple_of({ Val(tuple_new(0).get()) }).get() }));
    return Value(tuple_of({ iter.get(), tuple_of({ c->callable.get(), c->sentinel.get() }).get() }));
}

const MethodDef s_enumerate_methods[] = {
    { "__reduce__", enumerate_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};
const MethodDef s_zip_methods[] = {
    { "__reduce__", zip_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", zip_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};
const MethodDef s_map_methods[] = {
    { "__reduce__", map_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};
const MethodDef s_filter_methods[] = {
    { "__reduce__", filter_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};
const MethodDef s_callable_iterator_methods[] = {
    { "__reduce__", callable_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    {},
};

const MethodDef s_reversed_methods[] = {
    { "__length_hint__", reversed_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", reversed_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", reversed_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};
const MethodDef s_seq_iterator_methods[] = {
    { "__length_hint__", seq_iterator_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", seq_iterator_reduce, METHOD_INSTANCE, "Return state information for pickling." },
    { "__setstate__", seq_iterator_setstate, METHOD_INSTANCE, "Set state information for unpickling." },
    {},
};

// The common shape of the iterator types: iter() returns self, next comes from the given slot.
void init_iterator_type(TypeObject& type, const char* name, size_t size, uint32_t flags, DestroyFn destroy_fn,
                        TraverseFn traverse, IterNextFn next)
{
    type_init_static(type, name, size, &g_object_type, TYPE_GC | flags);
    type.destroy = destroy_fn;
    type.traverse = traverse;
    type.iter = return_self;
    type.iternext = next;
}

}  // namespace

// Looked up in the builtins dict with a full dict lookup (CPython's _PyEval_GetBuiltin): its keys may be
// any objects, whose __eq__ may run code.
Result<Value> builtin_function(const char* name)
{
    Value builtins = TRY(import_module("builtins"));
    auto* module = builtins.as<ModuleObject>();
    StrObject* key = str_intern(name);
    Val found = TRY(dict_get(module->dict.get(), Val(key)));
    if (!found)
        return raise_with_args(&g_exc_AttributeError, { Val(key) });
    return Value::borrow(found);
}

Result<Value> builtin_iter_function() { return builtin_function("iter"); }

Result<Value> reduce_to_iter_of_list(Val rest)
{
    Value iter = TRY(builtin_iter_function());
    Value items = TRY(list_from_iterable(rest));
    return Value(tuple_of({ iter.get(), tuple_of({ items.get() }).get() }));
}

Result<Value> seq_iter_new(Val sequence)
{
    auto* s = alloc_instance<SeqIteratorObject>(&g_seq_iterator_type);
    if (!s)
        return raise_memory_error();
    s->sequence = Value::borrow(sequence);
    s->index = 0;
    return Value::adopt(Val(s));
}

Result<Value> callable_iter_new(Val callable, Val sentinel)
{
    auto* c = alloc_instance<CallableIteratorObject>(&g_callable_iterator_type);
    if (!c)
        return raise_memory_error();
    c->callable = Value::borrow(callable);
    c->sentinel = Value::borrow(sentinel);
    return Value::adopt(Val(c));
}

void init_iter_types()
{
    init_range_types();
    init_slice_type();

    init_iterator_type(g_enumerate_type, "enumerate", sizeof(EnumerateObject), TYPE_BASETYPE, destroy_instance<EnumerateObject>,
                       enumerate_traverse, enumerate_next);
    g_enumerate_type.new_instance = enumerate_new;
    g_enumerate_type.methods = s_enumerate_methods;
    g_enumerate_type.doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                           "The enumerate object yields pairs containing a count (from start, which\n"
                           "defaults to zero) and a value yielded by the iterable argument.\n\n"
                           "enumerate is useful for obtaining an indexed list:\n"
                           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...";

    init_iterator_type(g_zip_type, "zip", sizeof(ZipObject), TYPE_BASETYPE, destroy_instance<ZipObject>, zip_traverse, zip_next);
    g_zip_type.new_instance = zip_new;
    g_zip_type.methods = s_zip_methods;
    g_zip_type.doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
                     "   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
                     "The zip object yields n-length tuples, where n is the number of iterables\n"
                     "passed as positional arguments to zip().  The i-th element in every tuple\n"
                     "comes from the i-th iterable argument to zip().  This continues until the\n"
                     "shortest argument is exhausted.\n\n"
                     "If strict is true and one of the arguments is exhausted before the others,\n"
                     "raise a ValueError.";

    init_iterator_type(g_map_type, "map", sizeof(MapObject), TYPE_BASETYPE, destroy_instance<MapObject>, map_traverse, map_next);
    g_map_type.new_instance = map_new;
    g_map_type.methods = s_map_methods;
    g_map_type.doc = "map(func, *iterables) --> map object\n\n"
                     "Make an iterator that computes the function using arguments from\n"
                     "each of the iterables.  Stops when the shortest iterable is exhausted.";

    init_iterator_type(g_filter_type, "filter", sizeof(FilterObject), TYPE_BASETYPE, destroy_instance<FilterObject>,
                       filter_traverse, filter_next);
    g_filter_type.new_instance = filter_new;
    g_filter_type.methods = s_filter_methods;
    g_filter_type.doc = "filter(function or None, iterable) --> filter object\n\n"
                        "Return an iterator yielding those items of iterable for which function(item)\n"
                        "is true. If function is None, return the items that are true.";

    init_iterator_type(g_reversed_type, "reversed", sizeof(ReversedObject), TYPE_BASETYPE, destroy_instance<ReversedObject>,
                       reversed_traverse, reversed_next);
    g_reversed_type.new_instance = reversed_new;
    g_reversed_type.methods = s_reversed_methods;
    g_reversed_type.doc = "Return a reverse iterator over the values of the given sequence.";

    init_iterator_type(g_seq_iterator_type, "iterator", sizeof(SeqIteratorObject), 0, destroy_instance<SeqIteratorObject>,
                       seq_iterator_traverse, seq_iterator_next);
    g_seq_iterator_type.methods = s_seq_iterator_methods;

    init_iterator_type(g_callable_iterator_type, "callable_iterator", sizeof(CallableIteratorObject), 0,
                       destroy_instance<CallableIteratorObject>, callable_iterator_traverse, callable_iterator_next);
    g_callable_iterator_type.methods = s_callable_iterator_methods;
}

}  // namespace ginger
