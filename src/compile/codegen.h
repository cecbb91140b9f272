// The compiler's intermediate form: per code unit, a list of instructions with symbolic jump labels
// and pseudo-instructions (SETUP_*/POP_BLOCK) marking try regions.
#pragma once

#include "compile/symtable.h"
#include "objects/code.h"
#include "vm/opcodes.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace ginger::compile {

struct Instr {
    vm::Op op;
    uint32_t arg;
    int target;  // label for jumps, -1 otherwise
    Position position;
};

enum class FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, ExceptStar, PopValue };

// A block that break, continue and return must unwind (CPython's fblockinfo).
struct FBlock {
    FBlockKind kind;
    int continue_label = -1;
    int break_label = -1;
    const std::vector<ast::Stmt*>* finalbody = nullptr;
    std::string handler_name;   // HandlerCleanup: the `as` name
    bool named = false;
};

struct CompileError {
    std::string msg;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
    bool not_implemented = false;  // a construct Ginger does not support yet: NotImplementedError
};

// One code object being generated.
struct Unit {
    Scope* scope = nullptr;
    Unit* parent = nullptr;
    std::string name;
    std::string qualname;
    int firstlineno = 1;
    Position position;  // of the node being compiled; given to each emitted instruction

    std::vector<Instr> instrs;
    std::vector<int> labels;  // label -> instruction index (-1 while unbound)
    std::vector<FBlock> fblocks;

    std::vector<Value> consts;
    std::unordered_map<std::string, uint32_t> const_index;
    std::vector<std::string> names;
    std::unordered_map<std::string, uint32_t> name_index;

    // localsplus: varnames (parameters first), then cells that are not parameters, then free variables.
    std::vector<std::string> varnames;
    std::unordered_map<std::string, int> varname_index;
    std::vector<uint8_t> kinds;  // of the varnames
    std::vector<std::string> cells;
    std::vector<std::string> frees;
    std::unordered_map<std::string, int> deref_index;  // cell or free name -> localsplus index
    std::vector<int> cell_params;                      // parameters that are also cells

    // PEP 709, while an inlined comprehension is compiled: the names it resolves differently from this unit's
    // scope, and (in a module or class body) the names it reads and writes as fast locals.
    std::unordered_map<std::string, Resolution> comp_resolution;
    std::unordered_map<std::string, int> fast_hidden;
    int in_inlined_comp = 0;

    int nlocals = 0;
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    uint32_t flags = 0;
};

// Resolves labels, computes stack depths and the exception table, and builds the code object.
Ref<CodeObject> assemble(Unit& unit, StrObject* filename);

}  // namespace ginger::compile
