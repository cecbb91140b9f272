// The _opcode module: what lib/opcode.py and lib/dis.py need from the instruction table in
// src/vm/opcodes.def that the generated lib/_opcode_metadata.py does not hold: each opcode's operand
// kind and flags, and stack_effect() (whose pops/pushes are C++ expressions in the table).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/opcodes.h"

#include <algorithm>

namespace ginger {

namespace {

const char* const s_operand_names[] = { "NONE", "CONST", "LOCAL", "LOCAL_PAIR", "NAME", "GLOBAL", "COUNT", "JUMP", "BINOP", "CMPOP", "INVERT", "FORMAT" };

// stack_effect(opcode, oparg=None, /, *, jump=None), as CPython's: with jump=None, the larger of the
// effects when the instruction jumps and when it falls through.
Result<Value> opcode_stack_effect(const Val* args, size_t nargs, TupleObject* kwnames)
{
    size_t positional = nargs;  // keyword values follow the positional arguments
    if (positional < 1 || positional > 2)
        return raise(&g_exc_TypeError, "stack_effect expected 1 or 2 positional arguments, got {}", int64_t(positional));
    Val jump = Val();
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        if (kwnames->item(i).as<StrObject>()->view() != "jump")
            return raise(&g_exc_TypeError, "stack_effect() got an unexpected keyword argument '{}'", kwnames->item(i));
        jump = args[positional + size_t(i)];
    }
    int64_t opcode = TRY(index_as_ssize(args[0]));
    Val oparg_value = positional > 1 ? args[1] : none();
    if (opcode < 0 || opcode >= int64_t(vm::Op::COUNT))
        return raise(&g_exc_ValueError, "invalid opcode or oparg");
    vm::Op op = vm::Op(opcode);
    uint32_t oparg = 0;
    if (vm::op_operand(op) != vm::Operand::NONE) {
        if (is_none(oparg_value))
            return raise(&g_exc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
        int64_t value = TRY(index_as_ssize(oparg_value));
        if (value < 0 || value > int64_t(vm::ARG_MAX))
            return raise(&g_exc_ValueError, "invalid opcode or oparg");
        oparg = uint32_t(value);
    } else if (!is_none(oparg_value)) {
        return raise(&g_exc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
    }
    int effect;
    if (!jump || is_none(jump))
        effect = std::max(vm::stack_effect(op, oparg, false), vm::stack_effect(op, oparg, true));
    else if (jump.is(Val(g_true)))
        effect = vm::stack_effect(op, oparg, true);
    else if (jump.is(Val(g_false)))
        effect = vm::stack_effect(op, oparg, false);
    else
        return raise(&g_exc_ValueError, "stack_effect: jump must be False, True or None");
    return int_from_int64(effect);
}

const MethodDef s_opcode_functions[] = {
    { "stack_effect", opcode_stack_effect, METHOD_STATIC, "Compute the stack effect of the opcode." },
    {},
};

}  // namespace

Ref<ModuleObject> opcode_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_opcode"));
    module_add_functions(module.get(), s_opcode_functions);
    int count = int(vm::Op::COUNT);
    Ref<TupleObject> operands = tuple_new(count);
    Ref<TupleObject> flags = tuple_new(count);
    for (int i = 0; i < count; ++i) {
        operands->items[i] = Value(str_intern(s_operand_names[int(vm::op_operand(vm::Op(i)))]));
        flags->items[i] = int_from_int64(vm::op_flags(vm::Op(i)));
    }
    // Ginger's own additions: the operand kind (docs/internals/opcodes.md) and the flag bits of each opcode.
    module_set(module.get(), "_ginger_operands", Val(operands.get()));
    module_set(module.get(), "_ginger_flags", Val(flags.get()));
    return module;
}

}  // namespace ginger
