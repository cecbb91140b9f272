// The Op enum and per-opcode metadata, all derived from opcodes.def.
#pragma once

#include <cstdint>
#include <string_view>

namespace ginger::vm {

enum class Op : uint8_t {
#define OP(name, operand, cache, pops, pushes, flags, doc) name,
#include "vm/opcodes.def"
#undef OP
    COUNT
};

enum class Operand : uint8_t { NONE, CONST, LOCAL, LOCAL_PAIR, NAME, GLOBAL, COUNT, JUMP, BINOP, CMPOP, INVERT, FORMAT };

enum OpFlags : uint8_t { RAISES = 1, JUMPS = 2, NO_FALLTHROUGH = 4, PSEUDO = 8 };

// The arguments of CALL_INTRINSIC_1 and CALL_INTRINSIC_2: PEP 695's runtime objects, made by lib/_typing.py.
namespace intrinsics {
enum Intrinsic1 : uint32_t { INTRINSIC_TYPEVAR = 1, INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE, INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS };
enum Intrinsic2 : uint32_t { INTRINSIC_TYPEVAR_WITH_BOUND = 1, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_SET_FUNCTION_TYPE_PARAMS };
}  // namespace intrinsics
using namespace intrinsics;

inline constexpr uint32_t ARG_MAX = (1u << 24) - 1;
inline uint32_t make_instruction(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Op instruction_op(uint32_t word) { return Op(word & 0xFF); }
inline uint32_t instruction_arg(uint32_t word) { return word >> 8; }

std::string_view op_name(Op op);
Operand op_operand(Op op);
int op_cache_size(Op op);
int op_flags(Op op);
std::string_view op_doc(Op op);
// How the stack depth changes when the instruction falls through (jump = false) or jumps.
int stack_effect(Op op, uint32_t arg, bool jump);
// How many items the instruction reads from the stack (its `pops`), for the bytecode verifier.
int stack_pops(Op op, uint32_t arg);

}  // namespace ginger::vm
