// The _json accelerator of lib/json: make_scanner (the decoder's scanner), scanstring (decoding a JSON
// string literal) and the string escapers encode_basestring_ascii and encode_basestring.
// Also make_encoder, the one-shot encoder of JSONEncoder.encode() without indentation.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"

#include <cmath>
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

// Appends the JSON literal of s in ASCII: other characters as \uXXXX (surrogate pairs above U+FFFF), DEL
// included, as CPython does.
void append_ascii_literal(std::string& out, StrObject* s)
{
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
}

// Appends the JSON literal of s, escaping only '"', '\\' and the control characters.
void append_unicode_literal(std::u32string& out, StrObject* s)
{
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
}

Result<Value> json_encode_basestring_ascii(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("encode_basestring_ascii", nargs, kwnames, 1, 1));
    StrObject* s = TRY(string_argument(args[0]));
    std::string out;
    out.reserve(size_t(s->length) + 2);
    append_ascii_literal(out, s);
    return Value(str_from_ascii(out));
}

Result<Value> json_encode_basestring(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("encode_basestring", nargs, kwnames, 1, 1));
    StrObject* s = TRY(string_argument(args[0]));
    std::u32string out;
    out.reserve(size_t(s->length) + 2);
    append_unicode_literal(out, s);
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

// Decodes the JSON string whose opening quote is at end - 1 and sets `next` to the index after its
// closing quote. Messages and error positions are those of CPython's C scanner.
Result<Value> scan_string(StrObject* s, Val document, int64_t end, bool strict, int64_t& next_end)
{
    int64_t length = s->length;
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
                return raise_decode_error("Invalid control character at", document, next);
        }
        if (next == length || (c != '"' && c != '\\'))
            return raise_decode_error("Unterminated string starting at", document, begin);
        if (c == '"' && !copied) {
            // No escape at all: the literal is a slice of the document.
            next_end = next + 1;
            return Value(str_substring(s, end, next));
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
            return raise_decode_error("Unterminated string starting at", document, begin);
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
            default: return raise_decode_error("Invalid \\escape", document, end - 2);
            }
        } else {
            ++next;
            end = next + 4;
            if (end >= length)
                return raise_decode_error("Invalid \\uXXXX escape", document, next - 1);
            c = 0;
            for (; next < end; ++next) {
                int digit = hex_value(s->at(next));
                if (digit < 0)
                    return raise_decode_error("Invalid \\uXXXX escape", document, end - 5);
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
                        return raise_decode_error("Invalid \\uXXXX escape", document, end - 5);
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
    next_end = end;
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), out.size()));
}

Value pair(Value first, int64_t second)
{
    Value position = int_from_int64(second);
    Val items[2] = { Val(first), Val(position) };
    return Value(tuple_from(items, 2));
}

Result<int64_t> index_argument(Val v)
{
    if (!is_int(v))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
    return int_as_int64(v);
}

// scanstring(string, end, strict=True) -> (str, end)
Result<Value> json_scanstring(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_args("scanstring", args, nargs, kwnames, { "string", "end", "strict" }, 2, bound, 3));
    // CPython's order: the index is converted (OverflowError) before the string is checked.
    int64_t end = TRY(index_argument(bound[1]));
    StrObject* s = TRY(string_argument(bound[0]));
    bool strict = bound[2] ? TRY(is_truthy(bound[2])) : true;
    if (end < 0 || end > s->length)
        return raise(&g_exc_ValueError, "end is out of bounds");
    int64_t next = 0;
    Value text = TRY(scan_string(s, bound[0], end, strict, next));
    return pair(std::move(text), next);
}

bool is_json_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One scan of a document (CPython's scan_once_unicode and its helpers): the hooks of the decoder, and the
// memo that makes equal object keys one str.
struct Scan {
    StrObject* s;
    Val document;
    bool strict;
    Val object_hook, pairs_hook, parse_float, parse_int, parse_constant;
    Ref<DictObject> memo;

    int64_t skip_space(int64_t idx) const
    {
        while (idx < s->length && is_json_space(s->at(idx)))
            ++idx;
        return idx;
    }

    Result<Value> value(int64_t idx, int64_t& next);
    Result<Value> object(int64_t idx, int64_t& next);
    Result<Value> array(int64_t idx, int64_t& next);
    Result<Value> number(int64_t start, int64_t& next);
    bool matches(int64_t idx, const char* word) const
    {
        for (int64_t i = 0; word[i]; ++i) {
            if (idx + i >= s->length || s->at(idx + i) != uint32_t(word[i]))
                return false;
        }
        return true;
    }
};

// Bounds the C++ recursion of nested arrays and objects (CPython raises RecursionError there too).
struct DepthGuard {
    DepthGuard() { ++g_thread->native_depth; }
    ~DepthGuard() { --g_thread->native_depth; }
    bool too_deep() const { return g_thread->native_depth > NATIVE_DEPTH_LIMIT; }
};

Result<Value> Scan::value(int64_t idx, int64_t& next)
{
    if (idx < 0)
        return raise(&g_exc_ValueError, "idx cannot be negative");
    if (idx >= s->length)
        return raise_stop_iteration(Val(int_from_int64(idx)));
    uint32_t c = s->at(idx);
    switch (c) {
    case '"':
        return scan_string(s, document, idx + 1, strict, next);
    case '{': {
        DepthGuard guard;
        if (guard.too_deep())
            return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
        return object(idx + 1, next);
    }
    case '[': {
        DepthGuard guard;
        if (guard.too_deep())
            return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
        return array(idx + 1, next);
    }
    case 'n':
        if (matches(idx, "null")) {
            next = idx + 4;
            return none_value();
        }
        break;
    case 't':
        if (matches(idx, "true")) {
            next = idx + 4;
            return bool_value(true);
        }
        break;
    case 'f':
        if (matches(idx, "false")) {
            next = idx + 5;
            return bool_value(false);
        }
        break;
    case 'N':
        if (matches(idx, "NaN")) {
            next = idx + 3;
            return call(parse_constant, { Val(str_intern("NaN")) });
        }
        break;
    case 'I':
        if (matches(idx, "Infinity")) {
            next = idx + 8;
            return call(parse_constant, { Val(str_intern("Infinity")) });
        }
        break;
    case '-':
        if (matches(idx, "-Infinity")) {
            next = idx + 9;
            return call(parse_constant, { Val(str_intern("-Infinity")) });
        }
        break;
    default:
        break;
    }
    return number(idx, next);
}

Result<Value> Scan::object(int64_t idx, int64_t& next)
{
    Ref<DictObject> dict;
    Ref<ListObject> pairs;
    if (is_none(pairs_hook))
        dict = dict_new();
    else
        pairs = list_new();
    idx = skip_space(idx);
    if (idx >= s->length || s->at(idx) != '}') {
        while (true) {
            if (idx >= s->length || s->at(idx) != '"')
                return raise_decode_error("Expecting property name enclosed in double quotes", document, idx);
            int64_t after = 0;
            Value key = TRY(scan_string(s, document, idx + 1, strict, after));
            Val known = dict_get_str(memo.get(), key.as<StrObject>());
            if (known)
                key = Value::borrow(known);
            else
                TRY(dict_set(memo.get(), key, key));
            idx = skip_space(after);
            if (idx >= s->length || s->at(idx) != ':')
                return raise_decode_error("Expecting ':' delimiter", document, idx);
            idx = skip_space(idx + 1);
            Value item = TRY(value(idx, after));
            if (dict) {
                TRY(dict_set(dict.get(), key, item));
            } else {
                Val items[2] = { Val(key), Val(item) };
                list_append(pairs.get(), Value(tuple_from(items, 2)));
            }
            idx = skip_space(after);
            if (idx < s->length && s->at(idx) == '}')
                break;
            if (idx >= s->length || s->at(idx) != ',')
                return raise_decode_error("Expecting ',' delimiter", document, idx);
            idx = skip_space(idx + 1);
        }
    }
    next = idx + 1;
    if (pairs)
        return call(pairs_hook, { Val(pairs.get()) });
    if (!is_none(object_hook))
        return call(object_hook, { Val(dict.get()) });
    return Value(std::move(dict));
}

Result<Value> Scan::array(int64_t idx, int64_t& next)
{
    Ref<ListObject> list = list_new();
    idx = skip_space(idx);
    if (idx >= s->length || s->at(idx) != ']') {
        while (true) {
            int64_t after = 0;
            Value item = TRY(value(idx, after));
            list_append(list.get(), std::move(item));
            idx = skip_space(after);
            if (idx < s->length && s->at(idx) == ']')
                break;
            if (idx >= s->length || s->at(idx) != ',')
                return raise_decode_error("Expecting ',' delimiter", document, idx);
            idx = skip_space(idx + 1);
        }
    }
    next = idx + 1;
    return Value(std::move(list));
}

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, else StopIteration(start).
Result<Value> Scan::number(int64_t start, int64_t& next)
{
    int64_t length = s->length;
    int64_t idx = start;
    if (s->at(idx) == '-') {
        ++idx;
        if (idx >= length)
            return raise_stop_iteration(Val(int_from_int64(start)));
    }
    uint32_t c = s->at(idx);
    if (c >= '1' && c <= '9') {
        ++idx;
        while (idx < length && is_digit(s->at(idx)))
            ++idx;
    } else if (c == '0') {
        ++idx;
    } else {
        return raise_stop_iteration(Val(int_from_int64(start)));
    }
    bool is_float = false;
    if (idx + 1 < length && s->at(idx) == '.' && is_digit(s->at(idx + 1))) {
        is_float = true;
        idx += 2;
        while (idx < length && is_digit(s->at(idx)))
            ++idx;
    }
    if (idx + 1 < length && (s->at(idx) == 'e' || s->at(idx) == 'E')) {
        int64_t exponent_start = idx;
        ++idx;
        if (idx + 1 < length && (s->at(idx) == '-' || s->at(idx) == '+'))
            ++idx;
        while (idx < length && is_digit(s->at(idx)))
            ++idx;
        if (is_digit(s->at(idx - 1)))
            is_float = true;
        else
            idx = exponent_start;
    }
    next = idx;
    std::string text;
    text.reserve(size_t(idx - start));
    for (int64_t i = start; i < idx; ++i)
        text += char(s->at(i));
    if (is_float) {
        if (parse_float.bits() != reinterpret_cast<uintptr_t>(&g_float_type))
            return call(parse_float, { Val(str_from_ascii(text)) });
        return float_from_string(text);
    }
    if (parse_int.bits() != reinterpret_cast<uintptr_t>(&g_int_type))
        return call(parse_int, { Val(str_from_ascii(text)) });
    return int_from_string(text, 10);
}

// The scanner's state, kept in the tuple that is its __self__: strict, object_hook, object_pairs_hook,
// parse_float, parse_int, parse_constant.
enum { STATE_STRICT, STATE_OBJECT_HOOK, STATE_PAIRS_HOOK, STATE_PARSE_FLOAT, STATE_PARSE_INT, STATE_PARSE_CONSTANT, STATE_SIZE };

// scanner(string, idx) -> (value, end); StopIteration(idx) where no value starts.
Result<Value> json_scan_once(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("scan_once", args + 1, nargs - 1, kwnames, { "string", "idx" }, 2, bound));
    auto* state = args[0].as<TupleObject>();
    if (!is_str(bound[0]))
        return raise(&g_exc_TypeError, "first argument must be a string, not {}", bound[0].type()->type_name());
    int64_t idx = TRY(index_argument(bound[1]));
    Scan scan { bound[0].as<StrObject>(), bound[0], is_true(state->item(STATE_STRICT)),
                state->item(STATE_OBJECT_HOOK), state->item(STATE_PAIRS_HOOK), state->item(STATE_PARSE_FLOAT),
                state->item(STATE_PARSE_INT), state->item(STATE_PARSE_CONSTANT), dict_new() };
    int64_t next = 0;
    Value result = TRY(scan.value(idx, next));
    return pair(std::move(result), next);
}

const MethodDef s_scan_once_def = { "scan_once", json_scan_once, METHOD_INSTANCE, nullptr };

// make_scanner(context): the scanner of a JSONDecoder, reading its strict, object_hook, object_pairs_hook,
// parse_float, parse_int and parse_constant attributes.
Result<Value> json_make_scanner(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("make_scanner", nargs, kwnames, 1, 1));
    Val context = args[0];
    Value strict = TRY(get_attr(context, str_intern("strict")));
    bool strict_flag = TRY(is_truthy(strict));
    Value values[STATE_SIZE];
    values[STATE_STRICT] = bool_value(strict_flag);
    const char* names[] = { nullptr, "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant" };
    for (int i = STATE_OBJECT_HOOK; i < STATE_SIZE; ++i)
        values[i] = TRY(get_attr(context, str_intern(names[i])));
    Val items[STATE_SIZE];
    for (int i = 0; i < STATE_SIZE; ++i)
        items[i] = values[i];
    Value state(tuple_from(items, STATE_SIZE));
    return builtin_function_new(&s_scan_once_def, state, Val());
}


// The encoder's state, kept in the tuple that is its __self__.
enum { ENC_MARKERS, ENC_DEFAULT, ENC_ENCODER, ENC_KEY_SEPARATOR, ENC_ITEM_SEPARATOR, ENC_SORT_KEYS, ENC_SKIPKEYS,
       ENC_ALLOW_NAN, ENC_SIZE };

// One encoding (CPython's encoder_listencode_obj and its helpers): the text accumulates in `out` as code
// points.
struct Encode {
    Val markers;  // a dict, or None
    Val default_function, encoder;
    StrObject* key_separator;
    StrObject* item_separator;
    bool sort_keys, skipkeys, allow_nan;
    enum class Strings { Ascii, Unicode, Call } strings;
    std::u32string out;
    std::string ascii_buffer;

    void append(StrObject* s)
    {
        for (int64_t i = 0; i < s->length; ++i)
            out += char32_t(s->at(i));
    }
    void append_ascii(const char* text)
    {
        for (; *text; ++text)
            out += char32_t(*text);
    }

    Result<void> string(Val s)
    {
        if (strings == Strings::Ascii) {
            ascii_buffer.clear();
            append_ascii_literal(ascii_buffer, s.as<StrObject>());
            for (char c : ascii_buffer)
                out += char32_t(c);
            return {};
        }
        if (strings == Strings::Unicode) {
            append_unicode_literal(out, s.as<StrObject>());
            return {};
        }
        Value encoded = TRY(call(encoder, { s }));
        if (!is_str(encoded))
            return raise(&g_exc_TypeError, "encoder() must return a string, not {}", encoded.type()->type_name());
        append(encoded.as<StrObject>());
        return {};
    }

    Result<void> floating(Val f)
    {
        double d = float_value(f);
        if (std::isnan(d) || std::isinf(d)) {
            if (!allow_nan) {
                Value text = TRY(object_repr(f));
                return raise(&g_exc_ValueError, "Out of range float values are not JSON compliant: {}",
                             text.as<StrObject>()->view());
            }
            append_ascii(std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            return {};
        }
        Value text = TRY(g_float_type.repr(f));  // float.__repr__, even for subclasses
        append(text.as<StrObject>());
        return {};
    }

    Result<Value> enter(Val o)
    {
        if (is_none(markers))
            return Value();
        Value ident = int_from_uint64(uint64_t(o.bits()));
        if (TRY(contains(markers, ident)))
            return raise(&g_exc_ValueError, "Circular reference detected");
        TRY(dict_set(markers.as<DictObject>(), ident, o));
        return ident;
    }

    Result<void> leave(const Value& ident)
    {
        if (ident)
            TRY(del_item(markers, ident));
        return {};
    }

    Result<void> value(Val o);
    Result<void> list(Val o);
    Result<void> dict(Val o);
};

Result<void> Encode::value(Val o)
{
    if (is_none(o)) {
        append_ascii("null");
    } else if (is_true(o)) {
        append_ascii("true");
    } else if (is_false(o)) {
        append_ascii("false");
    } else if (is_str(o)) {
        TRY(string(o));
    } else if (is_int(o)) {
        Value text = TRY(g_int_type.repr(o));  // int.__repr__, even for subclasses (IntEnum)
        append(text.as<StrObject>());
    } else if (o.is_object() && is_float(o)) {
        TRY(floating(o));
    } else if (is_list(o) || is_tuple(o)) {
        DepthGuard guard;
        if (guard.too_deep())
            return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        TRY(list(o));
    } else if (is_dict(o)) {
        DepthGuard guard;
        if (guard.too_deep())
            return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        TRY(dict(o));
    } else {
        Value ident = TRY(enter(o));
        Value replacement = TRY(call(default_function, { o }));
        {
            DepthGuard guard;
            if (guard.too_deep())
                return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
            TRY(value(replacement));
        }
        TRY(leave(ident));
    }
    return {};
}

Result<void> Encode::list(Val o)
{
    // A list is read by index each time (default() may change it), a tuple is fixed.
    auto size = [&]() { return is_list(o) ? o.as<ListObject>()->size : o.as<TupleObject>()->size; };
    auto item = [&](int64_t i) { return is_list(o) ? o.as<ListObject>()->item(i) : o.as<TupleObject>()->item(i); };
    if (size() == 0) {
        append_ascii("[]");
        return {};
    }
    Value ident = TRY(enter(o));
    out += U'[';
    for (int64_t i = 0; i < size(); ++i) {
        if (i)
            append(item_separator);
        Value element = Value::borrow(item(i));
        TRY(value(element));
    }
    out += U']';
    TRY(leave(ident));
    return {};
}

Result<void> Encode::dict(Val o)
{
    auto* d = o.as<DictObject>();
    Ref<ListObject> items = list_new();
    if (is_dict_exact(o)) {
        int64_t position = 0;
        Val key, item;
        while (dict_next(d, position, key, item)) {
            Val pair_items[2] = { key, item };
            list_append(items.get(), Value(tuple_from(pair_items, 2)));
        }
    } else {
        Value view = TRY(call_method(o, str_intern("items"), {}));
        TRY(list_extend(items.get(), view));
    }
    if (items->size == 0) {
        append_ascii("{}");
        return {};
    }
    Value ident = TRY(enter(o));
    if (sort_keys)
        TRY(list_sort(items.get(), Val(), false));
    out += U'{';
    bool first = true;
    for (int64_t i = 0; i < items->size; ++i) {
        Value entry = Value::borrow(items->item(i));
        Ref<TupleObject> kv = TRY(sequence_tuple(entry));
        if (kv->size != 2)
            return raise(&g_exc_ValueError, "items must return 2-tuples");
        Val key = kv->item(0);
        Value key_text;
        if (is_str(key)) {
            key_text = Value::borrow(key);
        } else if (key.is_object() && is_float(key)) {
            std::u32string saved;
            saved.swap(out);
            auto r = floating(key);
            out.swap(saved);
            if (r.is_error())
                return Error {};
            key_text = Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(saved.data()), saved.size()));
        } else if (is_true(key) || is_false(key) || is_none(key)) {
            key_text = Value(str_intern(is_true(key) ? "true" : is_false(key) ? "false" : "null"));
        } else if (is_int(key)) {
            key_text = TRY(g_int_type.repr(key));
        } else if (skipkeys) {
            continue;
        } else {
            return raise(&g_exc_TypeError, "keys must be str, int, float, bool or None, not {}", key.type()->type_name());
        }
        if (!first)
            append(item_separator);
        first = false;
        TRY(string(key_text));
        append(key_separator);
        TRY(value(kv->item(1)));
    }
    out += U'}';
    TRY(leave(ident));
    return {};
}

// encoder(obj, _current_indent_level) -> (text,)
Result<Value> json_encode_once(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("_iterencode", args + 1, nargs - 1, kwnames, { "obj", "_current_indent_level" }, 2, bound));
    TRY(index_argument(bound[1]));
    auto* state = args[0].as<TupleObject>();
    Val encoder = state->item(ENC_ENCODER);
    Encode::Strings strings = Encode::Strings::Call;
    if (encoder.is_object() && encoder.type() == &g_builtin_function_type) {
        auto function = encoder.as<BuiltinFunctionObject>()->def->function;
        if (function == json_encode_basestring_ascii)
            strings = Encode::Strings::Ascii;
        else if (function == json_encode_basestring)
            strings = Encode::Strings::Unicode;
    }
    Encode encode { state->item(ENC_MARKERS), state->item(ENC_DEFAULT), encoder,
                    state->item(ENC_KEY_SEPARATOR).as<StrObject>(), state->item(ENC_ITEM_SEPARATOR).as<StrObject>(),
                    is_true(state->item(ENC_SORT_KEYS)), is_true(state->item(ENC_SKIPKEYS)),
                    is_true(state->item(ENC_ALLOW_NAN)), strings, {}, {} };
    TRY(encode.value(bound[0]));
    Value text(str_from_codepoints(reinterpret_cast<const uint32_t*>(encode.out.data()), encode.out.size()));
    Val items[1] = { Val(text) };
    return Value(tuple_from(items, 1));
}

const MethodDef s_encode_once_def = { "_iterencode", json_encode_once, METHOD_INSTANCE, nullptr };

// make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
// allow_nan): the encoder JSONEncoder.encode() uses when there is no indentation.
Result<Value> json_make_encoder(const Val* args, size_t nargs, TupleObject* kwnames)
{
    static const char* const names[] = { "markers", "default", "encoder", "indent", "key_separator",
                                         "item_separator", "sort_keys", "skipkeys", "allow_nan" };
    if (nargs < 9 && (!kwnames || kwnames->size == 0))
        return raise(&g_exc_TypeError, "make_encoder() missing required argument '{}' (pos {})", names[nargs],
                     int64_t(nargs + 1));
    Val bound[9];
    TRY(bind_args("make_encoder", args, nargs, kwnames,
                  { "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys",
                    "skipkeys", "allow_nan" }, 9, bound));
    if (!is_none(bound[0]) && !is_dict(bound[0]))
        return raise(&g_exc_TypeError, "make_encoder() argument 1 must be dict or None, not {}", bound[0].type()->type_name());
    for (int i : { 4, 5 }) {
        if (!is_str(bound[i]))
            return raise(&g_exc_TypeError, "make_encoder() argument {} must be str, not {}", int64_t(i + 1),
                         bound[i].type()->type_name());
    }
    // CPython 3.12 compat: indent is accepted and ignored (JSONEncoder only uses this encoder without it).
    bool sort_keys = TRY(is_truthy(bound[6]));
    bool skipkeys = TRY(is_truthy(bound[7]));
    bool allow_nan = TRY(is_truthy(bound[8]));
    Value flags[3] = { bool_value(sort_keys), bool_value(skipkeys), bool_value(allow_nan) };
    Val items[ENC_SIZE] = { bound[0], bound[1], bound[2], bound[4], bound[5], flags[0], flags[1], flags[2] };
    Value state(tuple_from(items, ENC_SIZE));
    return builtin_function_new(&s_encode_once_def, state, Val());
}

#define FUNCTION(name, doc) { #name, json_##name, METHOD_STATIC, doc }

const MethodDef s_json_functions[] = {
    FUNCTION(encode_basestring_ascii, "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"),
    FUNCTION(encode_basestring, "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"),
    FUNCTION(make_scanner, "JSON scanner object"),
    FUNCTION(make_encoder, "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"),
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
