// The cycle collector's bookkeeping. Every object of a TYPE_GC type is preceded in memory by a
// GcHeader linking it into the list of tracked containers (CPython's PyGC_Head).
#pragma once

#include "objects/object.h"

namespace ginger {

struct GcHeader {
    GcHeader* next;
    GcHeader* prev;
    int64_t gc_refs;  // scratch space of a collection
};

inline GcHeader* gc_header(Object* object) { return reinterpret_cast<GcHeader*>(object) - 1; }
inline Object* gc_object(GcHeader* header) { return reinterpret_cast<Object*>(header + 1); }

// The collector keeps CPython's three generations (gc.get_threshold(), gc.collect(generation)).
constexpr int GC_GENERATIONS = 3;

void gc_track(Object* object);
void gc_untrack(Object* object);
// Runs a full collection (the oldest generation and the younger ones); returns the number of unreachable
// objects found.
int64_t gc_collect();
int64_t gc_collect_generation(int generation);
// What the VM runs when a collection is due (g_gc_pending): the generations whose thresholds were passed.
void gc_collect_automatic();
int64_t gc_tracked_count();
// Generation 0's threshold (GINGER_GC_THRESHOLD sets it; 1 stresses the collector).
void gc_set_threshold(int64_t threshold);
// What the gc module exposes.
void gc_set_thresholds(const int64_t thresholds[GC_GENERATIONS]);  // threshold 0 of generation 0: no automatic collection
int64_t gc_threshold(int generation);
int64_t gc_generation_count(int generation);  // gc.get_count()
void gc_set_enabled(bool enabled);  // automatic collections on or off
bool gc_is_enabled();
bool gc_is_tracked(Object* object);
bool gc_is_finalized(Object* object);  // its __del__ ran and it lives on
struct GcStats {
    int64_t collections = 0;
    int64_t collected = 0;
};
const GcStats& gc_stats(int generation);
// gc.freeze(): every tracked object moves to a permanent set that collections ignore; unfreeze brings
// them back.
void gc_freeze();
void gc_unfreeze();
int64_t gc_frozen_count();
// Runs the __del__ of a heap-type object now, unless it already ran that way; it will not run again when the
// object dies (PEP 442's once-only finalization, for the collector and the end of __main__).
void gc_finalize_once(Object* object);
// Calls function on every tracked object of a generation (-1: of all) that is not frozen.
void gc_for_each_tracked(int generation, void (*function)(Object*, void*), void* context);
// Called before (starting, 0) and after (false, collected) each collection when set: the gc module's
// callbacks. It must not raise (errors are reported and dropped).
extern void (*g_gc_callback)(bool starting, int generation, int64_t collected);
// When set (gc.DEBUG_SAVEALL), a collection hands every unreachable object to it instead of freeing it.
extern void (*g_gc_save_garbage)(Object* object);

// Set when enough containers were allocated since the last collection; the VM collects at its next
// safe point (a call or a loop's back edge) by calling gc_collect_if_pending().
extern bool g_gc_pending;
inline void gc_collect_if_pending()
{
    if (g_gc_pending) [[unlikely]]
        gc_collect_automatic();
}

}  // namespace ginger
