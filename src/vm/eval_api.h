// compile(), exec() and eval(), registered in builtins by builtins.cpp and implemented by the compiler
// and the VM. They are native functions: args[0] is the builtins module (self), then the arguments.
#pragma once

#include "objects/type.h"

namespace ginger {

Result<Value> builtin_compile(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> builtin_exec(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> builtin_eval(const Val* args, size_t nargs, TupleObject* kwnames);

}  // namespace ginger
