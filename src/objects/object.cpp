// Allocation and deallocation of objects, the immortal singletons, and VERIFY's failure path.
#include "objects/exceptions.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/instance_dict.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/weakref.h"
#include "vm/warnings.h"

#include <cstdio>
#include <cstdlib>
#include <new>
#include <algorithm>
#include <climits>
#include <ranges>
#include <unordered_set>
#include <vector>

#include <unistd.h>

namespace ginger {

[[noreturn]] void verify_failed(const char* expression, const char* file, int line)
{
    fprintf(stderr, "ginger: internal error: VERIFY(%s) failed at %s:%d\n", expression, file, line);
    abort();
}

namespace {

// The tracked containers, in three generations as CPython's: new objects enter generation 0; the survivors
// of a collection of generation g move to g + 1 (the oldest stays). Each list holds the newest first.
// Outside a collection every tracked object's gc_refs is NOT_COLLECTING; a collection gives its participants
// their refcount there, so a traversal tells them from the rest.
struct Generation {
    GcHeader list;
    int64_t count;      // generation 0: allocations since its last collection; others: collections of the
                        // generation below since their own last collection
    int64_t threshold;
    GcStats stats;
};
Generation s_generations[GC_GENERATIONS] = {
    { { &s_generations[0].list, &s_generations[0].list, 0 }, 0, 700, {} },
    { { &s_generations[1].list, &s_generations[1].list, 0 }, 0, 10, {} },
    { { &s_generations[2].list, &s_generations[2].list, 0 }, 0, 10, {} },
};
constexpr int64_t NOT_COLLECTING = -1;
constexpr int64_t REACHABLE = INT64_MIN;
int64_t s_gc_count = 0;          // every tracked object, frozen ones included
bool s_gc_enabled = true;        // gc.disable() stops automatic collections, not gc.collect()
// CPython's rule for the oldest generation: it is collected only when the objects that entered it since its
// last collection are more than a quarter of those that survived that collection (a full collection costs
// time proportional to everything alive).
int64_t s_long_lived_total = 0;
int64_t s_long_lived_pending = 0;
// gc.freeze(): objects moved here are still tracked but no collection looks at them (CPython's
// permanent generation).
GcHeader s_gc_frozen = { &s_gc_frozen, &s_gc_frozen, 0 };

// Freeing a deeply nested structure would recurse once per level. Past this depth, objects whose
// refcount reached zero are queued and freed by the outermost dealloc_object (CPython's "trashcan").
constexpr int DEALLOC_DEPTH_LIMIT = 500;
int s_dealloc_depth = 0;
std::vector<Object*> s_deferred;

}  // namespace

void gc_track(Object* object)
{
    GcHeader* header = gc_header(object);
    GcHeader& young = s_generations[0].list;
    header->next = young.next;
    header->prev = &young;
    header->gc_refs = NOT_COLLECTING;
    young.next->prev = header;
    young.next = header;
    ++s_gc_count;
    if (++s_generations[0].count > s_generations[0].threshold && s_gc_enabled && s_generations[0].threshold > 0)
        g_gc_pending = true;
}

void gc_untrack(Object* object)
{
    GcHeader* header = gc_header(object);
    if (!header->next)
        return;
    header->prev->next = header->next;
    header->next->prev = header->prev;
    header->next = header->prev = nullptr;
    --s_gc_count;
    if (s_generations[0].count > 0)
        --s_generations[0].count;  // as CPython: a death makes up for an allocation
}

int64_t gc_tracked_count() { return s_gc_count; }

void gc_set_threshold(int64_t threshold) { s_generations[0].threshold = threshold; }

void gc_set_thresholds(const int64_t thresholds[GC_GENERATIONS])
{
    for (int g = 0; g < GC_GENERATIONS; ++g)
        s_generations[g].threshold = thresholds[g];
}

int64_t gc_threshold(int generation) { return s_generations[generation].threshold; }
int64_t gc_generation_count(int generation) { return s_generations[generation].count; }

void gc_set_enabled(bool enabled)
{
    s_gc_enabled = enabled;
    if (!enabled)
        g_gc_pending = false;
}

bool gc_is_enabled() { return s_gc_enabled; }

const GcStats& gc_stats(int generation) { return s_generations[generation].stats; }

static void gc_move_all(GcHeader& from, GcHeader& to)
{
    if (from.next == &from)
        return;
    // Splice the whole of `from` at the front of `to`.
    GcHeader* first = from.next;
    GcHeader* last = from.prev;
    last->next = to.next;
    to.next->prev = last;
    to.next = first;
    first->prev = &to;
    from.next = from.prev = &from;
}

// CPython's order: everything goes to the permanent generation, and comes back into the oldest.
void gc_freeze()
{
    for (int g = GC_GENERATIONS - 1; g >= 0; --g)
        gc_move_all(s_generations[g].list, s_gc_frozen);
    s_generations[0].count = 0;
}

void gc_unfreeze() { gc_move_all(s_gc_frozen, s_generations[GC_GENERATIONS - 1].list); }

int64_t gc_frozen_count()
{
    int64_t count = 0;
    for (GcHeader* h = s_gc_frozen.next; h != &s_gc_frozen; h = h->next)
        ++count;
    return count;
}

void gc_for_each_tracked(int generation, void (*function)(Object*, void*), void* context)
{
    for (int g = 0; g < GC_GENERATIONS; ++g) {
        if (generation >= 0 && g != generation)
            continue;
        GcHeader& list = s_generations[g].list;
        for (GcHeader* h = list.next; h != &list; h = h->next)
            function(gc_object(h), context);
    }
}

void (*g_gc_callback)(bool starting, int generation, int64_t collected) = nullptr;
void (*g_gc_save_garbage)(Object* object) = nullptr;

bool g_gc_pending = false;
static bool s_collecting = false;
// Living objects whose __del__ has run, by the collector or at a death they survived (PEP 442: it runs
// once; when they die, it does not run again). gc.is_finalized() reads it.
static std::unordered_set<Object*> s_finalized;

// Whether this object is preceded by a GcHeader: its type is TYPE_GC, except for the static types (instances of
// `type` that are not heap types, defined as C++ globals), which have none (CPython's tp_is_gc for types).
static bool has_header(Object* object)
{
    TypeObject* type = object->type;
    if (!type->has_flag(TYPE_GC))
        return false;
    return !type->has_flag(TYPE_TYPE_SUBCLASS) || static_cast<TypeObject*>(object)->has_flag(TYPE_HEAP);
}

static bool is_tracked(Object* object)
{
    return has_header(object) && gc_header(object)->next != nullptr;
}

bool gc_is_tracked(Object* object) { return is_tracked(object); }
bool gc_is_finalized(Object* object) { return s_finalized.contains(object); }

// What finalizes an object: a heap type's __del__ (returned in del), else the finalize slot of its type or
// of its native base (null if it has neither).
static DestroyFn finalizer_of(Object* object, Val& del)
{
    TypeObject* type = object->type;
    if (!type->has_flag(TYPE_HEAP)) {
        del = Val();
        return type->finalize;
    }
    del = type_lookup(type, NAME_OF(__del__));
    if (del)
        return nullptr;
    while (type->has_flag(TYPE_HEAP))
        type = type->base;
    return type->finalize;
}

static bool has_finalizer(Object* object)
{
    Val del;
    return finalizer_of(object, del) || del;
}

void gc_finalize_once(Object* object)
{
    Val del;
    DestroyFn finalize = finalizer_of(object, del);
    if ((!del && !finalize) || !s_finalized.insert(object).second)
        return;
    Value self = Value::borrow(Val(object));
    if (finalize) {
        finalize(object);  // with the reference held here lent to it
        return;
    }
    Value keep = Value::borrow(del);
    Value pending = error_occurred() ? fetch_error() : Value();
    if (call(keep, { self.get() }).is_error())
        write_unraisable("in", keep);
    if (pending)
        restore_error(std::move(pending));
}

// Sets the gc_refs of every object on `list` back to NOT_COLLECTING and moves them all to `to` (if another).
static void gc_end_participation(GcHeader& list, GcHeader& to)
{
    for (GcHeader* h = list.next; h != &list; h = h->next)
        h->gc_refs = NOT_COLLECTING;
    if (&list != &to)
        gc_move_all(list, to);
}

// CPython's cycle detection over one generation (and the younger ones, merged into it first): an object whose
// refcount is fully explained by references from other objects of the collection is unreachable from outside
// unless a reachable object refers to it. References from older generations count as outside ones.
static int64_t collect_generation(int generation)
{
    Generation& gen = s_generations[generation];
    for (int g = 0; g < generation; ++g)
        gc_move_all(s_generations[g].list, gen.list);
    std::vector<Object*> objects;
    for (GcHeader* h = gen.list.next; h != &gen.list; h = h->next)
        objects.push_back(gc_object(h));
    for (Object* o : objects)
        gc_header(o)->gc_refs = o->refcount;
    // A participant's gc_refs is >= 0 (down to 0, never below: the guard keeps a traversal that visits too
    // much from making it look like a non-participant); the others' is NOT_COLLECTING.
    for (Object* o : objects) {
        if (TraverseFn traverse = o->type->traverse) {
            traverse(o, [](Object* child, void*) {
                if (is_tracked(child) && gc_header(child)->gc_refs > 0)
                    --gc_header(child)->gc_refs;
            }, nullptr);
        }
    }
    // Everything with references from outside is reachable, and so is what it refers to.
    std::vector<Object*> work;
    for (Object* o : objects) {
        if (gc_header(o)->gc_refs > 0) {
            gc_header(o)->gc_refs = REACHABLE;
            work.push_back(o);
        }
    }
    while (!work.empty()) {
        Object* o = work.back();
        work.pop_back();
        if (TraverseFn traverse = o->type->traverse) {
            traverse(o, [](Object* child, void* context) {
                if (is_tracked(child) && gc_header(child)->gc_refs >= 0) {
                    gc_header(child)->gc_refs = REACHABLE;
                    static_cast<std::vector<Object*>*>(context)->push_back(child);
                }
            }, &work);
        }
    }
    std::vector<Object*> garbage;
    for (Object* o : objects) {
        if (gc_header(o)->gc_refs >= 0)
            garbage.push_back(o);
    }
    GcHeader& survivors_to = generation + 1 < GC_GENERATIONS ? s_generations[generation + 1].list : gen.list;
    // Weak references to unreachable objects go dead before anything is cleared; the callbacks of those that
    // are themselves reachable (or outside the collection) run then, when every object they could see is
    // still intact.
    if (g_weakref_referents) {
        std::vector<Object*> callbacks;
        for (Object* o : garbage) {
            if (o->type->has_flag(TYPE_WEAKREFABLE))
                weakref_detach(o, [](Object* ref) { return !is_tracked(ref) || gc_header(ref)->gc_refs < 0; }, callbacks);
        }
        weakref_run_callbacks(callbacks);
    }
    // PEP 442: the __del__ methods of unreachable objects run first, while everything they can see is
    // intact; each runs once (s_finalized). They may resurrect objects, so the collection starts
    // over; the next pass finds what is still unreachable and does not call them again.
    std::vector<Value> to_finalize;
    for (Object* o : std::views::reverse(garbage)) {  // oldest first, as CPython's lists are in tracking order
        if (!s_finalized.contains(o) && has_finalizer(o))
            to_finalize.push_back(Value::borrow(Val(o)));
    }
    if (!to_finalize.empty()) {
        gc_end_participation(gen.list, gen.list);
        for (const Value& o : to_finalize)
            gc_finalize_once(o.object());
        to_finalize.clear();
        return collect_generation(generation);
    }
    // Hold every unreachable object while their references are dropped, then let them go. The count leaves
    // out instances' own dicts, as CPython 3.12's does (its instances keep their attributes inline).
    int64_t instance_dicts = 0;
    for (Object* o : garbage)
        incref(o);
    for (Object* o : garbage) {
        if (g_gc_save_garbage) {
            g_gc_save_garbage(o);
            continue;
        }
        TypeObject* type = o->type;
        TypeObject* native = type;
        while (native->has_flag(TYPE_HEAP))
            native = native->base;
        if (type->dict_offset && !native->dict_offset) {
            if (Ref<DictObject>* slot = instance_dict_slot(Val(o))) {
                if (*slot && is_tracked(slot->get()) && gc_header(slot->get())->gc_refs >= 0)
                    ++instance_dicts;
                *slot = nullptr;
            }
        }
        for (size_t offset : type->slot_offsets)
            *reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + offset) = nullptr;
        if (native->clear)
            native->clear(o);
    }
    // What survives (and what was allocated meanwhile) ages by one generation.
    for (Object* o : garbage)
        decref(o);
    int64_t survivors = 0;
    for (GcHeader* h = gen.list.next; h != &gen.list; h = h->next)
        ++survivors;
    gc_end_participation(gen.list, survivors_to);
    if (generation == GC_GENERATIONS - 1) {
        s_long_lived_total = survivors;
        s_long_lived_pending = 0;
    } else if (generation == GC_GENERATIONS - 2) {
        s_long_lived_pending += survivors;
    }
    return int64_t(garbage.size()) - instance_dicts;
}

int64_t gc_collect_generation(int generation)
{
    g_gc_pending = false;
    // As CPython: the callbacks run inside the collection, so a collection they ask for does nothing.
    if (s_collecting)
        return 0;
    s_collecting = true;
    if (g_gc_callback)
        g_gc_callback(true, generation, 0);
    int64_t collected = collect_generation(generation);
    // The counters as CPython keeps them: this collection counts for the next generation up.
    if (generation + 1 < GC_GENERATIONS)
        ++s_generations[generation + 1].count;
    for (int g = 0; g <= generation; ++g)
        s_generations[g].count = 0;
    Generation& gen = s_generations[generation];
    ++gen.stats.collections;
    gen.stats.collected += collected;
    if (g_gc_callback)
        g_gc_callback(false, generation, collected);
    s_collecting = false;
    return collected;
}

int64_t gc_collect() { return gc_collect_generation(GC_GENERATIONS - 1); }

// CPython's gc_collect_generations: the oldest generation whose count passed its threshold is collected
// (with the younger ones), the oldest only when enough new objects have entered it since its last collection.
void gc_collect_automatic()
{
    g_gc_pending = false;
    if (!s_gc_enabled)
        return;
    for (int g = GC_GENERATIONS - 1; g >= 0; --g) {
        if (s_generations[g].count <= s_generations[g].threshold)
            continue;
        if (g == GC_GENERATIONS - 1 && s_long_lived_pending < s_long_lived_total / 4)
            continue;
        gc_collect_generation(g);
        return;
    }
}

int64_t memory_limit()
{
    static const int64_t s_limit = [] {
        long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
        return pages > 0 && page_size > 0 ? int64_t(pages) * page_size : int64_t(1) << 40;
    }();
    return s_limit;
}

void out_of_memory() { throw std::bad_alloc(); }

Object* alloc_object_sized(TypeObject* type, size_t size)
{
    if (size > size_t(memory_limit()))
        return nullptr;
    Object* object;
    if (type->has_flag(TYPE_GC)) {
        void* memory = calloc(1, sizeof(GcHeader) + size);
        if (!memory)
            return nullptr;
        object = gc_object(static_cast<GcHeader*>(memory));
        gc_track(object);
    } else {
        object = static_cast<Object*>(calloc(1, size));
        if (!object)
            return nullptr;
    }
    object->refcount = 1;
    object->type = type;
    if (type->has_flag(TYPE_HEAP))
        incref(type);
    return object;
}

Object* alloc_object(TypeObject* type) { return alloc_object_sized(type, type->basic_size); }

void free_object_memory(Object* object)
{
    if (object->type->has_flag(TYPE_GC)) {
        gc_untrack(object);
        free(gc_header(object));
    } else {
        free(object);
    }
}

static void call_finalizer(Object* object, Val del)
{
    // The object is dead but __del__ may look at it (or even resurrect it): lend it a reference.
    object->refcount = 1;
    Val self(object);
    // An object often dies while an exception propagates: keep that exception aside while __del__ runs.
    Value pending = error_occurred() ? fetch_error() : Value();
    auto result = call(del, { self });
    if (result.is_error())
        write_unraisable("in", del);  // through sys.unraisablehook, as CPython does
    if (pending)
        restore_error(std::move(pending));
    --object->refcount;
}

void dealloc_object(Object* object)
{
    TypeObject* leaf_type = object->type;
    if (!leaf_type->destroy && !(leaf_type->flags & (TYPE_HEAP | TYPE_WEAKREFABLE))) [[likely]] {
        // A leaf object (float, small immutable values): nothing to release, no recursion. (A weakly
        // referenceable one takes the long way: its weak references must be cleared.)
        if (leaf_type->free_memory)
            leaf_type->free_memory(object);
        else
            free_object_memory(object);
        return;
    }
    // A dying object leaves the collector's list before anything else can run (a __del__ that collects
    // or calls gc.get_objects() must not see it half destroyed); a resurrected one goes back.
    bool collected_type = has_header(object);
    if (collected_type)
        gc_untrack(object);
    if (s_dealloc_depth >= DEALLOC_DEPTH_LIMIT) {
        s_deferred.push_back(object);
        return;
    }
    ++s_dealloc_depth;
    TypeObject* type = object->type;
    if (type->finalize && !(!s_finalized.empty() && s_finalized.erase(object))) [[unlikely]] {
        object->refcount = 1;
        type->finalize(object);
        if (--object->refcount > 0) {  // resurrected
            if (collected_type && !gc_header(object)->next)
                gc_track(object);
            --s_dealloc_depth;
            return;
        }
    }
    if (type->has_flag(TYPE_HEAP)) {
        Val del = type_lookup(type, NAME_OF(__del__));
        bool finalized = !s_finalized.empty() && s_finalized.erase(object);  // it ran already
        TypeObject* native = type;
        while (native->has_flag(TYPE_HEAP))
            native = native->base;
        if (finalized) {
            del = Val();
        } else if (del) {
            call_finalizer(object, del);
        } else if (native->finalize) [[unlikely]] {
            // Without a __del__ of its own, a subclass keeps its native base's finalizer (a socket's warning).
            object->refcount = 1;
            native->finalize(object);
            --object->refcount;
        }
        if (object->refcount > 0) {  // resurrected
            if (del)
                s_finalized.insert(object);
            if (collected_type && !gc_header(object)->next)
                gc_track(object);
            --s_dealloc_depth;
            return;
        }
        if (g_weakref_referents && type->has_flag(TYPE_WEAKREFABLE)) [[unlikely]]
            weakref_clear_referent(object);
        // A dying weakref.ref subclass goes dead before its dict and slots are released: they may hold its
        // referent's last reference, and the referent's death must not call back this weakref (CPython's
        // weakref_dealloc clears first).
        if (native == &g_weakref_type)
            weakref_make_dead(object);
        if (type->dict_offset && native->dict_offset != type->dict_offset) {
            // The dict slot was added by a heap type (this one or a heap base); the native base does not know it.
            if (type->dict_offset == DICT_OFFSET_SIDE_TABLE)
                instance_dict_side_table_erase(object);
            else
                instance_dict_slot(Val(object))->~Ref<DictObject>();
        }
        for (size_t offset : type->slot_offsets)
            reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset)->~Value();
        if (native->destroy)
            native->destroy(object);
        free_object_memory(object);
        decref(type);
    } else {
        if (g_weakref_referents && type->has_flag(TYPE_WEAKREFABLE)) [[unlikely]]
            weakref_clear_referent(object);
        if (type->destroy)
            type->destroy(object);
        if (type->free_memory)
            type->free_memory(object);
        else
            free_object_memory(object);
    }
    --s_dealloc_depth;
    if (s_dealloc_depth == 0) {
        while (!s_deferred.empty()) {
            Object* next = s_deferred.back();
            s_deferred.pop_back();
            dealloc_object(next);
        }
    }
}

// The singletons. Their types are filled in by init_singleton_types().
TypeObject g_none_type, g_not_implemented_type, g_ellipsis_type;
Object g_none = { IMMORTAL_REFCOUNT, &g_none_type };
Object g_not_implemented = { IMMORTAL_REFCOUNT, &g_not_implemented_type };
Object g_ellipsis = { IMMORTAL_REFCOUNT, &g_ellipsis_type };

static Result<Value> none_repr(Val) { return Value(str_intern("None")); }
static Result<bool> none_bool(Val) { return false; }
static Result<Value> none_new(TypeObject*, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || kwnames)
        return raise(&g_exc_TypeError, "NoneType takes no arguments");
    return none_value();
}
static Result<Value> not_implemented_new(TypeObject*, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "NotImplementedType takes no arguments");
    return Value::borrow(Val(&g_not_implemented));
}
static Result<Value> ellipsis_new(TypeObject*, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "EllipsisType takes no arguments");
    return Value::borrow(Val(&g_ellipsis));
}
static Result<Value> not_implemented_repr(Val) { return Value(str_intern("NotImplemented")); }
static Result<bool> not_implemented_bool(Val)
{
    TRY(warn(&g_exc_DeprecationWarning, "NotImplemented should not be used in a boolean context"));
    return true;
}
static Result<Value> ellipsis_repr(Val) { return Value(str_intern("Ellipsis")); }
static Result<int64_t> singleton_hash(Val v) { return int64_t(v.bits() >> 4); }

void init_singleton_types()
{
    type_init_static(g_none_type, "NoneType", sizeof(Object), &g_object_type, 0);
    g_none_type.repr = none_repr;
    g_none_type.to_bool = none_bool;
    g_none_type.new_instance = none_new;
    g_none_type.hash = singleton_hash;
    type_init_static(g_not_implemented_type, "NotImplementedType", sizeof(Object), &g_object_type, 0);
    g_not_implemented_type.repr = not_implemented_repr;
    g_not_implemented_type.to_bool = not_implemented_bool;
    g_not_implemented_type.new_instance = not_implemented_new;
    type_init_static(g_ellipsis_type, "ellipsis", sizeof(Object), &g_object_type, 0);
    g_ellipsis_type.repr = ellipsis_repr;
    g_ellipsis_type.new_instance = ellipsis_new;
}

}  // namespace ginger
