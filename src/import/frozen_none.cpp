// An empty frozen-module table, for the freeze tool itself (which builds the real one).
#include "import/frozen.h"

namespace ginger {

const FrozenModule g_frozen_modules[] = { { nullptr, nullptr, 0, false } };
const size_t g_frozen_module_count = 0;

}  // namespace ginger
