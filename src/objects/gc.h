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

void gc_track(Object* object);
void gc_untrack(Object* object);
// Runs a full collection; returns the number of unreachable objects found.
int64_t gc_collect();
int64_t gc_tracked_count();
// The number of tracked containers that triggers a collection (GINGER_GC_THRESHOLD sets it; 1 stresses).
void gc_set_threshold(int64_t threshold);
// Set when enough containers were allocated since the last collection; the VM collects at its next
// safe point (a call or a loop's back edge) by calling gc_collect_if_pending().
extern bool g_gc_pending;
inline void gc_collect_if_pending()
{
    if (g_gc_pending) [[unlikely]]
        gc_collect();
}

}  // namespace ginger
