#include "modules/modules.h"
#include "objects/str.h"
namespace ginger {
Ref<ModuleObject> symtable_module_create()
{
    return module_new(str_intern("_symtable"));
}
}  // namespace ginger
