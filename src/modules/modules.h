// The native modules built into Ginger, and their constructors.
#pragma once

#include "objects/module.h"

namespace ginger {

Ref<ModuleObject> builtins_module_create();  // builtins.cpp: every builtin function and type name
Ref<ModuleObject> sys_module_create();       // sys.cpp

}  // namespace ginger
