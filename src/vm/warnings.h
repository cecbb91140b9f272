// Warnings raised by the runtime itself (CPython's PyErr_WarnEx and PyErr_WarnExplicit).
#pragma once

#include "objects/object.h"

#include <string_view>

namespace ginger {

// Issues a warning through lib/warnings.py's warn(): stacklevel 1 is the Python code running now
// (the caller of the native function that warns). If the warnings module cannot be imported, the
// warning is written to stderr in CPython's format. Fails when a filter turns it into an error.
[[nodiscard]] Result<void> warn(TypeObject* category, std::string_view message, int stacklevel = 1);

// The same at a given source position, for the compiler (warnings.warn_explicit()).
[[nodiscard]] Result<void> warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno);

// A coroutine that dies without having been started: CPython's RuntimeWarning "coroutine '...' was
// never awaited", through warnings._warn_unawaited_coroutine(); errors are reported as unraisable.
void warn_unawaited_coroutine(Val coroutine);

}  // namespace ginger
