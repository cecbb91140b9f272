// .pyc files (docs/PYC_FORMAT.md): round trips through pycache_serialize/pycache_deserialize, and
// every kind of damaged or hostile input rejected without a crash (this file must run clean under ASan).
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "compile/compiler.h"
#include "compile/marshal.h"
#include "import/pycache.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "vm/opcodes.h"

#include <cstring>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace ginger;
using vm::Op;

namespace {

constexpr int64_t MTIME = 1700000000;
constexpr int64_t SIZE = 1234;

class PycacheTest : public ::testing::Test {
protected:
    void SetUp() override { runtime_init(); }
};

Ref<CodeObject> compile_module(std::string_view source)
{
    auto result = compile::compile_source(source, str_intern("<pycache_test>"), compile::Mode::Exec);
    EXPECT_FALSE(result.is_error()) << source;
    if (result.is_error()) {
        clear_error();
        return nullptr;
    }
    return result.release_value();
}

// Runs module code in a fresh namespace and returns repr(result), or "<error>".
std::string run_for_result(CodeObject* code)
{
    Ref<DictObject> globals = dict_new();
    dict_set_str(globals.get(), str_intern("__name__"), Val(str_intern("pycache_test")));
    auto ran = vm::eval_code(code, globals.get());
    if (ran.is_error()) {
        clear_error();
        return "<error>";
    }
    Val result = dict_get_str(globals.get(), str_intern("result"));
    if (!result)
        return "<no result>";
    auto text = repr_utf8(result);
    if (text.is_error()) {
        clear_error();
        return "<repr error>";
    }
    return text.release_value();
}

// Deserializes `data` expecting a rejection; returns the reason.
std::string rejected(std::string_view data, int64_t mtime = MTIME, int64_t size = SIZE)
{
    std::string why;
    Ref<CodeObject> code = pycache_deserialize(data, mtime, size, why);
    EXPECT_FALSE(code) << "accepted; data size " << data.size();
    EXPECT_FALSE(why.empty());
    EXPECT_FALSE(error_occurred());
    return why;
}

void put32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(char(v >> (8 * i)));
}
void put64(std::string& out, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(char(v >> (8 * i)));
}

uint64_t fnv1a(std::string_view data)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : data) {
        h ^= uint8_t(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

// A whole .pyc file around `payload`, written from the documented layout (not with the code under test),
// so the checksum is right whatever the payload holds.
std::string wrap(std::string_view payload, int64_t mtime = MTIME, int64_t size = SIZE)
{
    std::string out;
    put32(out, uint32_t(compile::BYTECODE_VERSION) | (uint32_t('\r') << 16) | (uint32_t('\n') << 24));
    put32(out, 0);
    put32(out, uint32_t(mtime));
    put32(out, uint32_t(size));
    out += "GBDY";
    put32(out, uint32_t(payload.size()));
    put64(out, fnv1a(payload));
    out += payload;
    return out;
}

uint32_t ins(Op op, uint32_t arg = 0) { return vm::make_instruction(op, arg); }

// Builds a serialized code object field by field, so tests can make any field wrong.
struct CodeBuilder {
    uint32_t argcount = 0, posonly = 0, kwonly = 0, nlocals = 0, ncells = 0, nfrees = 0;
    uint32_t stacksize = 1, firstlineno = 1, flags = 0;
    std::vector<uint32_t> words;
    std::vector<ExceptionTableEntry> exceptions;
    std::string consts = tuple_of({ "N" });  // (None,)
    std::string names = tuple_of({});
    std::string localsplus = tuple_of({});
    std::string kinds;
    std::string trailer;  // appended after the code object

    static std::string str(char tag, std::string_view text)
    {
        std::string out(1, tag);
        put32(out, uint32_t(text.size()));
        out += text;
        return out;
    }
    static std::string small_int(int64_t v)
    {
        std::string out = "i";
        put64(out, uint64_t(v));
        return out;
    }
    static std::string tuple_header(uint32_t count)
    {
        std::string out = "(";
        put32(out, count);
        return out;
    }
    static std::string tuple_of(std::initializer_list<std::string> items)
    {
        std::string out = tuple_header(uint32_t(items.size()));
        for (const std::string& item : items)
            out += item;
        return out;
    }

    std::string build() const
    {
        std::string out = "c";
        for (uint32_t f : { argcount, posonly, kwonly, nlocals, ncells, nfrees, stacksize, firstlineno, flags })
            put32(out, f);
        put32(out, uint32_t(words.size()));
        for (uint32_t w : words)
            put32(out, w);
        for (size_t i = 0; i < words.size(); ++i) {
            for (int k = 0; k < 4; ++k)
                put32(out, 1);
        }
        put32(out, uint32_t(exceptions.size()));
        for (const ExceptionTableEntry& e : exceptions) {
            put32(out, e.start);
            put32(out, e.end);
            put32(out, e.target);
            put32(out, e.depth);
            out.push_back(e.push_lasti ? 1 : 0);
        }
        out += consts;
        out += names;
        out += localsplus;
        put32(out, uint32_t(kinds.size()));
        out += kinds;
        out += str('u', "<module>");
        out += str('s', "<module>");
        out += str('s', "hand.py");
        out += trailer;
        return out;
    }
};

CodeBuilder return_none()
{
    CodeBuilder b;
    b.words = { ins(Op::LOAD_CONST, 0), ins(Op::RETURN_VALUE) };
    return b;
}

std::string unmarshal_reason(const std::string& payload)
{
    std::string why;
    Ref<CodeObject> code = compile::unmarshal_code(payload, why);
    EXPECT_FALSE(code);
    EXPECT_FALSE(error_occurred());
    return why;
}

const char* const ROUND_TRIP_SOURCES[] = {
    "result = 1 + 2\n",
    "x = 10**40\nresult = (x, -x, 3.25, -0.0, 1e300, 'h\\u00e9llo \\U0001f600', None, True, False, ..., (1, (2, (3,))))\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n"
    "    return (a, b, args, c, d, sorted(kw))\n"
    "result = f(1, c=3, z=0)\n",
    "def outer():\n"
    "    n = 0\n"
    "    def inc():\n"
    "        nonlocal n\n"
    "        n += 1\n"
    "        return n\n"
    "    return inc\n"
    "g = outer()\n"
    "g(); g()\n"
    "result = g()\n",
    "class A:\n"
    "    '''doc'''\n"
    "    k = 5\n"
    "    def m(self):\n"
    "        return self.k * 2\n"
    "result = (A().m(), A.__doc__, A.__qualname__)\n",
    "out = []\n"
    "for i in range(5):\n"
    "    try:\n"
    "        if i % 2:\n"
    "            raise ValueError(i)\n"
    "        out.append(i)\n"
    "    except ValueError as e:\n"
    "        out.append(-e.args[0])\n"
    "    finally:\n"
    "        out.append('f')\n"
    "result = out\n",
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "result = [x for x in gen(6) if x % 2 == 0] + list({k: k for k in 'ab'})\n",
    "name = 'w'\n"
    "result = f'{name!r:>5}|{3.5:08.3f}|{name}'\n",
    // Complex constants (tag 'y'), folded ones, signed zeros and non-finite parts included.
    "z = 2j\n"
    "result = [z, -0j, 1 + 2j, (1.5-0j, 3j), 1e400j, -1e400j * 0, z.imag, repr(-(0j))]\n",
};

}  // namespace

TEST_F(PycacheTest, CachePath)
{
    EXPECT_EQ(cache_path_for("/a/b/mod.py"), "/a/b/__pycache__/mod.ginger-312.pyc");
    EXPECT_EQ(cache_path_for("mod.py"), "__pycache__/mod.ginger-312.pyc");
    EXPECT_EQ(cache_path_for("pkg/__init__.py"), "pkg/__pycache__/__init__.ginger-312.pyc");
}

TEST_F(PycacheTest, RoundTripRunsTheSame)
{
    for (const char* source : ROUND_TRIP_SOURCES) {
        SCOPED_TRACE(source);
        Ref<CodeObject> original = compile_module(source);
        ASSERT_TRUE(original);
        std::string data = pycache_serialize(original.get(), MTIME, SIZE);
        std::string why;
        Ref<CodeObject> loaded = pycache_deserialize(data, MTIME, SIZE, why);
        ASSERT_TRUE(loaded) << why;
        // The same bytes again: nothing is lost or reordered.
        EXPECT_EQ(pycache_serialize(loaded.get(), MTIME, SIZE), data);
        std::string expected = run_for_result(original.get());
        EXPECT_NE(expected, "<error>");
        EXPECT_NE(expected, "<no result>");
        if (getenv("PYCACHE_TEST_VERBOSE"))
            printf("%s\n", expected.c_str());
        EXPECT_EQ(run_for_result(loaded.get()), expected);
    }
}

TEST_F(PycacheTest, SerializedAfterRunningIsStillValid)
{
    // Running fills inline caches; the writer must not store them.
    Ref<CodeObject> code = compile_module("import sys\nclass C:\n    x = 1\nresult = [C().x for _ in range(3)] + [len('ab')]\n");
    ASSERT_TRUE(code);
    std::string before = pycache_serialize(code.get(), MTIME, SIZE);
    std::string expected = run_for_result(code.get());
    run_for_result(code.get());
    EXPECT_EQ(pycache_serialize(code.get(), MTIME, SIZE), before);
    std::string why;
    Ref<CodeObject> loaded = pycache_deserialize(before, MTIME, SIZE, why);
    ASSERT_TRUE(loaded) << why;
    EXPECT_EQ(run_for_result(loaded.get()), expected);
}

TEST_F(PycacheTest, HeaderLayoutIsAsDocumented)
{
    Ref<CodeObject> code = compile_module("x = 1\n");
    ASSERT_TRUE(code);
    std::string data = pycache_serialize(code.get(), MTIME, SIZE);
    EXPECT_EQ(data, wrap(compile::marshal_code(code.get())));
    ASSERT_GE(data.size(), 32u);
    EXPECT_EQ(uint8_t(data[0]) | (uint8_t(data[1]) << 8), compile::BYTECODE_VERSION);
    EXPECT_EQ(data.substr(2, 2), "\r\n");
    EXPECT_EQ(data.substr(16, 4), "GBDY");
    EXPECT_EQ(data[32], 'c');
}

TEST_F(PycacheTest, EveryTruncationIsRejected)
{
    Ref<CodeObject> code = compile_module("def f(x):\n    try:\n        return x[0]\n    except IndexError:\n        return 'big' * 10**20\n");
    ASSERT_TRUE(code);
    std::string data = pycache_serialize(code.get(), MTIME, SIZE);
    for (size_t length = 0; length < data.size(); ++length)
        rejected(std::string_view(data).substr(0, length));
    // One byte too many is damage too.
    EXPECT_EQ(rejected(data + '\0'), "body length mismatch");
}

TEST_F(PycacheTest, HeaderChecks)
{
    Ref<CodeObject> code = compile_module("x = 1\n");
    ASSERT_TRUE(code);
    std::string good = pycache_serialize(code.get(), MTIME, SIZE);
    for (int i = 0; i < 4; ++i) {
        std::string bad = good;
        bad[size_t(i)] ^= 0x20;
        EXPECT_EQ(rejected(bad), "bad magic number");
    }
    for (int i = 4; i < 8; ++i) {
        std::string bad = good;
        bad[size_t(i)] = 4;  // PEP 552 defines only bits 0 and 1
        EXPECT_EQ(rejected(bad), "unsupported flags");
    }
    EXPECT_EQ(rejected(good, MTIME + 1, SIZE), "stale (source changed)");
    EXPECT_EQ(rejected(good, MTIME, SIZE - 1), "stale (source changed)");
    // Same stamps in the file and the caller: accepted.
    std::string why;
    EXPECT_TRUE(pycache_deserialize(good, MTIME, SIZE, why)) << why;
}

TEST_F(PycacheTest, EveryFlippedBodyByteIsRejected)
{
    Ref<CodeObject> code = compile_module("def f(a, b):\n    return a + b, 'text', 2.5\nresult = f(1, 2)\n");
    ASSERT_TRUE(code);
    std::string data = pycache_serialize(code.get(), MTIME, SIZE);
    for (size_t at = 16; at < data.size(); ++at) {
        for (uint8_t mask : { uint8_t(0x01), uint8_t(0x80), uint8_t(0xFF) }) {
            std::string bad = data;
            bad[at] = char(uint8_t(bad[at]) ^ mask);
            rejected(bad);
        }
    }
}

TEST_F(PycacheTest, RandomGarbageIsRejected)
{
    std::mt19937 random(12345);
    for (int round = 0; round < 2000; ++round) {
        std::string junk(random() % 200, '\0');
        for (char& c : junk)
            c = char(random());
        // Half of them get a valid header, so they reach the body checks.
        if (round % 2 && junk.size() >= 16)
            junk = wrap(std::string_view(junk).substr(16)).substr(0, 16) + junk.substr(16);
        rejected(junk);
    }
}

TEST_F(PycacheTest, MutatedPayloadsWithValidChecksumsNeverCrash)
{
    // Byte mutations of a real payload, re-checksummed so they reach unmarshal and verify_code. Some
    // are still valid (a changed constant); the point is that none crashes and every rejection is clean.
    Ref<CodeObject> code = compile_module(
        "def f(a, *, k=3):\n"
        "    for i in range(a):\n"
        "        try:\n"
        "            a += i * k\n"
        "        except TypeError:\n"
        "            pass\n"
        "    return [a, (1, 'x')]\n");
    ASSERT_TRUE(code);
    std::string payload = compile::marshal_code(code.get());
    std::mt19937 random(777);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string bad = payload;
        int flips = 1 + int(random() % 3);
        for (int k = 0; k < flips; ++k)
            bad[random() % bad.size()] = char(random());
        std::string why;
        Ref<CodeObject> loaded = pycache_deserialize(wrap(bad), MTIME, SIZE, why);
        EXPECT_FALSE(error_occurred());
        if (loaded) {
            ++accepted;
            std::string again;
            EXPECT_TRUE(compile::verify_code(loaded.get(), again)) << again;
        } else {
            EXPECT_FALSE(why.empty());
        }
    }
    EXPECT_LT(accepted, 3000);
}

TEST_F(PycacheTest, HandMadePayloadSanity)
{
    // The builder itself makes valid code: the malformed variants below differ in one thing only.
    std::string why;
    Ref<CodeObject> code = pycache_deserialize(wrap(return_none().build()), MTIME, SIZE, why);
    ASSERT_TRUE(code) << why;
    EXPECT_EQ(run_for_result(code.get()), "<no result>");
}

TEST_F(PycacheTest, MalformedValuesAreRejected)
{
    EXPECT_EQ(unmarshal_reason(""), "truncated");
    EXPECT_EQ(unmarshal_reason("Z"), "unknown tag");
    EXPECT_EQ(unmarshal_reason("N"), "not a code object");
    EXPECT_EQ(unmarshal_reason(CodeBuilder::tuple_of({ "N" })), "not a code object");

    CodeBuilder b = return_none();
    b.trailer = "N";
    EXPECT_EQ(unmarshal_reason(b.build()), "trailing data");

    b = return_none();
    b.consts = "(\xff\xff\xff\x7f";  // claims 2**31 - 1 items
    EXPECT_EQ(unmarshal_reason(b.build()), "tuple too long");

    b = return_none();
    b.consts = CodeBuilder::tuple_header(1) + "s\xff\xff\xff\xff";  // a str longer than the input
    EXPECT_EQ(unmarshal_reason(b.build()), "length out of range");

    b = return_none();
    b.consts = CodeBuilder::tuple_of({ "Q" });
    EXPECT_EQ(unmarshal_reason(b.build()), "unknown tag");

    b = return_none();
    b.consts = CodeBuilder::tuple_of({ CodeBuilder::str('l', "0xZZ") });
    EXPECT_EQ(unmarshal_reason(b.build()), "bad integer");

    b = return_none();
    b.consts = "N";  // co_consts must be a tuple
    EXPECT_EQ(unmarshal_reason(b.build()), "field of the wrong type");

    b = return_none();
    b.names = CodeBuilder::tuple_of({ CodeBuilder::small_int(1) });
    EXPECT_EQ(unmarshal_reason(b.build()), "a name is not a str");

    // Deep nesting stops at a limit instead of overflowing the C++ stack.
    std::string deep;
    for (int i = 0; i < 100000; ++i)
        deep += CodeBuilder::tuple_header(1);
    deep += "N";
    b = return_none();
    b.consts = deep;
    EXPECT_EQ(unmarshal_reason(b.build()), "nesting too deep");

    // Counts that would make the reader allocate far more than the input holds.
    b = return_none();
    std::string huge = b.build();
    huge.replace(37, 4, "\xff\xff\xff\xff");  // the word count, after the tag and nine fields
    EXPECT_EQ(unmarshal_reason(huge), "code too long");

    b = return_none();
    b.nlocals = 0xFFFFFFFF;
    EXPECT_EQ(unmarshal_reason(b.build()), "count out of range");
}

TEST_F(PycacheTest, MalformedCodeIsRejectedByVerify)
{
    struct Case {
        const char* what;
        CodeBuilder code;
        const char* reason;
    };
    std::vector<Case> cases;
    auto add = [&](const char* what, CodeBuilder code, const char* reason) { cases.push_back({ what, std::move(code), reason }); };

    CodeBuilder b = return_none();
    b.words = {};
    add("empty code", b, "bad code size");

    b = return_none();
    b.words[0] = 0xFF;
    add("unknown opcode", b, "unknown opcode");

    b = return_none();
    b.words[0] = ins(Op::COUNT);
    add("opcode just past the table", b, "unknown opcode");

    b = return_none();
    b.words.insert(b.words.begin(), ins(Op::POP_BLOCK));
    add("pseudo-instruction", b, "pseudo-instruction in code");

    b = return_none();
    b.words[0] = ins(Op::LOAD_CONST, 1);
    add("constant index", b, "operand out of range");

    b = return_none();
    b.words[0] = ins(Op::LOAD_FAST, 0);
    add("local index", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::LOAD_NAME, 0), ins(Op::RETURN_VALUE) };
    add("name index", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::LOAD_GLOBAL, 0), 0, 0, 0, ins(Op::RETURN_VALUE) };
    add("global index", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::LOAD_GLOBAL, 0), 0, 0 };
    b.names = CodeBuilder::tuple_of({ CodeBuilder::str('u', "x") });
    add("instruction cut inside its cache", b, "truncated instruction");

    b = return_none();
    b.words = { ins(Op::JUMP, 7), ins(Op::RETURN_CONST, 0) };
    add("jump past the end", b, "operand out of range");

    b = return_none();
    b.names = CodeBuilder::tuple_of({ CodeBuilder::str('u', "x") });
    b.words = { ins(Op::JUMP, 2), ins(Op::LOAD_GLOBAL, 0), 0, 0, 0, ins(Op::RETURN_VALUE) };
    add("jump into a cache word", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::LOAD_CONST, 0), ins(Op::LOAD_CONST, 0), ins(Op::BUILD_TUPLE, 2), ins(Op::RETURN_VALUE) };
    add("stack deeper than co_stacksize", b, "stack out of bounds");

    b = return_none();
    b.words = { ins(Op::POP_TOP), ins(Op::RETURN_CONST, 0) };
    add("pop from an empty stack", b, "stack out of bounds");

    b = return_none();
    b.words = { ins(Op::BINARY_OP, 99), ins(Op::RETURN_CONST, 0) };
    add("binary operator number", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::COMPARE_OP, 6), ins(Op::RETURN_CONST, 0) };
    add("comparison number", b, "operand out of range");

    b = return_none();
    b.words = { ins(Op::COPY, 0), ins(Op::RETURN_CONST, 0) };
    add("COPY 0", b, "operand out of range");

    b = return_none();
    b.stacksize = 0;
    add("stacksize 0", b, "inconsistent argument counts");

    b = return_none();
    b.argcount = 1;
    add("more arguments than locals", b, "inconsistent argument counts");

    b = return_none();
    b.nlocals = 1;
    add("local count without names", b, "inconsistent local counts");

    b = return_none();
    b.nlocals = 1;
    b.localsplus = CodeBuilder::tuple_of({ CodeBuilder::str('u', "a") });
    b.kinds = std::string(1, char(LOCAL_PLAIN));
    b.words = { ins(Op::LOAD_DEREF, 0), ins(Op::RETURN_VALUE) };
    add("LOAD_DEREF of a plain local", b, "operand out of range");

    b = return_none();
    b.exceptions = { { 0, 9, 0, 0, false } };
    add("exception region past the end", b, "bad exception table entry");

    b = return_none();
    b.exceptions = { { 1, 1, 0, 0, false } };
    add("empty exception region", b, "bad exception table entry");

    b = return_none();
    b.stacksize = 3;
    b.exceptions = { { 0, 1, 0, 5, true } };
    add("handler depth above stacksize", b, "bad exception table entry");

    b = return_none();
    b.words = { ins(Op::LOAD_CONST, 0), ins(Op::POP_JUMP_IF_FALSE, 3), ins(Op::LOAD_CONST, 0), ins(Op::RETURN_VALUE) };
    b.stacksize = 2;
    add("paths meeting at different depths", b, "inconsistent stack depth");

    // A nested code object is verified too.
    CodeBuilder inner = return_none();
    inner.words[0] = ins(Op::LOAD_CONST, 3);
    b = return_none();
    b.consts = CodeBuilder::tuple_of({ "N", inner.build() });
    add("bad nested code", b, "operand out of range");

    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        std::string payload = c.code.build();
        // The reason may go on with details (the opcode and operand): compare its start.
        EXPECT_EQ(unmarshal_reason(payload).substr(0, strlen(c.reason)), c.reason);
        EXPECT_EQ(rejected(wrap(payload)).substr(0, strlen(c.reason)), c.reason);
    }
}

// An instruction that pops more than the stack holds but pushes as many back (UNARY_NEGATIVE, COPY,
// GET_ITER at depth 0) must be rejected: the VM would read below the frame's value stack.
TEST_F(PycacheTest, UnderflowHiddenByNetEffectIsRejected)
{
    for (uint32_t first : { ins(Op::UNARY_NEGATIVE), ins(Op::COPY, 1), ins(Op::GET_ITER) }) {
        CodeBuilder b = return_none();
        b.words = { first, ins(Op::RETURN_CONST, 0) };
        b.stacksize = 2;
        EXPECT_EQ(unmarshal_reason(b.build()), "stack out of bounds");
    }
}

// An interned str whose bytes are not valid UTF-8 is decoded with replacements; loading the same bytes
// again must find the same object (and not leak a new immortal string each time).
TEST_F(PycacheTest, InternedInvalidUtf8IsShared)
{
    CodeBuilder b = return_none();
    b.names = CodeBuilder::tuple_of({ CodeBuilder::str('u', "a\xffz"), CodeBuilder::str('u', "a\xffz") });
    std::string why;
    Ref<CodeObject> code = compile::unmarshal_code(b.build(), why);
    if (code) {
        ASSERT_EQ(code->names->size, 2);
        EXPECT_TRUE(code->names->item(0).is(code->names->item(1)));
    }
}

// _imp.source_hash: CPython 3.12's values (python3.12 -c "import _imp; print(_imp.source_hash(K, S).hex())").
TEST(PycacheHash, SourceHashIsCPythons)
{
    auto hex = [](uint64_t h) {
        char text[17];
        for (int i = 0; i < 8; ++i)
            snprintf(text + 2 * i, 3, "%02x", unsigned((h >> (8 * i)) & 0xFF));
        return std::string(text);
    };
    EXPECT_EQ(hex(source_hash(3531, "hello")), "d89b51d6db698640");
    EXPECT_EQ(hex(source_hash(0, "")), "2c530c1562a7fbd1");
    EXPECT_EQ(hex(source_hash(1, "abcdefgh")), "ef4dd3786365335d");
}

TEST_F(PycacheTest, HashBasedFiles)
{
    Ref<CodeObject> code = compile_module("x = 1\n");
    ASSERT_TRUE(code);
    std::string why;
    for (bool checked : { false, true }) {
        std::string data = pycache_serialize_hash(code.get(), 0x1122334455667788ull, checked);
        EXPECT_EQ(uint8_t(data[4]), checked ? 3 : 1);
        EXPECT_EQ(uint8_t(data[8]), 0x88);
        // Unchecked files are used whatever the source; checked ones need a source whose hash matches.
        Ref<CodeObject> loaded = pycache_deserialize(data, MTIME, SIZE, why);
        EXPECT_EQ(bool(loaded), !checked) << why;
        PycSource sourceless;
        sourceless.sourceless = true;
        EXPECT_TRUE(pycache_check(data, sourceless, why)) << why;
    }
}
