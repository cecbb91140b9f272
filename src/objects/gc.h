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
// Runs a full collection; returns the number of unreachable objects freed.
int64_t gc_collect();
int64_t gc_tracked_count();

}  // namespace ginger
