#include "modules/modules.h"
namespace ginger {
Ref<ModuleObject> functools_module_create() { return module_new(str_intern("_functools")); }
}
