// _tokenize: the tokenizer behind CPython's tokenize.generate_tokens()/tokenize() (TokenizerIter), over
// Ginger's own tokenizer (src/parse/tokenizer.cpp). It yields (type, string, (srow, scol), (erow, ecol), line)
// with character columns. Ginger's tokenizer drops comments and non-logical newlines, so the COMMENT and NL
// tokens CPython adds with extra_tokens=True are not produced yet.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/tokenizer.h"
#include "support/utf8.h"

#include <memory>
#include <string>

namespace ginger {

namespace {

TypeObject s_iter_type;

struct TokenizerIterObject : Object {
    std::string* source;                 // owned (the tokenizer refers to it)
    parse::Tokenizer* tokenizer;         // owned
    bool extra_tokens;
    bool done;
};

// Token numbers of Python's token module (3.12).
int token_number(parse::TokenKind kind)
{
    switch (kind) {
    case parse::TokenKind::ENDMARKER: return 0;
    case parse::TokenKind::NAME: return 1;
    case parse::TokenKind::NUMBER: return 2;
    case parse::TokenKind::STRING: return 3;
    case parse::TokenKind::NEWLINE: return 4;
    case parse::TokenKind::INDENT: return 5;
    case parse::TokenKind::DEDENT: return 6;
    case parse::TokenKind::OP: return 55;
    case parse::TokenKind::FSTRING_START: return 61;
    case parse::TokenKind::FSTRING_MIDDLE: return 62;
    case parse::TokenKind::FSTRING_END: return 63;
    case parse::TokenKind::ERRORTOKEN: return 66;
    case parse::TokenKind::TYPE_COMMENT: return 59;
    }
    return 66;
}

// A 0-based byte column of `line` as a character column.
int64_t char_column(std::string_view line, int byte_column)
{
    int64_t count = 0;
    for (int i = 0; i < byte_column && size_t(i) < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[size_t(i)]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

void iter_destroy(Object* object)
{
    auto* it = static_cast<TokenizerIterObject*>(object);
    delete it->tokenizer;
    delete it->source;
}

Result<Value> iter_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("TokenizerIter", args, nargs, kwnames, { "readline", "extra_tokens", "encoding" }, 1, out, 1));
    // Read every line first: the whole source is tokenized at once.
    std::string source;
    while (true) {
        auto line = call(out[0], {});
        if (line.is_error()) {
            if (error_matches(&g_exc_StopIteration)) {
                clear_error();
                break;
            }
            return Error {};
        }
        Value text = line.release_value();
        if (is_str(text)) {
            if (text.as<StrObject>()->length == 0)
                break;
            source += text.as<StrObject>()->view();
        } else {
            std::string_view bytes;
            if (!bytes_like_view(text, bytes))
                return raise(&g_exc_TypeError, "readline() returned a non-string object");
            if (bytes.empty())
                break;
            source += bytes;
        }
    }
    auto* it = static_cast<TokenizerIterObject*>(alloc_object(type));
    Value object = Value::adopt(Val(it));
    it->source = new std::string(std::move(source));
    it->tokenizer = new parse::Tokenizer(*it->source, out[2] ? parse::Cookie::Apply : parse::Cookie::Ignore);
    it->extra_tokens = out[1] && TRY(is_truthy(out[1]));
    it->done = false;
    return object;
}

Result<Value> iter_iter(Val self) { return Value::borrow(self); }

Result<Value> tokenizer_next(Val self)
{
    auto* it = self.as<TokenizerIterObject>();
    if (it->done)
        return Value();
    parse::Token token = it->tokenizer->next();
    if (it->tokenizer->has_error()) {
        it->done = true;
        const parse::TokenError& e = it->tokenizer->error();
        return raise(&g_exc_SyntaxError, "{} ({}, line {})", e.msg, "<string>", int64_t(e.lineno));
    }
    if (token.kind == parse::TokenKind::ENDMARKER)
        it->done = true;
    std::string_view line = token.lineno > 0 ? it->tokenizer->line_text(token.lineno) : std::string_view();
    std::string_view end_line = token.end_lineno > 0 ? it->tokenizer->line_text(token.end_lineno) : std::string_view();
    int type = token_number(token.kind);
    // A stray character ('$', '?', '!') is an operator token to tokenize.py, as CPython's tokenizer reports it.
    if (type == 66 && it->extra_tokens)
        type = 55;
    std::string text(token.text);
    Value start = Value(tuple_of({ int_from_int64(token.lineno).get(), int_from_int64(char_column(line, token.col_offset)).get() }));
    Value end = Value(tuple_of({ int_from_int64(token.end_lineno).get(), int_from_int64(char_column(end_line, token.end_col_offset)).get() }));
    std::string line_text(token.kind == parse::TokenKind::ENDMARKER ? std::string_view() : line);
    return Value(tuple_of({ Val::small_int(type), Val(str_from_utf8(text).get()), start.get(), end.get(), Val(str_from_utf8(line_text).get()) }));
}

}  // namespace

Ref<ModuleObject> tokenize_module_create()
{
    if (!s_iter_type.has_flag(TYPE_READY)) {
        type_init_static(s_iter_type, "_tokenize.TokenizerIter", sizeof(TokenizerIterObject), &g_object_type, 0);
        s_iter_type.destroy = iter_destroy;
        s_iter_type.new_instance = iter_new;
        s_iter_type.iter = iter_iter;
        s_iter_type.iternext = tokenizer_next;
        type_ready(s_iter_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_tokenize"));
    module_set(module.get(), "TokenizerIter", Val(&s_iter_type));
    return module;
}

}  // namespace ginger
