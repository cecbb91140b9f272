// The import system: finding modules on sys.path, loading them from source or from the
// __pycache__ .pyc, and sys.modules.
#pragma once

#include "objects/module.h"
#include "objects/str.h"

#include <string>

namespace ginger {

struct ImportConfig {
    bool dont_write_bytecode = false;  // -B or PYTHONDONTWRITEBYTECODE
    int verbose = 0;                   // -v
    std::string stdlib_path;           // GINGER_STDLIB: Ginger's frozen library is searched just before it
};
extern ImportConfig g_import_config;

// __import__(name, globals, None, fromlist, level), as the IMPORT_NAME instruction calls it.
Result<Value> import_module_level(StrObject* name, Val globals, Val fromlist, int level);
// sys.modules[name], borrowed, or null.
Val import_lookup_module(StrObject* name);
// Imports a module by its absolute dotted name and returns it (not its top package).
Result<Value> import_module(std::string_view name);

// Sets up sys.modules and the native module table; called once by the runtime.
void import_init(ModuleObject* sys, ModuleObject* builtins);
DictObject* import_modules_dict();
// The builtins module (borrowed).
Val import_lookup_builtins();

// Locates the file of a module for `-m`: the source path, or empty if it is not found.
std::string import_find_module_file(std::string_view name);

}  // namespace ginger
