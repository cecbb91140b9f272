// Weak references (weakref.ref, weakref.proxy): references that do not keep their object alive.
//
// An object does not carry a pointer to its weak references: they live in a side table keyed by the object,
// so no type pays a word per instance for a feature few objects use. dealloc_object() consults the table
// only for TYPE_WEAKREFABLE types and only while some object has weak references (g_weakref_referents), so
// a program without weak references pays one load and branch per deallocation of such an object.
#pragma once

#include "objects/object.h"

#include <vector>

namespace ginger {

struct TypeObject;

// The number of objects that currently have at least one weak reference.
extern size_t g_weakref_referents;

// Called when a weakly referenced object dies: its references go dead and their callbacks run
// (an exception in a callback is printed as "Exception ignored in: ..." and does not propagate).
void weakref_clear_referent(Object* object);

// The cycle collector's part: before `object` (unreachable) is cleared, its references go dead. Those with
// a callback that are themselves still reachable (`reachable(ref)`) are returned (with a reference each) so
// the collector can call them with weakref_run_callbacks() before it breaks the cycles.
void weakref_detach(Object* object, bool (*reachable)(Object*), std::vector<Object*>& with_callbacks);
void weakref_run_callbacks(std::vector<Object*>& refs);

// The first weak reference to `object` (what `object.__weakref__` shows), borrowed, or null.
Object* weakref_first(Object* object);

// Makes a weak reference dead and drops its callback (the type's clear slot).
void weakref_make_dead(Object* object);

extern TypeObject g_weakref_type, g_weakproxy_type, g_weakcallableproxy_type;
// Makes the weak reference types ready (the first import of _weakref does it; C++ users call it first).
void init_weakref_types();

}  // namespace ginger
