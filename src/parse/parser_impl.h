// The parser's internal class, shared by parser.cpp (infrastructure), parser_expr.cpp (expressions),
// parser_stmt.cpp (statements), parser_string.cpp (string literals) and parser_pattern.cpp (match patterns).
//
// Errors. CPython parses twice: a plain PEG pass, then, if it failed, a pass with extra "invalid_*" rules that
// raise specific messages. We parse once, by recursive descent, and check for CPython's invalid_* patterns at
// the points where they can apply. To report what CPython reports:
// - the first error wins; backtracking (reset_to) forgets parser errors but never tokenizer errors or "hard"
//   errors (bad literals), which CPython raises in any pass;
// - a plain "invalid syntax" points at the furthest token read (CPython's p->tokens[p->fill-1]), not counting
//   lookahead done only to choose a message (ErrorSpeculation);
// - after a parser error the rest of the input is tokenized, and some tokenizer errors replace it
//   (make_error_info, after CPython's _PyPegen_tokenize_full_source_to_check_for_errors).
#pragma once

#include "parse/parser.h"
#include "parse/tokenizer.h"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace ginger::parse {

bool is_keyword(std::string_view text);

// An error column meaning "no column" (SyntaxError.offset 0).
constexpr int COLUMN_NONE = -1;

struct Pos {
    int line = 0, col = 0;
};

// When a missing ':' is reported as "expected ':'" rather than "invalid syntax".
enum class ColonRule { Forced, AtNewline, Plain };

// Which kind of target a bad assignment target was found in; it selects CPython's message.
enum class TargetKind { Star, Del, For };

class Parser {
public:
    Parser(std::string_view source, Arena& arena, Cookie cookie = Cookie::Apply);
    void enable_type_comments() { m_tokenizer.enable_type_comments(); }
    void enable_barry_as_bdfl() { m_barry_as_bdfl = true; }
    ParseResult run(Mode mode);

private:
    // A pending error; columns are byte offsets until make_error_info() converts them.
    struct ErrorSpot {
        std::string type;
        std::string msg;
        int lineno, col, end_lineno, end_col;
    };

    // Tokens.
    Token const& peek(size_t ahead = 0);
    Token const& advance();
    bool at_op(std::string_view op);
    bool at_keyword(std::string_view keyword);
    bool at_name(); // A NAME that is not a keyword.
    bool accept_op(std::string_view op);
    bool accept_keyword(std::string_view keyword);
    bool expect_op(std::string_view op);
    bool expect_colon(ColonRule rule);
    Token const& last_fetched() { return m_tokens.back(); } // The furthest token read, as CPython's p->tokens[p->fill-1].
    Pos start();

    // Sets the start of `node` to `from` and its end to the end of the last consumed token.
    template<class T>
    T* finish(T* node, Pos from)
    {
        node->lineno = from.line;
        node->col_offset = from.col;
        node->end_lineno = m_prev_end.line;
        node->end_col_offset = m_prev_end.col;
        return node;
    }
    template<class T>
    T* make(Pos from)
    {
        return finish(m_arena.make<T>(), from);
    }
    static Pos start_of(ast::Node const* node) { return { node->lineno, node->col_offset }; }

    // Errors. Each returns nullptr so that callers can `return error_...(...)`.
    std::nullptr_t syntax_error();
    std::nullptr_t error_range(std::string msg, Pos from, Pos to, char const* type = "SyntaxError");
    std::nullptr_t error_at_node(std::string msg, ast::Node const* node);
    std::nullptr_t error_at_token(std::string msg, Token const& token, char const* type = "SyntaxError");
    // An error CPython raises while building the tree in any pass, so that backtracking cannot undo it.
    std::nullptr_t hard_error_at_token(std::string msg, Token const& token)
    {
        if (!m_error)
            m_hard_error = true;
        return error_at_token(std::move(msg), token);
    }
    Pos columnless_token_position(Token const& token);
    static bool is_columnless(Token const& token);
    void set_tokenizer_error();
    SyntaxErrorInfo make_error_info();
    bool failed() const { return m_error.has_value(); }
    // Backtracking: returns to a token index and forgets errors found since (except tokenizer errors).
    size_t mark() const { return m_index; }
    void reset_to(size_t mark);
    Pos previous_end_before(size_t mark);
    // Recursion guard: enter() fails past MAX_DEPTH; every successful enter() is paired with a leave().
    bool enter();
    void leave() { --m_depth; }
    std::nullptr_t too_complex();
    // Prefix operators ('-', '+', '~', 'not') are read in a loop; past this many CPython runs out of stack.
    static constexpr size_t MAX_PREFIX_OPERATORS = 6000;
    // Marks lookahead done only to choose an error message; it does not move the generic error location.
    struct ErrorSpeculation {
        Parser* parser;
        explicit ErrorSpeculation(Parser* p)
            : parser(p)
        {
            ++parser->m_error_speculation;
        }
        ~ErrorSpeculation() { --parser->m_error_speculation; }
    };

    // Modules.
    ast::Mod* parse_file();
    ast::Mod* parse_eval();
    ast::Mod* parse_interactive();
    ast::Mod* parse_func_type();
    // An optional TYPE_COMMENT token where the grammar allows one (only produced with type comments on).
    bool accept_type_comment(std::string& out);

    // Statements (parser_stmt.cpp).
    bool parse_statement(std::vector<ast::Stmt*>& out);
    bool parse_simple_statements(std::vector<ast::Stmt*>& out);
    ast::Stmt* parse_simple_statement();
    ast::Stmt* parse_expression_statement();
    bool parse_block(std::vector<ast::Stmt*>& out, char const* what, int what_line);
    ast::Stmt* parse_compound_statement();
    ast::Stmt* parse_if(bool is_elif);
    ast::Stmt* parse_while();
    ast::Stmt* parse_for(Pos from, bool is_async);
    ast::Stmt* parse_with(Pos from, bool is_async);
    ast::Stmt* parse_try();
    ast::Stmt* parse_function_def(Pos from, std::vector<ast::Expr*> decorators, bool is_async);
    ast::Stmt* parse_class_def(Pos from, std::vector<ast::Expr*> decorators);
    ast::Stmt* parse_decorated();
    ast::Stmt* parse_match();
    ast::Stmt* parse_type_alias();
    ast::Stmt* parse_import();
    ast::Stmt* parse_from_import();
    ast::Stmt* parse_return();
    ast::Stmt* parse_raise();
    ast::Stmt* parse_global_or_nonlocal(bool is_global);
    ast::Stmt* parse_del();
    ast::Stmt* parse_assert();
    bool parse_type_params(std::vector<ast::TypeParam*>& out);
    ast::Arguments* parse_parameters(bool is_lambda);
    ast::Arg* parse_parameter(bool is_lambda, bool allow_star_annotation);
    bool is_legacy_print(ast::Expr* expr);
    static bool is_bitwise_or_level(ast::Expr const* expr);
    static ast::Expr const* leftmost_operand(ast::Expr const* expr);

    // Expressions (parser_expr.cpp).
    ast::Expr* parse_expressions();
    ast::Expr* parse_expression();
    ast::Expr* parse_star_expressions();
    ast::Expr* parse_star_expression();
    ast::Expr* parse_star_named_expression();
    ast::Expr* parse_named_expression();
    ast::Expr* parse_yield_expression();
    ast::Expr* parse_lambda();
    ast::Expr* parse_disjunction();
    ast::Expr* parse_conjunction();
    ast::Expr* parse_inversion();
    ast::Expr* parse_comparison();
    ast::Expr* parse_bitwise_or();
    ast::Expr* parse_bitwise_xor();
    ast::Expr* parse_bitwise_and();
    ast::Expr* parse_shift();
    ast::Expr* parse_sum();
    ast::Expr* parse_term();
    ast::Expr* parse_factor();
    ast::Expr* parse_power();
    ast::Expr* parse_await_primary();
    ast::Expr* parse_primary();
    ast::Expr* parse_atom();
    ast::Expr* parse_paren_atom();
    ast::Expr* parse_list_atom();
    ast::Expr* parse_brace_atom();
    ast::Expr* parse_slices();
    ast::Expr* parse_slice();
    ast::Expr* parse_call(ast::Expr* function, Pos from);
    bool parse_arguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords, Token const& open,
        bool allow_generator = true);
    bool parse_comprehension_clauses(std::vector<ast::Comprehension*>& out);
    ast::Expr* parse_star_targets();
    ast::Expr* parse_for_target_and_in(bool in_brackets);
    ast::Expr* parse_single_target();
    ast::Expr* parse_name();
    ast::Expr* make_tuple(std::vector<ast::Expr*> elements, Pos from, ast::ExprContext ctx = ast::ExprContext::Load);
    ast::Expr* check_missing_comma(ast::Expr* element);
    std::nullptr_t error_maybe_meant_equals(ast::Expr* name);
    ast::Expr* check_assignment_in_element(ast::Expr* element);
    bool at_comprehension();
    bool can_start_expression(size_t ahead = 0);

    // Targets.
    ast::Expr* find_invalid_target(ast::Expr* expr, TargetKind kind);
    bool set_context(ast::Expr* expr, ast::ExprContext ctx, TargetKind kind);
    static char const* expression_name(ast::Expr const* expr);

    // Strings (parser_string.cpp).
    ast::Expr* parse_strings();
    bool parse_fstring(std::vector<ast::Expr*>& parts);
    ast::Expr* parse_fstring_replacement_field();
    ast::Expr* parse_fstring_format_spec(Pos colon);

    // Patterns (parser_pattern.cpp).
    ast::Pattern* parse_patterns();
    ast::Pattern* parse_pattern();
    ast::Pattern* parse_or_pattern();
    ast::Pattern* parse_closed_pattern();
    ast::Pattern* parse_sequence_pattern(char close, Pos from);
    ast::Pattern* parse_mapping_pattern();
    ast::Pattern* parse_class_pattern(ast::Expr* cls);
    ast::Expr* parse_literal_expression_for_pattern();
    ast::Expr* parse_signed_number();

    Tokenizer m_tokenizer;
    Arena& m_arena;
    // Every token read so far; backtracking moves m_index back. A deque, so that references to tokens stay
    // valid while more are read.
    std::deque<Token> m_tokens;
    size_t m_index = 0;
    Pos m_prev_end;              // End of the last consumed token other than NEWLINE/INDENT/DEDENT.
    std::optional<ErrorSpot> m_error;
    std::vector<ParseWarning> m_warnings;
    // Records CPython's SyntaxWarning for the first invalid escape of a string token (once per token,
    // since backtracking may decode a token again).
    void warn_invalid_escape(std::string const& escape, Token const& token);
    bool m_error_from_tokenizer = false;
    bool m_generic_error = false; // The error is a plain "invalid syntax".
    bool m_too_deep = false;
    bool m_skip_source_check = false; // The error is final without tokenizing the rest of the input.
    bool m_peg_lenient = false;       // PEG-style: keep the longest prefix that parsed (primaries, operators).
    bool m_hard_error = false;        // The error is final even under backtracking (bad literal escapes).
    bool m_barry_as_bdfl = false;
    bool m_in_import = false;         // Parsing an import statement, where names are not expressions.
    int m_depth = 0;
    size_t m_furthest = 0;       // Index of the furthest token read outside error speculation.
    int m_error_speculation = 0; // Nonzero while looking ahead only to refine an error message.
    int m_fstring_field_depth = 0; // Replacement-field expressions being parsed.
    int m_fstring_spec_depth = 0; // Format specs being parsed, to limit their nesting as CPython does.
};

}
