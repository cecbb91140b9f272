// Decoding of string and number literals, matching CPython's unicode-escape and bytes-escape rules.
#include "parse/literals.h"
#include "support/ascii.h"
#include "support/unicode_names.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace ginger::parse {

namespace {

UnicodeNameLookup s_name_lookup = unicode_lookup_name;

std::string unicode_error(size_t from, size_t to, char const* what)
{
    return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(from) + "-"
        + std::to_string(to) + ": " + what;
}

}

void set_unicode_name_lookup(UnicodeNameLookup lookup)
{
    s_name_lookup = lookup ? lookup : unicode_lookup_name;
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

bool check_utf8(std::string_view text, std::string& error)
{
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    auto fail = [&](size_t from, size_t to, char const* reason) {
        char buffer[160];
        if (from == to)
            std::snprintf(buffer, sizeof buffer, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", byte(from), from, reason);
        else
            std::snprintf(buffer, sizeof buffer, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s", from, to, reason);
        error = buffer;
        return false;
    };
    size_t i = 0;
    while (i < text.size()) {
        unsigned char c = byte(i);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (length == 0)
            return fail(i, i, "invalid start byte");
        for (int k = 1; k < length; ++k) {
            if (i + k >= text.size())
                return fail(i, i + k - 1, "unexpected end of data");
            unsigned char next = byte(i + k);
            // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates, or > U+10FFFF).
            unsigned char low = 0x80, high = 0xBF;
            if (k == 1) {
                if (c == 0xE0)
                    low = 0xA0;
                else if (c == 0xED)
                    high = 0x9F;
                else if (c == 0xF0)
                    low = 0x90;
                else if (c == 0xF4)
                    high = 0x8F;
            }
            if (next < low || next > high)
                return fail(i, i + k - 1, "invalid continuation byte");
        }
        i += length;
    }
    return true;
}

bool decode_escapes(std::string_view body, bool is_bytes, std::string& out, std::string& error, std::string* invalid_escape)
{
    bool warned = false;
    auto note_invalid = [&](size_t from, size_t to) {
        if (invalid_escape && !warned) {
            *invalid_escape = std::string(body.substr(from, to - from));
            warned = true;
        }
    };
    out.reserve(out.size() + body.size());
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        size_t escape_start = i;
        ++i;
        if (i >= body.size()) {
            out += '\\';
            break;
        }
        char e = body[i++];
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t value = e - '0';
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
                value = value * 8 + (body[i++] - '0');
            if (value > 0377)
                note_invalid(escape_start, i);
            if (is_bytes)
                out += static_cast<char>(value & 0xFF);
            else
                append_utf8(out, value);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            if (is_bytes && e != 'x') {
                note_invalid(escape_start, i);
                out += '\\';
                out += e;
                break;
            }
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t value = 0;
            int count = 0;
            while (count < digits && i < body.size() && hex_digit_value(body[i]) >= 0) {
                value = value * 16 + hex_digit_value(body[i++]);
                ++count;
            }
            if (count < digits) {
                if (is_bytes) {
                    error = "(value error) invalid \\x escape at position " + std::to_string(escape_start);
                } else {
                    char const* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    error = unicode_error(escape_start, i - 1, what);
                }
                return false;
            }
            if (is_bytes) {
                out += static_cast<char>(value);
            } else {
                if (value > 0x10FFFF) {
                    error = unicode_error(escape_start, i - 1, "illegal Unicode character");
                    return false;
                }
                append_utf8(out, value);
            }
            break;
        }
        case 'N': {
            if (is_bytes) {
                note_invalid(escape_start, i);
                out += "\\N";
                break;
            }
            bool has_brace = i < body.size() && body[i] == '{';
            size_t close = has_brace ? body.find('}', i) : std::string_view::npos;
            if (close == std::string_view::npos || close == i + 1) {
                // CPython's end position: the '{' of an empty \N{}, the last character if '}' is missing.
                size_t end = !has_brace ? escape_start + 1 : close == i + 1 ? i : std::max(body.size() - 1, i);
                error = unicode_error(escape_start, end, "malformed \\N character escape");
                return false;
            }
            std::string_view name = body.substr(i + 1, close - i - 1);
            uint32_t codepoint = 0;
            if (s_name_lookup(name, codepoint)) {
                append_utf8(out, codepoint);
            } else {
                error = unicode_error(escape_start, close, "unknown Unicode character name");
                return false;
            }
            i = close + 1;
            break;
        }
        default:
            // CPython keeps unknown escapes as they are, and warns (SyntaxWarning).
            note_invalid(escape_start, i);
            out += '\\';
            out += e;
            break;
        }
    }
    return true;
}

void decode_number(std::string_view text, ast::ConstantValue& value)
{
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        if (c != '_')
            clean += c;
    }
    char last = clean.empty() ? '\0' : clean.back();
    bool is_complex = last == 'j' || last == 'J';
    bool is_based = clean.size() > 1 && clean[0] == '0' && std::strchr("xXoObB", clean[1]) != nullptr;
    bool is_float = !is_based && clean.find_first_of(".eE") != std::string::npos;
    if (is_complex) {
        clean.pop_back();
        value.kind = ast::ConstantValue::Kind::Complex;
    } else if (is_float) {
        value.kind = ast::ConstantValue::Kind::Float;
    } else {
        value.kind = ast::ConstantValue::Kind::Int;
        value.text = std::move(clean);
        return;
    }
    double number = 0;
    auto result = std::from_chars(clean.data(), clean.data() + clean.size(), number);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars reports overflow without a value; CPython gives inf, or 0 for underflow.
        bool big = clean.find_first_of("eE") == std::string::npos || clean[clean.find_first_of("eE") + 1] != '-';
        number = big ? HUGE_VAL : 0.0;
    }
    value.number = number;
}

}
