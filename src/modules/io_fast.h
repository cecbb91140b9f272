// What the rest of the runtime needs from _io: the standard streams and print()'s fast paths (flushing
// at exit and around output written outside sys.stdout is declared in objects/runtime.h).
#pragma once

#include "objects/module.h"

#include <string_view>

namespace ginger {

// -u or PYTHONUNBUFFERED: stdout and stderr get no buffer layer (their TextIOWrappers write through to
// FileIO), as in CPython. Set before the sys module is made.
extern bool g_io_unbuffered;
// Creates sys.stdin/stdout/stderr (and the __std*__ names).
void io_set_std_streams(ModuleObject* sys);
// print()'s fast paths to an exact TextIOWrapper over BufferedWriter over FileIO; false: call write().
Result<bool> textio_fast_write(Val file, StrObject* s);
Result<bool> textio_fast_write_ascii(Val file, std::string_view text);

Ref<ModuleObject> io_module_create();

}  // namespace ginger
