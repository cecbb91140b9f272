// The bridge between the parser's C++ AST and the node objects of the _ast module (lib/_ast.py, generated
// from the same ast.asdl): compile(source, ..., ast.PyCF_ONLY_AST) turns a parsed tree into Python objects,
// and compile(tree, ...) turns Python objects back into a C++ tree for the compiler, with CPython's
// TypeErrors for malformed trees.
#include "modules/ast.h"
#include "import/import.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "parse/ast_build.h"
#include "parse/ast_visit.h"

#include <string>
#include <type_traits>
#include <unordered_map>

namespace ginger {

namespace {

using namespace ast;

// The classes of the _ast module, looked up by name.
Result<Val> node_class(std::string_view name)
{
    static Value s_module;
    if (!s_module)
        s_module = TRY(import_module("_ast"));
    Val cls = dict_get_str(s_module.as<ModuleObject>()->dict.get(), str_intern(name));
    if (!cls)
        return raise(&g_exc_SystemError, "_ast has no node class {}", name);
    return cls;
}

// A node class's instance, made without running __init__'s argument checks (there are none to check).
Result<Value> new_instance(std::string_view name)
{
    Val cls = TRY(node_class(name));
    return call(cls, {});
}

// ---- C++ to Python ---------------------------------------------------------------------------------------

Result<Value> constant_to_python(const ConstantValue& c)
{
    switch (c.kind) {
    case ConstantValue::Kind::None: return none_value();
    case ConstantValue::Kind::True: return bool_value(true);
    case ConstantValue::Kind::False: return bool_value(false);
    case ConstantValue::Kind::Ellipsis: return Value::borrow(Val(&g_ellipsis));
    case ConstantValue::Kind::Int: return int_from_string(c.text, 0);
    case ConstantValue::Kind::Float: return float_from_double(c.number);
    case ConstantValue::Kind::Str: return Value(str_from_utf8(c.text));
    case ConstantValue::Kind::Bytes: return Value(bytes_from(c.text));
    case ConstantValue::Kind::Complex: {
        Val builtins = import_lookup_builtins();
        Value complex_type = TRY(get_attr(builtins, str_intern("complex")));
        return call(complex_type.get(), { Val::small_int(0), float_from_double(c.number).get() });
    }
    }
    return none_value();
}

class ToPython {
public:
    Result<Value> convert(const Mod* mod)
    {
        Value result = node(mod);
        if (m_failed)
            return Error {};
        return result;
    }

    template<class T>
    Value node(const T* value)
    {
        if (!value || m_failed)
            return none_value();
        auto made = new_instance(node_name(value));
        if (made.is_error()) {
            m_failed = true;
            return none_value();
        }
        Value object = made.release_value();
        Value saved = std::move(m_current);
        m_current = Value::borrow(object.get());
        visit_fields(value, *this);
        m_current = std::move(saved);
        return object;
    }

    void set(const char* name, Value value)
    {
        if (m_failed)
            return;
        if (set_attr(m_current.get(), str_intern(name), value.get()).is_error())
            m_failed = true;
    }

    // Optional strings and identifiers are empty in the C++ tree when absent.
    void field(const char* name, const std::string& value, bool optional)
    {
        set(name, optional && value.empty() ? none_value() : Value(str_from_utf8(value)));
    }
    void field(const char* name, int value, bool) { set(name, int_from_int64(value)); }
    void field(const char* name, const ConstantValue& value, bool)
    {
        auto converted = constant_to_python(value);
        if (converted.is_error()) {
            m_failed = true;
            return;
        }
        set(name, converted.release_value());
    }
    template<class E>
        requires std::is_enum_v<E>
    void field(const char* name, E value, bool)
    {
        set(name, enum_instance(NodeTraits<E>::constructors[int(value)]));
    }
    template<class T>
    void field(const char* name, T* value, bool)
    {
        set(name, node(static_cast<const T*>(value)));
    }
    template<class T>
    void field(const char* name, const std::vector<T>& values, bool)
    {
        Ref<ListObject> list = list_new();
        for (const T& item : values) {
            if constexpr (std::is_same_v<T, std::string>)
                list_append(list.get(), Value(str_from_utf8(item)));
            else if constexpr (std::is_enum_v<T>)
                list_append(list.get(), enum_instance(NodeTraits<T>::constructors[int(item)]));
            else
                list_append(list.get(), node(static_cast<const std::remove_pointer_t<T>*>(item)));
        }
        set(name, Value(std::move(list)));
    }
    void attributes(const Node* n)
    {
        set("lineno", int_from_int64(n->lineno));
        set("col_offset", int_from_int64(n->col_offset));
        set("end_lineno", int_from_int64(n->end_lineno));
        set("end_col_offset", int_from_int64(n->end_col_offset));
    }

private:
    // Load(), Store(), Add(), ...: one shared instance per class.
    Value enum_instance(const char* name)
    {
        auto it = m_singletons.find(name);
        if (it != m_singletons.end())
            return Value::borrow(it->second.get());
        auto made = new_instance(name);
        if (made.is_error()) {
            m_failed = true;
            return none_value();
        }
        Value object = made.release_value();
        m_singletons.emplace(name, Value::borrow(object.get()));
        return object;
    }

    Value m_current;
    bool m_failed = false;
    // Shared by every tree, as CPython's parser shares them.
    static inline std::unordered_map<std::string, Value>& m_singletons = *new std::unordered_map<std::string, Value>;
};

// ---- Python to C++ ---------------------------------------------------------------------------------------

constexpr int MAX_AST_DEPTH = 1500;  // the parser's own nesting limit: the compiler is safe below it

class FromPython {
public:
    explicit FromPython(Arena& arena)
        : m_arena(arena)
    {
    }

    bool failed() const { return m_failed; }

    // A node of sum type T (stmt, expr, ...) from `object`, which must be an instance of one of its classes.
    template<class T>
    T* sum_node(Val object)
    {
        using Traits = NodeTraits<T>;
        if (m_failed)
            return nullptr;
        if (++m_depth > MAX_AST_DEPTH) {
            fail(raise(&g_exc_RecursionError, "maximum recursion depth exceeded during ast construction"));
            return nullptr;
        }
        // As CPython, the positions of a stmt/expr/... are read before its class is even checked.
        Node positions;
        if constexpr (Traits::has_positions) {
            std::string owner = m_owner;
            Value saved = std::move(m_object);
            m_object = Value::borrow(object);
            m_owner = Traits::name;
            read_positions(&positions);
            m_object = std::move(saved);
            m_owner = owner;
            if (m_failed)
                return nullptr;
        }
        T* node = nullptr;
        for (int i = 0; i < Traits::constructor_count && !node; ++i) {
            auto cls = node_class(Traits::constructors[i]);
            if (cls.is_error())
                return fail(Error {}), nullptr;
            auto match = isinstance(object, cls.value());
            if (match.is_error())
                return fail(Error {}), nullptr;
            if (match.value())
                node = new_node(static_cast<T*>(nullptr), Traits::constructors[i], m_arena);
        }
        if (!node) {
            fail(type_error_for(Traits::name, object));
            return nullptr;
        }
        fill(node, object, node_name(static_cast<const T*>(node)), Traits::has_positions);
        if constexpr (Traits::has_positions)
            static_cast<Node&>(*node) = positions;
        --m_depth;
        return node;
    }

    // A node of product type T (arguments, arg, keyword, ...).
    template<class T>
    T* product_node(Val object)
    {
        using Traits = NodeTraits<T>;
        if (m_failed)
            return nullptr;
        auto cls = node_class(Traits::name);
        if (cls.is_error())
            return fail(Error {}), nullptr;
        auto match = isinstance(object, cls.value());
        if (match.is_error())
            return fail(Error {}), nullptr;
        if (!match.value()) {
            fail(type_error_for(Traits::name, object));
            return nullptr;
        }
        T* node = m_arena.make<T>();
        fill(node, object, Traits::name, false);
        return node;
    }

    template<class T>
    T* any_node(Val object)
    {
        if constexpr (NodeTraits<T>::constructor_count == 0)
            return product_node<T>(object);
        else
            return sum_node<T>(object);
    }

    // The fields: fill_fields() hands each one over by reference.
    void field(const char* name, std::string& out, bool optional)
    {
        Value value = read(name, optional);
        if (!value || is_none(value))
            return;
        if (!is_str(value)) {
            fail(raise(&g_exc_TypeError, "AST {} must be of type str", is_identifier(name) ? "identifier" : "string"));
            return;
        }
        out = std::string(value.as<StrObject>()->view());
    }
    void field(const char* name, int& out, bool optional)
    {
        Value value = read(name, optional);
        if (!value || is_none(value))
            return;
        if (!is_int(value)) {
            fail(raise(&g_exc_TypeError, "invalid integer value: {}", TRY_OR_EMPTY(repr_utf8(value.get()))));
            return;
        }
        auto n = int_as_int64(value.get());
        if (n.is_error())
            return fail(Error {});
        out = int(n.value());
    }
    void field(const char* name, ConstantValue& out, bool optional)
    {
        Value value = read(name, optional);
        if (!value)
            return;
        constant(value.get(), out);
    }
    template<class E>
        requires std::is_enum_v<E>
    void field(const char* name, E& out, bool optional)
    {
        Value value = read(name, optional);
        if (value)
            enum_value(value.get(), out);
    }
    template<class E>
    void enum_value(Val value, E& out)
    {
        using Traits = NodeTraits<E>;
        for (int i = 0; i < Traits::constructor_count; ++i) {
            auto cls = node_class(Traits::constructors[i]);
            if (cls.is_error())
                return fail(Error {});
            auto match = isinstance(value, cls.value());
            if (match.is_error())
                return fail(Error {});
            if (match.value()) {
                out = E(i);
                return;
            }
        }
        fail(type_error_for(Traits::name, value));
    }
    template<class T>
    void field(const char* name, T*& out, bool optional)
    {
        Value value = read(name, optional);
        if (!value || (optional && is_none(value)))
            return;
        if (is_none(value)) {
            fail(raise(&g_exc_TypeError, "required field \"{}\" missing from {}", name, m_owner));
            return;
        }
        out = any_node<T>(value.get());
    }
    template<class T>
    void field(const char* name, std::vector<T>& out, bool)
    {
        Value value = read(name, false);
        if (!value)
            return;
        if (!is_list(value)) {
            fail(raise(&g_exc_TypeError, "{} field \"{}\" must be a list, not a {}", m_owner, name, value.type()->type_name()));
            return;
        }
        auto items = sequence_tuple(value.get());
        if (items.is_error())
            return fail(Error {});
        std::string owner = m_owner;
        for (int64_t i = 0; i < items.value()->size && !m_failed; ++i) {
            Val item = items.value()->item(i);
            if constexpr (std::is_same_v<T, std::string>) {
                if (!is_str(item))
                    return fail(raise(&g_exc_TypeError, "AST identifier must be of type str"));
                out.emplace_back(item.as<StrObject>()->view());
            } else if constexpr (std::is_enum_v<T>) {
                T value {};
                enum_value(item, value);
                out.push_back(value);
            } else if (is_none(item) && (std::string_view(name) == "kw_defaults" || std::string_view(name) == "keys")) {
                out.push_back(nullptr);  // a keyword-only parameter without default; `**mapping` in a dict display
            } else {
                out.push_back(any_node<std::remove_pointer_t<T>>(item));
            }
            m_owner = owner;
        }
    }
    // Product types (arg, keyword, alias, ...) read their positions after their fields; sum types did before.
    void attributes(Node* n)
    {
        if (m_positions_read.back())
            return;
        std::string owner = m_owner;
        m_owner = m_positions_owner;
        read_positions(n);
        m_owner = owner;
    }

private:
    template<class T>
    void fill(T* node, Val object, const char* owner, bool positions_read)
    {
        Value saved_object = std::move(m_object);
        std::string saved_owner = m_owner, saved_positions = m_positions_owner;
        m_object = Value::borrow(object);
        m_owner = owner;
        m_positions_owner = NodeTraits<T>::name;
        m_positions_read.push_back(positions_read);
        fill_fields(node, *this);
        m_positions_read.pop_back();
        m_object = std::move(saved_object);
        m_owner = saved_owner;
        m_positions_owner = saved_positions;
    }

    void read_positions(Node* n)
    {
        position("lineno", n->lineno, false);
        position("col_offset", n->col_offset, false);
        position("end_lineno", n->end_lineno, true);
        position("end_col_offset", n->end_col_offset, true);
    }

    void position(const char* name, int& out, bool optional)
    {
        Value value = read(name, optional);
        if (!value || is_none(value))
            return;
        if (!is_int(value))
            return fail(raise(&g_exc_TypeError, "invalid integer value: {}", TRY_OR_EMPTY(repr_utf8(value.get()))));
        auto n = int_as_int64(value.get());
        if (n.is_error())
            return fail(Error {});
        out = int(n.value());
    }

    // The attribute `name` of the current object; null (with an error set unless `optional`) when missing.
    Value read(const char* name, bool optional)
    {
        if (m_failed)
            return Value();
        auto value = get_attr_maybe(m_object.get(), str_intern(name));
        if (value.is_error()) {
            fail(Error {});
            return Value();
        }
        Value result = value.release_value();
        if (!result && !optional)
            fail(raise(&g_exc_TypeError, "required field \"{}\" missing from {}", name, m_owner));
        return result;
    }

    void constant(Val value, ConstantValue& out)
    {
        if (is_none(value)) {
            out.kind = ConstantValue::Kind::None;
        } else if (value.is(Val(g_true))) {
            out.kind = ConstantValue::Kind::True;
        } else if (value.is(Val(g_false))) {
            out.kind = ConstantValue::Kind::False;
        } else if (value.is(Val(&g_ellipsis))) {
            out.kind = ConstantValue::Kind::Ellipsis;
        } else if (is_int(value)) {
            auto text = str_utf8(value);
            if (text.is_error())
                return fail(Error {});
            out.kind = ConstantValue::Kind::Int;
            out.text = text.release_value();
        } else if (is_float(value)) {
            out.kind = ConstantValue::Kind::Float;
            out.number = float_value(value);
        } else if (is_str(value)) {
            out.kind = ConstantValue::Kind::Str;
            out.text = std::string(value.as<StrObject>()->view());
        } else if (is_bytes(value)) {
            out.kind = ConstantValue::Kind::Bytes;
            out.text = std::string(value.as<BytesObject>()->view());
        } else if (value.type()->type_name() == "complex") {
            auto real = get_attr(value, str_intern("real"));
            auto imag = get_attr(value, str_intern("imag"));
            if (real.is_error() || imag.is_error())
                return fail(Error {});
            if (float_value(real.value().get()) != 0.0)
                return fail(raise(&g_exc_NotImplementedError, "Ginger cannot compile a complex constant with a real part from an AST yet"));
            out.kind = ConstantValue::Kind::Complex;
            out.number = float_value(imag.value().get());
        } else if (is_tuple(value) || value.type()->type_name() == "frozenset") {
            fail(raise(&g_exc_NotImplementedError, "Ginger cannot compile a {} constant from an AST yet", value.type()->type_name()));
        } else {
            fail(raise(&g_exc_TypeError, "got an invalid type in Constant: {}", value.type()->type_name()));
        }
    }

    static bool is_identifier(const char* field_name)
    {
        std::string_view name(field_name);
        return name != "type_comment" && name != "kind" && name != "tag";
    }

    Error type_error_for(const char* expected, Val got)
    {
        auto text = repr_utf8(got);
        if (text.is_error())
            return Error {};
        return raise(&g_exc_TypeError, "expected some sort of {}, but got {}", expected, text.value());
    }

    void fail(Error) { m_failed = true; }

    static std::string TRY_OR_EMPTY(Result<std::string> r)
    {
        if (r.is_error()) {
            clear_error();
            return "?";
        }
        return r.release_value();
    }

    Arena& m_arena;
    Value m_object;
    std::string m_owner;            // the constructor being read, for "required field ... missing from X"
    std::string m_positions_owner;  // its sum type (stmt, expr, ...), for missing positions
    bool m_failed = false;
    std::vector<bool> m_positions_read;  // per node being filled: its positions were read up front
    int m_depth = 0;
};


// CPython 3.12's checks of a tree made in Python before it is compiled (PyAST_Validate in Python/ast.c), with
// its messages: expression contexts, empty bodies and lists, matching lengths, names and patterns.
class Validator {
public:
    bool mod(Mod const* module)
    {
        if (auto* m = module->as<Module>())
            return stmts(m->body);
        if (auto* m = module->as<Interactive>())
            return stmts(m->body);
        if (auto* m = module->as<Expression>())
            return expr(m->body, ExprContext::Load);
        return true;
    }

private:
    static bool fail(TypeObject* type, std::string const& message)
    {
        (void)raise(type, "{}", message);
        return false;
    }

    static char const* context_name(ExprContext context) { return to_string(context); }

    bool body(std::vector<Stmt*> const& statements, char const* owner)
    {
        if (statements.empty())
            return fail(&g_exc_ValueError, std::string("empty body on ") + owner);
        return stmts(statements);
    }

    bool nonempty(size_t size, char const* what, char const* owner)
    {
        if (size == 0)
            return fail(&g_exc_ValueError, std::string("empty ") + what + " on " + owner);
        return true;
    }

    bool stmts(std::vector<Stmt*> const& statements)
    {
        for (Stmt* statement : statements) {
            if (!stmt(statement))
                return false;
        }
        return true;
    }

    bool exprs(std::vector<Expr*> const& expressions, ExprContext context, bool null_ok = false)
    {
        for (Expr* expression : expressions) {
            if (!expression) {
                if (!null_ok)
                    return fail(&g_exc_ValueError, "None disallowed in expression list");
                continue;
            }
            if (!expr(expression, context))
                return false;
        }
        return true;
    }

    bool optional(Expr const* expression) { return !expression || expr(expression, ExprContext::Load); }

    bool arguments(Arguments const* args)
    {
        auto annotations = [&](std::vector<Arg*> const& list) {
            for (Arg* a : list) {
                if (!optional(a->annotation))
                    return false;
            }
            return true;
        };
        if (!annotations(args->posonlyargs) || !annotations(args->args))
            return false;
        if (args->vararg && !optional(args->vararg->annotation))
            return false;
        if (!annotations(args->kwonlyargs))
            return false;
        if (args->kwarg && !optional(args->kwarg->annotation))
            return false;
        if (args->defaults.size() > args->posonlyargs.size() + args->args.size())
            return fail(&g_exc_ValueError, "more positional defaults than args on arguments");
        if (args->kw_defaults.size() != args->kwonlyargs.size())
            return fail(&g_exc_ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
        return exprs(args->defaults, ExprContext::Load) && exprs(args->kw_defaults, ExprContext::Load, true);
    }

    bool comprehensions(std::vector<Comprehension*> const& generators)
    {
        if (generators.empty())
            return fail(&g_exc_ValueError, "comprehension with no generators");
        for (Comprehension* c : generators) {
            if (!expr(c->target, ExprContext::Store) || !expr(c->iter, ExprContext::Load) || !exprs(c->ifs, ExprContext::Load))
                return false;
        }
        return true;
    }

    bool keywords(std::vector<Keyword*> const& list)
    {
        for (Keyword* k : list) {
            if (!expr(k->value, ExprContext::Load))
                return false;
        }
        return true;
    }

    template<class Node>
    bool function(Node const* node, char const* owner)
    {
        return body(node->body, owner) && arguments(node->args) && exprs(node->decorator_list, ExprContext::Load)
            && optional(node->returns);
    }

    template<class Node>
    bool loop(Node const* node, char const* owner)
    {
        return expr(node->target, ExprContext::Store) && expr(node->iter, ExprContext::Load) && body(node->body, owner)
            && stmts(node->orelse);
    }

    template<class Node>
    bool with(Node const* node, char const* owner)
    {
        if (!nonempty(node->items.size(), "items", owner))
            return false;
        for (Withitem* item : node->items) {
            if (!expr(item->context_expr, ExprContext::Load))
                return false;
            if (item->optional_vars && !expr(item->optional_vars, ExprContext::Store))
                return false;
        }
        return body(node->body, owner);
    }

    template<class Node>
    bool try_statement(Node const* node, char const* owner)
    {
        if (!body(node->body, owner))
            return false;
        if (node->handlers.empty() && node->finalbody.empty())
            return fail(&g_exc_ValueError, std::string(owner) + " has neither except handlers nor finalbody");
        if (node->handlers.empty() && !node->orelse.empty())
            return fail(&g_exc_ValueError, std::string(owner) + " has orelse but no except handlers");
        for (Excepthandler* handler : node->handlers) {
            auto* h = static_cast<ExceptHandler const*>(handler);
            if (!optional(h->type) || !body(h->body, "ExceptHandler"))
                return false;
        }
        return stmts(node->finalbody) && stmts(node->orelse);
    }

    bool stmt(Stmt const* s)
    {
        switch (s->kind) {
        case StmtKind::FunctionDef: return function(s->as<FunctionDef>(), "FunctionDef");
        case StmtKind::AsyncFunctionDef: return function(s->as<AsyncFunctionDef>(), "AsyncFunctionDef");
        case StmtKind::ClassDef: {
            auto* n = s->as<ClassDef>();
            return body(n->body, "ClassDef") && exprs(n->bases, ExprContext::Load) && keywords(n->keywords)
                && exprs(n->decorator_list, ExprContext::Load);
        }
        case StmtKind::Return: return optional(s->as<Return>()->value);
        case StmtKind::Delete: {
            auto* n = s->as<Delete>();
            return nonempty(n->targets.size(), "targets", "Delete") && exprs(n->targets, ExprContext::Del);
        }
        case StmtKind::Assign: {
            auto* n = s->as<Assign>();
            return nonempty(n->targets.size(), "targets", "Assign") && exprs(n->targets, ExprContext::Store)
                && expr(n->value, ExprContext::Load);
        }
        case StmtKind::AugAssign: {
            auto* n = s->as<AugAssign>();
            return expr(n->target, ExprContext::Store) && expr(n->value, ExprContext::Load);
        }
        case StmtKind::AnnAssign: {
            auto* n = s->as<AnnAssign>();
            if (n->simple && !n->target->is<Name>())
                return fail(&g_exc_TypeError, "AnnAssign with simple non-Name target");
            return expr(n->target, ExprContext::Store) && optional(n->value) && expr(n->annotation, ExprContext::Load);
        }
        case StmtKind::TypeAlias: {
            auto* n = s->as<TypeAlias>();
            if (!n->name->is<Name>())
                return fail(&g_exc_TypeError, "TypeAlias with non-Name name");
            return expr(n->name, ExprContext::Store) && expr(n->value, ExprContext::Load);
        }
        case StmtKind::For: return loop(s->as<For>(), "For");
        case StmtKind::AsyncFor: return loop(s->as<AsyncFor>(), "AsyncFor");
        case StmtKind::While: {
            auto* n = s->as<While>();
            return expr(n->test, ExprContext::Load) && body(n->body, "While") && stmts(n->orelse);
        }
        case StmtKind::If: {
            auto* n = s->as<If>();
            return expr(n->test, ExprContext::Load) && body(n->body, "If") && stmts(n->orelse);
        }
        case StmtKind::With: return with(s->as<With>(), "With");
        case StmtKind::AsyncWith: return with(s->as<AsyncWith>(), "AsyncWith");
        case StmtKind::Match: {
            auto* n = s->as<Match>();
            if (!expr(n->subject, ExprContext::Load) || !nonempty(n->cases.size(), "cases", "Match"))
                return false;
            for (MatchCase* c : n->cases) {
                if (!pattern(c->pattern, false) || !optional(c->guard) || !body(c->body, "match_case"))
                    return false;
            }
            return true;
        }
        case StmtKind::Raise: {
            auto* n = s->as<Raise>();
            if (n->exc)
                return expr(n->exc, ExprContext::Load) && optional(n->cause);
            if (n->cause)
                return fail(&g_exc_ValueError, "Raise with cause but no exception");
            return true;
        }
        case StmtKind::Try: return try_statement(s->as<Try>(), "Try");
        case StmtKind::TryStar: return try_statement(s->as<TryStar>(), "TryStar");
        case StmtKind::Assert: {
            auto* n = s->as<Assert>();
            return expr(n->test, ExprContext::Load) && optional(n->msg);
        }
        case StmtKind::Import: return nonempty(s->as<Import>()->names.size(), "names", "Import");
        case StmtKind::ImportFrom: {
            auto* n = s->as<ImportFrom>();
            if (n->level < 0)
                return fail(&g_exc_ValueError, "Negative ImportFrom level");
            return nonempty(n->names.size(), "names", "ImportFrom");
        }
        case StmtKind::Global: return nonempty(s->as<Global>()->names.size(), "names", "Global");
        case StmtKind::Nonlocal: return nonempty(s->as<Nonlocal>()->names.size(), "names", "Nonlocal");
        case StmtKind::Expr: return expr(s->as<ExprStmt>()->value, ExprContext::Load);
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            return true;
        }
        return true;
    }

    static bool name(std::string const& id)
    {
        if (id == "None" || id == "True" || id == "False")
            return fail(&g_exc_ValueError, "identifier field can't represent '" + id + "' constant");
        return true;
    }

    // An optional identifier is empty when None.
    static bool capture(std::string const& id)
    {
        if (id == "_")
            return fail(&g_exc_ValueError, "can't capture name '_' in patterns");
        return name(id);
    }

    static bool is_number(Expr const* e, bool real, bool imaginary)
    {
        auto* c = e->as<Constant>();
        if (!c)
            return false;
        auto kind = c->value.kind;
        return (real && (kind == ConstantValue::Kind::Int || kind == ConstantValue::Kind::Float))
            || (imaginary && kind == ConstantValue::Kind::Complex);
    }

    static bool is_negative_number(Expr const* e, bool real, bool imaginary)
    {
        auto* u = e->as<UnaryOp>();
        return u && u->op == UnaryOperator::USub && is_number(u->operand, real, imaginary);
    }

    // The value of a MatchValue or a MatchMapping key: a literal (a number, possibly negated, a complex sum,
    // a string or bytes) or an attribute lookup.
    bool match_value(Expr const* e)
    {
        if (!expr(e, ExprContext::Load))
            return false;
        switch (e->kind) {
        case ExprKind::Constant: {
            auto kind = e->as<Constant>()->value.kind;
            using K = ConstantValue::Kind;
            if (kind == K::Int || kind == K::Float || kind == K::Complex || kind == K::Str || kind == K::Bytes)
                return true;
            return fail(&g_exc_ValueError, "unexpected constant inside of a literal pattern");
        }
        case ExprKind::Attribute:
        case ExprKind::JoinedStr:
            return true;
        case ExprKind::UnaryOp:
            if (is_negative_number(e, true, true))
                return true;
            break;
        case ExprKind::BinOp: {
            auto* b = e->as<BinOp>();
            if ((b->op == Operator::Add || b->op == Operator::Sub)
                && (is_number(b->left, true, false) || is_negative_number(b->left, true, false))
                && is_number(b->right, false, true))
                return true;
            break;
        }
        default:
            break;
        }
        return fail(&g_exc_ValueError, "patterns may only match literals and attribute lookups");
    }

    bool patterns(std::vector<Pattern*> const& list, bool star_ok)
    {
        for (Pattern* p : list) {
            if (!pattern(p, star_ok))
                return false;
        }
        return true;
    }

    bool pattern(Pattern const* p, bool star_ok)
    {
        switch (p->kind) {
        case PatternKind::MatchValue: return match_value(p->as<MatchValue>()->value);
        case PatternKind::MatchSingleton: {
            auto kind = p->as<MatchSingleton>()->value.kind;
            using K = ConstantValue::Kind;
            if (kind != K::None && kind != K::True && kind != K::False)
                return fail(&g_exc_ValueError, "MatchSingleton can only contain True, False and None");
            return true;
        }
        case PatternKind::MatchSequence: return patterns(p->as<MatchSequence>()->patterns, true);
        case PatternKind::MatchMapping: {
            auto* n = p->as<MatchMapping>();
            if (n->keys.size() != n->patterns.size())
                return fail(&g_exc_ValueError, "MatchMapping doesn't have the same number of keys as patterns");
            if (!n->rest.empty() && !capture(n->rest))
                return false;
            for (Expr* key : n->keys) {
                // None, True and False are valid keys, though not valid MatchValues.
                if (auto* c = key->as<Constant>()) {
                    auto kind = c->value.kind;
                    using K = ConstantValue::Kind;
                    if (kind == K::None || kind == K::True || kind == K::False)
                        continue;
                }
                if (!match_value(key))
                    return false;
            }
            return patterns(n->patterns, false);
        }
        case PatternKind::MatchClass: {
            auto* n = p->as<MatchClass>();
            if (n->kwd_attrs.size() != n->kwd_patterns.size())
                return fail(&g_exc_ValueError, "MatchClass doesn't have the same number of keyword attributes as patterns");
            if (!expr(n->cls, ExprContext::Load))
                return false;
            Expr const* cls = n->cls;
            while (auto* attribute = cls->as<Attribute>())
                cls = attribute->value;
            if (!cls->is<Name>())
                return fail(&g_exc_ValueError, "MatchClass cls field can only contain Name or Attribute nodes.");
            for (std::string const& attribute : n->kwd_attrs) {
                if (!name(attribute))
                    return false;
            }
            return patterns(n->patterns, false) && patterns(n->kwd_patterns, false);
        }
        case PatternKind::MatchStar: {
            if (!star_ok)
                return fail(&g_exc_ValueError, "can't use MatchStar here");
            std::string const& id = p->as<MatchStar>()->name;
            return id.empty() || capture(id);
        }
        case PatternKind::MatchAs: {
            auto* n = p->as<MatchAs>();
            if (!n->name.empty() && !capture(n->name))
                return false;
            if (!n->pattern)
                return true;
            if (n->name.empty())
                return fail(&g_exc_ValueError, "MatchAs must specify a target name if a pattern is given");
            return pattern(n->pattern, false);
        }
        case PatternKind::MatchOr: {
            auto* n = p->as<MatchOr>();
            if (n->patterns.size() < 2)
                return fail(&g_exc_ValueError, "MatchOr requires at least 2 patterns");
            return patterns(n->patterns, false);
        }
        }
        return true;
    }

    bool expr(Expr const* e, ExprContext context)
    {
        // Only names, attributes, subscripts, starred, lists and tuples have a context; anything else can only
        // be loaded.
        bool has_context = true;
        ExprContext actual = ExprContext::Load;
        switch (e->kind) {
        case ExprKind::Attribute: actual = e->as<Attribute>()->ctx; break;
        case ExprKind::Subscript: actual = e->as<Subscript>()->ctx; break;
        case ExprKind::Starred: actual = e->as<Starred>()->ctx; break;
        case ExprKind::Name:
            if (!name(e->as<Name>()->id))
                return false;
            actual = e->as<Name>()->ctx;
            break;
        case ExprKind::List: actual = e->as<List>()->ctx; break;
        case ExprKind::Tuple: actual = e->as<Tuple>()->ctx; break;
        default:
            if (context != ExprContext::Load)
                return fail(&g_exc_ValueError, std::string("expression which can't be assigned to in ") + context_name(context) + " context");
            has_context = false;
        }
        if (has_context && actual != context) {
            return fail(&g_exc_ValueError, std::string("expression must have ") + context_name(context) + " context but has "
                + context_name(actual) + " instead");
        }
        constexpr ExprContext load = ExprContext::Load;
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = e->as<BoolOp>();
            if (n->values.size() < 2)
                return fail(&g_exc_ValueError, "BoolOp with less than 2 values");
            return exprs(n->values, load);
        }
        case ExprKind::BinOp: return expr(e->as<BinOp>()->left, load) && expr(e->as<BinOp>()->right, load);
        case ExprKind::UnaryOp: return expr(e->as<UnaryOp>()->operand, load);
        case ExprKind::Lambda: return arguments(e->as<Lambda>()->args) && expr(e->as<Lambda>()->body, load);
        case ExprKind::IfExp: {
            auto* n = e->as<IfExp>();
            return expr(n->test, load) && expr(n->body, load) && expr(n->orelse, load);
        }
        case ExprKind::Dict: {
            auto* n = e->as<Dict>();
            if (n->keys.size() != n->values.size())
                return fail(&g_exc_ValueError, "Dict doesn't have the same number of keys as values");
            return exprs(n->keys, load, true) && exprs(n->values, load);
        }
        case ExprKind::Set: return exprs(e->as<Set>()->elts, load);
        case ExprKind::ListComp: return comprehensions(e->as<ListComp>()->generators) && expr(e->as<ListComp>()->elt, load);
        case ExprKind::SetComp: return comprehensions(e->as<SetComp>()->generators) && expr(e->as<SetComp>()->elt, load);
        case ExprKind::GeneratorExp:
            return comprehensions(e->as<GeneratorExp>()->generators) && expr(e->as<GeneratorExp>()->elt, load);
        case ExprKind::DictComp: {
            auto* n = e->as<DictComp>();
            return comprehensions(n->generators) && expr(n->key, load) && expr(n->value, load);
        }
        case ExprKind::Yield: return optional(e->as<Yield>()->value);
        case ExprKind::YieldFrom: return expr(e->as<YieldFrom>()->value, load);
        case ExprKind::Await: return expr(e->as<Await>()->value, load);
        case ExprKind::Compare: {
            auto* n = e->as<Compare>();
            if (n->comparators.empty())
                return fail(&g_exc_ValueError, "Compare with no comparators");
            if (n->comparators.size() != n->ops.size())
                return fail(&g_exc_ValueError, "Compare has a different number of comparators and operands");
            return exprs(n->comparators, load) && expr(n->left, load);
        }
        case ExprKind::Call: {
            auto* n = e->as<Call>();
            return expr(n->func, load) && exprs(n->args, load) && keywords(n->keywords);
        }
        case ExprKind::JoinedStr: return exprs(e->as<JoinedStr>()->values, load);
        case ExprKind::FormattedValue: {
            auto* n = e->as<FormattedValue>();
            return expr(n->value, load) && optional(n->format_spec);
        }
        case ExprKind::Attribute: return expr(e->as<Attribute>()->value, load);
        case ExprKind::Subscript: return expr(e->as<Subscript>()->slice, load) && expr(e->as<Subscript>()->value, load);
        case ExprKind::Starred: return expr(e->as<Starred>()->value, context);
        case ExprKind::Slice: {
            auto* n = e->as<Slice>();
            return optional(n->lower) && optional(n->upper) && optional(n->step);
        }
        case ExprKind::List: return exprs(e->as<List>()->elts, context);
        case ExprKind::Tuple: return exprs(e->as<Tuple>()->elts, context);
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            if (!n->target->is<Name>())
                return fail(&g_exc_TypeError, "NamedExpr target must be a Name");
            return expr(n->value, load);
        }
        default:
            return true;
        }
    }
};
}  // namespace

Result<Value> ast_to_python(const ast::Mod* module)
{
    ToPython converter;
    return converter.convert(module);
}

Result<bool> ast_validate(const ast::Mod* module)
{
    if (!Validator().mod(module))
        return Error {};
    return true;
}

Result<bool> is_ast_object(Val object)
{
    Val cls = TRY(node_class("AST"));
    return isinstance(object, cls);
}

Result<ast::Mod*> ast_from_python(Val object, std::string_view mode, Arena& arena)
{
    const char* expected = mode == "exec" ? "Module" : mode == "eval" ? "Expression" : mode == "single" ? "Interactive" : "FunctionType";
    Val cls = TRY(node_class(expected));
    if (!TRY(isinstance(object, cls)))
        return raise(&g_exc_TypeError, "expected {} node, got {}", expected, object.type()->type_name());
    FromPython converter(arena);
    ast::Mod* module = converter.sum_node<ast::Mod>(object);
    if (converter.failed())
        return Error {};
    return module;
}

}  // namespace ginger
