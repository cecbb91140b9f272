// A recursive-descent parser for the Python 3.12 grammar. It builds the same AST as CPython 3.12 (node kinds,
// fields and positions) and reports CPython 3.12's SyntaxError messages. Grammar rules quoted in comments are
// those of the Language Reference / CPython's Grammar/python.gram, simplified where the parser checks by hand.
#include "parse/parser.h"

#include "parse/literals.h"
#include "parse/parser_impl.h"

#include <algorithm>
#include <cstring>

namespace ginger::parse {

using namespace ast;

namespace {

constexpr char const* KEYWORDS[] = { "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield" };

// The deepest nesting of recursive rules we accept; CPython's limit is its parser stack (MAXSTACK).
constexpr int MAX_DEPTH = 1500;

// Counts UTF-8 characters in the first `byte_offset` bytes of `line`.
int character_offset(std::string_view line, int byte_offset)
{
    int count = 0;
    for (int i = 0; i < byte_offset && i < static_cast<int>(line.size()); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++count;
    }
    if (byte_offset > static_cast<int>(line.size()))
        count += byte_offset - static_cast<int>(line.size());
    return count;
}

}

bool is_keyword(std::string_view text)
{
    for (char const* keyword : KEYWORDS) {
        if (text == keyword)
            return true;
    }
    return false;
}

Parser::Parser(std::string_view source, Arena& arena, Cookie cookie)
    : m_tokenizer(source, cookie)
    , m_arena(arena)
{
}

Token const& Parser::peek(size_t ahead)
{
    while (m_tokens.size() <= m_index + ahead) {
        if (!m_tokens.empty() && (m_tokens.back().kind == TokenKind::ENDMARKER || (m_tokens.back().kind == TokenKind::ERRORTOKEN && m_tokenizer.has_error()))) {
            m_tokens.push_back(m_tokens.back());
            continue;
        }
        m_tokens.push_back(m_tokenizer.next());
        if (m_tokens.back().kind == TokenKind::ERRORTOKEN && m_tokenizer.has_error())
            set_tokenizer_error();
    }
    if (m_error_speculation == 0)
        m_furthest = std::max(m_furthest, m_index + ahead);
    return m_tokens[m_index + ahead];
}

Token const& Parser::advance()
{
    Token const& token = peek();
    if (token.kind != TokenKind::NEWLINE && token.kind != TokenKind::INDENT && token.kind != TokenKind::DEDENT
        && token.kind != TokenKind::ENDMARKER) {
        m_prev_end = { token.end_lineno, token.end_col_offset };
    }
    ++m_index;
    return m_tokens[m_index - 1];
}

bool Parser::at_op(std::string_view op) { return peek().is_op(op); }

bool Parser::at_keyword(std::string_view keyword) { return peek().is_name(keyword); }

bool Parser::accept_op(std::string_view op)
{
    if (!at_op(op))
        return false;
    advance();
    return true;
}

bool Parser::accept_keyword(std::string_view keyword)
{
    if (!at_keyword(keyword))
        return false;
    advance();
    return true;
}

bool Parser::expect_op(std::string_view op)
{
    if (accept_op(op))
        return true;
    syntax_error();
    return false;
}

// CPython says "expected ':'" where its grammar forces the colon (&&':'), and after if/while/for/with/except/
// class/match/case only when the line ends there; anywhere else a missing colon is plain invalid syntax.
bool Parser::expect_colon(ColonRule rule)
{
    if (accept_op(":"))
        return true;
    if (rule == ColonRule::Forced || (rule == ColonRule::AtNewline && peek().kind == TokenKind::NEWLINE))
        error_at_token("expected ':'", peek());
    else
        syntax_error();
    return false;
}

bool Parser::at_name()
{
    Token const& token = peek();
    return token.kind == TokenKind::NAME && !is_keyword(token.text);
}

Pos Parser::start() { return { peek().lineno, peek().col_offset }; }

void Parser::set_tokenizer_error()
{
    if (m_error && m_error_from_tokenizer)
        return;
    TokenError const& error = m_tokenizer.error();
    m_error = ErrorSpot { error.type, error.msg, error.lineno, error.col_offset, error.end_lineno, error.end_col_offset };
    m_error_from_tokenizer = true;
}

std::nullptr_t Parser::error_range(std::string msg, Pos from, Pos to, char const* type)
{
    if (!m_error)
        m_error = ErrorSpot { type, std::move(msg), from.line, from.col, to.line, to.col };
    return nullptr;
}

std::nullptr_t Parser::error_at_node(std::string msg, Node const* node)
{
    return error_range(std::move(msg), { node->lineno, node->col_offset }, { node->end_lineno, node->end_col_offset });
}

// CPython's INDENT, DEDENT and ENDMARKER tokens have no column. An error raised at one without an explicit
// location points where the tokenizer stopped: after the indentation of the token's line, or at the end of
// the last line for tokens at the end of input. Returns that position (as a 0-based column, COLUMN_NONE for 0).
Pos Parser::columnless_token_position(Token const& token)
{
    int line = token.lineno;
    std::string_view text = m_tokenizer.line_text(line);
    if (text.empty()) {
        // At the end of input: CPython places these tokens on the last line.
        line = std::max(1, line - 1);
        text = m_tokenizer.line_text(line);
        int characters = character_offset(text, static_cast<int>(text.size()));
        return { line, characters > 0 ? static_cast<int>(text.size()) - 1 : COLUMN_NONE };
    }
    size_t width = text.find_first_not_of(" \t\f");
    if (width == std::string_view::npos || width == 0)
        return { line, COLUMN_NONE };
    return { line, static_cast<int>(width) - 1 };
}

bool Parser::is_columnless(Token const& token)
{
    return token.kind == TokenKind::INDENT || token.kind == TokenKind::DEDENT || token.kind == TokenKind::ENDMARKER;
}

std::nullptr_t Parser::error_at_token(std::string msg, Token const& token, char const* type)
{
    if (is_columnless(token)) {
        Pos at = columnless_token_position(token);
        return error_range(std::move(msg), at, { at.line, END_OFFSET_MINUS_ONE }, type);
    }
    return error_range(std::move(msg), { token.lineno, token.col_offset }, { token.end_lineno, token.end_col_offset }, type);
}

// The generic "invalid syntax" at the current token, with CPython's special cases for indentation and EOF.
std::nullptr_t Parser::syntax_error()
{
    if (m_error)
        return nullptr;
    if (m_error_speculation == 0 && !m_in_import && can_start_expression()) {
        // CPython's second pass tries invalid_expression (two expressions in a row) here and reads the second
        // expression; a tokenizer error met on the way (an unclosed bracket, a bad continuation) is raised.
        // After a NAME that starts an expression it is invalid_legacy_expression (NAME !'(' star_expressions),
        // which reads with all error rules on, so their specific errors are raised too.
        bool after_name = m_index > 0 && m_tokens[m_index - 1].kind == TokenKind::NAME && !is_keyword(m_tokens[m_index - 1].text)
            && !(m_index > 1 && m_tokens[m_index - 2].is_op(".")) && !at_op("(");
        bool name_then_string = m_index > 0 && m_tokens[m_index - 1].kind == TokenKind::NAME && peek().kind == TokenKind::STRING;
        if (after_name || !name_then_string) {
            size_t saved = mark();
            {
                ErrorSpeculation speculation(this);
                if (after_name)
                    parse_star_expressions();
                else
                    parse_expression();
            }
            if (m_error_from_tokenizer || m_hard_error || (after_name && m_error && !m_generic_error))
                return nullptr;
            reset_to(saved);
        }
    }
    // CPython 3.12 compat: a generic error points at the furthest token read (p->tokens[p->fill-1]), not
    // counting lookahead done only to find a better message.
    peek();
    Token const& token = m_error_speculation > 0 ? peek() : m_tokens[std::max(m_furthest, m_index)];
    // These are reported without looking at the rest of the input.
    if (token.kind == TokenKind::INDENT) {
        m_skip_source_check = true;
        return error_at_token("unexpected indent", token, "IndentationError");
    }
    if (token.kind == TokenKind::DEDENT) {
        m_skip_source_check = true;
        return error_at_token("unexpected unindent", token, "IndentationError");
    }
    m_generic_error = true;
    if (token.kind == TokenKind::ENDMARKER) {
        // RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a column-less token: offset 0, end_offset 0.
        int line = columnless_token_position(token).line;
        return error_range("invalid syntax", { line, COLUMN_NONE }, { line, END_OFFSET_ZERO });
    }
    return error_at_token("invalid syntax", token);
}

bool Parser::enter()
{
    if (++m_depth > MAX_DEPTH) {
        too_complex();
        return false;
    }
    return true;
}

// CPython 3.12 compat: input nested past the parser's stack limit raises MemoryError, not SyntaxError.
std::nullptr_t Parser::too_complex()
{
    if (!m_too_deep) {
        m_error = ErrorSpot { "MemoryError", "Parser stack overflowed - Python source too complex to parse", 0, 0, 0, 0 };
        m_too_deep = true;
    }
    return nullptr;
}

void Parser::reset_to(size_t mark)
{
    m_index = mark;
    m_prev_end = mark > 0 ? previous_end_before(mark) : Pos {};
    if (!m_error_from_tokenizer && !m_too_deep && !m_hard_error) {
        m_error.reset();
        m_generic_error = false;
        m_skip_source_check = false;
    }
}

Pos Parser::previous_end_before(size_t mark)
{
    for (size_t i = mark; i-- > 0;) {
        Token const& token = m_tokens[i];
        if (token.kind != TokenKind::NEWLINE && token.kind != TokenKind::INDENT && token.kind != TokenKind::DEDENT && token.kind != TokenKind::ENDMARKER)
            return { token.end_lineno, token.end_col_offset };
    }
    return {};
}

SyntaxErrorInfo Parser::make_error_info()
{
    SyntaxErrorInfo info;
    if (!m_error_from_tokenizer && !m_too_deep && !m_skip_source_check) {
        // CPython 3.12 compat (_PyPegen_tokenize_full_source_to_check_for_errors): after a syntax error found
        // by the parser the rest of the input is tokenized. A tokenizer error that raises (a bad literal, an
        // unterminated string) replaces the syntax error unless it is inside an f-string; otherwise an unclosed
        // bracket opened on an earlier line than the last token read is reported instead.
        int error_line = m_tokens.empty() ? m_error->lineno : m_tokens.back().lineno;
        while (!m_tokenizer.has_error()) {
            Token token = m_tokenizer.next();
            if (token.kind == TokenKind::ENDMARKER)
                break;
        }
        if (m_tokenizer.has_error()) {
            TokenError const& error = m_tokenizer.error();
            if (!error.deferred && !error.in_fstring) {
                m_error.reset();
                set_tokenizer_error();
            } else if (m_tokenizer.innermost_paren_line() != 0 && error_line > m_tokenizer.innermost_paren_line()) {
                int line = m_tokenizer.innermost_paren_line();
                m_error = ErrorSpot { "SyntaxError", m_tokenizer.innermost_paren_error(), line, m_tokenizer.innermost_paren_col(), line, END_OFFSET_ZERO };
            }
        }
    }
    ErrorSpot const& spot = *m_error;
    info.type = spot.type;
    info.msg = spot.msg;
    if (spot.type == "MemoryError")
        return info;
    info.lineno = spot.lineno;
    std::string_view line = m_tokenizer.line_text(spot.lineno);
    info.offset = spot.col == COLUMN_NONE ? 0 : character_offset(line, spot.col) + 1;
    info.end_lineno = spot.end_lineno;
    if (spot.end_col >= 0) {
        std::string_view end_line = spot.end_lineno == spot.lineno ? line : m_tokenizer.line_text(spot.end_lineno);
        info.end_offset = character_offset(end_line, spot.end_col) + 1;
    } else {
        info.end_offset = spot.end_col == END_OFFSET_ZERO ? 0 : -1;
    }
    info.text = std::string(line);
    // The tokenizer adds a final newline CPython does not show in tokenizer errors.
    if (m_error_from_tokenizer && !m_tokenizer.source_ended_with_newline() && !info.text.empty() && info.text.back() == '\n'
        && line.data() + line.size() == m_tokenizer.source().data() + m_tokenizer.source().size()) {
        info.text.pop_back();
    }
    return info;
}

void Parser::warn_invalid_escape(std::string const& escape, Token const& token)
{
    // CPython 3.12: "\\d" is an invalid escape sequence; an octal escape above 0o377 an invalid octal one.
    bool octal = escape.size() > 1 && escape[1] >= '0' && escape[1] <= '7';
    std::string msg = std::string(octal ? "invalid octal escape sequence '" : "invalid escape sequence '") + escape + "'";
    for (ParseWarning const& w : m_warnings) {
        if (w.lineno == token.lineno && w.msg == msg && w.offset == character_offset(m_tokenizer.line_text(token.lineno), token.col_offset) + 1)
            return;
    }
    ParseWarning warning;
    warning.msg = std::move(msg);
    std::string_view line = m_tokenizer.line_text(token.lineno);
    warning.lineno = token.lineno;
    warning.offset = character_offset(line, token.col_offset) + 1;
    warning.end_lineno = token.end_lineno;
    std::string_view end_line = token.end_lineno == token.lineno ? line : m_tokenizer.line_text(token.end_lineno);
    warning.end_offset = character_offset(end_line, token.end_col_offset) + 1;
    warning.text = std::string(line);
    m_warnings.push_back(std::move(warning));
}

ParseResult Parser::run(Mode mode)
{
    ParseResult result;
    Mod* module = nullptr;
    switch (mode) {
    case Mode::Exec:
        module = parse_file();
        break;
    case Mode::Eval:
        module = parse_eval();
        break;
    case Mode::Single:
        module = parse_interactive();
        break;
    case Mode::FuncType:
        module = parse_func_type();
        break;
    }
    if (m_error || !module) {
        if (!m_error)
            syntax_error();
        result.error = make_error_info();
        // CPython's tokenizer has issued the warnings of the strings before the error by then.
        for (ParseWarning& w : m_warnings) {
            if (w.lineno < result.error->lineno || (w.lineno == result.error->lineno && w.offset < result.error->offset))
                result.warnings.push_back(std::move(w));
        }
        return result;
    }
    result.module = module;
    result.warnings = std::move(m_warnings);
    return result;
}

ParseResult parse(std::string_view source, Mode mode, Arena& arena, Cookie cookie, ParseOptions options)
{
    // CPython 3.12 compat: checked before tokenizing, and reported without a position.
    if (source.find('\0') != std::string_view::npos) {
        ParseResult result;
        result.error = SyntaxErrorInfo {};
        result.error->msg = "source code string cannot contain null bytes";
        result.error->located = false;
        return result;
    }
    Parser parser(source, arena, cookie);
    if (options.type_comments)
        parser.enable_type_comments();
    if (options.barry_as_bdfl)
        parser.enable_barry_as_bdfl();
    return parser.run(mode);
}

bool Parser::accept_type_comment(std::string& out)
{
    if (peek().kind != TokenKind::TYPE_COMMENT)
        return false;
    out = std::string(advance().text);
    return true;
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
// type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression]
//                 | '*' expression [',' '**' expression] | '**' expression
Mod* Parser::parse_func_type()
{
    auto* function_type = m_arena.make<FunctionType>();
    if (!expect_op("("))
        return nullptr;
    bool seen_star = false, seen_double_star = false;
    while (!at_op(")")) {
        if (seen_double_star)
            return syntax_error();
        if (!function_type->argtypes.empty() && !expect_op(","))
            return nullptr;
        if (accept_op("**")) {
            seen_double_star = true;
        } else if (accept_op("*")) {
            if (seen_star)
                return syntax_error();
            seen_star = true;
        } else if (seen_star) {
            return syntax_error();
        }
        Expr* type = parse_expression();
        if (!type)
            return nullptr;
        function_type->argtypes.push_back(type);
    }
    advance();
    if (!expect_op("->"))
        return nullptr;
    function_type->returns = parse_expression();
    if (!function_type->returns)
        return nullptr;
    while (peek().kind == TokenKind::NEWLINE)
        advance();
    if (peek().kind != TokenKind::ENDMARKER)
        return syntax_error();
    return function_type;
}

// file: [statements] ENDMARKER
Mod* Parser::parse_file()
{
    auto* module = m_arena.make<Module>();
    while (peek().kind != TokenKind::ENDMARKER) {
        if (!parse_statement(module->body))
            return nullptr;
    }
    for (auto const& ignore : m_tokenizer.type_ignores()) {
        auto* node = m_arena.make<TypeIgnore>();
        node->lineno = ignore.lineno;
        node->tag = ignore.tag;
        module->type_ignores.push_back(node);
    }
    return module;
}

// eval: expressions NEWLINE* ENDMARKER
Mod* Parser::parse_eval()
{
    Expr* body = parse_expressions();
    if (!body)
        return nullptr;
    while (peek().kind == TokenKind::NEWLINE)
        advance();
    if (peek().kind != TokenKind::ENDMARKER)
        return syntax_error();
    auto* module = m_arena.make<Expression>();
    module->body = body;
    return module;
}

// interactive: statement_newline
Mod* Parser::parse_interactive()
{
    auto* module = m_arena.make<Interactive>();
    if (peek().kind == TokenKind::ENDMARKER) {
        // CPython 3.12 compat: input without a statement is an error, reported on its last line, column 0.
        std::string const& source = m_tokenizer.source();
        int lines = static_cast<int>(std::count(source.begin(), source.end(), '\n'));
        if (source == "\n" && !m_tokenizer.source_ended_with_newline())
            lines = 0;
        return error_range("invalid syntax", { lines, COLUMN_NONE }, { lines, END_OFFSET_ZERO });
    }
    if (!parse_statement(module->body))
        return nullptr;
    // CPython 3.12 compat: a compound statement is followed by NEWLINE, which its own body already consumed
    // when that body is on the line of the colon. CPython's single-mode tokenizer adds no newline at the end
    // of the input, so "for x in y: pass" is an error without a final "\n" (an indented body ends with a
    // DEDENT instead and needs none).
    if (peek().kind == TokenKind::ENDMARKER && m_index > 0 && m_tokens[m_index - 1].kind == TokenKind::NEWLINE
        && !m_tokenizer.source_ended_with_newline() && m_tokens[m_index - 1].end == m_tokenizer.source().size()
        && module->body.size() == 1) {
        switch (module->body[0]->kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: case StmtKind::ClassDef:
        case StmtKind::For: case StmtKind::AsyncFor: case StmtKind::While: case StmtKind::If:
        case StmtKind::With: case StmtKind::AsyncWith: case StmtKind::Try: case StmtKind::TryStar: {
            int line = m_tokens[m_index - 1].lineno;
            return error_range("invalid syntax", { line, COLUMN_NONE }, { line, END_OFFSET_ZERO });
        }
        default:
            break;
        }
    }
    if (peek().kind != TokenKind::ENDMARKER) {
        // The error points at the NEWLINE that ended the statement.
        Token const& newline = m_index > 0 ? m_tokens[m_index - 1] : peek();
        return error_at_token("multiple statements found while compiling a single statement", newline);
    }
    return module;
}

}
