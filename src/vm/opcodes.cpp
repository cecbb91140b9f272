// Metadata tables expanded from opcodes.def.
#include "vm/opcodes.h"

namespace ginger::vm {

namespace {

struct OpInfo {
    std::string_view name;
    Operand operand;
    int cache;
    int flags;
    std::string_view doc;
};

constexpr OpInfo s_ops[] = {
#define OP(name, operand, cache, pops, pushes, flags, doc) { #name, Operand::operand, cache, flags, doc },
#include "vm/opcodes.def"
#undef OP
};

}  // namespace

std::string_view op_name(Op op) { return s_ops[int(op)].name; }
Operand op_operand(Op op) { return s_ops[int(op)].operand; }
int op_cache_size(Op op) { return s_ops[int(op)].cache; }
int op_flags(Op op) { return s_ops[int(op)].flags; }
std::string_view op_doc(Op op) { return s_ops[int(op)].doc; }

int stack_effect(Op op, uint32_t arg, bool jump)
{
    if (jump) {
        switch (op) {
        case Op::FOR_ITER: return -1;                                   // pops the iterator
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: return 0;                         // keeps the condition
        case Op::SEND: return -1;                                       // the receiver is replaced by its return value
        case Op::SETUP_FINALLY: return 1;                               // the handler gets the exception
        case Op::SETUP_CLEANUP:
        case Op::SETUP_WITH: return 2;                                  // lasti and the exception
        default: break;
        }
    }
    switch (op) {
#define OP(name, operand, cache, pops, pushes, flags, doc) \
    case Op::name: return int(pushes) - int(pops);
#include "vm/opcodes.def"
#undef OP
    default: return 0;
    }
}

int stack_pops(Op op, uint32_t arg)
{
    switch (op) {
#define OP(name, operand, cache, pops, pushes, flags, doc) \
    case Op::name: return int(pops);
#include "vm/opcodes.def"
#undef OP
    default: return 0;
    }
}

}  // namespace ginger::vm
