// The _json accelerator of lib/json: scanstring (decoding a JSON string literal) and the two string
// escapers, encode_basestring_ascii and encode_basestring. These are where pure-Python json spends most
// of its time. CPython's _json also has make_scanner and make_encoder; Ginger's json uses its Python ones.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <string>

namespace ginger {

namespace {

// Raises json.decoder.JSONDecodeError(message, document, position), as CPython's _json does.
Error raise_decode_error(const char* message, Val document, int64_t position)
{
    auto module = import_module("json.decoder");
    if (module.is_error())
        return Error {};
    auto error_type = get_attr(module.value(), str_intern("JSONDecodeError"));
    if (error_type.is_error())
        return Error {};
    Value message_value(str_from_ascii(message));
    Value position_value = int_from_int64(position);
    auto error = call(error_type.value(), { Val(message_value), document, Val(position_value) });
    if (error.is_error())
        return Error {};
    return raise_value(error.value());
}

// The escape of '"', '\\' and the control characters that have a short form; null for the others.
const char* short_escape(uint32_t c)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return nullptr;
    }
}

const char HEX[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t c)
{
    out += "\\u";
    out += HEX[(c >> 12) & 0xf];
    out += HEX[(c >> 8) & 0xf];
    out += HEX[(c >> 4) & 0xf];
    out += HEX[c & 0xf];
}

Result<StrObject*> string_argument(Val v)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "first argument must be a string, not {}", v.type()->type_name());
    return v.as<StrObject>();
}

// encode_basestring_ascii(s): the JSON literal of s in ASCII; other characters as \uXXXX (surrogate
// pairs above U+FFFF), DEL included, as CPython does.
Result<Value> json_encode_basestring_ascii(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("encode_basestring_ascii", nargs, kwnames, 1, 1));
    StrObject* s = TRY(string_argument(args[0]));
    std::string out;
    out.reserve(size_t(s->length) + 2);
    out += '"';
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
            out += char(c);
        } else if (const char* escape = short_escape(c)) {
            out += escape;
        } else if (c < 0x10000) {
            append_u_escape(out, c);
        } else {
            c -= 0x10000;
            append_u_escape(out, 0xd800 | (c >> 10));
            append_u_escape(out, 0xdc00 | (c & 0x3ff));
        }
    }
    out += '"';
    return Value(str_from_ascii(out));
}

// encode_basestring(s): the JSON literal of s, escaping only '"', '\\' and the control characters.
Result<Value> json_encode_basestring(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("encode_basestring", nargs, kwnames, 1, 1));
    StrObject* s = TRY(string_argument(args[0]));
    std::u32string out;
    out.reserve(size_t(s->length) + 2);
    out += U'"';
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c >= ' ' && c != '"' && c != '\\') {
            out += char32_t(c);
        } else if (const char* escape = short_escape(c)) {
            for (; *escape; ++escape)
                out += char32_t(*escape);
        } else {
            out += U"\\u00";
            out += char32_t(HEX[(c >> 4) & 0xf]);
            out += char32_t(HEX[c & 0xf]);
        }
    }
    out += U'"';
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), out.size()));
}

int hex_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

// scanstring(string, end, strict=True) -> (str, end): decodes the JSON string whose opening quote is at
// end - 1. Messages and error positions are those of CPython's C scanner.
Result<Value> json_scanstring(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_args("scanstring", args, nargs, kwnames, { "string", "end", "strict" }, 2, bound, 3));
    StrObject* s = TRY(string_argument(bound[0]));
    if (!is_int(bound[1]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer",
                     bound[1].type()->type_name());
    int64_t end = TRY(int_as_int64(bound[1]));
    bool strict = bound[2] ? TRY(is_truthy(bound[2])) : true;
    int64_t length = s->length;
    if (end < 0 || end > length)
        return raise(&g_exc_ValueError, "end is out of bounds");
    int64_t begin = end - 1;
    std::u32string out;
    bool copied = false;  // out holds the decoded text so far (only needed once there is an escape)
    while (true) {
        int64_t next = end;
        uint32_t c = 0;
        for (; next < length; ++next) {
            c = s->at(next);
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1f && strict)
                return raise_decode_error("Invalid control character at", bound[0], next);
        }
        if (next == length || (c != '"' && c != '\\'))
            return raise_decode_error("Unterminated string starting at", bound[0], begin);
        if (c == '"' && !copied) {
            // No escape at all: the literal is a slice of the document.
            Value text(str_substring(s, end, next));
            Value position = int_from_int64(next + 1);
            Val items[2] = { Val(text), Val(position) };
            return Value(tuple_from(items, 2));
        }
        for (int64_t i = end; i < next; ++i)
            out += char32_t(s->at(i));
        copied = true;
        ++next;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == length)
            return raise_decode_error("Unterminated string starting at", bound[0], begin);
        c = s->at(next);
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': case '\\': case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: return raise_decode_error("Invalid \\escape", bound[0], end - 2);
            }
        } else {
            ++next;
            end = next + 4;
            if (end >= length)
                return raise_decode_error("Invalid \\uXXXX escape", bound[0], next - 1);
            c = 0;
            for (; next < end; ++next) {
                int digit = hex_value(s->at(next));
                if (digit < 0)
                    return raise_decode_error("Invalid \\uXXXX escape", bound[0], end - 5);
                c = (c << 4) | uint32_t(digit);
            }
            // A high surrogate followed by an escaped low surrogate makes one character.
            if (c >= 0xd800 && c <= 0xdbff && end + 6 < length && s->at(next) == '\\' && s->at(next + 1) == 'u') {
                next += 2;
                end += 6;
                uint32_t low = 0;
                for (; next < end; ++next) {
                    int digit = hex_value(s->at(next));
                    if (digit < 0)
                        return raise_decode_error("Invalid \\uXXXX escape", bound[0], end - 5);
                    low = (low << 4) | uint32_t(digit);
                }
                if (low >= 0xdc00 && low <= 0xdfff)
                    c = 0x10000 + (((c - 0xd800) << 10) | (low - 0xdc00));
                else
                    end -= 6;
            }
        }
        out += char32_t(c);
    }
    Value text(str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), out.size()));
    Value position = int_from_int64(end);
    Val items[2] = { Val(text), Val(position) };
    return Value(tuple_from(items, 2));
}

#define FUNCTION(name, doc) { #name, json_##name, METHOD_STATIC, doc }

const MethodDef s_json_functions[] = {
    FUNCTION(encode_basestring_ascii, "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"),
    FUNCTION(encode_basestring, "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"),
    FUNCTION(scanstring, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote."),
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> json_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_json"));
    module_set(module.get(), "__doc__", Val(str_from_utf8("json speedups\n").get()));
    module_add_functions(module.get(), s_json_functions);
    return module;
}

}  // namespace ginger
