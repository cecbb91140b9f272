// Start-up of the object system: every static type is initialised here, in dependency order.
//
// How a native type is defined (see float.cpp for a small complete example):
//   TypeObject g_float_type;                                    // zero-initialised static
//   static const MethodDef s_methods[] = { { "is_integer", float_is_integer, METHOD_INSTANCE, "..." }, {} };
//   void init_float_type() {
//       type_init_static(g_float_type, "float", sizeof(FloatObject), &g_object_type, TYPE_BASETYPE);
//       g_float_type.repr = float_repr_slot; ... g_float_type.methods = s_methods;
//   }
// runtime_init() calls each init_*_type(), then type_ready() on every type, which fills the type's
// dict with its methods, getsets and the dunders of its slots (e.g. float.__add__).
#pragma once

#include "objects/type.h"

namespace ginger {

void type_init_static(TypeObject& type, const char* name, size_t basic_size, TypeObject* base, uint32_t flags);

void init_object_types();      // object, type
void init_singleton_types();   // NoneType, bool, NotImplementedType, ellipsis
void init_int_type();
void init_float_type();
void init_complex_type();
void init_str_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_type();
void init_function_types();
void init_code_type();
void init_module_type();
void init_exception_types();
void init_iter_types();        // range, slice, enumerate, zip, iterators

// Starts the runtime once per process.
void runtime_init();

// The standard streams live in modules/_io.cpp. Output written outside them (tracebacks on C's stderr,
// the disassembler, the prompt's echo) flushes or goes through them, to keep the order of the output.
void io_flush_std_streams();
bool io_finalize();                                 // at exit: the streams and every buffered writer (false: stdout failed)
Result<void> io_write_stdout(std::string_view text);
// Set by the atexit module: runs its callbacks (last registered first). finalize() calls it at
// interpreter exit, before the standard streams are flushed.
extern void (*g_run_exit_callbacks)();
// Set when finalize() starts, before threading._shutdown and the atexit callbacks (CPython's
// interp->finalizing): what may not start any more then (a preexec_fn) checks it.
extern bool g_exiting;
// Set by finalize() once the atexit callbacks have run: sys.is_finalizing() is then true.
extern bool g_finalizing;

}  // namespace ginger
