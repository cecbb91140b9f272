// Module objects: a namespace dict with a name.
#pragma once

#include "objects/dict.h"
#include "objects/str.h"

namespace ginger {

struct ModuleObject : Object {
    Ref<DictObject> dict;
};

extern TypeObject g_module_type;

Ref<ModuleObject> module_new(StrObject* name);
// Adds native functions to a module's namespace.
void module_add_functions(ModuleObject* module, const MethodDef* defs);
inline void module_set(ModuleObject* module, std::string_view name, Val value)
{
    dict_set_str(module->dict.get(), str_intern(name), value);
}

}  // namespace ginger
