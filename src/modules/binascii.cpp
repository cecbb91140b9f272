// The binascii module: hexadecimal and base64 conversions between bytes and ASCII, and the CRC-32 and
// CRC-CCITT checksums, with CPython 3.12's arguments and errors; also uuencode and quoted-printable.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "support/ascii.h"

#include <array>
#include <climits>
#include <cstdlib>
#include <string>

namespace ginger {

namespace {

TypeObject g_binascii_error_type;
TypeObject g_binascii_incomplete_type;

Error raise_binascii_error(std::string_view message) { return raise(&g_binascii_error_type, message); }

// Input of the b2a_* functions and checksums: a bytes-like object.
Result<std::string_view> binary_argument(Val v)
{
    return bytes_like_argument(v);
}

// Input of the a2b_* functions: a bytes-like object or an ASCII str.
Result<std::string_view> ascii_argument(Val v)
{
    if (is_str(v)) {
        auto* text = v.as<StrObject>();
        if (!text->ascii)
            return raise(&g_exc_ValueError, "string argument should contain only ASCII characters");
        return text->view();
    }
    std::string_view data;
    if (!bytes_like_view(v, data))
        return raise(&g_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '{}'", v.type()->type_name());
    return data;
}

Result<int64_t> c_int_argument(Val v)
{
    Value index = TRY(number_index(v));
    int64_t value;
    if (!int_to_int64(index, value) || value < INT_MIN || value > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return value;
}

// An unsigned int argument reduced modulo 2^32, as CPython's "I" format does.
Result<uint32_t> unsigned_mask_argument(Val v)
{
    Value index = TRY(number_index(v));
    static const Value* s_mask = new Value(int_from_int64(0xffffffff));  // never freed
    Value masked = TRY(int_binary(index, *s_mask, BinaryOp::And));
    int64_t value = 0;
    int_to_int64(masked, value);
    return uint32_t(value);
}

// ---- hexadecimal ----

Result<Value> hexlify_common(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args(name, args, nargs, kwnames, { "data", "sep", "bytes_per_sep" }, 0, out));
    if (!out[0])
        return raise(&g_exc_TypeError, "{}() missing required argument 'data' (pos 1)", name);
    std::string_view data = TRY(binary_argument(out[0]));
    int separator = -1;
    if (out[1]) {
        Val sep = out[1];
        if (is_str(sep)) {
            auto* text = sep.as<StrObject>();
            if (text->length != 1)
                return raise(&g_exc_ValueError, "sep must be length 1.");
            separator = int(text->at(0));
            if (separator > 0xff)
                return raise(&g_exc_ValueError, "sep must be ASCII.");
        } else if (is_bytes(sep) || is_bytearray(sep)) {
            std::string_view bytes;
            bytes_like_view(sep, bytes);
            if (bytes.size() != 1)
                return raise(&g_exc_ValueError, "sep must be length 1.");
            separator = static_cast<unsigned char>(bytes[0]);
        } else {
            return raise(&g_exc_TypeError, "object of type '{}' has no len()", sep.type()->type_name());
        }
    }
    int64_t per_separator = out[2] ? TRY(c_int_argument(out[2])) : 1;
    static const char digits[] = "0123456789abcdef";
    std::string result;
    size_t length = data.size();
    size_t group = size_t(per_separator < 0 ? -per_separator : per_separator);
    bool separate = separator >= 0 && group > 0 && group < length;
    result.reserve(length * 3);
    for (size_t i = 0; i < length; ++i) {
        if (separate && i > 0) {
            // Positive counts group from the right, negative ones from the left.
            bool boundary = per_separator > 0 ? (length - i) % group == 0 : i % group == 0;
            if (boundary)
                result += char(separator);
        }
        unsigned char byte = static_cast<unsigned char>(data[i]);
        result += digits[byte >> 4];
        result += digits[byte & 0xf];
    }
    return Value(bytes_from(result));
}

Result<Value> binascii_hexlify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return hexlify_common("hexlify", args, nargs, kwnames);
}

Result<Value> binascii_b2a_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return hexlify_common("b2a_hex", args, nargs, kwnames);
}

Result<Value> unhexlify_common(const char* qualified, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(qualified, nargs, kwnames, 1, 1));
    std::string_view text = TRY(ascii_argument(args[0]));
    if (text.size() % 2)
        return raise_binascii_error("Odd-length string");
    std::string result(text.size() / 2, '\0');
    for (size_t i = 0; i < result.size(); ++i) {
        int high = hex_digit_value(text[2 * i]);
        int low = hex_digit_value(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return raise_binascii_error("Non-hexadecimal digit found");
        result[i] = char(high << 4 | low);
    }
    return Value(bytes_from(result));
}

Result<Value> binascii_unhexlify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return unhexlify_common("binascii.unhexlify", args, nargs, kwnames);
}

Result<Value> binascii_a2b_hex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return unhexlify_common("binascii.a2b_hex", args, nargs, kwnames);
}

// ---- base64 ----

constexpr char BASE64_ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The value of each base64 character, 64 for anything else.
constexpr std::array<unsigned char, 256> base64_values()
{
    std::array<unsigned char, 256> table {};
    for (auto& entry : table)
        entry = 64;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(BASE64_ALPHABET[i])] = static_cast<unsigned char>(i);
    return table;
}
constexpr std::array<unsigned char, 256> BASE64_VALUES = base64_values();

Result<Value> binascii_b2a_base64(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "b2a_base64() takes exactly 1 positional argument ({} given)", int64_t(nargs));
    if (nargs + (kwnames ? size_t(kwnames->size) : 0) > 2)
        return raise(&g_exc_TypeError, "b2a_base64() takes at most 2 arguments ({} given)",
                     int64_t(nargs) + (kwnames ? kwnames->size : 0));
    Val out[2];
    TRY(bind_args("b2a_base64", args, nargs, kwnames, { "", "newline" }, 1, out, 1));
    std::string_view data = TRY(binary_argument(out[0]));
    bool newline = out[1] ? TRY(is_truthy(out[1])) : true;
    std::string result;
    result.reserve((data.size() + 2) / 3 * 4 + 1);
    size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        uint32_t chunk = uint32_t(static_cast<unsigned char>(data[i])) << 16 |
                         uint32_t(static_cast<unsigned char>(data[i + 1])) << 8 | static_cast<unsigned char>(data[i + 2]);
        result += BASE64_ALPHABET[chunk >> 18];
        result += BASE64_ALPHABET[(chunk >> 12) & 63];
        result += BASE64_ALPHABET[(chunk >> 6) & 63];
        result += BASE64_ALPHABET[chunk & 63];
    }
    size_t rest = data.size() - i;
    if (rest) {
        uint32_t chunk = uint32_t(static_cast<unsigned char>(data[i])) << 16;
        if (rest == 2)
            chunk |= uint32_t(static_cast<unsigned char>(data[i + 1])) << 8;
        result += BASE64_ALPHABET[chunk >> 18];
        result += BASE64_ALPHABET[(chunk >> 12) & 63];
        result += rest == 2 ? BASE64_ALPHABET[(chunk >> 6) & 63] : '=';
        result += '=';
    }
    if (newline)
        result += '\n';
    return Value(bytes_from(result));
}

// CPython's decoder: characters outside the alphabet are skipped (an error in strict mode), and
// decoding stops at the padding that completes a group of four.
Result<Value> binascii_a2b_base64(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "a2b_base64() takes exactly 1 positional argument ({} given)", int64_t(nargs));
    if (nargs + (kwnames ? size_t(kwnames->size) : 0) > 2)
        return raise(&g_exc_TypeError, "a2b_base64() takes at most 2 arguments ({} given)",
                     int64_t(nargs) + (kwnames ? kwnames->size : 0));
    Val out[2];
    TRY(bind_args("a2b_base64", args, nargs, kwnames, { "", "strict_mode" }, 1, out, 1));
    std::string_view text = TRY(ascii_argument(out[0]));
    bool strict = out[1] ? TRY(is_truthy(out[1])) : false;
    std::string result;
    result.reserve(text.size() / 4 * 3 + 3);
    int position = 0;   // place in the current group of four
    int pads = 0;
    bool padding_started = false;
    uint32_t pending = 0;
    if (strict && !text.empty() && text[0] == '=')
        return raise_binascii_error("Leading padding not allowed");
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '=') {
            padding_started = true;
            if (position >= 2 && position + ++pads >= 4) {
                if (strict && i + 1 < text.size())
                    return raise_binascii_error("Excess data after padding");
                return Value(bytes_from(result));
            }
            continue;
        }
        unsigned char value = BASE64_VALUES[c];
        if (value >= 64) {
            if (strict)
                return raise_binascii_error("Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started)
            return raise_binascii_error("Discontinuous padding not allowed");
        pads = 0;
        switch (position) {
        case 0:
            pending = value;
            position = 1;
            break;
        case 1:
            result += char((pending << 2) | (value >> 4));
            pending = value & 0x0f;
            position = 2;
            break;
        case 2:
            result += char((pending << 4) | (value >> 2));
            pending = value & 0x03;
            position = 3;
            break;
        default:
            result += char((pending << 6) | value);
            pending = 0;
            position = 0;
            break;
        }
    }
    if (position == 1)
        return raise(&g_binascii_error_type,
                     "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                     int64_t(result.size() / 3 * 4 + 1));
    if (position != 0)
        return raise_binascii_error("Incorrect padding");
    return Value(bytes_from(result));
}

// ---- uuencode ----

Result<Value> binascii_a2b_uu(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("binascii.a2b_uu", nargs, kwnames, 1, 1));
    std::string_view text = TRY(ascii_argument(args[0]));
    // The first character holds the length; an empty line reads as length 32 (CPython reads the
    // terminating NUL there), and missing data reads as zeros.
    size_t position = 0;
    unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[position++]);
    size_t length = size_t((first - ' ') & 077);
    std::string result;
    result.reserve(length);
    uint32_t pending = 0;
    int bits = 0;
    while (result.size() < length) {
        uint32_t value = 0;
        if (position < text.size()) {
            unsigned char c = static_cast<unsigned char>(text[position]);
            if (c != '\n' && c != '\r') {
                if (c < ' ' || c > ' ' + 64)
                    return raise_binascii_error("Illegal char");
                value = (c - ' ') & 077;
            }
        }
        ++position;
        pending = (pending << 6) | value;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            result += char((pending >> bits) & 0xff);
            pending &= (1u << bits) - 1;
        }
    }
    // What follows on the line may only be white space (or '`' padding).
    for (; position < text.size(); ++position) {
        char c = text[position];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
            return raise_binascii_error("Trailing garbage");
    }
    return Value(bytes_from(result));
}

Result<Value> binascii_b2a_uu(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "b2a_uu() takes exactly 1 positional argument ({} given)", int64_t(nargs));
    Val out[2];
    TRY(bind_args("b2a_uu", args, nargs, kwnames, { "", "backtick" }, 1, out, 1));
    std::string_view data = TRY(binary_argument(out[0]));
    bool backtick = out[1] ? TRY(is_truthy(out[1])) : false;
    if (data.size() > 45)
        return raise_binascii_error("At most 45 bytes at once");
    auto encode = [&](uint32_t value) { return (backtick && value == 0) ? '`' : char(' ' + value); };
    std::string result;
    result += encode(uint32_t(data.size()));
    // Groups of three bytes (the last one padded with zeros) as four characters.
    for (size_t i = 0; i < data.size(); i += 3) {
        uint32_t chunk = 0;
        for (size_t j = 0; j < 3; ++j)
            chunk = chunk << 8 | (i + j < data.size() ? static_cast<unsigned char>(data[i + j]) : 0);
        for (int shift = 18; shift >= 0; shift -= 6)
            result += encode((chunk >> shift) & 0x3f);
    }
    result += '\n';
    return Value(bytes_from(result));
}

// ---- quoted-printable (RFC 1521) ----

Result<Value> binascii_a2b_qp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("a2b_qp", args, nargs, kwnames, { "data", "header" }, 0, out));
    if (!out[0])
        return raise(&g_exc_TypeError, "a2b_qp() missing required argument 'data' (pos 1)");
    std::string_view data = TRY(ascii_argument(out[0]));
    bool header = out[1] ? TRY(is_truthy(out[1])) : false;
    std::string result;
    size_t i = 0;
    while (i < data.size()) {
        char c = data[i];
        if (c == '=') {
            ++i;
            if (i >= data.size())
                break;  // a soft line break at the very end
            if (data[i] == '\n' || data[i] == '\r') {
                // A soft line break: skip to the end of the line.
                while (i < data.size() && data[i] != '\n')
                    ++i;
                if (i < data.size())
                    ++i;
            } else if (data[i] == '=') {
                // "==" comes from broken encoders: one '=' stands for itself.
                result += '=';
                ++i;
            } else if (i + 1 < data.size() && hex_digit_value(data[i]) >= 0 && hex_digit_value(data[i + 1]) >= 0) {
                result += char(hex_digit_value(data[i]) << 4 | hex_digit_value(data[i + 1]));
                i += 2;
            } else {
                result += '=';
            }
        } else if (header && c == '_') {
            result += ' ';
            ++i;
        } else {
            result += c;
            ++i;
        }
    }
    return Value(bytes_from(result));
}

Result<Value> binascii_b2a_qp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("b2a_qp", args, nargs, kwnames, { "data", "quotetabs", "istext", "header" }, 0, out));
    if (!out[0])
        return raise(&g_exc_TypeError, "b2a_qp() missing required argument 'data' (pos 1)");
    std::string_view data = TRY(binary_argument(out[0]));
    bool quotetabs = out[1] ? TRY(is_truthy(out[1])) : false;
    bool istext = out[2] ? TRY(is_truthy(out[2])) : true;
    bool header = out[3] ? TRY(is_truthy(out[3])) : false;
    constexpr size_t MAX_LINE = 76;
    static const char digits[] = "0123456789ABCDEF";
    // Lines end as the first line of the data does.
    size_t first_newline = data.find('\n');
    bool crlf = first_newline != std::string_view::npos && first_newline > 0 && data[first_newline - 1] == '\r';
    auto soft_break = [&](std::string& text) {
        text += '=';
        if (crlf)
            text += '\r';
        text += '\n';
    };
    std::string result;
    size_t line_length = 0;
    size_t size = data.size();
    for (size_t i = 0; i < size;) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        bool last = i + 1 == size;
        unsigned char next = last ? 0 : static_cast<unsigned char>(data[i + 1]);
        bool quote = c > 126 || c == '=' || (header && c == '_') ||
                     (c == '.' && line_length == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
                     (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                     (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (quote) {
            if (line_length + 3 >= MAX_LINE) {
                soft_break(result);
                line_length = 0;
            }
            result += '=';
            result += digits[c >> 4];
            result += digits[c & 0xf];
            line_length += 3;
            ++i;
        } else if (istext && (c == '\n' || (!last && c == '\r' && next == '\n'))) {
            line_length = 0;
            // White space at the end of a line is quoted.
            if (!result.empty() && (result.back() == ' ' || result.back() == '\t')) {
                unsigned char space = static_cast<unsigned char>(result.back());
                result.back() = '=';
                result += digits[space >> 4];
                result += digits[space & 0xf];
            }
            if (crlf)
                result += '\r';
            result += '\n';
            i += c == '\r' ? 2 : 1;
        } else {
            if (!last && next != '\n' && line_length + 1 >= MAX_LINE) {
                soft_break(result);
                line_length = 0;
            }
            ++line_length;
            result += (header && c == ' ') ? '_' : char(c);
            ++i;
        }
    }
    return Value(bytes_from(result));
}

// ---- checksums ----

constexpr std::array<uint32_t, 256> crc32_table()
{
    std::array<uint32_t, 256> table {};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
        table[i] = crc;
    }
    return table;
}
constexpr std::array<uint32_t, 256> CRC32_TABLE = crc32_table();

Result<Value> binascii_crc32(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("crc32", nargs, kwnames, 1, 2));
    std::string_view data = TRY(binary_argument(args[0]));
    uint32_t crc = nargs > 1 ? TRY(unsigned_mask_argument(args[1])) : 0;
    crc = ~crc;
    for (char c : data)
        crc = CRC32_TABLE[(crc ^ static_cast<unsigned char>(c)) & 0xff] ^ (crc >> 8);
    return Value::small_int(int64_t(~crc));
}

Result<Value> binascii_crc_hqx(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("crc_hqx", nargs, kwnames, 2, 2));
    std::string_view data = TRY(binary_argument(args[0]));
    uint32_t crc = TRY(unsigned_mask_argument(args[1])) & 0xffff;
    // CRC-CCITT: polynomial 0x1021, most significant bit first.
    for (char c : data) {
        crc ^= uint32_t(static_cast<unsigned char>(c)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return Value::small_int(int64_t(crc));
}

#define FUNCTION(name, doc) { #name, binascii_##name, METHOD_STATIC, doc }

const MethodDef s_binascii_functions[] = {
    FUNCTION(a2b_base64, "Decode a line of base64 data."),
    FUNCTION(b2a_base64, "Base64-code line of data."),
    FUNCTION(a2b_hex, "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\"."),
    FUNCTION(b2a_hex, "Hexadecimal representation of binary data."),
    FUNCTION(hexlify, "Hexadecimal representation of binary data."),
    FUNCTION(unhexlify, "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case)."),
    FUNCTION(a2b_uu, "Decode a line of uuencoded data."),
    FUNCTION(b2a_uu, "Uuencode line of data."),
    FUNCTION(a2b_qp, "Decode a string of qp-encoded data."),
    FUNCTION(b2a_qp, "Encode a string using quoted-printable encoding."),
    FUNCTION(crc32, "Compute CRC-32 incrementally."),
    FUNCTION(crc_hqx, "Compute CRC-CCITT incrementally."),
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> binascii_module_create()
{
    if (!g_binascii_error_type.has_flag(TYPE_READY)) {
        type_init_static(g_binascii_error_type, "binascii.Error", sizeof(BaseExceptionObject), &g_exc_ValueError,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_binascii_error_type);
        type_init_static(g_binascii_incomplete_type, "binascii.Incomplete", sizeof(BaseExceptionObject), &g_exc_Exception,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_binascii_incomplete_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("binascii"));
    module_set(module.get(), "__doc__", Val(str_from_utf8("Conversion between binary data and ASCII").get()));
    module_add_functions(module.get(), s_binascii_functions);
    module_set(module.get(), "Error", Val(&g_binascii_error_type));
    module_set(module.get(), "Incomplete", Val(&g_binascii_incomplete_type));
    return module;
}

}  // namespace ginger
