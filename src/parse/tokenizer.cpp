// The tokenizer: produces CPython's token stream one token at a time, with CPython 3.12's error messages.
#include "parse/tokenizer.h"

#include "support/normalize.h"
#include "support/unicode.h"
#include "support/utf8.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace ginger::parse {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_identifier_start(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_identifier_char(char c) { return is_identifier_start(c) || is_digit(c); }

// Decodes the UTF-8 sequence at `text[i]`, storing its length. Invalid bytes decode as themselves, length 1.
uint32_t decode_utf8(std::string_view text, size_t i, size_t& length)
{
    auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    uint32_t c = byte(i);
    length = 1;
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t value = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        uint32_t next = byte(i + k);
        if ((next & 0xC0) != 0x80)
            return c;
        value = (value << 6) | (next & 0x3F);
    }
    length = extra + 1;
    return value;
}

// NFKC normalisation of identifiers, as PEP 3131 asks (ﬁ is fi, ℌ is H).
std::string normalize_identifier(std::string_view text)
{
    std::vector<uint32_t> points;
    size_t i = 0;
    while (i < text.size()) {
        size_t length;
        points.push_back(decode_utf8(text, i, length));
        i += length;
    }
    std::string out;
    for (uint32_t c : unicode::normalize(unicode::NormalForm::NFKC, points.data(), points.size()))
        utf8::append(out, c);
    return out;
}

std::string format_codepoint(uint32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", c);
    return buffer;
}

}

// The errors CPython's tokenizer reports through tok->done rather than by raising: they do not replace a
// syntax error found earlier by the parser.
bool msg_is_deferred(std::string const& msg)
{
    return msg == "unindent does not match any outer indentation level" || msg == "inconsistent use of tabs and spaces in indentation"
        || msg == "too many levels of indentation" || msg == "unexpected character after line continuation character"
        || msg == "unexpected EOF while parsing" || msg.ends_with("' was never closed");
}

char const* token_kind_name(TokenKind kind)
{
    switch (kind) {
    case TokenKind::ENDMARKER: return "ENDMARKER";
    case TokenKind::NAME: return "NAME";
    case TokenKind::NUMBER: return "NUMBER";
    case TokenKind::STRING: return "STRING";
    case TokenKind::NEWLINE: return "NEWLINE";
    case TokenKind::INDENT: return "INDENT";
    case TokenKind::DEDENT: return "DEDENT";
    case TokenKind::OP: return "OP";
    case TokenKind::FSTRING_START: return "FSTRING_START";
    case TokenKind::FSTRING_MIDDLE: return "FSTRING_MIDDLE";
    case TokenKind::FSTRING_END: return "FSTRING_END";
    case TokenKind::ERRORTOKEN: return "ERRORTOKEN";
    case TokenKind::TYPE_COMMENT: return "TYPE_COMMENT";
    }
    return "?";
}

Tokenizer::Tokenizer(std::string_view source, Cookie cookie)
{
    decode_source(source, cookie);
    m_line_starts.push_back(0);
}

std::optional<std::string> coding_cookie(std::string_view source)
{
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    // A coding declaration is a comment on line 1 or 2 containing "coding[:=]name".
    size_t line_begin = 0;
    for (int line = 0; line < 2 && line_begin < source.size(); ++line) {
        size_t line_end = source.find('\n', line_begin);
        std::string_view text = source.substr(line_begin, line_end == std::string_view::npos ? std::string_view::npos : line_end - line_begin);
        size_t first = text.find_first_not_of(" \t\f");
        if (first == std::string_view::npos || text[first] != '#') {
            if (first != std::string_view::npos)
                break;
        } else {
            // The first "coding" followed by ':' or '=' and a name (as CPython, a later one if one has no name).
            for (size_t at = text.find("coding"); at != std::string_view::npos; at = text.find("coding", at + 1)) {
                if (at + 6 >= text.size() || (text[at + 6] != ':' && text[at + 6] != '='))
                    continue;
                size_t name_begin = text.find_first_not_of(" \t", at + 7);
                if (name_begin == std::string_view::npos)
                    continue;
                size_t name_end = name_begin;
                while (name_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[name_end])) || text[name_end] == '-' || text[name_end] == '_' || text[name_end] == '.'))
                    ++name_end;
                if (name_end > name_begin)
                    return std::string(text.substr(name_begin, name_end - name_begin));
            }
        }
        if (line_end == std::string_view::npos)
            break;
        line_begin = line_end + 1;
    }
    return std::nullopt;
}

std::string normal_encoding_name(std::string_view name)
{
    std::string lower;
    for (char c : name)
        lower += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "utf-8" || lower.starts_with("utf-8-"))
        return "utf-8";
    if (lower == "latin-1" || lower == "iso-8859-1" || lower == "iso-latin-1" || lower.starts_with("latin-1-") ||
        lower.starts_with("iso-8859-1-") || lower.starts_with("iso-latin-1-"))
        return "iso-8859-1";
    return std::string(name);
}

// Strips a BOM, applies a latin-1 coding declaration, and turns "\r\n" and "\r" into "\n". Like CPython, the
// result always ends in a newline.
void Tokenizer::decode_source(std::string_view source, Cookie cookie)
{
    bool latin1 = false;
    if (cookie == Cookie::Apply) {
        if (auto name = coding_cookie(source))
            latin1 = normal_encoding_name(*name) == "iso-8859-1";
    }
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    m_source.reserve(source.size() + 1);
    for (size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\r') {
            m_source += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
        } else if (latin1 && static_cast<unsigned char>(c) >= 0x80) {
            unsigned char u = static_cast<unsigned char>(c);
            m_source += static_cast<char>(0xC0 | (u >> 6));
            m_source += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            m_source += c;
        }
    }
    m_ended_with_newline = !m_source.empty() && m_source.back() == '\n';
    if (!m_ended_with_newline)
        m_source += '\n';
}

std::string_view Tokenizer::line_text(int lineno) const
{
    // Lines past the tokenizer's progress are found by scanning.
    if (lineno < 1)
        return {};
    size_t begin = 0;
    if (lineno >= 1 && static_cast<size_t>(lineno) <= m_line_starts.size()) {
        begin = m_line_starts[lineno - 1];
    } else {
        begin = m_line_starts.back();
        for (int line = static_cast<int>(m_line_starts.size()); line < lineno && begin < m_source.size(); ++line) {
            size_t end = m_source.find('\n', begin);
            begin = end == std::string::npos ? m_source.size() : end + 1;
        }
    }
    if (begin >= m_source.size())
        return {};
    size_t end = m_source.find('\n', begin);
    end = end == std::string::npos ? m_source.size() : end + 1;
    return std::string_view(m_source).substr(begin, end - begin);
}

void Tokenizer::newline_at(size_t position)
{
    ++m_line;
    m_line_start = position + 1;
    if (m_line_starts.size() < static_cast<size_t>(m_line))
        m_line_starts.push_back(m_line_start);
}

Token Tokenizer::make(TokenKind kind, size_t start, int start_line, int start_col)
{
    Token token;
    token.kind = kind;
    token.text = std::string_view(m_source).substr(start, m_pos - start);
    token.lineno = start_line;
    token.col_offset = start_col;
    token.end_lineno = m_line;
    token.end_col_offset = column();
    token.start = start;
    token.end = m_pos;
    if (kind != TokenKind::NEWLINE && kind != TokenKind::INDENT && kind != TokenKind::DEDENT)
        m_emitted_content = true;
    return token;
}

Token Tokenizer::fail(std::string msg, int lineno, int col_offset, int end_lineno, int end_col_offset, char const* type)
{
    if (!m_has_error) {
        m_has_error = true;
        m_error.type = type;
        m_error.msg = std::move(msg);
        m_error.lineno = lineno;
        m_error.col_offset = col_offset;
        m_error.end_lineno = end_lineno < 0 ? lineno : end_lineno;
        m_error.end_col_offset = end_col_offset == END_AT_START ? col_offset : end_col_offset;
        m_error.deferred = msg_is_deferred(m_error.msg);
        m_error.in_fstring = !m_fstrings.empty();
    }
    Token token;
    token.kind = TokenKind::ERRORTOKEN;
    token.lineno = token.end_lineno = lineno;
    token.col_offset = token.end_col_offset = col_offset;
    token.start = token.end = m_pos;
    return token;
}

bool Tokenizer::is_fstring_literal_mode() const
{
    if (m_fstrings.empty())
        return false;
    auto const& fstring = m_fstrings.back();
    return fstring.fields.empty() || fstring.fields.back().in_format_spec;
}

Token Tokenizer::next()
{
    if (m_has_error)
        return fail(m_error.msg, m_error.lineno, m_error.col_offset);
    if (m_pending_dedents > 0) {
        --m_pending_dedents;
        return make(TokenKind::DEDENT, m_pos, m_line, column());
    }
    if (m_done)
        return make(TokenKind::ENDMARKER, m_pos, m_line, column());
    if (is_fstring_literal_mode())
        return scan_fstring_literal();
    if (m_at_line_start && m_parens.empty()) {
        Token token = scan_indentation();
        if (token.kind != TokenKind::ENDMARKER || m_done || m_has_error)
            return token;
    }
    return next_in_line();
}

// Measures the indentation of a new logical line, skipping blank and comment-only lines. Returns INDENT, DEDENT
// or an error; ENDMARKER (without setting m_done) means "no indentation change, go on with the line".
Token Tokenizer::scan_indentation()
{
    while (true) {
        int col = 0, alt_col = 0;
        while (m_pos < m_source.size()) {
            char c = m_source[m_pos];
            if (c == ' ') {
                ++col;
                ++alt_col;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                ++alt_col;
            } else if (c == '\f') {
                col = alt_col = 0;
            } else {
                break;
            }
            ++m_pos;
        }
        if (m_pos >= m_source.size()) {
            m_pending_dedents = static_cast<int>(m_indents.size()) - 1;
            m_indents.resize(1);
            m_alt_indents.resize(1);
            m_done = true;
            return next();
        }
        char c = m_source[m_pos];
        if (c == '#') {
            if (m_type_comments) {
                // A type comment alone on its line is a token, and a NEWLINE follows it; the line's indentation
                // counts for nothing.
                Token token = scan_type_comment(true);
                if (token.kind == TokenKind::TYPE_COMMENT) {
                    m_at_line_start = false;
                    return token;
                }
            }
            while (m_pos < m_source.size() && m_source[m_pos] != '\n')
                ++m_pos;
            c = '\n';
        }
        if (c == '\n') {
            newline_at(m_pos);
            ++m_pos;
            continue;
        }
        m_at_line_start = false;
        m_emitted_content = false;
        int top = m_indents.back();
        if (col == top) {
            if (alt_col != m_alt_indents.back())
                return fail("inconsistent use of tabs and spaces in indentation", m_line, 0, -1, END_OFFSET_ZERO, "TabError");
            Token none;
            none.kind = TokenKind::ENDMARKER;
            return none;
        }
        if (col > top) {
            if (alt_col <= m_alt_indents.back())
                return fail("inconsistent use of tabs and spaces in indentation", m_line, 0, -1, END_OFFSET_ZERO, "TabError");
            if (m_indents.size() >= 100)
                return fail("too many levels of indentation", m_line, column(), -1, END_AT_START, "IndentationError");
            m_indents.push_back(col);
            m_alt_indents.push_back(alt_col);
            return make(TokenKind::INDENT, m_line_start, m_line, 0);
        }
        int count = 0;
        while (m_indents.size() > 1 && col < m_indents.back()) {
            m_indents.pop_back();
            m_alt_indents.pop_back();
            ++count;
        }
        if (col != m_indents.back())
            {
            // CPython 3.12 compat: the error points just past the end of the line.
            size_t line_end = m_source.find('\n', m_pos);
            int end_col = static_cast<int>((line_end == std::string::npos ? m_source.size() : line_end) - m_line_start);
            return fail("unindent does not match any outer indentation level", m_line, end_col, -1, END_OFFSET_MINUS_ONE, "IndentationError");
        }
        if (alt_col != m_alt_indents.back())
            return fail("inconsistent use of tabs and spaces in indentation", m_line, 0, -1, END_OFFSET_ZERO, "TabError");
        m_pending_dedents = count - 1;
        return make(TokenKind::DEDENT, m_pos, m_line, column());
    }
}

// "#", spaces or tabs, "type:", spaces or tabs, then the comment's text (CPython's type_comment_prefix "# type: ").
Token Tokenizer::scan_type_comment(bool blank_line)
{
    size_t line_end = m_source.find('\n', m_pos);
    if (line_end == std::string::npos)
        line_end = m_source.size();
    size_t p = m_pos + 1;
    auto skip_blanks = [&] {
        while (p < line_end && (m_source[p] == ' ' || m_source[p] == '\t'))
            ++p;
    };
    skip_blanks();
    Token none;
    none.kind = TokenKind::ENDMARKER;
    if (std::string_view(m_source).substr(p, 5) != "type:" || p + 5 > line_end)
        return none;
    p += 5;
    skip_blanks();
    std::string_view text = std::string_view(m_source).substr(p, line_end - p);
    // "ignore" alone, or followed by anything ASCII that is not a letter or digit.
    bool ignore = text.starts_with("ignore")
        && !(text.size() > 6 && (static_cast<unsigned char>(text[6]) >= 0x80 || isalnum(static_cast<unsigned char>(text[6]))));
    if (ignore) {
        // CPython 3.12 compat: alone on its line, the ignore's tag takes the newline too.
        m_type_ignores.push_back({ m_line, std::string(text.substr(6)) + (blank_line ? "\n" : "") });
        return none;
    }
    size_t start = p;
    int start_col = static_cast<int>(p - m_line_start);
    m_pos = line_end;
    return make(TokenKind::TYPE_COMMENT, start, m_line, start_col);
}

Token Tokenizer::next_in_line()
{
    // CPython 3.12 compat: a NEWLINE after a comment starts where the comment starts.
    size_t comment_start = std::string::npos;
    while (true) {
        while (m_pos < m_source.size() && (m_source[m_pos] == ' ' || m_source[m_pos] == '\t' || m_source[m_pos] == '\f'))
            ++m_pos;
        if (m_pos >= m_source.size()) {
            if (!m_parens.empty()) {
                auto const& paren = m_parens.back();
                return fail(std::string("'") + paren.kind + "' was never closed", paren.lineno, paren.col_offset, -1, END_OFFSET_ZERO);
            }
            m_pending_dedents = static_cast<int>(m_indents.size()) - 1;
            m_indents.resize(1);
            m_alt_indents.resize(1);
            m_done = true;
            return next();
        }
        char c = m_source[m_pos];
        if (c == '#' && m_type_comments) {
            Token token = scan_type_comment(false);
            if (token.kind == TokenKind::TYPE_COMMENT)
                return token;
        }
        if (c == '#') {
            comment_start = m_pos;
            while (m_pos < m_source.size() && m_source[m_pos] != '\n')
                ++m_pos;
            continue;
        }
        if (c == '\\') {
            if (peek(1) == '\n') {
                m_pos += 2;
                newline_at(m_pos - 1);
                if (m_pos >= m_source.size())
                    return fail("unexpected EOF while parsing", m_line - 1, static_cast<int>(m_pos - 2 - m_line_starts[m_line - 2]) + 1, -1, END_OFFSET_MINUS_ONE);
                continue;
            }
            return fail("unexpected character after line continuation character", m_line, column() + 1, -1, END_OFFSET_ZERO);
        }
        if (c == '\n') {
            if (m_parens.empty() && m_emitted_content) {
                size_t start = comment_start != std::string::npos ? comment_start : m_pos;
                int line = m_line, col = static_cast<int>(start - m_line_start);
                ++m_pos;
                Token token;
                token.kind = TokenKind::NEWLINE;
                token.text = std::string_view(m_source).substr(m_pos - 1, 1);
                token.lineno = token.end_lineno = line;
                token.col_offset = col;
                token.end_col_offset = column();
                token.start = start;
                token.end = m_pos;
                newline_at(m_pos - 1);
                m_at_line_start = true;
                m_emitted_content = false;
                return token;
            }
            ++m_pos;
            newline_at(m_pos - 1);
            if (m_parens.empty())
                m_at_line_start = true;
            if (m_at_line_start)
                return next();
            continue;
        }
        if (is_identifier_start(c))
            return scan_name_or_string();
        if (is_digit(c) || (c == '.' && is_digit(peek(1))))
            return scan_number();
        if (c == '"' || c == '\'')
            return scan_string(m_pos, false, false);
        return scan_operator();
    }
}

Token Tokenizer::scan_name_or_string()
{
    size_t start = m_pos;
    int col = column();
    while (m_pos < m_source.size() && is_identifier_char(m_source[m_pos])) {
        if (static_cast<unsigned char>(m_source[m_pos]) >= 0x80) {
            size_t length;
            uint32_t codepoint = decode_utf8(m_source, m_pos, length);
            if (length == 1) {
                // Not UTF-8: CPython's decoder complains, counting from the start of the name.
                char buffer[160];
                std::snprintf(buffer, sizeof buffer, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte",
                    static_cast<unsigned>(static_cast<unsigned char>(m_source[m_pos])), m_pos - start);
                return fail(buffer, m_line, col + 1, -1, END_OFFSET_MINUS_ONE);
            }
            // As CPython, the name as written must be XID_Start XID_Continue*; NFKC comes after.
            bool valid = m_pos == start ? unicode::is_xid_start(codepoint) : unicode::is_xid_continue(codepoint);
            if (!valid) {
                if (!unicode::is_printable(codepoint))
                    return fail("invalid non-printable character " + format_codepoint(codepoint), m_line, column());
                std::string character(m_source.substr(m_pos, length));
                return fail("invalid character '" + character + "' (" + format_codepoint(codepoint) + ")", m_line, column());
            }
            m_pos += length;
        } else {
            ++m_pos;
        }
    }
    char quote = peek();
    if ((quote == '"' || quote == '\'') && m_pos - start <= 2) {
        bool raw = false, bytes = false, unicode = false, format = false, valid = true;
        for (size_t i = start; i < m_pos; ++i) {
            switch (m_source[i] | 0x20) {
            case 'r': valid &= !raw; raw = true; break;
            case 'b': valid &= !bytes; bytes = true; break;
            case 'u': valid &= !unicode; unicode = true; break;
            case 'f': valid &= !format; format = true; break;
            default: valid = false;
            }
        }
        if (unicode && (raw || bytes || format))
            valid = false;
        if (bytes && format)
            valid = false;
        if (valid)
            return scan_string(start, raw, format);
    }
    Token token = make(TokenKind::NAME, start, m_line, col);
    bool ascii = true;
    for (char c : token.text)
        ascii &= static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
        std::string normalized = normalize_identifier(token.text);
        if (normalized != token.text) {
            m_normalized_names.push_back(std::move(normalized));
            token.text = m_normalized_names.back();
        }
    }
    return token;
}

// Checks what follows a number: a letter directly after it is an error, except for the keywords CPython
// tolerates there ("1if x else y").
bool Tokenizer::check_number_end(size_t start)
{
    char c = peek();
    if (!is_identifier_char(c))
        return true;
    std::string_view rest = std::string_view(m_source).substr(m_pos);
    for (char const* keyword : { "and", "else", "for", "if", "in", "is", "not", "or" }) {
        size_t length = std::strlen(keyword);
        if (rest.substr(0, length) == keyword)
            return true;
    }
    // verify_end_of_number names the kind of literal that ended badly.
    char last = m_pos > start ? m_source[m_pos - 1] : '\0';
    char const* kind = "decimal";
    if (last == 'j' || last == 'J')
        kind = "imaginary";
    else if (m_pos - start > 2 && m_source[start] == '0') {
        char marker = static_cast<char>(m_source[start + 1] | 0x20);
        kind = marker == 'x' ? "hexadecimal" : marker == 'o' ? "octal" : marker == 'b' ? "binary" : "decimal";
    }
    fail(std::string("invalid ") + kind + " literal", m_line, column() - 1);
    return false;
}

Token Tokenizer::scan_number()
{
    size_t start = m_pos;
    int col = column();
    char c = peek();
    auto error_here = [&](std::string msg) { return fail(std::move(msg), m_line, column()); };
    // Scans digits accepted by `accept`, with single underscores between them.
    auto scan_digits = [&](auto accept) -> bool {
        while (true) {
            while (accept(peek()))
                ++m_pos;
            if (peek() != '_')
                return true;
            ++m_pos;
            if (!accept(peek())) {
                --m_pos;
                return false;
            }
        }
    };
    if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
        char base = static_cast<char>(peek(1) | 0x20);
        m_pos += 2;
        auto accept = [base](char d) { return base == 'x' ? is_hex_digit(d) : base == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1'); };
        char const* name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        if (peek() == '_')
            ++m_pos;
        if (!accept(peek())) {
            if (is_digit(peek()))
                return error_here(std::string("invalid digit '") + peek() + "' in " + name + " literal");
            // No digits after the prefix: the error points at the last character read.
            return fail(std::string("invalid ") + name + " literal", m_line, column() - 1);
        }
        if (!scan_digits(accept)) {
            if (is_digit(peek(1))) {  // 0b1_2: a digit of another base after the underscore
                ++m_pos;
                return error_here(std::string("invalid digit '") + peek() + "' in " + name + " literal");
            }
            return fail(std::string("invalid ") + name + " literal", m_line, column());
        }
        if (is_digit(peek()))
            return error_here(std::string("invalid digit '") + peek() + "' in " + name + " literal");
        if (!check_number_end(start))
            return fail("", 0, 0);
        return make(TokenKind::NUMBER, start, m_line, col);
    }
    bool is_float = false;
    if (c != '.') {
        if (!scan_digits(is_digit))
            return fail("invalid decimal literal", m_line, column());
    }
    if (peek() == '.') {
        is_float = true;
        ++m_pos;
        if (is_digit(peek()) && !scan_digits(is_digit))
            return fail("invalid decimal literal", m_line, column());
    }
    if (peek() == 'e' || peek() == 'E') {
        size_t before = m_pos;
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!is_digit(peek())) {
            if (m_pos > before + 1)
                return fail("invalid decimal literal", m_line, column() - 1);
            m_pos = before;
            if (!check_number_end(start))
                return fail("", 0, 0);
            return make(TokenKind::NUMBER, start, m_line, col);
        }
        is_float = true;
        if (!scan_digits(is_digit))
            return fail("invalid decimal literal", m_line, column());
    }
    if (peek() == 'j' || peek() == 'J') {
        is_float = true;
        ++m_pos;
    }
    if (!is_float && m_source[start] == '0') {
        for (size_t i = start; i < m_pos; ++i) {
            if (m_source[i] != '0' && m_source[i] != '_')
                // The range covers the leading zeros and underscores.
                return fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", m_line, col,
                            m_line, col + int(i - start));
        }
    }
    if (!check_number_end(start))
        return fail("", 0, 0);
    return make(TokenKind::NUMBER, start, m_line, col);
}

// Scans a string literal whose prefix starts at `start`; m_pos is at the opening quote. For an f-string this
// only produces FSTRING_START.
Token Tokenizer::scan_string(size_t start, bool raw, bool fstring)
{
    int col = static_cast<int>(start - m_line_start);
    int line = m_line;
    char quote = peek();
    bool triple = peek(1) == quote && peek(2) == quote;
    m_pos += triple ? 3 : 1;
    if (fstring) {
        m_fstrings.push_back({ quote, triple, raw, line, col, {} });
        return make(TokenKind::FSTRING_START, start, line, col);
    }
    // CPython 3.12 compat: inside a replacement field, a string that runs off the line with the f-string's own
    // quote reads as the f-string's end, so the complaint is about the missing '}'.
    bool in_fstring_field = !m_fstrings.empty() && m_fstrings.back().quote == quote && m_fstrings.back().triple == triple;
    while (true) {
        if (m_pos >= m_source.size()) {
            if (in_fstring_field)
                return fail("f-string: expecting '}'", line, col);
            int last_line = m_line - 1;
            return fail(std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") + " (detected at line " + std::to_string(last_line) + ")", line, col);
        }
        char c = m_source[m_pos];
        if (c == quote) {
            if (!triple) {
                ++m_pos;
                break;
            }
            if (peek(1) == quote && peek(2) == quote) {
                m_pos += 3;
                break;
            }
        } else if (c == '\n') {
            if (!triple) {
                if (in_fstring_field)
                    return fail("f-string: expecting '}'", line, col);
                return fail("unterminated string literal (detected at line " + std::to_string(m_line) + ")", line, col);
            }
            newline_at(m_pos);
        } else if (c == '\\') {
            if (peek(1) == '\n') {
                newline_at(m_pos + 1);
            }
            if (m_pos + 1 < m_source.size())
                ++m_pos;
        }
        ++m_pos;
    }
    return make(TokenKind::STRING, start, line, col);
}

// Scans literal text of the innermost f-string, or of a format spec, up to a replacement field or the end.
Token Tokenizer::scan_fstring_literal()
{
    FString& fstring = m_fstrings.back();
    bool in_spec = !fstring.fields.empty();
    size_t start = m_pos;
    int line = m_line, col = column();
    auto middle = [&] { return make(TokenKind::FSTRING_MIDDLE, start, line, col); };
    bool in_named_escape = false;
    while (true) {
        if (m_pos >= m_source.size()) {
            if (in_spec)
                return fail("f-string: expecting '}'", m_line - 1, 0);
            return fail(std::string(fstring.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal") + " (detected at line " + std::to_string(m_line - 1) + ")", fstring.lineno, fstring.col_offset);
        }
        char c = m_source[m_pos];
        if (c == fstring.quote && (!fstring.triple || (peek(1) == c && peek(2) == c))) {
            if (m_pos > start)
                return middle();
            // Ending inside a format spec is left to the parser, which reports "expecting '}', or format specs".
            // As in CPython, the fields' '{' stay open as plain brackets.
            for (Field const& field : fstring.fields)
                m_parens[field.paren_index].fstring_field = false;
            m_pos += fstring.triple ? 3 : 1;
            m_fstrings.pop_back();
            return make(TokenKind::FSTRING_END, start, line, col);
        }
        if (c == '\n') {
            if (!fstring.triple) {
                if (in_spec) {
                    // CPython 3.12 compat: the spec ends here and the next line is read as code.
                    if (m_pos > start)
                        return middle();
                    fstring.fields.back().in_format_spec = false;
                    return next();
                }
                return fail("unterminated f-string literal (detected at line " + std::to_string(m_line) + ")", fstring.lineno, fstring.col_offset);
            }
            newline_at(m_pos);
            ++m_pos;
            continue;
        }
        if (c == '\\' && fstring.raw) {
            // Raw: the backslash stays, but still keeps a quote (or a second backslash, or a newline) from ending
            // the string; '{' after it starts a field as usual.
            if (peek(1) == fstring.quote || peek(1) == '\\' || peek(1) == '\n') {
                if (peek(1) == '\n')
                    newline_at(m_pos + 1);
                m_pos += 2;
                continue;
            }
        }
        if (c == '\\' && !fstring.raw) {
            if (peek(1) == 'N' && peek(2) == '{') {
                // A named escape: the next '}' closes it instead of being an error. ('{' still starts a field.)
                in_named_escape = true;
                m_pos += 3;
                continue;
            }
            if (peek(1) == '{' || peek(1) == '}') {
                ++m_pos;
                continue;
            }
            if (peek(1) == '\n')
                newline_at(m_pos + 1);
            m_pos += 2;
            continue;
        }
        if (c == '{') {
            if (!in_spec && peek(1) == '{') {
                m_pos += 2;
                continue;
            }
            if (m_pos > start)
                return middle();
            if (m_parens.size() >= MAX_PAREN_LEVEL)
                return fail("too many nested parentheses", m_line, column());
            m_parens.push_back({ '{', m_line, column(), true });
            fstring.fields.push_back({ m_parens.size() - 1, false });
            ++m_pos;
            return make(TokenKind::OP, start, line, col);
        }
        if (c == '}' && in_named_escape) {
            in_named_escape = false;
            ++m_pos;
            continue;
        }
        if (c == '}') {
            if (in_spec) {
                if (m_pos > start)
                    return middle();
                m_parens.pop_back();
                fstring.fields.pop_back();
                ++m_pos;
                return make(TokenKind::OP, start, line, col);
            }
            if (peek(1) == '}') {
                m_pos += 2;
                continue;
            }
            return fail("f-string: single '}' is not allowed", m_line, column());
        }
        ++m_pos;
    }
}

Token Tokenizer::scan_operator()
{
    static constexpr char const* THREE[] = { "**=", "//=", ">>=", "<<=", "...", "!=" };
    // ("<>" is a token too, CPython's NOTEQUAL: only `from __future__ import barry_as_FLUFL` accepts it.)
    static constexpr char const* TWO[] = { "==", "!=", "<>", "<=", ">=", "<<", ">>", "**", "//", "->", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "@=", ":=" };
    size_t start = m_pos;
    int col = column();
    std::string_view rest = std::string_view(m_source).substr(m_pos);
    for (char const* op : THREE) {
        size_t length = std::strlen(op);
        if (length == 3 && rest.substr(0, 3) == op) {
            m_pos += 3;
            return make(TokenKind::OP, start, m_line, col);
        }
    }
    char c = rest[0];
    bool in_field = !m_fstrings.empty() && !m_fstrings.back().fields.empty();
    size_t field_paren = in_field ? m_fstrings.back().fields.back().paren_index : 0;
    bool at_field_level = in_field && m_parens.size() == field_paren + 1;
    // Inside an f-string replacement field, a top-level ':' starts the format spec, so ":=" is ':' there.
    if (c == ':' && at_field_level) {
        m_fstrings.back().fields.back().in_format_spec = true;
        ++m_pos;
        return make(TokenKind::OP, start, m_line, col);
    }
    for (char const* op : TWO) {
        if (rest.substr(0, 2) == op) {
            m_pos += 2;
            return make(TokenKind::OP, start, m_line, col);
        }
    }
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (m_parens.size() >= MAX_PAREN_LEVEL)
            return fail("too many nested parentheses", m_line, col);
        m_parens.push_back({ c, m_line, col, false });
        ++m_pos;
        return make(TokenKind::OP, start, m_line, col);
    case ')':
    case ']':
    case '}': {
        char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (m_parens.empty())
            return fail(std::string("unmatched '") + c + "'", m_line, col);
        Paren paren = m_parens.back();
        if (paren.fstring_field && c != '}')
            return fail(std::string("f-string: unmatched '") + c + "'", m_line, col);
        if (paren.kind != open) {
            std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + paren.kind + "'";
            if (paren.lineno != m_line)
                msg += " on line " + std::to_string(paren.lineno);
            return fail(msg, m_line, col);
        }
        m_parens.pop_back();
        if (paren.fstring_field)
            m_fstrings.back().fields.pop_back();
        ++m_pos;
        return make(TokenKind::OP, start, m_line, col);
    }
    case ':': case ',': case ';': case '+': case '-': case '*': case '/': case '|': case '&': case '<': case '>':
    case '=': case '.': case '%': case '~': case '^': case '@': case '!':
        ++m_pos;
        return make(TokenKind::OP, start, m_line, col);
    default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x80 && c != '$' && c != '?' && c != '`') {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
        return fail(std::string("invalid non-printable character ") + buffer, m_line, col);
    }
    // '$', '?' and '`' become error tokens that the parser reports as "invalid syntax", as in CPython.
    ++m_pos;
    Token token = make(TokenKind::ERRORTOKEN, start, m_line, col);
    return token;
}

}
