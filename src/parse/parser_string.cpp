// String literals: implicit concatenation, bytes, and PEP 701 f-strings (JoinedStr / FormattedValue).
#include "parse/literals.h"
#include "parse/parser_impl.h"

namespace ginger::parse {

using namespace ast;

namespace {

struct Prefix {
    bool raw = false, bytes = false, unicode = false, format = false;
    size_t length = 0; // Prefix letters before the quotes.
};

Prefix read_prefix(std::string_view text)
{
    Prefix prefix;
    while (prefix.length < text.size() && text[prefix.length] != '\'' && text[prefix.length] != '"') {
        switch (text[prefix.length] | 0x20) {
        case 'r': prefix.raw = true; break;
        case 'b': prefix.bytes = true; break;
        case 'u': prefix.unicode = true; break;
        case 'f': prefix.format = true; break;
        }
        ++prefix.length;
    }
    return prefix;
}

// A piece of literal text waiting to be merged with its neighbours into one Constant.
// Marks the JoinedStr returned for a debug field; it never reaches the tree.
constexpr int DEBUG_PAIR = -1;

struct PendingText {
    std::string text;
    bool active = false;
    bool unicode = false; // The run starts with a u-prefixed literal, so its Constant has kind 'u'.
    Pos from, to;
};

}

// strings: (fstring | STRING)+
// Adjacent literals concatenate; any f-string makes the result a JoinedStr whose neighbouring literal parts
// are merged into single Constants.
Expr* Parser::parse_strings()
{
    Pos from = start();
    bool any_fstring = false, any_bytes = false, any_text = false, mixed = false;
    std::string kind;
    bool first = true;
    std::vector<Expr*> parts; // Constants (str) and FormattedValues, in order.
    PendingText pending;
    auto flush = [&] {
        if (!pending.active)
            return;
        if (!pending.text.empty()) {
            auto* constant = m_arena.make<Constant>();
            constant->value.kind = ConstantValue::Kind::Str;
            constant->value.text = std::move(pending.text);
            constant->lineno = pending.from.line;
            constant->col_offset = pending.from.col;
            constant->end_lineno = pending.to.line;
            constant->end_col_offset = pending.to.col;
            if (pending.unicode)
                constant->kind = "u";
            parts.push_back(constant);
        }
        pending = PendingText {};
    };
    auto add_text = [&](std::string text, Pos text_from, Pos text_to) {
        if (text.empty())
            return;
        if (!pending.active) {
            pending.active = true;
            pending.from = text_from;
        }
        pending.text += text;
        pending.to = text_to;
    };
    while (peek().kind == TokenKind::STRING || peek().kind == TokenKind::FSTRING_START) {
        Token const& token = peek();
        Prefix prefix = read_prefix(token.text);
        if (first && prefix.unicode)
            kind = "u";
        first = false;
        if (prefix.bytes)
            any_bytes = true;
        else
            any_text = true;
        if (any_bytes && any_text)
            mixed = true;
        if (token.kind == TokenKind::FSTRING_START) {
            any_fstring = true;
            std::vector<Expr*> fstring_parts;
            if (!parse_fstring(fstring_parts))
                return nullptr;
            for (Expr* part : fstring_parts) {
                if (auto* constant = part->as<Constant>()) {
                    add_text(std::move(constant->value.text), start_of(constant), { constant->end_lineno, constant->end_col_offset });
                } else {
                    flush();
                    parts.push_back(part);
                }
            }
            continue;
        }
        advance();
        size_t quote_length = token.text.size() - prefix.length >= 6 && token.text[prefix.length] == token.text[prefix.length + 1]
                && token.text[prefix.length] == token.text[prefix.length + 2]
            ? 3
            : 1;
        std::string_view body = token.text.substr(prefix.length + quote_length, token.text.size() - prefix.length - 2 * quote_length);
        std::string value;
        if (!prefix.bytes) {
            std::string message;
            if (!check_utf8(body, message))
                return hard_error_at_token(message, token);
        }
        if (prefix.bytes) {
            for (char c : body) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    return hard_error_at_token("bytes can only contain ASCII literal characters", token);
            }
        }
        if (prefix.raw) {
            value = std::string(body);
        } else {
            std::string message;
            std::string invalid_escape;
            if (!decode_escapes(body, prefix.bytes, value, message, &invalid_escape))
                return hard_error_at_token(message, token);
            if (!invalid_escape.empty())
                warn_invalid_escape(invalid_escape, token);
        }
        Pos token_from { token.lineno, token.col_offset };
        Pos token_to { token.end_lineno, token.end_col_offset };
        // CPython 3.12 compat: a plain literal, even an empty one, starts or extends the pending text run;
        // a run that is still empty when a replacement field comes is dropped.
        if (!pending.active) {
            pending.active = true;
            pending.from = token_from;
            pending.unicode = prefix.unicode;
        }
        pending.text += value;
        pending.to = token_to;
    }
    // CPython reports mixing at the token after the literals.
    if (mixed)
        return error_at_token("cannot mix bytes and nonbytes literals", peek());
    if (!any_fstring) {
        auto* constant = make<Constant>(from);
        constant->value.kind = any_bytes ? ConstantValue::Kind::Bytes : ConstantValue::Kind::Str;
        constant->value.text = std::move(pending.text);
        constant->kind = kind;
        return constant;
    }
    flush();
    auto* joined = make<JoinedStr>(from);
    joined->values = std::move(parts);
    return joined;
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
// Appends the f-string's parts: Constants for literal text and FormattedValues for fields.
bool Parser::parse_fstring(std::vector<Expr*>& parts)
{
    Token const& start_token = advance();
    Prefix prefix = read_prefix(start_token.text);
    // CPython decodes the literal parts once the whole f-string has parsed, so errors in the replacement
    // fields come first; the first bad escape is then reported at the f-string's end.
    std::string escape_error;
    while (true) {
        Token const& token = peek();
        if (token.kind == TokenKind::FSTRING_END) {
            advance();
            if (!escape_error.empty()) {
                hard_error_at_token(escape_error, token);
                return false;
            }
            return true;
        }
        if (token.kind == TokenKind::FSTRING_MIDDLE) {
            advance();
            // Collapse doubled braces, then decode escapes.
            std::string raw_text;
            for (size_t i = 0; i < token.text.size(); ++i) {
                raw_text += token.text[i];
                if ((token.text[i] == '{' || token.text[i] == '}') && i + 1 < token.text.size() && token.text[i + 1] == token.text[i])
                    ++i;
            }
            std::string value;
            if (prefix.raw) {
                value = std::move(raw_text);
            } else {
                std::string message;
                std::string invalid_escape;
                if (!decode_escapes(raw_text, false, value, message, &invalid_escape) && escape_error.empty())
                    escape_error = message;
                if (!invalid_escape.empty())
                    warn_invalid_escape(invalid_escape, token);
            }
            auto* constant = make<Constant>({ token.lineno, token.col_offset });
            constant->value.kind = ConstantValue::Kind::Str;
            constant->value.text = std::move(value);
            parts.push_back(constant);
            continue;
        }
        if (token.is_op("{")) {
            Expr* field = parse_fstring_replacement_field();
            if (!field)
                return false;
            if (field->lineno == DEBUG_PAIR) {
                for (Expr* part : static_cast<JoinedStr*>(field)->values)
                    parts.push_back(part);
            } else {
                parts.push_back(field);
            }
            continue;
        }
        syntax_error();
        return false;
    }
}

// fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
// fstring_conversion: '!' NAME
// fstring_full_format_spec: ':' fstring_format_spec*
// The text of a debug field without its comments: each '#' up to the end of its line goes, the newline
// stays. As in CPython 3.12.1 this does not look at quotes, so f"{'#'=}" keeps only "'" of its text.
std::string strip_debug_comments(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '#') {
            while (i < text.size() && text[i] != '\n')
                ++i;
            if (i < text.size())
                out += '\n';
            continue;
        }
        out += text[i];
    }
    return out;
}

// Returns the FormattedValue. For a debug field ("{x=}") it returns a DEBUG_PAIR JoinedStr holding the text
// Constant and the FormattedValue, which the caller splices into its own parts.
Expr* Parser::parse_fstring_replacement_field()
{
    Token const& open = advance();
    Pos from { open.lineno, open.col_offset };
    size_t text_start = open.end;
    if (at_op("}"))
        return error_at_token("f-string: valid expression required before '}'", peek());
    if (at_op("=") || at_op("!") || at_op(":"))
        return error_at_token(std::string("f-string: valid expression required before '") + std::string(peek().text) + "'", peek());
    Token const& first = peek();
    ++m_fstring_field_depth;
    // PEG-style: "{x if}" parses as "{x" and then complains about what follows.
    bool was_lenient = m_peg_lenient;
    m_peg_lenient = true;
    Expr* value = at_keyword("yield") ? parse_yield_expression() : parse_star_expressions();
    m_peg_lenient = was_lenient;
    --m_fstring_field_depth;
    if (!value) {
        // invalid_replacement_field: '{' !(yield_expr | star_expressions)
        if (m_generic_error && !m_error_from_tokenizer) {
            m_error.reset();
            m_generic_error = false;
            return error_at_token("f-string: expecting a valid expression after '{'", first);
        }
        return nullptr;
    }
    if (!check_missing_comma(value))
        return nullptr;
    if (!at_op("=") && !at_op("!") && !at_op(":") && !at_op("}"))
        return error_at_token("f-string: expecting '=', or '!', or ':', or '}'", peek());
    Constant* debug_text = nullptr;
    if (at_op("=")) {
        advance();
        if (!at_op("!") && !at_op(":") && !at_op("}"))
            return error_at_token("f-string: expecting '!', or ':', or '}'", peek());
        size_t text_end = peek().start;
        auto* constant = m_arena.make<Constant>();
        constant->value.kind = ConstantValue::Kind::Str;
        constant->value.text = strip_debug_comments(m_tokenizer.source().substr(text_start, text_end - text_start));
        constant->lineno = open.end_lineno;
        constant->col_offset = open.end_col_offset;
        constant->end_lineno = peek().lineno;
        constant->end_col_offset = peek().col_offset;
        debug_text = constant;
    }
    int conversion = -1;
    if (at_op("!")) {
        Token const& bang = advance();
        Token const& name = peek();
        if (name.is_op(":") || name.is_op("}"))
            return error_at_token("f-string: missing conversion character", name);
        if (name.kind != TokenKind::NAME)
            return error_at_token("f-string: invalid conversion character", name);
        if (name.lineno != bang.lineno || name.col_offset != bang.end_col_offset)
            return error_range("f-string: conversion type must come right after the exclamanation mark", { bang.lineno, bang.col_offset }, { name.end_lineno, name.end_col_offset });
        // CPython reads the token after the name before judging it, so tokenizer errors there come first.
        peek(1);
        if (m_error_from_tokenizer)
            return nullptr;
        if (name.text != "s" && name.text != "r" && name.text != "a")
            return error_at_token("f-string: invalid conversion character '" + std::string(name.text) + "': expected 's', 'r', or 'a'", name);
        conversion = name.text[0];
        advance();
    }
    if (!at_op(":") && !at_op("}"))
        return error_at_token("f-string: expecting ':' or '}'", peek());
    Expr* format_spec = nullptr;
    if (at_op(":")) {
        Token const& colon = advance();
        if (m_fstring_spec_depth >= 2)
            return error_range("f-string: expressions nested too deeply", { colon.lineno, colon.col_offset }, { colon.lineno, colon.col_offset });
        ++m_fstring_spec_depth;
        format_spec = parse_fstring_format_spec({ colon.lineno, colon.col_offset });
        --m_fstring_spec_depth;
        if (!format_spec)
            return nullptr;
    }
    if (!at_op("}")) {
        if (peek().kind == TokenKind::FSTRING_END || peek().kind == TokenKind::FSTRING_MIDDLE)
            return error_at_token("f-string: expecting '}'", peek());
        return syntax_error();
    }
    advance();
    if (debug_text && conversion == -1 && !format_spec)
        conversion = 'r';
    auto* formatted = make<FormattedValue>(from);
    formatted->value = value;
    formatted->conversion = conversion;
    formatted->format_spec = format_spec;
    if (debug_text) {
        auto* pair = m_arena.make<JoinedStr>();
        pair->values = { debug_text, formatted };
        pair->lineno = DEBUG_PAIR;
        return pair;
    }
    return formatted;
}

// fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
// The spec becomes a JoinedStr spanning from the ':' to the closing '}'.
Expr* Parser::parse_fstring_format_spec(Pos colon)
{
    std::vector<Expr*> parts;
    bool last_was_field = false;
    while (true) {
        Token const& token = peek();
        if (token.kind == TokenKind::FSTRING_MIDDLE) {
            advance();
            std::string value;
            std::string message;
            std::string invalid_escape;
            if (!decode_escapes(token.text, false, value, message, &invalid_escape))
                return hard_error_at_token(message, token);
            if (!invalid_escape.empty())
                warn_invalid_escape(invalid_escape, token);
            auto* constant = make<Constant>({ token.lineno, token.col_offset });
            constant->value.kind = ConstantValue::Kind::Str;
            constant->value.text = std::move(value);
            parts.push_back(constant);
            last_was_field = false;
            continue;
        }
        if (token.is_op("{")) {
            Expr* field = parse_fstring_replacement_field();
            if (!field)
                return nullptr;
            if (field->lineno == DEBUG_PAIR) {
                for (Expr* part : static_cast<JoinedStr*>(field)->values)
                    parts.push_back(part);
            } else {
                parts.push_back(field);
            }
            last_was_field = true;
            continue;
        }
        break;
    }
    Token const& close = peek();
    if (!close.is_op("}"))
        return error_at_token("f-string: expecting '}', or format specs", close);
    if (last_was_field) {
        // CPython 3.12 compat: a spec ending in a replacement field gets a trailing empty Constant.
        auto* empty = m_arena.make<Constant>();
        empty->value.kind = ConstantValue::Kind::Str;
        empty->lineno = empty->end_lineno = m_prev_end.line;
        empty->col_offset = empty->end_col_offset = m_prev_end.col;
        parts.push_back(empty);
    }
    // The spec ends where its last part ends (usually right before the closing '}').
    auto* spec = m_arena.make<JoinedStr>();
    spec->values = std::move(parts);
    return finish(spec, colon);
}

}
