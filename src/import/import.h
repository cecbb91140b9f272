// The import system: finding modules on sys.path, loading them from source or from the
// __pycache__ .pyc, and sys.modules.
#pragma once

#include "objects/code.h"
#include "objects/module.h"
#include "objects/str.h"

#include <string>

namespace ginger {

struct ImportConfig {
    bool dont_write_bytecode = false;  // -B or PYTHONDONTWRITEBYTECODE
    int verbose = 0;                   // -v
    std::string stdlib_path;           // GINGER_STDLIB: Ginger's frozen library is searched just before it
    bool import_time = false;          // -X importtime, PYTHONPROFILEIMPORTTIME: each import's time on stderr
};
extern ImportConfig g_import_config;

// __import__(name, globals, None, fromlist, level), as the IMPORT_NAME instruction calls it.
Result<Value> import_module_level(StrObject* name, Val globals, Val fromlist, int level);
// The IMPORT_NAME instruction: import_module_level, or builtins.__import__ if a program replaced it.
Result<Value> import_name(StrObject* name, DictObject* builtins, Val globals, Val locals, Val fromlist, Val level);
// sys.modules[name], borrowed, or null.
Val import_lookup_module(StrObject* name);
// Imports a module by its absolute dotted name and returns it (not its top package).
Result<Value> import_module(std::string_view name);

// Sets up sys.modules and the native module table; called once by the runtime.
void import_init(ModuleObject* sys, ModuleObject* builtins);
DictObject* import_modules_dict();
// The builtins module (borrowed).
Val import_lookup_builtins();

// Loads the Python half of the import system (_frozen_importlib) if it is not loaded yet.
Result<void> import_bootstrap();
// sys.meta_path and friends, made on first use (see import_init); null if `name` is not one of them.
Result<Value> import_lazy_attribute(ModuleObject* module, StrObject* name);
// repr() of a module from its spec (CPython's _module_repr); null if the bootstrap is unavailable.
Result<Value> import_module_repr(Val module);

// For the _imp module (modules/imp.cpp).
bool import_is_builtin(std::string_view name);
Result<Value> import_create_builtin(std::string_view name);
bool import_frozen_before_path(std::string_view name);
// The code of a source file, through the __pycache__ .pyc (read, or written after compiling).
Result<Ref<CodeObject>> import_source_code(const std::string& path);
// The code in the bytes of a .pyc file imported in place of its source (not validated against any source);
// `name` is the module's name for the error messages.
Result<Ref<CodeObject>> import_sourceless_code(std::string_view data, Val name);

// Locates the file of a module for `-m`: the source path, or empty if it is not found.
std::string import_find_module_file(std::string_view name);

}  // namespace ginger
