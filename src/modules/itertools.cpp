// itertools: the iterator building blocks, as native types with CPython 3.12's interface (constructors,
// argument errors, reprs, __reduce__/__setstate__ with their 3.12 DeprecationWarning, tee's __copy__).
#include "import/import.h"
#include "objects/args.h"
#include "objects/complex.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "vm/warnings.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace ginger {

namespace {

TypeObject g_count_type, g_repeat_type, g_cycle_type, g_accumulate_type, g_chain_type, g_compress_type,
    g_dropwhile_type, g_takewhile_type, g_filterfalse_type, g_groupby_type, g_grouper_type, g_islice_type,
    g_pairwise_type, g_starmap_type, g_tee_type, g_teedata_type, g_zip_longest_type, g_product_type,
    g_permutations_type, g_combinations_type, g_cwr_type, g_batched_type;

// Helpers shared by the types

void visit_value(const Value& v, VisitFn visit, void* context) { visit_val(v.get(), visit, context); }

template<class T>
void visit_ref(const Ref<T>& r, VisitFn visit, void* context)
{
    if (r)
        visit(r.get(), context);
}

Result<Value> return_self(Val self) { return Value::borrow(self); }

// CPython 3.12 compat: every __reduce__ and __setstate__ of itertools warns (support ends in 3.14).
Result<void> pickle_deprecation()
{
    return warn(&g_exc_DeprecationWarning, "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.");
}

// The name repr() shows: tp_name after its last dot, or a subclass's __name__.
std::string_view short_name(TypeObject* type)
{
    std::string_view name = type->type_name();
    if (type->has_flag(TYPE_HEAP))
        return name;
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

bool has_keywords(TupleObject* kwnames) { return kwnames && kwnames->size; }

// CPython's constructors refuse keywords for the type itself and for subclasses that keep object.__init__;
// a subclass with its own __init__ may take keywords (its __new__ ignores them).
bool refuses_keywords(TypeObject* type, TypeObject* base)
{
    if (type == base)
        return true;
    return type_lookup(type, NAME_OF(__init__)).is(type_lookup(&g_object_type, NAME_OF(__init__)));
}

// Positional-only arguments (PyArg_UnpackTuple): "cycle expected 1 argument, got 2".
Result<void> positional(const char* name, TypeObject* type, TypeObject* base, size_t nargs, TupleObject* kwnames,
                        size_t min, size_t max)
{
    if (has_keywords(kwnames) && (!type || refuses_keywords(type, base)))
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", name);
    if (nargs >= min && nargs <= max)
        return {};
    size_t bound = nargs < min ? min : max;
    const char* which = min == max ? "" : (nargs < min ? "at least " : "at most ");
    return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", name, which, int64_t(bound), bound == 1 ? "" : "s",
                 int64_t(nargs));
}

size_t keyword_index(std::initializer_list<const char*> names, Val key)
{
    std::string_view text = key.as<StrObject>()->view();
    size_t index = 0;
    for (const char* candidate : names) {
        if (text == candidate)
            break;
        ++index;
    }
    return index;
}

// Arguments that may be given by keyword (Argument Clinic / PyArg_ParseTupleAndKeywords): the first
// `max_positional` of `names` may also be positional, the first `required` are required.
Result<void> parse_keywords(const char* name, const Val* args, size_t nargs, TupleObject* kwnames,
                            std::initializer_list<const char*> names, size_t max_positional, size_t required, Val* out)
{
    size_t count = names.size();
    size_t keywords = kwnames ? size_t(kwnames->size) : 0;
    for (size_t i = 0; i < count; ++i)
        out[i] = Val();
    if (nargs + keywords > count)
        return raise(&g_exc_TypeError, "{}() takes at most {} {}argument{} ({} given)", name, int64_t(count),
                     nargs == 0 ? "keyword " : "", count == 1 ? "" : "s", int64_t(nargs + keywords));
    if (nargs > max_positional)
        return raise(&g_exc_TypeError, "{}() takes {} {} positional argument{} ({} given)", name,
                     required < max_positional ? "at most" : "exactly", int64_t(max_positional),
                     max_positional == 1 ? "" : "s", int64_t(nargs));
    for (size_t i = 0; i < nargs; ++i)
        out[i] = args[i];
    // As CPython: missing arguments are reported before unknown or duplicate keywords.
    bool misplaced = false;
    for (size_t k = 0; k < keywords; ++k) {
        size_t index = keyword_index(names, kwnames->item(int64_t(k)));
        if (index == count || out[index])
            misplaced = true;
        else
            out[index] = args[nargs + k];
    }
    for (size_t i = 0; i < required; ++i) {
        if (!out[i])
            return raise(&g_exc_TypeError, "{}() missing required argument '{}' (pos {})", name, names.begin()[i],
                         int64_t(i + 1));
    }
    for (size_t k = 0; misplaced && k < keywords; ++k) {
        std::string_view key = kwnames->item(int64_t(k)).as<StrObject>()->view();
        size_t index = keyword_index(names, kwnames->item(int64_t(k)));
        if (index == count)
            return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", key, name);
        if (index < nargs)
            return raise(&g_exc_TypeError, "argument for {}() given by name ('{}') and position ({})", name, key,
                         int64_t(index + 1));
    }
    return {};
}

Error ssize_overflow() { return raise(&g_exc_OverflowError, "Python int too large to convert to C ssize_t"); }

// CPython's "n" converter: __index__, then a C ssize_t.
Result<int64_t> ssize_arg(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    Value index = TRY(number_index(v));
    int64_t out;
    if (int_to_int64(index.get(), out))
        return out;
    return ssize_overflow();
}

// PyLong_AsSsize_t: ints only.
Result<int64_t> int_arg(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    if (!is_int(v))
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t out;
    if (int_to_int64(v, out))
        return out;
    return ssize_overflow();
}

// PyArg_ParseTuple's count check for a __setstate__ state tuple.
Result<TupleObject*> state_tuple(Val state, size_t min, size_t max)
{
    if (!is_tuple(state))
        return raise(&g_exc_TypeError, "state is not a tuple");
    auto* tuple = state.as<TupleObject>();
    size_t size = size_t(tuple->size);
    if (size >= min && size <= max)
        return tuple;
    size_t bound = size < min ? min : max;
    const char* which = min == max ? "exactly" : (size < min ? "at least" : "at most");
    return raise(&g_exc_TypeError, "function takes {} {} argument{} ({} given)", which, int64_t(bound), bound == 1 ? "" : "s",
                 int64_t(size));
}

Value small_or_big(int64_t v) { return Val::fits_small(v) ? Value::small_int(v) : int_from_int64(v); }

// (type, args) and (type, args, state).
Value reduce2(Val type, Ref<TupleObject> arguments) { return Value(tuple_of({ type, Val(arguments.get()) })); }
Value reduce3(Val type, Ref<TupleObject> arguments, Val state) { return Value(tuple_of({ type, Val(arguments.get()), state })); }

Val or_none(const Value& v) { return v ? v.get() : none(); }

// A tuple holding `count` values: `cache` itself when nobody else holds it (the caller then overwrites its
// items), else a fresh one. CPython reuses result tuples the same way.
TupleObject* reusable_tuple(Ref<TupleObject>& cache, int64_t count)
{
    if (cache && cache->refcount == 1 && cache->size == count)
        return cache.get();
    Ref<TupleObject> fresh = tuple_new(count);
    if (cache && cache->size == count) {
        for (int64_t i = 0; i < count; ++i)
            fresh->items[i] = Value::borrow(cache->item(i));
    }
    cache = std::move(fresh);
    return cache.get();
}

Value hand_out(const Ref<TupleObject>& cache) { return Value::borrow(Val(cache.get())); }

// An array of C indices (product, combinations, permutations): malloc'd, freed by the owner's destroy.
int64_t* allocate_indices(int64_t count)
{
    if (count <= 0)
        return nullptr;
    return static_cast<int64_t*>(calloc(size_t(count), sizeof(int64_t)));
}

Result<void> check_indices_size(int64_t count)
{
    if (count > memory_limit() / int64_t(sizeof(int64_t)))
        return raise_memory_error();
    return {};
}

Ref<TupleObject> indices_tuple(const int64_t* indices, int64_t count)
{
    Ref<TupleObject> tuple = tuple_new(count);
    for (int64_t i = 0; i < count; ++i)
        tuple->items[i] = small_or_big(indices[i]);
    return tuple;
}

const char* const REDUCE_DOC = "Return state information for pickling.";
const char* const SETSTATE_DOC = "Set state information for unpickling.";
const char* const SIZEOF_DOC = "Returns size in memory, in bytes.";

// count(start=0, step=1)

// Fast mode (long_count null): the next value is `count`, a C integer below INT64_MAX, and the step is 1.
// Slow mode: the next value is long_count, advanced with `+ step` (any numbers).
struct CountObject : Object {
    int64_t count;
    Value long_count;
    Value step;  // never null
};

bool is_number(Val v)
{
    TypeObject* type = v.type();
    if (type->index || type->to_int || type->to_float || is_instance(v, &g_complex_type))
        return true;
    return type_lookup(type, NAME_OF(__index__)) || type_lookup(type, NAME_OF(__int__)) || type_lookup(type, NAME_OF(__float__));
}

Result<Value> count_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(parse_keywords("count", args, nargs, kwnames, { "start", "step" }, 2, 0, bound));
    Val start = bound[0], step = bound[1];
    if ((start && !is_number(start)) || (step && !is_number(step)))
        return raise(&g_exc_TypeError, "a number is required");
    bool fast = (!start || is_int(start)) && (!step || is_int(step));
    int64_t count = 0;
    if (fast && start && (!int_to_int64(start, count) || count == INT64_MAX))
        fast = false;
    if (fast && step) {
        int64_t step_value;
        if (!int_to_int64(step, step_value) || step_value != 1)
            fast = false;
    }
    auto* c = alloc_instance<CountObject>(type);
    if (!c)
        return raise_memory_error();
    c->count = count;
    c->step = step ? Value::borrow(step) : Value::small_int(1);
    if (!fast)
        c->long_count = start ? Value::borrow(start) : Value::small_int(0);
    return Value::adopt(Val(c));
}

void count_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<CountObject*>(object);
    visit_value(c->long_count, visit, context);
    visit_value(c->step, visit, context);
}

void count_clear(Object* object)
{
    auto* c = static_cast<CountObject*>(object);
    if (c->long_count)
        c->long_count = Value::small_int(0);
    c->step = Value::small_int(1);
}

Result<Value> count_next(Val self)
{
    auto* c = self.as<CountObject>();
    if (!c->long_count) [[likely]] {
        if (c->count < INT64_MAX - 1 && Val::fits_small(c->count))
            return Value::small_int(c->count++);
        if (c->count < INT64_MAX - 1)
            return int_from_int64(c->count++);
        // The last C value, then slow mode.
        c->long_count = int_from_int64(c->count);
    }
    Value next = TRY(binary_op(c->long_count, c->step, BinaryOp::Add));
    return std::exchange(c->long_count, std::move(next));
}

Result<Value> count_repr(Val self)
{
    auto* c = self.as<CountObject>();
    std::string text(short_name(self.type()));
    text += '(';
    if (!c->long_count) {
        text += std::to_string(c->count);
    } else {
        text += TRY(repr_utf8(c->long_count));
        int64_t step = 0;
        if (!is_int(c->step) || !int_to_int64(c->step, step) || step != 1) {
            text += ", ";
            text += TRY(repr_utf8(c->step));
        }
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> count_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* c = args[0].as<CountObject>();
    if (!c->long_count) {
        Value count = small_or_big(c->count);
        return reduce2(Val(args[0].type()), tuple_of({ count.get() }));
    }
    return reduce2(Val(args[0].type()), tuple_of({ c->long_count.get(), c->step.get() }));
}

// repeat(object[, times])

struct RepeatObject : Object {
    Value element;
    int64_t count;  // -1: forever
};

Result<Value> repeat_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(parse_keywords("repeat", args, nargs, kwnames, { "object", "times" }, 2, 1, bound));
    int64_t count = -1;
    if (bound[1]) {
        count = TRY(ssize_arg(bound[1]));
        if (count < 0)
            count = 0;
    }
    auto* r = alloc_instance<RepeatObject>(type);
    if (!r)
        return raise_memory_error();
    r->element = Value::borrow(bound[0]);
    r->count = count;
    return Value::adopt(Val(r));
}

void repeat_traverse(Object* object, VisitFn visit, void* context)
{
    visit_value(static_cast<RepeatObject*>(object)->element, visit, context);
}

void repeat_clear(Object* object)
{
    auto* r = static_cast<RepeatObject*>(object);
    r->element.clear();
    r->count = 0;
}

Result<Value> repeat_next(Val self)
{
    auto* r = self.as<RepeatObject>();
    if (r->count == 0 || !r->element)
        return Value();
    if (r->count > 0)
        --r->count;
    return Value::borrow(r->element.get());
}

Result<Value> repeat_repr(Val self)
{
    auto* r = self.as<RepeatObject>();
    std::string text(short_name(self.type()));
    text += '(';
    text += TRY(repr_utf8(or_none(r->element)));
    if (r->count >= 0) {
        text += ", ";
        text += std::to_string(r->count);
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> repeat_length_hint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__length_hint__", nargs - 1, kwnames, 0, 0));
    auto* r = args[0].as<RepeatObject>();
    if (r->count == -1)
        return raise(&g_exc_TypeError, "len() of unsized object");
    return small_or_big(r->count);
}

Result<Value> repeat_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* r = args[0].as<RepeatObject>();
    if (r->count >= 0) {
        Value count = small_or_big(r->count);
        return reduce2(Val(args[0].type()), tuple_of({ or_none(r->element), count.get() }));
    }
    return reduce2(Val(args[0].type()), tuple_of({ or_none(r->element) }));
}

// cycle(iterable)

// First pass: items come from `iterator` and are saved (unless firstpass was restored as true); once it is
// exhausted (null), the saved items repeat from `index`.
struct CycleObject : Object {
    Value iterator;
    Ref<ListObject> saved;
    int64_t index;
    bool firstpass;
};

Result<Value> cycle_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("cycle", type, &g_cycle_type, nargs, kwnames, 1, 1));
    Value iterator = TRY(get_iter(args[0]));
    auto* c = alloc_instance<CycleObject>(type);
    if (!c)
        return raise_memory_error();
    c->iterator = std::move(iterator);
    c->saved = list_new();
    return Value::adopt(Val(c));
}

void cycle_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<CycleObject*>(object);
    visit_value(c->iterator, visit, context);
    visit_ref(c->saved, visit, context);
}

void cycle_clear(Object* object)
{
    auto* c = static_cast<CycleObject*>(object);
    c->iterator.clear();
    c->saved = nullptr;
}

Result<Value> cycle_next(Val self)
{
    auto* c = self.as<CycleObject>();
    if (c->iterator) {
        Value iterator = c->iterator;  // held: the call may re-enter and clear the field
        Value item = TRY(iter_next(iterator));
        if (item) {
            if (!c->firstpass && c->saved)
                list_append(c->saved.get(), item);
            return item;
        }
        c->iterator.clear();
    }
    if (!c->saved || c->saved->size == 0)
        return Value();
    if (c->index >= c->saved->size)
        c->index = 0;
    Value item = Value::borrow(c->saved->item(c->index));
    if (++c->index >= c->saved->size)
        c->index = 0;
    return item;
}

Result<Value> cycle_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* c = args[0].as<CycleObject>();
    Val type = Val(args[0].type());
    Ref<ListObject> saved = c->saved ? c->saved : list_new();
    if (!c->iterator) {
        Value iterator = TRY(get_iter(Val(saved.get())));
        if (c->index != 0) {
            Value index = small_or_big(c->index);
            TRY(call_method(iterator, str_intern("__setstate__"), { index.get() }));
        }
        return reduce3(type, tuple_of({ iterator.get() }), Val(tuple_of({ Val(saved.get()), Val(g_true) }).get()));
    }
    return reduce3(type, tuple_of({ c->iterator.get() }),
                   Val(tuple_of({ Val(saved.get()), Val(c->firstpass ? g_true : g_false) }).get()));
}

Result<Value> cycle_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    TupleObject* state = TRY(state_tuple(args[1], 2, 2));
    if (!is_list(state->item(0)))
        return raise(&g_exc_TypeError, "argument 1 must be list, not {}", state->item(0).type()->type_name());
    int64_t firstpass = TRY(ssize_arg(state->item(1)));
    auto* c = args[0].as<CycleObject>();
    c->saved = Ref<ListObject>(state->item(0).as<ListObject>());
    c->firstpass = firstpass != 0;
    c->index = 0;
    return none_value();
}

// accumulate(iterable, func=None, *, initial=None)

struct AccumulateObject : Object {
    Value total;    // null before the first item
    Value iterator;
    Value binop;    // null: addition
    Value initial;  // null: none (or already produced)
};

Result<Value> accumulate_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(parse_keywords("accumulate", args, nargs, kwnames, { "iterable", "func", "initial" }, 2, 1, bound));
    Value iterator = TRY(get_iter(bound[0]));
    auto* a = alloc_instance<AccumulateObject>(type);
    if (!a)
        return raise_memory_error();
    a->iterator = std::move(iterator);
    if (bound[1] && !is_none(bound[1]))
        a->binop = Value::borrow(bound[1]);
    if (bound[2] && !is_none(bound[2]))
        a->initial = Value::borrow(bound[2]);
    return Value::adopt(Val(a));
}

void accumulate_traverse(Object* object, VisitFn visit, void* context)
{
    auto* a = static_cast<AccumulateObject*>(object);
    visit_value(a->total, visit, context);
    visit_value(a->iterator, visit, context);
    visit_value(a->binop, visit, context);
    visit_value(a->initial, visit, context);
}

void accumulate_clear(Object* object)
{
    auto* a = static_cast<AccumulateObject*>(object);
    a->total.clear();
    a->iterator.clear();
    a->binop.clear();
    a->initial.clear();
}

Result<Value> accumulate_next(Val self)
{
    auto* a = self.as<AccumulateObject>();
    if (a->initial) {
        a->total = std::move(a->initial);
        return a->total;
    }
    if (!a->iterator)
        return Value();
    Value iterator = a->iterator;
    Value item = TRY(iter_next(iterator));
    if (!item)
        return Value();
    if (!a->total) {
        a->total = item;
        return item;
    }
    Value total = a->binop ? TRY(call(a->binop, { a->total.get(), item.get() }))
                           : TRY(binary_op(a->total, item, BinaryOp::Add));
    a->total = total;
    return total;
}

Result<Value> chain_of(Val first, Val iterator);

Result<Value> accumulate_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* a = args[0].as<AccumulateObject>();
    Val type = Val(args[0].type());
    Val iterator = or_none(a->iterator);
    if (a->initial) {
        Value chained = TRY(chain_of(a->initial, iterator));
        return reduce3(type, tuple_of({ chained.get(), or_none(a->binop) }), none());
    }
    if (a->total && is_none(a->total)) {
        // A None total cannot be told from "not started": restart from (None, *rest) and skip the first.
        Value chained = TRY(chain_of(none(), iterator));
        Value restarted = TRY(call(type, { chained.get(), or_none(a->binop) }));
        return reduce2(Val(&g_islice_type), tuple_of({ restarted.get(), Val::small_int(1), none() }));
    }
    return reduce3(type, tuple_of({ iterator, or_none(a->binop) }), or_none(a->total));
}

Result<Value> accumulate_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    args[0].as<AccumulateObject>()->total = Value::borrow(args[1]);
    return none_value();
}

// chain(*iterables) and chain.from_iterable(iterable)

struct ChainObject : Object {
    Value source;  // the iterator over the iterables; null once exhausted
    Value active;  // the iterator being drained; null between iterables
};

Result<Value> chain_with_source(TypeObject* type, Value source)
{
    auto* c = alloc_instance<ChainObject>(type);
    if (!c)
        return raise_memory_error();
    c->source = std::move(source);
    return Value::adopt(Val(c));
}

Result<Value> chain_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (has_keywords(kwnames) && refuses_keywords(type, &g_chain_type))
        return raise(&g_exc_TypeError, "chain() takes no keyword arguments");
    Ref<TupleObject> iterables = tuple_from(args, int64_t(nargs));
    Value source = TRY(get_iter(Val(iterables.get())));
    return chain_with_source(type, std::move(source));
}

// chain((first,), iterator), for accumulate's __reduce__.
Result<Value> chain_of(Val first, Val iterator)
{
    Ref<TupleObject> head = tuple_of({ first });
    Ref<TupleObject> iterables = tuple_of({ Val(head.get()), iterator });
    Value source = TRY(get_iter(Val(iterables.get())));
    return chain_with_source(&g_chain_type, std::move(source));
}

Result<Value> chain_from_iterable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("chain.from_iterable", nargs - 1, kwnames, 1, 1));
    Value source = TRY(get_iter(args[1]));
    return chain_with_source(args[0].as<TypeObject>(), std::move(source));
}

void chain_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<ChainObject*>(object);
    visit_value(c->source, visit, context);
    visit_value(c->active, visit, context);
}

void chain_clear(Object* object)
{
    auto* c = static_cast<ChainObject*>(object);
    c->source.clear();
    c->active.clear();
}

Result<Value> chain_next(Val self)
{
    auto* c = self.as<ChainObject>();
    while (c->source) {
        if (!c->active) {
            Value source = c->source;
            auto iterable = iter_next(source);
            if (iterable.is_error() || !iterable.value()) {
                c->source.clear();
                if (iterable.is_error())
                    return Error {};
                return Value();
            }
            auto active = get_iter(iterable.value());
            if (active.is_error()) {
                c->source.clear();
                return Error {};
            }
            c->active = active.release_value();
        }
        Value active = c->active;
        Value item = TRY(iter_next(active));
        if (item)
            return item;
        if (c->active.get().is(active.get()))
            c->active.clear();
    }
    return Value();
}

Result<Value> chain_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* c = args[0].as<ChainObject>();
    Val type = Val(args[0].type());
    if (!c->source)
        return Value(tuple_of({ type, Val(tuple_empty().get()) }));
    Ref<TupleObject> state = c->active ? tuple_of({ c->source.get(), c->active.get() }) : tuple_of({ c->source.get() });
    return reduce3(type, tuple_empty(), Val(state.get()));
}

Result<Value> chain_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    TupleObject* state = TRY(state_tuple(args[1], 1, 2));
    Val source = state->item(0);
    Val active = state->size > 1 ? state->item(1) : Val();
    if (!source.type()->iternext || (active && !active.type()->iternext))
        return raise(&g_exc_TypeError, "Arguments must be iterators.");
    auto* c = args[0].as<ChainObject>();
    c->source = Value::borrow(source);
    c->active = active ? Value::borrow(active) : Value();
    return none_value();
}

Result<Value> chain_class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__class_getitem__", nargs - 1, kwnames, 1, 1));
    return generic_alias_new(args[0], args[1]);
}

// compress(data, selectors)

struct CompressObject : Object {
    Value data, selectors;
};

Result<Value> compress_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(parse_keywords("compress", args, nargs, kwnames, { "data", "selectors" }, 2, 2, bound));
    Value data = TRY(get_iter(bound[0]));
    Value selectors = TRY(get_iter(bound[1]));
    auto* c = alloc_instance<CompressObject>(type);
    if (!c)
        return raise_memory_error();
    c->data = std::move(data);
    c->selectors = std::move(selectors);
    return Value::adopt(Val(c));
}

void compress_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<CompressObject*>(object);
    visit_value(c->data, visit, context);
    visit_value(c->selectors, visit, context);
}

void compress_clear(Object* object)
{
    auto* c = static_cast<CompressObject*>(object);
    c->data.clear();
    c->selectors.clear();
}

Result<Value> compress_next(Val self)
{
    auto* c = self.as<CompressObject>();
    while (c->data && c->selectors) {
        // Data first, then the selector: the order CPython takes them in (which one may raise first).
        Value data = c->data, selectors = c->selectors;
        Value datum = TRY(iter_next(data));
        if (!datum)
            return Value();
        Value selector = TRY(iter_next(selectors));
        if (!selector)
            return Value();
        if (TRY(is_truthy(selector)))
            return datum;
    }
    return Value();
}

Result<Value> compress_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* c = args[0].as<CompressObject>();
    return reduce2(Val(args[0].type()), tuple_of({ or_none(c->data), or_none(c->selectors) }));
}

// dropwhile(predicate, iterable), takewhile(predicate, iterable), filterfalse(function, iterable),
// starmap(function, iterable): a function and an iterator, plus a flag for the first two.

struct PredicateObject : Object {
    Value function;
    Value iterator;
    bool flag;  // dropwhile: dropping is over; takewhile: stopped
};

Result<Value> predicate_new(const char* name, TypeObject* base, TypeObject* type, const Val* args, size_t nargs,
                            TupleObject* kwnames)
{
    TRY(positional(name, type, base, nargs, kwnames, 2, 2));
    Value iterator = TRY(get_iter(args[1]));
    auto* p = alloc_instance<PredicateObject>(type);
    if (!p)
        return raise_memory_error();
    p->function = Value::borrow(args[0]);
    p->iterator = std::move(iterator);
    return Value::adopt(Val(p));
}

Result<Value> dropwhile_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_new("dropwhile", &g_dropwhile_type, type, args, nargs, kwnames);
}

Result<Value> takewhile_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_new("takewhile", &g_takewhile_type, type, args, nargs, kwnames);
}

Result<Value> filterfalse_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_new("filterfalse", &g_filterfalse_type, type, args, nargs, kwnames);
}

Result<Value> starmap_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_new("starmap", &g_starmap_type, type, args, nargs, kwnames);
}

void predicate_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<PredicateObject*>(object);
    visit_value(p->function, visit, context);
    visit_value(p->iterator, visit, context);
}

void predicate_clear(Object* object)
{
    auto* p = static_cast<PredicateObject*>(object);
    p->function.clear();
    p->iterator.clear();
}

Result<bool> call_predicate(Val function, Val item)
{
    Value verdict = TRY(call(function, &item, 1));
    return is_truthy(verdict);
}

Result<Value> dropwhile_next(Val self)
{
    auto* p = self.as<PredicateObject>();
    while (p->iterator) {
        Value iterator = p->iterator;
        Value item = TRY(iter_next(iterator));
        if (!item || p->flag)
            return item;
        if (!TRY(call_predicate(p->function, item))) {
            p->flag = true;
            return item;
        }
    }
    return Value();
}

Result<Value> takewhile_next(Val self)
{
    auto* p = self.as<PredicateObject>();
    if (p->flag || !p->iterator)
        return Value();
    Value iterator = p->iterator;
    Value item = TRY(iter_next(iterator));
    if (!item)
        return Value();
    if (TRY(call_predicate(p->function, item)))
        return item;
    p->flag = true;
    return Value();
}

Result<Value> filterfalse_next(Val self)
{
    auto* p = self.as<PredicateObject>();
    // filterfalse(None, ...) and filterfalse(bool, ...) test the items themselves.
    bool plain = !p->function || is_none(p->function) || p->function.get().is(Val(&g_bool_type));
    while (p->iterator) {
        Value iterator = p->iterator;
        Value item = TRY(iter_next(iterator));
        if (!item)
            return Value();
        bool verdict = plain ? TRY(is_truthy(item)) : TRY(call_predicate(p->function, item));
        if (!verdict)
            return item;
    }
    return Value();
}

Result<Value> starmap_next(Val self)
{
    auto* p = self.as<PredicateObject>();
    if (!p->iterator)
        return Value();
    Value iterator = p->iterator;
    Value arguments = TRY(iter_next(iterator));
    if (!arguments)
        return Value();
    if (!is_tuple_exact(arguments)) {
        Ref<TupleObject> tuple = TRY(sequence_tuple(arguments));
        arguments = Value(std::move(tuple));
    }
    auto* tuple = arguments.as<TupleObject>();
    return call(p->function, tuple->data(), size_t(tuple->size));
}

// (type, (function, iterator)) and, for dropwhile and takewhile, the flag as state.
Result<Value> predicate_reduce(const Val* args, size_t nargs, TupleObject* kwnames, bool with_flag)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* p = args[0].as<PredicateObject>();
    Ref<TupleObject> arguments = tuple_of({ or_none(p->function), or_none(p->iterator) });
    if (with_flag)
        return reduce3(Val(args[0].type()), std::move(arguments), Val::small_int(p->flag ? 1 : 0));
    return reduce2(Val(args[0].type()), std::move(arguments));
}

Result<Value> flagged_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_reduce(args, nargs, kwnames, true);
}

Result<Value> plain_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return predicate_reduce(args, nargs, kwnames, false);
}

Result<Value> flag_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    args[0].as<PredicateObject>()->flag = TRY(is_truthy(args[1]));
    return none_value();
}

// groupby(iterable, key=None) and its _grouper(parent, tgtkey) sub-iterators

struct GroupbyObject : Object {
    Value iterator;
    Value keyfunc;    // None: the items are their own keys
    Value tgtkey;     // the key of the group being produced
    Value currkey;    // the key of currvalue
    Value currvalue;  // the item read ahead
    const Object* currgrouper;  // borrowed: only the newest _grouper may advance (compared, never used)
};

struct GrouperObject : Object {
    Ref<GroupbyObject> parent;
    Value tgtkey;
};

Result<Value> groupby_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(parse_keywords("groupby", args, nargs, kwnames, { "iterable", "key" }, 2, 1, bound));
    Value iterator = TRY(get_iter(bound[0]));
    auto* g = alloc_instance<GroupbyObject>(type);
    if (!g)
        return raise_memory_error();
    g->iterator = std::move(iterator);
    g->keyfunc = Value::borrow(bound[1] ? bound[1] : none());
    return Value::adopt(Val(g));
}

void groupby_traverse(Object* object, VisitFn visit, void* context)
{
    auto* g = static_cast<GroupbyObject*>(object);
    visit_value(g->iterator, visit, context);
    visit_value(g->keyfunc, visit, context);
    visit_value(g->tgtkey, visit, context);
    visit_value(g->currkey, visit, context);
    visit_value(g->currvalue, visit, context);
}

void groupby_clear(Object* object)
{
    auto* g = static_cast<GroupbyObject*>(object);
    g->iterator.clear();
    g->keyfunc = none_value();
    g->tgtkey.clear();
    g->currkey.clear();
    g->currvalue.clear();
}

// Reads the next item and its key into currvalue and currkey. False: exhausted.
Result<bool> groupby_step(GroupbyObject* g)
{
    if (!g->iterator)
        return false;
    Value iterator = g->iterator;
    Value value = TRY(iter_next(iterator));
    if (!value)
        return false;
    Value key = is_none(g->keyfunc) ? value : TRY(call(g->keyfunc, { value.get() }));
    // The old value is released last, once both fields are set: its destructor may run code that looks at them.
    Value old = std::exchange(g->currvalue, std::move(value));
    g->currkey = std::move(key);
    return true;
}

Result<Value> groupby_next(Val self)
{
    auto* g = self.as<GroupbyObject>();
    g->currgrouper = nullptr;
    // Skip to the start of the next group.
    while (true) {
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            // Both kept alive: the comparison may run code that steps this groupby.
            Value target = g->tgtkey, current = g->currkey;
            if (!TRY(rich_compare_bool(target, current, CompareOp::Eq)))
                break;
        }
        if (!TRY(groupby_step(g)))
            return Value();
    }
    g->tgtkey = g->currkey;
    auto* grouper = alloc_instance<GrouperObject>(&g_grouper_type);
    if (!grouper)
        return raise_memory_error();
    Value grouper_value = Value::adopt(Val(grouper));
    grouper->parent = Ref<GroupbyObject>(g);
    grouper->tgtkey = g->tgtkey;
    g->currgrouper = grouper;
    return Value(tuple_of({ g->currkey.get(), grouper_value.get() }));
}

Result<Value> groupby_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* g = args[0].as<GroupbyObject>();
    Ref<TupleObject> arguments = tuple_of({ or_none(g->iterator), or_none(g->keyfunc) });
    if (g->tgtkey && g->currkey && g->currvalue)
        return reduce3(Val(args[0].type()), std::move(arguments),
                       Val(tuple_of({ g->currkey.get(), g->currvalue.get(), g->tgtkey.get() }).get()));
    return reduce2(Val(args[0].type()), std::move(arguments));
}

Result<Value> groupby_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    TupleObject* state = TRY(state_tuple(args[1], 3, 3));
    auto* g = args[0].as<GroupbyObject>();
    g->currkey = Value::borrow(state->item(0));
    g->currvalue = Value::borrow(state->item(1));
    g->tgtkey = Value::borrow(state->item(2));
    return none_value();
}

Result<Value> grouper_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("_grouper", type, &g_grouper_type, nargs, kwnames, 2, 2));
    if (!is_instance(args[0], &g_groupby_type))
        return raise(&g_exc_TypeError, "_grouper() argument 1 must be itertools.groupby, not {}", args[0].type()->type_name());
    auto* grouper = alloc_instance<GrouperObject>(&g_grouper_type);
    if (!grouper)
        return raise_memory_error();
    auto* parent = args[0].as<GroupbyObject>();
    grouper->parent = Ref<GroupbyObject>(parent);
    grouper->tgtkey = Value::borrow(args[1]);
    parent->currgrouper = grouper;
    return Value::adopt(Val(grouper));
}

void grouper_traverse(Object* object, VisitFn visit, void* context)
{
    auto* grouper = static_cast<GrouperObject*>(object);
    visit_ref(grouper->parent, visit, context);
    visit_value(grouper->tgtkey, visit, context);
}

void grouper_clear(Object* object)
{
    auto* grouper = static_cast<GrouperObject*>(object);
    grouper->parent = nullptr;
    grouper->tgtkey.clear();
}

Result<Value> grouper_next(Val self)
{
    auto* grouper = self.as<GrouperObject>();
    GroupbyObject* g = grouper->parent.get();
    if (!g || g->currgrouper != grouper)
        return Value();
    if (!g->currvalue) {
        if (!TRY(groupby_step(g)))
            return Value();
    }
    Value target = grouper->tgtkey, current = g->currkey;
    if (!TRY(rich_compare_bool(target, current, CompareOp::Eq)))
        return Value();
    Value value = std::move(g->currvalue);
    g->currkey.clear();
    return value;
}

Result<Value> grouper_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* grouper = args[0].as<GrouperObject>();
    if (!grouper->parent || grouper->parent->currgrouper != grouper) {
        Value builtins = TRY(import_module("builtins"));
        Value iter = TRY(get_attr(builtins.get(), str_intern("iter")));
        return reduce2(iter.get(), tuple_of({ Val(tuple_empty().get()) }));
    }
    return reduce2(Val(args[0].type()), tuple_of({ Val(grouper->parent.get()), grouper->tgtkey.get() }));
}

// islice(iterable, stop) / islice(iterable, start, stop[, step])

struct IsliceObject : Object {
    Value iterator;  // null once exhausted
    int64_t next;    // the index of the next item to produce
    int64_t stop;    // -1: None
    int64_t step;
    int64_t count;   // items consumed so far
};

// PyNumber_AsSsize_t with every error swallowed: -1 on failure (islice then reports its own message).
int64_t islice_index(Val v)
{
    if (v.is_small_int())
        return v.small_int_value();
    auto index = number_index(v);
    if (index.is_error()) {
        clear_error();
        return -1;
    }
    int64_t out;
    if (!int_to_int64(index.value().get(), out))
        return -1;
    return out;
}

Result<Value> islice_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("islice", type, &g_islice_type, nargs, kwnames, 2, 4));
    static const char* const STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!is_none(args[1])) {
            stop = islice_index(args[1]);
            if (stop == -1)
                return raise(&g_exc_ValueError, STOP_ERROR);
        }
    } else {
        if (!is_none(args[1]))
            start = islice_index(args[1]);
        if (!is_none(args[2])) {
            stop = islice_index(args[2]);
            if (stop == -1)
                return raise(&g_exc_ValueError, STOP_ERROR);
        }
    }
    if (start < 0 || stop < -1)
        return raise(&g_exc_ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && !is_none(args[3]))
        step = islice_index(args[3]);
    if (step < 1)
        return raise(&g_exc_ValueError, "Step for islice() must be a positive integer or None.");
    Value iterator = TRY(get_iter(args[0]));
    auto* s = alloc_instance<IsliceObject>(type);
    if (!s)
        return raise_memory_error();
    s->iterator = std::move(iterator);
    s->next = start;
    s->stop = stop;
    s->step = step;
    return Value::adopt(Val(s));
}

void islice_traverse(Object* object, VisitFn visit, void* context)
{
    visit_value(static_cast<IsliceObject*>(object)->iterator, visit, context);
}

void islice_clear(Object* object) { static_cast<IsliceObject*>(object)->iterator.clear(); }

Result<Value> islice_next(Val self)
{
    auto* s = self.as<IsliceObject>();
    if (!s->iterator)
        return Value();
    Value held = s->iterator;  // the calls may re-enter and clear the field
    Val iterator = held;
    IterNextFn next = iterator.type()->iternext;
    while (s->count < s->next) {
        auto skipped = next(iterator);
        if (skipped.is_error() || !skipped.value()) {
            s->iterator.clear();
            return skipped;
        }
        ++s->count;
    }
    if (s->stop != -1 && s->count >= s->stop) {
        s->iterator.clear();
        return Value();
    }
    auto item = next(iterator);
    if (item.is_error() || !item.value()) {
        s->iterator.clear();
        return item;
    }
    ++s->count;
    int64_t old_next = s->next;
    s->next = int64_t(uint64_t(s->next) + uint64_t(s->step));
    if (s->next < old_next || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return item;
}

Result<Value> islice_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* s = args[0].as<IsliceObject>();
    Val type = Val(args[0].type());
    if (!s->iterator) {
        Ref<ListObject> empty = list_new();
        Value iterator = TRY(get_iter(Val(empty.get())));
        return reduce3(type, tuple_of({ iterator.get(), Val::small_int(0) }), Val::small_int(0));
    }
    Value next = small_or_big(s->next), stop = s->stop == -1 ? none_value() : small_or_big(s->stop);
    Value step = small_or_big(s->step), count = small_or_big(s->count);
    return reduce3(type, tuple_of({ s->iterator.get(), next.get(), stop.get(), step.get() }), count.get());
}

Result<Value> islice_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    args[0].as<IsliceObject>()->count = TRY(int_arg(args[1]));
    return none_value();
}

// pairwise(iterable)

struct PairwiseObject : Object {
    Value iterator;  // null once exhausted
    Value old;       // the previous item; null before the first
    Ref<TupleObject> result;
};

Result<Value> pairwise_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("pairwise", type, &g_pairwise_type, nargs, kwnames, 1, 1));
    Value iterator = TRY(get_iter(args[0]));
    auto* p = alloc_instance<PairwiseObject>(type);
    if (!p)
        return raise_memory_error();
    p->iterator = std::move(iterator);
    return Value::adopt(Val(p));
}

void pairwise_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<PairwiseObject*>(object);
    visit_value(p->iterator, visit, context);
    visit_value(p->old, visit, context);
    visit_ref(p->result, visit, context);
}

void pairwise_clear(Object* object)
{
    auto* p = static_cast<PairwiseObject*>(object);
    p->iterator.clear();
    p->old.clear();
    p->result = nullptr;
}

// The iterator may re-enter this pairwise (test_pairwise_reenter): what a nested call leaves in `old` and
// `iterator` is taken as CPython 3.12 takes it.
Result<Value> pairwise_next(Val self)
{
    auto* p = self.as<PairwiseObject>();
    if (!p->iterator)
        return Value();
    Value old = p->old;
    if (!old) {
        Value iterator = p->iterator;
        auto first = iter_next(iterator);
        p->old = first.is_error() ? Value() : first.value();
        if (!p->old) {
            p->iterator.clear();
            return first.is_error() ? Result<Value>(Error {}) : Result<Value>(Value());
        }
        old = p->old;
        if (!p->iterator) {
            p->old.clear();
            return Value();
        }
    }
    Value iterator = p->iterator;
    auto second = iter_next(iterator);
    if (second.is_error() || !second.value()) {
        p->iterator.clear();
        p->old.clear();
        return second;
    }
    Value item = second.release_value();
    TupleObject* result = reusable_tuple(p->result, 2);
    result->items[0] = old;
    result->items[1] = item;
    p->old = std::move(item);
    return hand_out(p->result);
}

// tee(iterable, n=2), the _tee iterators it makes and the _tee_dataobject links they share

// Items read from the shared iterator, LINKCELLS per link; tee iterators walk the chain of links.
constexpr int LINKCELLS = 57;

struct TeeDataObject : Object {
    Value iterator;
    int numread;  // 0 <= numread <= LINKCELLS: values[0:numread] are set
    bool running;
    Ref<TeeDataObject> nextlink;
    Value values[LINKCELLS];
};

struct TeeObject : Object {
    Ref<TeeDataObject> data;
    int index;  // 0 <= index <= LINKCELLS
};

Ref<TeeDataObject> teedata_create(Val iterator)
{
    auto* d = alloc_instance<TeeDataObject>(&g_teedata_type);
    if (!d)
        out_of_memory();
    d->iterator = Value::borrow(iterator);
    return Ref<TeeDataObject>::adopt(d);
}

// Drops a chain of links one at a time rather than recursively.
void release_links(Ref<TeeDataObject> link)
{
    while (link && link->refcount == 1) {
        Ref<TeeDataObject> next = std::move(link->nextlink);
        link = std::move(next);
    }
}

void teedata_destroy(Object* object)
{
    auto* d = static_cast<TeeDataObject*>(object);
    release_links(std::move(d->nextlink));
    d->~TeeDataObject();
}

void teedata_traverse(Object* object, VisitFn visit, void* context)
{
    auto* d = static_cast<TeeDataObject*>(object);
    visit_value(d->iterator, visit, context);
    for (int i = 0; i < d->numread; ++i)
        visit_value(d->values[i], visit, context);
    visit_ref(d->nextlink, visit, context);
}

void teedata_clear(Object* object)
{
    auto* d = static_cast<TeeDataObject*>(object);
    d->iterator.clear();
    for (int i = 0; i < d->numread; ++i)
        d->values[i] = Value::borrow(none());
    release_links(std::move(d->nextlink));
}

Result<Value> teedata_getitem(TeeDataObject* d, int i)
{
    if (i < d->numread)
        return Value::borrow(d->values[i].get());
    // The lead iterator: read a new item.
    if (d->running)
        return raise(&g_exc_RuntimeError, "cannot re-enter the tee iterator");
    if (!d->iterator)
        return Value();
    Value iterator = d->iterator;
    d->running = true;
    auto value = iter_next(iterator);
    d->running = false;
    if (value.is_error() || !value.value())
        return value;
    d->values[d->numread++] = value.value();
    return value;
}

Result<Value> teedata_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("teedataobject", type, &g_teedata_type, nargs, kwnames, 3, 3));
    if (!is_list(args[1]))
        return raise(&g_exc_TypeError, "teedataobject() argument 2 must be list, not {}", args[1].type()->type_name());
    auto* values = args[1].as<ListObject>();
    Val next = args[2];
    bool valid = values->size <= LINKCELLS;
    if (valid && !is_none(next))
        valid = values->size == LINKCELLS && next.type() == &g_teedata_type;
    if (!valid)
        return raise(&g_exc_ValueError, "Invalid arguments");
    Ref<TeeDataObject> d = teedata_create(args[0]);
    for (int64_t i = 0; i < values->size; ++i)
        d->values[i] = Value::borrow(values->item(i));
    d->numread = int(values->size);
    if (!is_none(next))
        d->nextlink = Ref<TeeDataObject>(next.as<TeeDataObject>());
    return std::move(d).value();
}

Result<Value> teedata_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* d = args[0].as<TeeDataObject>();
    Ref<ListObject> values = list_new(d->numread);
    for (int i = 0; i < d->numread; ++i)
        list_append(values.get(), d->values[i]);
    Val next = d->nextlink ? Val(d->nextlink.get()) : none();
    return reduce2(Val(args[0].type()), tuple_of({ or_none(d->iterator), Val(values.get()), next }));
}

Value tee_make(Ref<TeeDataObject> data, int index)
{
    auto* t = alloc_instance<TeeObject>(&g_tee_type);
    if (!t)
        out_of_memory();
    t->data = std::move(data);
    t->index = index;
    return Value::adopt(Val(t));
}

// A _tee over iterable: a copy if iter(iterable) is already one.
Result<Value> tee_from_iterable(Val iterable)
{
    Value iterator = TRY(get_iter(iterable));
    if (iterator.get().type() == &g_tee_type) {
        auto* t = iterator.as<TeeObject>();
        return tee_make(t->data, t->index);
    }
    return tee_make(teedata_create(iterator), 0);
}

Result<Value> tee_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("_tee", type, &g_tee_type, nargs, kwnames, 1, 1));
    return tee_from_iterable(args[0]);
}

void tee_traverse(Object* object, VisitFn visit, void* context)
{
    visit_ref(static_cast<TeeObject*>(object)->data, visit, context);
}

void tee_clear(Object* object) { static_cast<TeeObject*>(object)->data = nullptr; }

Result<Value> tee_next(Val self)
{
    auto* t = self.as<TeeObject>();
    if (!t->data)
        return Value();
    if (t->index >= LINKCELLS) {
        TeeDataObject* d = t->data.get();
        if (!d->nextlink)
            d->nextlink = teedata_create(or_none(d->iterator));
        t->data = d->nextlink;
        t->index = 0;
    }
    Ref<TeeDataObject> data = t->data;
    Value value = TRY(teedata_getitem(data.get(), t->index));
    if (value)
        ++t->index;
    return value;
}

Result<Value> tee_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__copy__", nargs - 1, kwnames, 0, 0));
    auto* t = args[0].as<TeeObject>();
    return tee_make(t->data, t->index);
}

Result<Value> tee_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* t = args[0].as<TeeObject>();
    Ref<TupleObject> arguments = tuple_of({ Val(tuple_empty().get()) });
    Val data = t->data ? Val(t->data.get()) : none();
    return reduce3(Val(args[0].type()), std::move(arguments), Val(tuple_of({ data, Val::small_int(t->index) }).get()));
}

Result<Value> tee_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    TupleObject* state = TRY(state_tuple(args[1], 2, 2));
    if (state->item(0).type() != &g_teedata_type)
        return raise(&g_exc_TypeError, "argument 1 must be itertools._tee_dataobject, not {}", state->item(0).type()->type_name());
    int64_t index = TRY(ssize_arg(state->item(1)));
    if (index < 0 || index > LINKCELLS)
        return raise(&g_exc_ValueError, "Index out of range");
    auto* t = args[0].as<TeeObject>();
    t->data = Ref<TeeDataObject>(state->item(0).as<TeeDataObject>());
    t->index = int(index);
    return none_value();
}

// tee(iterable, n=2): the iterator itself if it has __copy__ (plus n-1 copies), else n _tee over it.
Result<Value> itertools_tee(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (has_keywords(kwnames))
        return raise(&g_exc_TypeError, "itertools.tee() takes no keyword arguments");
    TRY(positional("tee", nullptr, nullptr, nargs, nullptr, 1, 2));
    int64_t n = nargs > 1 ? TRY(ssize_arg(args[1])) : 2;
    if (n < 0)
        return raise(&g_exc_ValueError, "n must be >= 0");
    if (n == 0)
        return Value(tuple_empty());
    if (n > memory_limit() / 8)
        return raise_memory_error();
    Value iterator = TRY(get_iter(args[0]));
    StrObject* copy_name = str_intern("__copy__");
    Value copy = TRY(get_attr_maybe(iterator, copy_name));
    Value first;
    if (copy) {
        first = std::move(iterator);
    } else {
        first = TRY(tee_from_iterable(iterator));
        copy = TRY(get_attr(first, copy_name));
    }
    Ref<TupleObject> result = tuple_new(n);
    for (int64_t i = 0; i < n; ++i)
        result->items[i] = none_value();
    result->items[0] = std::move(first);
    for (int64_t i = 1; i < n; ++i)
        result->items[i] = TRY(call(copy, nullptr, 0));
    return Value(std::move(result));
}

// zip_longest(*iterables, fillvalue=None)

struct ZipLongestObject : Object {
    Ref<TupleObject> iterators;  // an exhausted one is replaced by None
    int64_t active;              // how many are not exhausted
    Ref<TupleObject> result;
    Value fillvalue;
};

Result<Value> zip_longest_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val fillvalue = none();
    if (has_keywords(kwnames)) {
        if (kwnames->size != 1 || kwnames->item(0).as<StrObject>()->view() != "fillvalue")
            return raise(&g_exc_TypeError, "zip_longest() got an unexpected keyword argument");
        fillvalue = args[nargs];
    }
    Ref<TupleObject> iterators = tuple_new(int64_t(nargs));
    for (size_t i = 0; i < nargs; ++i)
        iterators->items[i] = none_value();
    for (size_t i = 0; i < nargs; ++i)
        iterators->items[i] = TRY(get_iter(args[i]));
    auto* z = alloc_instance<ZipLongestObject>(type);
    if (!z)
        return raise_memory_error();
    z->iterators = std::move(iterators);
    z->active = int64_t(nargs);
    z->fillvalue = Value::borrow(fillvalue);
    return Value::adopt(Val(z));
}

void zip_longest_traverse(Object* object, VisitFn visit, void* context)
{
    auto* z = static_cast<ZipLongestObject*>(object);
    visit_ref(z->iterators, visit, context);
    visit_ref(z->result, visit, context);
    visit_value(z->fillvalue, visit, context);
}

void zip_longest_clear(Object* object)
{
    auto* z = static_cast<ZipLongestObject*>(object);
    z->iterators = nullptr;
    z->result = nullptr;
    z->fillvalue = none_value();
    z->active = 0;
}

Result<Value> zip_longest_next(Val self)
{
    auto* z = self.as<ZipLongestObject>();
    if (!z->iterators || z->iterators->size == 0 || z->active == 0)
        return Value();
    Ref<TupleObject> iterators = z->iterators;
    int64_t size = iterators->size;
    Value first[4];
    std::vector<Value> rest;
    Value* items = first;
    if (size > 4) {
        rest.resize(size_t(size));
        items = rest.data();
    }
    for (int64_t i = 0; i < size; ++i) {
        Val iterator = iterators->item(i);
        if (is_none(iterator)) {
            items[i] = z->fillvalue;
            continue;
        }
        auto item = iter_next(iterator);
        if (item.is_error()) {
            z->active = 0;
            return Error {};
        }
        if (item.value()) {
            items[i] = item.release_value();
            continue;
        }
        if (--z->active == 0)
            return Value();
        items[i] = z->fillvalue;
        iterators->items[i] = none_value();
    }
    TupleObject* result = reusable_tuple(z->result, size);
    for (int64_t i = 0; i < size; ++i)
        result->items[i] = std::move(items[i]);
    return hand_out(z->result);
}

Result<Value> zip_longest_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* z = args[0].as<ZipLongestObject>();
    int64_t size = z->iterators ? z->iterators->size : 0;
    Ref<TupleObject> arguments = tuple_new(size);
    for (int64_t i = 0; i < size; ++i) {
        Val iterator = z->iterators->item(i);
        arguments->items[i] = is_none(iterator) ? Value(tuple_empty()) : Value::borrow(iterator);
    }
    return reduce3(Val(args[0].type()), std::move(arguments), or_none(z->fillvalue));
}

Result<Value> zip_longest_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    args[0].as<ZipLongestObject>()->fillvalue = Value::borrow(args[1]);
    return none_value();
}

// The combinatoric iterators: product, combinations, combinations_with_replacement, permutations. Each
// holds its pools as tuples, C index arrays, and the last result (refilled in place when not shared).

struct ProductObject : Object {
    Ref<TupleObject> pools;  // a tuple per input (repeated `repeat` times)
    int64_t* indices;        // one per pool
    Ref<TupleObject> result;
    bool stopped;
};

struct CombinationsObject : Object {
    Ref<TupleObject> pool;
    int64_t* indices;  // r of them (null while stopped from the start)
    int64_t* cycles;   // permutations only: r of them
    Ref<TupleObject> result;
    int64_t r;
    bool stopped;
};

void free_indices(int64_t*& indices)
{
    free(indices);
    indices = nullptr;
}

Result<Value> product_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    int64_t repeat = 1;
    if (has_keywords(kwnames)) {
        Val bound[1];
        TRY(parse_keywords("product", args + nargs, 0, kwnames, { "repeat" }, 0, 0, bound));
        if (bound[0]) {
            repeat = TRY(ssize_arg(bound[0]));
            if (repeat < 0)
                return raise(&g_exc_ValueError, "repeat argument cannot be negative");
        }
    }
    int64_t count = repeat == 0 ? 0 : int64_t(nargs);
    if (repeat > 0 && count > INT64_MAX / int64_t(sizeof(int64_t)) / repeat)
        return raise(&g_exc_OverflowError, "repeat argument too large");
    int64_t npools = count * repeat;
    TRY(check_indices_size(npools));
    Ref<TupleObject> pools = tuple_new(npools);
    for (int64_t i = 0; i < npools; ++i)
        pools->items[i] = none_value();
    for (int64_t i = 0; i < count; ++i) {
        Ref<TupleObject> pool = TRY(sequence_tuple(args[i]));
        pools->items[i] = Value(std::move(pool));
    }
    for (int64_t i = count; i < npools; ++i)
        pools->items[i] = pools->items[i - count];
    int64_t* indices = allocate_indices(npools);
    if (npools && !indices)
        return raise_memory_error();
    auto* p = alloc_instance<ProductObject>(type);
    if (!p) {
        free(indices);
        return raise_memory_error();
    }
    p->pools = std::move(pools);
    p->indices = indices;
    return Value::adopt(Val(p));
}

void product_destroy(Object* object)
{
    auto* p = static_cast<ProductObject*>(object);
    free_indices(p->indices);
    p->~ProductObject();
}

void product_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<ProductObject*>(object);
    visit_ref(p->pools, visit, context);
    visit_ref(p->result, visit, context);
}

// Leaves an empty, stopped product (pools may hold the cycle).
void product_clear(Object* object)
{
    auto* p = static_cast<ProductObject*>(object);
    p->stopped = true;
    p->result = nullptr;
    p->pools = tuple_empty();
}

Result<Value> product_next(Val self)
{
    auto* p = self.as<ProductObject>();
    if (p->stopped)
        return Value();
    TupleObject* pools = p->pools.get();
    int64_t npools = pools->size;
    if (!p->result) {
        // The first result: the first item of every pool.
        Ref<TupleObject> result = tuple_new(npools);
        for (int64_t i = 0; i < npools; ++i)
            result->items[i] = none_value();
        for (int64_t i = 0; i < npools; ++i) {
            auto* pool = pools->item(i).as<TupleObject>();
            if (pool->size == 0) {
                p->stopped = true;
                return Value();
            }
            result->items[i] = Value::borrow(pool->item(0));
        }
        p->result = std::move(result);
        return hand_out(p->result);
    }
    TupleObject* result = reusable_tuple(p->result, npools);
    // Advance the indices like an odometer, the rightmost fastest.
    int64_t i = npools - 1;
    for (; i >= 0; --i) {
        auto* pool = pools->item(i).as<TupleObject>();
        if (++p->indices[i] == pool->size) {
            p->indices[i] = 0;
            result->items[i] = Value::borrow(pool->item(0));
        } else {
            result->items[i] = Value::borrow(pool->item(p->indices[i]));
            break;
        }
    }
    if (i < 0) {
        p->stopped = true;
        return Value();
    }
    return hand_out(p->result);
}

Result<Value> product_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* p = args[0].as<ProductObject>();
    Val type = Val(args[0].type());
    if (p->stopped)
        return reduce2(type, tuple_of({ Val(tuple_empty().get()) }));
    if (!p->result)
        return reduce2(type, p->pools);
    return reduce3(type, p->pools, Val(indices_tuple(p->indices, p->pools->size).get()));
}

Result<Value> product_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    auto* p = args[0].as<ProductObject>();
    int64_t n = p->pools->size;
    Val state = args[1];
    if (!is_tuple(state) || state.as<TupleObject>()->size != n)
        return raise(&g_exc_ValueError, "invalid arguments");
    for (int64_t i = 0; i < n; ++i) {
        int64_t index = TRY(int_arg(state.as<TupleObject>()->item(i)));
        int64_t size = p->pools->item(i).as<TupleObject>()->size;
        if (size == 0) {
            p->stopped = true;
            return none_value();
        }
        p->indices[i] = index < 0 ? 0 : (index > size - 1 ? size - 1 : index);
    }
    Ref<TupleObject> result = tuple_new(n);
    for (int64_t i = 0; i < n; ++i)
        result->items[i] = Value::borrow(p->pools->item(i).as<TupleObject>()->item(p->indices[i]));
    p->result = std::move(result);
    return none_value();
}

Result<Value> product_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__sizeof__", nargs - 1, kwnames, 0, 0));
    auto* p = args[0].as<ProductObject>();
    return small_or_big(int64_t(args[0].type()->basic_size) + p->pools->size * int64_t(sizeof(int64_t)));
}

enum class Kind { Combinations, WithReplacement, Permutations };

// combinations(iterable, r), combinations_with_replacement(iterable, r), permutations(iterable, r=None)
Result<Value> combinatoric_new(Kind kind, TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = kind == Kind::Combinations ? "combinations"
                       : kind == Kind::WithReplacement ? "combinations_with_replacement" : "permutations";
    Val bound[2];
    TRY(parse_keywords(name, args, nargs, kwnames, { "iterable", "r" }, 2, kind == Kind::Permutations ? 1 : 2, bound));
    int64_t r = 0;
    if (kind != Kind::Permutations)
        r = TRY(ssize_arg(bound[1]));  // Argument Clinic converts r before the pool is built.
    Ref<TupleObject> pool = TRY(sequence_tuple(bound[0]));
    int64_t n = pool->size;
    if (kind == Kind::Permutations) {
        r = n;
        if (bound[1] && !is_none(bound[1])) {
            if (!is_int(bound[1]))
                return raise(&g_exc_TypeError, "Expected int as r");
            r = TRY(int_arg(bound[1]));
        }
    }
    if (r < 0)
        return raise(&g_exc_ValueError, "r must be non-negative");
    bool stopped = kind == Kind::WithReplacement ? (n == 0 && r > 0) : r > n;
    int64_t* indices = nullptr;
    int64_t* cycles = nullptr;
    if (!stopped) {
        int64_t index_count = kind == Kind::Permutations ? n : r;
        TRY(check_indices_size(index_count + r));
        indices = allocate_indices(index_count);
        if (kind == Kind::Permutations)
            cycles = allocate_indices(r);
        if ((index_count && !indices) || (kind == Kind::Permutations && r && !cycles)) {
            free(indices);
            free(cycles);
            return raise_memory_error();
        }
        for (int64_t i = 0; i < index_count; ++i)
            indices[i] = kind == Kind::WithReplacement ? 0 : i;
        for (int64_t i = 0; cycles && i < r; ++i)
            cycles[i] = n - i;
    }
    auto* c = alloc_instance<CombinationsObject>(type);
    if (!c) {
        free(indices);
        free(cycles);
        return raise_memory_error();
    }
    c->pool = std::move(pool);
    c->indices = indices;
    c->cycles = cycles;
    c->r = r;
    c->stopped = stopped;
    return Value::adopt(Val(c));
}

Result<Value> combinations_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_new(Kind::Combinations, type, args, nargs, kwnames);
}

Result<Value> cwr_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_new(Kind::WithReplacement, type, args, nargs, kwnames);
}

Result<Value> permutations_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_new(Kind::Permutations, type, args, nargs, kwnames);
}

void combinatoric_destroy(Object* object)
{
    auto* c = static_cast<CombinationsObject*>(object);
    free_indices(c->indices);
    free_indices(c->cycles);
    c->~CombinationsObject();
}

void combinatoric_traverse(Object* object, VisitFn visit, void* context)
{
    auto* c = static_cast<CombinationsObject*>(object);
    visit_ref(c->pool, visit, context);
    visit_ref(c->result, visit, context);
}

// Leaves an empty, stopped iterator with r = 0 (the index arrays stay, at least as large as needed).
void combinatoric_clear(Object* object)
{
    auto* c = static_cast<CombinationsObject*>(object);
    c->stopped = true;
    c->result = nullptr;
    c->pool = tuple_empty();
    c->r = 0;
}

// The first result: pool[indices[i]] for i < r.
Value first_result(CombinationsObject* c)
{
    Ref<TupleObject> result = tuple_new(c->r);
    for (int64_t i = 0; i < c->r; ++i)
        result->items[i] = Value::borrow(c->pool->item(c->indices[i]));
    c->result = std::move(result);
    return hand_out(c->result);
}

Result<Value> combinations_next(Val self)
{
    auto* c = self.as<CombinationsObject>();
    if (c->stopped)
        return Value();
    if (!c->result)
        return first_result(c);
    int64_t n = c->pool->size, r = c->r;
    int64_t* indices = c->indices;
    // The rightmost index not at its maximum (i + n - r) moves up; those after it follow it.
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == i + n - r)
        --i;
    if (i < 0) {
        c->stopped = true;
        return Value();
    }
    TupleObject* result = reusable_tuple(c->result, r);
    ++indices[i];
    for (int64_t j = i + 1; j < r; ++j)
        indices[j] = indices[j - 1] + 1;
    for (; i < r; ++i)
        result->items[i] = Value::borrow(c->pool->item(indices[i]));
    return hand_out(c->result);
}

Result<Value> cwr_next(Val self)
{
    auto* c = self.as<CombinationsObject>();
    if (c->stopped)
        return Value();
    if (!c->result)
        return first_result(c);
    int64_t n = c->pool->size, r = c->r;
    int64_t* indices = c->indices;
    // The rightmost index not at n - 1 moves up; those after it take its value.
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == n - 1)
        --i;
    if (i < 0) {
        c->stopped = true;
        return Value();
    }
    TupleObject* result = reusable_tuple(c->result, r);
    int64_t index = indices[i] + 1;
    Val item = c->pool->item(index);
    for (; i < r; ++i) {
        indices[i] = index;
        result->items[i] = Value::borrow(item);
    }
    return hand_out(c->result);
}

Result<Value> permutations_next(Val self)
{
    auto* c = self.as<CombinationsObject>();
    if (c->stopped)
        return Value();
    if (!c->result)
        return first_result(c);
    int64_t n = c->pool->size, r = c->r;
    if (n == 0) {
        c->stopped = true;
        return Value();
    }
    int64_t* indices = c->indices;
    int64_t* cycles = c->cycles;
    TupleObject* result = reusable_tuple(c->result, r);
    // Count the rightmost cycle down; at zero, rotate indices[i:] left by one and move to the left.
    int64_t i = r - 1;
    for (; i >= 0; --i) {
        if (--cycles[i] == 0) {
            int64_t index = indices[i];
            for (int64_t j = i; j < n - 1; ++j)
                indices[j] = indices[j + 1];
            indices[n - 1] = index;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i];
            std::swap(indices[i], indices[n - j]);
            for (int64_t k = i; k < r; ++k)
                result->items[k] = Value::borrow(c->pool->item(indices[k]));
            break;
        }
    }
    if (i < 0) {
        c->stopped = true;
        return Value();
    }
    return hand_out(c->result);
}

Result<Value> combinatoric_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    TRY(pickle_deprecation());
    auto* c = args[0].as<CombinationsObject>();
    Val type = Val(args[0].type());
    Value r = small_or_big(c->r);
    if (!c->result)
        return reduce2(type, tuple_of({ Val(c->pool.get()), r.get() }));
    if (c->stopped)
        return reduce2(type, tuple_of({ Val(tuple_empty().get()), r.get() }));
    Ref<TupleObject> arguments = tuple_of({ Val(c->pool.get()), r.get() });
    if (type.as<TypeObject>() == &g_permutations_type || is_subtype(type.as<TypeObject>(), &g_permutations_type)) {
        Ref<TupleObject> indices = indices_tuple(c->indices, c->pool->size);
        Ref<TupleObject> cycles = indices_tuple(c->cycles, c->r);
        return reduce3(type, std::move(arguments), Val(tuple_of({ Val(indices.get()), Val(cycles.get()) }).get()));
    }
    return reduce3(type, std::move(arguments), Val(indices_tuple(c->indices, c->r).get()));
}

// Sets indices (clamped) from a tuple of ints, then the current result.
Result<Value> combinatoric_setstate(const Val* args, size_t nargs, TupleObject* kwnames, Kind kind)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    TRY(pickle_deprecation());
    auto* c = args[0].as<CombinationsObject>();
    int64_t n = c->pool->size, r = c->r;
    Val state = args[1];
    TupleObject* indices_state;
    TupleObject* cycles_state = nullptr;
    if (kind == Kind::Permutations) {
        TupleObject* pair = TRY(state_tuple(state, 2, 2));
        for (int k = 0; k < 2; ++k) {
            if (!is_tuple(pair->item(k)))
                return raise(&g_exc_TypeError, "argument {} must be tuple, not {}", k + 1, pair->item(k).type()->type_name());
        }
        indices_state = pair->item(0).as<TupleObject>();
        cycles_state = pair->item(1).as<TupleObject>();
        if (indices_state->size != n || cycles_state->size != r)
            return raise(&g_exc_ValueError, "invalid arguments");
    } else {
        if (!is_tuple(state) || state.as<TupleObject>()->size != r)
            return raise(&g_exc_ValueError, "invalid arguments");
        indices_state = state.as<TupleObject>();
    }
    if (!c->indices && (indices_state->size || r))
        return none_value();  // stopped from the start (r > n): nothing to restore
    for (int64_t i = 0; i < indices_state->size; ++i) {
        int64_t index = TRY(int_arg(indices_state->item(i)));
        int64_t max = kind == Kind::Combinations ? i + n - r : n - 1;
        if (index > max)
            index = max;
        if (index < 0)
            index = 0;
        c->indices[i] = index;
    }
    for (int64_t i = 0; cycles_state && i < r; ++i) {
        int64_t cycle = TRY(int_arg(cycles_state->item(i)));
        c->cycles[i] = cycle < 1 ? 1 : (cycle > n - i ? n - i : cycle);
    }
    first_result(c);
    return none_value();
}

Result<Value> combinations_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_setstate(args, nargs, kwnames, Kind::Combinations);
}

Result<Value> cwr_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_setstate(args, nargs, kwnames, Kind::WithReplacement);
}

Result<Value> permutations_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return combinatoric_setstate(args, nargs, kwnames, Kind::Permutations);
}

Result<Value> combinatoric_sizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__sizeof__", nargs - 1, kwnames, 0, 0));
    auto* c = args[0].as<CombinationsObject>();
    int64_t size = int64_t(args[0].type()->basic_size) + c->r * int64_t(sizeof(int64_t));
    if (args[0].type() == &g_permutations_type || is_subtype(args[0].type(), &g_permutations_type))
        size += c->pool->size * int64_t(sizeof(int64_t));
    return small_or_big(size);
}

// batched(iterable, n)

struct BatchedObject : Object {
    Value iterator;  // null once exhausted
    int64_t n;
};

Result<Value> batched_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(parse_keywords("batched", args, nargs, kwnames, { "iterable", "n" }, 2, 2, bound));
    int64_t n = TRY(ssize_arg(bound[1]));
    if (n < 1)
        return raise(&g_exc_ValueError, "n must be at least one");
    Value iterator = TRY(get_iter(bound[0]));
    auto* b = alloc_instance<BatchedObject>(type);
    if (!b)
        return raise_memory_error();
    b->iterator = std::move(iterator);
    b->n = n;
    return Value::adopt(Val(b));
}

void batched_traverse(Object* object, VisitFn visit, void* context)
{
    visit_value(static_cast<BatchedObject*>(object)->iterator, visit, context);
}

void batched_clear(Object* object) { static_cast<BatchedObject*>(object)->iterator.clear(); }

Result<Value> batched_next(Val self)
{
    auto* b = self.as<BatchedObject>();
    if (!b->iterator)
        return Value();
    Value iterator = b->iterator;
    IterNextFn next = iterator.get().type()->iternext;
    // The batch grows as items arrive: n may be far larger than what the iterable holds.
    Ref<ListObject> items = list_new(b->n < 64 ? b->n : 64);
    for (int64_t i = 0; i < b->n; ++i) {
        Value item = TRY(next(iterator));
        if (!item)
            break;
        list_append(items.get(), std::move(item));
    }
    if (items->size == 0) {
        b->iterator.clear();
        return Value();
    }
    return Value(tuple_from(items->data(), items->size));
}

// The module

const MethodDef s_count_methods[] = {
    { "__reduce__", count_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_repeat_methods[] = {
    { "__length_hint__", repeat_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", repeat_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_cycle_methods[] = {
    { "__reduce__", cycle_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", cycle_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_accumulate_methods[] = {
    { "__reduce__", accumulate_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", accumulate_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_chain_methods[] = {
    { "from_iterable", chain_from_iterable, METHOD_CLASS, "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { "__reduce__", chain_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", chain_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    { "__class_getitem__", chain_class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};
const MethodDef s_plain_reduce_methods[] = {
    { "__reduce__", plain_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_flagged_methods[] = {
    { "__reduce__", flagged_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", flag_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_compress_methods[] = {
    { "__reduce__", compress_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_groupby_methods[] = {
    { "__reduce__", groupby_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", groupby_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_grouper_methods[] = {
    { "__reduce__", grouper_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_islice_methods[] = {
    { "__reduce__", islice_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", islice_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_teedata_methods[] = {
    { "__reduce__", teedata_reduce, METHOD_INSTANCE, REDUCE_DOC },
    {},
};
const MethodDef s_tee_methods[] = {
    { "__copy__", tee_copy, METHOD_INSTANCE, "Returns an independent iterator." },
    { "__reduce__", tee_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", tee_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_zip_longest_methods[] = {
    { "__reduce__", zip_longest_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", zip_longest_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    {},
};
const MethodDef s_product_methods[] = {
    { "__reduce__", product_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", product_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    { "__sizeof__", product_sizeof, METHOD_INSTANCE, SIZEOF_DOC },
    {},
};
const MethodDef s_combinations_methods[] = {
    { "__reduce__", combinatoric_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", combinations_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    { "__sizeof__", combinatoric_sizeof, METHOD_INSTANCE, SIZEOF_DOC },
    {},
};
const MethodDef s_cwr_methods[] = {
    { "__reduce__", combinatoric_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", cwr_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    { "__sizeof__", combinatoric_sizeof, METHOD_INSTANCE, SIZEOF_DOC },
    {},
};
const MethodDef s_permutations_methods[] = {
    { "__reduce__", combinatoric_reduce, METHOD_INSTANCE, REDUCE_DOC },
    { "__setstate__", permutations_setstate, METHOD_INSTANCE, SETSTATE_DOC },
    { "__sizeof__", combinatoric_sizeof, METHOD_INSTANCE, SIZEOF_DOC },
    {},
};

const MethodDef s_itertools_functions[] = {
    { "tee", itertools_tee, METHOD_STATIC, "Returns a tuple of n independent iterators." },
    {},
};

// One iterator type: iter() returns self, next comes from the slot; every one is a GC container.
void define(TypeObject& type, const char* name, size_t size, bool subclassable, NewFn new_fn, IterNextFn next,
            DestroyFn destroy_fn, TraverseFn traverse, DestroyFn clear, const MethodDef* methods, const char* doc)
{
    type_init_static(type, name, size, &g_object_type, TYPE_GC | (subclassable ? uint32_t(TYPE_BASETYPE) : 0u));
    type.new_instance = new_fn;
    type.iternext = next;
    if (next)
        type.iter = return_self;
    type.destroy = destroy_fn;
    type.traverse = traverse;
    type.clear = clear;
    type.methods = methods;
    type.doc = doc;
}

void init_types()
{
    if (g_count_type.has_flag(TYPE_READY))
        return;
    define(g_count_type, "itertools.count", sizeof(CountObject), true, count_new, count_next, destroy_instance<CountObject>,
           count_traverse, count_clear, s_count_methods,
           "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n"
           "    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n"
           "            x += step");
    g_count_type.repr = count_repr;
    define(g_repeat_type, "itertools.repeat", sizeof(RepeatObject), true, repeat_new, repeat_next, destroy_instance<RepeatObject>,
           repeat_traverse, repeat_clear, s_repeat_methods,
           "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  "
           "If not specified, returns the object\nendlessly.");
    g_repeat_type.repr = repeat_repr;
    define(g_cycle_type, "itertools.cycle", sizeof(CycleObject), true, cycle_new, cycle_next, destroy_instance<CycleObject>,
           cycle_traverse, cycle_clear, s_cycle_methods,
           "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
    define(g_accumulate_type, "itertools.accumulate", sizeof(AccumulateObject), true, accumulate_new, accumulate_next,
           destroy_instance<AccumulateObject>, accumulate_traverse, accumulate_clear, s_accumulate_methods,
           "Return series of accumulated sums (or other binary function results).");
    define(g_chain_type, "itertools.chain", sizeof(ChainObject), true, chain_new, chain_next, destroy_instance<ChainObject>,
           chain_traverse, chain_clear, s_chain_methods,
           "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
           "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
    define(g_compress_type, "itertools.compress", sizeof(CompressObject), true, compress_new, compress_next,
           destroy_instance<CompressObject>, compress_traverse, compress_clear, s_compress_methods,
           "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data "
           "elements using the selectors to\nchoose the data elements.");
    define(g_dropwhile_type, "itertools.dropwhile", sizeof(PredicateObject), true, dropwhile_new, dropwhile_next,
           destroy_instance<PredicateObject>, predicate_traverse, predicate_clear, s_flagged_methods,
           "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the "
           "iterable is exhausted.");
    define(g_takewhile_type, "itertools.takewhile", sizeof(PredicateObject), true, takewhile_new, takewhile_next,
           destroy_instance<PredicateObject>, predicate_traverse, predicate_clear, s_flagged_methods,
           "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
    define(g_filterfalse_type, "itertools.filterfalse", sizeof(PredicateObject), true, filterfalse_new, filterfalse_next,
           destroy_instance<PredicateObject>, predicate_traverse, predicate_clear, s_plain_reduce_methods,
           "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items "
           "that are false.");
    define(g_starmap_type, "itertools.starmap", sizeof(PredicateObject), true, starmap_new, starmap_next,
           destroy_instance<PredicateObject>, predicate_traverse, predicate_clear, s_plain_reduce_methods,
           "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from "
           "the given sequence.");
    define(g_groupby_type, "itertools.groupby", sizeof(GroupbyObject), true, groupby_new, groupby_next,
           destroy_instance<GroupbyObject>, groupby_traverse, groupby_clear, s_groupby_methods,
           "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to "
           "divide into groups according to the key function.\n  key\n    A function for computing the group category "
           "for each element.\n    If the key function is not specified or is None, the element itself\n    is used for "
           "grouping.");
    define(g_grouper_type, "itertools._grouper", sizeof(GrouperObject), false, grouper_new, grouper_next,
           destroy_instance<GrouperObject>, grouper_traverse, grouper_clear, s_grouper_methods, nullptr);
    define(g_islice_type, "itertools.islice", sizeof(IsliceObject), true, islice_new, islice_next, destroy_instance<IsliceObject>,
           islice_traverse, islice_clear, s_islice_methods,
           "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
           "Return an iterator whose next() method returns selected values from an\niterable.  If start is specified, "
           "will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified "
           "as another value, step determines how many values are\nskipped between successive calls.  Works like a "
           "slice() on a list\nbut returns an iterator.");
    define(g_pairwise_type, "itertools.pairwise", sizeof(PairwiseObject), true, pairwise_new, pairwise_next,
           destroy_instance<PairwiseObject>, pairwise_traverse, pairwise_clear, nullptr,
           "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...");
    define(g_teedata_type, "itertools._tee_dataobject", sizeof(TeeDataObject), false, teedata_new, nullptr,
           teedata_destroy, teedata_traverse, teedata_clear, s_teedata_methods,
           "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.");
    define(g_tee_type, "itertools._tee", sizeof(TeeObject), false, tee_new, tee_next, destroy_instance<TeeObject>, tee_traverse,
           tee_clear, s_tee_methods, "Iterator wrapped to make it copyable.");
    g_tee_type.flags |= TYPE_WEAKREFABLE;
    define(g_zip_longest_type, "itertools.zip_longest", sizeof(ZipLongestObject), true, zip_longest_new, zip_longest_next,
           destroy_instance<ZipLongestObject>, zip_longest_traverse, zip_longest_clear, s_zip_longest_methods,
           "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object "
           "whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The "
           ".__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it "
           "raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  "
           "The fillvalue\ndefaults to None or can be specified by a keyword argument.\n");
    define(g_product_type, "itertools.product", sizeof(ProductObject), true, product_new, product_next, product_destroy,
           product_traverse, product_clear, s_product_methods,
           "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to "
           "nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
           "The leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an "
           "odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable "
           "with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\n"
           "product(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) "
           "('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
    define(g_combinations_type, "itertools.combinations", sizeof(CombinationsObject), true, combinations_new,
           combinations_next, combinatoric_destroy, combinatoric_traverse, combinatoric_clear, s_combinations_methods,
           "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> "
           "(0,1,2), (0,1,3), (0,2,3), (1,2,3)");
    define(g_cwr_type, "itertools.combinations_with_replacement", sizeof(CombinationsObject), true, cwr_new, cwr_next,
           combinatoric_destroy, combinatoric_traverse, combinatoric_clear, s_cwr_methods,
           "Return successive r-length combinations of elements in the iterable allowing individual elements to have "
           "successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), "
           "('B','B'), ('B','C'), ('C','C')");
    define(g_permutations_type, "itertools.permutations", sizeof(CombinationsObject), true, permutations_new,
           permutations_next, combinatoric_destroy, combinatoric_traverse, combinatoric_clear, s_permutations_methods,
           "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> "
           "(0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
    define(g_batched_type, "itertools.batched", sizeof(BatchedObject), true, batched_new, batched_next,
           destroy_instance<BatchedObject>, batched_traverse, batched_clear, nullptr,
           "Batch data into tuples of length n. The last batch may be shorter than n.\n\nLoops over the input iterable "
           "and accumulates data into tuples\nup to size n.  The input is consumed lazily, just enough to\nfill a batch.  "
           "The result is yielded as soon as a batch is full\nor when the input iterable is exhausted.\n\n    >>> for "
           "batch in batched('ABCDEFG', 3):\n    ...     print(batch)\n    ...\n    ('A', 'B', 'C')\n    ('D', 'E', "
           "'F')\n    ('G',)");
    for (TypeObject* type : { &g_count_type, &g_repeat_type, &g_cycle_type, &g_accumulate_type, &g_chain_type,
                              &g_compress_type, &g_dropwhile_type, &g_takewhile_type, &g_filterfalse_type,
                              &g_starmap_type, &g_groupby_type, &g_grouper_type, &g_islice_type, &g_pairwise_type,
                              &g_teedata_type, &g_tee_type, &g_zip_longest_type, &g_product_type,
                              &g_combinations_type, &g_cwr_type, &g_permutations_type, &g_batched_type })
        type_ready(*type);
}

}  // namespace

Ref<ModuleObject> itertools_module_create()
{
    init_types();
    Ref<ModuleObject> module = module_new(str_intern("itertools"));
    module_add_functions(module.get(), s_itertools_functions);
    module_set(module.get(), "__doc__", Val(str_from_utf8(
        "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, "
        "start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, "
        "elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, "
        "func]) --> p0, p0+p1, p0+p1+p2\nbatched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\n"
        "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, "
        "q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> "
        "seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of "
        "keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, "
        "step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), "
        "...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one "
        "iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], "
        "q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\n"
        "permutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n").get()));
    struct Entry {
        const char* name;
        TypeObject* type;
    };
    for (Entry entry : { Entry { "count", &g_count_type }, { "repeat", &g_repeat_type }, { "cycle", &g_cycle_type },
                         { "accumulate", &g_accumulate_type }, { "chain", &g_chain_type }, { "compress", &g_compress_type },
                         { "dropwhile", &g_dropwhile_type }, { "takewhile", &g_takewhile_type },
                         { "filterfalse", &g_filterfalse_type }, { "starmap", &g_starmap_type },
                         { "groupby", &g_groupby_type }, { "_grouper", &g_grouper_type }, { "islice", &g_islice_type },
                         { "pairwise", &g_pairwise_type }, { "_tee_dataobject", &g_teedata_type }, { "_tee", &g_tee_type },
                         { "zip_longest", &g_zip_longest_type }, { "product", &g_product_type },
                         { "combinations", &g_combinations_type }, { "combinations_with_replacement", &g_cwr_type },
                         { "permutations", &g_permutations_type }, { "batched", &g_batched_type } })
        module_set(module.get(), entry.name, Val(entry.type));
    return module;
}

}  // namespace ginger
