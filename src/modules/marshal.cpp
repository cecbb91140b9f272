// The marshal module: CPython 3.12's serialization format (version 4) for the values it can hold, so that
// data written by either interpreter loads in the other. Code objects are the exception: Ginger's bytecode is
// its own, so a code object is written with the type code 'G' followed by Ginger's code format (the one of
// its .pyc files, src/compile/marshal.cpp), which CPython rejects as an unknown type code, and CPython's code
// objects ('c') are refused here. Every length and reference is checked: bad data is ValueError or EOFError.
#include "compile/marshal.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "import/import.h"

#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace ginger {

namespace {

constexpr int MARSHAL_VERSION = 4;
constexpr int MAX_DEPTH = 2000;  // CPython's MAX_MARSHAL_STACK_DEPTH
constexpr uint8_t FLAG_REF = 0x80;

enum : uint8_t {
    TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S', TYPE_ELLIPSIS = '.',
    TYPE_INT = 'i', TYPE_INT64 = 'I', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g', TYPE_COMPLEX = 'x',
    TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's', TYPE_INTERNED = 't', TYPE_REF = 'r',
    TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{', TYPE_CODE = 'c', TYPE_UNICODE = 'u', TYPE_UNKNOWN = '?',
    TYPE_SET = '<', TYPE_FROZENSET = '>', TYPE_ASCII = 'a', TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')',
    TYPE_SHORT_ASCII = 'z', TYPE_SHORT_ASCII_INTERNED = 'Z', TYPE_GINGER_CODE = 'G',
};

bool is_complex(Val v) { return v.is_object() && v.type()->type_name() == "complex"; }

Result<double> float_attribute(Val v, const char* name)
{
    Value part = TRY(get_attr(v, str_intern(name)));
    return float_value(part.get());
}

// The absolute value of a big int as base-2**15 digits, least significant first (CPython's TYPE_LONG).
Result<std::vector<uint16_t>> long_digits(Val v, bool& negative)
{
    Value text = TRY(call_method(v, str_intern("__format__"), { Val(str_intern("x")) }));
    std::string_view hex = text.as<StrObject>()->view();
    negative = !hex.empty() && hex[0] == '-';
    if (negative)
        hex.remove_prefix(1);
    std::vector<uint16_t> digits;
    uint32_t accumulator = 0;
    int bits = 0;
    for (size_t i = hex.size(); i-- > 0;) {
        char c = hex[i];
        uint32_t nibble = c <= '9' ? uint32_t(c - '0') : uint32_t(c - 'a' + 10);
        accumulator |= nibble << bits;
        bits += 4;
        if (bits >= 15) {
            digits.push_back(uint16_t(accumulator & 0x7FFF));
            accumulator >>= 15;
            bits -= 15;
        }
    }
    if (bits > 0 && accumulator)
        digits.push_back(uint16_t(accumulator));
    while (!digits.empty() && digits.back() == 0)
        digits.pop_back();
    return digits;
}

class Writer {
public:
    explicit Writer(int version)
        : m_version(version)
    {
    }

    std::string out;

    Result<void> dump(Val v)
    {
        if (m_version >= 3)
            TRY(count_references(v, 0));
        return write(v, 0);
    }

private:
    void u8(uint8_t b) { out.push_back(char(b)); }
    void u32(uint32_t n)
    {
        for (int i = 0; i < 4; ++i)
            out.push_back(char(n >> (8 * i)));
    }
    void size(size_t n) { u32(uint32_t(n)); }
    void double_bits(double d)
    {
        uint64_t bits;
        memcpy(&bits, &d, 8);
        for (int i = 0; i < 8; ++i)
            out.push_back(char(bits >> (8 * i)));
    }

    static bool is_shareable(Val v)
    {
        return v.is_object() && !is_none(v) && !v.is(Val(g_true)) && !v.is(Val(g_false)) && !v.is(Val(&g_ellipsis));
    }

    // Version 3 and later write an object met more than once as a reference to its first occurrence: this pass
    // finds them, so only those carry FLAG_REF.
    Result<void> count_references(Val v, int depth)
    {
        if (depth > MAX_DEPTH)
            return raise(&g_exc_ValueError, "object too deeply nested to marshal");
        if (!is_shareable(v))
            return {};
        if (++m_seen[v.object()] > 1)
            return {};
        if (is_tuple(v) || is_list(v)) {
            Ref<TupleObject> items = TRY(sequence_tuple(v));
            for (int64_t i = 0; i < items->size; ++i)
                TRY(count_references(items->item(i), depth + 1));
        } else if (is_dict(v)) {
            int64_t position = 0;
            Val key, value;
            while (dict_next(v.as<DictObject>(), position, key, value)) {
                TRY(count_references(key, depth + 1));
                TRY(count_references(value, depth + 1));
            }
        } else if (is_set_like(v)) {
            int64_t position = 0;
            Val key;
            while (set_next(v.as<SetObject>(), position, key))
                TRY(count_references(key, depth + 1));
        }
        return {};
    }

    // Writes the type code, with FLAG_REF and a reference number for shared objects; true if v was written
    // already (as a TYPE_REF).
    bool type_code(Val v, uint8_t code)
    {
        if (m_version >= 3 && is_shareable(v) && m_seen[v.object()] > 1) {
            auto it = m_refs.find(v.object());
            if (it != m_refs.end()) {
                u8(TYPE_REF);
                u32(it->second);
                return true;
            }
            m_refs.emplace(v.object(), uint32_t(m_refs.size()));
            u8(code | FLAG_REF);
            return false;
        }
        u8(code);
        return false;
    }

    Result<void> write(Val v, int depth)
    {
        if (depth > MAX_DEPTH)
            return raise(&g_exc_ValueError, "object too deeply nested to marshal");
        if (is_none(v)) {
            u8(TYPE_NONE);
        } else if (v.is(Val(g_true))) {
            u8(TYPE_TRUE);
        } else if (v.is(Val(g_false))) {
            u8(TYPE_FALSE);
        } else if (v.is(Val(&g_ellipsis))) {
            u8(TYPE_ELLIPSIS);
        } else if (v.is(Val(&g_exc_StopIteration))) {
            u8(TYPE_STOPITER);
        } else if (v.is_small_int() || v.type() == &g_int_type) {
            int64_t n;
            if (int_to_int64(v, n) && n >= INT32_MIN && n <= INT32_MAX) {
                if (type_code(v, TYPE_INT))
                    return {};
                u32(uint32_t(int32_t(n)));
            } else {
                if (type_code(v, TYPE_LONG))
                    return {};
                bool negative;
                std::vector<uint16_t> digits = TRY(long_digits(v, negative));
                u32(uint32_t(negative ? -int32_t(digits.size()) : int32_t(digits.size())));
                for (uint16_t d : digits) {
                    u8(uint8_t(d));
                    u8(uint8_t(d >> 8));
                }
            }
        } else if (is_float_exact(v)) {
            if (type_code(v, TYPE_BINARY_FLOAT))
                return {};
            double_bits(float_value(v));
        } else if (is_complex(v) && v.type()->type_name() == "complex" && !v.type()->has_flag(TYPE_HEAP)) {
            if (type_code(v, TYPE_BINARY_COMPLEX))
                return {};
            double_bits(TRY(float_attribute(v, "real")));
            double_bits(TRY(float_attribute(v, "imag")));
        } else if (is_str_exact(v)) {
            auto* s = v.as<StrObject>();
            bool interned = m_version >= 1 && s->interned;
            if (s->ascii) {
                std::string_view text = s->view();
                bool short_form = text.size() < 256;
                uint8_t code = short_form ? (interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) : (interned ? TYPE_ASCII_INTERNED : TYPE_ASCII);
                if (type_code(v, code))
                    return {};
                if (short_form)
                    u8(uint8_t(text.size()));
                else
                    size(text.size());
                out.append(text);
            } else {
                if (type_code(v, interned ? TYPE_INTERNED : TYPE_UNICODE))
                    return {};
                std::string_view utf8 = s->view();  // WTF-8: lone surrogates as surrogatepass writes them
                size(utf8.size());
                out.append(utf8);
            }
        } else if (is_bytes(v) && v.type() == &g_bytes_type) {
            if (type_code(v, TYPE_STRING))
                return {};
            std::string_view data = v.as<BytesObject>()->view();
            size(data.size());
            out.append(data);
        } else if (is_tuple_exact(v)) {
            auto* t = v.as<TupleObject>();
            bool small = m_version >= 4 && t->size < 256;
            if (type_code(v, small ? TYPE_SMALL_TUPLE : TYPE_TUPLE))
                return {};
            if (small)
                u8(uint8_t(t->size));
            else
                size(size_t(t->size));
            for (int64_t i = 0; i < t->size; ++i)
                TRY(write(t->item(i), depth + 1));
        } else if (is_list_exact(v)) {
            if (type_code(v, TYPE_LIST))
                return {};
            Ref<TupleObject> items = TRY(sequence_tuple(v));
            size(size_t(items->size));
            for (int64_t i = 0; i < items->size; ++i)
                TRY(write(items->item(i), depth + 1));
        } else if (is_dict_exact(v)) {
            if (type_code(v, TYPE_DICT))
                return {};
            int64_t position = 0;
            Val key, value;
            while (dict_next(v.as<DictObject>(), position, key, value)) {
                TRY(write(key, depth + 1));
                TRY(write(value, depth + 1));
            }
            u8(TYPE_NULL);
        } else if (v.type() == &g_set_type || v.type() == &g_frozenset_type) {
            if (type_code(v, v.type() == &g_set_type ? TYPE_SET : TYPE_FROZENSET))
                return {};
            auto* set = v.as<SetObject>();
            size(size_t(set->used));
            int64_t position = 0;
            Val key;
            while (set_next(set, position, key))
                TRY(write(key, depth + 1));
        } else if (v.type() == &g_code_type) {
            if (type_code(v, TYPE_GINGER_CODE))
                return {};
            std::string code = compile::marshal_code(v.as<CodeObject>());
            size(code.size());
            out.append(code);
        } else if (supports_buffer(v)) {  // bytearray, memoryview, array...: written as bytes, as CPython does
            Buffer buffer;
            TRY(get_contiguous_buffer(v, buffer));
            if (type_code(v, TYPE_STRING))
                return {};
            size(size_t(buffer.info.length));
            out.append(buffer.bytes());
        } else {
            return raise(&g_exc_ValueError, "unmarshallable object");
        }
        return {};
    }

    int m_version;
    std::unordered_map<Object*, int> m_seen;
    std::unordered_map<Object*, uint32_t> m_refs;
};

class Reader {
public:
    explicit Reader(std::string_view data)
        : m_data(data)
    {
    }

    size_t position() const { return m_position; }

    Result<Value> read(int depth = 0)
    {
        if (depth > MAX_DEPTH)
            return raise(&g_exc_ValueError, "recursion limit exceeded");
        if (m_position >= m_data.size())
            return raise(&g_exc_EOFError, "EOF read where object expected");
        uint8_t code = TRY(u8());
        bool flag = code & FLAG_REF;
        code &= uint8_t(~FLAG_REF);
        // A flagged object takes its reference number before its contents are read (they may refer to it).
        size_t slot = 0;
        if (flag) {
            slot = m_refs.size();
            m_refs.emplace_back();
        }
        Value v = TRY(read_body(code, depth));
        if (flag)
            m_refs[slot] = v;
        return v;
    }

private:
    Error eof() { return raise(&g_exc_EOFError, "marshal data too short"); }
    Error bad(const char* what = "bad marshal data") { return raise(&g_exc_ValueError, what); }

    Result<uint8_t> u8()
    {
        if (m_position >= m_data.size())
            return eof();
        return uint8_t(m_data[m_position++]);
    }
    Result<uint32_t> u32()
    {
        if (m_data.size() - m_position < 4)
            return eof();
        uint32_t n = 0;
        for (int i = 0; i < 4; ++i)
            n |= uint32_t(uint8_t(m_data[m_position + size_t(i)])) << (8 * i);
        m_position += 4;
        return n;
    }
    Result<std::string_view> take(size_t n)
    {
        if (m_data.size() - m_position < n)
            return eof();
        std::string_view s = m_data.substr(m_position, n);
        m_position += n;
        return s;
    }
    Result<size_t> length(const char* what)
    {
        int32_t n = int32_t(TRY(u32()));
        if (n < 0)
            return raise(&g_exc_ValueError, "bad marshal data ({} size out of range)", what);
        return size_t(n);
    }
    Result<double> binary_double()
    {
        std::string_view raw = TRY(take(8));
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= uint64_t(uint8_t(raw[size_t(i)])) << (8 * i);
        double d;
        memcpy(&d, &bits, 8);
        return d;
    }
    Result<double> text_double()
    {
        uint8_t n = TRY(u8());
        std::string_view text = TRY(take(n));
        Value f = TRY(float_from_string(text));
        return float_value(f.get());
    }
    Result<Value> make_complex(double real, double imag)
    {
        Value complex_type = TRY(get_attr(import_lookup_builtins(), str_intern("complex")));
        return call(complex_type.get(), { float_from_double(real).get(), float_from_double(imag).get() });
    }

    Result<Value> read_body(uint8_t code, int depth)
    {
        switch (code) {
        case TYPE_NULL: return bad("NULL object in marshal data for object");
        case TYPE_NONE: return none_value();
        case TYPE_TRUE: return bool_value(true);
        case TYPE_FALSE: return bool_value(false);
        case TYPE_ELLIPSIS: return Value::borrow(Val(&g_ellipsis));
        case TYPE_STOPITER: return Value::borrow(Val(&g_exc_StopIteration));
        case TYPE_INT: return int_from_int64(int32_t(TRY(u32())));
        case TYPE_INT64: {
            uint64_t low = TRY(u32()), high = TRY(u32());
            return int_from_int64(int64_t(low | (high << 32)));
        }
        case TYPE_LONG: {
            int32_t n = int32_t(TRY(u32()));
            if (n == INT32_MIN)
                return bad("bad marshal data (long size out of range)");
            size_t count = size_t(n < 0 ? -n : n);
            if (count > m_data.size())
                return eof();
            std::string bits;  // the value in hex, built from 15-bit digits
            std::vector<uint16_t> digits(count);
            for (size_t i = 0; i < count; ++i) {
                uint16_t lo = TRY(u8()), hi = TRY(u8());
                digits[i] = uint16_t(lo | (hi << 8));
                if (digits[i] > 0x7FFF)
                    return bad("bad marshal data (digit out of range in long)");
            }
            if (count && digits.back() == 0)
                return bad("bad marshal data (unnormalized long data)");
            std::string hex;
            uint32_t accumulator = 0;
            int filled = 0;
            for (uint16_t d : digits) {
                accumulator |= uint32_t(d) << filled;
                filled += 15;
                while (filled >= 4) {
                    hex.push_back("0123456789abcdef"[accumulator & 15]);
                    accumulator >>= 4;
                    filled -= 4;
                }
            }
            if (filled > 0)
                hex.push_back("0123456789abcdef"[accumulator & 15]);
            std::string text(hex.rbegin(), hex.rend());
            if (text.empty())
                text = "0";
            Value value = TRY(int_from_string(text, 16));
            if (n < 0)
                return unary_negative(value.get());
            return value;
        }
        case TYPE_FLOAT: return float_from_double(TRY(text_double()));
        case TYPE_BINARY_FLOAT: return float_from_double(TRY(binary_double()));
        case TYPE_COMPLEX: {
            double real = TRY(text_double());
            double imag = TRY(text_double());
            return make_complex(real, imag);
        }
        case TYPE_BINARY_COMPLEX: {
            double real = TRY(binary_double());
            double imag = TRY(binary_double());
            return make_complex(real, imag);
        }
        case TYPE_STRING: return Value(bytes_from(TRY(take(TRY(length("bytes object"))))));
        case TYPE_UNICODE:
        case TYPE_INTERNED: {
            std::string_view text = TRY(take(TRY(length("string"))));
            Value s = TRY(decode_bytes(text, "utf-8", "surrogatepass"));
            if (code == TYPE_INTERNED)
                return Value(str_intern(s.as<StrObject>()->view()));
            return s;
        }
        case TYPE_ASCII:
        case TYPE_ASCII_INTERNED:
        case TYPE_SHORT_ASCII:
        case TYPE_SHORT_ASCII_INTERNED: {
            bool short_form = code == TYPE_SHORT_ASCII || code == TYPE_SHORT_ASCII_INTERNED;
            size_t n = short_form ? TRY(u8()) : TRY(length("string"));
            std::string_view text = TRY(take(n));
            Value s = TRY(decode_bytes(text, "latin-1", "strict"));
            if (code == TYPE_ASCII_INTERNED || code == TYPE_SHORT_ASCII_INTERNED)
                return Value(str_intern(s.as<StrObject>()->view()));
            return s;
        }
        case TYPE_TUPLE:
        case TYPE_SMALL_TUPLE: {
            size_t n = code == TYPE_SMALL_TUPLE ? TRY(u8()) : TRY(length("tuple"));
            if (n > m_data.size() - m_position)
                return eof();
            Ref<TupleObject> tuple = tuple_new(int64_t(n));
            for (size_t i = 0; i < n; ++i)
                tuple->items[i] = TRY(read(depth + 1));
            return Value(std::move(tuple));
        }
        case TYPE_LIST: {
            size_t n = TRY(length("list"));
            if (n > m_data.size() - m_position)
                return eof();
            Ref<ListObject> list = list_new(int64_t(n));
            for (size_t i = 0; i < n; ++i)
                list_append(list.get(), TRY(read(depth + 1)));
            return Value(std::move(list));
        }
        case TYPE_DICT: {
            Ref<DictObject> dict = dict_new();
            while (true) {
                if (m_position < m_data.size() && uint8_t(m_data[m_position]) == TYPE_NULL) {
                    ++m_position;
                    break;
                }
                Value key = TRY(read(depth + 1));
                Value value = TRY(read(depth + 1));
                TRY(dict_set(dict.get(), key.get(), value.get()));
            }
            return Value(std::move(dict));
        }
        case TYPE_SET:
        case TYPE_FROZENSET: {
            size_t n = TRY(length("set"));
            if (n > m_data.size() - m_position)
                return eof();
            Ref<SetObject> set = set_new(code == TYPE_SET ? &g_set_type : &g_frozenset_type);
            for (size_t i = 0; i < n; ++i) {
                Value item = TRY(read(depth + 1));
                TRY(set_add(set.get(), item.get()));
            }
            return Value(std::move(set));
        }
        case TYPE_REF: {
            uint32_t index = TRY(u32());
            if (index >= m_refs.size() || !m_refs[index])
                return bad("bad marshal data (invalid reference)");
            return Value::borrow(m_refs[index].get());
        }
        case TYPE_GINGER_CODE: {
            std::string_view data = TRY(take(TRY(length("code"))));
            std::string why;
            Ref<CodeObject> code_object = compile::unmarshal_code(data, why);
            if (!code_object)
                return raise(&g_exc_ValueError, "bad marshal data (code object: {})", why);
            return Value(std::move(code_object));
        }
        case TYPE_CODE: return bad("bad marshal data (a CPython code object: Ginger's bytecode is its own)");
        default: return bad("bad marshal data (unknown type code)");
        }
    }

    std::string_view m_data;
    size_t m_position = 0;
    std::vector<Value> m_refs;
};

Result<int> version_argument(Val v)
{
    if (!v)
        return MARSHAL_VERSION;
    int64_t n = TRY(int_as_int64(TRY(number_index(v)).get()));
    return int(n);
}

Result<std::string_view> buffer_argument(const char* function, Val v)
{
    std::string_view view;
    if (bytes_like_view(v, view))
        return view;
    return raise(&g_exc_TypeError, "{}() argument must be bytes-like object, not {}", function, v.type()->type_name());
}

Result<Value> marshal_dumps(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("dumps", args + 1, nargs - 1, kwnames, { "value", "version", "allow_code" }, 1, out, 2));
    Writer writer(TRY(version_argument(out[1])));
    TRY(writer.dump(out[0]));
    return Value(bytes_from(writer.out));
}

Result<Value> marshal_loads(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("loads", args + 1, nargs - 1, kwnames, { "bytes", "allow_code" }, 1, out, 1));
    std::string_view data = TRY(buffer_argument("loads", out[0]));
    Reader reader(data);
    return reader.read();
}

Result<Value> marshal_dump(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("dump", args + 1, nargs - 1, kwnames, { "value", "file", "version", "allow_code" }, 2, out, 3));
    Writer writer(TRY(version_argument(out[2])));
    TRY(writer.dump(out[0]));
    Ref<BytesObject> data = bytes_from(writer.out);
    TRY(call_method(out[1], str_intern("write"), { Val(data.get()) }));
    return none_value();
}

// load(file): reads everything the file has left, unmarshals one value and seeks back to just after it
// when the file can seek (CPython reads exactly the bytes it needs; the result is the same).
Result<Value> marshal_load(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("load", args + 1, nargs - 1, kwnames, { "file", "allow_code" }, 1, out, 1));
    Value data = TRY(call_method(out[0], str_intern("read"), {}));
    std::string_view view = TRY(buffer_argument("load", data.get()));
    if (view.empty())
        return raise(&g_exc_EOFError, "EOF read where object expected");
    Reader reader(view);
    Value result = TRY(reader.read());
    size_t unread = view.size() - reader.position();
    if (unread) {
        Value seek = TRY(get_attr_maybe(out[0], str_intern("seek")));
        if (seek)
            TRY(call(seek.get(), { int_from_int64(-int64_t(unread)).get(), Val::small_int(1) }));
    }
    return result;
}

const MethodDef s_functions[] = {
    { "dumps", marshal_dumps, METHOD_INSTANCE, "Return the bytes object that would be written to a file by dump(value, file)." },
    { "loads", marshal_loads, METHOD_INSTANCE, "Convert the bytes-like object to a value." },
    { "dump", marshal_dump, METHOD_INSTANCE, "Write the value on the open file." },
    { "load", marshal_load, METHOD_INSTANCE, "Read one value from the open file and return it." },
    {},
};

}  // namespace

Ref<ModuleObject> marshal_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("marshal"));
    module_add_functions(module.get(), s_functions);
    module_set(module.get(), "version", Val::small_int(MARSHAL_VERSION));
    return module;
}

}  // namespace ginger
