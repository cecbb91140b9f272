// The assembler: flow analysis (stack depth and the try region of every instruction), removal of
// pseudo-instructions and dead code, the LOAD_FAST_LOAD_FAST superinstruction, jump resolution and
// the exception table.
#include "compile/codegen.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <algorithm>
#include <optional>

namespace ginger::compile {

using vm::Op;

namespace {

struct Handler {
    int target;  // instruction index
    int depth;
    bool push_lasti;
    bool operator==(const Handler&) const = default;
};

struct FlowState {
    int depth = 0;
    std::vector<Handler> handlers;
};

bool is_setup(Op op) { return op == Op::SETUP_FINALLY || op == Op::SETUP_CLEANUP || op == Op::SETUP_WITH; }

}  // namespace

Ref<CodeObject> assemble(Unit& unit, StrObject* filename)
{
    std::vector<Instr>& instrs = unit.instrs;
    size_t n = instrs.size();
    auto label_index = [&](int label) { return unit.labels[size_t(label)]; };

    // Flow analysis from the entry: depth and innermost handler of each reachable instruction.
    std::vector<bool> visited(n, false);
    std::vector<std::optional<Handler>> handler_of(n);
    int max_depth = 0;
    std::vector<std::pair<size_t, FlowState>> work;
    work.push_back({ 0, FlowState {} });
    while (!work.empty()) {
        auto [i, state] = std::move(work.back());
        work.pop_back();
        while (i < n && !visited[i]) {
            visited[i] = true;
            handler_of[i] = state.handlers.empty() ? std::nullopt : std::optional<Handler>(state.handlers.back());
            Instr& in = instrs[i];
            int flags = vm::op_flags(in.op);
            if (is_setup(in.op)) {
                bool lasti = in.op != Op::SETUP_FINALLY;
                // A with block's handler runs with only __exit__ below it: the __enter__ result is
                // stored or popped by the instruction after SETUP_WITH.
                int handler_depth = state.depth - (in.op == Op::SETUP_WITH ? 1 : 0);
                Handler h { label_index(in.target), handler_depth, lasti };
                FlowState entry;
                entry.depth = handler_depth + 1 + (lasti ? 1 : 0);
                entry.handlers = state.handlers;
                max_depth = std::max(max_depth, entry.depth);
                work.push_back({ size_t(h.target), entry });
                state.handlers.push_back(h);
                ++i;
                continue;
            }
            if (in.op == Op::POP_BLOCK) {
                if (!state.handlers.empty())
                    state.handlers.pop_back();
                ++i;
                continue;
            }
            if (flags & vm::JUMPS) {
                FlowState jumped = state;
                jumped.depth += vm::stack_effect(in.op, in.arg, true);
                max_depth = std::max(max_depth, jumped.depth);
                work.push_back({ size_t(label_index(in.target)), jumped });
            }
            if (flags & vm::NO_FALLTHROUGH)
                break;
            state.depth += vm::stack_effect(in.op, in.arg, false);
            max_depth = std::max(max_depth, state.depth);
            ++i;
        }
    }

    // Which instructions are kept: reachable, real, not NOP.
    std::vector<bool> keep(n, false);
    for (size_t i = 0; i < n; ++i)
        keep[i] = visited[i] && !(vm::op_flags(instrs[i].op) & vm::PSEUDO) && instrs[i].op != Op::NOP;
    std::vector<bool> is_target(n + 1, false);
    for (size_t i = 0; i < n; ++i) {
        if (instrs[i].target >= 0)
            is_target[size_t(label_index(instrs[i].target))] = true;
    }
    for (auto& h : handler_of) {
        if (h)
            is_target[size_t(h->target)] = true;
    }
    // A NOP stays when it is the only instruction of its line (`pass`, `try:`), so that tracing reports the
    // line, as CPython's remove_redundant_nops keeps it.
    for (size_t i = 0; i < n; ++i) {
        if (!visited[i] || instrs[i].op != Op::NOP || instrs[i].position.line < 0)
            continue;
        int line = instrs[i].position.line;
        int previous_line = -1;
        if (!is_target[i]) {
            for (size_t p = i; p-- > 0;) {
                if (keep[p]) {
                    if (!(vm::op_flags(instrs[p].op) & vm::NO_FALLTHROUGH))
                        previous_line = instrs[p].position.line;
                    break;
                }
                if (is_target[p])
                    break;
            }
        }
        int next_line = -1;
        for (size_t j = i + 1; j < n; ++j) {
            if (visited[j] && !(vm::op_flags(instrs[j].op) & vm::PSEUDO)) {
                next_line = instrs[j].position.line;
                break;
            }
        }
        keep[i] = line != previous_line && line != next_line;
    }
    // Superinstruction: LOAD_FAST a; LOAD_FAST b -> LOAD_FAST_LOAD_FAST (a << 12 | b).
    for (size_t i = 0; i + 1 < n; ++i) {
        if (!keep[i] || instrs[i].op != Op::LOAD_FAST || instrs[i].arg >= 4096)
            continue;
        size_t j = i + 1;
        while (j < n && !keep[j] && !is_target[j])
            ++j;
        if (j >= n || !keep[j] || is_target[j] || instrs[j].op != Op::LOAD_FAST || instrs[j].arg >= 4096)
            continue;
        if (!(handler_of[i] == handler_of[j]) || instrs[i].position.line != instrs[j].position.line)
            continue;
        instrs[i].op = Op::LOAD_FAST_LOAD_FAST;
        instrs[i].arg = (instrs[i].arg << 12) | instrs[j].arg;
        instrs[i].position.end_col = instrs[j].position.end_col;
        keep[j] = false;
    }

    // Word offsets; an instruction that is not kept maps to the next kept one.
    std::vector<uint32_t> offset(n + 1, 0);
    uint32_t words = 0;
    for (size_t i = 0; i < n; ++i) {
        offset[i] = words;
        if (keep[i])
            words += 1 + uint32_t(vm::op_cache_size(instrs[i].op));
    }
    offset[n] = words;

    Ref<CodeObject> code = code_new();
    code->code.reserve(words);
    code->positions.reserve(words);
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i])
            continue;
        Instr& in = instrs[i];
        uint32_t arg = in.arg;
        if (in.target >= 0)
            arg = offset[size_t(label_index(in.target))];
        VERIFY(arg <= vm::ARG_MAX);
        code->code.push_back(vm::make_instruction(in.op, arg));
        code->positions.push_back(in.position);
        for (int c = 0; c < vm::op_cache_size(in.op); ++c) {
            code->code.push_back(0);
            code->positions.push_back(in.position);
        }
    }
    // The exception table: runs of kept instructions with the same handler.
    std::optional<Handler> current;
    uint32_t run_start = 0;
    auto close_run = [&](uint32_t end) {
        if (current && end > run_start)
            code->exception_table.push_back({ run_start, end, offset[size_t(current->target)], uint32_t(current->depth), current->push_lasti });
    };
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i])
            continue;
        if (!(handler_of[i] == current)) {
            close_run(offset[i]);
            current = handler_of[i];
            run_start = offset[i];
        }
    }
    close_run(words);

    size_t nconsts = unit.consts.size();
    code->consts = tuple_new(int64_t(nconsts));
    for (size_t i = 0; i < nconsts; ++i)
        code->consts->items[i] = unit.consts[i];
    code->names = tuple_new(int64_t(unit.names.size()));
    for (size_t i = 0; i < unit.names.size(); ++i)
        code->names->items[i] = Value(str_intern(unit.names[i]));
    size_t nlocalsplus = unit.varnames.size() + unit.cells.size() + unit.frees.size();
    code->localsplus_names = tuple_new(int64_t(nlocalsplus));
    size_t k = 0;
    for (auto& name : unit.varnames)
        code->localsplus_names->items[k++] = Value(str_intern(name));
    for (auto& name : unit.cells)
        code->localsplus_names->items[k++] = Value(str_intern(name));
    for (auto& name : unit.frees)
        code->localsplus_names->items[k++] = Value(str_intern(name));
    code->localsplus_kinds = unit.kinds;
    code->localsplus_kinds.resize(unit.varnames.size());
    for (size_t i = 0; i < unit.cells.size(); ++i)
        code->localsplus_kinds.push_back(LOCAL_CELL);
    for (size_t i = 0; i < unit.frees.size(); ++i)
        code->localsplus_kinds.push_back(LOCAL_FREE);
    code->name = Ref<StrObject>(str_intern(unit.name));
    code->qualname = str_from_utf8(unit.qualname);
    code->filename = Ref<StrObject>(filename);
    code->argcount = unit.argcount;
    code->posonlyargcount = unit.posonlyargcount;
    code->kwonlyargcount = unit.kwonlyargcount;
    code->nlocals = int32_t(unit.varnames.size());
    code->ncells = int32_t(unit.cells.size());
    code->nfrees = int32_t(unit.frees.size());
    code->stacksize = max_depth + 1;
    code->firstlineno = unit.firstlineno;
    code->flags = unit.flags | (unit.frees.empty() && unit.cells.empty() ? uint32_t(CO_NOFREE) : 0u);
    return code;
}

}  // namespace ginger::compile
