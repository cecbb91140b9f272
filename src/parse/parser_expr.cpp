// Expressions: from star_expressions down to atoms, plus assignment targets.
#include "parse/literals.h"
#include "parse/parser_impl.h"

namespace ginger::parse {

using namespace ast;

namespace {

// Keywords that may follow an expression, so they never start a "forgotten comma" element.
bool is_expression_keyword(std::string_view text)
{
    return text == "True" || text == "False" || text == "None" || text == "lambda" || text == "not"
        || text == "await" || text == "yield";
}

}

// Whether the token `ahead` can begin an expression (used to spot a missing comma).
bool Parser::can_start_expression(size_t ahead)
{
    Token const& token = peek(ahead);
    switch (token.kind) {
    case TokenKind::NAME:
        return !is_keyword(token.text) || is_expression_keyword(token.text);
    case TokenKind::NUMBER:
    case TokenKind::STRING:
    case TokenKind::FSTRING_START:
        return true;
    case TokenKind::OP:
        return token.text == "(" || token.text == "[" || token.text == "{" || token.text == "-" || token.text == "+"
            || token.text == "~" || token.text == "...";
    default:
        return false;
    }
}

// invalid_expression: disjunction expression_without_invalid  (inside brackets: a forgotten comma)
Expr* Parser::check_missing_comma(Expr* element)
{
    if (!element || failed() || !can_start_expression())
        return element;
    // !(NAME STRING | SOFT_KEYWORD): CPython skips elements starting with a soft keyword or a NAME and a STRING.
    for (size_t i = m_index; i-- > 0;) {
        Token const& token = m_tokens[i];
        if (token.lineno == element->lineno && token.col_offset == element->col_offset) {
            if (token.kind == TokenKind::NAME) {
                std::string_view text = token.text;
                if (text == "match" || text == "case" || text == "type" || text == "_")
                    return element;
                TokenKind next = m_tokens[i + 1].kind;
                if (next == TokenKind::STRING || next == TokenKind::FSTRING_START)
                    return element;
            }
            break;
        }
        if (token.lineno < element->lineno)
            break;
    }
    size_t saved = mark();
    Expr* next;
    {
        ErrorSpeculation speculation(this);
        next = parse_expression();
    }
    if (!next) {
        reset_to(saved);
        return element;
    }
    return error_range("invalid syntax. Perhaps you forgot a comma?", start_of(element), { next->end_lineno, next->end_col_offset });
}

bool Parser::at_comprehension()
{
    return at_keyword("for") || (at_keyword("async") && peek(1).is_name("for"));
}

// invalid_named_expression: "a = b" where a named expression is expected reads as a mistyped comparison or
// walrus. Returns nullptr after reporting it, or the element when the rule does not apply.
Expr* Parser::check_assignment_in_element(Expr* element)
{
    if (!element || failed() || !at_op("="))
        return element;
    if (element->is<Name>())
        return error_maybe_meant_equals(element);
    // !(list | tuple | genexp | 'True' | 'None' | 'False') bitwise_or '=' bitwise_or !('=' | ':=')
    if (!is_bitwise_or_level(element) || element->is<List>() || element->is<Tuple>() || element->is<GeneratorExp>())
        return element;
    if (auto* constant = element->as<Constant>()) {
        using K = ConstantValue::Kind;
        if (constant->value.kind == K::True || constant->value.kind == K::False || constant->value.kind == K::None)
            return element;
    }
    size_t saved = mark();
    bool applies;
    {
        ErrorSpeculation speculation(this);
        advance();
        m_peg_lenient = true;
        Expr* value = parse_bitwise_or();
        m_peg_lenient = false;
        applies = value && !at_op("=") && !at_op(":=");
    }
    if (m_error_from_tokenizer)
        return nullptr;
    reset_to(saved);
    if (!applies)
        return element;
    return error_at_node(std::string("cannot assign to ") + expression_name(element) + " here. Maybe you meant '==' instead of '='?", element);
}

// invalid_named_expression: NAME '=' bitwise_or !('=' | ':='), where '==' or ':=' was probably meant.
std::nullptr_t Parser::error_maybe_meant_equals(Expr* name)
{
    size_t saved = mark();
    Expr* value;
    {
        ErrorSpeculation speculation(this);
        advance();
        m_peg_lenient = true;
        value = parse_bitwise_or();
        m_peg_lenient = false;
    }
    if (m_error_from_tokenizer || m_hard_error)
        return nullptr;
    bool applies = value && !at_op("=") && !at_op(":=");
    reset_to(saved);
    if (!applies)
        return syntax_error();
    return error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start_of(name), { value->end_lineno, value->end_col_offset });
}

Expr* Parser::make_tuple(std::vector<Expr*> elements, Pos from, ExprContext ctx)
{
    auto* tuple = make<Tuple>(from);
    tuple->elts = std::move(elements);
    tuple->ctx = ctx;
    return tuple;
}

// expressions: expression (',' expression)* [',']
Expr* Parser::parse_expressions()
{
    Pos from = start();
    Expr* first = parse_expression();
    if (!first || !at_op(","))
        return first;
    std::vector<Expr*> elements { first };
    while (accept_op(",")) {
        if (!can_start_expression())
            break;
        Expr* next = parse_expression();
        if (!next)
            return nullptr;
        elements.push_back(next);
    }
    return make_tuple(std::move(elements), from);
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::parse_star_expressions()
{
    Pos from = start();
    Expr* first = parse_star_expression();
    if (!first || !at_op(","))
        return first;
    std::vector<Expr*> elements { first };
    while (accept_op(",")) {
        if (!can_start_expression() && !at_op("*"))
            break;
        Expr* next = parse_star_expression();
        if (!next)
            return nullptr;
        elements.push_back(next);
    }
    return make_tuple(std::move(elements), from);
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::parse_star_expression()
{
    if (at_op("*")) {
        Pos from = start();
        advance();
        Expr* value = parse_bitwise_or();
        if (!value)
            return nullptr;
        auto* starred = make<Starred>(from);
        starred->value = value;
        starred->ctx = ExprContext::Load;
        return starred;
    }
    return parse_expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::parse_star_named_expression()
{
    if (at_op("*"))
        return parse_star_expression();
    return parse_named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
Expr* Parser::parse_named_expression()
{
    if (at_name() && peek(1).is_op(":=")) {
        Pos from = start();
        Expr* target = parse_name();
        static_cast<Name*>(target)->ctx = ExprContext::Store;
        advance();
        Expr* value = parse_expression();
        if (!value)
            return nullptr;
        auto* named = make<NamedExpr>(from);
        named->target = target;
        named->value = value;
        return named;
    }
    Expr* expr = parse_expression();
    if (expr && at_op(":="))
        return error_at_node(std::string("cannot use assignment expressions with ") + expression_name(expr), expr);
    return expr;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::parse_expression()
{
    if (!enter())
        return nullptr;
    struct Guard {
        Parser* parser;
        ~Guard() { parser->leave(); }
    } guard { this };
    if (at_keyword("lambda"))
        return parse_lambda();
    Pos from = start();
    Expr* body = parse_disjunction();
    if (!body || !at_keyword("if"))
        return body;
    size_t before_if = mark();
    advance();
    Expr* test = parse_disjunction();
    if (!test) {
        if (m_peg_lenient && m_generic_error) {
            reset_to(before_if);
            return body;
        }
        return nullptr;
    }
    if (!accept_keyword("else")) {
        if (at_op(":"))
            return syntax_error();
        return error_range("expected 'else' after 'if' expression", from, m_prev_end);
    }
    Expr* orelse = parse_expression();
    if (!orelse)
        return nullptr;
    auto* if_exp = make<IfExp>(from);
    if_exp->test = test;
    if_exp->body = body;
    if_exp->orelse = orelse;
    return if_exp;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::parse_yield_expression()
{
    Pos from = start();
    advance();
    if (accept_keyword("from")) {
        Expr* value = parse_expression();
        if (!value)
            return nullptr;
        auto* yield_from = make<YieldFrom>(from);
        yield_from->value = value;
        return yield_from;
    }
    Expr* value = nullptr;
    if (can_start_expression() || at_op("*")) {
        value = parse_star_expressions();
        if (!value)
            return nullptr;
    }
    auto* yield = make<Yield>(from);
    yield->value = value;
    return yield;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::parse_lambda()
{
    Pos from = start();
    advance();
    Arguments* args = parse_parameters(true);
    if (!args)
        return nullptr;
    if (!expect_colon(ColonRule::Plain))
        return nullptr;
    // In an f-string replacement field a top-level ':' starts the format spec, so the lambda has no body.
    if (m_fstring_field_depth > 0 && (peek().kind == TokenKind::FSTRING_MIDDLE || at_op("}") || peek().kind == TokenKind::FSTRING_END))
        return error_range("f-string: lambda expressions are not allowed without parentheses", from, m_prev_end);
    Expr* body = parse_expression();
    if (!body)
        return nullptr;
    auto* lambda = make<Lambda>(from);
    lambda->args = args;
    lambda->body = body;
    return lambda;
}

// disjunction: conjunction ('or' conjunction)*
Expr* Parser::parse_disjunction()
{
    Pos from = start();
    Expr* first = parse_conjunction();
    if (!first || !at_keyword("or"))
        return first;
    std::vector<Expr*> values { first };
    while (accept_keyword("or")) {
        Expr* next = parse_conjunction();
        if (!next)
            return nullptr;
        values.push_back(next);
    }
    auto* bool_op = make<BoolOp>(from);
    bool_op->op = BoolOperator::Or;
    bool_op->values = std::move(values);
    return bool_op;
}

// conjunction: inversion ('and' inversion)*
Expr* Parser::parse_conjunction()
{
    Pos from = start();
    Expr* first = parse_inversion();
    if (!first || !at_keyword("and"))
        return first;
    std::vector<Expr*> values { first };
    while (accept_keyword("and")) {
        Expr* next = parse_inversion();
        if (!next)
            return nullptr;
        values.push_back(next);
    }
    auto* bool_op = make<BoolOp>(from);
    bool_op->op = BoolOperator::And;
    bool_op->values = std::move(values);
    return bool_op;
}

// inversion: 'not' inversion | comparison
// Chains of 'not' are collected in a loop, so that long chains cannot exhaust the C++ stack.
Expr* Parser::parse_inversion()
{
    std::vector<Pos> nots;
    while (at_keyword("not")) {
        nots.push_back(start());
        advance();
        if (nots.size() > MAX_PREFIX_OPERATORS)
            return too_complex();
    }
    Expr* operand = parse_comparison();
    if (!operand)
        return nullptr;
    for (size_t i = nots.size(); i-- > 0;) {
        auto* unary = make<UnaryOp>(nots[i]);
        unary->op = UnaryOperator::Not;
        unary->operand = operand;
        operand = unary;
    }
    return operand;
}

// comparison: bitwise_or (compare_op bitwise_or)*
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
Expr* Parser::parse_comparison()
{
    Pos from = start();
    Expr* left = parse_bitwise_or();
    if (!left)
        return nullptr;
    std::vector<CmpOperator> ops;
    std::vector<Expr*> comparators;
    while (true) {
        Token const& token = peek();
        CmpOperator op;
        if (token.is_op("=="))
            op = CmpOperator::Eq;
        else if (token.is_op("!=") && m_barry_as_bdfl)
            return error_at_token("with Barry as BDFL, use '<>' instead of '!='", token);
        else if (token.is_op("!=") || (token.is_op("<>") && m_barry_as_bdfl))
            op = CmpOperator::NotEq;
        else if (token.is_op("<="))
            op = CmpOperator::LtE;
        else if (token.is_op("<"))
            op = CmpOperator::Lt;
        else if (token.is_op(">="))
            op = CmpOperator::GtE;
        else if (token.is_op(">"))
            op = CmpOperator::Gt;
        else if (token.is_name("in"))
            op = CmpOperator::In;
        else if (token.is_name("not") && peek(1).is_name("in"))
            op = CmpOperator::NotIn;
        else if (token.is_name("is"))
            op = peek(1).is_name("not") ? CmpOperator::IsNot : CmpOperator::Is;
        else
            break;
        advance();
        if (op == CmpOperator::NotIn || op == CmpOperator::IsNot)
            advance();
        Expr* right = parse_bitwise_or();
        if (!right)
            return nullptr;
        ops.push_back(op);
        comparators.push_back(right);
    }
    if (ops.empty())
        return left;
    auto* compare = make<Compare>(from);
    compare->left = left;
    compare->ops = std::move(ops);
    compare->comparators = std::move(comparators);
    return compare;
}

namespace {

// One level of left-associative binary operators.
struct BinaryLevel {
    char const* text;
    Operator op;
};

}

#define GINGER_BINARY_LEVEL(function, next, ...)                     \
    Expr* Parser::function()                                         \
    {                                                                \
        static constexpr BinaryLevel LEVEL[] = { __VA_ARGS__ };      \
        Pos from = start();                                          \
        Expr* left = next();                                         \
        while (left) {                                               \
            Token const& token = peek();                             \
            BinaryLevel const* found = nullptr;                      \
            for (auto const& entry : LEVEL) {                        \
                if (token.is_op(entry.text))                         \
                    found = &entry;                                  \
            }                                                        \
            if (!found)                                              \
                break;                                               \
            size_t before_operator = mark();                         \
            advance();                                               \
            Expr* right = next();                                    \
            if (!right) {                                            \
                if (!m_peg_lenient || !m_generic_error)              \
                    return nullptr;                                  \
                reset_to(before_operator);                           \
                return left;                                         \
            }                                                        \
            auto* binary = make<BinOp>(from);                        \
            binary->left = left;                                     \
            binary->op = found->op;                                  \
            binary->right = right;                                   \
            left = binary;                                           \
        }                                                            \
        return left;                                                 \
    }

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
GINGER_BINARY_LEVEL(parse_bitwise_or, parse_bitwise_xor, { "|", Operator::BitOr })
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
GINGER_BINARY_LEVEL(parse_bitwise_xor, parse_bitwise_and, { "^", Operator::BitXor })
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
GINGER_BINARY_LEVEL(parse_bitwise_and, parse_shift, { "&", Operator::BitAnd })
// shift_expr: shift_expr ('<<' | '>>') sum | sum
GINGER_BINARY_LEVEL(parse_shift, parse_sum, { "<<", Operator::LShift }, { ">>", Operator::RShift })
// sum: sum ('+' | '-') term | term
GINGER_BINARY_LEVEL(parse_sum, parse_term, { "+", Operator::Add }, { "-", Operator::Sub })
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
GINGER_BINARY_LEVEL(parse_term, parse_factor, { "*", Operator::Mult }, { "/", Operator::Div },
    { "//", Operator::FloorDiv }, { "%", Operator::Mod }, { "@", Operator::MatMult })

#undef GINGER_BINARY_LEVEL

// factor: '+' factor | '-' factor | '~' factor | power
// Prefix operators are collected in a loop, so that long chains cannot exhaust the C++ stack.
Expr* Parser::parse_factor()
{
    struct Prefix {
        Pos from;
        UnaryOperator op;
    };
    std::vector<Prefix> prefixes;
    while (true) {
        Token const& token = peek();
        UnaryOperator op;
        if (token.is_op("+"))
            op = UnaryOperator::UAdd;
        else if (token.is_op("-"))
            op = UnaryOperator::USub;
        else if (token.is_op("~"))
            op = UnaryOperator::Invert;
        else
            break;
        prefixes.push_back({ start(), op });
        advance();
        if (prefixes.size() > MAX_PREFIX_OPERATORS)
            return too_complex();
    }
    Expr* operand = parse_power();
    if (!operand)
        return nullptr;
    for (size_t i = prefixes.size(); i-- > 0;) {
        auto* unary = make<UnaryOp>(prefixes[i].from);
        unary->op = prefixes[i].op;
        unary->operand = operand;
        operand = unary;
    }
    return operand;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::parse_power()
{
    Pos from = start();
    Expr* left = parse_await_primary();
    if (!left || !at_op("**"))
        return left;
    advance();
    if (!enter())
        return nullptr;
    Expr* right = parse_factor();
    leave();
    if (!right)
        return nullptr;
    auto* binary = make<BinOp>(from);
    binary->left = left;
    binary->op = Operator::Pow;
    binary->right = right;
    return binary;
}

// await_primary: 'await' primary | primary
Expr* Parser::parse_await_primary()
{
    if (!at_keyword("await"))
        return parse_primary();
    Pos from = start();
    advance();
    if (!enter())
        return nullptr;
    Expr* value = parse_primary();
    leave();
    if (!value)
        return nullptr;
    auto* await = make<Await>(from);
    await->value = value;
    return await;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
Expr* Parser::parse_primary()
{
    Pos from = start();
    Expr* expr = parse_atom();
    while (expr) {
        size_t before_trailer = mark();
        if (m_peg_lenient && (at_op("(") || at_op("["))) {
            // Like CPython's PEG parser, keep the primary parsed so far when a trailer fails.
            Expr* longer = at_op("(") ? parse_call(expr, from) : nullptr;
            if (at_op("[") && !longer) {
                advance();
                Expr* slice = parse_slices();
                if (slice && accept_op("]")) {
                    auto* subscript = make<Subscript>(from);
                    subscript->value = expr;
                    subscript->slice = slice;
                    subscript->ctx = ExprContext::Load;
                    longer = subscript;
                }
            }
            if (!longer) {
                if (m_error_from_tokenizer)
                    return nullptr;
                reset_to(before_trailer);
                return expr;
            }
            expr = longer;
            continue;
        }
        if (at_op(".")) {
            advance();
            if (!at_name())
                return syntax_error();
            std::string attr(advance().text);
            auto* attribute = make<Attribute>(from);
            attribute->value = expr;
            attribute->attr = std::move(attr);
            attribute->ctx = ExprContext::Load;
            expr = attribute;
        } else if (at_op("(")) {
            expr = parse_call(expr, from);
        } else if (at_op("[")) {
            advance();
            Expr* slice = parse_slices();
            if (!slice)
                return nullptr;
            if (!accept_op("]"))
                return syntax_error();
            auto* subscript = make<Subscript>(from);
            subscript->value = expr;
            subscript->slice = slice;
            subscript->ctx = ExprContext::Load;
            expr = subscript;
        } else {
            break;
        }
    }
    return expr;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::parse_slices()
{
    Pos from = start();
    Expr* first = at_op("*") ? parse_star_expression() : parse_slice();
    if (!first || !check_missing_comma(first))
        return nullptr;
    if (!at_op(",")) {
        // A lone starred subscript still makes a tuple: x[*a] is x[(*a,)].
        if (first->is<Starred>())
            return make_tuple({ first }, from);
        return first;
    }
    std::vector<Expr*> elements { first };
    while (accept_op(",")) {
        if (at_op("]"))
            break;
        Expr* next = at_op("*") ? parse_star_expression() : parse_slice();
        if (!next || !check_missing_comma(next))
            return nullptr;
        elements.push_back(next);
    }
    return make_tuple(std::move(elements), from);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::parse_slice()
{
    Pos from = start();
    Expr* lower = nullptr;
    if (!at_op(":")) {
        lower = parse_named_expression();
        if (!lower || !check_assignment_in_element(lower))
            return nullptr;
        if (!at_op(":"))
            return lower;
    }
    advance();
    Expr* upper = nullptr;
    Expr* step = nullptr;
    if (!at_op(":") && !at_op("]") && !at_op(",")) {
        upper = parse_expression();
        if (!upper)
            return nullptr;
    }
    if (accept_op(":")) {
        if (!at_op("]") && !at_op(",")) {
            step = parse_expression();
            if (!step)
                return nullptr;
        }
    }
    auto* slice = make<Slice>(from);
    slice->lower = lower;
    slice->upper = upper;
    slice->step = step;
    return slice;
}

// primary '(' [arguments] ')' and primary genexp
Expr* Parser::parse_call(Expr* function, Pos from)
{
    Token const& open = advance();
    Token open_copy = open;
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
    if (!parse_arguments(args, keywords, open_copy))
        return nullptr;
    auto* call = make<Call>(from);
    call->func = function;
    call->args = std::move(args);
    call->keywords = std::move(keywords);
    return call;
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
// kwargs: ','.kwarg_or_starred+ [',' ','.kwarg_or_double_starred+] | ','.kwarg_or_double_starred+
// Consumes the closing ')'.
bool Parser::parse_arguments(std::vector<Expr*>& args, std::vector<Keyword*>& keywords, Token const& open, bool allow_generator)
{
    bool seen_keyword = false, seen_double_star = false;
    while (!at_op(")")) {
        Pos from = start();
        if (at_op("*") || at_op("**")) {
            bool is_double = at_op("**");
            // invalid_arguments: after keyword arguments, a '*' with nothing to unpack gets this message too.
            if (!is_double && (seen_double_star || (seen_keyword && !can_start_expression(1)))) {
                error_at_token("iterable argument unpacking follows keyword argument unpacking", peek());
                return false;
            }
            advance();
            Expr* value = parse_expression();
            if (!value)
                return false;
            if (at_op("=")) {
                // invalid_kwarg: '*' or '**' expression '=' expression.
                advance();
                Expr* assigned = parse_expression();
                if (!assigned)
                    return false;
                error_range(is_double ? "cannot assign to keyword argument unpacking" : "cannot assign to iterable argument unpacking", from, { assigned->end_lineno, assigned->end_col_offset });
                return false;
            }
            if (is_double) {
                auto* keyword = make<Keyword>(from);
                keyword->value = value;
                keywords.push_back(keyword);
                seen_double_star = true;
            } else {
                if (seen_double_star) {
                    error_range("iterable argument unpacking follows keyword argument unpacking", from, { from.line, from.col + 1 });
                    return false;
                }
                if (!check_missing_comma(value))
                    return false;
                auto* starred = make<Starred>(from);
                starred->value = value;
                starred->ctx = ExprContext::Load;
                args.push_back(starred);
            }
        } else if (peek().kind == TokenKind::NAME && (!is_keyword(peek().text) || peek().text == "True" || peek().text == "False" || peek().text == "None") && peek(1).is_op("=")) {
            Token const& name = peek();
            if (is_keyword(name.text)) {
                if (name.text == "True" || name.text == "False" || name.text == "None") {
                    error_range("cannot assign to " + std::string(name.text), from, { peek(1).end_lineno, peek(1).end_col_offset });
                    return false;
                }
                syntax_error();
                return false;
            }
            std::string arg(advance().text);
            Token const& equals = advance();
            Pos after_equals { equals.end_lineno, equals.end_col_offset };
            if (at_op(")") || at_op(",")) {
                error_range("expected argument value expression", from, m_prev_end);
                return false;
            }
            Expr* value = parse_expression();
            if (!value)
                return false;
            if (at_keyword("for") || (at_keyword("async") && peek(1).kind == TokenKind::NAME && peek(1).text == "for")) {
                // f(a=x for x in y): CPython's invalid_kwarg.
                error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from, after_equals);
                return false;
            }
            auto* keyword = make<Keyword>(from);
            keyword->arg = std::move(arg);
            keyword->value = value;
            keywords.push_back(keyword);
            seen_keyword = true;
        } else {
            Expr* value = parse_named_expression();
            if (!value)
                return false;
            if ((at_keyword("for") || at_keyword("async")) && allow_generator) {
                // A generator expression argument.
                std::vector<Comprehension*> generators;
                if (!parse_comprehension_clauses(generators))
                    return false;
                bool alone = args.empty() && keywords.empty() && at_op(")");
                if (!alone) {
                    error_range("Generator expression must be parenthesized", start_of(value), m_prev_end);
                    return false;
                }
                advance();
                auto* genexp = m_arena.make<GeneratorExp>();
                genexp->elt = value;
                genexp->generators = std::move(generators);
                finish(genexp, { open.lineno, open.col_offset });
                args.push_back(genexp);
                return true;
            }
            if (at_op("=")) {
                Token const& equals = peek();
                if (value->is<Constant>()) {
                    auto const* constant = value->as<Constant>();
                    using K = ConstantValue::Kind;
                    if (constant->value.kind == K::True || constant->value.kind == K::False || constant->value.kind == K::None) {
                        error_range(std::string("cannot assign to ") + expression_name(value), start_of(value), { equals.end_lineno, equals.end_col_offset });
                        return false;
                    }
                }
                error_range("expression cannot contain assignment, perhaps you meant \"==\"?", start_of(value), { equals.end_lineno, equals.end_col_offset });
                return false;
            }
            // CPython reports these at the last token read, the one after the argument.
            if (seen_double_star) {
                error_at_token("positional argument follows keyword argument unpacking", peek());
                return false;
            }
            if (seen_keyword) {
                error_at_token("positional argument follows keyword argument", peek());
                return false;
            }
            if (!check_missing_comma(value))
                return false;
            args.push_back(value);
        }
        if (!accept_op(",")) {
            if (!at_op(")")) {
                if (!failed() && !keywords.empty() && !seen_double_star && can_start_expression())
                    check_missing_comma(keywords.back()->value);
                syntax_error();
                return false;
            }
        }
    }
    advance();
    return true;
}

// for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
bool Parser::parse_comprehension_clauses(std::vector<Comprehension*>& out)
{
    while (at_keyword("for") || (at_keyword("async") && peek(1).is_name("for"))) {
        auto* comprehension = m_arena.make<Comprehension>();
        if (accept_keyword("async"))
            comprehension->is_async = 1;
        advance();
        Expr* target = parse_for_target_and_in(true);
        if (!target)
            return false;
        Expr* iter = parse_disjunction();
        if (!iter)
            return false;
        comprehension->target = target;
        comprehension->iter = iter;
        while (accept_keyword("if")) {
            Expr* condition = parse_disjunction();
            if (!condition)
                return false;
            comprehension->ifs.push_back(condition);
        }
        out.push_back(comprehension);
    }
    return true;
}

// for_stmt / for_if_clause: ... 'for' star_targets 'in' ...
// invalid_for_target: 'for' star_expressions, to name what cannot be assigned to.
// Consumes the targets and the 'in'.
Expr* Parser::parse_for_target_and_in(bool in_brackets)
{
    size_t saved = mark();
    Expr* target = parse_star_targets();
    if (target && accept_keyword("in"))
        return target;
    if (m_error_from_tokenizer || m_hard_error || (failed() && !m_generic_error))
        return nullptr;
    reset_to(saved);
    Expr* expr;
    {
        ErrorSpeculation speculation(this);
        expr = parse_star_expressions();
        // In a comprehension the target is inside brackets, where two expressions in a row are a lost comma.
        if (expr && in_brackets)
            expr = check_missing_comma(expr);
    }
    if (m_error_from_tokenizer || m_hard_error || (failed() && !m_generic_error))
        return nullptr;
    if (expr) {
        if (Expr* invalid = find_invalid_target(expr, TargetKind::For))
            return error_at_node(std::string("cannot assign to ") + expression_name(invalid), invalid);
    }
    reset_to(saved);
    return syntax_error();
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// star_target: '*' star_target | target_with_star_atom
// target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom
// Each target is read as a primary (an atom and its trailers), then checked.
Expr* Parser::parse_star_targets()
{
    Pos from = start();
    std::vector<Expr*> elements;
    bool trailing_comma = false;
    while (true) {
        Expr* element;
        if (at_op("*")) {
            Pos star = start();
            advance();
            Expr* value = parse_primary();
            if (!value)
                return nullptr;
            auto* starred = make<Starred>(star);
            starred->value = value;
            element = starred;
        } else {
            element = parse_primary();
            if (!element)
                return nullptr;
        }
        elements.push_back(element);
        if (!accept_op(",")) {
            trailing_comma = false;
            break;
        }
        trailing_comma = true;
        if (!can_start_expression() && !at_op("*"))
            break;
    }
    Expr* target = elements.size() == 1 && !trailing_comma ? elements[0] : make_tuple(std::move(elements), from);
    if (!set_context(target, ExprContext::Store, TargetKind::For))
        return nullptr;
    return target;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom  (one target, as after 'as' in a with item)
Expr* Parser::parse_single_target()
{
    Expr* target;
    if (at_op("*")) {
        Pos star = start();
        advance();
        Expr* value = parse_bitwise_or();
        if (!value)
            return nullptr;
        auto* starred = make<Starred>(star);
        starred->value = value;
        target = starred;
    } else {
        target = parse_bitwise_or();
        if (!target)
            return nullptr;
    }
    if (!set_context(target, ExprContext::Store, TargetKind::Star))
        return nullptr;
    return target;
}

Expr* Parser::parse_name()
{
    Pos from = start();
    std::string id(advance().text);
    auto* name = make<Name>(from);
    name->id = std::move(id);
    name->ctx = ExprContext::Load;
    return name;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp) | (list | listcomp)
//     | (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::parse_atom()
{
    Token const& token = peek();
    Pos from = start();
    switch (token.kind) {
    case TokenKind::NAME: {
        if (!is_keyword(token.text))
            return parse_name();
        ConstantValue::Kind kind;
        if (token.text == "True")
            kind = ConstantValue::Kind::True;
        else if (token.text == "False")
            kind = ConstantValue::Kind::False;
        else if (token.text == "None")
            kind = ConstantValue::Kind::None;
        else
            return syntax_error();
        advance();
        auto* constant = make<Constant>(from);
        constant->value.kind = kind;
        return constant;
    }
    case TokenKind::NUMBER: {
        std::string_view text = advance().text;
        auto* constant = make<Constant>(from);
        decode_number(text, constant->value);
        return constant;
    }
    case TokenKind::STRING:
    case TokenKind::FSTRING_START:
        return parse_strings();
    case TokenKind::OP:
        if (token.text == "(")
            return parse_paren_atom();
        if (token.text == "[")
            return parse_list_atom();
        if (token.text == "{")
            return parse_brace_atom();
        if (token.text == "...") {
            advance();
            auto* constant = make<Constant>(from);
            constant->value.kind = ConstantValue::Kind::Ellipsis;
            return constant;
        }
        return syntax_error();
    default:
        return syntax_error();
    }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr* Parser::parse_paren_atom()
{
    Pos from = start();
    advance();
    if (accept_op(")"))
        return make_tuple({}, from);
    if (!enter())
        return nullptr;
    struct Guard {
        Parser* parser;
        ~Guard() { parser->leave(); }
    } guard { this };
    if (at_keyword("yield")) {
        Expr* yield = parse_yield_expression();
        if (!yield)
            return nullptr;
        if (!accept_op(")"))
            return syntax_error();
        return yield;
    }
    Expr* first = parse_star_named_expression();
    if (!first)
        return nullptr;
    if (at_keyword("for") || (at_keyword("async") && peek(1).is_name("for"))) {
        if (first->is<Starred>())
            return error_at_node("iterable unpacking cannot be used in comprehension", first);
        std::vector<Comprehension*> generators;
        if (!parse_comprehension_clauses(generators))
            return nullptr;
        if (!accept_op(")"))
            return syntax_error();
        auto* genexp = make<GeneratorExp>(from);
        genexp->elt = first;
        genexp->generators = std::move(generators);
        return genexp;
    }
    if (accept_op(")")) {
        if (first->is<Starred>())
            return error_at_node("cannot use starred expression here", first);
        return first;
    }
    if (!at_op(",")) {
        if (!check_assignment_in_element(first) || !check_missing_comma(first))
            return nullptr;
        return syntax_error();
    }
    std::vector<Expr*> elements { first };
    while (accept_op(",")) {
        if (at_op(")"))
            break;
        Expr* next = parse_star_named_expression();
        if (!next)
            return nullptr;
        if (!check_missing_comma(next) || !check_assignment_in_element(next))
            return nullptr;
        elements.push_back(next);
    }
    if (!accept_op(")"))
        return syntax_error();
    return make_tuple(std::move(elements), from);
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::parse_list_atom()
{
    Pos from = start();
    advance();
    if (!enter())
        return nullptr;
    struct Guard {
        Parser* parser;
        ~Guard() { parser->leave(); }
    } guard { this };
    std::vector<Expr*> elements;
    if (!at_op("]")) {
        Expr* first = parse_star_named_expression();
        if (!first)
            return nullptr;
        if (at_keyword("for") || (at_keyword("async") && peek(1).is_name("for"))) {
            if (first->is<Starred>())
                return error_at_node("iterable unpacking cannot be used in comprehension", first);
            std::vector<Comprehension*> generators;
            if (!parse_comprehension_clauses(generators))
                return nullptr;
            if (!accept_op("]"))
                return syntax_error();
            auto* comp = make<ListComp>(from);
            comp->elt = first;
            comp->generators = std::move(generators);
            return comp;
        }
        if (!check_missing_comma(first) || !check_assignment_in_element(first))
            return nullptr;
        elements.push_back(first);
        while (accept_op(",")) {
            if (at_op("]"))
                break;
            if (at_comprehension())
                return error_range("did you forget parentheses around the comprehension target?", start_of(first), m_prev_end);
            Expr* next = parse_star_named_expression();
            if (!next || !check_missing_comma(next) || !check_assignment_in_element(next))
                return nullptr;
            elements.push_back(next);
            if (at_comprehension())
                return error_range("did you forget parentheses around the comprehension target?", start_of(first), m_prev_end);
        }
    }
    if (!accept_op("]"))
        return syntax_error();
    auto* list = make<List>(from);
    list->elts = std::move(elements);
    list->ctx = ExprContext::Load;
    return list;
}

// dict: '{' [double_starred_kvpairs] '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'
// setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::parse_brace_atom()
{
    Pos from = start();
    advance();
    if (!enter())
        return nullptr;
    struct Guard {
        Parser* parser;
        ~Guard() { parser->leave(); }
    } guard { this };
    if (accept_op("}"))
        return make<Dict>(from);
    // The first element decides between dict and set.
    Expr* first_key = nullptr;
    Expr* first_value = nullptr;
    if (at_op("**")) {
        advance();
        first_value = parse_bitwise_or();
        if (!first_value)
            return nullptr;
    } else {
        first_key = parse_star_named_expression();
        if (!first_key)
            return nullptr;
        if (at_op(":")) {
            if (first_key->is<Starred>())
                return error_at_node("cannot use a starred expression in a dictionary key", first_key);
            Token const& colon = advance();
            if (at_op("}") || at_op(","))
                return error_at_token("expression expected after dictionary key and ':'", colon);
            if (at_op("*")) {
                Expr* starred = parse_star_expression();
                return starred ? error_at_node("cannot use a starred expression in a dictionary value", starred) : nullptr;
            }
            first_value = parse_expression();
            if (!first_value)
                return nullptr;
        }
    }
    bool is_dict = first_value != nullptr;
    if (at_keyword("for") || (at_keyword("async") && peek(1).is_name("for"))) {
        if (is_dict && !first_key)
            return error_range("dict unpacking cannot be used in dict comprehension", from, m_prev_end);
        if (!is_dict && first_key->is<Starred>())
            return error_at_node("iterable unpacking cannot be used in comprehension", first_key);
        std::vector<Comprehension*> generators;
        if (!parse_comprehension_clauses(generators))
            return nullptr;
        if (!accept_op("}"))
            return syntax_error();
        if (is_dict) {
            auto* comp = make<DictComp>(from);
            comp->key = first_key;
            comp->value = first_value;
            comp->generators = std::move(generators);
            return comp;
        }
        auto* comp = make<SetComp>(from);
        comp->elt = first_key;
        comp->generators = std::move(generators);
        return comp;
    }
    if (is_dict) {
        std::vector<Expr*> keys { first_key };
        std::vector<Expr*> values { first_value };
        if (!check_missing_comma(first_value))
            return nullptr;
        while (accept_op(",")) {
            if (at_op("}"))
                break;
            if (accept_op("**")) {
                Expr* value = parse_bitwise_or();
                if (!value)
                    return nullptr;
                keys.push_back(nullptr);
                values.push_back(value);
                continue;
            }
            Expr* key = parse_expression();
            if (!key)
                return nullptr;
            if (!at_op(":")) {
                if (at_op("}") || at_op(","))
                    return error_range("':' expected after dictionary key", start_of(key), { key->lineno, END_OFFSET_ZERO });
                return syntax_error();
            }
            Token const& colon = advance();
            if (at_op("}") || at_op(","))
                return error_at_token("expression expected after dictionary key and ':'", colon);
            if (at_op("*")) {
                Expr* starred = parse_star_expression();
                return starred ? error_at_node("cannot use a starred expression in a dictionary value", starred) : nullptr;
            }
            Expr* value = parse_expression();
            if (!value || !check_missing_comma(value))
                return nullptr;
            keys.push_back(key);
            values.push_back(value);
        }
        if (!accept_op("}"))
            return syntax_error();
        auto* dict = make<Dict>(from);
        dict->keys = std::move(keys);
        dict->values = std::move(values);
        return dict;
    }
    std::vector<Expr*> elements { first_key };
    if (!check_missing_comma(first_key) || !check_assignment_in_element(first_key))
        return nullptr;
    while (accept_op(",")) {
        if (at_op("}"))
            break;
        if (at_comprehension())
            return error_range("did you forget parentheses around the comprehension target?", start_of(first_key), m_prev_end);
        Expr* next = parse_star_named_expression();
        if (!next || !check_missing_comma(next) || !check_assignment_in_element(next))
            return nullptr;
        elements.push_back(next);
        if (at_comprehension())
            return error_range("did you forget parentheses around the comprehension target?", start_of(first_key), m_prev_end);
    }
    if (!accept_op("}"))
        return syntax_error();
    auto* set = make<Set>(from);
    set->elts = std::move(elements);
    return set;
}

// _PyPegen_get_expr_name: how CPython names an expression in error messages.
char const* Parser::expression_name(Expr const* expr)
{
    switch (expr->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        switch (static_cast<Constant const*>(expr)->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

// _PyPegen_get_invalid_target: the innermost part of `expr` that cannot be a target, or nullptr.
Expr* Parser::find_invalid_target(Expr* expr, TargetKind kind)
{
    switch (expr->kind) {
    case ExprKind::List:
    case ExprKind::Tuple: {
        auto& elements = expr->is<List>() ? static_cast<List*>(expr)->elts : static_cast<Tuple*>(expr)->elts;
        for (Expr* element : elements) {
            if (Expr* invalid = find_invalid_target(element, kind))
                return invalid;
        }
        return nullptr;
    }
    case ExprKind::Starred:
        if (kind == TargetKind::Del)
            return expr;
        return find_invalid_target(static_cast<Starred*>(expr)->value, kind);
    case ExprKind::Compare:
        // In a for target, "for x in y" may have been read as a comparison; CPython blames its left side.
        if (kind == TargetKind::For) {
            auto* compare = static_cast<Compare*>(expr);
            if (compare->ops[0] == CmpOperator::In)
                return find_invalid_target(compare->left, kind);
            return nullptr;
        }
        return expr;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
        return nullptr;
    default:
        return expr;
    }
}

// Marks `expr` as a Store or Del target, or reports CPython's error for the first part that cannot be one.
bool Parser::set_context(Expr* expr, ExprContext ctx, TargetKind kind)
{
    if (Expr* invalid = find_invalid_target(expr, kind)) {
        if (kind == TargetKind::Del)
            error_at_node(std::string("cannot delete ") + expression_name(invalid), invalid);
        else
            error_at_node(std::string("cannot assign to ") + expression_name(invalid), invalid);
        return false;
    }
    switch (expr->kind) {
    case ExprKind::Name:
        static_cast<Name*>(expr)->ctx = ctx;
        break;
    case ExprKind::Attribute:
        static_cast<Attribute*>(expr)->ctx = ctx;
        break;
    case ExprKind::Subscript:
        static_cast<Subscript*>(expr)->ctx = ctx;
        break;
    case ExprKind::Starred:
        static_cast<Starred*>(expr)->ctx = ctx;
        return set_context(static_cast<Starred*>(expr)->value, ctx, kind);
    case ExprKind::List:
        static_cast<List*>(expr)->ctx = ctx;
        for (Expr* element : static_cast<List*>(expr)->elts)
            set_context(element, ctx, kind);
        break;
    case ExprKind::Tuple:
        static_cast<Tuple*>(expr)->ctx = ctx;
        for (Expr* element : static_cast<Tuple*>(expr)->elts)
            set_context(element, ctx, kind);
        break;
    default:
        break;
    }
    return true;
}

}
