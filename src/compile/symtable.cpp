// Builds the symbol tables by walking the AST, then resolves every name (CPython's two passes).
#include "compile/symtable.h"
#include "compile/compiler.h"

#include <map>
#include <set>

namespace ginger::compile {

using namespace ginger::ast;

std::string mangle(const std::string& private_name, const std::string& name)
{
    if (private_name.empty() || !name.starts_with("__") || name.ends_with("__") || name.find('.') != std::string::npos)
        return name;
    size_t start = private_name.find_first_not_of('_');
    if (start == std::string::npos)
        return name;  // a class named only with underscores mangles nothing
    return "_" + private_name.substr(start) + name;
}

namespace {

class Builder {
public:
    Builder(std::vector<std::unique_ptr<Scope>>& scopes, std::unordered_map<const void*, Scope*>& by_node)
        : m_scopes(scopes)
        , m_by_node(by_node)
    {
    }

    std::optional<SymbolError> error;
    std::optional<SymbolError> compiler_error;  // one CPython's compiler raises, not its symbol table (see build)

    Scope* enter(ScopeKind kind, std::string name, const void* node, int lineno)
    {
        m_scopes.push_back(std::make_unique<Scope>());
        Scope* scope = m_scopes.back().get();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->lineno = lineno;
        scope->parent = m_current;
        scope->private_name = kind == ScopeKind::Class ? scope->name : m_current ? m_current->private_name : std::string();
        scope->comp_iter_expr = m_current ? m_current->comp_iter_expr : 0;
        if (m_current)
            m_current->children.push_back(scope);
        m_by_node[node] = scope;
        m_current = scope;
        return scope;
    }
    void leave() { m_current = m_current->parent; }

    // As CPython's future.c: a module's __future__ imports come first (after the docstring, if any), and name
    // features that exist. The ones found there are valid; any other is an error where it is met.
    std::set<const Stmt*> leading_future;
    void check_future_imports(const std::vector<Stmt*>& body)
    {
        static const std::set<std::string> features = { "nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations" };
        for (size_t i = 0; i < body.size(); ++i) {
            Stmt* s = body[i];
            if (i == 0) {
                auto* e = s->as<ExprStmt>();
                auto* c = e ? e->value->as<Constant>() : nullptr;
                if (c && c->value.kind == ConstantValue::Kind::Str)
                    continue;
            }
            auto* import = s->as<ImportFrom>();
            if (!import || import->module != "__future__")  // CPython 3.12 compat: whatever the level
                return;
            for (Alias* alias : import->names) {
                if (alias->name == "braces")
                    return fail(s, "not a chance");
                if (!features.count(alias->name))
                    return fail(s, "future feature " + alias->name + " is not defined");
            }
            leading_future.insert(s);
            for (Alias* alias : import->names) {
                if (alias->name == "annotations")
                    future_flags |= CO_FUTURE_ANNOTATIONS;
                else if (alias->name == "barry_as_FLUFL")
                    future_flags |= CO_FUTURE_BARRY_AS_BDFL;
            }
        }
    }
    uint32_t future_flags = 0;

    // An annotation. Under PEP 563 it is only checked, in a scope of its own that no name resolution sees.
    void visit_annotation(Expr* annotation)
    {
        if (!(future_flags & CO_FUTURE_ANNOTATIONS)) {
            visit(annotation);
            return;
        }
        Scope* parent = m_current;
        m_scopes.push_back(std::make_unique<Scope>());
        Scope* scope = m_scopes.back().get();
        scope->kind = ScopeKind::Function;
        scope->block = FunctionBlock::Annotation;
        scope->name = "_annotation";
        scope->node = annotation;
        scope->lineno = annotation->lineno;
        scope->parent = parent;
        scope->private_name = parent->private_name;
        m_current = scope;
        visit(annotation);
        m_current = parent;
    }

    // yield, await and := may not appear in an annotation under PEP 563.
    bool reject_in_annotation(const Expr* e, const char* what)
    {
        if (m_current->block != FunctionBlock::Annotation)
            return false;
        fail(e, std::string(what) + " cannot be used within an annotation");
        return true;
    }

    void fail_in_compiler(const Node* node, std::string msg)
    {
        if (!compiler_error)
            compiler_error = SymbolError { std::move(msg), node->lineno, node->col_offset, node->end_lineno, node->end_col_offset };
    }

    void fail(const Node* node, std::string msg)
    {
        if (error)
            return;
        error = SymbolError { std::move(msg), node ? node->lineno : 0, node ? node->col_offset : 0, node ? node->end_lineno : 0, node ? node->end_col_offset : 0 };
    }

    const Node* first_directive(const std::string& name, const Node* otherwise) const
    {
        auto it = m_directives.find(std::make_pair(m_current, name));
        return it == m_directives.end() ? otherwise : it->second;
    }

    // The flags of a name (as written) in the current scope; 0 if it has none yet.
    uint32_t flags_of(const std::string& name) const
    {
        auto it = m_current->flags.find(mangle(m_current->private_name, name));
        return it == m_current->flags.end() ? 0 : it->second;
    }

    void add(const std::string& name, uint32_t flag, const Node* node)
    {
        bool iteration_variable = m_in_comprehension_target && (flag & DEF_LOCAL);  // (not names a target reads)
        if (iteration_variable)
            flag |= DEF_COMP_ITER;
        Scope* s = m_current;
        std::string mangled = mangle(s->private_name, name);
        auto it = s->flags.find(mangled);
        if (it == s->flags.end()) {
            s->names.push_back(mangled);
            s->flags[mangled] = flag;
            return;
        }
        uint32_t& flags = it->second;
        if ((flag & DEF_PARAM) && (flags & DEF_PARAM)) {
            fail(node, "duplicate argument '" + name + "' in function definition");
            return;
        }
        if (iteration_variable && (flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
            fail(node, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
            return;
        }
        flags |= flag;
    }

    void visit_stmts(const std::vector<Stmt*>& body)
    {
        for (Stmt* s : body)
            visit(s);
    }
    void visit_exprs(const std::vector<Expr*>& exprs)
    {
        for (Expr* e : exprs) {
            if (e)
                visit(e);
        }
    }

    void visit_arguments_defaults(Arguments* args)
    {
        visit_exprs(args->defaults);
        visit_exprs(args->kw_defaults);
    }
    void visit_annotations(Arguments* args, Expr* returns)
    {
        auto annotate = [&](Arg* a) {
            if (a && a->annotation)
                visit_annotation(a->annotation);
        };
        for (Arg* a : args->posonlyargs)
            annotate(a);
        for (Arg* a : args->args)
            annotate(a);
        annotate(args->vararg);
        for (Arg* a : args->kwonlyargs)
            annotate(a);
        annotate(args->kwarg);
        if (returns)
            visit_annotation(returns);
    }
    // PEP 695: the type parameters of a generic function, class or type alias live in an annotation scope of
    // their own, a function-like scope named "<generic parameters of NAME>" (keyed by the node's type_params).
    // A TypeVar's bound is evaluated lazily, in a scope of its own keyed by the TypeVar node.
    // Annotation scopes directly in a class body, and the lazy scopes inside those, read names from the class
    // namespace before globals.
    void see_class_scope(bool in_class)
    {
        if (!in_class)
            return;
        m_current->can_see_class_scope = true;
        add("__classdict__", USE, nullptr);
    }

    void enter_type_params(const std::vector<TypeParam*>& params, const std::string& name, int lineno, bool of_class = false)
    {
        bool in_class = m_current->kind == ScopeKind::Class;
        enter(ScopeKind::Function, "<generic parameters of " + name + ">", &params, lineno);
        m_current->block = FunctionBlock::TypeParams;
        if (of_class)
            m_current->private_name = name;  // class C[T] mangles with C from here on, as CPython 3.12.1 does
        see_class_scope(in_class);
        for (TypeParam* p : params) {
            std::string param_name;
            if (auto* t = p->as<TypeVar>()) {
                param_name = t->name;
            } else if (auto* ps = p->as<ParamSpec>()) {
                param_name = ps->name;
            } else {
                param_name = static_cast<TypeVarTuple*>(p)->name;
            }
            add(param_name, DEF_LOCAL, p);
            if (auto* t = p->as<TypeVar>(); t && t->bound) {
                bool in_class = m_current->can_see_class_scope;
                enter(ScopeKind::Function, t->name, t, p->lineno);
                m_current->block = FunctionBlock::TypeVarBound;
                see_class_scope(in_class);
                visit(t->bound);
                leave();
            }
        }
    }

    void add_params(Arguments* args)
    {
        auto param = [&](Arg* a) {
            add(a->arg, DEF_PARAM, a);
            m_current->params.push_back(mangle(m_current->private_name, a->arg));
        };
        for (Arg* a : args->posonlyargs)
            param(a);
        for (Arg* a : args->args)
            param(a);
        for (Arg* a : args->kwonlyargs)
            param(a);
        if (args->vararg) {
            param(args->vararg);
            m_current->has_varargs = true;
        }
        if (args->kwarg) {
            param(args->kwarg);
            m_current->has_varkeywords = true;
        }
    }

    void visit_function(const void* node, const std::string& name, Arguments* args, const std::vector<Stmt*>* body, Expr* lambda_body,
                        int lineno, bool is_async)
    {
        enter(ScopeKind::Function, name, node, lineno);
        m_current->is_coroutine = is_async;
        add_params(args);
        if (body)
            visit_stmts(*body);
        else
            visit(lambda_body);
        leave();
    }

    void visit_comprehension(Expr* node, const std::vector<Comprehension*>& generators, Expr* elt, Expr* value, const char* name)
    {
        if (m_current->can_see_class_scope) {  // (gh-109118: it could be neither inlined nor a function of its own)
            fail(node, "Cannot use comprehension in annotation scope within class scope");
            return;
        }
        // The first iterable is evaluated in the enclosing scope. No assignment expression may appear in an
        // iterable, nor in a scope nested in one.
        ++m_current->comp_iter_expr;
        visit(generators[0]->iter);
        --m_current->comp_iter_expr;
        size_t position = m_current->statement_start;
        enter(ScopeKind::Comprehension, name, node, node->lineno);
        m_current->inline_position = position;  // (CPython numbers locals as first emitted: before the statement's targets)
        if (node->kind == ExprKind::GeneratorExp)
            m_current->is_generator = true;
        for (Comprehension* c : generators)
            m_current->is_coroutine |= c->is_async;
        add(".0", DEF_PARAM, node);
        m_current->params.push_back(".0");
        for (size_t i = 0; i < generators.size(); ++i) {
            Comprehension* c = generators[i];
            m_in_comprehension_target = true;
            visit(c->target);
            m_in_comprehension_target = false;
            if (i > 0) {
                ++m_current->comp_iter_expr;
                visit(c->iter);
                --m_current->comp_iter_expr;
            }
            visit_exprs(c->ifs);
        }
        if (elt)
            visit(elt);
        if (value)
            visit(value);
        // An async list/set/dict comprehension is awaited where it is built: an enclosing comprehension awaits too.
        Scope* comprehension = m_current;
        leave();
        if (comprehension->is_coroutine && !comprehension->is_generator && m_current->kind == ScopeKind::Comprehension)
            m_current->is_coroutine = true;
    }

    void visit(Stmt* s)
    {
        m_current->statement_start = m_current->names.size();
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            bool is_async = s->kind == StmtKind::AsyncFunctionDef;
            auto* f = static_cast<FunctionDef*>(s);  // same layout for both kinds
            std::string name = is_async ? static_cast<AsyncFunctionDef*>(s)->name : f->name;
            Arguments* args = is_async ? static_cast<AsyncFunctionDef*>(s)->args : f->args;
            auto& body = is_async ? static_cast<AsyncFunctionDef*>(s)->body : f->body;
            auto& decorators = is_async ? static_cast<AsyncFunctionDef*>(s)->decorator_list : f->decorator_list;
            Expr* returns = is_async ? static_cast<AsyncFunctionDef*>(s)->returns : f->returns;
            auto& type_params = is_async ? static_cast<AsyncFunctionDef*>(s)->type_params : f->type_params;
            add(name, DEF_LOCAL, s);
            visit_arguments_defaults(args);  // (before the decorators, as CPython)
            visit_exprs(decorators);
            if (!type_params.empty()) {
                enter_type_params(type_params, name, s->lineno);
                // The defaults were evaluated outside; they come in as parameters of the annotation scope.
                if (!args->defaults.empty()) {
                    add(".defaults", DEF_PARAM, s);
                    m_current->params.push_back(".defaults");
                }
                bool has_kwdefaults = false;
                for (Expr* d : args->kw_defaults)
                    has_kwdefaults |= d != nullptr;
                if (has_kwdefaults) {
                    add(".kwdefaults", DEF_PARAM, s);
                    m_current->params.push_back(".kwdefaults");
                }
            }
            visit_annotations(args, returns);
            visit_function(s, name, args, &body, nullptr, s->lineno, is_async);
            if (!type_params.empty())
                leave();
            break;
        }
        case StmtKind::ClassDef: {
            auto* c = static_cast<ClassDef*>(s);
            add(c->name, DEF_LOCAL, s);
            visit_exprs(c->decorator_list);
            if (!c->type_params.empty()) {
                enter_type_params(c->type_params, c->name, s->lineno, true);
                add(".type_params", DEF_LOCAL, s);
                add(".generic_base", DEF_LOCAL, s);
            }
            visit_exprs(c->bases);
            for (Keyword* k : c->keywords)
                visit(k->value);
            enter(ScopeKind::Class, c->name, s, s->lineno);
            if (!c->type_params.empty())
                add(".type_params", USE, s);  // the body stores it as __type_params__
            visit_stmts(c->body);
            leave();
            if (!c->type_params.empty())
                leave();
            break;
        }
        case StmtKind::Return: {
            auto* r = static_cast<Return*>(s);
            if (r->value)
                visit(r->value);
            break;
        }
        case StmtKind::Delete:
            visit_exprs(static_cast<Delete*>(s)->targets);
            break;
        case StmtKind::Assign: {
            auto* a = static_cast<Assign*>(s);
            visit_exprs(a->targets);
            visit(a->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* a = static_cast<AugAssign*>(s);
            visit(a->target);
            visit(a->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* a = static_cast<AnnAssign*>(s);
            if (auto* name = a->target->as<Name>()) {
                uint32_t existing = flags_of(name->id);
                if ((existing & (DEF_GLOBAL | DEF_NONLOCAL)) && a->simple && m_current->kind != ScopeKind::Module) {
                    fail(s, "annotated name '" + name->id + "' can't be " + ((existing & DEF_GLOBAL) ? "global" : "nonlocal"));
                    return;
                }
                // `(x): int` (not simple) binds x only when it has a value.
                if (a->simple)
                    add(name->id, DEF_LOCAL | DEF_ANNOT, a->target);
                else if (a->value)
                    add(name->id, DEF_LOCAL, a->target);
            } else {
                visit(a->target);
            }
            m_current->has_annotations = true;
            visit_annotation(a->annotation);
            if (a->value)
                visit(a->value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* f = static_cast<For*>(s);
            visit(f->target);
            visit(f->iter);
            visit_stmts(f->body);
            visit_stmts(f->orelse);
            break;
        }
        case StmtKind::While: {
            auto* w = static_cast<While*>(s);
            visit(w->test);
            visit_stmts(w->body);
            visit_stmts(w->orelse);
            break;
        }
        case StmtKind::If: {
            auto* i = static_cast<If*>(s);
            visit(i->test);
            visit_stmts(i->body);
            visit_stmts(i->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* w = static_cast<With*>(s);
            for (Withitem* item : w->items) {
                visit(item->context_expr);
                if (item->optional_vars)
                    visit(item->optional_vars);
            }
            visit_stmts(w->body);
            break;
        }
        case StmtKind::Match: {
            auto* m = static_cast<Match*>(s);
            visit(m->subject);
            for (MatchCase* c : m->cases) {
                visit_pattern(c->pattern);
                if (c->guard)
                    visit(c->guard);
                visit_stmts(c->body);
            }
            break;
        }
        case StmtKind::Raise: {
            auto* r = static_cast<Raise*>(s);
            if (r->exc)
                visit(r->exc);
            if (r->cause)
                visit(r->cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            // As CPython (and the code's layout): the body, the else block, then the handlers.
            auto* t = static_cast<Try*>(s);
            visit_stmts(t->body);
            visit_stmts(t->orelse);
            for (Excepthandler* h : t->handlers) {
                auto* handler = static_cast<ExceptHandler*>(h);
                if (handler->type)
                    visit(handler->type);
                if (!handler->name.empty())
                    add(handler->name, DEF_LOCAL, handler);
                visit_stmts(handler->body);
            }
            visit_stmts(t->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* a = static_cast<Assert*>(s);
            visit(a->test);
            if (a->msg)
                visit(a->msg);
            break;
        }
        case StmtKind::Import:
        case StmtKind::ImportFrom: {
            if (s->kind == StmtKind::ImportFrom && static_cast<ImportFrom*>(s)->module == "__future__" &&
                !leading_future.count(s)) {
                fail_in_compiler(s, "from __future__ imports must occur at the beginning of the file");
            }
            auto& names = s->kind == StmtKind::Import ? static_cast<Import*>(s)->names : static_cast<ImportFrom*>(s)->names;
            for (Alias* alias : names) {
                if (alias->name == "*") {
                    if (m_current->kind != ScopeKind::Module) {
                        fail(alias, "import * only allowed at module level");  // at the '*', as CPython
                        return;
                    }
                    continue;
                }
                std::string bound = !alias->asname.empty() ? alias->asname : alias->name.substr(0, alias->name.find('.'));
                add(bound, DEF_IMPORT, alias);
            }
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            bool global = s->kind == StmtKind::Global;
            auto& names = global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
            for (const std::string& name : names) {
                uint32_t flags = flags_of(name);
                if (flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_IMPORT)) {
                    std::string what;
                    if (flags & DEF_PARAM)
                        what = "name '" + name + "' is parameter and " + (global ? "global" : "nonlocal");
                    else if (flags & USE)
                        what = "name '" + name + "' is used prior to " + (global ? "global" : "nonlocal") + " declaration";
                    else if (flags & DEF_ANNOT)
                        what = "annotated name '" + name + "' can't be " + (global ? "global" : "nonlocal");
                    else
                        what = "name '" + name + "' is assigned to before " + (global ? "global" : "nonlocal") + " declaration";
                    fail(s, what);
                    return;
                }
                if (!global) {
                    if (m_current->kind == ScopeKind::Module) {
                        fail(s, "nonlocal declaration not allowed at module level");
                        return;
                    }
                    if (flags & DEF_GLOBAL) {
                        fail(first_directive(name, s), "name '" + name + "' is nonlocal and global");
                        return;
                    }
                } else if (flags & DEF_NONLOCAL) {
                    fail(first_directive(name, s), "name '" + name + "' is nonlocal and global");
                    return;
                }
                if (global) {
                    Scope* top = m_scopes.front().get();
                    top->declared_globals.emplace_back(mangle(m_current->private_name, name), top->names.size());
                }
                if (!global)
                    m_current->nonlocal_statements.emplace(mangle(m_current->private_name, name), s);
                m_directives.emplace(std::make_pair(m_current, name), s);
                add(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            }
            break;
        }
        case StmtKind::Expr:
            visit(static_cast<ExprStmt*>(s)->value);
            break;
        case StmtKind::TypeAlias: {
            auto* t = static_cast<TypeAlias*>(s);
            visit(t->name);
            std::string alias = t->name->is<Name>() ? static_cast<Name*>(t->name)->id : "";
            if (!t->type_params.empty())
                enter_type_params(t->type_params, alias, s->lineno);
            // The value is evaluated lazily, by a function-like scope named after the alias.
            bool in_class = m_current->kind == ScopeKind::Class || m_current->can_see_class_scope;
            enter(ScopeKind::Function, alias, t->value, s->lineno);
            m_current->block = FunctionBlock::TypeAlias;
            see_class_scope(in_class);
            visit(t->value);
            leave();
            if (!t->type_params.empty())
                leave();
            break;
        }
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        }
    }

    void visit_pattern(Pattern* p)
    {
        if (!p)
            return;
        switch (p->kind) {
        case PatternKind::MatchValue: visit(static_cast<MatchValue*>(p)->value); break;
        case PatternKind::MatchSingleton: break;
        case PatternKind::MatchSequence:
            for (Pattern* q : static_cast<MatchSequence*>(p)->patterns)
                visit_pattern(q);
            break;
        case PatternKind::MatchMapping: {
            auto* m = static_cast<MatchMapping*>(p);
            visit_exprs(m->keys);
            for (Pattern* q : m->patterns)
                visit_pattern(q);
            if (!m->rest.empty())
                add(m->rest, DEF_LOCAL, p);
            break;
        }
        case PatternKind::MatchClass: {
            auto* m = static_cast<MatchClass*>(p);
            visit(m->cls);
            for (Pattern* q : m->patterns)
                visit_pattern(q);
            for (Pattern* q : m->kwd_patterns)
                visit_pattern(q);
            break;
        }
        case PatternKind::MatchStar: {
            auto* m = static_cast<MatchStar*>(p);
            if (!m->name.empty())
                add(m->name, DEF_LOCAL, p);
            break;
        }
        case PatternKind::MatchAs: {
            auto* m = static_cast<MatchAs*>(p);
            visit_pattern(m->pattern);
            if (!m->name.empty())
                add(m->name, DEF_LOCAL, p);
            break;
        }
        case PatternKind::MatchOr:
            for (Pattern* q : static_cast<MatchOr*>(p)->patterns)
                visit_pattern(q);
            break;
        }
    }

    void visit(Expr* e)
    {
        if (!e)
            return;
        switch (e->kind) {
        case ExprKind::BoolOp: visit_exprs(static_cast<BoolOp*>(e)->values); break;
        case ExprKind::NamedExpr: {
            auto* n = static_cast<NamedExpr*>(e);
            if (reject_in_annotation(e, "named expression"))
                return;
            visit(n->value);
            // The target binds in the nearest enclosing non-comprehension scope (PEP 572).
            auto* target = n->target->as<Name>();
            if (m_current->comp_iter_expr > 0) {
                fail(n, "assignment expression cannot be used in a comprehension iterable expression");
                return;
            }
            Scope* saved = m_current;
            // (An annotation's own scope under PEP 563 is passed through too, as CPython does.)
            while (m_current->kind == ScopeKind::Comprehension || m_current->block == FunctionBlock::Annotation) {
                if (flags_of(target->id) & DEF_COMP_ITER) {
                    fail(target, "assignment expression cannot rebind comprehension iteration variable '" + target->id + "'");
                    m_current = saved;
                    return;
                }
                m_current = m_current->parent;
            }
            if (m_current != saved) {
                if (m_current->kind == ScopeKind::Class) {
                    m_current = saved;
                    fail(target, "assignment expression within a comprehension cannot be used in a class body");
                    return;
                }
                // At module level, or where the function declares it global, the name is global in the
                // comprehension; otherwise nonlocal.
                bool global = m_current->kind == ScopeKind::Module || (flags_of(target->id) & DEF_GLOBAL);
                add(target->id, DEF_LOCAL, target);
                uint32_t binding = global ? DEF_GLOBAL : DEF_NONLOCAL;
                Scope* inner = saved;
                while (inner != m_current) {
                    Scope* s = m_current;
                    m_current = inner;
                    add(target->id, binding, target);
                    m_current = s;
                    inner = inner->parent;
                }
                m_current = saved;
            } else {
                visit(n->target);
            }
            break;
        }
        case ExprKind::BinOp: {
            auto* b = static_cast<BinOp*>(e);
            visit(b->left);
            visit(b->right);
            break;
        }
        case ExprKind::UnaryOp: visit(static_cast<UnaryOp*>(e)->operand); break;
        case ExprKind::Lambda: {
            auto* l = static_cast<Lambda*>(e);
            if (m_current->can_see_class_scope) {  // (gh-109118)
                fail(e, "Cannot use lambda in annotation scope within class scope");
                return;
            }
            visit_arguments_defaults(l->args);
            visit_function(e, "<lambda>", l->args, nullptr, l->body, e->lineno, false);
            break;
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            visit(i->test);
            visit(i->body);
            visit(i->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* d = static_cast<Dict*>(e);
            visit_exprs(d->keys);
            visit_exprs(d->values);
            break;
        }
        case ExprKind::Set: visit_exprs(static_cast<Set*>(e)->elts); break;
        case ExprKind::ListComp: visit_comprehension(e, static_cast<ListComp*>(e)->generators, static_cast<ListComp*>(e)->elt, nullptr, "<listcomp>"); break;
        case ExprKind::SetComp: visit_comprehension(e, static_cast<SetComp*>(e)->generators, static_cast<SetComp*>(e)->elt, nullptr, "<setcomp>"); break;
        case ExprKind::DictComp: visit_comprehension(e, static_cast<DictComp*>(e)->generators, static_cast<DictComp*>(e)->key, static_cast<DictComp*>(e)->value, "<dictcomp>"); break;
        case ExprKind::GeneratorExp: visit_comprehension(e, static_cast<GeneratorExp*>(e)->generators, static_cast<GeneratorExp*>(e)->elt, nullptr, "<genexpr>"); break;
        case ExprKind::Await:
            if (reject_in_annotation(e, "await expression"))
                return;
            visit(static_cast<Await*>(e)->value);
            if (m_current->kind == ScopeKind::Comprehension)
                m_current->is_coroutine = true;
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            Expr* value = e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value : static_cast<YieldFrom*>(e)->value;
            if (reject_in_annotation(e, "yield expression"))
                return;
            if (value)
                visit(value);
            if (m_current->kind == ScopeKind::Module || m_current->kind == ScopeKind::Class) {
                fail_in_compiler(e, "'yield' outside function");
                return;
            }
            if (m_current->kind == ScopeKind::Comprehension) {
                const std::string& n = m_current->name;
                fail(e, std::string("'yield' inside ") + (n == "<setcomp>" ? "set comprehension" : n == "<dictcomp>" ? "dict comprehension"
                                                          : n == "<genexpr>" ? "generator expression" : "list comprehension"));
                return;
            }
            m_current->is_generator = true;
            break;
        }
        case ExprKind::Compare: {
            auto* c = static_cast<Compare*>(e);
            visit(c->left);
            visit_exprs(c->comparators);
            break;
        }
        case ExprKind::Call: {
            auto* c = static_cast<Call*>(e);
            visit(c->func);
            visit_exprs(c->args);
            for (Keyword* k : c->keywords)
                visit(k->value);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* f = static_cast<FormattedValue*>(e);
            visit(f->value);
            if (f->format_spec)
                visit(f->format_spec);
            break;
        }
        case ExprKind::JoinedStr: visit_exprs(static_cast<JoinedStr*>(e)->values); break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visit(static_cast<Attribute*>(e)->value); break;
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(e);
            visit(s->value);
            visit(s->slice);
            break;
        }
        case ExprKind::Starred: visit(static_cast<Starred*>(e)->value); break;
        case ExprKind::Name: {
            auto* n = static_cast<Name*>(e);
            if (n->ctx == ExprContext::Load) {
                add(n->id, USE, n);
                // super() and __class__ need the class cell of the enclosing class.
                if (n->id == "super" || n->id == "__class__")
                    m_current->uses_class_cell = true;
            } else {
                add(n->id, DEF_LOCAL, n);
            }
            break;
        }
        case ExprKind::List: visit_exprs(static_cast<List*>(e)->elts); break;
        case ExprKind::Tuple: visit_exprs(static_cast<Tuple*>(e)->elts); break;
        case ExprKind::Slice: {
            auto* s = static_cast<Slice*>(e);
            visit(s->lower);
            visit(s->upper);
            visit(s->step);
            break;
        }
        }
    }

private:
    std::vector<std::unique_ptr<Scope>>& m_scopes;
    std::unordered_map<const void*, Scope*>& m_by_node;
    Scope* m_current = nullptr;
    bool m_in_comprehension_target = false;
    // The first global/nonlocal statement naming each name, per scope: CPython reports "is nonlocal and
    // global" there (its error_at_directive), not at the second declaration.
    std::map<std::pair<const Scope*, std::string>, const Node*> m_directives;
};

using NameSet = std::set<std::string>;

// PEP 709: whether a scope nested in the inlined comprehension `comp` (through inlined ones) reads `name` as free.
bool free_in_any_child(const Scope* comp, const std::string& name)
{
    for (const Scope* child : comp->children) {
        if (child->inlined) {
            if (free_in_any_child(child, name))
                return true;
            continue;
        }
        auto it = child->resolved.find(name);
        if (it != child->resolved.end() && it->second == Resolution::Free)
            return true;
    }
    return false;
}

// A comprehension's names: its own, then those of the comprehensions inlined into it.
std::vector<std::string> comprehension_names(const Scope* comp)
{
    std::vector<std::string> names = comp->names;
    names.insert(names.end(), comp->inlined_names.begin(), comp->inlined_names.end());
    return names;
}

// The names a comprehension inlined into `parent` brings it (CPython's inline_comprehension): its cells join
// `inlined_cells`; a name the parent does not have is copied (into `pending`, applied once the parent's free
// names are settled); a name the parent binds is simply the parent's local, no longer free, unless a scope
// nested in the comprehension needs it or the parent is a class body.
void inline_comprehension(Scope* parent, Scope* comp, NameSet& comp_free, NameSet& inlined_cells,
                          std::vector<std::pair<std::string, Scope*>>& pending, std::map<std::string, uint32_t>& pending_flags)
{
    comp->inlined = true;
    for (const std::string& name : comprehension_names(comp)) {
        uint32_t flags = comp->flags[name];
        if (flags & DEF_PARAM)
            continue;  // .0
        auto r = comp->resolved.find(name);
        Resolution resolution = r == comp->resolved.end() ? Resolution::GlobalImplicit : r->second;
        if (resolution == Resolution::Cell || comp->comp_cells.count(name))
            inlined_cells.insert(name);
        auto existing = parent->flags.find(name);
        auto pending_existing = pending_flags.find(name);
        if (existing == parent->flags.end() && pending_existing == pending_flags.end()) {
            pending.emplace_back(name, comp);
            pending_flags[name] = flags;
            continue;
        }
        uint32_t outer = existing != parent->flags.end() ? existing->second : pending_existing->second;
        if ((outer & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) && !free_in_any_child(comp, name) && parent->kind != ScopeKind::Class)
            comp_free.erase(name);
    }
}

// Resolves the names of `scope` given the names bound in enclosing function scopes; adds to `free_out`
// the names this scope (or its children) need from outside.
void analyze(Scope* scope, const NameSet& bound, const NameSet& globals, NameSet& free_out, std::optional<SymbolError>& error)
{
    // As CPython's analyze_block: a class's own global and bound names do not change what its children see; a
    // function's global names are no longer bound for its children. A name declared global anywhere is global
    // in the module's table too.
    NameSet local, free, new_globals = globals, own_bound = bound;
    bool is_class = scope->kind == ScopeKind::Class;
    NameSet module_globals;
    for (const auto& declared : scope->declared_globals)
        module_globals.insert(declared.first);
    for (const std::string& name : scope->names) {
        uint32_t flags = scope->flags[name];
        if ((flags & DEF_GLOBAL) || module_globals.count(name)) {
            scope->resolved[name] = Resolution::GlobalExplicit;
            if (!is_class)
                new_globals.insert(name);
            own_bound.erase(name);
        } else if (flags & DEF_NONLOCAL) {
            if (!bound.count(name)) {
                if (!error) {
                    auto at = scope->nonlocal_statements.find(name);
                    if (at != scope->nonlocal_statements.end())
                        error = SymbolError { "no binding for nonlocal '" + name + "' found", at->second->lineno, at->second->col_offset,
                                              at->second->end_lineno, at->second->end_col_offset };
                    else
                        error = SymbolError { "no binding for nonlocal '" + name + "' found", scope->lineno, 0, scope->lineno, 0 };
                }
                return;
            }
            scope->resolved[name] = Resolution::Free;
            free.insert(name);
        } else if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) {
            scope->resolved[name] = Resolution::Local;
            local.insert(name);
            if (!is_class)
                new_globals.erase(name);
        } else if (scope->kind != ScopeKind::Module && bound.count(name)) {
            scope->resolved[name] = Resolution::Free;
            free.insert(name);
        } else if (globals.count(name)) {
            scope->resolved[name] = Resolution::GlobalImplicit;  // (CPython: "It could also be global implicit")
        } else {
            scope->resolved[name] = Resolution::GlobalImplicit;
        }
    }
    NameSet new_bound;
    if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension) {
        new_bound = own_bound;
        new_bound.insert(local.begin(), local.end());
    } else if (scope->kind == ScopeKind::Class) {
        new_bound = bound;
        new_bound.insert("__class__");
        new_bound.insert("__classdict__");
    }
    NameSet child_free, inlined_cells;
    std::vector<std::pair<std::string, Scope*>> inlined;
    std::map<std::string, uint32_t> inlined_flags;
    for (Scope* child : scope->children) {
        NameSet child_out;
        analyze(child, new_bound, new_globals, child_out, error);
        if (error)
            return;
        // PEP 709: list, set and dict comprehensions are inlined (not in an annotation scope that sees a class).
        if (child->kind == ScopeKind::Comprehension && !child->is_generator && !scope->can_see_class_scope)
            inline_comprehension(scope, child, child_out, inlined_cells, inlined, inlined_flags);
        child_free.insert(child_out.begin(), child_out.end());
    }
    if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension) {
        for (const std::string& name : child_free) {
            auto it = scope->resolved.find(name);
            if (it != scope->resolved.end() && it->second == Resolution::Local) {
                it->second = Resolution::Cell;
            } else if (it != scope->resolved.end() && (it->second == Resolution::GlobalExplicit)) {
                // A child sees our global.
            } else if (bound.count(name)) {
                if (it == scope->resolved.end())
                    scope->names.push_back(name), scope->flags[name] = 0;
                scope->resolved[name] = Resolution::Free;
                free.insert(name);
            }
        }
    } else if (scope->kind == ScopeKind::Class) {
        for (const std::string& name : child_free) {
            if (name == "__class__") {
                scope->needs_class_cell = true;
                continue;
            }
            if (name == "__classdict__") {
                scope->needs_classdict = true;
                continue;
            }
            if (!bound.count(name))
                continue;
            // A name the class binds or declares global stays so in the class body, and is passed through too.
            auto it = scope->resolved.find(name);
            bool own = it != scope->resolved.end() && (it->second == Resolution::Local || it->second == Resolution::GlobalExplicit);
            if (own)
                scope->flags[name] |= DEF_FREE_CLASS;
            else if (it == scope->resolved.end())
                scope->names.push_back(name), scope->flags[name] = 0;
            if (!own)
                scope->resolved[name] = Resolution::Free;
            free.insert(name);
        }
    }
    // The names of inlined comprehensions the scope did not have; their cells (a local captured in the
    // comprehension becomes a cell of the parent).
    for (const auto& [name, comp] : inlined) {
        if (scope->resolved.count(name) || scope->flags.count(name))
            continue;
        scope->inlined_names.push_back(name);
        scope->flags[name] = comp->flags[name];
        auto r = comp->resolved.find(name);
        scope->resolved[name] = r == comp->resolved.end() ? Resolution::GlobalImplicit : r->second;
    }
    for (const std::string& name : inlined_cells) {
        scope->comp_cells.insert(name);
        auto it = scope->resolved.find(name);
        if (scope->kind != ScopeKind::Class && scope->kind != ScopeKind::Module && it != scope->resolved.end() && it->second == Resolution::Local)
            it->second = Resolution::Cell;
    }
    if (scope->uses_class_cell && scope->kind != ScopeKind::Class && scope->kind != ScopeKind::Module && bound.count("__class__")) {
        if (!scope->resolved.count("__class__") || scope->resolved["__class__"] != Resolution::Local) {
            if (!scope->flags.count("__class__"))
                scope->names.push_back("__class__"), scope->flags["__class__"] = USE;
            scope->resolved["__class__"] = Resolution::Free;
            free.insert("__class__");
        }
    }
    free_out = free;
}

}  // namespace

std::optional<SymbolError> SymbolTable::build(ast::Mod* module, bool for_compiler)
{
    Builder builder(m_scopes, m_by_node);
    m_top = builder.enter(ScopeKind::Module, "top", module, 1);
    builder.future_flags = inherited_future_flags();
    if (auto* m = module->as<Module>()) {
        builder.check_future_imports(m->body);
        builder.visit_stmts(m->body);
    } else if (auto* i = module->as<Interactive>()) {
        builder.check_future_imports(i->body);
        builder.visit_stmts(i->body);
    } else if (auto* e = module->as<Expression>()) {
        builder.visit(e->body);
    }
    m_future_flags = builder.future_flags;
    if (builder.error)
        return builder.error;
    std::optional<SymbolError> error;
    NameSet free;
    analyze(m_top, {}, {}, free, error);
    if (!error && for_compiler)
        return builder.compiler_error;
    return error;
}

Scope* SymbolTable::scope_for(const void* node) const
{
    auto it = m_by_node.find(node);
    return it == m_by_node.end() ? nullptr : it->second;
}

}  // namespace ginger::compile
