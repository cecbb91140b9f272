// print()'s fast path: output to the process's original sys.stdout is written straight into C's
// stdout buffer with fwrite. For that to interleave correctly, the original sys.stdout object must
// itself write through C's stdout (implemented with sys).
#pragma once

#include "objects/object.h"

namespace ginger {

// True when `file` is the sys.stdout object the runtime created at startup.
bool is_original_stdout(Val file);

}  // namespace ginger
