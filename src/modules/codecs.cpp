// The _codecs module: the codec search registry (register, lookup and its cache), the error-handler
// registry with the built-in handlers as functions, encode/decode, and CPython 3.12's codec functions
// (utf_8_encode, utf_16_ex_decode, charmap_decode, ...) over the codecs in codecs_impl.cpp.
#include "modules/codecs.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "support/utf8.h"
#include "vm/warnings.h"

#include <cctype>

namespace ginger::codecs {

namespace {

// The registries live as long as the process, as CPython's interpreter state keeps them.
struct Registry {
    Ref<ListObject> search_functions = list_new();
    Ref<DictObject> cache = dict_new();
    Ref<DictObject> handlers = dict_new();
    bool encodings_imported = false;
};

Registry& registry();

// CPython 3.12's normalisation of a name for lookup(): ASCII letters and digits (lower-cased) and '.'
// are kept; every other run of characters becomes one '_', except at either end.
std::string normalize_encoding(std::string_view name)
{
    std::string out;
    bool punctuation = false;
    for (char ch : name) {
        auto c = static_cast<unsigned char>(ch);
        if ((c < 0x80 && std::isalnum(c)) || c == '.') {
            if (punctuation && !out.empty())
                out += '_';
            out += char(std::tolower(c));
            punctuation = false;
        } else {
            punctuation = true;
        }
    }
    return out;
}

Result<void> ensure_encodings()
{
    Registry& r = registry();
    if (r.encodings_imported)
        return {};
    r.encodings_imported = true;
    TRY(import_module("encodings"));
    return {};
}

// ---- argument parsing, with the messages of CPython's argument clinic ----

// The type name in argument errors: "None" for None, as CPython's argument clinic writes it.
std::string_view arg_type_name(Val v) { return is_none(v) ? std::string_view("None") : v.type()->type_name(); }

Result<void> positional(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "_codecs.{}() takes no keyword arguments", name);
    if (min == 1 && max == 1)
        return check_positional(std::string("_codecs.") + name, nargs, nullptr, min, max);
    return check_positional(name, nargs, nullptr, min, max);
}

Result<StrObject*> str_argument(const char* function, Val v, int index)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument {} must be str, not {}", function, index, arg_type_name(v));
    return v.as<StrObject>();
}

Result<std::string_view> buffer_argument(Val v)
{
    return bytes_like_argument(v);
}

// A str or buffer (str as its UTF-8 form), for escape_decode and readbuffer_encode.
Result<std::string_view> text_or_buffer_argument(Val v)
{
    if (is_str(v))
        return v.as<StrObject>()->view();
    return buffer_argument(v);
}

Result<std::string_view> errors_argument(const char* function, const Val* args, size_t nargs, size_t index)
{
    if (nargs <= index || is_none(args[index]))
        return std::string_view("strict");
    if (!is_str(args[index]))
        return raise(&g_exc_TypeError, "{}() argument {} must be str or None, not {}", function, int64_t(index + 1), arg_type_name(args[index]));
    return args[index].as<StrObject>()->view();
}

Result<bool> flag_argument(const Val* args, size_t nargs, size_t index, bool fallback)
{
    if (nargs <= index)
        return fallback;
    return is_truthy(args[index]);
}

Result<int> int_argument(const Val* args, size_t nargs, size_t index)
{
    if (nargs <= index)
        return 0;
    if (!is_int(args[index]) && !args[index].type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[index].type()->type_name());
    Value number = TRY(number_index(args[index]));
    int64_t value = 0;
    if (!int_to_int64(number, value) || value > INT32_MAX || value < INT32_MIN)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return int(value);
}

Value pair(Value first, int64_t count) { return Value(tuple_of({ first.get(), int_from_int64(count).get() })); }

Value str_of_points(const std::u32string& points)
{
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(points.data()), points.size()));
}

// ---- the registries ----

Result<Value> codecs_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("register", nargs, kwnames, 1, 1));
    if (!is_callable(args[0]))
        return raise(&g_exc_TypeError, "argument must be callable");
    list_append(registry().search_functions.get(), Value::borrow(args[0]));
    return none_value();
}

Result<Value> codecs_unregister(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("unregister", nargs, kwnames, 1, 1));
    Registry& r = registry();
    ListObject* functions = r.search_functions.get();
    for (int64_t i = 0; i < functions->size; ++i) {
        if (functions->items[i].get().is(args[0])) {
            Ref<ListObject> rest = list_new();
            for (int64_t k = 0; k < functions->size; ++k)
                if (k != i)
                    list_append(rest.get(), functions->items[k]);
            r.search_functions = std::move(rest);
            dict_clear(r.cache.get());
            break;
        }
    }
    return none_value();
}

Result<Value> codecs_lookup(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("lookup", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "lookup() argument must be str, not {}", arg_type_name(args[0]));
    return lookup(args[0].as<StrObject>());
}

Result<Value> codecs_forget_codec(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("_forget_codec", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "_forget_codec() argument must be str, not {}", arg_type_name(args[0]));
    Ref<StrObject> key = str_from_utf8(normalize_encoding(args[0].as<StrObject>()->view()));
    TRY(dict_delete(registry().cache.get(), Val(key.get())));
    return none_value();
}

Result<Value> codecs_register_error(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("register_error", nargs, kwnames, 2, 2));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "register_error() argument 1 must be str, not {}", arg_type_name(args[0]));
    if (!is_callable(args[1]))
        return raise(&g_exc_TypeError, "handler must be callable");
    TRY(dict_set(registry().handlers.get(), args[0], args[1]));
    return none_value();
}

Result<Value> codecs_lookup_error(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("lookup_error", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "lookup_error() argument must be str, not {}", arg_type_name(args[0]));
    return lookup_error(args[0].as<StrObject>());
}

}  // namespace

Result<void> warn_invalid_escape(int64_t first_invalid)
{
    if (first_invalid < 0)
        return {};
    if (first_invalid > 0xFF) {
        char octal[16];
        snprintf(octal, sizeof octal, "%o", unsigned(first_invalid));
        return warn(&g_exc_DeprecationWarning, std::string("invalid octal escape sequence '\\") + octal + "'");
    }
    std::string message = "invalid escape sequence '\\";
    utf8::append(message, uint32_t(first_invalid));
    return warn(&g_exc_DeprecationWarning, message + "'");
}

// CPython 3.12 compat: an exception raised by a codec's encode/decode function called through the registry
// gets the note "encoding with 'NAME' codec failed" (the name as given).
void add_codec_note(const char* operation, std::string_view encoding)
{
    Value exception = fetch_error();
    Ref<StrObject> note = str_from_utf8(std::string(operation) + " with '" + std::string(encoding) + "' codec failed");
    auto added = call_method(exception, str_intern("add_note"), { Val(note.get()) });
    if (added.is_error())
        clear_error();
    restore_error(std::move(exception));
}

namespace {

// encode(obj, encoding='utf-8', errors='strict') and decode(): any codec, any types.
Result<Value> encode_or_decode(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool encoding)
{
    Val bound[3];
    TRY(bind_args(name, args, nargs, kwnames, { "obj", "encoding", "errors" }, 1, bound));
    for (int i = 1; i < 3; ++i)
        if (bound[i] && !is_str(bound[i]))
            return raise(&g_exc_TypeError, "{}() argument '{}' must be str, not {}", name, i == 1 ? "encoding" : "errors", arg_type_name(bound[i]));
    StrObject* utf8_name = str_intern("utf-8");
    Value info = TRY(lookup(bound[1] ? bound[1].as<StrObject>() : utf8_name));
    Value function = TRY(get_item(info, Val::small_int(encoding ? 0 : 1)));
    auto called = bound[2] ? call(function, { bound[0], bound[2] }) : call(function, { bound[0] });
    if (called.is_error()) {
        add_codec_note(encoding ? "encoding" : "decoding", bound[1] ? bound[1].as<StrObject>()->view() : "utf-8");
        return Error {};
    }
    Value result = called.release_value();
    if (!is_tuple(result) || result.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, encoding ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
    return Value::borrow(result.as<TupleObject>()->item(0));
}

Result<Value> codecs_encode(const Val* args, size_t nargs, TupleObject* kwnames) { return encode_or_decode("encode", args, nargs, kwnames, true); }
Result<Value> codecs_decode(const Val* args, size_t nargs, TupleObject* kwnames) { return encode_or_decode("decode", args, nargs, kwnames, false); }

// ---- the codec functions ----

Result<Value> utf_8_encode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("utf_8_encode", nargs, kwnames, 1, 2));
    StrObject* s = TRY(str_argument("utf_8_encode", args[0], 1));
    Errors errors(TRY(errors_argument("utf_8_encode", args, nargs, 1)));
    std::string out;
    TRY(utf8_encode(s, errors, out));
    return pair(Value(bytes_from(out)), s->length);
}

Result<Value> utf_8_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("utf_8_decode", nargs, kwnames, 1, 3));
    std::string_view data = TRY(buffer_argument(args[0]));
    Errors errors(TRY(errors_argument("utf_8_decode", args, nargs, 1)));
    bool final = TRY(flag_argument(args, nargs, 2, false));
    if (utf8::validate(data).valid)
        return pair(Value(str_from_utf8(data)), int64_t(data.size()));
    std::u32string out;
    size_t consumed = TRY(utf8_decode(args[0], data, errors, final, out));
    if (final)
        consumed = data.size();  // as CPython: the input's length, even if a handler switched to another object
    return pair(str_of_points(out), int64_t(consumed));
}

Result<Value> latin_encode(const char* name, uint32_t limit, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional(name, nargs, kwnames, 1, 2));
    StrObject* s = TRY(str_argument(name, args[0], 1));
    Errors errors(TRY(errors_argument(name, args, nargs, 1)));
    std::string out;
    TRY(latin1_encode(s, limit, errors, out));
    return pair(Value(bytes_from(out)), s->length);
}

Result<Value> ascii_encode(const Val* args, size_t nargs, TupleObject* kwnames) { return latin_encode("ascii_encode", 0x80, args, nargs, kwnames); }
Result<Value> latin_1_encode(const Val* args, size_t nargs, TupleObject* kwnames) { return latin_encode("latin_1_encode", 0x100, args, nargs, kwnames); }

Result<Value> ascii_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("ascii_decode", nargs, kwnames, 1, 2));
    std::string_view data = TRY(buffer_argument(args[0]));
    Errors errors(TRY(errors_argument("ascii_decode", args, nargs, 1)));
    if (utf8::is_ascii(data))
        return pair(Value(str_from_ascii(data)), int64_t(data.size()));
    std::u32string out;
    TRY(ascii_decode(args[0], data, errors, out));
    return pair(str_of_points(out), int64_t(data.size()));
}

Result<Value> latin_1_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("latin_1_decode", nargs, kwnames, 1, 2));
    std::string_view data = TRY(buffer_argument(args[0]));
    TRY(errors_argument("latin_1_decode", args, nargs, 1));
    return pair(Value(str_from_latin1(reinterpret_cast<const unsigned char*>(data.data()), data.size())), int64_t(data.size()));
}

// utf_16_encode(str, errors=None, byteorder=0) and the fixed-order forms (no byteorder argument).
Result<Value> wide_encode(const char* name, int width, int fixed_order, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional(name, nargs, kwnames, 1, fixed_order ? 2 : 3));
    StrObject* s = TRY(str_argument(name, args[0], 1));
    Errors errors(TRY(errors_argument(name, args, nargs, 1)));
    int order = fixed_order ? fixed_order : TRY(int_argument(args, nargs, 2));
    order = order < 0 ? -1 : order > 0 ? 1 : 0;
    std::string out;
    if (width == 2)
        TRY(utf16_encode(s, order, errors, out));
    else
        TRY(utf32_encode(s, order, errors, out));
    return pair(Value(bytes_from(out)), s->length);
}

// utf_16_decode(data, errors=None, final=False), _le/_be, and utf_16_ex_decode(data, errors, byteorder, final).
Result<Value> wide_decode(const char* name, int width, int fixed_order, bool extended, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional(name, nargs, kwnames, 1, extended ? 4 : 3));
    std::string_view data = TRY(buffer_argument(args[0]));
    Errors errors(TRY(errors_argument(name, args, nargs, 1)));
    int order = fixed_order;
    bool final;
    if (extended) {
        order = TRY(int_argument(args, nargs, 2));
        final = TRY(flag_argument(args, nargs, 3, false));
    } else {
        final = TRY(flag_argument(args, nargs, 2, false));
    }
    order = order < 0 ? -1 : order > 0 ? 1 : 0;
    std::u32string out;
    size_t consumed = width == 2 ? TRY(utf16_decode(args[0], data, errors, order, final, out))
                                 : TRY(utf32_decode(args[0], data, errors, order, final, out));
    if (final)
        consumed = data.size();  // as CPython: the input's length, even if a handler switched to another object
    if (extended)
        return Value(tuple_of({ str_of_points(out).get(), int_from_int64(int64_t(consumed)).get(), Val::small_int(order) }));
    return pair(str_of_points(out), int64_t(consumed));
}

#define WIDE_CODEC(prefix, width)                                                                                                           \
    Result<Value> prefix##_encode(const Val* a, size_t n, TupleObject* k) { return wide_encode(#prefix "_encode", width, 0, a, n, k); }      \
    Result<Value> prefix##_le_encode(const Val* a, size_t n, TupleObject* k) { return wide_encode(#prefix "_le_encode", width, -1, a, n, k); } \
    Result<Value> prefix##_be_encode(const Val* a, size_t n, TupleObject* k) { return wide_encode(#prefix "_be_encode", width, 1, a, n, k); }  \
    Result<Value> prefix##_decode(const Val* a, size_t n, TupleObject* k) { return wide_decode(#prefix "_decode", width, 0, false, a, n, k); } \
    Result<Value> prefix##_le_decode(const Val* a, size_t n, TupleObject* k)                                                                  \
    {                                                                                                                                         \
        return wide_decode(#prefix "_le_decode", width, -1, false, a, n, k);                                                                \
    }                                                                                                                                         \
    Result<Value> prefix##_be_decode(const Val* a, size_t n, TupleObject* k)                                                                  \
    {                                                                                                                                         \
        return wide_decode(#prefix "_be_decode", width, 1, false, a, n, k);                                                                 \
    }                                                                                                                                         \
    Result<Value> prefix##_ex_decode(const Val* a, size_t n, TupleObject* k) { return wide_decode(#prefix "_ex_decode", width, 0, true, a, n, k); }

WIDE_CODEC(utf_16, 2)
WIDE_CODEC(utf_32, 4)

Result<Value> utf_7_encode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("utf_7_encode", nargs, kwnames, 1, 2));
    StrObject* s = TRY(str_argument("utf_7_encode", args[0], 1));
    TRY(errors_argument("utf_7_encode", args, nargs, 1));
    std::string out;
    TRY(utf7_encode(s, out));
    return pair(Value(bytes_from(out)), s->length);
}

Result<Value> utf_7_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("utf_7_decode", nargs, kwnames, 1, 3));
    std::string_view data = TRY(buffer_argument(args[0]));
    Errors errors(TRY(errors_argument("utf_7_decode", args, nargs, 1)));
    bool final = TRY(flag_argument(args, nargs, 2, false));
    std::u32string out;
    size_t consumed = TRY(utf7_decode(args[0], data, errors, final, out));
    return pair(str_of_points(out), int64_t(consumed));
}

Result<Value> escape_encode_common(const char* name, bool raw, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional(name, nargs, kwnames, 1, 2));
    StrObject* s = TRY(str_argument(name, args[0], 1));
    TRY(errors_argument(name, args, nargs, 1));
    std::string out;
    TRY(unicode_escape_encode(s, raw, out));
    return pair(Value(bytes_from(out)), s->length);
}

Result<Value> escape_decode_common(const char* name, bool raw, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional(name, nargs, kwnames, 1, 3));
    std::string_view data = TRY(text_or_buffer_argument(args[0]));
    Errors errors(TRY(errors_argument(name, args, nargs, 1)));
    bool final = TRY(flag_argument(args, nargs, 2, true));
    std::u32string out;
    int64_t first_invalid = -1;
    size_t consumed = TRY(unicode_escape_decode(is_str(args[0]) ? Val() : args[0], data, errors, raw, final, out, &first_invalid));
    TRY(warn_invalid_escape(first_invalid));
    return pair(str_of_points(out), int64_t(consumed));
}

Result<Value> unicode_escape_encode_f(const Val* a, size_t n, TupleObject* k) { return escape_encode_common("unicode_escape_encode", false, a, n, k); }
Result<Value> raw_unicode_escape_encode_f(const Val* a, size_t n, TupleObject* k) { return escape_encode_common("raw_unicode_escape_encode", true, a, n, k); }
Result<Value> unicode_escape_decode_f(const Val* a, size_t n, TupleObject* k) { return escape_decode_common("unicode_escape_decode", false, a, n, k); }
Result<Value> raw_unicode_escape_decode_f(const Val* a, size_t n, TupleObject* k) { return escape_decode_common("raw_unicode_escape_decode", true, a, n, k); }

// escape_encode(bytes): the body of the bytes' repr with ' quoted.
Result<Value> escape_encode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("escape_encode", nargs, kwnames, 1, 2));
    if (!is_bytes(args[0]))
        return raise(&g_exc_TypeError, "escape_encode() argument 1 must be bytes, not {}", args[0].type()->type_name());
    TRY(errors_argument("escape_encode", args, nargs, 1));
    std::string_view data = args[0].as<BytesObject>()->view();
    std::string out;
    static const char digits[] = "0123456789abcdef";
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 15];
        } else {
            out += char(c);
        }
    }
    return pair(Value(bytes_from(out)), int64_t(data.size()));
}

// escape_decode(data, errors=None): the escapes of a bytes literal.
Result<Value> escape_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("escape_decode", nargs, kwnames, 1, 2));
    std::string_view data = TRY(text_or_buffer_argument(args[0]));
    std::string_view errors = TRY(errors_argument("escape_decode", args, nargs, 1));
    std::string out;
    size_t size = data.size();
    int64_t first_invalid = -1;
    for (size_t s = 0; s < size;) {
        char c = data[s++];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (s == size)
            return raise(&g_exc_ValueError, "Trailing \\ in string");
        c = data[s++];
        switch (c) {
        case '\n': break;
        case '\\': case '\'': case '"': out += c; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int value = c - '0';
            for (int k = 0; k < 2 && s < size && data[s] >= '0' && data[s] <= '7'; ++k)
                value = value * 8 + (data[s++] - '0');
            if (value > 0377 && first_invalid < 0)
                first_invalid = value;
            out += char(value & 0xFF);
            break;
        }
        case 'x': {
            if (s + 1 < size) {
                int high = std::isxdigit(static_cast<unsigned char>(data[s])) ? std::stoi(std::string(1, data[s]), nullptr, 16) : -1;
                int low = std::isxdigit(static_cast<unsigned char>(data[s + 1])) ? std::stoi(std::string(1, data[s + 1]), nullptr, 16) : -1;
                if (high >= 0 && low >= 0) {
                    out += char(high * 16 + low);
                    s += 2;
                    break;
                }
            }
            if (errors == "strict")
                return raise(&g_exc_ValueError, "invalid \\x escape at position {}", int64_t(s - 2));
            if (errors == "replace")
                out += '?';
            else if (errors != "ignore")
                return raise(&g_exc_ValueError, "decoding error; unknown error handling code: {}", errors);
            if (s < size && std::isxdigit(static_cast<unsigned char>(data[s])))
                ++s;
            break;
        }
        default:
            if (first_invalid < 0)
                first_invalid = static_cast<unsigned char>(c);
            out += '\\';
            --s;
        }
    }
    TRY(warn_invalid_escape(first_invalid));
    return pair(Value(bytes_from(out)), int64_t(size));
}

Result<Value> charmap_encode_f(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("charmap_encode", nargs, kwnames, 1, 3));
    StrObject* s = TRY(str_argument("charmap_encode", args[0], 1));
    Errors errors(TRY(errors_argument("charmap_encode", args, nargs, 1)));
    std::string out;
    TRY(charmap_encode(s, nargs > 2 ? args[2] : Val(), errors, out));
    return pair(Value(bytes_from(out)), s->length);
}

Result<Value> charmap_decode_f(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("charmap_decode", nargs, kwnames, 1, 3));
    std::string_view data = TRY(buffer_argument(args[0]));
    Errors errors(TRY(errors_argument("charmap_decode", args, nargs, 1)));
    std::u32string out;
    TRY(charmap_decode(args[0], data, errors, nargs > 2 ? args[2] : Val(), out));
    return pair(str_of_points(out), int64_t(data.size()));
}

// charmap_build(decoding_table): the reverse mapping, {code point: byte}. (CPython builds an EncodingMap
// object; a dict serves charmap_encode the same way.)
Result<Value> charmap_build(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("charmap_build", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "charmap_build() argument must be str, not {}", arg_type_name(args[0]));
    auto* table = args[0].as<StrObject>();
    // CPython builds its compact EncodingMap for 256-character tables of BMP characters starting with
    // U+0000 (and no other U+0000); that map leaves U+FFFE (an undefined byte) unmapped.
    bool compact = table->length == 256 && table->at(0) == 0;
    for (int64_t i = 1; compact && i < table->length; ++i)
        compact = table->at(i) != 0 && table->at(i) <= 0xFFFF;
    Ref<DictObject> map = dict_new();
    for (int64_t i = 0; i < table->length; ++i) {
        if (compact && table->at(i) == 0xFFFE)
            continue;
        Value key = int_from_int64(table->at(i));
        TRY(dict_set(map.get(), key, Val::small_int(i)));
    }
    return Value(std::move(map));
}

Result<Value> readbuffer_encode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(positional("readbuffer_encode", nargs, kwnames, 1, 2));
    std::string_view data = TRY(text_or_buffer_argument(args[0]));
    TRY(errors_argument("readbuffer_encode", args, nargs, 1));
    return pair(Value(bytes_from(data)), int64_t(data.size()));
}

// ---- the built-in error handlers, as functions taking the exception ----

enum class ExcKind { Encode, Decode, Translate, Other };

ExcKind kind_of(Val exception)
{
    if (!exception.is_object())
        return ExcKind::Other;
    if (is_subtype(exception.type(), &g_exc_UnicodeEncodeError))
        return ExcKind::Encode;
    if (is_subtype(exception.type(), &g_exc_UnicodeDecodeError))
        return ExcKind::Decode;
    if (is_subtype(exception.type(), &g_exc_UnicodeTranslateError))
        return ExcKind::Translate;
    return ExcKind::Other;
}

Error wrong_exception(Val exception)
{
    return raise(&g_exc_TypeError, "don't know how to handle {} in error callback", exception.type()->type_name());
}

// The exception's object and its start and end, clamped into the object as CPython's accessors do.
struct ExcView {
    Value object;
    int64_t start;
    int64_t end;
    std::string_view bytes;  // for decode errors
    StrObject* text = nullptr;  // for encode and translate errors
};

Result<ExcView> read_exception(Val exception, ExcKind kind)
{
    ExcView view;
    view.object = TRY(get_attr_maybe(exception, str_intern("object")));
    if (!view.object || is_none(view.object))  // the exception's member reads None until set
        return raise(&g_exc_TypeError, "object attribute not set");
    int64_t size;
    if (kind == ExcKind::Decode) {
        if (!bytes_like_view(view.object, view.bytes))
            return raise(&g_exc_TypeError, "object attribute must be bytes");
        size = int64_t(view.bytes.size());
    } else {
        if (!is_str(view.object))
            return raise(&g_exc_TypeError, "object attribute must be unicode");
        view.text = view.object.as<StrObject>();
        size = view.text->length;
    }
    Value start = TRY(get_attr_maybe(exception, str_intern("start")));
    Value end = TRY(get_attr_maybe(exception, str_intern("end")));
    view.start = start ? TRY(index_as_ssize(start)) : 0;
    view.end = end ? TRY(index_as_ssize(end)) : 0;
    if (view.start < 0)
        view.start = 0;
    if (view.start >= size)
        view.start = size - 1;  // CPython 3.12 compat: -1 for an empty object
    if (view.end < 1)
        view.end = 1;
    if (view.end > size)
        view.end = size;
    return view;
}

// CPython 3.12 compat: a clamped start of -1 (an empty object) reads a zero character.
uint32_t char_at(const ExcView& view, int64_t i) { return i >= 0 && i < view.text->length ? view.text->at(i) : 0; }
uint32_t byte_at(const ExcView& view, int64_t i)
{
    return i >= 0 && i < int64_t(view.bytes.size()) ? static_cast<unsigned char>(view.bytes[size_t(i)]) : 0;
}

Value handler_result(Value replacement, int64_t position) { return pair(std::move(replacement), position); }

Value ascii_str(const std::string& text) { return Value(str_from_utf8(text)); }

Result<Value> strict_errors(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("strict_errors", nargs, kwnames, 1, 1));
    if (!is_exception_instance(args[0]))
        return raise(&g_exc_TypeError, "codec must pass exception instance");
    return raise_value(args[0]);
}

Result<Value> ignore_errors(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ignore_errors", nargs, kwnames, 1, 1));
    ExcKind kind = kind_of(args[0]);
    if (kind == ExcKind::Other)
        return wrong_exception(args[0]);
    ExcView view = TRY(read_exception(args[0], kind));
    return handler_result(Value(str_empty()), view.end);
}

Result<Value> replace_errors(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("replace_errors", nargs, kwnames, 1, 1));
    ExcKind kind = kind_of(args[0]);
    if (kind == ExcKind::Other)
        return wrong_exception(args[0]);
    ExcView view = TRY(read_exception(args[0], kind));
    int64_t count = std::max<int64_t>(view.end - view.start, 0);
    if (kind == ExcKind::Decode)
        return handler_result(Value(str_char(0xFFFD)), view.end);
    std::u32string text(size_t(count), kind == ExcKind::Encode ? U'?' : char32_t(0xFFFD));
    return handler_result(str_of_points(text), view.end);
}

// backslashreplace, xmlcharrefreplace and namereplace: each character (byte) of the range rewritten.
Result<Value> rewrite_errors(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, std::string (*rewrite)(uint32_t), bool decode_too)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    ExcKind kind = kind_of(args[0]);
    if (kind == ExcKind::Other || (!decode_too && kind != ExcKind::Encode))
        return wrong_exception(args[0]);
    ExcView view = TRY(read_exception(args[0], kind));
    std::string out;
    for (int64_t i = view.start; i < view.end; ++i)
        out += kind == ExcKind::Decode ? escape_code_point(byte_at(view, i)) : rewrite(char_at(view, i));
    return handler_result(ascii_str(out), view.end);
}

std::string xml_reference(uint32_t c) { return "&#" + std::to_string(c) + ";"; }

Result<Value> backslashreplace_errors(const Val* a, size_t n, TupleObject* k) { return rewrite_errors("backslashreplace_errors", a, n, k, escape_code_point, true); }
Result<Value> xmlcharrefreplace_errors(const Val* a, size_t n, TupleObject* k) { return rewrite_errors("xmlcharrefreplace_errors", a, n, k, xml_reference, false); }
Result<Value> namereplace_errors(const Val* a, size_t n, TupleObject* k) { return rewrite_errors("namereplace_errors", a, n, k, name_escape, false); }

Result<Value> surrogateescape_errors(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("surrogateescape", nargs, kwnames, 1, 1));
    ExcKind kind = kind_of(args[0]);
    if (kind != ExcKind::Encode && kind != ExcKind::Decode)
        return wrong_exception(args[0]);
    ExcView view = TRY(read_exception(args[0], kind));
    if (kind == ExcKind::Encode) {
        std::string out;
        for (int64_t i = view.start; i < view.end; ++i) {
            uint32_t c = char_at(view, i);
            if (c < 0xDC80 || c > 0xDCFF)
                return raise_value(args[0]);
            out += char(c - 0xDC00);
        }
        return handler_result(Value(bytes_from(out)), view.end);
    }
    std::u32string out;
    for (int64_t i = view.start; i < view.end && out.size() < 4; ++i) {
        auto c = byte_at(view, i);
        if (c < 128)
            break;
        out += char32_t(0xDC00 + c);
    }
    if (out.empty())
        return raise_value(args[0]);
    return handler_result(str_of_points(out), view.start + int64_t(out.size()));
}

// The UTF form an exception's encoding names, for surrogatepass: 8, 16 or 32 bits and the byte order.
struct StandardEncoding {
    int bits = 0;  // 0: not a UTF
    bool big = false;
};

StandardEncoding standard_encoding(std::string_view name)
{
    StandardEncoding result;
    auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
    if (name == "CP_UTF8")
        return { 8, false };
    if (name.size() < 3 || lower(name[0]) != 'u' || lower(name[1]) != 't' || lower(name[2]) != 'f')
        return result;
    name.remove_prefix(3);
    if (!name.empty() && (name[0] == '-' || name[0] == '_'))
        name.remove_prefix(1);
    if (name == "8")
        return { 8, false };
    int bits = name.starts_with("16") ? 16 : name.starts_with("32") ? 32 : 0;
    if (!bits)
        return result;
    name.remove_prefix(2);
    if (name.empty())
        return { bits, false };
    if (name[0] == '-' || name[0] == '_')
        name.remove_prefix(1);
    if (name.size() == 2 && lower(name[1]) == 'e') {
        if (lower(name[0]) == 'b')
            return { bits, true };
        if (lower(name[0]) == 'l')
            return { bits, false };
    }
    return result;
}

Result<Value> surrogatepass_errors(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("surrogatepass", nargs, kwnames, 1, 1));
    ExcKind kind = kind_of(args[0]);
    if (kind != ExcKind::Encode && kind != ExcKind::Decode)
        return wrong_exception(args[0]);
    ExcView view = TRY(read_exception(args[0], kind));
    Value encoding_value = TRY(get_attr_str(args[0], "encoding"));
    if (!is_str(encoding_value))
        return raise(&g_exc_TypeError, "encoding must be a string");
    StandardEncoding encoding = standard_encoding(encoding_value.as<StrObject>()->view());
    if (encoding.bits == 0)
        return raise_value(args[0]);
    if (kind == ExcKind::Encode) {
        std::string out;
        for (int64_t i = view.start; i < view.end; ++i) {
            uint32_t c = char_at(view, i);
            if (!utf8::is_surrogate(c))
                return raise_value(args[0]);
            int units = encoding.bits / 8;
            if (encoding.bits == 8) {
                utf8::append(out, c);
                continue;
            }
            for (int b = 0; b < units; ++b) {
                int shift = encoding.big ? 8 * (units - 1 - b) : 8 * b;
                out += char((c >> shift) & 0xFF);
            }
        }
        return handler_result(Value(bytes_from(out)), view.end);
    }
    const auto* p = reinterpret_cast<const unsigned char*>(view.bytes.data()) + view.start;
    int64_t available = int64_t(view.bytes.size()) - view.start;
    int length = encoding.bits == 8 ? 3 : encoding.bits / 8;
    if (available < length)
        return raise_value(args[0]);
    uint32_t c = 0;
    if (encoding.bits == 8) {
        if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return raise_value(args[0]);
        c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    } else {
        for (int b = 0; b < length; ++b) {
            int shift = encoding.big ? 8 * (length - 1 - b) : 8 * b;
            c |= uint32_t(p[b]) << shift;
        }
    }
    if (!utf8::is_surrogate(c))
        return raise_value(args[0]);
    return handler_result(Value(str_char(c)), view.start + length);
}

#define FUNCTION(name, function, doc) { name, function, METHOD_STATIC, doc }

const MethodDef s_handler_functions[] = {
    FUNCTION("strict_errors", strict_errors, "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."),
    FUNCTION("ignore_errors", ignore_errors, "Implements the 'ignore' error handling, which ignores malformed data and continues."),
    FUNCTION("replace_errors", replace_errors, "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."),
    FUNCTION("xmlcharrefreplace_errors", xmlcharrefreplace_errors, "Implements the 'xmlcharrefreplace' error handling."),
    FUNCTION("backslashreplace_errors", backslashreplace_errors, "Implements the 'backslashreplace' error handling."),
    FUNCTION("namereplace_errors", namereplace_errors, "Implements the 'namereplace' error handling."),
    FUNCTION("surrogateescape", surrogateescape_errors, nullptr),
    FUNCTION("surrogatepass", surrogatepass_errors, nullptr),
    { nullptr, nullptr, 0, nullptr },
};

const MethodDef s_codecs_functions[] = {
    FUNCTION("register", codecs_register, "Register a codec search function."),
    FUNCTION("unregister", codecs_unregister, "Unregister a codec search function and clear the registry's cache."),
    FUNCTION("lookup", codecs_lookup, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."),
    FUNCTION("encode", codecs_encode, "Encodes obj using the codec registered for encoding."),
    FUNCTION("decode", codecs_decode, "Decodes obj using the codec registered for encoding."),
    FUNCTION("_forget_codec", codecs_forget_codec, "Purge the named codec from the internal codec lookup cache"),
    FUNCTION("register_error", codecs_register_error, "Register the specified error handler under the name errors."),
    FUNCTION("lookup_error", codecs_lookup_error, "lookup_error(errors) -> handler"),
    FUNCTION("utf_8_encode", utf_8_encode, nullptr),
    FUNCTION("utf_8_decode", utf_8_decode, nullptr),
    FUNCTION("ascii_encode", ascii_encode, nullptr),
    FUNCTION("ascii_decode", ascii_decode, nullptr),
    FUNCTION("latin_1_encode", latin_1_encode, nullptr),
    FUNCTION("latin_1_decode", latin_1_decode, nullptr),
    FUNCTION("utf_16_encode", utf_16_encode, nullptr),
    FUNCTION("utf_16_le_encode", utf_16_le_encode, nullptr),
    FUNCTION("utf_16_be_encode", utf_16_be_encode, nullptr),
    FUNCTION("utf_16_decode", utf_16_decode, nullptr),
    FUNCTION("utf_16_le_decode", utf_16_le_decode, nullptr),
    FUNCTION("utf_16_be_decode", utf_16_be_decode, nullptr),
    FUNCTION("utf_16_ex_decode", utf_16_ex_decode, nullptr),
    FUNCTION("utf_32_encode", utf_32_encode, nullptr),
    FUNCTION("utf_32_le_encode", utf_32_le_encode, nullptr),
    FUNCTION("utf_32_be_encode", utf_32_be_encode, nullptr),
    FUNCTION("utf_32_decode", utf_32_decode, nullptr),
    FUNCTION("utf_32_le_decode", utf_32_le_decode, nullptr),
    FUNCTION("utf_32_be_decode", utf_32_be_decode, nullptr),
    FUNCTION("utf_32_ex_decode", utf_32_ex_decode, nullptr),
    FUNCTION("utf_7_encode", utf_7_encode, nullptr),
    FUNCTION("utf_7_decode", utf_7_decode, nullptr),
    FUNCTION("unicode_escape_encode", unicode_escape_encode_f, nullptr),
    FUNCTION("unicode_escape_decode", unicode_escape_decode_f, nullptr),
    FUNCTION("raw_unicode_escape_encode", raw_unicode_escape_encode_f, nullptr),
    FUNCTION("raw_unicode_escape_decode", raw_unicode_escape_decode_f, nullptr),
    FUNCTION("escape_encode", escape_encode, nullptr),
    FUNCTION("escape_decode", escape_decode, nullptr),
    FUNCTION("charmap_encode", charmap_encode_f, nullptr),
    FUNCTION("charmap_decode", charmap_decode_f, nullptr),
    FUNCTION("charmap_build", charmap_build, nullptr),
    FUNCTION("readbuffer_encode", readbuffer_encode, nullptr),
    { nullptr, nullptr, 0, nullptr },
};

Registry& registry()
{
    static Registry* s_registry = [] {
        auto* r = new Registry();
        // The built-in handlers are registered under their names, as CPython's codec registry starts.
        Ref<ModuleObject> holder = module_new(str_intern("_codecs"));
        module_add_functions(holder.get(), s_handler_functions);
        static const std::pair<const char*, const char*> names[] = {
            { "strict", "strict_errors" }, { "ignore", "ignore_errors" }, { "replace", "replace_errors" },
            { "xmlcharrefreplace", "xmlcharrefreplace_errors" }, { "backslashreplace", "backslashreplace_errors" },
            { "namereplace", "namereplace_errors" }, { "surrogateescape", "surrogateescape" }, { "surrogatepass", "surrogatepass" },
        };
        for (auto& [name, function] : names) {
            Val handler = dict_get_str(holder->dict.get(), str_intern(function));
            dict_set_str(r->handlers.get(), str_intern(name), handler);
        }
        return r;
    }();
    return *s_registry;
}

}  // namespace

Result<void> check_c_string(std::string_view text)
{
    // A lone surrogate is WTF-8-encoded: 0xED then 0xA0-0xBF.
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) == 0xED && static_cast<unsigned char>(text[i + 1]) >= 0xA0) {
            Ref<StrObject> s = str_from_utf8(text);
            std::string ignored;
            TRY(utf8_encode(s.get(), Errors("strict"), ignored));
        }
    }
    if (text.find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "embedded null character");
    return {};
}

Result<Value> lookup(StrObject* encoding)
{
    TRY(check_c_string(encoding->view()));
    TRY(ensure_encodings());
    Registry& r = registry();
    Ref<StrObject> key = str_from_utf8(normalize_encoding(encoding->view()));
    if (Val cached = TRY(dict_get(r.cache.get(), Val(key.get()))))
        return Value::borrow(cached);
    Ref<ListObject> functions = r.search_functions;  // a search function may register another
    for (int64_t i = 0; i < functions->size; ++i) {
        Value function = functions->items[i];
        Value result = TRY(call(function, { Val(key.get()) }));
        if (is_none(result))
            continue;
        if (!is_tuple(result) || result.as<TupleObject>()->size != 4)
            return raise(&g_exc_TypeError, "codec search functions must return 4-tuples");
        TRY(dict_set(r.cache.get(), Val(key.get()), result));
        return result;
    }
    return raise(&g_exc_LookupError, "unknown encoding: {}", encoding->view());
}

// The codec for str.encode/bytes.decode, refusing codecs marked as not text encodings.
Result<Value> lookup_text_encoding(std::string_view encoding, const char* alternative)
{
    Ref<StrObject> name = str_from_utf8(encoding);
    Value info = TRY(lookup(name.get()));
    Value is_text = TRY(get_attr_maybe(info, str_intern("_is_text_encoding")));
    if (is_text && !TRY(is_truthy(is_text)))
        return raise(&g_exc_LookupError, "'{}' is not a text encoding; use {} to handle arbitrary codecs", encoding, alternative);
    return info;
}

Result<Value> lookup_error(StrObject* name)
{
    TRY(check_c_string(name->view()));
    Val handler = TRY(dict_get(registry().handlers.get(), Val(name)));
    if (!handler)
        return raise(&g_exc_LookupError, "unknown error handler name '{}'", name->view());
    return Value::borrow(handler);
}

Result<std::string> encode_text(StrObject* s, std::string_view encoding, std::string_view errors)
{
    Value info = TRY(lookup_text_encoding(encoding, "codecs.encode()"));
    Value encoder = TRY(get_item(info, Val::small_int(0)));
    Ref<StrObject> errors_value = str_from_utf8(errors);
    auto called = errors.data() ? call(encoder, { Val(s), Val(errors_value.get()) }) : call(encoder, { Val(s) });
    if (called.is_error()) {
        add_codec_note("encoding", encoding);
        return Error {};
    }
    Value result = called.release_value();
    if (!is_tuple(result) || result.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, "encoder must return a tuple (object, integer)");
    Val encoded = result.as<TupleObject>()->item(0);
    std::string_view bytes;
    if (!bytes_like_view(encoded, bytes))
        return raise(&g_exc_TypeError, "'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding,
                     encoded.type()->type_name());
    return std::string(bytes);
}

Result<Value> decode_text(std::string_view data, std::string_view encoding, std::string_view errors)
{
    Value info = TRY(lookup_text_encoding(encoding, "codecs.decode()"));
    Value decoder = TRY(get_item(info, Val::small_int(1)));
    Ref<StrObject> errors_value = str_from_utf8(errors);
    Ref<BytesObject> input = bytes_from(data);
    auto called = errors.data() ? call(decoder, { Val(input.get()), Val(errors_value.get()) }) : call(decoder, { Val(input.get()) });
    if (called.is_error()) {
        add_codec_note("decoding", encoding);
        return Error {};
    }
    Value result = called.release_value();
    if (!is_tuple(result) || result.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, "decoder must return a tuple (object,integer)");
    Val decoded = result.as<TupleObject>()->item(0);
    if (!is_str(decoded))
        return raise(&g_exc_TypeError, "'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding,
                     decoded.type()->type_name());
    return Value::borrow(decoded);
}

}  // namespace ginger::codecs

namespace ginger {

Ref<ModuleObject> codecs_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_codecs"));
    module_add_functions(module.get(), codecs::s_codecs_functions);
    return module;
}

}  // namespace ginger
