// String formatting: str.format / str.format_map (the replacement-field language), str % args
// (printf-style), format(value, spec) and the format mini-language for str.
#include "objects/dict.h"
#include "support/c_locale.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/strformat.h"
#include "objects/tuple.h"
#include "support/unicode.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace ginger {

// Implemented with the numeric types (objects/numformat.h).
Result<Value> int_format(Val v, StrObject* spec);
Result<Value> float_format(double v, StrObject* spec);

namespace {

// Accumulates code points; build() makes a str of the narrowest kind.
class Writer {
public:
    void reserve(size_t n) { m_points.reserve(n); }
    void append(StrObject* s, int64_t start, int64_t end)
    {
        size_t at = m_points.size();
        m_points.resize(at + size_t(end - start));
        char32_t* out = m_points.data() + at;
        if (s->kind == 1) {
            for (int64_t i = start; i < end; ++i)
                *out++ = s->data[i];
        } else {
            for (int64_t i = start; i < end; ++i)
                *out++ = s->at(i);
        }
    }
    void append(StrObject* s) { append(s, 0, s->length); }
    void append_ascii(std::string_view text) { m_points.append(text.begin(), text.end()); }
    void append_char(uint32_t c, int64_t count = 1)
    {
        if (count > 0)
            m_points.append(size_t(count), char32_t(c));
    }
    size_t size() const { return m_points.size(); }
    Ref<StrObject> build() const { return str_from_codepoints(reinterpret_cast<const uint32_t*>(m_points.data()), m_points.size()); }

private:
    std::u32string m_points;
};

Value str_value(Ref<StrObject> s) { return std::move(s).value(); }

// ---- the format mini-language for str ----

struct Spec {
    uint32_t fill = ' ';
    bool fill_given = false;
    char align = 0;
    char sign = 0;
    bool no_neg_zero = false;
    bool alternate = false;
    int64_t width = -1;
    char grouping = 0;
    int64_t precision = -1;
    uint32_t type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits at spec[i...]; -1 if there are none.
Result<int64_t> read_number(StrObject* spec, int64_t& i)
{
    int64_t value = -1;
    for (; i < spec->length; ++i) {
        int digit = unicode::decimal_value(spec->at(i));
        if (digit < 0)
            break;
        if (value < 0)
            value = 0;
        if (value > (std::numeric_limits<int64_t>::max() - digit) / 10)
            return raise(&g_exc_ValueError, "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type], as CPython parses it for a
// type whose default alignment is left.
Result<Spec> parse_spec(StrObject* spec, std::string_view type_name, uint32_t default_type)
{
    Spec result;
    int64_t n = spec->length;
    int64_t i = 0;
    if (n >= 2 && is_align(spec->at(1))) {
        result.fill = spec->at(0);
        result.fill_given = true;
        result.align = char(spec->at(1));
        i = 2;
    } else if (n >= 1 && is_align(spec->at(0))) {
        result.align = char(spec->at(0));
        i = 1;
    }
    if (i < n && (spec->at(i) == '+' || spec->at(i) == '-' || spec->at(i) == ' '))
        result.sign = char(spec->at(i++));
    if (i < n && spec->at(i) == 'z') {
        result.no_neg_zero = true;
        ++i;
    }
    if (i < n && spec->at(i) == '#') {
        result.alternate = true;
        ++i;
    }
    if (!result.fill_given && i < n && spec->at(i) == '0') {
        result.fill = '0';
        ++i;
    }
    result.width = TRY(read_number(spec, i));
    if (i < n && (spec->at(i) == ',' || spec->at(i) == '_')) {
        result.grouping = char(spec->at(i++));
        if (i < n && (spec->at(i) == ',' || spec->at(i) == '_')) {
            if (spec->at(i) == uint32_t(result.grouping))
                return raise(&g_exc_ValueError, "Cannot specify '{}' with '{}'.", std::string(1, result.grouping), std::string(1, result.grouping));
            return raise(&g_exc_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    if (i < n && spec->at(i) == '.') {
        ++i;
        result.precision = TRY(read_number(spec, i));
        if (result.precision < 0)
            return raise(&g_exc_ValueError, "Format specifier missing precision");
    }
    if (n - i > 1)
        return raise(&g_exc_ValueError, "Invalid format specifier '{}' for object of type '{}'", spec, type_name);
    result.type = i < n ? spec->at(i) : default_type;
    if (result.grouping) {
        switch (result.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (result.grouping == '_')
                break;
            [[fallthrough]];
        default: {
            std::string type_char;
            type_char += char(result.type < 128 ? result.type : '?');
            return raise(&g_exc_ValueError, "Cannot specify '{}' with '{}'.", std::string(1, result.grouping), type_char);
        }
        }
    }
    return result;
}

Error unknown_format_code(uint32_t type, std::string_view type_name)
{
    if (type > 32 && type < 128)
        return raise(&g_exc_ValueError, "Unknown format code '{}' for object of type '{}'", std::string(1, char(type)), type_name);
    char hex[16];
    snprintf(hex, sizeof hex, "\\x%x", unsigned(type));
    return raise(&g_exc_ValueError, "Unknown format code '{}' for object of type '{}'", hex, type_name);
}

// s[0, length) padded to width code points with fill, aligned '<', '>' or '^'.
Ref<StrObject> pad_text(StrObject* s, int64_t length, int64_t width, uint32_t fill, char align)
{
    if (width <= length) {
        if (length == s->length)
            return s->type == &g_str_type ? Ref<StrObject>(s) : str_substring(s, 0, length);
        return str_substring(s, 0, length);
    }
    int64_t padding = width - length;
    int64_t left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
    Writer out;
    out.reserve(size_t(width));
    out.append_char(fill, left);
    out.append(s, 0, length);
    out.append_char(fill, padding - left);
    return out.build();
}

}  // namespace

Result<Value> str_format_spec(StrObject* s, StrObject* spec_text)
{
    if (spec_text->length == 0)
        return s->type == &g_str_type ? Value::borrow(Val(s)) : str_value(str_substring(s, 0, s->length));
    Spec spec = TRY(parse_spec(spec_text, "str", 's'));
    if (spec.type != 's')
        return unknown_format_code(spec.type, "str");
    if (spec.sign == ' ')
        return raise(&g_exc_ValueError, "Space not allowed in string format specifier");
    if (spec.sign)
        return raise(&g_exc_ValueError, "Sign not allowed in string format specifier");
    if (spec.no_neg_zero)
        return raise(&g_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate)
        return raise(&g_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=')
        return raise(&g_exc_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t length = s->length;
    if (spec.precision >= 0 && spec.precision < length)
        length = spec.precision;
    return str_value(pad_text(s, length, spec.width, spec.fill, spec.align ? spec.align : '<'));
}

Result<Value> format_value(Val value, StrObject* spec)
{
    if (is_str_exact(value))
        return str_format_spec(value.as<StrObject>(), spec);
    if (value.is_small_int() || value.type() == &g_int_type) {
        if (spec->length == 0)
            return object_str(value);
        return int_format(value, spec);
    }
    if (is_float_exact(value)) {
        if (spec->length == 0)
            return object_str(value);
        return float_format(float_value(value), spec);
    }
    Value result = TRY(call_special(value, NAME_OF(__format__), { Val(spec) }));
    if (!result)
        return raise(&g_exc_TypeError, "Type {} doesn't define __format__", value.type()->type_name());
    if (!is_str(result))
        return raise(&g_exc_TypeError, "__format__ must return a str, not {}", result.type()->type_name());
    return result;
}

// ---- str.format and str.format_map ----

namespace {

enum class Numbering : uint8_t { Unknown, Automatic, Manual };

// Where replacement fields find their values.
struct FormatContext {
    const Val* args = nullptr;  // positional arguments
    int64_t nargs = 0;
    TupleObject* kwnames = nullptr;
    const Val* kwvalues = nullptr;
    Val mapping;                // format_map's mapping (instead of keywords)
    Numbering numbering = Numbering::Unknown;
    int64_t next_auto = 0;
};

}  // namespace

Result<int64_t> format_parse_index(StrObject* s, int64_t start, int64_t end)
{
    if (start == end)
        return int64_t(-1);
    int64_t value = 0;
    for (int64_t i = start; i < end; ++i) {
        int digit = unicode::decimal_value(s->at(i));
        if (digit < 0)
            return int64_t(-1);
        if (value > (std::numeric_limits<int64_t>::max() - digit) / 10)
            return raise(&g_exc_ValueError, "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

int64_t field_name_first_end(StrObject* s, int64_t start, int64_t end)
{
    int64_t i = start;
    while (i < end && s->at(i) != '.' && s->at(i) != '[')
        ++i;
    return i;
}

Result<bool> field_name_next(StrObject* s, int64_t& i, int64_t end, FieldNamePart& out)
{
    if (i >= end)
        return false;
    out = FieldNamePart {};
    uint32_t c = s->at(i++);
    out.start = i;
    if (c == '.') {
        out.is_attribute = true;
        i = field_name_first_end(s, i, end);
        out.end = i;
    } else if (c == '[') {
        while (i < end && s->at(i) != ']')
            ++i;
        if (i >= end)
            return raise(&g_exc_ValueError, "Missing ']' in format string");
        out.end = i++;  // past the ']'
        out.index = TRY(format_parse_index(s, out.start, out.end));
    } else {
        return raise(&g_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (out.start == out.end)
        return raise(&g_exc_ValueError, "Empty attribute in format string");
    return true;
}

// The field after a '{' at i: its name runs to '}', ':' or '!' (brackets may hold any of those), then come an
// optional "!c" conversion and an optional ":spec" that may nest fields.
static Result<void> parse_field(StrObject* fmt, int64_t& i, int64_t end, FormatMarkup& out)
{
    out.has_field = true;
    out.name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = fmt->at(i++);
        if (c == '{')
            return raise(&g_exc_ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (i < end && fmt->at(i) != ']')
                ++i;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    out.name_end = i - 1;
    if (c != '!' && c != ':') {
        if (c != '}')
            return raise(&g_exc_ValueError, "expected '}' before end of string");
        out.spec_start = out.spec_end = i;
        return {};
    }
    if (c == '!') {
        if (i >= end)
            return raise(&g_exc_ValueError, "end of string while looking for conversion specifier");
        out.conversion = fmt->at(i++);
        if (i < end) {
            uint32_t after = fmt->at(i++);
            if (after == '}') {
                out.spec_start = out.spec_end = i;
                return {};
            }
            if (after != ':')
                return raise(&g_exc_ValueError, "expected ':' after conversion specifier");
        }
    }
    out.spec_start = i;
    int nesting = 1;
    while (i < end) {
        uint32_t d = fmt->at(i++);
        if (d == '{') {
            out.spec_nested = true;
            ++nesting;
        } else if (d == '}' && --nesting == 0) {
            out.spec_end = i - 1;
            return {};
        }
    }
    return raise(&g_exc_ValueError, "unmatched '{' in format spec");
}

Result<bool> format_markup_next(StrObject* fmt, int64_t& i, int64_t end, FormatMarkup& out)
{
    if (i >= end)
        return false;
    out = FormatMarkup {};
    out.literal_start = i;
    uint32_t c = 0;
    bool brace = false;
    while (i < end) {
        c = fmt->at(i++);
        if (c == '{' || c == '}') {
            brace = true;
            break;
        }
    }
    out.literal_end = i;
    if (!brace)
        return true;
    bool doubled = i < end && fmt->at(i) == c;
    if (c == '}' && !doubled)
        return raise(&g_exc_ValueError, "Single '}' encountered in format string");
    if (i >= end)
        return raise(&g_exc_ValueError, "Single '{' encountered in format string");
    if (doubled) {
        ++i;  // the literal keeps the first brace of the pair
        return true;
    }
    out.literal_end = i - 1;
    TRY(parse_field(fmt, i, end, out));
    return true;
}

namespace {

Result<Value> lookup_keyword(FormatContext& context, StrObject* key)
{
    if (context.mapping)
        return get_item(context.mapping, Val(key));
    if (context.kwnames) {
        for (int64_t i = 0; i < context.kwnames->size; ++i) {
            if (str_equal(context.kwnames->item(i).as<StrObject>(), key))
                return Value::borrow(context.kwvalues[i]);
        }
    }
    return raise_key_error(Val(key));
}

Result<Value> lookup_positional(FormatContext& context, int64_t index)
{
    if (context.mapping)  // format_map has no positional arguments
        return raise(&g_exc_ValueError, "Format string contains positional fields");
    if (index >= context.nargs)
        return raise(&g_exc_IndexError, "Replacement index {} out of range for positional args tuple", index);
    return Value::borrow(context.args[index]);
}

// The object a field name fmt[start, end) designates: "0", "name", "", then ".attr" and "[key]" parts.
Result<Value> resolve_field(FormatContext& context, StrObject* fmt, int64_t start, int64_t end)
{
    int64_t i = field_name_first_end(fmt, start, end);
    Value object;
    if (i == start) {
        if (context.numbering == Numbering::Manual)
            return raise(&g_exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        context.numbering = Numbering::Automatic;
        object = TRY(lookup_positional(context, context.next_auto++));
    } else {
        int64_t index = TRY(format_parse_index(fmt, start, i));
        if (index >= 0) {
            if (context.numbering == Numbering::Automatic)
                return raise(&g_exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
            context.numbering = Numbering::Manual;
            object = TRY(lookup_positional(context, index));
        } else {
            Ref<StrObject> key = str_substring(fmt, start, i);
            object = TRY(lookup_keyword(context, key.get()));
        }
    }
    FieldNamePart part;
    while (TRY(field_name_next(fmt, i, end, part))) {
        if (part.is_attribute) {
            Ref<StrObject> name = str_intern_ref(str_substring(fmt, part.start, part.end));
            object = TRY(get_attr(object, name.get()));
        } else if (part.index >= 0) {
            Value key = int_from_int64(part.index);
            object = TRY(get_item(object, key));
        } else {
            Ref<StrObject> key = str_substring(fmt, part.start, part.end);
            object = TRY(get_item(object, Val(key)));
        }
    }
    return object;
}

Result<void> render(FormatContext& context, StrObject* fmt, int64_t begin, int64_t end, int depth, Writer& out);

// One replacement field: its value, converted, formatted with its (expanded) spec.
Result<void> render_field(FormatContext& context, StrObject* fmt, const FormatMarkup& field, int depth, Writer& out)
{
    Value object = TRY(resolve_field(context, fmt, field.name_start, field.name_end));
    uint32_t conversion = field.conversion;
    switch (conversion) {
    case 0: break;
    case 'r': object = TRY(object_repr(object)); break;
    case 's': object = TRY(object_str(object)); break;
    case 'a': object = TRY(object_ascii(object)); break;
    default:
        if (conversion > 32 && conversion < 127)
            return raise(&g_exc_ValueError, "Unknown conversion specifier {}", std::string(1, char(conversion)));
        char hex[16];
        snprintf(hex, sizeof hex, "\\x%x", unsigned(conversion));
        return raise(&g_exc_ValueError, "Unknown conversion specifier {}", hex);
    }
    Ref<StrObject> spec;
    if (field.spec_nested) {
        Writer spec_out;
        TRY(render(context, fmt, field.spec_start, field.spec_end, depth - 1, spec_out));
        spec = spec_out.build();
    } else {
        spec = str_substring(fmt, field.spec_start, field.spec_end);
    }
    if (spec->length == 0 && is_str_exact(object)) {
        out.append(object.as<StrObject>());
        return {};
    }
    Value formatted = TRY(format_value(object, spec.get()));
    out.append(formatted.as<StrObject>());
    return {};
}

Result<void> render(FormatContext& context, StrObject* fmt, int64_t begin, int64_t end, int depth, Writer& out)
{
    if (depth <= 0)
        return raise(&g_exc_ValueError, "Max string recursion exceeded");
    int64_t i = begin;
    FormatMarkup markup;
    while (TRY(format_markup_next(fmt, i, end, markup))) {
        out.append(fmt, markup.literal_start, markup.literal_end);
        if (markup.has_field)
            TRY(render_field(context, fmt, markup, depth, out));
    }
    return {};
}

Result<Value> format_with(FormatContext& context, StrObject* fmt)
{
    Writer out;
    out.reserve(size_t(fmt->length) + 16);
    TRY(render(context, fmt, 0, fmt->length, 2, out));
    return str_value(out.build());
}

}  // namespace

Result<Value> str_format_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    FormatContext context;
    context.args = args + 1;
    context.nargs = int64_t(nargs) - 1;
    context.kwnames = kwnames && kwnames->size ? kwnames : nullptr;
    context.kwvalues = args + nargs;
    return format_with(context, args[0].as<StrObject>());
}

Result<Value> str_format_map_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 2 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "str.format_map() takes exactly one argument ({} given)", nargs - 1);
    FormatContext context;
    context.mapping = args[1];
    return format_with(context, args[0].as<StrObject>());
}

// ---- printf-style formatting: str % args ----

namespace {

enum PercentFlags : uint8_t { FLAG_LEFT = 1, FLAG_PLUS = 2, FLAG_SPACE = 4, FLAG_ALTERNATE = 8, FLAG_ZERO = 16 };

struct PercentSpec {
    uint8_t flags = 0;
    int64_t width = -1;
    int64_t precision = -1;
    uint32_t type = 0;
};

// Appends sign + prefix + body padded to spec.width ('0' pads between prefix and body).
void write_number(Writer& out, const PercentSpec& spec, bool negative, std::string_view prefix, std::string_view body)
{
    char sign = negative ? '-' : (spec.flags & FLAG_PLUS) ? '+' : (spec.flags & FLAG_SPACE) ? ' ' : 0;
    int64_t length = int64_t(body.size() + prefix.size()) + (sign ? 1 : 0);
    int64_t padding = spec.width > length ? spec.width - length : 0;
    if (!(spec.flags & FLAG_LEFT) && !(spec.flags & FLAG_ZERO))
        out.append_char(' ', padding);
    if (sign)
        out.append_char(uint32_t(sign));
    out.append_ascii(prefix);
    if (!(spec.flags & FLAG_LEFT) && (spec.flags & FLAG_ZERO))
        out.append_char('0', padding);
    out.append_ascii(body);
    if (spec.flags & FLAG_LEFT)
        out.append_char(' ', padding);
}

void write_text(Writer& out, const PercentSpec& spec, StrObject* text)
{
    int64_t length = text->length;
    if (spec.precision >= 0 && spec.precision < length)
        length = spec.precision;
    int64_t padding = spec.width > length ? spec.width - length : 0;
    if (!(spec.flags & FLAG_LEFT))
        out.append_char(' ', padding);
    out.append(text, 0, length);
    if (spec.flags & FLAG_LEFT)
        out.append_char(' ', padding);
}

Result<void> format_integer(Writer& out, const PercentSpec& spec, Val value)
{
    char type = char(spec.type);
    Value number;
    if (is_int(value)) {
        number = Value::borrow(value);
    } else if (type == 'o' || type == 'x' || type == 'X') {
        if (!value.type()->index)
            return raise(&g_exc_TypeError, "%{} format: an integer is required, not {}", std::string(1, type), value.type()->type_name());
        number = TRY(number_index(value));
    } else if (is_float(value)) {
        number = TRY(int_from_double(float_value(value)));
    } else if (value.type()->to_int) {
        // %d/%i/%u take int(value) (PyNumber_Long): __int__ before __index__.
        number = TRY(value.type()->to_int(value));
        if (!is_int(number))
            return raise(&g_exc_TypeError, "__int__ returned non-int (type {})", number.type()->type_name());
    } else if (value.type()->index) {
        number = TRY(number_index(value));
    } else {
        return raise(&g_exc_TypeError, "%{} format: a real number is required, not {}", std::string(1, type), value.type()->type_name());
    }
    bool negative;
    std::string digits;
    int64_t small;
    if (int_to_int64(number, small)) {
        negative = small < 0;
        uint64_t magnitude = negative ? uint64_t(0) - uint64_t(small) : uint64_t(small);
        char buffer[32];
        const char* format = type == 'o' ? "%llo" : type == 'x' ? "%llx" : type == 'X' ? "%llX" : "%llu";
        snprintf(buffer, sizeof buffer, format, static_cast<unsigned long long>(magnitude));
        digits = buffer;
    } else {
        negative = int_sign(number) < 0;
        if (type == 'o' || type == 'x' || type == 'X') {
            digits = int_to_base(number, type == 'o' ? 8 : 16);
            digits.erase(0, negative ? 3 : 2);  // "-0x" or "0x"
            if (type == 'X') {
                for (char& ch : digits)
                    ch = char(toupper(static_cast<unsigned char>(ch)));
            }
        } else {
            digits = int_to_decimal(number);
            if (negative)
                digits.erase(0, 1);
        }
    }
    if (spec.precision > int64_t(digits.size()))
        digits.insert(0, size_t(spec.precision) - digits.size(), '0');
    std::string_view prefix;
    if (spec.flags & FLAG_ALTERNATE)
        prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    write_number(out, spec, negative, prefix, digits);
    return {};
}

Result<void> format_float(Writer& out, const PercentSpec& spec, Val value)
{
    double d = TRY(float_as_double(value));
    char type = char(spec.type);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool negative = std::signbit(d);
    std::string body;
    if (std::isinf(d) || std::isnan(d)) {
        body = std::isinf(d) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        negative = std::isinf(d) && negative;
    } else {
        int64_t precision = spec.precision < 0 ? 6 : spec.precision;
        char format[8] = "%";
        size_t f = 1;
        if (spec.flags & FLAG_ALTERNATE)
            format[f++] = '#';
        format[f++] = '.';
        format[f++] = '*';
        format[f++] = type;
        format[f] = 0;
        double magnitude = std::fabs(d);
        int size = snprintf_double_c(nullptr, 0, format, int(precision), magnitude);
        body.resize(size_t(size) + 1);
        snprintf_double_c(body.data(), body.size(), format, int(precision), magnitude);
        body.resize(size_t(size));
    }
    write_number(out, spec, negative, "", body);
    return {};
}

Result<void> format_char(Writer& out, const PercentSpec& spec, Val value)
{
    uint32_t c;
    if (is_str(value)) {
        auto* s = value.as<StrObject>();
        if (s->length != 1)
            return raise(&g_exc_TypeError, "%c requires int or char");
        c = s->at(0);
    } else {
        // An int, or anything with __index__ (as CPython's PyLong_AsLongAndOverflow takes it).
        Value number;
        if (is_int(value)) {
            number = Value::borrow(value);
        } else {
            Result<Value> converted = number_index(value);
            if (converted.is_error()) {
                if (!error_matches(&g_exc_TypeError))
                    return Error {};
                clear_error();
                return raise(&g_exc_TypeError, "%c requires int or char");
            }
            number = converted.release_value();
        }
        int64_t n;
        if (!int_to_int64(number, n) || n < 0 || n > 0x10FFFF)
            return raise(&g_exc_OverflowError, "%c arg not in range(0x110000)");
        c = uint32_t(n);
    }
    PercentSpec text_spec = spec;
    text_spec.precision = -1;
    Ref<StrObject> text = str_char(c);
    write_text(out, text_spec, text.get());
    return {};
}

}  // namespace

Result<Value> str_percent_format(StrObject* format, Val args)
{
    const Val* argv;
    int64_t argc;
    if (is_tuple(args)) {
        argv = args.as<TupleObject>()->data();
        argc = args.as<TupleObject>()->size;
    } else {
        argv = reinterpret_cast<const Val*>(&args);
        argc = 1;
    }
    // CPython 3.12 compat: any object with __getitem__ (except tuples and strs) is a mapping here.
    Val mapping = (!is_tuple(args) && !is_str(args) && args.type()->getitem) ? args : Val();
    int64_t argi = 0;
    auto next_arg = [&]() -> Result<Val> {
        if (argi >= argc)
            return raise(&g_exc_TypeError, "not enough arguments for format string");
        return argv[argi++];
    };

    Writer out;
    out.reserve(size_t(format->length) + 16);
    int64_t n = format->length;
    int64_t i = 0;
    while (i < n) {
        int64_t literal = i;
        while (i < n && format->at(i) != '%')
            ++i;
        out.append(format, literal, i);
        if (i == n)
            break;
        ++i;  // '%'
        if (i < n && format->at(i) == '%') {
            out.append_char('%');
            ++i;
            continue;
        }
        Value keyed;  // the value of a %(key) field
        if (i < n && format->at(i) == '(') {
            if (!mapping)
                return raise(&g_exc_TypeError, "format requires a mapping");
            int64_t key_start = ++i;
            int depth = 1;
            while (i < n) {
                uint32_t c = format->at(i);
                if (c == '(')
                    ++depth;
                else if (c == ')' && --depth == 0)
                    break;
                ++i;
            }
            if (i >= n)
                return raise(&g_exc_ValueError, "incomplete format key");
            Ref<StrObject> key = str_substring(format, key_start, i);
            ++i;  // ')'
            keyed = TRY(get_item(mapping, Val(key)));
            argi = argc;  // later fields without a key find no argument left
        }
        PercentSpec spec;
        for (; i < n; ++i) {
            uint32_t c = format->at(i);
            if (c == '-')
                spec.flags |= FLAG_LEFT;
            else if (c == '+')
                spec.flags |= FLAG_PLUS;
            else if (c == ' ')
                spec.flags |= FLAG_SPACE;
            else if (c == '#')
                spec.flags |= FLAG_ALTERNATE;
            else if (c == '0')
                spec.flags |= FLAG_ZERO;
            else
                break;
        }
        // Width and precision: digits, or '*' taking an int argument.
        for (int part = 0; part < 2; ++part) {
            if (part == 1) {
                if (i < n && format->at(i) == '.')
                    ++i;
                else
                    break;
                spec.precision = 0;
            }
            int64_t& target = part == 0 ? spec.width : spec.precision;
            if (i < n && format->at(i) == '*') {
                ++i;
                Val star = TRY(next_arg());
                if (!is_int(star))
                    return raise(&g_exc_TypeError, "* wants int");
                int64_t value = TRY(int_as_ssize(star));
                if (part == 1 && (value > INT32_MAX || value < INT32_MIN))
                    return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
                if (part == 0 && value < 0) {
                    spec.flags |= FLAG_LEFT;
                    value = -value;
                }
                target = value < 0 ? 0 : value;
                continue;
            }
            while (i < n) {
                uint32_t c = format->at(i);
                if (c < '0' || c > '9')
                    break;
                if (target < 0)
                    target = 0;
                if (target > (std::numeric_limits<int64_t>::max() - 9) / 10 || (part == 1 && target * 10 + (c - '0') > INT32_MAX))
                    return raise(&g_exc_ValueError, part == 0 ? "width too big" : "precision too big");
                target = target * 10 + (c - '0');
                ++i;
            }
        }
        if (spec.width > memory_limit())
            return raise_memory_error();
        while (i < n && (format->at(i) == 'h' || format->at(i) == 'l' || format->at(i) == 'L'))
            ++i;
        if (i >= n)
            return raise(&g_exc_ValueError, "incomplete format");
        spec.type = format->at(i);
        int64_t type_index = i++;
        Val value = keyed ? Val(keyed) : TRY(next_arg());
        switch (spec.type) {
        case 's':
        case 'r':
        case 'a': {
            Value text;
            if (spec.type == 's')
                text = is_str_exact(value) ? Value::borrow(value) : TRY(object_str(value));
            else if (spec.type == 'r')
                text = TRY(object_repr(value));
            else
                text = TRY(object_ascii(value));
            write_text(out, spec, text.as<StrObject>());
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            TRY(format_integer(out, spec, value));
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            TRY(format_float(out, spec, value));
            break;
        case 'c':
            TRY(format_char(out, spec, value));
            break;
        default: {
            uint32_t c = spec.type;
            char hex[16];
            snprintf(hex, sizeof hex, "0x%x", unsigned(c));
            std::string shown;
            if (c >= 32 && c < 127)
                shown = std::string(1, char(c));
            else
                shown = std::string(str_char(c)->view());
            return raise(&g_exc_ValueError, "unsupported format character '{}' ({}) at index {}", shown, hex, type_index);
        }
        }
    }
    if (argi < argc && !mapping)
        return raise(&g_exc_TypeError, "not all arguments converted during string formatting");
    return str_value(out.build());
}

}  // namespace ginger
