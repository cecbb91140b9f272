// What the builtins need from the running interpreter: the namespaces of the innermost Python frame
// (for globals(), locals(), vars() and dir() without arguments) and the super type. Implemented in vm/.
#pragma once

#include "objects/type.h"

namespace ginger {

// The locals of the innermost executing Python frame, as locals() returns them: a dict (a snapshot
// for function frames, the namespace itself for module and class bodies), or any mapping a class
// body was given by __prepare__. Raises SystemError if no Python frame is running.
Result<Value> current_locals();
// The globals dict of the innermost executing Python frame.
Result<Value> current_globals();

extern TypeObject g_super_type;

}  // namespace ginger
