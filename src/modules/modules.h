// The native modules built into Ginger, and their constructors.
#pragma once

#include "objects/module.h"

#include <string>

namespace ginger {

Ref<ModuleObject> builtins_module_create();  // builtins.cpp: every builtin function and type name
void add_site_builtins(ModuleObject* builtins);  // sitebuiltins.cpp: exit, quit, help, copyright, credits, license
Ref<ModuleObject> sys_module_create();       // sys.cpp
void sys_add_info(ModuleObject* sys, const std::string& stdlib_path);  // sys_info.cpp: flags, float_info, hooks, ...
// imp.cpp: _imp._ginger_collection_flags(cls[, flags[, registered]]), which _abc calls too.
Result<Value> ginger_collection_flags(const Val* args, size_t nargs);

}  // namespace ginger
