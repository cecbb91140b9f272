// Match statements and their patterns (PEP 634).
#include "parse/literals.h"
#include "parse/parser_impl.h"

namespace ginger::parse {

using namespace ast;

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
// Returns nullptr without an error when the statement is not a match statement ("match" is a soft keyword).
Stmt* Parser::parse_match()
{
    Pos from = start();
    size_t saved = mark();
    advance();
    if (!can_start_expression() && !at_op("*")) {
        reset_to(saved);
        return nullptr;
    }
    Pos subject_from = start();
    Expr* subject = parse_star_named_expression();
    // A starred subject needs a comma: "match *a:" is not a match statement.
    if (subject && subject->is<Starred>() && !at_op(","))
        subject = nullptr;
    if (subject && at_op(",")) {
        std::vector<Expr*> elements { subject };
        while (accept_op(",")) {
            if (at_op(":"))
                break;
            Expr* next = parse_star_named_expression();
            if (!next) {
                subject = nullptr;
                break;
            }
            elements.push_back(next);
        }
        if (subject)
            subject = make_tuple(std::move(elements), subject_from);
    }
    if (subject && peek().kind == TokenKind::NEWLINE) {
        // invalid_match_stmt: only when the line is not a valid statement either ("match(x)" is a call).
        Token newline = peek();
        reset_to(saved);
        std::vector<Stmt*> ignored;
        bool is_statement = parse_simple_statements(ignored);
        if (m_error_from_tokenizer)
            return nullptr;
        reset_to(saved);
        if (is_statement)
            return nullptr;
        return error_at_token("expected ':'", newline);
    }
    if (!subject || !at_op(":") || peek(1).kind != TokenKind::NEWLINE) {
        if (m_error_from_tokenizer)
            return nullptr;
        reset_to(saved);
        return nullptr;
    }
    advance();
    advance();
    if (peek().kind != TokenKind::INDENT)
        return error_at_token("expected an indented block after 'match' statement on line " + std::to_string(from.line), peek(), "IndentationError");
    advance();
    auto* statement = m_arena.make<Match>();
    statement->subject = subject;
    while (peek().kind != TokenKind::DEDENT && peek().kind != TokenKind::ENDMARKER) {
        if (!at_keyword("case"))
            return syntax_error();
        int case_line = peek().lineno;
        advance();
        auto* match_case = m_arena.make<MatchCase>();
        match_case->pattern = parse_patterns();
        if (!match_case->pattern)
            return nullptr;
        if (accept_keyword("if")) {
            match_case->guard = parse_named_expression();
            if (!match_case->guard)
                return nullptr;
        }
        if (!expect_colon(ColonRule::AtNewline))
            return nullptr;
        if (!parse_block(match_case->body, "'case' statement", case_line))
            return nullptr;
        statement->cases.push_back(match_case);
    }
    Pos end = m_prev_end;
    if (peek().kind == TokenKind::DEDENT)
        advance();
    finish(statement, from);
    statement->end_lineno = end.line;
    statement->end_col_offset = end.col;
    return statement;
}

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Pattern* Parser::parse_patterns()
{
    Pos from = start();
    auto parse_maybe_star = [&]() -> Pattern* {
        if (at_op("*")) {
            Pos star = start();
            advance();
            if (!at_name())
                return static_cast<Pattern*>(syntax_error());
            std::string name(advance().text);
            auto* pattern = make<MatchStar>(star);
            pattern->name = name == "_" ? "" : name;
            return pattern;
        }
        return parse_pattern();
    };
    Pattern* first = parse_maybe_star();
    if (!first)
        return nullptr;
    if (!at_op(","))
        return first;
    std::vector<Pattern*> patterns { first };
    while (accept_op(",")) {
        if (at_op(":") || at_keyword("if"))
            break;
        Pattern* next = parse_maybe_star();
        if (!next)
            return nullptr;
        patterns.push_back(next);
    }
    auto* sequence = make<MatchSequence>(from);
    sequence->patterns = std::move(patterns);
    return sequence;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
Pattern* Parser::parse_pattern()
{
    if (!enter())
        return nullptr;
    struct Guard {
        Parser* parser;
        ~Guard() { parser->leave(); }
    } guard { this };
    Pos from = start();
    Pattern* pattern = parse_or_pattern();
    if (!pattern || !at_keyword("as"))
        return pattern;
    advance();
    Token const& target = peek();
    if (target.is_name("_"))
        return error_at_token("cannot use '_' as a target", target);
    if (!at_name()) {
        // invalid_as_pattern: or_pattern 'as' !NAME expression
        Expr* expr = parse_expression();
        if (expr)
            return error_at_node("invalid pattern target", expr);
        return nullptr;
    }
    std::string name(advance().text);
    auto* as_pattern = make<MatchAs>(from);
    as_pattern->pattern = pattern;
    as_pattern->name = std::move(name);
    return as_pattern;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::parse_or_pattern()
{
    Pos from = start();
    Pattern* first = parse_closed_pattern();
    if (!first || !at_op("|"))
        return first;
    std::vector<Pattern*> patterns { first };
    while (accept_op("|")) {
        Pattern* next = parse_closed_pattern();
        if (!next)
            return nullptr;
        patterns.push_back(next);
    }
    auto* or_pattern = make<MatchOr>(from);
    or_pattern->patterns = std::move(patterns);
    return or_pattern;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::parse_signed_number()
{
    Pos from = start();
    bool negative = accept_op("-");
    if (peek().kind != TokenKind::NUMBER)
        return syntax_error();
    Pos number_from = start();
    std::string_view text = advance().text;
    auto* constant = make<Constant>(number_from);
    decode_number(text, constant->value);
    if (!negative)
        return constant;
    auto* unary = make<UnaryOp>(from);
    unary->op = UnaryOperator::USub;
    unary->operand = constant;
    return unary;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::parse_literal_expression_for_pattern()
{
    Token const& token = peek();
    Pos from = start();
    if (token.kind == TokenKind::STRING || token.kind == TokenKind::FSTRING_START) {
        // CPython 3.12 accepts f-strings here; the compiler rejects them.
        return parse_strings();
    }
    Expr* real = parse_signed_number();
    if (!real)
        return nullptr;
    if (!at_op("+") && !at_op("-"))
        return real;
    Operator op = at_op("+") ? Operator::Add : Operator::Sub;
    advance();
    auto is_imaginary = [](Expr* e) {
        auto* constant = e->as<Constant>();
        return constant && constant->value.kind == ConstantValue::Kind::Complex;
    };
    Expr* real_part = real->is<UnaryOp>() ? static_cast<UnaryOp*>(real)->operand : real;
    if (is_imaginary(real_part))
        return error_at_node("real number required in complex literal", real);
    if (peek().kind != TokenKind::NUMBER)
        return syntax_error();
    Pos imaginary_from = start();
    std::string_view text = advance().text;
    auto* imaginary = make<Constant>(imaginary_from);
    decode_number(text, imaginary->value);
    if (!is_imaginary(imaginary))
        return error_at_node("imaginary number required in complex literal", imaginary);
    auto* binary = make<BinOp>(from);
    binary->left = real;
    binary->op = op;
    binary->right = imaginary;
    return binary;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//               | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::parse_closed_pattern()
{
    Token const& token = peek();
    Pos from = start();
    if (token.kind == TokenKind::NUMBER || token.is_op("-") || token.kind == TokenKind::STRING || token.kind == TokenKind::FSTRING_START) {
        Expr* value = parse_literal_expression_for_pattern();
        if (!value)
            return nullptr;
        auto* pattern = make<MatchValue>(from);
        pattern->value = value;
        return pattern;
    }
    if (token.is_name("None") || token.is_name("True") || token.is_name("False")) {
        auto* pattern = m_arena.make<MatchSingleton>();
        pattern->value.kind = token.text == "None" ? ConstantValue::Kind::None : token.text == "True" ? ConstantValue::Kind::True : ConstantValue::Kind::False;
        advance();
        return finish(pattern, from);
    }
    if (token.is_op("(") || token.is_op("[")) {
        char close = token.is_op("(") ? ')' : ']';
        advance();
        return parse_sequence_pattern(close, from);
    }
    if (token.is_op("{"))
        return parse_mapping_pattern();
    if (!at_name())
        return static_cast<Pattern*>(syntax_error());
    // A capture, a wildcard, a dotted value, or a class pattern.
    Expr* name = parse_name();
    if (!at_op(".") && !at_op("(")) {
        auto* pattern = make<MatchAs>(from);
        std::string const& id = static_cast<Name*>(name)->id;
        if (id != "_")
            pattern->name = id;
        return pattern;
    }
    Expr* value = name;
    while (accept_op(".")) {
        if (!at_name())
            return static_cast<Pattern*>(syntax_error());
        std::string attr(advance().text);
        auto* attribute = make<Attribute>(from);
        attribute->value = value;
        attribute->attr = std::move(attr);
        attribute->ctx = ExprContext::Load;
        value = attribute;
    }
    if (at_op("("))
        return parse_class_pattern(value);
    auto* pattern = make<MatchValue>(from);
    pattern->value = value;
    return pattern;
}

// group_pattern: '(' pattern ')'
// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
Pattern* Parser::parse_sequence_pattern(char close, Pos from)
{
    std::string close_text(1, close);
    std::vector<Pattern*> patterns;
    bool saw_comma = false;
    while (!at_op(close_text)) {
        Pattern* pattern;
        if (at_op("*")) {
            Pos star = start();
            advance();
            if (!at_name())
                return static_cast<Pattern*>(syntax_error());
            std::string name(advance().text);
            auto* star_pattern = make<MatchStar>(star);
            star_pattern->name = name == "_" ? "" : name;
            pattern = star_pattern;
        } else {
            pattern = parse_pattern();
            if (!pattern)
                return nullptr;
        }
        patterns.push_back(pattern);
        if (!accept_op(","))
            break;
        saw_comma = true;
    }
    if (!accept_op(close_text))
        return static_cast<Pattern*>(syntax_error());
    if (close == ')' && patterns.size() == 1 && !saw_comma && !patterns[0]->is<MatchStar>())
        return patterns[0];
    auto* sequence = make<MatchSequence>(from);
    sequence->patterns = std::move(patterns);
    return sequence;
}

// mapping_pattern: '{' [items_pattern [',' double_star_pattern] | double_star_pattern] [','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
Pattern* Parser::parse_mapping_pattern()
{
    Pos from = start();
    advance();
    auto* mapping = m_arena.make<MatchMapping>();
    while (!at_op("}")) {
        if (accept_op("**")) {
            if (!at_name() || at_keyword("_"))
                return static_cast<Pattern*>(syntax_error());
            mapping->rest = std::string(advance().text);
            accept_op(",");
            if (!at_op("}"))
                return static_cast<Pattern*>(syntax_error());
            break;
        }
        Expr* key;
        Token const& token = peek();
        if (token.is_name("None") || token.is_name("True") || token.is_name("False")) {
            key = parse_atom();
        } else if (at_name()) {
            Pos key_from = start();
            key = parse_name();
            if (!at_op("."))
                return static_cast<Pattern*>(syntax_error());
            while (accept_op(".")) {
                if (!at_name())
                    return static_cast<Pattern*>(syntax_error());
                std::string attr(advance().text);
                auto* attribute = make<Attribute>(key_from);
                attribute->value = key;
                attribute->attr = std::move(attr);
                attribute->ctx = ExprContext::Load;
                key = attribute;
            }
        } else {
            key = parse_literal_expression_for_pattern();
        }
        if (!key)
            return nullptr;
        if (!expect_colon(ColonRule::Plain))
            return nullptr;
        Pattern* value = parse_pattern();
        if (!value)
            return nullptr;
        mapping->keys.push_back(key);
        mapping->patterns.push_back(value);
        if (!accept_op(","))
            break;
    }
    if (!accept_op("}"))
        return static_cast<Pattern*>(syntax_error());
    return finish(mapping, from);
}

// class_pattern: name_or_attr '(' [positional_patterns [',' keyword_patterns] | keyword_patterns] [','] ')'
// keyword_pattern: NAME '=' pattern
Pattern* Parser::parse_class_pattern(Expr* cls)
{
    advance();
    auto* pattern = m_arena.make<MatchClass>();
    pattern->cls = cls;
    while (!at_op(")")) {
        if (at_name() && peek(1).is_op("=")) {
            pattern->kwd_attrs.emplace_back(advance().text);
            advance();
            Pattern* value = parse_pattern();
            if (!value)
                return nullptr;
            pattern->kwd_patterns.push_back(value);
        } else {
            Pattern* value = parse_pattern();
            if (!value)
                return nullptr;
            if (!pattern->kwd_patterns.empty())
                return static_cast<Pattern*>(error_at_node("positional patterns follow keyword patterns", value));
            pattern->patterns.push_back(value);
        }
        if (!accept_op(","))
            break;
    }
    if (!accept_op(")"))
        return static_cast<Pattern*>(syntax_error());
    return finish(pattern, start_of(cls));
}

}
