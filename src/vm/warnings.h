// The warnings machinery's core (CPython's Python/_warnings.c): the filters and registries, and the
// runtime's own warnings (PyErr_WarnEx and PyErr_WarnExplicit). Also the `_warnings` module.
#pragma once

#include "objects/module.h"
#include "objects/object.h"

#include <string_view>

namespace ginger {

// Issues a warning: stacklevel 1 is the Python code running now (the caller of the native function
// that warns). The filters decide; lib/warnings.py is not imported for that, only used to show the
// warning if a program imported it. Fails when a filter turns the warning into an error.
[[nodiscard]] Result<void> warn(TypeObject* category, std::string_view message, int stacklevel = 1);

// A ResourceWarning about `source` (an unclosed file, socket, ...): CPython's PyErr_ResourceWarning with
// stacklevel 1. The message is "<what> <repr(source)>". A warning turned into an error is reported as
// unraisable in `owner` (the object whose finalizer warns), not returned.
void warn_resource(Val source, std::string_view what, Val owner);

// The same at a given source position, for the compiler (PyErr_WarnExplicitObject without a module).
[[nodiscard]] Result<void> warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno);

// A coroutine that dies without having been started: CPython's RuntimeWarning "coroutine '...' was
// never awaited", through warnings._warn_unawaited_coroutine(); errors are reported as unraisable.
void warn_unawaited_coroutine(Val coroutine);

// The `_warnings` module: filters, _defaultaction, _onceregistry, warn, warn_explicit, _filters_mutated.
Ref<ModuleObject> warnings_module_create();

}  // namespace ginger
