// Code objects: the compiler's output and the VM's input. Also what a .pyc file stores.
#pragma once

#include "objects/str.h"
#include "objects/tuple.h"

#include <vector>

namespace ginger {

enum CodeFlags : uint32_t {
    CO_OPTIMIZED = 0x1,
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
    // __future__ features in effect where the code was compiled (compile(), exec() and eval() inherit them).
    CO_FUTURE_DIVISION = 0x20000,
    CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    CO_FUTURE_WITH_STATEMENT = 0x80000,
    CO_FUTURE_PRINT_FUNCTION = 0x100000,
    CO_FUTURE_UNICODE_LITERALS = 0x200000,
    CO_FUTURE_BARRY_AS_BDFL = 0x400000,
    CO_FUTURE_GENERATOR_STOP = 0x800000,
    CO_FUTURE_ANNOTATIONS = 0x1000000,   // PEP 563: annotations are kept as strings
    CO_FUTURE_FLAGS = 0x1FE0000,         // all of the above (CPython's PyCF_MASK)
    CO_HAS_DOCSTRING = 0x4000000,  // co_consts[0] is the docstring (Ginger's own flag)
};

// What each slot of a frame's "localsplus" array holds.
// LOCAL_HIDDEN: a fast local of a module or class body, used only by inlined comprehensions (PEP 709).
enum LocalKind : uint8_t { LOCAL_HIDDEN = 0x10, LOCAL_PLAIN = 0x20, LOCAL_CELL = 0x40, LOCAL_FREE = 0x80, LOCAL_ARG_CELL = 0x60 };

// A try region: an exception raised by an instruction in [start, end) unwinds the value stack to
// `depth` entries, pushes the offset of the raising instruction if push_lasti, pushes the exception
// and jumps to target. Offsets count code words.
struct ExceptionTableEntry {
    uint32_t start;
    uint32_t end;
    uint32_t target;
    uint32_t depth;
    bool push_lasti;
};

// Source span of an instruction, as co_positions() reports it (columns are UTF-8 byte offsets).
struct Position {
    int32_t line = -1;
    int32_t end_line = -1;
    int32_t col = -1;
    int32_t end_col = -1;
};

struct CodeObject : Object {
    std::vector<uint32_t> code;           // instructions and their inline-cache words; mutated by quickening
    std::vector<Position> positions;      // one per code word
    std::vector<ExceptionTableEntry> exception_table;  // innermost regions first
    Ref<TupleObject> consts;
    Ref<TupleObject> names;               // global, attribute and imported names (interned str)
    Ref<TupleObject> localsplus_names;    // locals (arguments first), then cells, then free variables
    std::vector<uint8_t> localsplus_kinds;
    Ref<StrObject> name;
    Ref<StrObject> qualname;
    Ref<StrObject> filename;
    int32_t argcount = 0;
    int32_t posonlyargcount = 0;
    int32_t kwonlyargcount = 0;
    int32_t nlocals = 0;        // plain locals, arguments included
    int32_t ncells = 0;         // cell variables that are not arguments
    int32_t nfrees = 0;
    int32_t stacksize = 0;
    int32_t firstlineno = 1;
    uint32_t flags = 0;
    // sys.settrace: per word, (line << 1) | starts_a_line, with lines as CPython would attribute them (see
    // vm/tracing.cpp); computed when first needed.
    std::vector<int32_t> trace_lines;

    int32_t nlocalsplus() const { return nlocals + ncells + nfrees; }
    int32_t total_args() const
    {
        return argcount + kwonlyargcount + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
    }
    int line_at(size_t pc) const { return pc < positions.size() ? positions[pc].line : -1; }
};

extern TypeObject g_code_type;

Ref<CodeObject> code_new();

}  // namespace ginger
