// The tokenizer: turns Python source into the token stream of CPython's C tokenizer (no COMMENT or NL tokens),
// including PEP 701 f-string tokens. Positions are 1-based lines and 0-based UTF-8 byte columns.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ginger::parse {

// Token kinds, named as in Python's `token` module.
enum class TokenKind : uint8_t {
    ENDMARKER,
    NAME,
    NUMBER,
    STRING,
    NEWLINE,
    INDENT,
    DEDENT,
    OP,
    FSTRING_START,
    FSTRING_MIDDLE,
    FSTRING_END,
    ERRORTOKEN,
    TYPE_COMMENT, // Only with type comments on: the text of a "# type: ..." comment after the prefix.
};

char const* token_kind_name(TokenKind);

struct Token {
    TokenKind kind = TokenKind::ENDMARKER;
    // The token's source text. For FSTRING_MIDDLE this is the raw text, with "{{" and "}}" not yet collapsed.
    std::string_view text;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
    size_t start = 0, end = 0; // Byte offsets into Tokenizer::source().

    bool is_op(std::string_view op) const { return kind == TokenKind::OP && text == op; }
    bool is_name(std::string_view name) const { return kind == TokenKind::NAME && text == name; }
};

// A tokenizer error, in the terms of CPython's SyntaxError (columns here are still 0-based byte offsets).
struct TokenError {
    std::string type = "SyntaxError";
    std::string msg;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
    // CPython's tokenizer reports some errors without raising (tok->done); those never replace a syntax error
    // the parser found first.
    bool deferred = false;
    bool in_fstring = false; // The error happened inside an f-string.
};

// Special end columns of errors, for CPython's end_offset values that are not positions.
constexpr int END_OFFSET_MINUS_ONE = -1; // SyntaxError.end_offset is -1.
constexpr int END_OFFSET_ZERO = -2;      // SyntaxError.end_offset is 0.
constexpr int END_AT_START = -3;         // The error ends where it starts.

// Whether a coding declaration ("# -*- coding: latin-1 -*-") decides how the source bytes are read. CPython
// applies it to bytes and files and ignores it in str sources, which are already text.
enum class Cookie : uint8_t { Apply, Ignore };

// The encoding a coding declaration (a comment on line 1 or 2 with "coding[:=]name") names, as written.
std::optional<std::string> coding_cookie(std::string_view source);
// CPython's normalization of an encoding name: "utf-8" and "iso-8859-1" for their aliases, else the name.
std::string normal_encoding_name(std::string_view name);

class Tokenizer {
public:
    // The source is UTF-8, optionally with a BOM or (with Cookie::Apply) a coding declaration (utf-8 or latin-1).
    explicit Tokenizer(std::string_view source, Cookie cookie = Cookie::Apply);

    // Produces the next token. After an error it keeps returning ERRORTOKEN; error() describes the problem.
    Token next();

    // ast.PyCF_TYPE_COMMENTS: "# type: ..." comments become TYPE_COMMENT tokens, and "# type: ignore..." ones
    // are collected (line, the text after "ignore") instead of being tokens.
    void enable_type_comments() { m_type_comments = true; }
    struct TypeIgnore {
        int lineno;
        std::string tag;
    };
    std::vector<TypeIgnore> const& type_ignores() const { return m_type_ignores; }

    bool has_error() const { return m_has_error; }
    TokenError const& error() const { return m_error; }

    // The decoded, newline-normalised source that token texts and offsets refer to.
    std::string const& source() const { return m_source; }
    // The text of a 1-based source line, including its newline if it has one.
    std::string_view line_text(int lineno) const;
    // Whether the original source ended in a newline (CPython shows error lines accordingly).
    bool source_ended_with_newline() const { return m_ended_with_newline; }

    // The line of the innermost open bracket, or 0.
    int innermost_paren_line() const { return m_parens.empty() ? 0 : m_parens.back().lineno; }
    std::string innermost_paren_error() const { return m_parens.empty() ? std::string() : std::string("'") + m_parens.back().kind + "' was never closed"; }
    int innermost_paren_col() const { return m_parens.empty() ? 0 : m_parens.back().col_offset; }

    // Nesting limit for brackets, as CPython's MAXLEVEL.
    static constexpr size_t MAX_PAREN_LEVEL = 200;

private:
    struct Paren {
        char kind; // '(', '[' or '{'.
        int lineno, col_offset;
        bool fstring_field; // A '{' that opens an f-string replacement field.
    };
    // One replacement field being tokenized inside an f-string.
    struct Field {
        size_t paren_index; // Index of its '{' in m_parens.
        bool in_format_spec;
    };
    struct FString {
        char quote;
        bool triple;
        bool raw;
        int lineno, col_offset; // Where the f-string starts.
        std::vector<Field> fields;
    };

    Token make(TokenKind, size_t start, int start_line, int start_col);
    Token fail(std::string msg, int lineno, int col_offset, int end_lineno = -1, int end_col_offset = END_AT_START,
        char const* type = "SyntaxError");
    Token next_in_line();
    Token scan_indentation();
    Token scan_name_or_string();
    Token scan_number();
    Token scan_string(size_t start, bool raw, bool fstring);
    Token scan_fstring_literal();
    Token scan_operator();
    // At a '#' at m_pos (with type comments on): the TYPE_COMMENT token for a type comment, leaving m_pos at the
    // end of the line; a type: ignore is recorded and gives ENDMARKER, as does any other comment (m_pos unmoved).
    Token scan_type_comment(bool blank_line);
    bool is_fstring_literal_mode() const;
    bool check_number_end(size_t start);
    void decode_source(std::string_view, Cookie cookie);
    int column() const { return static_cast<int>(m_pos - m_line_start); }
    char peek(size_t ahead = 0) const { return m_pos + ahead < m_source.size() ? m_source[m_pos + ahead] : '\0'; }
    void newline_at(size_t position); // Records that a line starts after the newline at `position`.

    std::string m_source;
    std::vector<size_t> m_line_starts; // Byte offset where each line begins (index 0 is line 1).
    size_t m_pos = 0;
    size_t m_line_start = 0;
    int m_line = 1;
    bool m_at_line_start = true;
    bool m_ended_with_newline = true;
    bool m_emitted_content = false; // Whether any token but NEWLINE was produced on the current logical line.
    bool m_done = false;
    int m_pending_dedents = 0;
    std::vector<int> m_indents { 0 };     // Indentation columns with tabs to multiples of 8.
    std::vector<int> m_alt_indents { 0 }; // The same with tabs counted as 1, to detect inconsistent tabs.
    std::vector<Paren> m_parens;
    std::vector<FString> m_fstrings;
    std::deque<std::string> m_normalized_names; // Storage for NAME texts that normalisation changed.
    bool m_has_error = false;
    TokenError m_error;
    bool m_type_comments = false;
    std::vector<TypeIgnore> m_type_ignores;
};

}
