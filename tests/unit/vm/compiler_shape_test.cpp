// The shape of compiled code: which instructions the compiler emits for common constructs, in the
// spirit of Lua's testes/code.lua. These pin down the fast paths the interpreter relies on
// (superinstructions, null-pushing LOAD_GLOBAL, method calls) and the structure of loops and handlers.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "compile/compiler.h"
#include "compile/marshal.h"
#include "objects/exceptions.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "vm/opcodes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace ginger;
using vm::Op;

namespace {

class CompilerShapeTest : public ::testing::Test {
protected:
    void SetUp() override { runtime_init(); }

    // Compiles `source` as a module and keeps it alive for the test.
    CodeObject* module(std::string_view source)
    {
        auto result = compile::compile_source(source, str_intern("<shape>"), compile::Mode::Exec);
        EXPECT_FALSE(result.is_error()) << source;
        if (result.is_error()) {
            clear_error();
            return nullptr;
        }
        m_modules.push_back(result.release_value());
        return m_modules.back().get();
    }

    // The code object of the function (or class body, comprehension) named `name`, at any depth.
    CodeObject* function(std::string_view source, std::string_view name)
    {
        CodeObject* top = module(source);
        CodeObject* found = top ? find(top, name) : nullptr;
        EXPECT_TRUE(found) << "no code object named " << name;
        return found;
    }

private:
    static CodeObject* find(CodeObject* code, std::string_view name)
    {
        for (int64_t i = 0; i < code->consts->size; ++i) {
            Val k = code->consts->item(i);
            if (k.type() != &g_code_type)
                continue;
            auto* inner = k.as<CodeObject>();
            if (inner->name->view() == name)
                return inner;
            if (CodeObject* deeper = find(inner, name))
                return deeper;
        }
        return nullptr;
    }

    std::vector<Ref<CodeObject>> m_modules;
};

struct Instruction {
    Op op;
    uint32_t arg;
    size_t offset;
};

std::vector<Instruction> listing(CodeObject* code)
{
    std::vector<Instruction> out;
    if (!code)
        return out;
    for (size_t pc = 0; pc < code->code.size(); pc += 1 + size_t(vm::op_cache_size(vm::instruction_op(code->code[pc]))))
        out.push_back({ vm::instruction_op(code->code[pc]), vm::instruction_arg(code->code[pc]), pc });
    return out;
}

// "LOAD_FAST 0; RETURN_VALUE": shown when an expectation fails.
std::string text(CodeObject* code)
{
    std::string out;
    for (const Instruction& i : listing(code)) {
        out += std::to_string(i.offset) + " " + std::string(vm::op_name(i.op));
        if (vm::op_operand(i.op) != vm::Operand::NONE)
            out += " " + std::to_string(i.arg);
        out += "; ";
    }
    return out;
}

std::vector<Op> ops(CodeObject* code)
{
    std::vector<Op> out;
    for (const Instruction& i : listing(code))
        out.push_back(i.op);
    return out;
}

// The index in the listing where `sequence` starts, or -1.
int find_sequence(CodeObject* code, std::initializer_list<Op> sequence)
{
    std::vector<Op> all = ops(code);
    std::vector<Op> wanted(sequence);
    for (size_t i = 0; i + wanted.size() <= all.size(); ++i) {
        if (std::equal(wanted.begin(), wanted.end(), all.begin() + long(i)))
            return int(i);
    }
    return -1;
}

bool has(CodeObject* code, Op op) { return find_sequence(code, { op }) >= 0; }

const Instruction* instruction_at(const std::vector<Instruction>& list, size_t offset)
{
    for (const Instruction& i : list) {
        if (i.offset == offset)
            return &i;
    }
    return nullptr;
}

}  // namespace

TEST_F(CompilerShapeTest, AddOfTwoLocalsUsesTheSuperinstruction)
{
    CodeObject* f = function("def f(a, b):\n    x = a + b\n    return x\n", "f");
    ASSERT_TRUE(f);
    int at = find_sequence(f, { Op::LOAD_FAST_LOAD_FAST, Op::BINARY_OP, Op::STORE_FAST });
    ASSERT_GE(at, 0) << text(f);
    auto list = listing(f);
    EXPECT_EQ(list[size_t(at)].arg, (0u << 12) | 1u);                 // a, b
    EXPECT_EQ(list[size_t(at) + 1].arg, uint32_t(BinaryOp::Add));
    EXPECT_EQ(list[size_t(at) + 2].arg, 2u);                          // x
    EXPECT_EQ(list.back().op, Op::RETURN_VALUE) << text(f);
}

TEST_F(CompilerShapeTest, AugmentedAssignmentUsesTheInPlaceOperator)
{
    CodeObject* f = function("def f(t, v):\n    t += v\n    t -= 1\n    return t\n", "f");
    ASSERT_TRUE(f);
    std::vector<uint32_t> binops;
    for (const Instruction& i : listing(f)) {
        if (i.op == Op::BINARY_OP)
            binops.push_back(i.arg);
    }
    std::vector<uint32_t> expected = { uint32_t(INPLACE_OFFSET + int(BinaryOp::Add)),
                                       uint32_t(INPLACE_OFFSET + int(BinaryOp::Sub)) };
    EXPECT_EQ(binops, expected) << text(f);
}

TEST_F(CompilerShapeTest, ForLoopIteratesAndJumpsBack)
{
    CodeObject* g = function("def g(xs):\n    t = 0\n    for v in xs:\n        t = v\n    return t\n", "g");
    ASSERT_TRUE(g);
    auto list = listing(g);
    int at = find_sequence(g, { Op::GET_ITER, Op::FOR_ITER, Op::STORE_FAST });
    ASSERT_GE(at, 0) << text(g);
    const Instruction& for_iter = list[size_t(at) + 1];
    // The loop closes with a JUMP back to FOR_ITER, and FOR_ITER exits right after that JUMP.
    const Instruction* back = nullptr;
    for (const Instruction& i : list) {
        if (i.op == Op::JUMP && i.arg == for_iter.offset)
            back = &i;
    }
    ASSERT_TRUE(back) << text(g);
    EXPECT_GT(back->offset, for_iter.offset);
    EXPECT_EQ(for_iter.arg, back->offset + 1) << text(g);
}

TEST_F(CompilerShapeTest, WhileLoopTestsThenJumpsBack)
{
    CodeObject* w = function("def w(n):\n    while n > 0:\n        n -= 1\n    return n\n", "w");
    ASSERT_TRUE(w);
    int at = find_sequence(w, { Op::COMPARE_OP, Op::POP_JUMP_IF_FALSE });
    ASSERT_GE(at, 0) << text(w);
    auto list = listing(w);
    EXPECT_EQ(list[size_t(at)].arg, 4u);  // >
    bool backward = false;
    for (const Instruction& i : list)
        backward |= i.op == Op::JUMP && i.arg < i.offset;
    EXPECT_TRUE(backward) << text(w);
    // The exit target is an instruction of this code.
    EXPECT_TRUE(instruction_at(list, list[size_t(at) + 1].arg)) << text(w);
}

TEST_F(CompilerShapeTest, TryExceptHasAnExceptionTableEntry)
{
    CodeObject* h = function("def h(g):\n    try:\n        r = g()\n    except ValueError:\n        r = 0\n    return r\n", "h");
    ASSERT_TRUE(h);
    ASSERT_FALSE(h->exception_table.empty()) << text(h);
    auto list = listing(h);
    size_t call = 0;
    for (const Instruction& i : list) {
        if (i.op == Op::CALL)
            call = i.offset;
    }
    ASSERT_NE(call, 0u) << text(h);
    // The innermost region covering the call leads to the handler, which starts with PUSH_EXC_INFO.
    const ExceptionTableEntry* region = nullptr;
    for (const ExceptionTableEntry& e : h->exception_table) {
        if (e.start <= call && call < e.end) {
            region = &e;
            break;
        }
    }
    ASSERT_TRUE(region) << text(h);
    const Instruction* handler = instruction_at(list, region->target);
    ASSERT_TRUE(handler);
    EXPECT_EQ(handler->op, Op::PUSH_EXC_INFO) << text(h);
    EXPECT_EQ(region->depth, 0u);
    EXPECT_GE(find_sequence(h, { Op::LOAD_GLOBAL, Op::CHECK_EXC_MATCH, Op::POP_JUMP_IF_FALSE }), 0) << text(h);
    EXPECT_TRUE(has(h, Op::POP_EXCEPT));
    EXPECT_TRUE(has(h, Op::RERAISE));
    for (const ExceptionTableEntry& e : h->exception_table)
        EXPECT_LT(e.start, e.end);
}

TEST_F(CompilerShapeTest, WithStatementCallsExitOnBothPaths)
{
    CodeObject* w = function("def w(m):\n    with m as v:\n        v.go()\n", "w");
    ASSERT_TRUE(w);
    EXPECT_TRUE(has(w, Op::BEFORE_WITH)) << text(w);
    EXPECT_GE(find_sequence(w, { Op::PUSH_EXC_INFO, Op::WITH_EXCEPT_START }), 0) << text(w);
    ASSERT_FALSE(w->exception_table.empty());
    // The with-block's handler keeps lasti for RERAISE.
    bool lasti = false;
    for (const ExceptionTableEntry& e : w->exception_table)
        lasti |= e.push_lasti;
    EXPECT_TRUE(lasti);
}

TEST_F(CompilerShapeTest, CallShapes)
{
    CodeObject* c = function("def c(o):\n    print(1, k=2)\n    o.meth(1)\n    len(o)\n", "c");
    ASSERT_TRUE(c);
    auto list = listing(c);
    // A global callee: LOAD_GLOBAL with bit 0 set pushes the null self slot itself.
    ASSERT_EQ(list[0].op, Op::LOAD_GLOBAL) << text(c);
    EXPECT_EQ(list[0].arg & 1, 1u);
    EXPECT_EQ(std::string(c->names->item(list[0].arg >> 1).as<StrObject>()->view()), "print");
    int kw = find_sequence(c, { Op::LOAD_CONST, Op::CALL_KW });
    ASSERT_GE(kw, 0) << text(c);
    EXPECT_EQ(list[size_t(kw) + 1].arg, 2u);
    Val names = c->consts->item(list[size_t(kw)].arg);
    ASSERT_EQ(names.type(), &g_tuple_type);
    EXPECT_EQ(names.as<TupleObject>()->size, 1);
    // A method call: LOAD_METHOD, then CALL without a bound-method object in between.
    EXPECT_GE(find_sequence(c, { Op::LOAD_FAST, Op::LOAD_METHOD, Op::LOAD_CONST, Op::CALL }), 0) << text(c);
    EXPECT_FALSE(has(c, Op::LOAD_ATTR)) << text(c);
    EXPECT_FALSE(has(c, Op::PUSH_NULL)) << text(c);
}

TEST_F(CompilerShapeTest, NameScopesPickTheirInstructions)
{
    CodeObject* top = module("x = 1\ndef f():\n    global G\n    G = 2\n    y = 3\n    return y\n");
    ASSERT_TRUE(top);
    EXPECT_TRUE(has(top, Op::STORE_NAME)) << text(top);
    EXPECT_FALSE(has(top, Op::STORE_FAST));
    auto list = listing(top);
    EXPECT_EQ(list.back().op, Op::RETURN_CONST) << text(top);
    EXPECT_TRUE(is_none(top->consts->item(list.back().arg)));
    CodeObject* f = function("x = 1\ndef f():\n    global G\n    G = 2\n    y = 3\n    return y\n", "f");
    ASSERT_TRUE(f);
    EXPECT_TRUE(has(f, Op::STORE_GLOBAL)) << text(f);
    EXPECT_TRUE(has(f, Op::STORE_FAST));
    EXPECT_FALSE(has(f, Op::STORE_NAME));
    EXPECT_FALSE(has(f, Op::LOAD_NAME));
}

TEST_F(CompilerShapeTest, ClosuresUseCells)
{
    const char* source = "def outer():\n    n = 1\n    def inner():\n        return n\n    return inner\n";
    CodeObject* outer = function(source, "outer");
    CodeObject* inner = function(source, "inner");
    ASSERT_TRUE(outer && inner);
    EXPECT_EQ(ops(outer)[0], Op::MAKE_CELL) << text(outer);
    EXPECT_TRUE(has(outer, Op::STORE_DEREF));
    int make = find_sequence(outer, { Op::LOAD_CLOSURE, Op::BUILD_TUPLE, Op::LOAD_CONST, Op::MAKE_FUNCTION });
    ASSERT_GE(make, 0) << text(outer);
    EXPECT_EQ(listing(outer)[size_t(make) + 3].arg & 8, 8u);  // has a closure
    EXPECT_EQ(ops(inner)[0], Op::COPY_FREE_VARS) << text(inner);
    EXPECT_EQ(listing(inner)[0].arg, 1u);
    EXPECT_TRUE(has(inner, Op::LOAD_DEREF));
    EXPECT_EQ(inner->nfrees, 1);
    ASSERT_EQ(inner->localsplus_kinds.size(), 1u);
    EXPECT_TRUE(inner->localsplus_kinds[0] & LOCAL_FREE);
    // n is a cell of outer (wherever its slot is: CPython 3.11+ lets a cell share a local's slot).
    bool cell = false;
    for (size_t i = 0; i < outer->localsplus_kinds.size(); ++i) {
        if (outer->localsplus_names->item(int64_t(i)).as<StrObject>()->view() == "n")
            cell = outer->localsplus_kinds[i] & LOCAL_CELL;
    }
    EXPECT_TRUE(cell);
}

TEST_F(CompilerShapeTest, IsNoneTestsJumpDirectly)
{
    CodeObject* k = function("def k(x):\n    if x is None:\n        return 1\n    return 2\n", "k");
    ASSERT_TRUE(k);
    EXPECT_GE(find_sequence(k, { Op::LOAD_FAST, Op::POP_JUMP_IF_NOT_NONE }), 0) << text(k);
    EXPECT_FALSE(has(k, Op::IS_OP)) << text(k);
}

TEST_F(CompilerShapeTest, FStringsAndUnpacking)
{
    CodeObject* fs = function("def fs(x):\n    return f\"{x!r:>4}-{x}\"\n", "fs");
    ASSERT_TRUE(fs);
    std::vector<uint32_t> formats;
    for (const Instruction& i : listing(fs)) {
        if (i.op == Op::FORMAT_VALUE)
            formats.push_back(i.arg);
    }
    EXPECT_EQ(formats, (std::vector<uint32_t> { 2 | 4, 0 })) << text(fs);
    int build = find_sequence(fs, { Op::BUILD_STRING });
    ASSERT_GE(build, 0);
    EXPECT_EQ(listing(fs)[size_t(build)].arg, 3u);

    CodeObject* un = function("def un(p):\n    a, b = p\n    a, *b, c = p\n", "un");
    ASSERT_TRUE(un);
    auto list = listing(un);
    int seq = find_sequence(un, { Op::UNPACK_SEQUENCE });
    int ex = find_sequence(un, { Op::UNPACK_EX });
    ASSERT_GE(seq, 0);
    ASSERT_GE(ex, 0);
    EXPECT_EQ(list[size_t(seq)].arg, 2u);
    EXPECT_EQ(list[size_t(ex)].arg, 1u | (1u << 8)) << text(un);
}

TEST_F(CompilerShapeTest, DocstringsAreTheFirstConstant)
{
    CodeObject* f = function("def f():\n    'the doc'\n    return 1\n", "f");
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->flags & CO_HAS_DOCSTRING);
    ASSERT_GE(f->consts->size, 1);
    ASSERT_EQ(f->consts->item(0).type(), &g_str_type);
    EXPECT_EQ(f->consts->item(0).as<StrObject>()->view(), "the doc");
    CodeObject* g = function("def g():\n    return 1\n", "g");
    ASSERT_TRUE(g);
    EXPECT_FALSE(g->flags & CO_HAS_DOCSTRING);
}

TEST_F(CompilerShapeTest, EmittedCodeIsAlwaysVerifiable)
{
    // Every code object of a varied module passes the .pyc verifier: no pseudo-instructions, jump
    // targets on instruction boundaries, a consistent stack depth within co_stacksize.
    const char* source =
        "import sys\n"
        "class A(object):\n"
        "    def m(self, *a, **k):\n"
        "        return [x * 2 for x in a if x], {k: v for k, v in k.items()}, (y for y in a)\n"
        "def gen(n):\n"
        "    try:\n"
        "        for i in range(n):\n"
        "            while i:\n"
        "                i -= 1\n"
        "                if i == 3:\n"
        "                    break\n"
        "                elif i == 5:\n"
        "                    continue\n"
        "            yield i\n"
        "    except (TypeError, ValueError) as e:\n"
        "        raise RuntimeError('x') from e\n"
        "    finally:\n"
        "        pass\n"
        "def deco(f):\n"
        "    return f\n"
        "@deco\n"
        "def g(a, b=1, *, c=2):\n"
        "    with open(a) as f, open(b) as h:\n"
        "        return a if b else c, not a, -b, ~c, a[1:2], a[::2], {*a, *b}, [*a], (a, *b)\n"
        "lam = lambda x, y=3: x or y and not x\n"
        "assert lam(1), 'msg'\n"
        "del lam\n";
    CodeObject* top = module(source);
    ASSERT_TRUE(top);
    std::string why;
    EXPECT_TRUE(compile::verify_code(top, why)) << why;
    std::vector<CodeObject*> pending = { top };
    int count = 0;
    while (!pending.empty()) {
        CodeObject* code = pending.back();
        pending.pop_back();
        ++count;
        EXPECT_EQ(code->positions.size(), code->code.size());
        for (const Instruction& i : listing(code))
            EXPECT_FALSE(vm::op_flags(i.op) & vm::PSEUDO) << code->name->view();
        for (int64_t i = 0; i < code->consts->size; ++i) {
            if (code->consts->item(i).type() == &g_code_type)
                pending.push_back(code->consts->item(i).as<CodeObject>());
        }
    }
    EXPECT_GE(count, 8);
}
