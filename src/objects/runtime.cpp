// runtime_init(): brings up the object system, the builtins and sys, in dependency order.
#include "objects/buffer.h"
#include "objects/runtime.h"
#include "import/import.h"
#include "modules/modules.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/gc.h"

#include <algorithm>
#include <cstdlib>
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "vm/frame_access.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/generator.h"

namespace ginger {

void init_vm_types();   // vm/call.cpp: generator, super
void init_sys_types();  // modules/sys.cpp: sys.version_info
void init_io_types();   // modules/_io.cpp: the _io classes (ready when this returns)
void init_frame_type(); // vm/frame_object.cpp
void init_member_descriptor_type();  // objects/type.cpp
void init_generic_alias_types();     // objects/genericalias.cpp
extern TypeObject g_member_descriptor_type;
Result<Value> builtin_open(const Val* args, size_t nargs, TupleObject* kwnames);
static const MethodDef s_open_def = { "open", builtin_open, METHOD_STATIC, "Open file and return a stream.  Raise OSError upon failure." };
namespace vm {
Value build_class_function();
}

static ModuleObject* s_builtins_module = nullptr;
static ModuleObject* s_sys_module = nullptr;

// list, dict and set drop their contents through their own clear() methods.
static void clear_by_method(Object* object)
{
    TypeObject* native = object->type;
    while (native->has_flag(TYPE_HEAP))
        native = native->base;
    Val method = type_lookup(native, str_intern("clear"));
    if (!method)
        return;
    auto result = call(method, { Val(object) });
    if (result.is_error())
        clear_error();
}

void (*g_run_exit_callbacks)() = nullptr;
bool g_exiting = false;
bool g_finalizing = false;

void runtime_init()
{
    static bool s_done = false;
    if (s_done)
        return;
    s_done = true;
    init_names();
    init_object_types();
    init_singleton_types();
    init_bool_type();
    init_int_type();
    init_float_type();
    init_complex_type();
    init_str_type();
    init_tuple_type();
    init_bytes_types();
    init_list_type();
    init_dict_type();
    init_set_type();
    init_function_types();
    init_code_type();
    init_module_type();
    init_exception_types();
    init_iter_types();
    init_vm_types();
    init_sys_types();
    init_frame_type();
    init_member_descriptor_type();
    init_generic_alias_types();
    // X | Y on classes builds a UnionType; list[int] etc. build GenericAliases.
    g_type_type.binary[int(BinaryOp::Or)] = type_or;

    TypeObject* types[] = {
        &g_object_type, &g_type_type, &g_none_type, &g_not_implemented_type, &g_ellipsis_type, &g_int_type, &g_bool_type,
        &g_float_type, &g_complex_type, &g_str_type, &g_str_iterator_type, &g_tuple_type, &g_bytes_type, &g_bytearray_type, &g_bytes_iterator_type, &g_bytearray_iterator_type, &g_list_type, &g_dict_type, &g_set_type,
        &g_frozenset_type, &g_function_type, &g_method_type, &g_cell_type, &g_builtin_function_type,
        &g_method_descriptor_type, &g_classmethod_descriptor_type, &g_getset_descriptor_type, &g_slot_wrapper_type,
        &g_method_wrapper_type, &g_staticmethod_type, &g_classmethod_type, &g_property_type, &g_code_type,
        &g_module_type, &g_traceback_type, &g_range_type, &g_slice_type, &g_range_iterator_type,
        &g_long_range_iterator_type, &g_enumerate_type, &g_zip_type, &g_map_type, &g_filter_type, &g_reversed_type,
        &g_seq_iterator_type, &g_callable_iterator_type, &vm::g_generator_type, &vm::g_coroutine_type, &vm::g_coroutine_wrapper_type, &vm::g_async_generator_type, &vm::g_async_gen_asend_type, &vm::g_async_gen_athrow_type, &vm::g_async_gen_wrapped_type, &vm::g_anext_awaitable_type, &g_super_type, &vm::g_frame_type, &g_member_descriptor_type, &g_generic_alias_type, &g_union_type,
    };
    for (TypeObject* type : types)
        type_ready(*type);
#define EXC(name, base) type_ready(g_exc_##name);
#include "objects/exceptions.def"
#undef EXC
    finish_exception_group_type();
    ready_container_helper_types();
    init_memoryview_types();
    init_io_types();
    for (TypeObject* type : { &g_list_type, &g_dict_type, &g_tuple_type, &g_set_type, &g_frozenset_type, &g_enumerate_type, &vm::g_generator_type, &vm::g_coroutine_type, &g_exc_BaseExceptionGroup }) {
        auto* descriptor = static_cast<MethodDescriptorObject*>(alloc_object(&g_classmethod_descriptor_type));
        descriptor->def = class_getitem_method();
        descriptor->owner = type;
        dict_set_str(type->dict.get(), NAME_OF(__class_getitem__), Value::adopt(Val(descriptor)));
        type_modified(type);
    }
    for (TypeObject* type : { &g_list_type, &g_dict_type, &g_set_type })
        type->clear = clear_by_method;

    Ref<ModuleObject> builtins = builtins_module_create();
    module_set(builtins.get(), "__build_class__", vm::build_class_function());
    // open is _io.open (the _io module copies it): its __module__ is '_io', read from a module of that name.
    Ref<ModuleObject> io_name_holder = module_new(str_intern("_io"));
    module_set(builtins.get(), "open", builtin_function_new(&s_open_def, Val(), Val(io_name_holder.get())));
    vm::set_default_builtins(builtins->dict.get());
    Ref<ModuleObject> sys = sys_module_create();
    import_init(sys.get(), builtins.get());
    if (const char* threshold = getenv("GINGER_GC_THRESHOLD"))
        gc_set_threshold(std::max(1L, atol(threshold)));
    s_builtins_module = builtins.leak();
    s_sys_module = sys.leak();
}

}  // namespace ginger
