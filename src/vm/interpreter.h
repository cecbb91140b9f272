// What the eval loop needs from the rest of the VM: generators, the interactive display hook, and
// the builtins of code run without a function.
#pragma once

#include "objects/dict.h"
#include "objects/type.h"

namespace ginger::vm {

extern TypeObject g_generator_type, g_coroutine_type, g_coroutine_wrapper_type;

// Resumes a generator with `value`. On return from the generator, `returned` is set and the result
// is its return value; otherwise the result is the yielded value.
Result<Value> generator_send(Val generator, Val value, bool& returned);

// What `await value` iterates: a coroutine itself, or what its __await__() returns (TypeError otherwise).
Result<Value> get_awaitable(Val value);

// sys.displayhook for PRINT_EXPR.
Result<void> print_expression(Val value);

// The builtins module's dict, for code whose globals carry no __builtins__.
DictObject* default_builtins();
void set_default_builtins(DictObject* builtins);

}  // namespace ginger::vm
