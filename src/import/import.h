// The import system's entry points.
#pragma once

#include "objects/str.h"

namespace ginger {

// __import__(name, globals, locals, fromlist, level): name is a str, level >= 0 (checked by the
// caller); globals and fromlist may be None or null.
Result<Value> import_module_level(StrObject* name, Val globals, Val fromlist, int level);

}  // namespace ginger
