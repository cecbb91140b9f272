// Serialization of code objects and the constants they hold. Little-endian, tagged, length-prefixed;
// the reader checks every length and index before using it.
#include "compile/marshal.h"
#include "objects/exceptions.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/opcodes.h"

#include <bit>
#include <cstring>
#include <vector>

namespace ginger::compile {

namespace {

enum Tag : uint8_t {
    TAG_NONE = 'N',
    TAG_TRUE = 'T',
    TAG_FALSE = 'F',
    TAG_ELLIPSIS = '.',
    TAG_SMALL_INT = 'i',
    TAG_BIG_INT = 'l',
    TAG_FLOAT = 'g',
    TAG_COMPLEX = 'y',
    TAG_STR = 's',
    TAG_BYTES = 'b',
    TAG_INTERNED = 'u',
    TAG_TUPLE = '(',
    TAG_CODE = 'c',
};

class Writer {
public:
    std::string out;

    void u8(uint8_t v) { out.push_back(char(v)); }
    void u32(uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            out.push_back(char(v >> (8 * i)));
    }
    void u64(uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            out.push_back(char(v >> (8 * i)));
    }
    void bytes(std::string_view s)
    {
        u32(uint32_t(s.size()));
        out.append(s);
    }

    void value(Val v)
    {
        if (is_none(v)) {
            u8(TAG_NONE);
        } else if (is_true(v)) {
            u8(TAG_TRUE);
        } else if (is_false(v)) {
            u8(TAG_FALSE);
        } else if (v.is(Val(&g_ellipsis))) {
            u8(TAG_ELLIPSIS);
        } else if (v.is_small_int()) {
            u8(TAG_SMALL_INT);
            u64(uint64_t(v.small_int_value()));
        } else if (v.type() == &g_int_type) {
            u8(TAG_BIG_INT);
            bytes(int_to_base(v, 16));
        } else if (v.type() == &g_float_type) {
            u8(TAG_FLOAT);
            double d = float_value(v);
            uint64_t raw;
            memcpy(&raw, &d, 8);
            u64(raw);
        } else if (v.type() == &g_complex_type) {
            u8(TAG_COMPLEX);
            double parts[2] = { complex_real(v), complex_imag(v) };
            for (double d : parts) {
                uint64_t raw;
                memcpy(&raw, &d, 8);
                u64(raw);
            }
        } else if (v.type() == &g_str_type) {
            auto* s = v.as<StrObject>();
            u8(s->interned ? TAG_INTERNED : TAG_STR);
            bytes(s->view());
        } else if (v.type() == &g_bytes_type) {
            u8(TAG_BYTES);
            bytes(v.as<BytesObject>()->view());
        } else if (v.type() == &g_tuple_type) {
            auto* t = v.as<TupleObject>();
            u8(TAG_TUPLE);
            u32(uint32_t(t->size));
            for (int64_t i = 0; i < t->size; ++i)
                value(t->item(i));
        } else if (v.type() == &g_code_type) {
            code(v.as<CodeObject>());
        } else {
            VERIFY_NOT_REACHED();
        }
    }

    void code(CodeObject* c)
    {
        u8(TAG_CODE);
        u32(uint32_t(c->argcount));
        u32(uint32_t(c->posonlyargcount));
        u32(uint32_t(c->kwonlyargcount));
        u32(uint32_t(c->nlocals));
        u32(uint32_t(c->ncells));
        u32(uint32_t(c->nfrees));
        u32(uint32_t(c->stacksize));
        u32(uint32_t(c->firstlineno));
        u32(c->flags);
        u32(uint32_t(c->code.size()));
        // Quickening and inline caches are not serialized: cache words are written as zero.
        for (size_t i = 0; i < c->code.size();) {
            uint32_t word = c->code[i];
            u32(word);
            int cache = vm::op_cache_size(vm::instruction_op(word));
            for (int k = 0; k < cache; ++k)
                u32(0);
            i += 1 + size_t(cache);
        }
        // Positions: four u32 per code word (line, end line, column, end column).
        for (const Position& p : c->positions) {
            u32(uint32_t(p.line));
            u32(uint32_t(p.end_line));
            u32(uint32_t(p.col));
            u32(uint32_t(p.end_col));
        }
        u32(uint32_t(c->exception_table.size()));
        for (const ExceptionTableEntry& e : c->exception_table) {
            u32(e.start);
            u32(e.end);
            u32(e.target);
            u32(e.depth);
            u8(e.push_lasti ? 1 : 0);
        }
        value(Val(c->consts.get()));
        value(Val(c->names.get()));
        value(Val(c->localsplus_names.get()));
        bytes(std::string_view(reinterpret_cast<const char*>(c->localsplus_kinds.data()), c->localsplus_kinds.size()));
        value(Val(c->name.get()));
        value(Val(c->qualname.get()));
        value(Val(c->filename.get()));
    }
};

bool verify_code_shallow(CodeObject* c, std::string& reason);

class Reader {
public:
    Reader(std::string_view data, Verify verify)
        : m_data(data)
        , m_verify(verify)
    {
    }
    std::string reason;

    bool ok() const { return reason.empty(); }
    bool fail(const char* why)
    {
        if (reason.empty())
            reason = why;
        return false;
    }

    bool u8(uint8_t& v)
    {
        if (m_pos + 1 > m_data.size())
            return fail("truncated");
        v = uint8_t(m_data[m_pos++]);
        return true;
    }
    bool u32(uint32_t& v)
    {
        if (m_pos + 4 > m_data.size())
            return fail("truncated");
        v = 0;
        for (int i = 0; i < 4; ++i)
            v |= uint32_t(uint8_t(m_data[m_pos + size_t(i)])) << (8 * i);
        m_pos += 4;
        return true;
    }
    bool u64(uint64_t& v)
    {
        if (m_pos + 8 > m_data.size())
            return fail("truncated");
        v = 0;
        for (int i = 0; i < 8; ++i)
            v |= uint64_t(uint8_t(m_data[m_pos + size_t(i)])) << (8 * i);
        m_pos += 8;
        return true;
    }
    bool bytes(std::string_view& s)
    {
        uint32_t n;
        if (!u32(n))
            return false;
        if (n > m_data.size() - m_pos)
            return fail("length out of range");
        s = m_data.substr(m_pos, n);
        m_pos += n;
        return true;
    }

    Value value(int depth)
    {
        if (depth > 100) {
            fail("nesting too deep");
            return Value();
        }
        uint8_t tag;
        if (!u8(tag))
            return Value();
        switch (tag) {
        case TAG_NONE: return none_value();
        case TAG_TRUE: return bool_value(true);
        case TAG_FALSE: return bool_value(false);
        case TAG_ELLIPSIS: return Value::borrow(Val(&g_ellipsis));
        case TAG_SMALL_INT: {
            uint64_t raw;
            if (!u64(raw))
                return Value();
            return int_from_int64(int64_t(raw));
        }
        case TAG_BIG_INT: {
            std::string_view text;
            if (!bytes(text))
                return Value();
            auto r = int_from_string(text, 16);
            if (r.is_error()) {
                clear_error();
                fail("bad integer");
                return Value();
            }
            return r.release_value();
        }
        case TAG_FLOAT: {
            uint64_t raw;
            if (!u64(raw))
                return Value();
            double d;
            memcpy(&d, &raw, 8);
            return float_from_double(d);
        }
        case TAG_COMPLEX: {
            uint64_t raw_real, raw_imag;
            if (!u64(raw_real) || !u64(raw_imag))
                return Value();
            double real, imag;
            memcpy(&real, &raw_real, 8);
            memcpy(&imag, &raw_imag, 8);
            return complex_from_doubles(real, imag);
        }
        case TAG_STR:
        case TAG_INTERNED: {
            std::string_view text;
            if (!bytes(text))
                return Value();
            if (tag == TAG_INTERNED)
                return Value(str_intern(text));
            return Value(str_from_utf8(text));
        }
        case TAG_BYTES: {
            std::string_view data;
            if (!bytes(data))
                return Value();
            return Value(bytes_from(data));
        }
        case TAG_TUPLE: {
            uint32_t n;
            if (!u32(n))
                return Value();
            if (n > m_data.size() - m_pos)
                return fail("tuple too long"), Value();
            Ref<TupleObject> t = tuple_new(n);
            for (uint32_t i = 0; i < n; ++i) {
                Value item = value(depth + 1);
                if (!item) {
                    // Keep the tuple valid for its destructor: fill the rest with None.
                    for (uint32_t j = i; j < n; ++j)
                        t->items[j] = none_value();
                    return Value();
                }
                t->items[i] = std::move(item);
            }
            return std::move(t).value();
        }
        case TAG_CODE: return code(depth);
        default: fail("unknown tag"); return Value();
        }
    }

    template<class T>
    bool typed(Value v, TypeObject* type, Ref<T>& out)
    {
        if (!v || v.type() != type)
            return fail("field of the wrong type");
        out = Ref<T>::adopt(v.release().as<T>());
        return true;
    }

    Value code(int depth)
    {
        Ref<CodeObject> c = code_new();
        uint32_t fields[9];
        for (uint32_t& f : fields) {
            if (!u32(f))
                return Value();
        }
        c->argcount = int32_t(fields[0]);
        c->posonlyargcount = int32_t(fields[1]);
        c->kwonlyargcount = int32_t(fields[2]);
        c->nlocals = int32_t(fields[3]);
        c->ncells = int32_t(fields[4]);
        c->nfrees = int32_t(fields[5]);
        c->stacksize = int32_t(fields[6]);
        c->firstlineno = int32_t(fields[7]);
        for (int i = 0; i < 7; ++i) {
            if (fields[i] > 1000000)
                return fail("count out of range"), Value();
        }
        uint32_t flags_word;
        (void)flags_word;
        c->flags = fields[8];
        uint32_t words;
        if (!u32(words))
            return Value();
        if (uint64_t(words) * 20 > m_data.size() - m_pos)
            return fail("code too long"), Value();
        c->code.resize(words);
        c->positions.resize(words);
        if constexpr (std::endian::native == std::endian::little) {
            // The words and the positions (four int32 each) are stored as they lie in memory; the
            // length check above covers both arrays.
            static_assert(sizeof(Position) == 16);
            memcpy(c->code.data(), m_data.data() + m_pos, size_t(words) * 4);
            m_pos += size_t(words) * 4;
            memcpy(static_cast<void*>(c->positions.data()), m_data.data() + m_pos, size_t(words) * 16);
            m_pos += size_t(words) * 16;
        } else {
            for (uint32_t i = 0; i < words; ++i) {
                if (!u32(c->code[i]))
                    return Value();
            }
            for (uint32_t i = 0; i < words; ++i) {
                uint32_t p[4];
                for (uint32_t& x : p) {
                    if (!u32(x))
                        return Value();
                }
                c->positions[i] = Position { int32_t(p[0]), int32_t(p[1]), int32_t(p[2]), int32_t(p[3]) };
            }
        }
        uint32_t entries;
        if (!u32(entries))
            return Value();
        if (uint64_t(entries) * 17 > m_data.size() - m_pos)
            return fail("exception table too long"), Value();
        for (uint32_t i = 0; i < entries; ++i) {
            ExceptionTableEntry e;
            uint8_t lasti;
            if (!u32(e.start) || !u32(e.end) || !u32(e.target) || !u32(e.depth) || !u8(lasti))
                return Value();
            e.push_lasti = lasti != 0;
            c->exception_table.push_back(e);
        }
        if (!typed(value(depth + 1), &g_tuple_type, c->consts) || !typed(value(depth + 1), &g_tuple_type, c->names) ||
            !typed(value(depth + 1), &g_tuple_type, c->localsplus_names))
            return Value();
        std::string_view kinds;
        if (!bytes(kinds))
            return Value();
        c->localsplus_kinds.assign(kinds.begin(), kinds.end());
        if (!typed(value(depth + 1), &g_str_type, c->name) || !typed(value(depth + 1), &g_str_type, c->qualname) ||
            !typed(value(depth + 1), &g_str_type, c->filename))
            return Value();
        // Each code object is checked once, as it is read (its nested code objects were read first).
        std::string why;
        if (m_verify == Verify::Yes && !verify_code_shallow(c.get(), why)) {
            reason = why;
            return Value();
        }
        return std::move(c).value();
    }

    bool at_end() const { return m_pos == m_data.size(); }

private:
    std::string_view m_data;
    size_t m_pos = 0;
    Verify m_verify;
};

}  // namespace

std::string marshal_code(CodeObject* code)
{
    Writer writer;
    writer.value(Val(code));
    return std::move(writer.out);
}

Ref<CodeObject> unmarshal_code(std::string_view data, std::string& reason, Verify verify)
{
    Reader reader(data, verify);
    Value v = reader.value(0);
    if (!v || v.type() != &g_code_type) {
        reason = reader.reason.empty() ? "not a code object" : reader.reason;
        return nullptr;
    }
    if (!reader.at_end()) {
        reason = "trailing data";
        return nullptr;
    }
    return Ref<CodeObject>::adopt(v.release().as<CodeObject>());
}

bool verify_code(CodeObject* c, std::string& reason)
{
    if (!verify_code_shallow(c, reason))
        return false;
    for (int64_t i = 0; i < c->consts->size; ++i) {
        Val k = c->consts->item(i);
        if (k.type() == &g_code_type && !verify_code(k.as<CodeObject>(), reason))
            return false;
    }
    return true;
}

namespace {

// verify_code without the code objects among the constants.
bool verify_code_shallow(CodeObject* c, std::string& reason)
{
    auto fail = [&](const char* why) {
        reason = why;
        return false;
    };
    int64_t nlocalsplus = int64_t(c->nlocals) + c->ncells + c->nfrees;
    if (!c->consts || !c->names || !c->localsplus_names || c->localsplus_names->size != nlocalsplus || int64_t(c->localsplus_kinds.size()) != nlocalsplus)
        return fail("inconsistent local counts");
    if (c->argcount + c->kwonlyargcount > c->nlocals || c->posonlyargcount > c->argcount || c->stacksize < 1)
        return fail("inconsistent argument counts");
    for (int64_t i = 0; i < c->names->size; ++i) {
        if (!is_str(c->names->item(i)))
            return fail("a name is not a str");
    }
    for (int64_t i = 0; i < nlocalsplus; ++i) {
        if (!is_str(c->localsplus_names->item(i)))
            return fail("a local name is not a str");
    }
    size_t size = c->code.size();
    if (c->positions.size() != size || size == 0)
        return fail("bad code size");
    std::vector<bool> boundary(size + 1, false);
    for (size_t i = 0; i < size;) {
        boundary[i] = true;
        uint32_t word = c->code[i];
        uint32_t op_number = word & 0xFF;
        if (op_number >= uint32_t(vm::Op::COUNT))
            return fail("unknown opcode");
        vm::Op op = vm::Op(op_number);
        if (vm::op_flags(op) & vm::PSEUDO)
            return fail("pseudo-instruction in code");
        i += 1 + size_t(vm::op_cache_size(op));
        if (i > size)
            return fail("truncated instruction");
    }
    boundary[size] = true;
    for (size_t i = 0; i < size;) {
        vm::Op op = vm::instruction_op(c->code[i]);
        uint32_t arg = vm::instruction_arg(c->code[i]);
        bool ok = true;
        switch (vm::op_operand(op)) {
        case vm::Operand::CONST: ok = arg < c->consts->size; break;
        case vm::Operand::NAME: ok = arg < c->names->size; break;
        case vm::Operand::GLOBAL: ok = (arg >> 1) < c->names->size; break;
        case vm::Operand::LOCAL:
            ok = int64_t(arg) < nlocalsplus;
            if (ok && (op == vm::Op::LOAD_DEREF || op == vm::Op::STORE_DEREF || op == vm::Op::DELETE_DEREF || op == vm::Op::LOAD_CLOSURE || op == vm::Op::LOAD_FROM_DICT_OR_DEREF))
                ok = (c->localsplus_kinds[arg] & (LOCAL_CELL | LOCAL_FREE)) != 0;
            break;
        case vm::Operand::LOCAL_PAIR: ok = int64_t(arg >> 12) < nlocalsplus && int64_t(arg & 0xFFF) < nlocalsplus; break;
        case vm::Operand::JUMP: ok = arg < size && boundary[arg]; break;
        case vm::Operand::BINOP: ok = arg < uint32_t(2 * BINARY_OP_COUNT); break;
        case vm::Operand::CMPOP: ok = arg < 6; break;
        case vm::Operand::COUNT:
            if (op == vm::Op::COPY || op == vm::Op::SWAP)
                ok = arg >= 1 && int64_t(arg) <= c->stacksize;
            else if (op == vm::Op::UNPACK_EX)
                ok = (arg & 0xFF) + (arg >> 8) + 1 <= uint32_t(c->stacksize);
            else if (op == vm::Op::COPY_FREE_VARS)
                ok = int64_t(arg) == c->nfrees;
            else
                ok = int64_t(arg) <= int64_t(c->stacksize) * 2 + 256;
            break;
        default: break;
        }
        if (!ok) {
            reason = std::string("operand out of range: ") + std::string(vm::op_name(op)) + " " + std::to_string(arg) + " at " + std::to_string(i);
            return false;
        }
        i += 1 + size_t(vm::op_cache_size(op));
    }
    for (const ExceptionTableEntry& e : c->exception_table) {
        if (e.start >= e.end || e.end > size || e.target >= size || !boundary[e.target] || int64_t(e.depth) + 2 > c->stacksize)
            return fail("bad exception table entry");
    }
    // The stack bound: every path must stay within stacksize (a flow analysis over the code).
    std::vector<int> depth_at(size, -1);
    std::vector<std::pair<size_t, int>> work = { { 0, 0 } };
    for (const ExceptionTableEntry& e : c->exception_table)
        work.push_back({ e.target, int(e.depth) + 1 + (e.push_lasti ? 1 : 0) });
    while (!work.empty()) {
        auto [pc, depth] = work.back();
        work.pop_back();
        while (pc < size) {
            if (depth_at[pc] >= 0) {
                if (depth_at[pc] != depth)
                    return fail("inconsistent stack depth");
                break;
            }
            depth_at[pc] = depth;
            vm::Op op = vm::instruction_op(c->code[pc]);
            uint32_t arg = vm::instruction_arg(c->code[pc]);
            int flags = vm::op_flags(op);
            // An instruction may not read below the frame's value stack, even if it pushes back.
            if (vm::stack_pops(op, arg) > depth)
                return fail("stack out of bounds");
            if (flags & vm::JUMPS) {
                int jumped = depth + vm::stack_effect(op, arg, true);
                if (jumped < 0 || jumped > c->stacksize)
                    return fail("stack out of bounds");
                work.push_back({ arg, jumped });
            }
            if (flags & vm::NO_FALLTHROUGH)
                break;
            depth += vm::stack_effect(op, arg, false);
            if (depth < 0 || depth > c->stacksize)
                return fail("stack out of bounds");
            pc += 1 + size_t(vm::op_cache_size(op));
        }
    }
    return true;
}

}  // namespace

}  // namespace ginger::compile
