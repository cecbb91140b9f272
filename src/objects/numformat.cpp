// The format-spec mini-language for int and float (CPython's Python/formatter_unicode.c behaviour),
// plus Python's float text layouts (repr and the 'e', 'f', 'g' and no-type presentations).
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "support/c_locale.h"
#include "objects/numformat.h"

#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int_object.h"
#include "objects/protocol.h"

#include <climits>
#include <clocale>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ginger {

static void append_utf8(std::string& out, uint32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

static size_t count_code_points(std::string_view text)
{
    size_t count = 0;
    for (unsigned char c : text)
        count += (c & 0xc0) != 0x80;
    return count;
}

// ---- Parsing ----

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static Error raise_invalid_spec(StrObject* spec, std::string_view type_name)
{
    return raise(&g_exc_ValueError, "Invalid format specifier '{}' for object of type '{}'", spec, type_name);
}

// Reads decimal digits at `pos`; -1 if there are none.
static Result<int64_t> parse_number(StrObject* spec, int64_t& pos)
{
    int64_t start = pos, value = 0;
    while (pos < spec->length) {
        uint32_t c = spec->at(pos);
        if (c < '0' || c > '9')
            break;
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, int64_t(c - '0'), &value)
            || value > INT32_MAX * int64_t(1024))
            return raise(&g_exc_ValueError, "Too many decimal digits in format string");
        ++pos;
    }
    return pos == start ? -1 : value;
}

Result<FormatSpec> parse_format_spec(StrObject* spec_text, char default_type, std::string_view type_name)
{
    FormatSpec spec;
    StrObject* s = spec_text;
    int64_t end = s->length, pos = 0;
    bool align_given = false;
    if (end >= 2 && is_align(s->at(1))) {
        spec.fill = s->at(0);
        spec.fill_given = true;
        spec.align = char(s->at(1));
        align_given = true;
        pos = 2;
    } else if (end >= 1 && is_align(s->at(0))) {
        spec.align = char(s->at(0));
        align_given = true;
        pos = 1;
    }
    if (pos < end && (s->at(pos) == '+' || s->at(pos) == '-' || s->at(pos) == ' '))
        spec.sign = char(s->at(pos++));
    if (pos < end && s->at(pos) == 'z') {
        spec.no_neg_zero = true;
        ++pos;
    }
    if (pos < end && s->at(pos) == '#') {
        spec.alternate = true;
        ++pos;
    }
    if (!spec.fill_given && pos < end && s->at(pos) == '0') {
        // CPython compat: '0' before the width means fill '0' and, for numbers, '=' alignment.
        spec.fill = '0';
        spec.fill_given = true;
        if (!align_given && default_type != 's')
            spec.align = '=';
        ++pos;
    }
    spec.width = TRY(parse_number(s, pos));
    if (pos < end && s->at(pos) == ',') {
        spec.grouping = ',';
        ++pos;
        if (pos < end && s->at(pos) == '_')
            return raise(&g_exc_ValueError, "Cannot specify both ',' and '_'.");
    } else if (pos < end && s->at(pos) == '_') {
        spec.grouping = '_';
        ++pos;
        if (pos < end && s->at(pos) == ',')
            return raise(&g_exc_ValueError, "Cannot specify both ',' and '_'.");
    }
    // A width beyond the machine's memory cannot be padded to: MemoryError now rather than an allocation that the
    // kernel's overcommit grants and the OOM killer ends.
    if (spec.width > memory_limit())
        return raise_memory_error();
    if (pos < end && s->at(pos) == '.') {
        ++pos;
        spec.precision = TRY(parse_number(s, pos));
        if (spec.precision < 0)
            return raise(&g_exc_ValueError, "Format specifier missing precision");
    }
    if (end - pos > 1)
        return raise_invalid_spec(s, type_name);
    uint32_t type = default_type;
    if (end - pos == 1)
        type = s->at(pos);
    if (type >= 128) {
        // No valid type is outside ASCII: report it as CPython does.
        char buffer[16];
        snprintf(buffer, sizeof buffer, "\\x%x", type);
        return raise(&g_exc_ValueError, "Unknown format code '{}' for object of type '{}'", buffer, type_name);
    }
    spec.type = char(type);
    if (spec.grouping) {
        switch (spec.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (spec.grouping == '_')
                break;
            [[fallthrough]];
        default: {
            char buffer[64];
            if (spec.type > 32 && static_cast<unsigned char>(spec.type) < 128)
                snprintf(buffer, sizeof buffer, "Cannot specify '%c' with '%c'.", spec.grouping, spec.type);
            else
                snprintf(buffer, sizeof buffer, "Cannot specify '%c' with '\\x%x'.", spec.grouping, unsigned(spec.type));
            return raise(&g_exc_ValueError, std::string_view(buffer));
        }
        }
    }
    return spec;
}

static Error raise_unknown_code(char type, std::string_view type_name)
{
    char buffer[16];
    if (type > 32 && static_cast<unsigned char>(type) < 128)
        snprintf(buffer, sizeof buffer, "%c", type);
    else
        snprintf(buffer, sizeof buffer, "\\x%x", unsigned(static_cast<unsigned char>(type)));
    return raise(&g_exc_ValueError, "Unknown format code '{}' for object of type '{}'", buffer, type_name);
}

// ---- Padding and grouping ----

static void append_fill(std::string& out, uint32_t fill, int64_t count)
{
    if (fill < 0x80) {
        out.append(size_t(count), char(fill));
        return;
    }
    for (int64_t i = 0; i < count; ++i)
        append_utf8(out, fill);
}

Ref<StrObject> apply_padding(std::string_view body, const FormatSpec& spec, char default_align)
{
    int64_t length = int64_t(count_code_points(body));
    if (spec.width <= length)
        return str_from_utf8(body);
    int64_t padding = spec.width - length;
    char align = spec.align ? spec.align : default_align;
    int64_t left = align == '<' ? 0 : align == '^' ? padding / 2 : padding;
    std::string out;
    out.reserve(body.size() + size_t(padding));
    append_fill(out, spec.fill, left);
    out.append(body);
    append_fill(out, spec.fill, padding - left);
    return str_from_utf8(out);
}

// Inserts `separator` every `interval` digits from the right.
static std::string group_digits(std::string_view digits, char separator, int interval)
{
    std::string out;
    out.reserve(digits.size() + digits.size() / size_t(interval));
    size_t first = digits.size() % size_t(interval);
    if (first == 0)
        first = size_t(interval);
    out.append(digits.substr(0, first));
    for (size_t i = first; i < digits.size(); i += size_t(interval)) {
        out += separator;
        out.append(digits.substr(i, size_t(interval)));
    }
    return out;
}

// Format type 'n': the current LC_NUMERIC locale's separator and grouping (CPython's C-library grouping:
// sizes from the right, 0 repeats the last size, CHAR_MAX ends grouping; "" means none).
struct LocaleGrouping {
    std::string separator;
    std::string sizes;
};

static std::string group_digits_locale(std::string_view digits, const LocaleGrouping& g)
{
    std::vector<std::string_view> groups;
    size_t end = digits.size();
    size_t i = 0;
    int size = 0;
    while (end > 0) {
        if (i < g.sizes.size() && g.sizes[i] != 0)
            size = g.sizes[i++];
        if (size <= 0 || size == CHAR_MAX || size_t(size) >= end)
            break;
        groups.push_back(digits.substr(end - size_t(size), size_t(size)));
        end -= size_t(size);
    }
    std::string out(digits.substr(0, end));
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        out += g.separator;
        out.append(*it);
    }
    return out;
}

static LocaleGrouping locale_grouping()
{
    const struct lconv* lc = std::localeconv();
    LocaleGrouping g;
    g.separator = lc->thousands_sep ? lc->thousands_sep : "";
    g.sizes = lc->grouping ? lc->grouping : "";
    if (g.separator.empty())
        g.sizes.clear();
    return g;
}

// Lays out a number: sign, prefix (0x...), integer digits (grouped), then the rest (fraction,
// exponent, '%'), padded per the spec. With fill '0' and '=' alignment the padding zeros are grouped too.
// `locale_grouping` (type 'n') replaces the spec's grouping.
static Ref<StrObject> finish_number(const FormatSpec& spec, std::string_view sign, std::string_view prefix,
                                    std::string digits, std::string_view tail, int interval,
                                    const LocaleGrouping* locale_grouping = nullptr)
{
    char align = spec.align ? spec.align : '>';
    int64_t fixed = int64_t(sign.size() + prefix.size() + count_code_points(tail));
    bool grouped = locale_grouping ? !locale_grouping->sizes.empty() && !digits.empty() : spec.grouping && interval;
    auto group = [&](std::string_view d) {
        return locale_grouping ? group_digits_locale(d, *locale_grouping) : group_digits(d, spec.grouping, interval);
    };
    std::string body;
    if (grouped) {
        if (spec.fill == '0' && align == '=' && spec.width > fixed) {
            int64_t min_width = spec.width - fixed;
            body = group(digits);
            while (int64_t(count_code_points(body)) < min_width) {
                digits.insert(digits.begin(), '0');
                body = group(digits);
            }
        } else {
            body = group(digits);
        }
    } else {
        body = std::move(digits);
    }
    body.append(tail);
    int64_t length = fixed - int64_t(count_code_points(tail)) + int64_t(count_code_points(body));
    std::string out;
    if (spec.width > length) {
        int64_t padding = spec.width - length;
        int64_t left = align == '<' ? 0 : align == '^' ? padding / 2 : align == '=' ? 0 : padding;
        append_fill(out, spec.fill, left);
        out.append(sign);
        out.append(prefix);
        if (align == '=')
            append_fill(out, spec.fill, padding);
        out.append(body);
        if (align == '<' || align == '^')
            append_fill(out, spec.fill, padding - left);
    } else {
        out.reserve(size_t(length));
        out.append(sign);
        out.append(prefix);
        out.append(body);
    }
    return str_from_utf8(out);
}

static std::string_view sign_text(bool negative, char sign)
{
    if (negative)
        return "-";
    if (sign == '+')
        return "+";
    if (sign == ' ')
        return " ";
    return "";
}

// ---- Float text ----

// The exponent as Python prints it: a sign and at least two digits.
static void append_exponent(std::string& out, int exponent, char e)
{
    out += e;
    out += exponent < 0 ? '-' : '+';
    unsigned magnitude = unsigned(exponent < 0 ? -exponent : exponent);
    if (magnitude < 10)
        out += '0';
    char buffer[8];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, magnitude);
    out.append(buffer, end);
}

// Decimal digits (no leading zeros) of a value 0.DIGITS x 10**decimal_point, laid out with or without
// an exponent (CPython's format_float_short).
static std::string layout_digits(std::string_view digits, int decimal_point, bool use_exponent, bool add_dot_0,
                                 bool alternate)
{
    std::string out;
    if (use_exponent) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits.substr(1));
        } else if (alternate) {
            out += '.';
        }
        append_exponent(out, decimal_point - 1, 'e');
    } else if (decimal_point <= 0) {
        out += "0.";
        out.append(size_t(-decimal_point), '0');
        out.append(digits);
    } else if (size_t(decimal_point) >= digits.size()) {
        out.append(digits);
        out.append(size_t(decimal_point) - digits.size(), '0');
        if (add_dot_0)
            out += ".0";
        else if (alternate)
            out += '.';
    } else {
        out.append(digits.substr(0, size_t(decimal_point)));
        out += '.';
        out.append(digits.substr(size_t(decimal_point)));
    }
    return out;
}

// Splits "d.ddde+XX" (to_chars / printf %e output) into digits and a decimal point position.
static void split_scientific(std::string_view text, std::string& digits, int& decimal_point)
{
    size_t e = text.find_first_of("eE");
    digits.clear();
    for (size_t i = 0; i < e; ++i) {
        if (text[i] != '.')
            digits += text[i];
    }
    int exponent = 0;
    size_t i = e + 1;
    bool negative = text[i] == '-';
    if (text[i] == '-' || text[i] == '+')
        ++i;
    for (; i < text.size(); ++i)
        exponent = exponent * 10 + (text[i] - '0');
    decimal_point = (negative ? -exponent : exponent) + 1;
}

static std::string printf_double(const char* format, int64_t precision, double value)
{
    std::vector<char> buffer(size_t(precision) + 400);
    int length = snprintf_double_c(buffer.data(), buffer.size(), format, int(precision), value);
    return std::string(buffer.data(), size_t(length));
}

std::string double_to_text(double magnitude, char mode, int64_t precision, bool alternate, bool add_dot_0)
{
    std::string digits;
    int decimal_point;
    switch (mode) {
    case 'r': {
        char buffer[32];
        auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific);
        split_scientific(std::string_view(buffer, size_t(end - buffer)), digits, decimal_point);
        return layout_digits(digits, decimal_point, decimal_point <= -4 || decimal_point > 16, add_dot_0, alternate);
    }
    case 'e':
        return printf_double(alternate ? "%#.*e" : "%.*e", precision, magnitude);
    case 'f':
        return printf_double(alternate ? "%#.*f" : "%.*f", precision, magnitude);
    case 'g': {
        if (precision == 0)
            precision = 1;
        std::string text = printf_double("%.*e", precision - 1, magnitude);
        split_scientific(text, digits, decimal_point);
        if (alternate) {
            if (int64_t(digits.size()) < precision)
                digits.append(size_t(precision) - digits.size(), '0');
        } else {
            while (digits.size() > 1 && digits.back() == '0')
                digits.pop_back();
        }
        if (magnitude == 0.0)
            decimal_point = 1;
        // With add_dot_0 (no presentation type) the switch to exponents comes one digit earlier.
        int64_t limit = add_dot_0 ? precision - 1 : precision;
        bool use_exponent = decimal_point <= -4 || decimal_point > limit;
        return layout_digits(digits, decimal_point, use_exponent, add_dot_0 && !alternate, alternate);
    }
    }
    VERIFY_NOT_REACHED();
}

// Formats a double with a parsed spec; `type_name` names the object in errors.
static Result<Value> format_double(double value, FormatSpec spec, std::string_view type_name)
{
    char type = spec.type;
    switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return raise_unknown_code(type, type_name);
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool negative = std::signbit(value) && !std::isnan(value);
    double magnitude = std::fabs(value);
    std::string text;
    std::string_view suffix;
    if (std::isnan(value) || std::isinf(value)) {
        text = std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (type == '%')
            suffix = "%";
    } else {
        int64_t precision = spec.precision;
        switch (type) {
        case '\0':
            if (precision < 0)
                text = double_to_text(magnitude, 'r', 0, spec.alternate, true);
            else
                text = double_to_text(magnitude, 'g', precision, spec.alternate, true);
            break;
        case 'e': case 'E':
            text = double_to_text(magnitude, 'e', precision < 0 ? 6 : precision, spec.alternate, false);
            break;
        case 'f': case 'F':
            text = double_to_text(magnitude, 'f', precision < 0 ? 6 : precision, spec.alternate, false);
            break;
        case 'g': case 'G': case 'n':
            text = double_to_text(magnitude, 'g', precision < 0 ? 6 : precision, spec.alternate, false);
            break;
        case '%':
            text = double_to_text(magnitude * 100, 'f', precision < 0 ? 6 : precision, spec.alternate, false);
            suffix = "%";
            break;
        }
        if (upper) {
            for (char& c : text) {
                if (c == 'e')
                    c = 'E';
            }
        }
        if (negative && spec.no_neg_zero && text.find_first_of("123456789") == std::string::npos)
            negative = false;
    }
    // The integer part (grouped) is the leading run of digits.
    size_t split = 0;
    while (split < text.size() && text[split] >= '0' && text[split] <= '9')
        ++split;
    std::string digits = text.substr(0, split);
    std::string tail = text.substr(split);
    tail.append(suffix);
    int interval = split ? 3 : 0;
    if (type == 'n') {
        LocaleGrouping g = locale_grouping();
        const char* point = std::localeconv()->decimal_point;
        if (size_t dot = tail.find('.'); dot != std::string::npos && point && *point)
            tail.replace(dot, 1, point);
        return Value(finish_number(spec, sign_text(negative, spec.sign), "", std::move(digits), tail, interval, &g));
    }
    return Value(finish_number(spec, sign_text(negative, spec.sign), "", std::move(digits), tail, interval));
}

Result<Value> float_format(double value, StrObject* spec_text)
{
    FormatSpec spec = TRY(parse_format_spec(spec_text, '\0', "float"));
    if (spec.precision > INT32_MAX)
        return raise(&g_exc_ValueError, "precision too big");
    return format_double(value, spec, "float");
}

// ---- complex ----

// One part of a formatted complex: the sign (or none), the integer digits and the rest, for
// presentation `type` ('r' is repr's shortest digits) at `precision`.
struct ComplexPart {
    bool negative;
    std::string digits;
    std::string tail;
};

static ComplexPart complex_part(double value, char type, int64_t precision, const FormatSpec& spec)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    ComplexPart part { std::signbit(value) && !std::isnan(value), "", "" };
    std::string text;
    if (std::isnan(value) || std::isinf(value)) {
        text = std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    } else {
        double magnitude = std::fabs(value);
        switch (type) {
        case 'r': text = double_to_text(magnitude, 'r', 0, spec.alternate, false); break;
        case 'e': case 'E': text = double_to_text(magnitude, 'e', precision, spec.alternate, false); break;
        case 'f': case 'F': text = double_to_text(magnitude, 'f', precision, spec.alternate, false); break;
        default: text = double_to_text(magnitude, 'g', precision, spec.alternate, false); break;
        }
        if (upper) {
            for (char& c : text) {
                if (c == 'e')
                    c = 'E';
            }
        }
        if (part.negative && spec.no_neg_zero && text.find_first_of("123456789") == std::string::npos)
            part.negative = false;
    }
    size_t split = 0;
    while (split < text.size() && text[split] >= '0' && text[split] <= '9')
        ++split;
    part.digits = text.substr(0, split);
    part.tail = text.substr(split);
    return part;
}

// CPython's format_complex_internal: both parts formatted alike, the imaginary one always signed
// unless the real part is left out; no type means repr's layout (a real part of +0.0 left out,
// parentheses otherwise). The whole is then padded; '0' padding and '=' alignment are refused.
Result<Value> complex_format(double real, double imag, StrObject* spec_text)
{
    FormatSpec spec = TRY(parse_format_spec(spec_text, '\0', "complex"));
    if (spec.precision > INT32_MAX)
        return raise(&g_exc_ValueError, "precision too big");
    switch (spec.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return raise_unknown_code(spec.type, "complex");
    }
    if (spec.fill == '0')
        return raise(&g_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (spec.align == '=')
        return raise(&g_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    char type = spec.type;
    int64_t default_precision = 6;
    bool skip_real = false, parentheses = false;
    if (type == '\0') {
        type = 'r';
        default_precision = 0;
        if (real == 0.0 && !std::signbit(real))
            skip_real = true;
        else
            parentheses = true;
    }
    if (type == 'n')
        type = 'g';
    int64_t precision = spec.precision;
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    ComplexPart re = complex_part(real, type, precision, spec);
    ComplexPart im = complex_part(imag, type, precision, spec);
    char grouping = spec.type == 'n' ? 0 : spec.grouping;
    auto lay_out = [&](const ComplexPart& part, char sign) {
        std::string out(sign_text(part.negative, sign));
        out += grouping && !part.digits.empty() ? group_digits(part.digits, grouping, 3) : part.digits;
        out += part.tail;
        return out;
    };
    std::string body;
    if (parentheses)
        body += '(';
    if (!skip_real)
        body += lay_out(re, spec.sign);
    body += lay_out(im, skip_real ? spec.sign : '+');
    body += 'j';
    if (parentheses)
        body += ')';
    return Value(apply_padding(body, spec, '>'));
}

// ---- int ----

Result<Value> int_format(Val v, StrObject* spec_text)
{
    if (spec_text->length == 0)
        return object_str(v);  // CPython compat: format(True, '') is 'True'
    FormatSpec spec = TRY(parse_format_spec(spec_text, 'd', "int"));
    switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_double(TRY(int_to_double(v)), spec, "int");
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return raise_unknown_code(spec.type, "int");
    }
    if (spec.precision >= 0)
        return raise(&g_exc_ValueError, "Precision not allowed in integer format specifier");
    if (spec.no_neg_zero)
        return raise(&g_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign)
            return raise(&g_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return raise(&g_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t code;
        if (!int_to_int64(v, code) || code < 0 || code > 0x10ffff)
            return raise(&g_exc_OverflowError, "%c arg not in range(0x110000)");
        std::string body;
        append_utf8(body, uint32_t(code));
        return Value(finish_number(spec, "", "", "", body, 0));
    }
    int base = 10;
    const char* prefix = "";
    switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!spec.alternate)
        prefix = "";
    bool negative = int_sign(v) < 0;
    std::string digits;
    if (v.is_small_int()) {
        int64_t x = v.small_int_value();
        char buffer[72];
        auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, x < 0 ? -uint64_t(x) : uint64_t(x), base);
        digits.assign(buffer, end);
    } else if (base == 10) {
        digits = TRY(int_to_decimal_checked(v));
        if (negative)
            digits.erase(0, 1);
    } else {
        MpzView view(v);
        digits.resize(mpz_sizeinbase(view, base) + 2);
        mpz_get_str(digits.data(), base, view);
        digits.resize(strlen(digits.c_str()));
        if (negative)
            digits.erase(0, 1);
    }
    if (spec.type == 'X') {
        for (char& c : digits)
            c = char(toupper(static_cast<unsigned char>(c)));
    }
    if (spec.type == 'n') {
        LocaleGrouping g = locale_grouping();
        return Value(finish_number(spec, sign_text(negative, spec.sign), prefix, std::move(digits), "", 3, &g));
    }
    return Value(finish_number(spec, sign_text(negative, spec.sign), prefix, std::move(digits), "", base == 10 ? 3 : 4));
}

}  // namespace ginger
