// Statements: simple statements, compound statements, blocks, function parameters and type parameters.
#include "parse/parser_impl.h"

namespace ginger::parse {

using namespace ast;

namespace {

bool is_augmented_assignment(Token const& token, Operator& op)
{
    static constexpr struct {
        char const* text;
        Operator op;
    } OPERATORS[] = { { "+=", Operator::Add }, { "-=", Operator::Sub }, { "*=", Operator::Mult },
        { "@=", Operator::MatMult }, { "/=", Operator::Div }, { "%=", Operator::Mod }, { "&=", Operator::BitAnd },
        { "|=", Operator::BitOr }, { "^=", Operator::BitXor }, { "<<=", Operator::LShift },
        { ">>=", Operator::RShift }, { "**=", Operator::Pow }, { "//=", Operator::FloorDiv } };
    if (token.kind != TokenKind::OP)
        return false;
    for (auto const& entry : OPERATORS) {
        if (token.text == entry.text) {
            op = entry.op;
            return true;
        }
    }
    return false;
}

}

// Whether an expression could have been parsed by CPython's bitwise_or rule (no unparenthesized
// comparison, not, and/or, conditional, lambda, starred or yield at its top).
bool Parser::is_bitwise_or_level(Expr const* expr)
{
    switch (expr->kind) {
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return false;
    case ExprKind::UnaryOp:
        return static_cast<UnaryOp const*>(expr)->op != UnaryOperator::Not;
    default:
        return true;
    }
}

// The leftmost operand of an unparenthesized expression: what a parser reading it from the left meets first.
Expr const* Parser::leftmost_operand(Expr const* expr)
{
    while (true) {
        switch (expr->kind) {
        case ExprKind::BoolOp:
            expr = static_cast<BoolOp const*>(expr)->values[0];
            continue;
        case ExprKind::Compare:
            expr = static_cast<Compare const*>(expr)->left;
            continue;
        case ExprKind::IfExp:
            expr = static_cast<IfExp const*>(expr)->body;
            continue;
        case ExprKind::Tuple: {
            auto const& elements = static_cast<Tuple const*>(expr)->elts;
            // A parenthesized tuple starts before its first element.
            if (elements.empty() || elements[0]->col_offset != expr->col_offset || elements[0]->lineno != expr->lineno)
                return expr;
            expr = elements[0];
            continue;
        }
        default:
            return expr;
        }
    }
}

// statement: compound_stmt | simple_stmts
bool Parser::parse_statement(std::vector<Stmt*>& out)
{
    Token const& token = peek();
    if (token.kind == TokenKind::INDENT) {
        syntax_error();
        return false;
    }
    if (token.kind == TokenKind::NAME || token.is_op("@")) {
        Stmt* compound = parse_compound_statement();
        if (compound) {
            out.push_back(compound);
            return true;
        }
        if (failed())
            return false;
    }
    return parse_simple_statements(out);
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt | match_stmt
// Returns nullptr without an error when the statement is not a compound statement.
Stmt* Parser::parse_compound_statement()
{
    Token const& token = peek();
    Pos from = start();
    if (token.is_op("@"))
        return parse_decorated();
    if (token.kind != TokenKind::NAME)
        return nullptr;
    std::string_view word = token.text;
    if (word == "if")
        return parse_if(false);
    if (word == "while")
        return parse_while();
    if (word == "for")
        return parse_for(from, false);
    if (word == "with")
        return parse_with(from, false);
    if (word == "try")
        return parse_try();
    if (word == "def")
        return parse_function_def(from, {}, false);
    if (word == "class")
        return parse_class_def(from, {});
    if (word == "async") {
        Token const& next = peek(1);
        if (next.is_name("def")) {
            advance();
            return parse_function_def(from, {}, true);
        }
        if (next.is_name("for")) {
            advance();
            return parse_for(from, true);
        }
        if (next.is_name("with")) {
            advance();
            return parse_with(from, true);
        }
        advance();
        return syntax_error();
    }
    if (word == "match")
        return parse_match();
    return nullptr;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::parse_simple_statements(std::vector<Stmt*>& out)
{
    while (true) {
        Stmt* statement = parse_simple_statement();
        if (!statement)
            return false;
        out.push_back(statement);
        if (accept_op(";")) {
            if (peek().kind == TokenKind::NEWLINE)
                break;
            continue;
        }
        break;
    }
    if (peek().kind == TokenKind::NEWLINE) {
        advance();
        return true;
    }
    if (peek().kind == TokenKind::ENDMARKER)
        return true;
    // An expression directly followed by another one on the same line.
    Stmt* last = out.back();
    if (auto* expression_statement = last->as<ExprStmt>()) {
        Expr* value = expression_statement->value;
        if (is_legacy_print(value))
            return false;
    }
    syntax_error();
    return false;
}

// invalid_legacy_expression: NAME !'(' star_expressions  (print / exec statements)
bool Parser::is_legacy_print(Expr* value)
{
    auto* name = value->as<Name>();
    if (!name || (name->id != "print" && name->id != "exec") || !can_start_expression())
        return false;
    size_t saved = mark();
    Expr* rest;
    {
        ErrorSpeculation speculation(this);
        rest = parse_star_expressions();
    }
    if (!rest) {
        reset_to(saved);
        return false;
    }
    error_range("Missing parentheses in call to '" + name->id + "'. Did you mean " + name->id + "(...)?", start_of(name), { rest->end_lineno, rest->end_col_offset });
    return true;
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass' | del_stmt
//            | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt | type_alias
Stmt* Parser::parse_simple_statement()
{
    Token const& token = peek();
    Pos from = start();
    if (token.kind == TokenKind::NAME) {
        std::string_view word = token.text;
        if (word == "pass") {
            advance();
            return make<Pass>(from);
        }
        if (word == "break") {
            advance();
            return make<Break>(from);
        }
        if (word == "continue") {
            advance();
            return make<Continue>(from);
        }
        if (word == "return")
            return parse_return();
        if (word == "import" || word == "from") {
            m_in_import = true;
            Stmt* statement = word == "import" ? parse_import() : parse_from_import();
            m_in_import = false;
            return statement;
        }
        if (word == "raise")
            return parse_raise();
        if (word == "global")
            return parse_global_or_nonlocal(true);
        if (word == "nonlocal")
            return parse_global_or_nonlocal(false);
        if (word == "del")
            return parse_del();
        if (word == "assert")
            return parse_assert();
        if (word == "type" && peek(1).kind == TokenKind::NAME && !is_keyword(peek(1).text)) {
            Token const& after = peek(2);
            if (after.is_op("=") || after.is_op("["))
                return parse_type_alias();
        }
    }
    return parse_expression_statement();
}

// assignment: NAME ':' expression ['=' annotated_rhs]
//           | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//           | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//           | single_target augassign ~ (yield_expr | star_expressions)
// star_expressions
Stmt* Parser::parse_expression_statement()
{
    Pos from = start();
    bool starts_with_paren = at_op("(");
    Expr* first = at_keyword("yield") ? parse_yield_expression() : parse_star_expressions();
    if (!first)
        return nullptr;
    Operator op;
    if (at_op(":=") && !first->is<Name>()) {
        // invalid_named_expression: expression ':=' expression
        size_t saved = mark();
        Expr* value;
        {
            ErrorSpeculation speculation(this);
            advance();
            value = parse_expression();
        }
        if (m_error_from_tokenizer || m_hard_error)
            return nullptr;
        reset_to(saved);
        if (value)
            return error_at_node(std::string("cannot use assignment expressions with ") + expression_name(first), first);
        return syntax_error();
    }
    if (at_op(":")) {
        // Annotated assignment.
        if (first->is<Tuple>()) {
            auto const& elements = static_cast<Tuple*>(first)->elts;
            Node const* where = starts_with_paren || elements.empty() ? static_cast<Node const*>(first) : elements[0];
            return error_at_node("only single target (not tuple) can be annotated", where);
        }
        if (first->is<List>())
            return error_at_node("only single target (not list) can be annotated", first);
        if (!first->is<Name>() && !first->is<Attribute>() && !first->is<Subscript>()) {
            // invalid_assignment: expression ':' expression. Without a valid annotation it is plain invalid syntax.
            size_t saved = mark();
            Expr* annotation;
            {
                ErrorSpeculation speculation(this);
                advance();
                m_peg_lenient = true;
                annotation = parse_expression();
                m_peg_lenient = false;
            }
            if (annotation)
                return error_at_node("illegal target for annotation", first);
            if (m_error_from_tokenizer || m_hard_error)
                return nullptr;
            reset_to(saved);
            return syntax_error();
        }
        advance();
        set_context(first, ExprContext::Store, TargetKind::Star);
        Expr* annotation = parse_expression();
        if (!annotation)
            return nullptr;
        Expr* value = nullptr;
        if (accept_op("=")) {
            value = at_keyword("yield") ? parse_yield_expression() : parse_star_expressions();
            if (!value)
                return nullptr;
        }
        auto* statement = make<AnnAssign>(from);
        statement->target = first;
        statement->annotation = annotation;
        statement->value = value;
        statement->simple = first->is<Name>() && !starts_with_paren ? 1 : 0;
        return statement;
    }
    if (is_augmented_assignment(peek(), op)) {
        if (!first->is<Name>() && !first->is<Attribute>() && !first->is<Subscript>())
            return error_at_node(std::string("'") + expression_name(first) + "' is an illegal expression for augmented assignment", first);
        advance();
        set_context(first, ExprContext::Store, TargetKind::Star);
        Expr* value = at_keyword("yield") ? parse_yield_expression() : parse_star_expressions();
        if (!value)
            return nullptr;
        auto* statement = make<AugAssign>(from);
        statement->target = first;
        statement->op = op;
        statement->value = value;
        return statement;
    }
    if (at_op("=")) {
        std::vector<Expr*> targets { first };
        Expr* value = nullptr;
        // invalid_assignment: an unparenthesized yield before '='.
        if ((first->is<Yield>() || first->is<YieldFrom>()) && !starts_with_paren)
            return error_at_node("assignment to yield expression not possible", first);
        while (accept_op("=")) {
            if (!can_start_expression() && !at_op("*") && !at_keyword("yield")) {
                // invalid_assignment: (star_targets '=')* star_expressions '=' with nothing after it.
                for (Expr* target : targets) {
                    if (Expr* invalid = find_invalid_target(target, TargetKind::Star))
                        return error_at_node(std::string("cannot assign to ") + expression_name(invalid), invalid);
                }
                return syntax_error();
            }
            bool is_yield = at_keyword("yield");
            Expr* next = is_yield ? parse_yield_expression() : parse_star_expressions();
            if (!next)
                return nullptr;
            if (at_op("=")) {
                if (is_yield)
                    return error_at_node("assignment to yield expression not possible", next);
                targets.push_back(next);
            } else {
                value = next;
            }
        }
        for (Expr* target : targets) {
            Expr* invalid = find_invalid_target(target, TargetKind::Star);
            if (!invalid)
                continue;
            // invalid_named_expression: one bitwise_or target and a value starting with a bitwise_or, where
            // '==' was probably meant.
            // A yield that reaches this point was parenthesized, so it is an atom.
            bool single = targets.size() == 1 && (is_bitwise_or_level(target) || target->is<Yield>() || target->is<YieldFrom>()) && !target->is<Tuple>() && !target->is<List>()
                && !target->is<GeneratorExp>();
            if (auto* constant = target->as<Constant>()) {
                using K = ConstantValue::Kind;
                if (constant->value.kind == K::True || constant->value.kind == K::False || constant->value.kind == K::None)
                    single = false;
            }
            if (single && is_bitwise_or_level(leftmost_operand(value)))
                return error_at_node(std::string("cannot assign to ") + expression_name(invalid) + " here. Maybe you meant '==' instead of '='?", invalid);
            return error_at_node(std::string("cannot assign to ") + expression_name(invalid), invalid);
        }
        for (Expr* target : targets)
            set_context(target, ExprContext::Store, TargetKind::Star);
        std::string type_comment;
        accept_type_comment(type_comment);
        auto* statement = make<Assign>(from);
        statement->targets = std::move(targets);
        statement->value = value;
        statement->type_comment = std::move(type_comment);
        return statement;
    }
    auto* statement = make<ExprStmt>(from);
    statement->value = first;
    return statement;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::parse_block(std::vector<Stmt*>& out, char const* what, int what_line)
{
    if (peek().kind != TokenKind::NEWLINE)
        return parse_simple_statements(out);
    advance();
    if (peek().kind != TokenKind::INDENT) {
        if (failed())
            return false;
        // (At the furthest token read, which a def's look for type comments may have taken past this one.)
        Token const& at = peek().kind == TokenKind::TYPE_COMMENT ? last_fetched() : peek();
        error_at_token(std::string("expected an indented block after ") + what + " on line " + std::to_string(what_line), at, "IndentationError");
        return false;
    }
    advance();
    while (peek().kind != TokenKind::DEDENT && peek().kind != TokenKind::ENDMARKER) {
        if (!parse_statement(out))
            return false;
    }
    if (peek().kind == TokenKind::DEDENT)
        advance();
    return true;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
Stmt* Parser::parse_if(bool is_elif)
{
    Pos from = start();
    advance();
    Expr* test = parse_named_expression();
    if (!test)
        return nullptr;
    if (!check_assignment_in_element(test))
        return nullptr;
    if (!expect_colon(ColonRule::AtNewline))
        return nullptr;
    auto* statement = m_arena.make<If>();
    statement->test = test;
    if (!parse_block(statement->body, is_elif ? "'elif' statement" : "'if' statement", from.line))
        return nullptr;
    Pos end = m_prev_end;
    if (at_keyword("elif")) {
        Stmt* elif = parse_if(true);
        if (!elif)
            return nullptr;
        statement->orelse.push_back(elif);
        end = m_prev_end;
    } else if (at_keyword("else")) {
        int else_line = peek().lineno;
        advance();
        if (!expect_colon(ColonRule::Forced))
            return nullptr;
        if (!parse_block(statement->orelse, "'else' statement", else_line))
            return nullptr;
        end = m_prev_end;
    }
    finish(statement, from);
    statement->end_lineno = end.line;
    statement->end_col_offset = end.col;
    return statement;
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::parse_while()
{
    Pos from = start();
    advance();
    Expr* test = parse_named_expression();
    if (!test)
        return nullptr;
    if (!check_assignment_in_element(test))
        return nullptr;
    if (!expect_colon(ColonRule::AtNewline))
        return nullptr;
    auto* statement = m_arena.make<While>();
    statement->test = test;
    if (!parse_block(statement->body, "'while' statement", from.line))
        return nullptr;
    if (at_keyword("else")) {
        int else_line = peek().lineno;
        advance();
        if (!expect_colon(ColonRule::Forced) || !parse_block(statement->orelse, "'else' statement", else_line))
            return nullptr;
    }
    return finish(statement, from);
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
Stmt* Parser::parse_for(Pos from, bool is_async)
{
    int line = peek().lineno;
    advance();
    Expr* target = parse_for_target_and_in(false);
    if (!target)
        return nullptr;
    Expr* iter = parse_star_expressions();
    if (!iter)
        return nullptr;
    if (!expect_colon(ColonRule::AtNewline))
        return nullptr;
    std::string type_comment;
    accept_type_comment(type_comment);
    std::vector<Stmt*> body, orelse;
    if (!parse_block(body, "'for' statement", line))
        return nullptr;
    if (at_keyword("else")) {
        int else_line = peek().lineno;
        advance();
        if (!expect_colon(ColonRule::Forced) || !parse_block(orelse, "'else' statement", else_line))
            return nullptr;
    }
    if (is_async) {
        auto* statement = make<AsyncFor>(from);
        statement->target = target;
        statement->iter = iter;
        statement->body = std::move(body);
        statement->orelse = std::move(orelse);
        statement->type_comment = std::move(type_comment);
        return statement;
    }
    auto* statement = make<For>(from);
    statement->target = target;
    statement->iter = iter;
    statement->body = std::move(body);
    statement->orelse = std::move(orelse);
    statement->type_comment = std::move(type_comment);
    return statement;
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
Stmt* Parser::parse_with(Pos from, bool is_async)
{
    int line = peek().lineno;
    advance();
    std::vector<Withitem*> items;
    auto parse_items = [&](bool parenthesized) -> bool {
        while (true) {
            Expr* context = parse_expression();
            if (!context)
                return false;
            auto* item = m_arena.make<Withitem>();
            item->context_expr = context;
            if (accept_keyword("as")) {
                Expr* target = parse_single_target();
                if (!target)
                    return false;
                if (!at_op(",") && !at_op(":") && !(parenthesized && at_op(")")) && peek().kind != TokenKind::NEWLINE) {
                    syntax_error();
                    return false;
                }
                item->optional_vars = target;
            }
            items.push_back(item);
            if (!accept_op(","))
                return true;
            if (parenthesized && at_op(")"))
                return true;
        }
    };
    bool parsed = false;
    if (at_op("(")) {
        // Try the parenthesized form first; "with (a, b):" falls back to a tuple expression.
        size_t saved = mark();
        advance();
        if (parse_items(true) && accept_op(")") && (at_op(":") || peek().kind == TokenKind::NEWLINE)) {
            parsed = true;
        } else {
            reset_to(saved);
            items.clear();
        }
    }
    if (!parsed && !parse_items(false))
        return nullptr;
    if (!expect_colon(ColonRule::AtNewline))
        return nullptr;
    std::string type_comment;
    if (!parsed)  // (only the form without parentheses takes a type comment)
        accept_type_comment(type_comment);
    std::vector<Stmt*> body;
    if (!parse_block(body, "'with' statement", line))
        return nullptr;
    if (is_async) {
        auto* statement = make<AsyncWith>(from);
        statement->items = std::move(items);
        statement->body = std::move(body);
        statement->type_comment = std::move(type_comment);
        return statement;
    }
    auto* statement = make<With>(from);
    statement->items = std::move(items);
    statement->body = std::move(body);
    statement->type_comment = std::move(type_comment);
    return statement;
}

// try_stmt: 'try' ':' block finally_block
//         | 'try' ':' block except_block+ [else_block] [finally_block]
//         | 'try' ':' block except_star_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
Stmt* Parser::parse_try()
{
    Pos from = start();
    int line = from.line;
    advance();
    if (!expect_colon(ColonRule::Forced))
        return nullptr;
    std::vector<Stmt*> body, orelse, finalbody;
    std::vector<Excepthandler*> handlers;
    if (!parse_block(body, "'try' statement", line))
        return nullptr;
    int star_kind = 0; // 0: no handlers yet, 1: except, 2: except*.
    while (at_keyword("except")) {
        Pos handler_from = start();
        int handler_line = handler_from.line;
        advance();
        bool is_star = false;
        if (at_op("*")) {
            advance();
            is_star = true;
        }
        int kind = is_star ? 2 : 1;
        if (star_kind != 0 && star_kind != kind)
            return error_range("cannot have both 'except' and 'except*' on the same 'try'", handler_from, m_prev_end);
        star_kind = kind;
        auto* handler = m_arena.make<ExceptHandler>();
        if (!at_op(":") && peek().kind != TokenKind::NEWLINE) {
            Pos type_from = start();
            Expr* type = parse_expression();
            if (!type)
                return nullptr;
            if (at_op(",")) {
                // except A, B: ...
                while (accept_op(",")) {
                    if (at_op(":") || at_keyword("as"))
                        break;
                    if (!parse_expression())
                        return nullptr;
                }
                if (accept_keyword("as") && at_name())
                    advance();
                if (!at_op(":"))
                    return syntax_error();
                // RAISE_SYNTAX_ERROR_STARTING_FROM: the error ends where the tokenizer stopped.
                Token const& last = last_fetched();
                return error_range("multiple exception types must be parenthesized", type_from, { last.end_lineno, last.end_col_offset - 1 });
            }
            handler->type = type;
            if (accept_keyword("as")) {
                if (!at_name())
                    return syntax_error();
                handler->name = std::string(advance().text);
            }
        } else if (is_star) {
            return error_at_token("expected one or more exception types", peek());
        }
        if (!expect_colon(ColonRule::AtNewline))
            return nullptr;
        if (!parse_block(handler->body, is_star ? "'except*' statement" : "'except' statement", handler_line))
            return nullptr;
        handlers.push_back(finish(handler, handler_from));
    }
    if (at_keyword("else")) {
        if (handlers.empty())
            return syntax_error();
        int else_line = peek().lineno;
        advance();
        if (!expect_colon(ColonRule::Forced) || !parse_block(orelse, "'else' statement", else_line))
            return nullptr;
    }
    if (at_keyword("finally")) {
        int finally_line = peek().lineno;
        advance();
        if (!expect_colon(ColonRule::Forced) || !parse_block(finalbody, "'finally' statement", finally_line))
            return nullptr;
    }
    if (handlers.empty() && finalbody.empty())
        return error_at_token("expected 'except' or 'finally' block", peek());
    if (star_kind == 2) {
        auto* statement = make<TryStar>(from);
        statement->body = std::move(body);
        statement->handlers = std::move(handlers);
        statement->orelse = std::move(orelse);
        statement->finalbody = std::move(finalbody);
        return statement;
    }
    auto* statement = make<Try>(from);
    statement->body = std::move(body);
    statement->handlers = std::move(handlers);
    statement->orelse = std::move(orelse);
    statement->finalbody = std::move(finalbody);
    return statement;
}

// decorators: ('@' named_expression NEWLINE)+
// decorated: decorators (class_def_raw | function_def_raw)
Stmt* Parser::parse_decorated()
{
    std::vector<Expr*> decorators;
    while (accept_op("@")) {
        Expr* decorator = parse_named_expression();
        if (!decorator)
            return nullptr;
        decorators.push_back(decorator);
        if (peek().kind != TokenKind::NEWLINE)
            return syntax_error();
        advance();
    }
    Pos from = start();
    if (at_keyword("def"))
        return parse_function_def(from, std::move(decorators), false);
    if (at_keyword("async") && peek(1).is_name("def")) {
        advance();
        return parse_function_def(from, std::move(decorators), true);
    }
    if (at_keyword("class"))
        return parse_class_def(from, std::move(decorators));
    return syntax_error();
}

// function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
Stmt* Parser::parse_function_def(Pos from, std::vector<Expr*> decorators, bool is_async)
{
    int line = peek().lineno;
    advance();
    if (!at_name())
        return syntax_error();
    std::string name(advance().text);
    std::vector<TypeParam*> type_params;
    if (at_op("[")) {
        Token bracket = peek();
        size_t saved = mark();
        if (!parse_type_params(type_params)) {
            if (m_error_from_tokenizer)
                return nullptr;
            // CPython 3.12 compat: a bad type parameter list after def reads as a missing '('.
            reset_to(saved);
            return error_at_token("expected '('", bracket);
        }
    }
    if (!at_op("("))
        return error_at_token("expected '('", peek());
    advance();
    Arguments* args = parse_parameters(false);
    if (!args)
        return nullptr;
    if (!accept_op(")"))
        return syntax_error();
    Expr* returns = nullptr;
    if (accept_op("->")) {
        returns = parse_expression();
        if (!returns)
            return nullptr;
    }
    if (!expect_colon(ColonRule::Forced))
        return nullptr;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    std::string type_comment;
    if (peek().kind == TokenKind::NEWLINE && peek(1).kind == TokenKind::TYPE_COMMENT && peek(2).kind == TokenKind::NEWLINE
        && peek(3).kind == TokenKind::INDENT) {
        advance();
        accept_type_comment(type_comment);
    } else if (peek().kind == TokenKind::TYPE_COMMENT) {
        // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
        if (peek(1).kind == TokenKind::NEWLINE && peek(2).kind == TokenKind::TYPE_COMMENT && peek(3).kind == TokenKind::NEWLINE
            && peek(4).kind == TokenKind::INDENT)
            return error_at_token("Cannot have two type comments on def", peek(4));
        accept_type_comment(type_comment);
    }
    std::vector<Stmt*> body;
    if (!parse_block(body, "function definition", line))
        return nullptr;
    if (is_async) {
        auto* statement = make<AsyncFunctionDef>(from);
        statement->type_comment = type_comment;
        statement->name = std::move(name);
        statement->args = args;
        statement->body = std::move(body);
        statement->decorator_list = std::move(decorators);
        statement->returns = returns;
        statement->type_params = std::move(type_params);
        return statement;
    }
    auto* statement = make<FunctionDef>(from);
    statement->type_comment = std::move(type_comment);
    statement->name = std::move(name);
    statement->args = args;
    statement->body = std::move(body);
    statement->decorator_list = std::move(decorators);
    statement->returns = returns;
    statement->type_params = std::move(type_params);
    return statement;
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
Stmt* Parser::parse_class_def(Pos from, std::vector<Expr*> decorators)
{
    int line = peek().lineno;
    advance();
    if (!at_name())
        return syntax_error();
    std::string name(advance().text);
    auto* statement = m_arena.make<ClassDef>();
    if (at_op("[") && !parse_type_params(statement->type_params))
        return nullptr;
    if (at_op("(")) {
        Token open = advance();
        if (!parse_arguments(statement->bases, statement->keywords, open, false))
            return nullptr;
    }
    if (!expect_colon(ColonRule::AtNewline))
        return nullptr;
    if (!parse_block(statement->body, "class definition", line))
        return nullptr;
    statement->name = std::move(name);
    statement->decorator_list = std::move(decorators);
    return finish(statement, from);
}

// type_params: '[' ','.type_param+ [','] ']'
// type_param: NAME [':' expression] | '*' NAME | '**' NAME
bool Parser::parse_type_params(std::vector<TypeParam*>& out)
{
    advance();
    if (at_op("]")) {
        syntax_error();
        return false;
    }
    while (!at_op("]")) {
        Pos from = start();
        if (accept_op("*")) {
            if (!at_name()) {
                syntax_error();
                return false;
            }
            auto name = std::string(advance().text);
            if (at_op(":")) {
                error_at_token("cannot use bound with TypeVarTuple", peek());
                return false;
            }
            auto* param = make<TypeVarTuple>(from);
            param->name = std::move(name);
            out.push_back(param);
        } else if (accept_op("**")) {
            if (!at_name()) {
                syntax_error();
                return false;
            }
            auto name = std::string(advance().text);
            if (at_op(":")) {
                error_at_token("cannot use bound with ParamSpec", peek());
                return false;
            }
            auto* param = make<ParamSpec>(from);
            param->name = std::move(name);
            out.push_back(param);
        } else {
            if (!at_name()) {
                syntax_error();
                return false;
            }
            auto name = std::string(advance().text);
            Expr* bound = nullptr;
            if (accept_op(":")) {
                bound = parse_expression();
                if (!bound)
                    return false;
            }
            auto* param = make<TypeVar>(from);
            param->name = std::move(name);
            param->bound = bound;
            out.push_back(param);
        }
        if (!accept_op(","))
            break;
    }
    if (!accept_op("]")) {
        syntax_error();
        return false;
    }
    return true;
}

// type_alias: "type" NAME [type_params] '=' expression
Stmt* Parser::parse_type_alias()
{
    Pos from = start();
    advance();
    Expr* name = parse_name();
    static_cast<Name*>(name)->ctx = ExprContext::Store;
    std::vector<TypeParam*> type_params;
    if (at_op("[") && !parse_type_params(type_params))
        return nullptr;
    if (!accept_op("="))
        return syntax_error();
    Expr* value = parse_expression();
    if (!value)
        return nullptr;
    auto* statement = make<TypeAlias>(from);
    statement->name = name;
    statement->type_params = std::move(type_params);
    statement->value = value;
    return statement;
}

// parameters / lambda_parameters, in one pass:
//   [posonly '/' ','] [plain] ['*' [NAME [':' (expression | star_expression)]] kwonly*] ['**' NAME [':' expression]]
// Each NAME may carry an annotation (not in lambdas) and a default. Stops before ')' or ':'.
Arguments* Parser::parse_parameters(bool is_lambda)
{
    auto* arguments = m_arena.make<Arguments>();
    std::vector<Arg*> plain;
    std::vector<Expr*> defaults;
    bool seen_slash = false, seen_star = false, seen_default = false;
    char const* close = is_lambda ? ":" : ")";
    while (!at_op(close)) {
        Token const& token = peek();
        if (arguments->kwarg) {
            error_at_token("arguments cannot follow var-keyword argument", token);
            return nullptr;
        }
        if (token.is_op("/")) {
            if (seen_slash) {
                error_at_token("/ may appear only once", token);
                return nullptr;
            }
            if (seen_star) {
                error_at_token("/ must be ahead of *", token);
                return nullptr;
            }
            if (plain.empty()) {
                error_at_token("at least one argument must precede /", token);
                return nullptr;
            }
            advance();
            seen_slash = true;
            arguments->posonlyargs = std::move(plain);
            plain.clear();
        } else if (token.is_op("*")) {
            if (seen_star) {
                error_at_token("* argument may appear only once", token);
                return nullptr;
            }
            Token star_copy = token;
            advance();
            seen_star = true;
            // invalid_star_etc: '*' ',' TYPE_COMMENT
            if (at_op(",") && peek(1).kind == TokenKind::TYPE_COMMENT) {
                error_at_token("bare * has associated type comment", peek(1));
                return nullptr;
            }
            if (at_op(",") || at_op(close)) {
                if (at_op(close) || peek(1).is_op(close) || peek(1).is_op("**")) {
                    // CPython 3.12 compat: def points at the '*', lambda at the token after it.
                    if (is_lambda)
                        error_at_token("named arguments must follow bare *", at_op(",") ? peek(1) : peek());
                    else
                        error_at_token("named arguments must follow bare *", star_copy);
                    return nullptr;
                }
            } else {
                Arg* vararg = parse_parameter(is_lambda, true);
                if (!vararg)
                    return nullptr;
                if (at_op("=")) {
                    error_at_token("var-positional argument cannot have default value", peek());
                    return nullptr;
                }
                arguments->vararg = vararg;
            }
        } else if (token.is_op("**")) {
            advance();
            Arg* kwarg = parse_parameter(is_lambda, false);
            if (!kwarg)
                return nullptr;
            if (at_op("=")) {
                error_at_token("var-keyword argument cannot have default value", peek());
                return nullptr;
            }
            arguments->kwarg = kwarg;
        } else {
            Arg* arg = parse_parameter(is_lambda, false);
            if (!arg)
                return nullptr;
            Expr* default_value = nullptr;
            if (at_op("=")) {
                Token const& equals = advance();
                if (at_op(",") || at_op(close)) {
                    error_at_token("expected default value expression", equals);
                    return nullptr;
                }
                default_value = parse_expression();
                if (!default_value)
                    return nullptr;
            }
            if (seen_star) {
                arguments->kwonlyargs.push_back(arg);
                arguments->kw_defaults.push_back(default_value);
            } else {
                if (default_value) {
                    seen_default = true;
                    defaults.push_back(default_value);
                } else if (seen_default) {
                    error_at_node("parameter without a default follows parameter with a default", arg);
                    return nullptr;
                }
                plain.push_back(arg);
            }
        }
        bool was_slash = token.is_op("/");
        // A parameter (not / or a bare *) may have a type comment after its comma, or before the ')'.
        Arg* last = nullptr;
        if (!is_lambda && !was_slash) {
            if (arguments->kwarg)
                last = arguments->kwarg;
            else if (seen_star && !arguments->kwonlyargs.empty())
                last = arguments->kwonlyargs.back();
            else if (seen_star)
                last = arguments->vararg;
            else if (!plain.empty())
                last = plain.back();
        }
        if (last && peek().kind == TokenKind::TYPE_COMMENT && peek(1).is_op(")"))
            accept_type_comment(last->type_comment);
        if (accept_op(",")) {
            if (last)
                accept_type_comment(last->type_comment);
            continue;
        }
        {
            if (was_slash && at_op("*")) {
                error_at_token("expected comma between / and *", peek());
                return nullptr;
            }
            break;
        }
    }
    if (!at_op(close)) {
        if (is_lambda)
            return static_cast<Arguments*>(syntax_error());
        syntax_error();
        return nullptr;
    }
    arguments->args = std::move(plain);
    arguments->defaults = std::move(defaults);
    return arguments;
}

// param: NAME annotation? ; star_etc allows a starred annotation for *args (PEP 646).
Arg* Parser::parse_parameter(bool is_lambda, bool allow_star_annotation)
{
    if (at_op("(")) {
        // invalid_parameters: Python 2 tuple parameters.
        Pos from = start();
        int depth = 0;
        do {
            if (at_op("("))
                ++depth;
            else if (at_op(")"))
                --depth;
            else if (peek().kind == TokenKind::NEWLINE || peek().kind == TokenKind::ENDMARKER || peek().kind == TokenKind::ERRORTOKEN)
                return static_cast<Arg*>(syntax_error());
            advance();
        } while (depth > 0);
        return static_cast<Arg*>(error_range(is_lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized", from, m_prev_end));
    }
    if (!at_name())
        return static_cast<Arg*>(syntax_error());
    Pos from = start();
    std::string name(advance().text);
    Expr* annotation = nullptr;
    if (!is_lambda && accept_op(":")) {
        annotation = allow_star_annotation && at_op("*") ? parse_star_expression() : parse_expression();
        if (!annotation)
            return nullptr;
    }
    auto* arg = make<Arg>(from);
    arg->arg = std::move(name);
    arg->annotation = annotation;
    return arg;
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
Stmt* Parser::parse_import()
{
    Pos from = start();
    advance();
    auto* statement = m_arena.make<Import>();
    while (true) {
        Pos alias_from = start();
        if (!at_name())
            return syntax_error();
        std::string name(advance().text);
        while (accept_op(".")) {
            if (!at_name())
                return syntax_error();
            name += ".";
            name += advance().text;
        }
        std::string asname;
        if (accept_keyword("as")) {
            if (!at_name())
                return syntax_error();
            asname = std::string(advance().text);
        }
        auto* alias = make<Alias>(alias_from);
        alias->name = std::move(name);
        alias->asname = std::move(asname);
        statement->names.push_back(alias);
        if (!accept_op(","))
            break;
    }
    if (at_keyword("from")) {
        // invalid_import: 'import' dotted_name+ 'from' dotted_name
        advance();
        if (!at_name())
            return syntax_error();
        advance();
        while (accept_op(".")) {
            if (!at_name())
                return syntax_error();
            advance();
        }
        Token const& last = last_fetched();
        return error_range("Did you mean to use 'from ... import ...' instead?", from, { last.end_lineno, last.end_col_offset - 1 });
    }
    return finish(statement, from);
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::parse_from_import()
{
    Pos from = start();
    advance();
    int level = 0;
    while (at_op(".") || at_op("...")) {
        level += at_op(".") ? 1 : 3;
        advance();
    }
    std::string module;
    if (at_name()) {
        module = std::string(advance().text);
        while (accept_op(".")) {
            if (!at_name())
                return syntax_error();
            module += ".";
            module += advance().text;
        }
    } else if (level == 0) {
        return syntax_error();
    }
    if (!accept_keyword("import"))
        return syntax_error();
    auto* statement = m_arena.make<ImportFrom>();
    statement->module = std::move(module);
    statement->level = level;
    if (at_op("*")) {
        Pos star = start();
        advance();
        auto* alias = make<Alias>(star);
        alias->name = "*";
        statement->names.push_back(alias);
        return finish(statement, from);
    }
    bool parenthesized = accept_op("(");
    while (true) {
        Pos alias_from = start();
        if (!at_name())
            return syntax_error();
        std::string name(advance().text);
        std::string asname;
        if (accept_keyword("as")) {
            if (!at_name())
                return syntax_error();
            asname = std::string(advance().text);
        }
        auto* alias = make<Alias>(alias_from);
        alias->name = std::move(name);
        alias->asname = std::move(asname);
        statement->names.push_back(alias);
        if (!accept_op(","))
            break;
        if (parenthesized && at_op(")"))
            break;
        if (!parenthesized && peek().kind == TokenKind::NEWLINE)
            return error_at_token("trailing comma not allowed without surrounding parentheses", peek());
    }
    if (parenthesized && !accept_op(")"))
        return syntax_error();
    return finish(statement, from);
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::parse_return()
{
    Pos from = start();
    advance();
    Expr* value = nullptr;
    if (can_start_expression() || at_op("*")) {
        value = parse_star_expressions();
        if (!value)
            return nullptr;
    }
    auto* statement = make<Return>(from);
    statement->value = value;
    return statement;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::parse_raise()
{
    Pos from = start();
    advance();
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    if (can_start_expression()) {
        exc = parse_expression();
        if (!exc)
            return nullptr;
        if (accept_keyword("from")) {
            cause = parse_expression();
            if (!cause)
                return nullptr;
        }
    }
    auto* statement = make<Raise>(from);
    statement->exc = exc;
    statement->cause = cause;
    return statement;
}

// global_stmt: 'global' ','.NAME+
// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::parse_global_or_nonlocal(bool is_global)
{
    Pos from = start();
    advance();
    std::vector<std::string> names;
    while (true) {
        if (!at_name())
            return syntax_error();
        names.emplace_back(advance().text);
        if (!accept_op(","))
            break;
    }
    if (is_global) {
        auto* statement = make<Global>(from);
        statement->names = std::move(names);
        return statement;
    }
    auto* statement = make<Nonlocal>(from);
    statement->names = std::move(names);
    return statement;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
Stmt* Parser::parse_del()
{
    Pos from = start();
    advance();
    std::vector<Expr*> targets;
    while (true) {
        Expr* target = parse_star_expression();
        if (!target)
            return nullptr;
        if (!set_context(target, ExprContext::Del, TargetKind::Del))
            return nullptr;
        targets.push_back(target);
        if (!accept_op(","))
            break;
        if (!can_start_expression())
            break;
    }
    if (!at_op(";") && peek().kind != TokenKind::NEWLINE && peek().kind != TokenKind::ENDMARKER)
        return syntax_error();
    auto* statement = make<Delete>(from);
    statement->targets = std::move(targets);
    return statement;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::parse_assert()
{
    Pos from = start();
    advance();
    Expr* test = parse_expression();
    if (!test)
        return nullptr;
    Expr* msg = nullptr;
    if (accept_op(",")) {
        msg = parse_expression();
        if (!msg)
            return nullptr;
    }
    auto* statement = make<Assert>(from);
    statement->test = test;
    statement->msg = msg;
    return statement;
}

}
