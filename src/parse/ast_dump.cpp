// A debug printer for the AST in the format of CPython's ast.dump(), used by tests to compare trees with
// CPython 3.12's.
#include "parse/ast_dump.h"

#include "parse/ast_visit.h"
#include "support/unicode.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace ginger::ast {

namespace {

// Converts an integer literal ("0x1F", "0o17", "0b1", "123") to decimal digits.
std::string integer_to_decimal(std::string const& text)
{
    int base = 10;
    size_t begin = 0;
    if (text.size() > 1 && text[0] == '0') {
        char marker = static_cast<char>(text[1] | 0x20);
        if (marker == 'x' || marker == 'o' || marker == 'b') {
            base = marker == 'x' ? 16 : marker == 'o' ? 8 : 2;
            begin = 2;
        }
    }
    // Little-endian limbs in base 10^9.
    std::vector<uint32_t> limbs { 0 };
    for (size_t i = begin; i < text.size(); ++i) {
        char c = text[i];
        int digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = static_cast<uint64_t>(digit);
        for (auto& limb : limbs) {
            uint64_t value = static_cast<uint64_t>(limb) * base + carry;
            limb = static_cast<uint32_t>(value % 1000000000);
            carry = value / 1000000000;
        }
        if (carry)
            limbs.push_back(static_cast<uint32_t>(carry));
    }
    std::string result = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%09u", limbs[i]);
        result += buffer;
    }
    return result;
}

// Python's repr(float): shortest round-trip digits, fixed notation for exponents in [-4, 16).
std::string float_repr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string text(buffer, result.ptr);
    bool negative = text[0] == '-';
    if (negative)
        text.erase(0, 1);
    size_t e = text.find('e');
    int exponent = std::stoi(text.substr(e + 1));
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    std::string out;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out = "0." + std::string(-exponent - 1, '0') + digits;
        } else if (static_cast<int>(digits.size()) <= exponent + 1) {
            out = digits + std::string(exponent + 1 - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char exponent_text[16];
        std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exponent_text;
    }
    return negative ? "-" + out : out;
}

uint32_t next_codepoint(std::string const& text, size_t& i)
{
    unsigned char c = static_cast<unsigned char>(text[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t value = extra == 0 ? c : c & (0x3F >> extra);
    ++i;
    for (int k = 0; k < extra && i < text.size(); ++k, ++i)
        value = (value << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    return value;
}

void append_utf8(std::string& out, uint32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Python's repr(str) or repr(bytes).
std::string string_repr(std::string const& text, bool is_bytes)
{
    bool has_single = text.find('\'') != std::string::npos;
    bool has_double = text.find('"') != std::string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = is_bytes ? "b" : "";
    out += quote;
    size_t i = 0;
    while (i < text.size()) {
        uint32_t c = is_bytes ? static_cast<unsigned char>(text[i++]) : next_codepoint(text, i);
        char buffer[16];
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80) || (c >= 0x80 && c <= 0xA0) || c == 0xAD) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        } else if (!is_bytes && !unicode::is_printable(c)) {
            std::snprintf(buffer, sizeof buffer, c > 0xFFFF ? "\\U%08x" : "\\u%04x", c);
            out += buffer;
        } else {
            append_utf8(out, c);
        }
    }
    out += quote;
    return out;
}

class Dumper {
public:
    explicit Dumper(DumpAttributes attributes)
        : m_attributes(attributes)
    {
    }

    std::string out;

    template<class T>
    void node(T const* value)
    {
        if (!value) {
            out += "None";
            return;
        }
        out += node_name(value);
        out += '(';
        m_first.push_back(true);
        visit_fields(value, *this);
        m_first.pop_back();
        out += ')';
    }

    template<class T>
    void field(char const* name, T* value, bool optional)
    {
        if (!value && optional)
            return;
        begin(name);
        node(static_cast<T const*>(value));
    }

    template<class T>
    void field(char const* name, std::vector<T*> const& values, bool)
    {
        begin(name);
        out += '[';
        for (size_t i = 0; i < values.size(); ++i) {
            if (i)
                out += ", ";
            node(static_cast<T const*>(values[i]));
        }
        out += ']';
    }

    void field(char const* name, std::string const& value, bool optional)
    {
        if (value.empty() && optional)
            return;
        begin(name);
        out += string_repr(value, false);
    }

    void field(char const* name, std::vector<std::string> const& values, bool)
    {
        begin(name);
        out += '[';
        for (size_t i = 0; i < values.size(); ++i) {
            if (i)
                out += ", ";
            out += string_repr(values[i], false);
        }
        out += ']';
    }

    void field(char const* name, int value, bool)
    {
        begin(name);
        out += std::to_string(value);
    }

    void field(char const* name, ConstantValue const& value, bool)
    {
        begin(name);
        out += constant_repr(value);
    }

    template<class E>
    requires std::is_enum_v<E>
    void field(char const* name, E value, bool)
    {
        begin(name);
        out += to_string(value);
        out += "()";
    }

    void field(char const* name, std::vector<CmpOperator> const& values, bool)
    {
        begin(name);
        out += '[';
        for (size_t i = 0; i < values.size(); ++i) {
            if (i)
                out += ", ";
            out += to_string(values[i]);
            out += "()";
        }
        out += ']';
    }

    void attributes(Node const* node)
    {
        if (m_attributes == DumpAttributes::Omit)
            return;
        field("lineno", node->lineno, false);
        field("col_offset", node->col_offset, false);
        field("end_lineno", node->end_lineno, false);
        field("end_col_offset", node->end_col_offset, false);
    }

private:
    void begin(char const* name)
    {
        if (!m_first.back())
            out += ", ";
        m_first.back() = false;
        out += name;
        out += '=';
    }

    DumpAttributes m_attributes;
    std::vector<bool> m_first;
};

template<class T>
std::string dump_any(T const* node, DumpAttributes attributes)
{
    Dumper dumper(attributes);
    dumper.node(node);
    return dumper.out;
}

}

std::string constant_repr(ConstantValue const& value)
{
    switch (value.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "Ellipsis";
    case ConstantValue::Kind::Int: return integer_to_decimal(value.text);
    case ConstantValue::Kind::Float: return float_repr(value.number);
    case ConstantValue::Kind::Complex: {
        std::string text = float_repr(value.number);
        if (text.size() > 2 && text.ends_with(".0"))
            text.resize(text.size() - 2);
        return text + "j";
    }
    case ConstantValue::Kind::Str: return string_repr(value.text, false);
    case ConstantValue::Kind::Bytes: return string_repr(value.text, true);
    }
    return "?";
}

std::string dump(Mod const* node, DumpAttributes attributes) { return dump_any(node, attributes); }
std::string dump(Stmt const* node, DumpAttributes attributes) { return dump_any(node, attributes); }
std::string dump(Expr const* node, DumpAttributes attributes) { return dump_any(node, attributes); }
std::string dump(Pattern const* node, DumpAttributes attributes) { return dump_any(node, attributes); }

}
