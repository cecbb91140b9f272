// Expression to text, following CPython 3.12's C unparser (not the ast.unparse of Lib/ast.py, which
// differs): each node is written at a precedence level, and parenthesised when its own is lower.
#include "compile/unparse.h"

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/str.h"

namespace ginger::compile {

using namespace ginger::ast;

namespace {

// Precedence levels, lowest first.
enum Level : int {
    PR_TUPLE,
    PR_TEST,    // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

// repr() of a float or complex literal, where an infinity is written 1e309 (which reads back as one).
std::string without_inf(std::string text)
{
    for (size_t at = text.find("inf"); at != std::string::npos; at = text.find("inf", at + 5))
        text.replace(at, 3, "1e309");
    return text;
}

std::string double_braces(std::string_view text)
{
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '{' || c == '}')
            out += c;
    }
    return out;
}

class Unparser {
public:
    std::string out;

    Result<void> expr(const Expr* e, int level)
    {
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* b = static_cast<const BoolOp*>(e);
            int pr = b->op == BoolOperator::And ? PR_AND : PR_OR;
            open(level > pr);
            for (size_t i = 0; i < b->values.size(); ++i) {
                if (i)
                    out += b->op == BoolOperator::And ? " and " : " or ";
                TRY(expr(b->values[i], pr + 1));
            }
            close(level > pr);
            return {};
        }
        case ExprKind::BinOp: {
            auto* b = static_cast<const BinOp*>(e);
            auto [op, pr] = binary_operator(b->op);
            bool right_assoc = b->op == Operator::Pow;
            open(level > pr);
            TRY(expr(b->left, pr + (right_assoc ? 1 : 0)));
            out += op;
            TRY(expr(b->right, pr + (right_assoc ? 0 : 1)));
            close(level > pr);
            return {};
        }
        case ExprKind::UnaryOp: {
            auto* u = static_cast<const UnaryOp*>(e);
            const char* op = u->op == UnaryOperator::Invert ? "~" : u->op == UnaryOperator::Not ? "not " : u->op == UnaryOperator::UAdd ? "+" : "-";
            int pr = u->op == UnaryOperator::Not ? PR_NOT : PR_FACTOR;
            open(level > pr);
            out += op;
            TRY(expr(u->operand, pr));
            close(level > pr);
            return {};
        }
        case ExprKind::Lambda: {
            auto* l = static_cast<const Lambda*>(e);
            open(level > PR_TEST);
            out += l->args->args.size() + l->args->posonlyargs.size() ? "lambda " : "lambda";
            TRY(arguments(l->args));
            out += ": ";
            TRY(expr(l->body, PR_TEST));
            close(level > PR_TEST);
            return {};
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<const IfExp*>(e);
            open(level > PR_TEST);
            TRY(expr(i->body, PR_TEST + 1));
            out += " if ";
            TRY(expr(i->test, PR_TEST + 1));
            out += " else ";
            TRY(expr(i->orelse, PR_TEST));
            close(level > PR_TEST);
            return {};
        }
        case ExprKind::Dict: {
            auto* d = static_cast<const Dict*>(e);
            out += '{';
            for (size_t i = 0; i < d->values.size(); ++i) {
                if (i)
                    out += ", ";
                if (d->keys[i]) {
                    TRY(expr(d->keys[i], PR_TEST));
                    out += ": ";
                    TRY(expr(d->values[i], PR_TEST));
                } else {
                    out += "**";
                    TRY(expr(d->values[i], PR_EXPR));
                }
            }
            out += '}';
            return {};
        }
        case ExprKind::Set: return sequence("{", static_cast<const Set*>(e)->elts, "}");
        case ExprKind::List: return sequence("[", static_cast<const List*>(e)->elts, "]");
        case ExprKind::ListComp: {
            auto* c = static_cast<const ListComp*>(e);
            return comprehension("[", c->elt, nullptr, c->generators, "]");
        }
        case ExprKind::SetComp: {
            auto* c = static_cast<const SetComp*>(e);
            return comprehension("{", c->elt, nullptr, c->generators, "}");
        }
        case ExprKind::DictComp: {
            auto* c = static_cast<const DictComp*>(e);
            return comprehension("{", c->key, c->value, c->generators, "}");
        }
        case ExprKind::GeneratorExp: {
            auto* c = static_cast<const GeneratorExp*>(e);
            return comprehension("(", c->elt, nullptr, c->generators, ")");
        }
        case ExprKind::Await: {
            open(level > PR_AWAIT);
            out += "await ";
            TRY(expr(static_cast<const Await*>(e)->value, PR_ATOM));
            close(level > PR_AWAIT);
            return {};
        }
        case ExprKind::Yield: {
            auto* y = static_cast<const Yield*>(e);
            if (!y->value) {
                out += "(yield)";
                return {};
            }
            out += "(yield ";
            TRY(expr(y->value, PR_TEST));
            out += ')';
            return {};
        }
        case ExprKind::YieldFrom: {
            out += "(yield from ";
            TRY(expr(static_cast<const YieldFrom*>(e)->value, PR_TEST));
            out += ')';
            return {};
        }
        case ExprKind::Compare: {
            auto* c = static_cast<const Compare*>(e);
            open(level > PR_CMP);
            TRY(expr(c->left, PR_CMP + 1));
            for (size_t i = 0; i < c->ops.size(); ++i) {
                out += comparison(c->ops[i]);
                TRY(expr(c->comparators[i], PR_CMP + 1));
            }
            close(level > PR_CMP);
            return {};
        }
        case ExprKind::Call: {
            auto* c = static_cast<const Call*>(e);
            TRY(expr(c->func, PR_ATOM));
            // f(x for x in y): the generator's parentheses are the call's.
            if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->is<GeneratorExp>())
                return expr(c->args[0], PR_TEST);
            out += '(';
            bool first = true;
            for (const Expr* a : c->args) {
                comma(first);
                TRY(expr(a, PR_TEST));
            }
            for (const Keyword* k : c->keywords) {
                comma(first);
                out += k->arg.empty() ? std::string("**") : k->arg + "=";
                TRY(expr(k->value, PR_TEST));
            }
            out += ')';
            return {};
        }
        case ExprKind::FormattedValue: return formatted_value(static_cast<const FormattedValue*>(e));
        case ExprKind::JoinedStr: return joined_str(static_cast<const JoinedStr*>(e), false);
        case ExprKind::Constant: {
            auto* c = static_cast<const Constant*>(e);
            if (c->value.kind != ConstantValue::Kind::Ellipsis)
                out += c->kind;  // u'...' keeps its u
            return constant(c->value);
        }
        case ExprKind::Attribute: {
            auto* a = static_cast<const Attribute*>(e);
            TRY(expr(a->value, PR_ATOM));
            // 1 .real: an integer needs the space.
            auto* c = a->value->as<Constant>();
            out += c && c->value.kind == ConstantValue::Kind::Int ? " ." : ".";
            out += a->attr;
            return {};
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<const Subscript*>(e);
            TRY(expr(s->value, PR_ATOM));
            out += '[';
            TRY(expr(s->slice, PR_TUPLE));
            out += ']';
            return {};
        }
        case ExprKind::Starred:
            out += '*';
            return expr(static_cast<const Starred*>(e)->value, PR_EXPR);
        case ExprKind::Name: out += static_cast<const Name*>(e)->id; return {};
        case ExprKind::Tuple: {
            auto* t = static_cast<const Tuple*>(e);
            if (t->elts.empty()) {
                out += "()";
                return {};
            }
            open(level > PR_TUPLE);
            for (size_t i = 0; i < t->elts.size(); ++i) {
                if (i)
                    out += ", ";
                TRY(expr(t->elts[i], PR_TEST));
            }
            if (t->elts.size() == 1)
                out += ',';
            close(level > PR_TUPLE);
            return {};
        }
        case ExprKind::Slice: {
            auto* s = static_cast<const Slice*>(e);
            if (s->lower)
                TRY(expr(s->lower, PR_TEST));
            out += ':';
            if (s->upper)
                TRY(expr(s->upper, PR_TEST));
            if (s->step) {
                out += ':';
                TRY(expr(s->step, PR_TEST));
            }
            return {};
        }
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            open(level > PR_TUPLE);
            TRY(expr(n->target, PR_ATOM));
            out += " := ";
            TRY(expr(n->value, PR_ATOM));
            close(level > PR_TUPLE);
            return {};
        }
        }
        return {};
    }

private:
    void open(bool paren)
    {
        if (paren)
            out += '(';
    }
    void close(bool paren)
    {
        if (paren)
            out += ')';
    }
    void comma(bool& first)
    {
        if (!first)
            out += ", ";
        first = false;
    }

    static std::pair<const char*, int> binary_operator(Operator op)
    {
        switch (op) {
        case Operator::Add: return { " + ", PR_ARITH };
        case Operator::Sub: return { " - ", PR_ARITH };
        case Operator::Mult: return { " * ", PR_TERM };
        case Operator::MatMult: return { " @ ", PR_TERM };
        case Operator::Div: return { " / ", PR_TERM };
        case Operator::Mod: return { " % ", PR_TERM };
        case Operator::FloorDiv: return { " // ", PR_TERM };
        case Operator::LShift: return { " << ", PR_SHIFT };
        case Operator::RShift: return { " >> ", PR_SHIFT };
        case Operator::BitOr: return { " | ", PR_BOR };
        case Operator::BitXor: return { " ^ ", PR_BXOR };
        case Operator::BitAnd: return { " & ", PR_BAND };
        case Operator::Pow: return { " ** ", PR_POWER };
        }
        return { " ? ", PR_ATOM };
    }

    static const char* comparison(CmpOperator op)
    {
        switch (op) {
        case CmpOperator::Eq: return " == ";
        case CmpOperator::NotEq: return " != ";
        case CmpOperator::Lt: return " < ";
        case CmpOperator::LtE: return " <= ";
        case CmpOperator::Gt: return " > ";
        case CmpOperator::GtE: return " >= ";
        case CmpOperator::Is: return " is ";
        case CmpOperator::IsNot: return " is not ";
        case CmpOperator::In: return " in ";
        case CmpOperator::NotIn: return " not in ";
        }
        return " ? ";
    }

    Result<void> sequence(const char* open_text, const std::vector<Expr*>& elts, const char* close_text)
    {
        out += open_text;
        for (size_t i = 0; i < elts.size(); ++i) {
            if (i)
                out += ", ";
            TRY(expr(elts[i], PR_TEST));
        }
        out += close_text;
        return {};
    }

    Result<void> comprehension(const char* open_text, const Expr* elt, const Expr* value, const std::vector<Comprehension*>& generators, const char* close_text)
    {
        out += open_text;
        TRY(expr(elt, PR_TEST));
        if (value) {
            out += ": ";
            TRY(expr(value, PR_TEST));
        }
        for (const Comprehension* g : generators) {
            out += g->is_async ? " async for " : " for ";
            TRY(expr(g->target, PR_TUPLE));
            out += " in ";
            TRY(expr(g->iter, PR_TEST + 1));
            for (const Expr* test : g->ifs) {
                out += " if ";
                TRY(expr(test, PR_TEST + 1));
            }
        }
        out += close_text;
        return {};
    }

    Result<void> arg(const Arg* a)
    {
        out += a->arg;
        if (a->annotation) {
            out += ": ";
            TRY(expr(a->annotation, PR_TEST));
        }
        return {};
    }

    Result<void> arguments(const Arguments* args)
    {
        bool first = true;
        size_t positional = args->posonlyargs.size() + args->args.size();
        for (size_t i = 0; i < positional; ++i) {
            comma(first);
            TRY(arg(i < args->posonlyargs.size() ? args->posonlyargs[i] : args->args[i - args->posonlyargs.size()]));
            // The defaults belong to the last parameters.
            if (i + args->defaults.size() >= positional) {
                out += '=';
                TRY(expr(args->defaults[i + args->defaults.size() - positional], PR_TEST));
            }
            if (!args->posonlyargs.empty() && i + 1 == args->posonlyargs.size())
                out += ", /";
        }
        if (args->vararg || !args->kwonlyargs.empty()) {
            comma(first);
            out += '*';
            if (args->vararg)
                TRY(arg(args->vararg));
        }
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            comma(first);
            TRY(arg(args->kwonlyargs[i]));
            if (i < args->kw_defaults.size() && args->kw_defaults[i]) {
                out += '=';
                TRY(expr(args->kw_defaults[i], PR_TEST));
            }
        }
        if (args->kwarg) {
            comma(first);
            out += "**";
            TRY(arg(args->kwarg));
        }
        return {};
    }

    Result<void> append_repr(Val value)
    {
        Ref<StrObject> text = TRY(repr_str(value));
        out += text->view();
        return {};
    }

    Result<void> constant(const ConstantValue& c)
    {
        using K = ConstantValue::Kind;
        switch (c.kind) {
        case K::None: out += "None"; break;
        case K::True: out += "True"; break;
        case K::False: out += "False"; break;
        case K::Ellipsis: out += "..."; break;
        case K::Int: {
            Value number = TRY(int_from_string(c.text, 0));
            TRY(append_repr(number));
            break;
        }
        case K::Float: out += without_inf(float_repr(c.number)); break;
        case K::Complex: out += without_inf(complex_repr(0.0, c.number)); break;
        case K::Str: out += str_repr_utf8(str_from_utf8(c.text).get()); break;
        case K::Bytes: TRY(append_repr(Value(bytes_from(c.text)))); break;
        }
        return {};
    }

    // The replacement fields and literal text of an f-string, as they would be written between its quotes.
    Result<std::string> fstring_body(const std::vector<Expr*>& values)
    {
        std::string saved = std::move(out);
        out.clear();
        for (const Expr* v : values) {
            Result<void> done = fstring_element(v);
            if (done.is_error()) {
                out = std::move(saved);
                return Error {};
            }
        }
        std::string body = std::move(out);
        out = std::move(saved);
        return body;
    }

    Result<void> fstring_element(const Expr* e)
    {
        if (auto* c = e->as<Constant>()) {
            out += double_braces(c->value.text);
            return {};
        }
        if (auto* j = e->as<JoinedStr>())
            return joined_str(j, true);
        if (auto* f = e->as<FormattedValue>())
            return formatted_value(f);
        return {};
    }

    Result<void> joined_str(const JoinedStr* j, bool format_spec)
    {
        std::string body = TRY(fstring_body(j->values));
        if (format_spec) {
            out += body;
            return {};
        }
        out += 'f';
        out += str_repr_utf8(str_from_utf8(body).get());
        return {};
    }

    Result<void> formatted_value(const FormattedValue* f)
    {
        // A lambda needs parentheses here, for its ':'.
        std::string saved = std::move(out);
        out.clear();
        Result<void> done = expr(f->value, PR_TEST + 1);
        std::string value = std::move(out);
        out = std::move(saved);
        if (done.is_error())
            return Error {};
        out += value.starts_with("{") ? "{ " : "{";
        out += value;
        if (f->conversion == 'a' || f->conversion == 'r' || f->conversion == 's') {
            out += '!';
            out += char(f->conversion);
        }
        if (f->format_spec) {
            out += ':';
            TRY(fstring_element(f->format_spec));
        }
        out += '}';
        return {};
    }
};

}  // namespace

Result<std::string> unparse_annotation(const Expr* e)
{
    Unparser unparser;
    TRY(unparser.expr(e, PR_TEST));
    return std::move(unparser.out);
}

}  // namespace ginger::compile
