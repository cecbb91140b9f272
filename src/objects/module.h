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

// Set by the import system: attributes made on first use (sys.meta_path, ...) or the error for a
// submodule still initialising, and the repr of modules from their specs. Each returns null to fall
// back to the default behaviour.
extern Result<Value> (*g_module_missing_attribute)(ModuleObject* module, StrObject* name);
extern Result<Value> (*g_module_repr_hook)(Val module);
// Adds native functions to a module's namespace.
void module_add_functions(ModuleObject* module, const MethodDef* defs);
inline void module_set(ModuleObject* module, std::string_view name, Val value)
{
    dict_set_str(module->dict.get(), str_intern(name), value);
}

}  // namespace ginger
