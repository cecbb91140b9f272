// Code generation: the AST of each scope becomes a list of instructions with symbolic labels and
// pseudo-instructions for try regions; assemble() (assemble.cpp) turns it into a code object.
#include "compile/codegen.h"
#include "compile/compiler.h"
#include "compile/marshal.h"
#include "compile/unparse.h"

#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/parser.h"
#include "support/arena.h"
#include "vm/warnings.h"

#include <algorithm>
#include <type_traits>
#include <cstdio>
#include <cstring>
#include <set>

namespace ginger::compile {

// compile()'s optimize level for the compilation under way on this thread (see OptimizeLevel in compiler.h).
int g_optimize_level = 0;
static thread_local int t_optimize = g_optimize_level;  // read on each thread's first use

OptimizeLevel::OptimizeLevel(int level) : m_previous(t_optimize) { t_optimize = level; }
OptimizeLevel::~OptimizeLevel() { t_optimize = m_previous; }

static thread_local uint32_t t_future_flags = 0;

FutureFlags::FutureFlags(uint32_t flags) : m_previous(t_future_flags) { t_future_flags = flags & CO_FUTURE_FLAGS; }
FutureFlags::~FutureFlags() { t_future_flags = m_previous; }
uint32_t inherited_future_flags() { return t_future_flags; }

using namespace ginger::ast;
using vm::Op;
using namespace vm::intrinsics;

namespace {

BinaryOp binary_op_of(Operator op)
{
    switch (op) {
    case Operator::Add: return BinaryOp::Add;
    case Operator::Sub: return BinaryOp::Sub;
    case Operator::Mult: return BinaryOp::Mul;
    case Operator::MatMult: return BinaryOp::MatMul;
    case Operator::Div: return BinaryOp::TrueDiv;
    case Operator::Mod: return BinaryOp::Mod;
    case Operator::Pow: return BinaryOp::Pow;
    case Operator::LShift: return BinaryOp::LShift;
    case Operator::RShift: return BinaryOp::RShift;
    case Operator::BitOr: return BinaryOp::Or;
    case Operator::BitXor: return BinaryOp::Xor;
    case Operator::BitAnd: return BinaryOp::And;
    case Operator::FloorDiv: return BinaryOp::FloorDiv;
    }
    return BinaryOp::Add;
}

class CodeGen {
public:
    CodeGen(SymbolTable& symbols, StrObject* filename, std::string_view source)
        : m_symbols(symbols)
        , m_filename(filename)
        , m_source(source)
    {
    }

    std::optional<CompileError> error;

    // SyntaxWarnings found while compiling (CPython's compiler_warn), issued by compile_ast in order.
    struct Warning {
        std::string msg;
        int lineno, col_offset, end_lineno, end_col_offset;
    };
    std::vector<Warning> warnings;

    void warn_at(const Node* node, std::string msg)
    {
        warnings.push_back({ std::move(msg), node->lineno, node->col_offset, node->end_lineno, node->end_col_offset });
    }

    // The type a literal or display evaluates to (CPython's infer_type), or null when it cannot be known.
    static const char* inferred_type(Expr* e)
    {
        switch (e->kind) {
        case ExprKind::Tuple: return "tuple";
        case ExprKind::List: case ExprKind::ListComp: return "list";
        case ExprKind::Dict: case ExprKind::DictComp: return "dict";
        case ExprKind::Set: case ExprKind::SetComp: return "set";
        case ExprKind::GeneratorExp: return "generator";
        case ExprKind::Lambda: return "function";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
        case ExprKind::Constant: {
            using K = ConstantValue::Kind;
            switch (e->as<Constant>()->value.kind) {
            case K::None: return "NoneType";
            case K::True: case K::False: return "bool";
            case K::Ellipsis: return "ellipsis";
            case K::Int: return "int";
            case K::Float: return "float";
            case K::Complex: return "complex";
            case K::Str: return "str";
            case K::Bytes: return "bytes";
            }
            return nullptr;
        }
        default: return nullptr;
        }
    }

    // f(...) where f is a literal: "'tuple' object is not callable; perhaps you missed a comma?"
    void check_caller(Expr* callee)
    {
        switch (callee->kind) {
        case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
        case ExprKind::Dict: case ExprKind::DictComp: case ExprKind::Set: case ExprKind::SetComp:
        case ExprKind::GeneratorExp: case ExprKind::JoinedStr: case ExprKind::FormattedValue:
            warn_at(callee, std::string("'") + inferred_type(callee) + "' object is not callable; perhaps you missed a comma?");
            break;
        default: break;
        }
    }

    // x[i] read where x or i is a literal of the wrong kind (CPython's check_subscripter and check_index).
    void check_subscript(Expr* value, Expr* index)
    {
        using K = ConstantValue::Kind;
        auto constant_kind = [](Expr* e) { return e->as<Constant>()->value.kind; };
        bool unsubscriptable = value->is<Set>() || value->is<SetComp>() || value->is<GeneratorExp>() || value->is<Lambda>();
        if (value->is<Constant>()) {
            K k = constant_kind(value);
            unsubscriptable = k == K::None || k == K::Ellipsis || k == K::Int || k == K::Float || k == K::Complex ||
                              k == K::True || k == K::False;
        }
        if (unsubscriptable) {
            warn_at(value, std::string("'") + inferred_type(value) + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        const char* index_type = inferred_type(index);
        if (!index_type || index->is<Slice>() || !strcmp(index_type, "int") || !strcmp(index_type, "bool"))
            return;
        bool sequence = value->is<Tuple>() || value->is<List>() || value->is<ListComp>() || value->is<JoinedStr>() ||
                        value->is<FormattedValue>() || (value->is<Constant>() && (constant_kind(value) == K::Str || constant_kind(value) == K::Bytes));
        if (sequence)
            warn_at(value, std::string(inferred_type(value)) + " indices must be integers or slices, not " + index_type +
                               "; perhaps you missed a comma?");
    }

    // `x is 1`: '"is" with \'int\' literal. Did you mean "=="?' (None, True, False and ... are fine).
    void check_compare(Compare* c)
    {
        using K = ConstantValue::Kind;
        auto literal = [](Expr* e) {
            if (!e->is<Constant>())
                return false;
            K k = e->as<Constant>()->value.kind;
            return k != K::None && k != K::True && k != K::False && k != K::Ellipsis;
        };
        Expr* left = c->left;
        for (size_t i = 0; i < c->ops.size(); ++i) {
            Expr* right = c->comparators[i];
            CmpOperator op = c->ops[i];
            if ((op == CmpOperator::Is || op == CmpOperator::IsNot) && (literal(left) || literal(right))) {
                const char* type = inferred_type(literal(left) ? left : right);
                warn_at(c, op == CmpOperator::Is ? std::string("\"is\" with '") + type + "' literal. Did you mean \"==\"?"
                                                 : std::string("\"is not\" with '") + type + "' literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    Unit* unit() { return m_unit; }

    // ---- units ----

    void enter_unit(Scope* scope, std::string name, std::string qualname, int firstlineno)
    {
        auto unit = std::make_unique<Unit>();
        unit->scope = scope;
        unit->name = std::move(name);
        unit->qualname = std::move(qualname);
        unit->firstlineno = firstlineno;
        unit->parent = m_unit;
        unit->position = Position { firstlineno, firstlineno, -1, -1 };
        // localsplus: parameters, other locals, cells that are not parameters, free variables.
        for (const std::string& p : scope->params)
            add_varname(*unit, p);
        if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension) {
            for (size_t i = 0; i < scope->names.size(); ++i) {
                add_comprehension_locals(*unit, scope, false, i);
                const std::string& n = scope->names[i];
                Resolution r = scope->resolve(n);
                if (r == Resolution::Local || r == Resolution::Cell)
                    add_varname(*unit, n);
            }
        }
        // PEP 709: the names inlined comprehensions keep in fast locals (hidden ones in a module or class body).
        add_comprehension_locals(*unit, scope, scope->kind == ScopeKind::Class);
        std::set<std::string> cells(scope->comp_cells.begin(), scope->comp_cells.end()), frees;
        for (const std::string& n : scope->names) {
            Resolution r = scope->resolve(n);
            if (r == Resolution::Cell)
                cells.insert(n);
            else if (r == Resolution::Free)
                frees.insert(n);
            else if (scope->kind == ScopeKind::Class && (scope->flags[n] & DEF_FREE_CLASS))
                frees.insert(n);  // bound in the class body and also passed through to its methods
        }
        if (scope->kind == ScopeKind::Class && scope->needs_class_cell)
            cells.insert("__class__");
        if (scope->kind == ScopeKind::Class && scope->needs_classdict)
            cells.insert("__classdict__");
        unit->nlocals = int(unit->varnames.size());
        for (const std::string& c : cells) {
            auto it = unit->varname_index.find(c);
            if (it != unit->varname_index.end() && (scope->kind != ScopeKind::Class || scope->comp_cells.count(c))) {
                unit->deref_index[c] = it->second;
                unit->kinds[it->second] |= LOCAL_CELL;
                unit->cell_params.push_back(it->second);
            } else {
                unit->deref_index[c] = unit->nlocals + int(unit->cells.size());
                unit->cells.push_back(c);
            }
        }
        for (const std::string& f : frees) {
            unit->deref_index[f] = unit->nlocals + int(unit->cells.size()) + int(unit->frees.size());
            unit->frees.push_back(f);
        }
        m_units.push_back(std::move(unit));
        m_unit = m_units.back().get();
    }

    std::unique_ptr<Unit> leave_unit()
    {
        std::unique_ptr<Unit> finished;
        for (auto it = m_units.begin(); it != m_units.end(); ++it) {
            if (it->get() == m_unit) {
                finished = std::move(*it);
                m_units.erase(it);
                break;
            }
        }
        m_unit = finished->parent;
        finished->flags |= m_symbols.future_flags();
        return finished;
    }

    // PEP 709: the names of a comprehension inlined in the current unit, as the symbol table merged them.
    static std::vector<std::string> comprehension_names(const Scope* comp)
    {
        std::vector<std::string> names = comp->names;
        names.insert(names.end(), comp->inlined_names.begin(), comp->inlined_names.end());
        return names;
    }
    // Whether an inlined comprehension saves and restores `name` around itself: the names it binds, or all its
    // names directly in a class body (which it must not read from the class namespace).
    static bool comprehension_isolates(const Scope* comp, const std::string& name, bool in_class_block)
    {
        uint32_t flags = comp->flags.at(name);
        return ((flags & DEF_LOCAL) && !(flags & DEF_NONLOCAL)) || in_class_block;
    }
    // (Only those of the comprehensions placed before the scope's name `position`, if given.)
    static void add_comprehension_locals(Unit& unit, Scope* scope, bool in_class_block, size_t position = SIZE_MAX)
    {
        bool function_like = unit.scope->kind == ScopeKind::Function || unit.scope->kind == ScopeKind::Comprehension;
        for (Scope* child : scope->children) {
            if (!child->inlined || (position != SIZE_MAX && child->inline_position != position))
                continue;
            for (const std::string& n : comprehension_names(child)) {
                if (!comprehension_isolates(child, n, in_class_block))
                    continue;
                add_varname(unit, n);
                if (!function_like)
                    unit.kinds[size_t(unit.varname_index[n])] |= LOCAL_HIDDEN;
            }
            add_comprehension_locals(unit, child, false);
        }
    }

    static void add_varname(Unit& unit, const std::string& name)
    {
        if (unit.varname_index.count(name))
            return;
        unit.varname_index[name] = int(unit.varnames.size());
        unit.varnames.push_back(name);
        unit.kinds.push_back(LOCAL_PLAIN);
    }

    // ---- emitting ----

    void emit(Op op, uint32_t arg = 0)
    {
        m_unit->instrs.push_back({ op, arg, -1, m_unit->position });
    }
    void emit_jump(Op op, int label)
    {
        m_unit->instrs.push_back({ op, 0, label, m_unit->position });
    }
    int new_label()
    {
        m_unit->labels.push_back(-1);
        return int(m_unit->labels.size()) - 1;
    }
    void bind(int label) { m_unit->labels[size_t(label)] = int(m_unit->instrs.size()); }

    uint32_t add_const(Value value, const std::string& key)
    {
        if (!key.empty()) {
            auto it = m_unit->const_index.find(key);
            if (it != m_unit->const_index.end())
                return it->second;
        }
        uint32_t index = uint32_t(m_unit->consts.size());
        m_unit->consts.push_back(std::move(value));
        if (!key.empty())
            m_unit->const_index[key] = index;
        return index;
    }
    uint32_t const_none() { return add_const(none_value(), "N"); }
    uint32_t const_str(const std::string& s) { return add_const(Value(str_intern(s)), "s" + s); }
    uint32_t const_int(int64_t v) { return add_const(int_from_int64(v), "i" + std::to_string(v)); }

    uint32_t add_name(const std::string& name)
    {
        auto it = m_unit->name_index.find(name);
        if (it != m_unit->name_index.end())
            return it->second;
        uint32_t index = uint32_t(m_unit->names.size());
        m_unit->names.push_back(name);
        m_unit->name_index[name] = index;
        return index;
    }

    void set_position(const Node* node)
    {
        m_unit->position = Position { node->lineno, node->end_lineno, node->col_offset, node->end_col_offset };
    }

    void fail(const Node* node, std::string msg, bool not_implemented = false)
    {
        if (error)
            return;
        CompileError e;
        e.msg = std::move(msg);
        e.not_implemented = not_implemented;
        if (node) {
            e.lineno = node->lineno;
            e.col_offset = node->col_offset;
            e.end_lineno = node->end_lineno;
            e.end_col_offset = node->end_col_offset;
        }
        error = e;
    }

    // ---- constants ----

    std::optional<Value> constant_value(const ConstantValue& c, const Node* node)
    {
        switch (c.kind) {
        case ConstantValue::Kind::None: return none_value();
        case ConstantValue::Kind::True: return bool_value(true);
        case ConstantValue::Kind::False: return bool_value(false);
        case ConstantValue::Kind::Ellipsis: return Value::borrow(Val(&g_ellipsis));
        case ConstantValue::Kind::Int: {
            auto r = int_from_string(c.text, 0);
            if (r.is_error()) {
                clear_error();
                fail(node, "invalid integer literal");
                return std::nullopt;
            }
            return r.release_value();
        }
        case ConstantValue::Kind::Float: return float_from_double(c.number);
        case ConstantValue::Kind::Str: {
            Ref<StrObject> s = str_from_utf8(c.text);
            // Identifier-like strings are interned, as CPython does for constants.
            bool identifier = !c.text.empty() && c.text.size() < 64;
            for (char ch : c.text)
                identifier &= (ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
            if (identifier)
                return Value(str_intern(c.text));
            return Value(std::move(s));
        }
        case ConstantValue::Kind::Complex: return complex_from_doubles(0.0, c.number);
        case ConstantValue::Kind::Bytes: return Value(bytes_from(c.text));
        }
        return std::nullopt;
    }

    static std::string constant_key(const ConstantValue& c)
    {
        switch (c.kind) {
        case ConstantValue::Kind::None: return "N";
        case ConstantValue::Kind::True: return "T";
        case ConstantValue::Kind::False: return "F";
        case ConstantValue::Kind::Ellipsis: return "E";
        case ConstantValue::Kind::Int: return "i" + c.text;
        case ConstantValue::Kind::Float:
        case ConstantValue::Kind::Complex: {
            char bits[17];
            uint64_t raw;
            memcpy(&raw, &c.number, 8);
            snprintf(bits, sizeof bits, "%016llx", static_cast<unsigned long long>(raw));
            return std::string(c.kind == ConstantValue::Kind::Float ? "f" : "j") + bits;
        }
        case ConstantValue::Kind::Str: return "s" + c.text;
        case ConstantValue::Kind::Bytes: return "b" + c.text;
        default: return "";
        }
    }

    void load_constant(const ConstantValue& c, const Node* node)
    {
        std::string key = constant_key(c);
        if (c.kind == ConstantValue::Kind::Int && key.size() > 1 && key.find_first_not_of("0123456789", 1) == std::string::npos && key.size() < 19)
            key = "i" + std::to_string(std::stoll(c.text));
        auto value = constant_value(c, node);
        if (!value)
            return;
        emit(Op::LOAD_CONST, add_const(std::move(*value), key));
    }

    // ---- names ----

    // How a (mangled) name resolves in the current unit: as its scope says, or as an inlined comprehension
    // being compiled sees it.
    Resolution resolve(const std::string& name) const
    {
        if (!m_unit->comp_resolution.empty()) {
            auto it = m_unit->comp_resolution.find(name);
            if (it != m_unit->comp_resolution.end())
                return it->second;
        }
        return m_unit->scope->resolve(name);
    }

    enum class Access { Load, Store, Delete };

    // A name as written in the source (mangled here when it is private to a class).
    std::string mangled(const std::string& name) const { return mangle(m_unit->scope->private_name, name); }

    // CPython's forbidden_name: __debug__ can be neither bound nor deleted (reported at the node compiled).
    bool forbidden_name(const std::string& name, Access access)
    {
        if (name != "__debug__" || access == Access::Load)
            return false;
        Node here;
        here.lineno = m_unit->position.line;
        here.end_lineno = m_unit->position.end_line;
        here.col_offset = m_unit->position.col;
        here.end_col_offset = m_unit->position.end_col;
        fail(&here, access == Access::Delete ? "cannot delete __debug__" : "cannot assign to __debug__");
        return true;
    }

    void name_op(const std::string& source_name, Access access)
    {
        if (forbidden_name(source_name, access))
            return;
        Scope* scope = m_unit->scope;
        std::string name = mangled(source_name);
        Resolution r = resolve(name);
        bool optimized = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension || m_unit->fast_hidden.count(name);
        if (name == "__class__" && scope->kind == ScopeKind::Class && access == Access::Load && !m_unit->in_inlined_comp) {
            emit(Op::LOAD_NAME, add_name(name));
            return;
        }
        if (scope->can_see_class_scope && access == Access::Load && name != "__classdict__" &&
            (r == Resolution::Free || r == Resolution::GlobalImplicit)) {
            // An annotation scope in a class body: the class namespace first, then the cell or the globals.
            emit(Op::LOAD_DEREF, uint32_t(m_unit->deref_index["__classdict__"]));
            if (r == Resolution::Free)
                emit(Op::LOAD_FROM_DICT_OR_DEREF, uint32_t(m_unit->deref_index[name]));
            else
                emit(Op::LOAD_FROM_DICT_OR_GLOBALS, add_name(name));
            return;
        }
        switch (r) {
        case Resolution::Free:
        case Resolution::Cell: {
            int index = m_unit->deref_index.count(name) ? m_unit->deref_index[name] : -1;
            if (index < 0) {
                fail(nullptr, "internal compiler error: no cell for " + name);
                return;
            }
            if (scope->kind == ScopeKind::Class && access == Access::Load && !m_unit->in_inlined_comp) {
                emit(Op::LOAD_LOCALS);
                emit(Op::LOAD_FROM_DICT_OR_DEREF, uint32_t(index));
                return;
            }
            emit(access == Access::Load ? Op::LOAD_DEREF : access == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, uint32_t(index));
            return;
        }
        case Resolution::Local:
            if (optimized) {
                uint32_t index = uint32_t(m_unit->varname_index[name]);
                emit(access == Access::Load ? Op::LOAD_FAST : access == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST, index);
                return;
            }
            break;
        case Resolution::GlobalExplicit:
            if (access == Access::Load)
                emit(Op::LOAD_GLOBAL, add_name(name) << 1);
            else
                emit(access == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, add_name(name));
            return;
        case Resolution::GlobalImplicit:
            if (optimized) {
                if (access == Access::Load)
                    emit(Op::LOAD_GLOBAL, add_name(name) << 1);
                else
                    emit(access == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, add_name(name));
                return;
            }
            break;
        }
        emit(access == Access::Load ? Op::LOAD_NAME : access == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, add_name(name));
    }

    // ---- statements ----

    void body(const std::vector<Stmt*>& statements)
    {
        for (Stmt* s : statements) {
            stmt(s);
            if (error)
                return;
        }
    }

    // The docstring of a body; none at optimize level 2 (-OO), where the string stays a plain expression statement.
    static const std::string* docstring_of(const std::vector<Stmt*>& statements)
    {
        if (statements.empty() || t_optimize >= 2)
            return nullptr;
        auto* e = statements[0]->as<ExprStmt>();
        if (!e)
            return nullptr;
        auto* c = e->value->as<Constant>();
        if (!c || c->value.kind != ConstantValue::Kind::Str)
            return nullptr;
        return &c->value.text;
    }

    void stmt(Stmt* s)
    {
        Position saved = m_unit->position;
        set_position(s);
        switch (s->kind) {
        case StmtKind::FunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
        case StmtKind::AsyncFunctionDef: function_def(static_cast<AsyncFunctionDef*>(s)); break;
        case StmtKind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
        case StmtKind::Return: return_stmt(static_cast<Return*>(s)); break;
        case StmtKind::Delete:
            for (Expr* target : static_cast<Delete*>(s)->targets)
                delete_target(target);
            break;
        case StmtKind::Assign: {
            auto* a = static_cast<Assign*>(s);
            if (swap_assign(a))
                break;
            expr(a->value);
            for (size_t i = 0; i < a->targets.size(); ++i) {
                if (i + 1 < a->targets.size())
                    emit(Op::COPY, 1);
                store_target(a->targets[i]);
            }
            break;
        }
        case StmtKind::AugAssign: aug_assign(static_cast<AugAssign*>(s)); break;
        case StmtKind::AnnAssign: ann_assign(static_cast<AnnAssign*>(s)); break;
        case StmtKind::For: for_stmt(static_cast<For*>(s)); break;
        case StmtKind::AsyncFor: async_for_stmt(static_cast<AsyncFor*>(s)); break;
        case StmtKind::While: while_stmt(static_cast<While*>(s)); break;
        case StmtKind::If: if_stmt(static_cast<If*>(s)); break;
        case StmtKind::With: with_stmt(static_cast<With*>(s), 0); break;
        case StmtKind::AsyncWith: with_stmt(static_cast<AsyncWith*>(s), 0); break;
        case StmtKind::Match: match_stmt(static_cast<Match*>(s)); break;
        case StmtKind::Raise: {
            auto* r = static_cast<Raise*>(s);
            uint32_t n = 0;
            if (r->exc) {
                expr(r->exc);
                ++n;
                if (r->cause) {
                    expr(r->cause);
                    ++n;
                }
            }
            emit(Op::RAISE_VARARGS, n);
            break;
        }
        case StmtKind::Try: try_stmt(static_cast<Try*>(s)); break;
        case StmtKind::TryStar: try_star(static_cast<Try*>(s)); break;
        case StmtKind::Assert: {
            auto* a = static_cast<Assert*>(s);
            if (auto* t = a->test->as<Tuple>(); t && !t->elts.empty())
                warn_at(a, "assertion is always true, perhaps remove parentheses?");
            if (t_optimize >= 1)
                break;  // -O: no assertions
            int end = new_label();
            jump_if(a->test, end, true);
            emit(Op::LOAD_ASSERTION_ERROR);
            if (a->msg) {
                emit(Op::PUSH_NULL);
                expr(a->msg);
                emit(Op::CALL, 1);
            }
            emit(Op::RAISE_VARARGS, 1);
            bind(end);
            break;
        }
        case StmtKind::Import: import_stmt(static_cast<Import*>(s)); break;
        case StmtKind::ImportFrom: import_from(static_cast<ImportFrom*>(s)); break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
        case StmtKind::Pass: emit(Op::NOP); break;
        case StmtKind::Expr: {
            Expr* value = static_cast<ExprStmt*>(s)->value;
            if (m_interactive && m_unit->scope->kind == ScopeKind::Module) {
                expr(value);
                emit(Op::PRINT_EXPR);
                break;
            }
            if (value->is<Constant>()) {
                emit(Op::NOP);
                break;
            }
            expr(value);
            emit(Op::POP_TOP);
            break;
        }
        case StmtKind::Break: break_stmt(s); break;
        case StmtKind::Continue: continue_stmt(s); break;
        case StmtKind::TypeAlias: type_alias(static_cast<TypeAlias*>(s)); break;
        }
        m_unit->position = saved;
    }

    void decorators(const std::vector<Expr*>& list)
    {
        for (Expr* d : list)
            callable(d);
    }
    void apply_decorators(const std::vector<Expr*>& list)
    {
        for (size_t i = list.size(); i-- > 0;) {
            set_position(list[i]);
            emit(Op::CALL, 1);
        }
    }

    // Pushes the callable and its (empty) self slot.
    void callable(Expr* e)
    {
        if (auto* name = e->as<Name>()) {
            Scope* scope = m_unit->scope;
            Resolution r = resolve(mangled(name->id));
            bool optimized = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension ||
                m_unit->fast_hidden.count(mangled(name->id));
            if (r == Resolution::GlobalExplicit || (r == Resolution::GlobalImplicit && optimized && !scope->can_see_class_scope)) {
                set_position(e);
                emit(Op::LOAD_GLOBAL, (add_name(mangled(name->id)) << 1) | 1);
                return;
            }
        }
        expr(e);
        emit(Op::PUSH_NULL);
    }

    // Builds a function object for `scope` with the given code unit already generated.
    void make_closure(Unit* child, Ref<CodeObject> code, uint32_t flags)
    {
        if (!child->frees.empty()) {
            for (const std::string& name : child->frees) {
                auto it = m_unit->deref_index.find(name);
                if (it == m_unit->deref_index.end()) {
                    fail(nullptr, "internal compiler error: free variable " + name + " not found in enclosing scope");
                    return;
                }
                emit(Op::LOAD_CLOSURE, uint32_t(it->second));
            }
            emit(Op::BUILD_TUPLE, uint32_t(child->frees.size()));
            flags |= 8;
        }
        emit(Op::LOAD_CONST, add_const(std::move(code).value(), ""));
        emit(Op::MAKE_FUNCTION, flags);
    }

    // Emits defaults and kw-defaults; returns MAKE_FUNCTION flags.
    uint32_t function_defaults(Arguments* args)
    {
        uint32_t flags = 0;
        if (!args->defaults.empty()) {
            for (Expr* d : args->defaults)
                expr(d);
            emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
            flags |= 1;
        }
        uint32_t count = 0;
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            if (Expr* d = args->kw_defaults[i]) {
                emit(Op::LOAD_CONST, const_str(mangled(args->kwonlyargs[i]->arg)));
                expr(d);
                ++count;
            }
        }
        if (count) {
            emit(Op::BUILD_MAP, count);
            flags |= 2;
        }
        return flags;
    }

    bool future_annotations() const { return m_symbols.future_flags() & CO_FUTURE_ANNOTATIONS; }

    // PEP 563: the annotation's text, as CPython's unparser writes it, instead of its value.
    void annotation_string(Expr* annotation)
    {
        auto text = unparse_annotation(annotation);
        if (text.is_error()) {
            // (Only repr() of an int literal too long for a string fails: its ValueError stays raised.)
            fail(annotation, "annotation");
            return;
        }
        emit(Op::LOAD_CONST, add_const(Value(str_from_utf8(text.value())), "s" + text.value()));
    }

    uint32_t function_annotations(Arguments* args, Expr* returns)
    {
        uint32_t count = 0;
        auto annotate = [&](Arg* a) {
            if (a && a->annotation) {
                emit(Op::LOAD_CONST, const_str(mangled(a->arg)));
                if (future_annotations()) {
                    annotation_string(a->annotation);
                } else if (auto* starred = a->annotation->as<Starred>()) {
                    // *args: *Ts (PEP 646): the annotation is the one item that unpacking Ts gives.
                    expr(starred->value);
                    emit(Op::UNPACK_SEQUENCE, 1);
                } else {
                    expr(a->annotation);
                }
                ++count;
            }
        };
        // (CPython's order: the positional-or-keyword parameters come before the positional-only ones.)
        for (Arg* a : args->args)
            annotate(a);
        for (Arg* a : args->posonlyargs)
            annotate(a);
        annotate(args->vararg);
        for (Arg* a : args->kwonlyargs)
            annotate(a);
        annotate(args->kwarg);
        if (returns) {
            emit(Op::LOAD_CONST, const_str("return"));
            if (future_annotations())
                annotation_string(returns);
            else
                expr(returns);
            ++count;
        }
        if (!count)
            return 0;
        emit(Op::BUILD_TUPLE, count * 2);
        return 4;
    }

    std::string child_qualname(const std::string& name)
    {
        Unit* u = m_unit;
        // A def or class whose name the enclosing scope declares `global` is named as a module-level one.
        if (u->scope->kind != ScopeKind::Module && u->scope->resolve(name) == Resolution::GlobalExplicit)
            return name;
        // PEP 695 annotation scopes do not show in qualified names: class C: def m[T]() is C.m.
        while (u->parent && u->scope->name.rfind("<generic parameters of ", 0) == 0)
            u = u->parent;
        if (u->scope->kind == ScopeKind::Module)
            return name;
        if (u->scope->kind == ScopeKind::Function || u->scope->kind == ScopeKind::Comprehension)
            return u->qualname + ".<locals>." + name;
        return u->qualname + "." + name;
    }

    void prologue(Unit* u)
    {
        for (int index : u->cell_params)
            emit(Op::MAKE_CELL, uint32_t(index));
        for (size_t i = 0; i < u->cells.size(); ++i)
            emit(Op::MAKE_CELL, uint32_t(u->nlocals + int(i)));
        if (!u->frees.empty())
            emit(Op::COPY_FREE_VARS, uint32_t(u->frees.size()));
    }

    template<class Def>
    void function_def(Def* f)
    {
        constexpr bool is_async = std::is_same_v<Def, AsyncFunctionDef>;
        if (debug_parameter(f->args))
            return;
        decorators(f->decorator_list);
        uint32_t flags = function_defaults(f->args);
        bool generic = !f->type_params.empty();
        uint32_t generic_args = ((flags & 1) ? 1 : 0) + ((flags & 2) ? 1 : 0);
        if (generic) {
            // def f[T](...): the function is made inside an annotation scope that creates T; the defaults,
            // evaluated outside, come in as its parameters.
            enter_annotation_scope(&f->type_params, f->name, f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno);
            m_unit->argcount = int(generic_args);
            type_params(f->type_params);
            for (uint32_t i = 0; i < generic_args; ++i)
                emit(Op::LOAD_FAST, i);
        }
        flags |= function_annotations(f->args, f->returns);
        Scope* scope = m_symbols.scope_for(f);
        std::string qualname = child_qualname(f->name);
        enter_unit(scope, f->name, qualname, f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno);
        Unit* u = m_unit;
        u->argcount = int(f->args->posonlyargs.size() + f->args->args.size());
        u->posonlyargcount = int(f->args->posonlyargs.size());
        u->kwonlyargcount = int(f->args->kwonlyargs.size());
        u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if (f->args->vararg)
            u->flags |= CO_VARARGS;
        if (f->args->kwarg)
            u->flags |= CO_VARKEYWORDS;
        if (is_async && scope->is_generator)
            u->flags |= CO_ASYNC_GENERATOR;
        else if (is_async)
            u->flags |= CO_COROUTINE;
        else if (scope->is_generator)
            u->flags |= CO_GENERATOR;
        if (m_unit->parent && m_unit->parent->scope->kind != ScopeKind::Module)
            u->flags |= CO_NESTED;
        const std::string* doc = docstring_of(f->body);
        if (doc) {
            add_const(Value(str_from_utf8(*doc)), "");
            u->flags |= CO_HAS_DOCSTRING;
        }
        u->position = Position { f->lineno, f->lineno, f->col_offset, f->col_offset };
        prologue(u);
        // The docstring is no statement of the body (CPython compiles no code, so no line, for it).
        body(doc ? std::vector<Stmt*>(f->body.begin() + 1, f->body.end()) : f->body);
        if (!error) {
            m_unit->position = Position { -1, -1, -1, -1 };
            emit(Op::RETURN_CONST, const_none());
        }
        if (!generic) {
            finish_child(f->name, flags, f);
            return;
        }
        finish_child(f->name, flags, nullptr);
        emit(Op::SWAP, 2);
        emit(Op::CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
        call_annotation_scope(generic_args, f);
        apply_decorators(f->decorator_list);
        set_position(f);
        name_op(f->name, Access::Store);
    }

    // PEP 695. An annotation scope: a function-like unit, named "<generic parameters of NAME>", where the type
    // parameters are created and what can see them (annotations, bases, the alias value) is built.
    void enter_annotation_scope(const void* node, const std::string& name, int lineno)
    {
        Scope* scope = m_symbols.scope_for(node);
        enter_unit(scope, scope->name, child_qualname(scope->name), lineno);
        m_unit->flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if (m_unit->parent && m_unit->parent->scope->kind != ScopeKind::Module)
            m_unit->flags |= CO_NESTED;
        prologue(m_unit);
        (void)name;
    }

    // Ends the annotation scope (its result is on the stack) and calls it with the `args` values that were
    // pushed before it was made (the defaults of a generic function).
    void call_annotation_scope(uint32_t args, const Node* node)
    {
        emit(Op::RETURN_VALUE);
        std::unique_ptr<Unit> child = leave_unit();
        if (error)
            return;
        auto code = assemble(*child, m_filename);
        if (!code) {
            fail(node, "internal compiler error");
            return;
        }
        make_closure(child.get(), std::move(code), 0);
        // The stack is [args..., scope function]; a call wants [function, NULL, args...].
        if (args == 0) {
            emit(Op::PUSH_NULL);
        } else if (args == 1) {
            emit(Op::SWAP, 2);
            emit(Op::PUSH_NULL);
            emit(Op::SWAP, 2);
        } else {
            emit(Op::SWAP, 3);
            emit(Op::SWAP, 2);
            emit(Op::PUSH_NULL);
            emit(Op::SWAP, 3);
            emit(Op::SWAP, 2);
        }
        emit(Op::CALL, args);
    }

    // A function-like unit that returns `value` when called: a TypeVar's lazily evaluated bound or a type
    // alias's value. Leaves the function on the stack.
    void lazy_value(const void* node, const std::string& name, Expr* value)
    {
        Scope* scope = m_symbols.scope_for(node);
        enter_unit(scope, name, child_qualname(name), value->lineno);
        m_unit->flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if (m_unit->parent && m_unit->parent->scope->kind != ScopeKind::Module)
            m_unit->flags |= CO_NESTED;
        prologue(m_unit);
        expr(value);
        set_position(value);
        emit(Op::RETURN_VALUE);
        std::unique_ptr<Unit> child = leave_unit();
        if (error)
            return;
        auto code = assemble(*child, m_filename);
        make_closure(child.get(), std::move(code), 0);
    }

    // Creates the type parameters in the current annotation scope, stores each under its name and leaves the
    // tuple of them on the stack.
    void type_params(const std::vector<TypeParam*>& params)
    {
        for (TypeParam* p : params) {
            set_position(p);
            std::string name;
            if (auto* t = p->as<TypeVar>()) {
                name = t->name;
                emit(Op::LOAD_CONST, const_str(name));
                if (t->bound) {
                    lazy_value(t, name, t->bound);
                    set_position(p);
                    emit(Op::CALL_INTRINSIC_2, t->bound->is<Tuple>() ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND);
                } else {
                    emit(Op::CALL_INTRINSIC_1, INTRINSIC_TYPEVAR);
                }
            } else if (auto* ps = p->as<ParamSpec>()) {
                name = ps->name;
                emit(Op::LOAD_CONST, const_str(name));
                emit(Op::CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC);
            } else {
                name = static_cast<TypeVarTuple*>(p)->name;
                emit(Op::LOAD_CONST, const_str(name));
                emit(Op::CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE);
            }
            emit(Op::COPY, 1);
            name_op(name, Access::Store);
        }
        emit(Op::BUILD_TUPLE, uint32_t(params.size()));
    }

    // type X[T] = value: a TypeAliasType whose value is computed when first asked for.
    void type_alias(TypeAlias* t)
    {
        auto* target = t->name->as<Name>();
        if (!target) {
            fail(t, "the name of a type alias must be a name");
            return;
        }
        bool generic = !t->type_params.empty();
        if (generic) {
            enter_annotation_scope(&t->type_params, target->id, t->lineno);
            emit(Op::LOAD_CONST, const_str(target->id));
            type_params(t->type_params);
        } else {
            emit(Op::LOAD_CONST, const_str(target->id));
            emit(Op::LOAD_CONST, const_none());
        }
        lazy_value(t->value, target->id, t->value);
        set_position(t);
        emit(Op::BUILD_TUPLE, 3);
        emit(Op::CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS);
        if (generic)
            call_annotation_scope(0, t);
        set_position(t);
        name_op(target->id, Access::Store);
    }

    void finish_child(const std::string& store_name, uint32_t flags, Stmt* def)
    {
        std::unique_ptr<Unit> child = leave_unit();
        if (error)
            return;
        auto code = assemble(*child, m_filename);
        if (!code) {
            fail(def, "internal compiler error");
            return;
        }
        if (def)
            set_position(def);
        make_closure(child.get(), std::move(code), flags);
        if (def) {
            std::vector<Expr*>* decorator_list = nullptr;
            if (auto* f = def->as<FunctionDef>())
                decorator_list = &f->decorator_list;
            else if (auto* af = def->as<AsyncFunctionDef>())
                decorator_list = &af->decorator_list;
            else if (auto* c = def->as<ClassDef>())
                decorator_list = &c->decorator_list;
            if (decorator_list)
                apply_decorators(*decorator_list);
            set_position(def);
            name_op(store_name, Access::Store);
        }
    }

    void class_def(ClassDef* c)
    {
        decorators(c->decorator_list);
        bool generic = !c->type_params.empty();
        if (generic) {
            // class C[T](bases): built inside an annotation scope; Generic[T] is appended to the bases and the
            // body stores the parameters as __type_params__.
            enter_annotation_scope(&c->type_params, c->name, c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno);
            type_params(c->type_params);
            name_op(".type_params", Access::Store);
        }
        emit(Op::LOAD_BUILD_CLASS);
        emit(Op::PUSH_NULL);
        Scope* scope = m_symbols.scope_for(c);
        std::string qualname = child_qualname(c->name);
        enter_unit(scope, c->name, qualname, c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno);
        Unit* u = m_unit;
        u->position = Position { c->lineno, c->lineno, c->col_offset, c->col_offset };
        prologue(u);
        if (scope->needs_classdict) {
            emit(Op::LOAD_LOCALS);
            emit(Op::STORE_DEREF, uint32_t(u->deref_index["__classdict__"]));
        }
        emit(Op::LOAD_NAME, add_name("__name__"));
        emit(Op::STORE_NAME, add_name("__module__"));
        emit(Op::LOAD_CONST, const_str(qualname));
        emit(Op::STORE_NAME, add_name("__qualname__"));
        if (scope->has_annotations)
            emit(Op::SETUP_ANNOTATIONS);
        if (generic) {
            name_op(".type_params", Access::Load);
            emit(Op::STORE_NAME, add_name("__type_params__"));
        }
        if (const std::string* doc = docstring_of(c->body)) {
            emit(Op::LOAD_CONST, add_const(Value(str_from_utf8(*doc)), ""));
            emit(Op::STORE_NAME, add_name("__doc__"));
        }
        body(c->body);
        if (error) {
            leave_unit();
            return;
        }
        u->position = Position { -1, -1, -1, -1 };
        if (scope->needs_class_cell) {
            emit(Op::LOAD_CLOSURE, uint32_t(u->deref_index["__class__"]));
            emit(Op::COPY, 1);
            emit(Op::STORE_NAME, add_name("__classcell__"));
            emit(Op::RETURN_VALUE);
        } else {
            emit(Op::RETURN_CONST, const_none());
        }
        std::unique_ptr<Unit> child = leave_unit();
        auto code = assemble(*child, m_filename);
        set_position(c);
        make_closure(child.get(), std::move(code), 0);
        emit(Op::LOAD_CONST, const_str(c->name));
        if (invalid_keywords(c->keywords))
            return;
        bool starred = false;
        for (Expr* base : c->bases)
            starred |= base->is<Starred>();
        if (starred) {
            // class C(*bases): __build_class__(func, name, *bases, **keywords); a generic class appends
            // Generic[T] to the list before it becomes the argument tuple.
            sequence(c->bases, Op::BUILD_TUPLE, !generic, 2);
            if (generic) {
                name_op(".type_params", Access::Load);
                emit(Op::CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
                emit(Op::LIST_APPEND, 1);
                emit(Op::LIST_TO_TUPLE);
            }
            if (!c->keywords.empty())
                keywords_dict(c->keywords);
            set_position(c);
            emit(Op::CALL_FUNCTION_EX, c->keywords.empty() ? 0 : 1);
        } else {
            for (Expr* base : c->bases)
                expr(base);
            if (generic) {
                name_op(".type_params", Access::Load);
                emit(Op::CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
            }
            call_tail(c->bases.size() + 2 + (generic ? 1 : 0), c->keywords, c);
        }
        if (generic)
            call_annotation_scope(0, c);
        apply_decorators(c->decorator_list);
        set_position(c);
        name_op(c->name, Access::Store);
    }

    // Emits keyword arguments and the call, given `positional` arguments already on the stack.
    void call_tail(size_t positional, const std::vector<Keyword*>& keywords, const Node* node)
    {
        bool has_double_star = false;
        for (Keyword* k : keywords)
            has_double_star |= k->arg.empty();
        if (has_double_star) {
            // Pack everything: positional args into a tuple, keywords into a dict.
            emit(Op::BUILD_TUPLE, uint32_t(positional));
            keywords_dict(keywords);
            set_position(node);
            emit(Op::CALL_FUNCTION_EX, 1);
            return;
        }
        if (keywords.empty()) {
            set_position(node);
            emit(Op::CALL, uint32_t(positional));
            return;
        }
        Ref<TupleObject> names = tuple_new(int64_t(keywords.size()));
        for (size_t i = 0; i < keywords.size(); ++i) {
            expr(keywords[i]->value);
            names->items[i] = Value(str_intern(keywords[i]->arg));
        }
        emit(Op::LOAD_CONST, add_const(std::move(names).value(), ""));
        set_position(node);
        emit(Op::CALL_KW, uint32_t(positional + keywords.size()));
    }

    void keywords_dict(const std::vector<Keyword*>& keywords)
    {
        bool have_dict = false;
        uint32_t pending = 0;
        auto flush = [&]() {
            if (!pending)
                return;
            emit(Op::BUILD_MAP, pending);
            if (have_dict)
                emit(Op::DICT_MERGE, 1);
            have_dict = true;
            pending = 0;
        };
        for (Keyword* k : keywords) {
            if (k->arg.empty()) {
                flush();
                if (!have_dict) {
                    emit(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                expr(k->value);
                emit(Op::DICT_MERGE, 1);
            } else {
                emit(Op::LOAD_CONST, const_str(k->arg));
                expr(k->value);
                ++pending;
            }
        }
        flush();
    }

    void return_stmt(Return* r)
    {
        Scope* scope = m_unit->scope;
        if (scope->kind != ScopeKind::Function) {
            fail(r, "'return' outside function");
            return;
        }
        for (auto& b : m_unit->fblocks) {
            if (b.kind == FBlockKind::ExceptStar) {
                fail(r, "'break', 'continue' and 'return' cannot appear in an except* block");
                return;
            }
        }
        if (r->value && (m_unit->flags & CO_ASYNC_GENERATOR)) {
            fail(r, "'return' with value in async generator");
            return;
        }
        bool constant = !r->value || r->value->is<Constant>();
        if (r->value && !constant)
            expr(r->value);
        unwind_all(!constant);
        if (!r->value) {
            emit(Op::RETURN_CONST, const_none());
        } else if (constant) {
            set_position(r->value);
            auto* c = r->value->as<Constant>();
            auto value = constant_value(c->value, c);
            if (!value)
                return;
            emit(Op::RETURN_CONST, add_const(std::move(*value), constant_key(c->value)));
        } else {
            emit(Op::RETURN_VALUE);
        }
    }

    // Emits what leaving every enclosing block needs (finally bodies, exception state, iterators).
    void unwind_all(bool preserve_tos)
    {
        auto& blocks = m_unit->fblocks;
        std::vector<FBlock> saved = blocks;
        while (!blocks.empty()) {
            FBlock block = blocks.back();
            blocks.pop_back();
            unwind_block(block, preserve_tos);
            if (error)
                break;
        }
        blocks = saved;
    }

    void unwind_block(const FBlock& block, bool preserve_tos)
    {
        switch (block.kind) {
        case FBlockKind::WhileLoop: break;
        case FBlockKind::ForLoop:
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            break;
        case FBlockKind::TryExcept: emit(Op::POP_BLOCK); break;
        case FBlockKind::FinallyTry:
            emit(Op::POP_BLOCK);
            if (preserve_tos)
                m_unit->fblocks.push_back({ FBlockKind::PopValue });
            body(*block.finalbody);
            if (preserve_tos)
                m_unit->fblocks.pop_back();
            break;
        case FBlockKind::FinallyEnd:
            // The stack holds [previous, exception]; drop both and restore the handled exception.
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            emit(Op::POP_BLOCK);
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            break;
        case FBlockKind::With:
        case FBlockKind::AsyncWith:
            emit(Op::POP_BLOCK);
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::LOAD_CONST, const_none());
            emit(Op::LOAD_CONST, const_none());
            emit(Op::LOAD_CONST, const_none());
            emit(Op::CALL, 2);
            if (block.kind == FBlockKind::AsyncWith)
                await_top();
            emit(Op::POP_TOP);
            break;
        case FBlockKind::HandlerCleanup:
            if (block.named)
                emit(Op::POP_BLOCK);
            emit(Op::POP_BLOCK);
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            if (block.named) {
                emit(Op::LOAD_CONST, const_none());
                name_op(block.handler_name, Access::Store);
                name_op(block.handler_name, Access::Delete);
            }
            break;
        case FBlockKind::ExceptStar: break;
        case FBlockKind::PopValue:
            if (preserve_tos)
                emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            break;
        }
    }

    // Unwinds to the innermost loop; returns it, or null when there is none.
    std::optional<FBlock> unwind_to_loop()
    {
        auto& blocks = m_unit->fblocks;
        std::vector<FBlock> saved = blocks;
        for (size_t i = blocks.size(); i-- > 0;) {
            FBlock block = blocks[i];
            if (block.kind == FBlockKind::WhileLoop || block.kind == FBlockKind::ForLoop) {
                blocks = saved;
                return block;
            }
            blocks.resize(i);
            unwind_block(block, false);
        }
        blocks = saved;
        return std::nullopt;
    }

    bool in_except_star(Stmt* s)
    {
        // Innermost first: a loop inside the except* clause may be left with break/continue.
        for (size_t i = m_unit->fblocks.size(); i-- > 0;) {
            FBlockKind kind = m_unit->fblocks[i].kind;
            if (kind == FBlockKind::ExceptStar) {
                fail(s, "'break', 'continue' and 'return' cannot appear in an except* block");
                return true;
            }
            if (kind == FBlockKind::WhileLoop || kind == FBlockKind::ForLoop)
                return false;
        }
        return false;
    }

    void break_stmt(Stmt* s)
    {
        if (in_except_star(s))
            return;
        // Check there is a loop before emitting any unwinding code.
        bool in_loop = false;
        for (auto& b : m_unit->fblocks)
            in_loop |= b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop;
        if (!in_loop) {
            fail(s, "'break' outside loop");
            return;
        }
        auto loop = unwind_to_loop();
        if (loop->kind == FBlockKind::ForLoop)
            emit(Op::POP_TOP);
        emit_jump(Op::JUMP, loop->break_label);
    }

    void continue_stmt(Stmt* s)
    {
        if (in_except_star(s))
            return;
        bool in_loop = false;
        for (auto& b : m_unit->fblocks)
            in_loop |= b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop;
        if (!in_loop) {
            fail(s, "'continue' not properly in loop");
            return;
        }
        auto loop = unwind_to_loop();
        emit_jump(Op::JUMP, loop->continue_label);
    }

    // a, b = x, y (and three items): evaluate, reorder with SWAP and store, without building a tuple
    // (CPython's optimizer does the same).
    bool swap_assign(Assign* a)
    {
        if (a->targets.size() != 1)
            return false;
        auto* value = a->value->as<Tuple>();
        Expr* target = a->targets[0];
        std::vector<Expr*>* targets = nullptr;
        if (auto* t = target->as<Tuple>())
            targets = &t->elts;
        else if (auto* l = target->as<List>())
            targets = &l->elts;
        if (!value || !targets || targets->size() != value->elts.size() || (targets->size() != 2 && targets->size() != 3))
            return false;
        for (Expr* e : value->elts) {
            if (e->is<Starred>())
                return false;
        }
        for (Expr* e : *targets) {
            if (e->is<Starred>())
                return false;
        }
        for (Expr* e : value->elts)
            expr(e);
        set_position(a);
        emit(Op::SWAP, uint32_t(targets->size()));
        for (Expr* e : *targets)
            store_target(e);
        return true;
    }

    void aug_assign(AugAssign* a)
    {
        uint32_t op = uint32_t(binary_op_of(a->op)) + INPLACE_OFFSET;
        Expr* target = a->target;
        if (auto* name = target->as<Name>()) {
            set_position(target);
            if (forbidden_name(name->id, Access::Store))
                return;
            name_op(name->id, Access::Load);
            expr(a->value);
            set_position(a);
            emit(Op::BINARY_OP, op);
            name_op(name->id, Access::Store);
        } else if (auto* attr = target->as<Attribute>()) {
            expr(attr->value);
            emit(Op::COPY, 1);
            set_position(attr);
            emit(Op::LOAD_ATTR, add_name(mangled(attr->attr)));
            expr(a->value);
            set_position(a);
            emit(Op::BINARY_OP, op);
            emit(Op::SWAP, 2);
            emit(Op::STORE_ATTR, add_name(mangled(attr->attr)));
        } else if (auto* sub = target->as<Subscript>()) {
            expr(sub->value);
            expr(sub->slice);
            emit(Op::COPY, 2);
            emit(Op::COPY, 2);
            set_position(sub);
            emit(Op::BINARY_SUBSCR);
            expr(a->value);
            set_position(a);
            emit(Op::BINARY_OP, op);
            emit(Op::SWAP, 3);
            emit(Op::SWAP, 2);
            emit(Op::STORE_SUBSCR);
        } else {
            fail(target, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
        }
    }

    void ann_assign(AnnAssign* a)
    {
        // The assignment first, then (where it is kept) the annotation, as CPython's compiler_annassign.
        if (a->value) {
            expr(a->value);
            store_target(a->target);
        }
        set_position(a);
        if (auto* name = a->target->as<Name>(); name && forbidden_name(name->id, Access::Store))
            return;
        if (auto* attr = a->target->as<Attribute>(); attr && forbidden_name(attr->attr, Access::Store))
            return;
        ScopeKind kind = m_unit->scope->kind;
        bool module_or_class = kind == ScopeKind::Module || kind == ScopeKind::Class;
        if (auto* name = a->target->as<Name>(); name && a->simple && module_or_class) {
            if (future_annotations())
                annotation_string(a->annotation);
            else
                expr(a->annotation);
            emit(Op::LOAD_NAME, add_name("__annotations__"));
            emit(Op::LOAD_CONST, const_str(mangled(name->id)));
            emit(Op::STORE_SUBSCR);
            return;
        }
        if (!a->value && !a->target->is<Name>()) {
            // `x.y: int` evaluates x (and a subscript's index), as CPython does.
            if (auto* attr = a->target->as<Attribute>()) {
                expr(attr->value);
                emit(Op::POP_TOP);
            } else if (auto* sub = a->target->as<Subscript>()) {
                expr(sub->value);
                emit(Op::POP_TOP);
                expr(sub->slice);
                emit(Op::POP_TOP);
            }
        }
        // The annotation of a target that is not stored is still evaluated in a module or class, unless
        // annotations are strings (PEP 563).
        if (!a->simple && module_or_class && !future_annotations()) {
            expr(a->annotation);
            set_position(a);
            emit(Op::POP_TOP);
        }
    }

    void for_stmt(For* f)
    {
        int start = new_label(), cleanup = new_label(), end = new_label();
        expr(f->iter);
        set_position(f->iter);
        emit(Op::GET_ITER);
        bind(start);
        set_position(f);
        emit_jump(Op::FOR_ITER, cleanup);
        m_unit->fblocks.push_back({ FBlockKind::ForLoop, start, end });
        store_target(f->target);
        body(f->body);
        m_unit->fblocks.pop_back();
        m_unit->position = Position { f->lineno, f->lineno, f->col_offset, f->col_offset };
        emit_jump(Op::JUMP, start);
        bind(cleanup);
        body(f->orelse);
        bind(end);
    }

    void while_stmt(While* w)
    {
        int start = new_label(), orelse = new_label(), end = new_label();
        auto* c = w->test->as<Constant>();
        bool always = c && (c->value.kind == ConstantValue::Kind::True || (c->value.kind == ConstantValue::Kind::Int && c->value.text != "0"));
        if (always) {
            // `while 1:` has no test; a NOP outside the loop gives its line to tracing, as in CPython.
            set_position(w->test);
            emit(Op::NOP);
        }
        bind(start);
        if (!always)
            jump_if(w->test, orelse, false);
        m_unit->fblocks.push_back({ FBlockKind::WhileLoop, start, end });
        body(w->body);
        m_unit->fblocks.pop_back();
        set_position(w->test);
        emit_jump(Op::JUMP, start);
        bind(orelse);
        body(w->orelse);
        bind(end);
    }

    void if_stmt(If* i)
    {
        int end = new_label();
        int next = i->orelse.empty() ? end : new_label();
        jump_if(i->test, next, false);
        body(i->body);
        if (!i->orelse.empty()) {
            emit_jump(Op::JUMP, end);
            bind(next);
            body(i->orelse);
        }
        bind(end);
    }

    void try_stmt(Try* t)
    {
        emit(Op::NOP);  // the `try:` line, for tracing (kept only if it has no other instruction)
        if (!t->finalbody.empty()) {
            try_finally(t);
            return;
        }
        try_except(t);
    }

    void try_finally(Try* t)
    {
        int handler = new_label(), cleanup = new_label(), end = new_label();
        emit_jump(Op::SETUP_FINALLY, handler);
        FBlock block { FBlockKind::FinallyTry };
        block.finalbody = &t->finalbody;
        m_unit->fblocks.push_back(block);
        if (!t->handlers.empty())
            try_except(t);
        else
            body(t->body);
        m_unit->fblocks.pop_back();
        emit(Op::POP_BLOCK);
        body(t->finalbody);
        emit_jump(Op::JUMP, end);
        // The exception path: [exc].
        bind(handler);
        m_unit->position = Position { -1, -1, -1, -1 };
        emit_jump(Op::SETUP_CLEANUP, cleanup);
        emit(Op::PUSH_EXC_INFO);
        m_unit->fblocks.push_back({ FBlockKind::FinallyEnd });
        body(t->finalbody);
        m_unit->fblocks.pop_back();
        m_unit->position = Position { -1, -1, -1, -1 };
        emit(Op::RERAISE, 0);
        bind(cleanup);
        emit(Op::COPY, 3);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 1);
        bind(end);
    }

    void try_except(Try* t)
    {
        int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
        emit_jump(Op::SETUP_FINALLY, handler);
        m_unit->fblocks.push_back({ FBlockKind::TryExcept });
        body(t->body);
        m_unit->fblocks.pop_back();
        emit(Op::POP_BLOCK);
        emit_jump(Op::JUMP, orelse);
        // The exception path: [exc] -> [previous, exc].
        bind(handler);
        m_unit->position = Position { -1, -1, -1, -1 };
        emit_jump(Op::SETUP_CLEANUP, cleanup);
        emit(Op::PUSH_EXC_INFO);
        for (size_t i = 0; i < t->handlers.size(); ++i) {
            auto* h = static_cast<ExceptHandler*>(t->handlers[i]);
            set_position(h);
            if (!h->type && i + 1 < t->handlers.size()) {
                fail(h, "default 'except:' must be last");
                return;
            }
            int next = new_label();
            if (h->type) {
                expr(h->type);
                emit(Op::CHECK_EXC_MATCH);
                emit_jump(Op::POP_JUMP_IF_FALSE, next);
            }
            if (!h->name.empty()) {
                int cleanup_name = new_label();
                name_op(h->name, Access::Store);
                emit_jump(Op::SETUP_CLEANUP, cleanup_name);
                FBlock block { FBlockKind::HandlerCleanup };
                block.named = true;
                block.handler_name = h->name;
                m_unit->fblocks.push_back(block);
                body(h->body);
                m_unit->fblocks.pop_back();
                m_unit->position = Position { -1, -1, -1, -1 };
                emit(Op::POP_BLOCK);
                emit(Op::POP_BLOCK);
                emit(Op::POP_EXCEPT);
                emit(Op::LOAD_CONST, const_none());
                name_op(h->name, Access::Store);
                name_op(h->name, Access::Delete);
                emit_jump(Op::JUMP, end);
                // An exception inside the handler: clear the name, then re-raise.
                bind(cleanup_name);
                emit(Op::LOAD_CONST, const_none());
                name_op(h->name, Access::Store);
                name_op(h->name, Access::Delete);
                emit(Op::RERAISE, 1);
            } else {
                emit(Op::POP_TOP);
                m_unit->fblocks.push_back({ FBlockKind::HandlerCleanup });
                body(h->body);
                m_unit->fblocks.pop_back();
                m_unit->position = Position { -1, -1, -1, -1 };
                emit(Op::POP_BLOCK);
                emit(Op::POP_EXCEPT);
                emit_jump(Op::JUMP, end);
            }
            bind(next);
        }
        m_unit->position = Position { -1, -1, -1, -1 };
        emit(Op::RERAISE, 0);
        bind(cleanup);
        emit(Op::COPY, 3);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 1);
        bind(orelse);
        body(t->orelse);
        bind(end);
    }

    // match subject: case ...: the subject stays on the stack while the cases try it in turn.
    void match_stmt(Match* m)
    {
        expr(m->subject);
        int end = new_label();
        for (size_t i = 0; i < m->cases.size(); ++i) {
            MatchCase* c = m->cases[i];
            int next = new_label();
            set_position(c->pattern);
            emit(Op::COPY, 1);
            // Only the last case, or one with a guard, may match everything (CPython's allow_irrefutable).
            std::vector<std::string> names;
            m_pattern_names = &names;
            m_allow_irrefutable = c->guard || i + 1 == m->cases.size();
            pattern(c->pattern, next);
            m_pattern_names = nullptr;
            if (error)
                return;
            if (c->guard)
                jump_if(c->guard, next, false);
            set_position(c->pattern);
            emit(Op::POP_TOP);
            body(c->body);
            emit_jump(Op::JUMP, end);
            bind(next);
        }
        emit(Op::POP_TOP);
        bind(end);
    }

    // Matches the subject on top of the stack against `p`, consuming it. On failure jumps to `fail`
    // with the subject consumed as well. Captured names are bound as the match proceeds.
    void pattern(Pattern* p, int fail)
    {
        set_position(p);
        switch (p->kind) {
        case PatternKind::MatchValue: {
            Expr* value = static_cast<MatchValue*>(p)->value;
            if (!literal_or_attribute(value)) {
                fail_at(p, "patterns may only match literals and attribute lookups");
                return;
            }
            expr(value);
            emit(Op::COMPARE_OP, uint32_t(CompareOp::Eq));
            emit_jump(Op::POP_JUMP_IF_FALSE, fail);
            break;
        }
        case PatternKind::MatchSingleton: {
            auto* singleton = static_cast<MatchSingleton*>(p);
            auto value = constant_value(singleton->value, p);
            if (!value)
                return;
            emit(Op::LOAD_CONST, add_const(std::move(*value), constant_key(singleton->value)));
            emit(Op::IS_OP, 0);
            emit_jump(Op::POP_JUMP_IF_FALSE, fail);
            break;
        }
        case PatternKind::MatchAs: {
            auto* as = static_cast<MatchAs*>(p);
            if (!as->pattern) {
                if (!m_allow_irrefutable) {
                    if (as->name.empty())
                        fail_at(p, "wildcard makes remaining patterns unreachable");
                    else
                        this->fail(p, "name capture '" + as->name + "' makes remaining patterns unreachable");
                    return;
                }
                if (as->name.empty())
                    emit(Op::POP_TOP);
                else
                    capture(as->name, p);
                break;
            }
            int failed = new_label(), done = new_label();
            emit(Op::COPY, 1);
            pattern(as->pattern, failed);
            capture(as->name, p);
            emit_jump(Op::JUMP, done);
            bind(failed);
            emit(Op::POP_TOP);
            emit_jump(Op::JUMP, fail);
            bind(done);
            break;
        }
        case PatternKind::MatchOr: {
            auto* alternatives = static_cast<MatchOr*>(p);
            int success = new_label();
            // Every alternative binds the same names; only the last may be irrefutable.
            std::vector<std::string>* outer_names = m_pattern_names;
            bool allow_irrefutable = m_allow_irrefutable;
            std::vector<std::string> first_names;
            for (size_t i = 0; i < alternatives->patterns.size(); ++i) {
                Pattern* alternative = alternatives->patterns[i];
                bool last = i + 1 == alternatives->patterns.size();
                std::vector<std::string> names;
                if (outer_names)
                    names = *outer_names;
                m_pattern_names = &names;
                m_allow_irrefutable = last && allow_irrefutable;
                int next = last ? fail : new_label();
                if (!last)
                    emit(Op::COPY, 1);
                pattern(alternative, next);
                m_pattern_names = outer_names;
                m_allow_irrefutable = allow_irrefutable;
                if (error)
                    return;
                if (i == 0) {
                    first_names = names;
                } else {
                    std::vector<std::string> a = first_names, b = names;
                    std::sort(a.begin(), a.end());
                    std::sort(b.begin(), b.end());
                    if (a != b) {
                        fail_at(p, "alternative patterns bind different names");
                        return;
                    }
                }
                if (!last) {
                    emit(Op::POP_TOP);
                    emit_jump(Op::JUMP, success);
                    bind(next);
                }
            }
            if (outer_names)
                *outer_names = first_names;
            bind(success);
            break;
        }
        case PatternKind::MatchSequence: sequence_pattern(static_cast<MatchSequence*>(p), fail); break;
        case PatternKind::MatchMapping: mapping_pattern(static_cast<MatchMapping*>(p), fail); break;
        case PatternKind::MatchClass: class_pattern(static_cast<MatchClass*>(p), fail); break;
        case PatternKind::MatchStar: fail_at(p, "can't use starred name here"); break;
        }
    }

    void fail_at(const Node* node, const char* message) { fail(node, message); }

    // The sub-patterns of a sequence, mapping or class pattern may match anything.
    struct SubPatterns {
        bool& flag;
        bool saved;
        explicit SubPatterns(bool& f) : flag(f), saved(f) { f = true; }
        ~SubPatterns() { flag = saved; }
    };

    // The names a case's pattern binds so far (CPython's pc->stores) and whether it may be irrefutable here.
    std::vector<std::string>* m_pattern_names = nullptr;
    bool m_allow_irrefutable = true;

    void capture(const std::string& name, const Node* p)
    {
        if (m_pattern_names) {
            if (std::find(m_pattern_names->begin(), m_pattern_names->end(), name) != m_pattern_names->end()) {
                fail(p, "multiple assignments to name '" + name + "' in pattern");
                return;
            }
            m_pattern_names->push_back(name);
        }
        name_op(name, Access::Store);
    }

    // What value patterns and mapping keys may be: literals (numbers with a sign or an imaginary part
    // included, as CPython folds them) and dotted names.
    static bool literal_or_attribute(Expr* e)
    {
        if (e->is<Constant>() || e->is<Attribute>())
            return true;
        if (auto* u = e->as<UnaryOp>())
            return u->op == UnaryOperator::USub && literal_or_attribute(u->operand) && !u->operand->is<Attribute>();
        if (auto* b = e->as<BinOp>())
            return (b->op == Operator::Add || b->op == Operator::Sub) && literal_or_attribute(b->left) && b->right->is<Constant>();
        return false;
    }

    // The value of a literal mapping key (for the duplicate check), or null for an attribute lookup.
    std::optional<Value> literal_value(Expr* e)
    {
        if (auto* c = e->as<Constant>())
            return constant_value(c->value, c);
        if (auto* u = e->as<UnaryOp>()) {
            auto operand = literal_value(u->operand);
            if (!operand)
                return std::nullopt;
            auto negated = binary_op(Val(Value(int_from_int64(0)).get()), operand->get(), BinaryOp::Sub);
            if (negated.is_error()) {
                clear_error();
                return std::nullopt;
            }
            return negated.release_value();
        }
        if (auto* b = e->as<BinOp>()) {
            auto left = literal_value(b->left), right = literal_value(b->right);
            if (!left || !right)
                return std::nullopt;
            auto sum = binary_op(left->get(), right->get(), b->op == Operator::Add ? BinaryOp::Add : BinaryOp::Sub);
            if (sum.is_error()) {
                clear_error();
                return std::nullopt;
            }
            return sum.release_value();
        }
        return std::nullopt;
    }

    // Pops the subject left on the stack, then jumps to `fail` (the failure exit of a compound pattern).
    void bind_failure(int here, int pops, int fail)
    {
        bind(here);
        for (int i = 0; i < pops; ++i)
            emit(Op::POP_TOP);
        emit_jump(Op::JUMP, fail);
    }

    void sequence_pattern(MatchSequence* s, int fail)
    {
        SubPatterns sub_patterns(m_allow_irrefutable);
        auto& items = s->patterns;
        size_t star = items.size();
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i]->is<MatchStar>()) {
                if (star != items.size()) {
                    fail_at(items[i], "multiple starred names in sequence pattern");
                    return;
                }
                star = i;
            }
        }
        int failed = new_label(), done = new_label();
        emit(Op::MATCH_SEQUENCE);
        emit_jump(Op::POP_JUMP_IF_FALSE, failed);
        bool has_star = star != items.size();
        // As CPython: a lone starred item ([*rest]) checks no length (len() is not even called).
        if (!(has_star && items.size() == 1)) {
            emit(Op::GET_LEN);
            emit(Op::LOAD_CONST, const_int(int64_t(has_star ? items.size() - 1 : items.size())));
            emit(Op::COMPARE_OP, uint32_t(has_star ? CompareOp::Ge : CompareOp::Eq));
            emit_jump(Op::POP_JUMP_IF_FALSE, failed);
        }
        size_t after = has_star ? items.size() - star - 1 : 0;
        for (size_t i = 0; i < items.size(); ++i) {
            Pattern* item = items[i];
            if (i == star) {
                auto* star_pattern = static_cast<MatchStar*>(item);
                if (star_pattern->name.empty())
                    continue;
                // The starred name gets a list of the middle items.
                emit(Op::BUILD_LIST, 0);
                emit(Op::COPY, 2);
                emit(Op::LOAD_CONST, const_int(int64_t(star)));
                if (after)
                    emit(Op::LOAD_CONST, const_int(-int64_t(after)));
                else
                    emit(Op::LOAD_CONST, const_none());
                emit(Op::BINARY_SLICE);
                emit(Op::LIST_EXTEND, 1);
                capture(star_pattern->name, star_pattern);
                continue;
            }
            if (auto* as = item->as<MatchAs>(); as && !as->pattern && as->name.empty())
                continue;  // `_` needs no item
            emit(Op::COPY, 1);
            if (i < star) {
                emit(Op::LOAD_CONST, const_int(int64_t(i)));
            } else {
                // After the star: len(subject) - k, a non-negative index (the sequence sees no negative ones).
                emit(Op::GET_LEN);
                emit(Op::LOAD_CONST, const_int(int64_t(items.size() - i)));
                emit(Op::BINARY_OP, uint32_t(BinaryOp::Sub));
            }
            emit(Op::BINARY_SUBSCR);
            pattern(item, failed);
        }
        emit(Op::POP_TOP);
        emit_jump(Op::JUMP, done);
        bind_failure(failed, 1, fail);
        bind(done);
    }

    void mapping_pattern(MatchMapping* m, int fail)
    {
        Ref<DictObject> seen = dict_new();
        for (Expr* key : m->keys) {
            if (!literal_or_attribute(key)) {
                fail_at(m, "mapping pattern keys may only match literals and attribute lookups");
                return;
            }
            std::optional<Value> value = literal_value(key);
            if (!value)
                continue;
            auto found = dict_get(seen.get(), value->get());
            if (found.is_error()) {
                clear_error();
                continue;
            }
            if (found.value()) {
                auto text = repr_utf8(value->get());
                this->fail(m, "mapping pattern checks duplicate key (" + (text.is_error() ? std::string("?") : text.value()) + ")");
                clear_error();
                return;
            }
            (void)dict_set(seen.get(), value->get(), none());
        }
        SubPatterns sub_patterns(m_allow_irrefutable);
        int failed = new_label(), failed_with_keys = new_label(), done = new_label();
        emit(Op::MATCH_MAPPING);
        emit_jump(Op::POP_JUMP_IF_FALSE, failed);
        if (!m->keys.empty()) {
            emit(Op::GET_LEN);
            emit(Op::LOAD_CONST, const_int(int64_t(m->keys.size())));
            emit(Op::COMPARE_OP, uint32_t(CompareOp::Ge));
            emit_jump(Op::POP_JUMP_IF_FALSE, failed);
        }
        for (Expr* key : m->keys)
            expr(key);
        emit(Op::BUILD_TUPLE, uint32_t(m->keys.size()));
        emit(Op::MATCH_KEYS);
        emit(Op::COPY, 1);
        emit_jump(Op::POP_JUMP_IF_NONE, failed_with_keys);
        for (size_t i = 0; i < m->patterns.size(); ++i) {
            emit(Op::COPY, 1);
            emit(Op::LOAD_CONST, const_int(int64_t(i)));
            emit(Op::BINARY_SUBSCR);
            pattern(m->patterns[i], failed_with_keys);
        }
        emit(Op::POP_TOP);  // the values
        if (!m->rest.empty()) {
            // **rest: a copy of the mapping without the matched keys.
            emit(Op::BUILD_MAP, 0);
            emit(Op::COPY, 3);
            emit(Op::DICT_UPDATE, 1);
            for (Expr* key : m->keys) {
                emit(Op::COPY, 1);
                expr(key);
                emit(Op::DELETE_SUBSCR);
            }
            capture(m->rest, m);
        }
        emit(Op::POP_TOP);  // the keys
        emit(Op::POP_TOP);  // the subject
        emit_jump(Op::JUMP, done);
        bind(failed_with_keys);
        emit(Op::POP_TOP);
        emit(Op::POP_TOP);
        bind_failure(failed, 1, fail);
        bind(done);
    }

    void class_pattern(MatchClass* c, int fail)
    {
        for (size_t i = 0; i < c->kwd_attrs.size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                if (c->kwd_attrs[i] == c->kwd_attrs[j]) {
                    this->fail(c->kwd_patterns[i], "attribute name repeated in class pattern: " + c->kwd_attrs[i]);
                    return;
                }
            }
        }
        SubPatterns sub_patterns(m_allow_irrefutable);
        int failed = new_label(), done = new_label();
        expr(c->cls);
        Ref<TupleObject> names = tuple_new(int64_t(c->kwd_attrs.size()));
        for (size_t i = 0; i < c->kwd_attrs.size(); ++i)
            names->items[i] = Value(str_intern(c->kwd_attrs[i]));
        emit(Op::LOAD_CONST, add_const(std::move(names).value(), ""));
        set_position(c);
        emit(Op::MATCH_CLASS, uint32_t(c->patterns.size()));
        emit(Op::COPY, 1);
        emit_jump(Op::POP_JUMP_IF_NONE, failed);
        std::vector<Pattern*> all = c->patterns;
        all.insert(all.end(), c->kwd_patterns.begin(), c->kwd_patterns.end());
        for (size_t i = 0; i < all.size(); ++i) {
            if (auto* as = all[i]->as<MatchAs>(); as && !as->pattern && as->name.empty())
                continue;
            emit(Op::COPY, 1);
            emit(Op::LOAD_CONST, const_int(int64_t(i)));
            emit(Op::BINARY_SUBSCR);
            pattern(all[i], failed);
        }
        emit(Op::POP_TOP);
        emit_jump(Op::JUMP, done);
        bind_failure(failed, 1, fail);
        bind(done);
    }

    // try: ... except* T as e: ... (PEP 654). Each clause takes the part of the exception group that
    // matches its types; exceptions raised by clauses and the unmatched rest are re-raised together.
    void try_star(Try* t)
    {
        emit(Op::NOP);
        if (!t->finalbody.empty()) {
            // try/except*/finally: the finally part wraps the except* statement.
            int handler = new_label(), cleanup = new_label(), end = new_label();
            emit_jump(Op::SETUP_FINALLY, handler);
            FBlock block { FBlockKind::FinallyTry };
            block.finalbody = &t->finalbody;
            m_unit->fblocks.push_back(block);
            try_star_except(t);
            m_unit->fblocks.pop_back();
            emit(Op::POP_BLOCK);
            body(t->finalbody);
            emit_jump(Op::JUMP, end);
            bind(handler);
            emit_jump(Op::SETUP_CLEANUP, cleanup);
            emit(Op::PUSH_EXC_INFO);
            m_unit->fblocks.push_back({ FBlockKind::FinallyEnd });
            body(t->finalbody);
            m_unit->fblocks.pop_back();
            emit(Op::RERAISE, 0);
            bind(cleanup);
            emit(Op::COPY, 3);
            emit(Op::POP_EXCEPT);
            emit(Op::RERAISE, 1);
            bind(end);
            return;
        }
        try_star_except(t);
    }

    void try_star_except(Try* t)
    {
        int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label(), reraise = new_label();
        emit_jump(Op::SETUP_FINALLY, handler);
        m_unit->fblocks.push_back({ FBlockKind::TryExcept });
        body(t->body);
        m_unit->fblocks.pop_back();
        emit(Op::POP_BLOCK);
        emit_jump(Op::JUMP, orelse);
        // [exc] -> [previous, original, raised, rest]
        bind(handler);
        m_unit->position = Position { -1, -1, -1, -1 };
        emit_jump(Op::SETUP_CLEANUP, cleanup);
        emit(Op::PUSH_EXC_INFO);
        emit(Op::BUILD_LIST, 0);
        emit(Op::COPY, 2);
        for (Excepthandler* h_base : t->handlers) {
            auto* h = static_cast<ExceptHandler*>(h_base);
            set_position(h);
            int no_match = new_label(), next = new_label(), raised_in_handler = new_label();
            expr(h->type);
            emit(Op::CHECK_EG_MATCH);
            emit(Op::COPY, 1);
            emit_jump(Op::POP_JUMP_IF_NONE, no_match);
            if (!h->name.empty())
                name_op(h->name, Access::Store);
            else
                emit(Op::POP_TOP);
            emit_jump(Op::SETUP_CLEANUP, raised_in_handler);
            m_unit->fblocks.push_back({ FBlockKind::ExceptStar });
            body(h->body);
            m_unit->fblocks.pop_back();
            m_unit->position = Position { -1, -1, -1, -1 };
            emit(Op::POP_BLOCK);
            if (!h->name.empty()) {
                emit(Op::LOAD_CONST, const_none());
                name_op(h->name, Access::Store);
                name_op(h->name, Access::Delete);
            }
            emit_jump(Op::JUMP, next);
            // An exception raised by the clause joins the list: [.., raised, rest, lasti, exc].
            bind(raised_in_handler);
            if (!h->name.empty()) {
                emit(Op::LOAD_CONST, const_none());
                name_op(h->name, Access::Store);
                name_op(h->name, Access::Delete);
            }
            emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            emit(Op::LIST_APPEND, 2);
            emit_jump(Op::JUMP, next);
            bind(no_match);
            emit(Op::POP_TOP);
            bind(next);
        }
        // [previous, original, raised, rest] -> [previous, what to re-raise or None]
        m_unit->position = Position { -1, -1, -1, -1 };
        emit(Op::LIST_APPEND, 1);
        emit(Op::PREP_RERAISE_STAR);
        emit(Op::COPY, 1);
        emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
        emit(Op::POP_TOP);
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, end);
        bind(reraise);
        emit(Op::POP_BLOCK);
        emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 0);
        bind(cleanup);
        emit(Op::COPY, 3);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 1);
        bind(orelse);
        body(t->orelse);
        bind(end);
    }

    bool in_coroutine() const { return m_unit->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR); }

    // `yield value`: an async generator marks what it yields, so that asend() can tell its own yields from
    // those of the objects it awaits.
    void yield_top()
    {
        if (m_unit->flags & CO_ASYNC_GENERATOR)
            emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE);
    }

    // The awaitable on top of the stack is awaited: GET_AWAITABLE, then the SEND/YIELD_VALUE loop
    // of `yield from`; the result replaces it.
    void await_top()
    {
        emit(Op::GET_AWAITABLE);
        emit(Op::LOAD_CONST, const_none());
        int send = new_label(), exit = new_label();
        bind(send);
        emit_jump(Op::SEND, exit);
        emit(Op::YIELD_VALUE);
        emit_jump(Op::JUMP, send);
        bind(exit);
    }

    // with a, b: body  ==  with a: with b: body. `async with` is the same with the results of
    // __aenter__, __aexit__ awaited.
    template<class WithNode>
    void with_stmt(WithNode* w, size_t item_index)
    {
        constexpr bool is_async = std::is_same_v<WithNode, AsyncWith>;
        if (is_async && !in_coroutine()) {
            fail(w, "'async with' outside async function");
            return;
        }
        auto await_if_async = [&] {
            if (is_async)
                await_top();
        };
        Withitem* item = w->items[item_index];
        int handler = new_label(), exit = new_label(), cleanup = new_label(), suppress = new_label();
        expr(item->context_expr);
        set_position(w);
        emit(is_async ? Op::BEFORE_ASYNC_WITH : Op::BEFORE_WITH);
        await_if_async();
        emit_jump(Op::SETUP_WITH, handler);
        m_unit->fblocks.push_back({ is_async ? FBlockKind::AsyncWith : FBlockKind::With });
        if (item->optional_vars)
            store_target(item->optional_vars);
        else
            emit(Op::POP_TOP);
        if (item_index + 1 < w->items.size())
            with_stmt(w, item_index + 1);
        else
            body(w->body);
        m_unit->fblocks.pop_back();
        set_position(w);
        emit(Op::POP_BLOCK);
        emit(Op::LOAD_CONST, const_none());
        emit(Op::LOAD_CONST, const_none());
        emit(Op::LOAD_CONST, const_none());
        emit(Op::CALL, 2);
        await_if_async();
        emit(Op::POP_TOP);
        emit_jump(Op::JUMP, exit);
        // The exception path: the stack is [exit, lasti, exc].
        bind(handler);
        emit_jump(Op::SETUP_CLEANUP, cleanup);
        emit(Op::PUSH_EXC_INFO);
        emit(Op::WITH_EXCEPT_START);
        await_if_async();
        emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
        emit(Op::RERAISE, 2);
        bind(suppress);
        emit(Op::POP_TOP);
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        emit(Op::POP_TOP);
        emit(Op::POP_TOP);
        emit_jump(Op::JUMP, exit);
        bind(cleanup);
        emit(Op::COPY, 3);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE, 1);
        bind(exit);
    }

    // async for: __aiter__ once, then await __anext__ until StopAsyncIteration.
    void async_for_stmt(AsyncFor* f)
    {
        if (!in_coroutine()) {
            fail(f, "'async for' outside async function");
            return;
        }
        int start = new_label(), handler = new_label(), end = new_label(), orelse = new_label();
        expr(f->iter);
        set_position(f->iter);
        emit(Op::GET_AITER);
        bind(start);
        set_position(f);
        emit_jump(Op::SETUP_FINALLY, handler);
        emit(Op::GET_ANEXT);
        await_top();
        emit(Op::POP_BLOCK);
        m_unit->fblocks.push_back({ FBlockKind::ForLoop, start, end });
        store_target(f->target);
        body(f->body);
        m_unit->fblocks.pop_back();
        set_position(f);
        emit_jump(Op::JUMP, start);
        // [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates.
        bind(handler);
        emit(Op::END_ASYNC_FOR);
        emit_jump(Op::JUMP, orelse);
        bind(orelse);
        body(f->orelse);
        bind(end);
    }

    void import_stmt(Import* s)
    {
        // CPython 3.12: every instruction of the statement has the statement's position (so a
        // failing import shows no carets in tracebacks).
        set_position(s);
        for (Alias* alias : s->names) {
            emit(Op::LOAD_CONST, const_int(0));
            emit(Op::LOAD_CONST, const_none());
            emit(Op::IMPORT_NAME, add_name(alias->name));
            if (!alias->asname.empty()) {
                // import a.b.c as d: bind the submodule, reached by attribute from the top package.
                size_t dot = alias->name.find('.');
                while (dot != std::string::npos) {
                    size_t next = alias->name.find('.', dot + 1);
                    std::string part = alias->name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
                    emit(Op::IMPORT_FROM, add_name(part));
                    emit(Op::SWAP, 2);
                    emit(Op::POP_TOP);
                    dot = next;
                }
                name_op(alias->asname, Access::Store);
            } else {
                name_op(alias->name.substr(0, alias->name.find('.')), Access::Store);
            }
        }
    }

    void import_from(ImportFrom* s)
    {
        emit(Op::LOAD_CONST, const_int(s->level));
        Ref<TupleObject> names = tuple_new(int64_t(s->names.size()));
        for (size_t i = 0; i < s->names.size(); ++i)
            names->items[i] = Value(str_intern(s->names[i]->name));
        emit(Op::LOAD_CONST, add_const(std::move(names).value(), ""));
        emit(Op::IMPORT_NAME, add_name(s->module));
        if (s->names.size() == 1 && s->names[0]->name == "*") {
            emit(Op::IMPORT_STAR);
            return;
        }
        set_position(s);
        for (Alias* alias : s->names) {
            if (forbidden_name(alias->asname.empty() ? alias->name : alias->asname, Access::Store))
                return;
        }
        for (Alias* alias : s->names) {
            set_position(alias);
            emit(Op::IMPORT_FROM, add_name(alias->name));
            name_op(alias->asname.empty() ? alias->name : alias->asname, Access::Store);
        }
        emit(Op::POP_TOP);
    }

    // ---- targets ----

    void store_target(Expr* target)
    {
        Position saved = m_unit->position;
        set_position(target);
        switch (target->kind) {
        case ExprKind::Name: name_op(static_cast<Name*>(target)->id, Access::Store); break;
        case ExprKind::Attribute: {
            auto* a = static_cast<Attribute*>(target);
            if (forbidden_name(a->attr, Access::Store))
                break;
            expr(a->value);
            set_position(target);
            emit(Op::STORE_ATTR, add_name(mangled(a->attr)));
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(target);
            expr(s->value);
            expr(s->slice);
            set_position(target);
            emit(Op::STORE_SUBSCR);
            break;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            auto& elts = target->kind == ExprKind::Tuple ? static_cast<Tuple*>(target)->elts : static_cast<List*>(target)->elts;
            size_t star = elts.size();
            for (size_t i = 0; i < elts.size(); ++i) {
                if (elts[i]->is<Starred>()) {
                    if (star != elts.size()) {
                        fail(elts[i], "multiple starred expressions in assignment");
                        return;
                    }
                    star = i;
                }
            }
            if (star == elts.size()) {
                emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
            } else {
                // UNPACK_EX packs the counts before (8 bits) and after (16 bits) the star into its argument.
                if (star >= (1u << 8) || elts.size() - star - 1 >= (1u << 16)) {
                    fail(target, "too many expressions in star-unpacking assignment");
                    return;
                }
                emit(Op::UNPACK_EX, uint32_t(star) | (uint32_t(elts.size() - star - 1) << 8));
            }
            for (Expr* e : elts)
                store_target(e->is<Starred>() ? static_cast<Starred*>(e)->value : e);
            break;
        }
        case ExprKind::Starred:
            fail(target, "starred assignment target must be in a list or tuple");
            break;
        default:
            fail(target, "cannot assign to expression");
            break;
        }
        m_unit->position = saved;
    }

    void delete_target(Expr* target)
    {
        set_position(target);
        switch (target->kind) {
        case ExprKind::Name: name_op(static_cast<Name*>(target)->id, Access::Delete); break;
        case ExprKind::Attribute: {
            auto* a = static_cast<Attribute*>(target);
            expr(a->value);
            set_position(target);
            emit(Op::DELETE_ATTR, add_name(mangled(a->attr)));
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(target);
            expr(s->value);
            expr(s->slice);
            set_position(target);
            emit(Op::DELETE_SUBSCR);
            break;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            auto& elts = target->kind == ExprKind::Tuple ? static_cast<Tuple*>(target)->elts : static_cast<List*>(target)->elts;
            for (Expr* e : elts)
                delete_target(e);
            break;
        }
        default: fail(target, "cannot delete expression"); break;
        }
    }

    // ---- expressions ----

    // Jumps to `label` if the truth of `e` equals `when`, without materialising a bool when it can.
    void jump_if(Expr* e, int label, bool when)
    {
        if (auto* u = e->as<UnaryOp>(); u && u->op == UnaryOperator::Not) {
            jump_if(u->operand, label, !when);
            return;
        }
        if (auto* b = e->as<BoolOp>()) {
            bool is_and = b->op == BoolOperator::And;
            if (is_and != when) {
                // (a and b) false -> any false; (a or b) true -> any true.
                for (Expr* v : b->values)
                    jump_if(v, label, when);
            } else {
                int skip = new_label();
                for (size_t i = 0; i + 1 < b->values.size(); ++i)
                    jump_if(b->values[i], skip, !when);
                jump_if(b->values.back(), label, when);
                bind(skip);
            }
            return;
        }
        if (auto* c = e->as<Compare>(); c && c->ops.size() == 1) {
            auto op = c->ops[0];
            if ((op == CmpOperator::Is || op == CmpOperator::IsNot) && c->comparators[0]->is<Constant>() &&
                c->comparators[0]->as<Constant>()->value.kind == ConstantValue::Kind::None) {
                expr(c->left);
                set_position(e);
                bool is = op == CmpOperator::Is;
                emit_jump(is == when ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, label);
                return;
            }
        }
        expr(e);
        set_position(e);
        emit_jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
    }

    void compare_op(CmpOperator op)
    {
        switch (op) {
        case CmpOperator::Eq: emit(Op::COMPARE_OP, uint32_t(CompareOp::Eq)); break;
        case CmpOperator::NotEq: emit(Op::COMPARE_OP, uint32_t(CompareOp::Ne)); break;
        case CmpOperator::Lt: emit(Op::COMPARE_OP, uint32_t(CompareOp::Lt)); break;
        case CmpOperator::LtE: emit(Op::COMPARE_OP, uint32_t(CompareOp::Le)); break;
        case CmpOperator::Gt: emit(Op::COMPARE_OP, uint32_t(CompareOp::Gt)); break;
        case CmpOperator::GtE: emit(Op::COMPARE_OP, uint32_t(CompareOp::Ge)); break;
        case CmpOperator::Is: emit(Op::IS_OP, 0); break;
        case CmpOperator::IsNot: emit(Op::IS_OP, 1); break;
        case CmpOperator::In: emit(Op::CONTAINS_OP, 0); break;
        case CmpOperator::NotIn: emit(Op::CONTAINS_OP, 1); break;
        }
    }

    // Builds a list/tuple/set from elements that may contain starred items.
    // Builds a list/tuple/set of `elts`; the `prefix` items already on the stack come first.
    void sequence(const std::vector<Expr*>& elts, Op build, bool tuple, uint32_t prefix = 0)
    {
        bool starred = false;
        for (Expr* e : elts)
            starred |= e->is<Starred>();
        if (!starred) {
            for (Expr* e : elts)
                expr(e);
            emit(build, prefix + uint32_t(elts.size()));
            return;
        }
        bool set = build == Op::BUILD_SET;
        emit(set ? Op::BUILD_SET : Op::BUILD_LIST, prefix);
        for (Expr* e : elts) {
            if (auto* s = e->as<Starred>()) {
                expr(s->value);
                emit(set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
            } else {
                expr(e);
                emit(set ? Op::SET_ADD : Op::LIST_APPEND, 1);
            }
        }
        if (tuple)
            emit(Op::LIST_TO_TUPLE);
    }

    // A tuple of constants becomes one constant, as CPython's optimizer does.
    bool constant_tuple(Tuple* t)
    {
        if (t->elts.empty()) {
            emit(Op::LOAD_CONST, add_const(Value(tuple_empty()), "()"));
            return true;
        }
        for (Expr* e : t->elts) {
            auto* c = e->as<Constant>();
            if (!c)
                return false;
        }
        Ref<TupleObject> tuple = tuple_new(int64_t(t->elts.size()));
        for (size_t i = 0; i < t->elts.size(); ++i) {
            auto value = constant_value(t->elts[i]->as<Constant>()->value, t->elts[i]);
            if (!value)
                return true;
            tuple->items[i] = std::move(*value);
        }
        emit(Op::LOAD_CONST, add_const(std::move(tuple).value(), ""));
        return true;
    }

    // A comprehension is a function called at once with the iterator of its first iterable. One with `async for`
    // or `await` is a coroutine, awaited at once, or for a generator expression an async generator.
    void comprehension(Expr* node, const std::vector<Comprehension*>& generators, Expr* elt, Expr* value, const char* name, Op build)
    {
        Scope* scope = m_symbols.scope_for(node);
        bool generator = node->kind == ExprKind::GeneratorExp;
        bool is_async = scope->is_coroutine;
        if (is_async && !generator && !in_coroutine() && m_unit->scope->kind != ScopeKind::Comprehension) {
            fail(node, "asynchronous comprehension outside of an asynchronous function");
            return;
        }
        if (scope->inlined) {
            inlined_comprehension(node, scope, generators, elt, value, build);
            return;
        }
        enter_unit(scope, name, child_qualname(name), node->lineno);
        Unit* u = m_unit;
        u->argcount = 1;
        u->flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED;
        if (generator)
            u->flags |= is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR;
        else if (is_async)
            u->flags |= CO_COROUTINE;
        set_position(node);
        prologue(u);
        if (!generator)
            emit(build, 0);
        comprehension_loop(generators, 0, elt, value, node->kind);
        set_position(node);
        if (generator)
            emit(Op::RETURN_CONST, const_none());
        else
            emit(Op::RETURN_VALUE);
        std::unique_ptr<Unit> child = leave_unit();
        if (error)
            return;
        auto code = assemble(*child, m_filename);
        set_position(node);
        make_closure(child.get(), std::move(code), 0);
        emit(Op::PUSH_NULL);
        expr(generators[0]->iter);
        emit(generators[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
        set_position(node);
        emit(Op::CALL, 1);
        if (is_async && !generator)
            await_top();
    }

    // PEP 709 (as CPython 3.12): a list, set or dict comprehension runs in the code of the enclosing scope, with
    // the iterator of its first iterable on the stack. The names it binds are isolated: LOAD_FAST_AND_CLEAR saves
    // their outer values (or cells, a captured name getting a new cell) on the stack, and they are stored back
    // after the loop, or by a handler of the comprehension's own when it raises. In a module or class body, its
    // names are fast locals hidden from the namespace; directly in a class body, all its names are isolated,
    // since the class namespace is not visible to it.
    void inlined_comprehension(Expr* node, Scope* scope, const std::vector<Comprehension*>& generators, Expr* elt, Expr* value, Op build)
    {
        Unit* u = m_unit;
        expr(generators[0]->iter);
        set_position(node);
        emit(generators[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
        bool in_class_block = u->scope->kind == ScopeKind::Class && !u->in_inlined_comp;
        bool function_like = u->scope->kind == ScopeKind::Function || u->scope->kind == ScopeKind::Comprehension;
        ++u->in_inlined_comp;
        std::vector<std::pair<std::string, std::optional<Resolution>>> outer_resolution;
        std::vector<std::string> pushed, hidden;
        for (const std::string& n : comprehension_names(scope)) {
            auto found = scope->resolved.find(n);
            Resolution inner = found == scope->resolved.end() ? Resolution::GlobalImplicit : found->second;
            Resolution outer = resolve(n);
            if ((inner != outer && inner != Resolution::Free && !(inner == Resolution::Cell && outer == Resolution::Free)) || in_class_block) {
                auto it = u->comp_resolution.find(n);
                outer_resolution.emplace_back(n, it == u->comp_resolution.end() ? std::nullopt : std::optional<Resolution>(it->second));
                u->comp_resolution[n] = inner;
            }
            if (!comprehension_isolates(scope, n, in_class_block))
                continue;
            auto slot = u->varname_index.find(n);
            if (slot == u->varname_index.end() || (inner == Resolution::Cell && !u->deref_index.count(n))) {
                fail(node, "internal compiler error: no local for comprehension variable " + n);
                return;
            }
            if (!function_like && u->fast_hidden[n]++ == 0)
                hidden.push_back(n);
            emit(Op::LOAD_FAST_AND_CLEAR, uint32_t(slot->second));
            if (inner == Resolution::Cell)
                emit(Op::MAKE_CELL, uint32_t(u->deref_index[n]));
            pushed.push_back(n);
        }
        int cleanup = new_label(), end = new_label();
        if (!pushed.empty()) {
            // The iterator back on top (the saved values under it, in reverse order).
            emit(Op::SWAP, uint32_t(pushed.size() + 1));
            emit_jump(Op::SETUP_FINALLY, cleanup);
        }
        emit(build, 0);
        emit(Op::SWAP, 2);
        comprehension_loop(generators, 0, elt, value, node->kind, true);
        for (auto it = outer_resolution.rbegin(); it != outer_resolution.rend(); ++it) {
            if (it->second)
                u->comp_resolution[it->first] = *it->second;
            else
                u->comp_resolution.erase(it->first);
        }
        --u->in_inlined_comp;
        if (!pushed.empty()) {
            // The restoring instructions are on the comprehension's line, the others on none (as CPython's).
            Position none { -1, -1, -1, -1 };
            auto restore = [&] {
                set_position(node);
                emit(Op::SWAP, uint32_t(pushed.size() + 1));
                for (size_t i = pushed.size(); i-- > 0;)
                    emit(Op::STORE_FAST, uint32_t(u->varname_index[pushed[i]]));
                u->position = none;
            };
            Position saved = u->position;
            u->position = none;
            emit(Op::POP_BLOCK);
            emit_jump(Op::JUMP, end);
            // An exception: the unfinished result is dropped, the saved values restored, the exception raised again.
            bind(cleanup);
            emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            restore();
            emit(Op::RERAISE, 0);
            bind(end);
            restore();
            u->position = saved;
        }
        for (const std::string& n : hidden)
            u->fast_hidden.erase(n);
    }

    void comprehension_loop(const std::vector<Comprehension*>& generators, size_t index, Expr* elt, Expr* value, ExprKind kind, bool inlined = false)
    {
        Comprehension* c = generators[index];
        int start = new_label(), end = new_label(), skip = new_label(), handler = new_label();
        if (index == 0) {
            if (!inlined)
                emit(Op::LOAD_FAST, 0);  // the iterator, the argument of the comprehension's function
        } else {
            expr(c->iter);
            emit(c->is_async ? Op::GET_AITER : Op::GET_ITER);
        }
        bind(start);
        if (c->is_async) {
            // As `async for`: await __anext__() until StopAsyncIteration, which END_ASYNC_FOR turns into the end.
            emit_jump(Op::SETUP_FINALLY, handler);
            emit(Op::GET_ANEXT);
            await_top();
            emit(Op::POP_BLOCK);
        } else {
            emit_jump(Op::FOR_ITER, end);
        }
        store_target(c->target);
        for (Expr* condition : c->ifs)
            jump_if(condition, skip, false);
        if (index + 1 < generators.size()) {
            comprehension_loop(generators, index + 1, elt, value, kind, inlined);
        } else {
            uint32_t depth = uint32_t(generators.size()) + 1;
            switch (kind) {
            case ExprKind::GeneratorExp:
                expr(elt);
                yield_top();
                emit(Op::POP_TOP);
                break;
            case ExprKind::ListComp:
                expr(elt);
                emit(Op::LIST_APPEND, depth);
                break;
            case ExprKind::SetComp:
                expr(elt);
                emit(Op::SET_ADD, depth);
                break;
            default:
                expr(elt);
                expr(value);
                emit(Op::MAP_ADD, depth);
                break;
            }
        }
        bind(skip);
        emit_jump(Op::JUMP, start);
        if (c->is_async) {
            bind(handler);
            emit(Op::END_ASYNC_FOR);
        }
        bind(end);
    }

    void lambda(Lambda* l)
    {
        if (debug_parameter(l->args))
            return;
        uint32_t flags = function_defaults(l->args);
        Scope* scope = m_symbols.scope_for(l);
        enter_unit(scope, "<lambda>", child_qualname("<lambda>"), l->lineno);
        Unit* u = m_unit;
        u->argcount = int(l->args->posonlyargs.size() + l->args->args.size());
        u->posonlyargcount = int(l->args->posonlyargs.size());
        u->kwonlyargcount = int(l->args->kwonlyargs.size());
        u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if (l->args->vararg)
            u->flags |= CO_VARARGS;
        if (l->args->kwarg)
            u->flags |= CO_VARKEYWORDS;
        if (scope->is_generator)
            u->flags |= CO_GENERATOR;
        set_position(l);
        prologue(u);
        expr(l->body);
        set_position(l->body);
        emit(Op::RETURN_VALUE);
        std::unique_ptr<Unit> child = leave_unit();
        if (error)
            return;
        // CPython 3.12 compat: a lambda's co_consts starts with None (no docstring).
        auto code = assemble(*child, m_filename);
        set_position(l);
        make_closure(child.get(), std::move(code), flags);
    }

    // No parameter may be named __debug__ (CPython's compiler_check_debug_args).
    bool debug_parameter(Arguments* args)
    {
        auto check = [&](Arg* a) {
            if (a && a->arg == "__debug__") {
                fail(a, "cannot assign to __debug__");
                return true;
            }
            return false;
        };
        for (Arg* a : args->posonlyargs)
            if (check(a))
                return true;
        for (Arg* a : args->args)
            if (check(a))
                return true;
        if (check(args->vararg))
            return true;
        for (Arg* a : args->kwonlyargs)
            if (check(a))
                return true;
        return check(args->kwarg);
    }

    // CPython's validate_keywords: no keyword may be __debug__ or repeated (reported at the second one).
    bool invalid_keywords(const std::vector<Keyword*>& keywords)
    {
        for (size_t i = 0; i < keywords.size(); ++i) {
            const std::string& name = keywords[i]->arg;
            if (name.empty())
                continue;
            if (name == "__debug__") {
                fail(keywords[i], "cannot assign to __debug__");
                return true;
            }
            for (size_t j = i + 1; j < keywords.size(); ++j) {
                if (keywords[j]->arg == name) {
                    fail(keywords[j], "keyword argument repeated: " + name);
                    return true;
                }
            }
        }
        return false;
    }

    void call(Call* c)
    {
        if (invalid_keywords(c->keywords))
            return;
        check_caller(c->func);
        bool starred = false;
        for (Expr* a : c->args)
            starred |= a->is<Starred>();
        if (!starred) {
            if (auto* attr = c->func->as<Attribute>(); attr) {
                bool double_star = false;
                for (Keyword* k : c->keywords)
                    double_star |= k->arg.empty();
                if (!double_star) {
                    expr(attr->value);
                    set_position(attr);
                    emit(Op::LOAD_METHOD, add_name(mangled(attr->attr)));
                    for (Expr* a : c->args)
                        expr(a);
                    call_tail(c->args.size(), c->keywords, c);
                    return;
                }
            }
            callable(c->func);
            for (Expr* a : c->args)
                expr(a);
            call_tail(c->args.size(), c->keywords, c);
            return;
        }
        callable(c->func);
        sequence(c->args, Op::BUILD_TUPLE, true);
        bool has_keywords = !c->keywords.empty();
        if (has_keywords)
            keywords_dict(c->keywords);
        set_position(c);
        emit(Op::CALL_FUNCTION_EX, has_keywords ? 1 : 0);
    }

    void joined_str(JoinedStr* j)
    {
        for (Expr* v : j->values)
            expr(v);
        if (j->values.size() != 1 || !j->values[0]->is<FormattedValue>()) {
            if (j->values.empty())
                emit(Op::LOAD_CONST, add_const(Value(str_empty()), "s"));
            else if (!(j->values.size() == 1 && j->values[0]->is<Constant>()))
                emit(Op::BUILD_STRING, uint32_t(j->values.size()));
        }
    }

    // Constant folding, as CPython's AST optimizer does: arithmetic on number (and str) literals
    // becomes one constant, unless it would raise or build something large (CPython's limits:
    // 128-bit operands for *, ** and <<, 4096-character strings).
    Value fold_constant(Expr* e)
    {
        if (auto* c = e->as<Constant>()) {
            auto kind = c->value.kind;
            if (kind != ConstantValue::Kind::Int && kind != ConstantValue::Kind::Float && kind != ConstantValue::Kind::Complex
                && kind != ConstantValue::Kind::Str)
                return Value();
            auto value = constant_value(c->value, c);
            return value ? std::move(*value) : Value();
        }
        if (auto* u = e->as<UnaryOp>()) {
            if (u->op != UnaryOperator::USub && u->op != UnaryOperator::UAdd && u->op != UnaryOperator::Invert)
                return Value();
            Value operand = fold_constant(u->operand);
            if (!operand || is_str(operand))
                return Value();
            auto result = u->op == UnaryOperator::USub ? unary_negative(operand) : u->op == UnaryOperator::UAdd ? unary_positive(operand) : unary_invert(operand);
            if (result.is_error()) {
                clear_error();
                return Value();
            }
            return result.release_value();
        }
        auto* b = e->as<BinOp>();
        if (!b || b->op == Operator::MatMult)
            return Value();
        Value left = fold_constant(b->left);
        if (!left)
            return Value();
        Value right = fold_constant(b->right);
        if (!right)
            return Value();
        auto bits = [](Val v) -> size_t { return is_int(v) ? int_bit_length(v) : 0; };
        bool any_str = is_str(left) || is_str(right);
        switch (b->op) {
        case Operator::Mult:
            if (is_int(left) && is_int(right) && bits(left) + bits(right) > 128)
                return Value();
            if (any_str) {
                Val text = is_str(left) ? left.get() : right.get();
                Val count = is_str(left) ? right.get() : left.get();
                int64_t n = 0;
                if (!is_int(count) || !int_to_int64(count, n) || n * text.as<StrObject>()->length > 4096)
                    return Value();
            }
            break;
        case Operator::Pow:
            if (any_str || (is_int(left) && is_int(right) && (int_sign(right) < 0 || bits(left) * (bits(right) ? size_t(1) << std::min<size_t>(bits(right), 32) : 0) > 128)))
                return Value();
            break;
        case Operator::LShift:
            if (any_str || (is_int(left) && is_int(right) && (int_sign(right) < 0 || bits(right) > 8 || bits(left) + size_t(right.get().is_small_int() ? right.get().small_int_value() : 999) > 128)))
                return Value();
            break;
        case Operator::Add:
            if (is_str(left) && is_str(right) && left.as<StrObject>()->length + right.as<StrObject>()->length > 4096)
                return Value();
            break;
        default:
            if (any_str)
                return Value();  // str % ... formats at run time
            break;
        }
        auto result = binary_op(left, right, binary_op_of(b->op));
        if (result.is_error()) {
            clear_error();
            return Value();
        }
        Value folded = result.release_value();
        if (!(is_int(folded) || is_float(folded) || is_complex_exact(folded) || is_str_exact(folded)))
            return Value();
        return folded;
    }

    void expr(Expr* e)
    {
        if (error)
            return;
        if (++m_depth > 2000) {
            --m_depth;
            fail(e, "too many nested expressions");
            return;
        }
        Position saved = m_unit->position;
        set_position(e);
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* b = static_cast<BoolOp*>(e);
            int end = new_label();
            for (size_t i = 0; i + 1 < b->values.size(); ++i) {
                expr(b->values[i]);
                emit_jump(b->op == BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
            }
            expr(b->values.back());
            bind(end);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = static_cast<NamedExpr*>(e);
            expr(n->value);
            emit(Op::COPY, 1);
            store_target(n->target);
            break;
        }
        case ExprKind::BinOp: {
            auto* b = static_cast<BinOp*>(e);
            if (Value folded = fold_constant(e)) {
                std::string key = "folded:" + std::string(folded.type()->type_name()) + ":";
                auto text = repr_utf8(folded);
                if (text.is_error()) {
                    clear_error();
                    key.clear();
                } else {
                    key += text.value();
                }
                emit(Op::LOAD_CONST, add_const(std::move(folded), key));
                break;
            }
            expr(b->left);
            expr(b->right);
            set_position(e);
            emit(Op::BINARY_OP, uint32_t(binary_op_of(b->op)));
            break;
        }
        case ExprKind::UnaryOp: {
            auto* u = static_cast<UnaryOp*>(e);
            // Fold -<number>, as CPython's AST optimizer does.
            if (u->op == UnaryOperator::USub) {
                if (auto* c = u->operand->as<Constant>()) {
                    if (c->value.kind == ConstantValue::Kind::Int || c->value.kind == ConstantValue::Kind::Float
                        || c->value.kind == ConstantValue::Kind::Complex) {
                        auto value = constant_value(c->value, c);
                        if (!value)
                            break;
                        auto negated = unary_negative(*value);
                        if (!negated.is_error()) {
                            std::string key = "-" + constant_key(c->value);
                            emit(Op::LOAD_CONST, add_const(negated.release_value(), key));
                            break;
                        }
                        clear_error();
                    }
                }
            }
            expr(u->operand);
            set_position(e);
            switch (u->op) {
            case UnaryOperator::Invert: emit(Op::UNARY_INVERT); break;
            case UnaryOperator::Not: emit(Op::UNARY_NOT); break;
            case UnaryOperator::UAdd: emit(Op::UNARY_POSITIVE); break;
            case UnaryOperator::USub: emit(Op::UNARY_NEGATIVE); break;
            }
            break;
        }
        case ExprKind::Lambda: lambda(static_cast<Lambda*>(e)); break;
        case ExprKind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            int orelse = new_label(), end = new_label();
            jump_if(i->test, orelse, false);
            expr(i->body);
            emit_jump(Op::JUMP, end);
            bind(orelse);
            expr(i->orelse);
            bind(end);
            break;
        }
        case ExprKind::Dict: {
            auto* d = static_cast<Dict*>(e);
            bool have_dict = false;
            uint32_t pending = 0;
            for (size_t i = 0; i < d->keys.size(); ++i) {
                if (!d->keys[i]) {
                    if (pending || !have_dict) {
                        emit(Op::BUILD_MAP, pending);
                        if (have_dict)
                            emit(Op::DICT_UPDATE, 1);
                        have_dict = true;
                        pending = 0;
                    }
                    expr(d->values[i]);
                    emit(Op::DICT_UPDATE, 1);
                } else {
                    expr(d->keys[i]);
                    expr(d->values[i]);
                    ++pending;
                }
            }
            if (pending || !have_dict) {
                emit(Op::BUILD_MAP, pending);
                if (have_dict)
                    emit(Op::DICT_UPDATE, 1);
            }
            break;
        }
        case ExprKind::Set: sequence(static_cast<Set*>(e)->elts, Op::BUILD_SET, false); break;
        case ExprKind::ListComp: comprehension(e, static_cast<ListComp*>(e)->generators, static_cast<ListComp*>(e)->elt, nullptr, "<listcomp>", Op::BUILD_LIST); break;
        case ExprKind::SetComp: comprehension(e, static_cast<SetComp*>(e)->generators, static_cast<SetComp*>(e)->elt, nullptr, "<setcomp>", Op::BUILD_SET); break;
        case ExprKind::DictComp: comprehension(e, static_cast<DictComp*>(e)->generators, static_cast<DictComp*>(e)->key, static_cast<DictComp*>(e)->value, "<dictcomp>", Op::BUILD_MAP); break;
        case ExprKind::GeneratorExp: comprehension(e, static_cast<GeneratorExp*>(e)->generators, static_cast<GeneratorExp*>(e)->elt, nullptr, "<genexpr>", Op::NOP); break;
        case ExprKind::Await: {
            if (!in_coroutine()) {
                ScopeKind kind = m_unit->scope->kind;
                fail(e, kind == ScopeKind::Module || kind == ScopeKind::Class ? "'await' outside function" : "'await' outside async function");
                break;
            }
            expr(static_cast<Await*>(e)->value);
            set_position(e);
            await_top();
            break;
        }
        case ExprKind::Yield: {
            auto* y = static_cast<Yield*>(e);
            if (y->value)
                expr(y->value);
            else
                emit(Op::LOAD_CONST, const_none());
            set_position(e);
            yield_top();
            break;
        }
        case ExprKind::YieldFrom: {
            auto* y = static_cast<YieldFrom*>(e);
            if (in_coroutine()) {
                fail(e, "'yield from' inside async function");
                break;
            }
            expr(y->value);
            set_position(e);
            emit(Op::GET_YIELD_FROM_ITER);
            emit(Op::LOAD_CONST, const_none());
            int send = new_label(), exit = new_label();
            bind(send);
            emit_jump(Op::SEND, exit);
            emit(Op::YIELD_VALUE);
            emit_jump(Op::JUMP, send);
            bind(exit);
            break;
        }
        case ExprKind::Compare: {
            auto* c = static_cast<Compare*>(e);
            check_compare(c);
            expr(c->left);
            if (c->ops.size() == 1) {
                expr(c->comparators[0]);
                set_position(e);
                compare_op(c->ops[0]);
                break;
            }
            int cleanup = new_label(), end = new_label();
            for (size_t i = 0; i + 1 < c->ops.size(); ++i) {
                expr(c->comparators[i]);
                emit(Op::SWAP, 2);
                emit(Op::COPY, 2);
                set_position(e);
                compare_op(c->ops[i]);
                emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            }
            expr(c->comparators.back());
            set_position(e);
            compare_op(c->ops.back());
            emit_jump(Op::JUMP, end);
            bind(cleanup);
            emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            bind(end);
            break;
        }
        case ExprKind::Call: call(static_cast<Call*>(e)); break;
        case ExprKind::FormattedValue: {
            auto* f = static_cast<FormattedValue*>(e);
            expr(f->value);
            uint32_t flags = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
            if (f->format_spec) {
                expr(f->format_spec);
                flags |= 4;
            }
            set_position(e);
            emit(Op::FORMAT_VALUE, flags);
            break;
        }
        case ExprKind::JoinedStr: joined_str(static_cast<JoinedStr*>(e)); break;
        case ExprKind::Constant: load_constant(static_cast<Constant*>(e)->value, e); break;
        case ExprKind::Attribute: {
            auto* a = static_cast<Attribute*>(e);
            expr(a->value);
            set_position(e);
            emit(Op::LOAD_ATTR, add_name(mangled(a->attr)));
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(e);
            check_subscript(s->value, s->slice);
            expr(s->value);
            if (auto* slice = s->slice->as<Slice>(); slice && !slice->step) {
                if (slice->lower)
                    expr(slice->lower);
                else
                    emit(Op::LOAD_CONST, const_none());
                if (slice->upper)
                    expr(slice->upper);
                else
                    emit(Op::LOAD_CONST, const_none());
                set_position(e);
                emit(Op::BINARY_SLICE);
                break;
            }
            expr(s->slice);
            set_position(e);
            emit(Op::BINARY_SUBSCR);
            break;
        }
        case ExprKind::Starred: fail(e, "can't use starred expression here"); break;
        case ExprKind::Name:
            // __debug__ is a constant, as CPython's AST optimizer folds it: False from optimize level 1 on.
            if (static_cast<Name*>(e)->id == "__debug__") {
                emit(Op::LOAD_CONST, add_const(bool_value(t_optimize == 0), t_optimize == 0 ? "T" : "F"));
                break;
            }
            name_op(static_cast<Name*>(e)->id, Access::Load);
            break;
        case ExprKind::List: sequence(static_cast<List*>(e)->elts, Op::BUILD_LIST, false); break;
        case ExprKind::Tuple:
            if (!constant_tuple(static_cast<Tuple*>(e)))
                sequence(static_cast<Tuple*>(e)->elts, Op::BUILD_TUPLE, true);
            break;
        case ExprKind::Slice: {
            auto* s = static_cast<Slice*>(e);
            uint32_t n = 2;
            for (Expr* part : { s->lower, s->upper }) {
                if (part)
                    expr(part);
                else
                    emit(Op::LOAD_CONST, const_none());
            }
            if (s->step) {
                expr(s->step);
                n = 3;
            }
            emit(Op::BUILD_SLICE, n);
            break;
        }
        }
        m_unit->position = saved;
        --m_depth;
    }

    // ---- the module ----

    Ref<CodeObject> module(Mod* mod, Mode mode)
    {
        Scope* scope = m_symbols.top();
        enter_unit(scope, "<module>", "<module>", 1);
        m_interactive = mode == Mode::Single;
        if (auto* m = mod->as<Module>()) {
            if (scope->has_annotations)
                emit(Op::SETUP_ANNOTATIONS);
            if (const std::string* doc = docstring_of(m->body)) {
                set_position(m->body[0]);
                emit(Op::LOAD_CONST, add_const(Value(str_from_utf8(*doc)), ""));
                emit(Op::STORE_NAME, add_name("__doc__"));
            }
            body(m->body);
            m_unit->position = Position { -1, -1, -1, -1 };
            if (!m->body.empty())
                m_unit->position = Position { m->body.back()->end_lineno, m->body.back()->end_lineno, -1, -1 };
            emit(Op::RETURN_CONST, const_none());
        } else if (auto* i = mod->as<Interactive>()) {
            body(i->body);
            emit(Op::RETURN_CONST, const_none());
        } else if (auto* x = mod->as<Expression>()) {
            expr(x->body);
            emit(Op::RETURN_VALUE);
        }
        std::unique_ptr<Unit> top = leave_unit();
        if (error)
            return nullptr;
        return assemble(*top, m_filename);
    }

private:
    SymbolTable& m_symbols;
    StrObject* m_filename;
    std::string_view m_source;
    std::vector<std::unique_ptr<Unit>> m_units;
    Unit* m_unit = nullptr;
    bool m_interactive = false;
    int m_depth = 0;
};

std::string source_line(std::string_view source, int lineno)
{
    int line = 1;
    size_t start = 0;
    while (line < lineno && start < source.size()) {
        size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos)
            return {};
        start = nl + 1;
        ++line;
    }
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos)
        return std::string(source.substr(start)) + "\n";
    return std::string(source.substr(start, end - start + 1));
}

// Byte column to 1-based character offset, as SyntaxError.offset counts.
int char_offset(const std::string& line, int byte_col)
{
    int chars = 0;
    for (int i = 0; i < byte_col && size_t(i) < line.size(); ++i)
        chars += (static_cast<unsigned char>(line[size_t(i)]) & 0xC0) != 0x80;
    return chars + 1;
}

Error raise_syntax_error(TypeObject* type, const std::string& msg, StrObject* filename, int lineno, int offset, const std::string& text, int end_lineno, int end_offset)
{
    Ref<StrObject> message = str_from_utf8(msg);
    Value line = lineno > 0 ? int_from_int64(lineno) : none_value();
    Value column = offset > 0 ? int_from_int64(offset) : none_value();
    Value source_text = text.empty() ? none_value() : Value(str_from_utf8(text));
    Value end_line = end_lineno > 0 ? int_from_int64(end_lineno) : none_value();
    Value end_column = end_offset > 0 ? int_from_int64(end_offset) : none_value();
    Ref<TupleObject> details = tuple_of({ Val(filename), line, column, source_text, end_line, end_column });
    return raise_with_args(type, { Val(message.get()), Val(details.get()) });
}

}  // namespace

Result<void> build_symbol_table(SymbolTable& symbols, ast::Mod* module, StrObject* filename, std::string_view source, bool for_compiler)
{
    if (auto e = symbols.build(module, for_compiler)) {
        std::string text = source_line(source, e->lineno);
        int offset = text.empty() ? e->col_offset + 1 : char_offset(text, e->col_offset);
        int end_offset = text.empty() ? e->end_col_offset + 1 : char_offset(text, e->end_col_offset);
        return raise_syntax_error(&g_exc_SyntaxError, e->msg, filename, e->lineno, offset, text, e->end_lineno, end_offset);
    }
    return {};
}

Result<Ref<CodeObject>> compile_ast(ast::Mod* module, StrObject* filename, Mode mode, std::string_view source)
{
    SymbolTable symbols;
    TRY(build_symbol_table(symbols, module, filename, source, true));
    CodeGen generator(symbols, filename, source);
    Ref<CodeObject> code = generator.module(module, mode);
    if (generator.error) {
        if (error_occurred())
            return Error {};
        auto& e = *generator.error;
        if (e.not_implemented)
            return raise(&g_exc_NotImplementedError, std::string_view(e.msg));
        std::string text = source_line(source, e.lineno);
        int offset = text.empty() ? e.col_offset + 1 : char_offset(text, e.col_offset);
        int end_offset = text.empty() ? e.end_col_offset + 1 : char_offset(text, e.end_col_offset);
        return raise_syntax_error(&g_exc_SyntaxError, e.msg, filename, e.lineno, offset, text, e.end_lineno, end_offset);
    }
    if (!code)
        return raise(&g_exc_SystemError, "compiler produced no code");
    // The compiler's SyntaxWarnings go through the warnings filters; one turned into an error is a SyntaxError.
    for (auto const& w : generator.warnings) {
        auto warned = warn_explicit(&g_exc_SyntaxWarning, w.msg, filename->view(), w.lineno);
        if (warned.is_error()) {
            if (!error_matches(&g_exc_SyntaxWarning))
                return Error {};
            clear_error();
            std::string text = source_line(source, w.lineno);
            int offset = text.empty() ? w.col_offset + 1 : char_offset(text, w.col_offset);
            int end_offset = text.empty() ? w.end_col_offset + 1 : char_offset(text, w.end_col_offset);
            return raise_syntax_error(&g_exc_SyntaxError, w.msg, filename, w.lineno, offset, text, w.end_lineno, end_offset);
        }
    }
#ifndef NDEBUG
    // Debug builds hold the compiler to what the .pyc reader demands of any code it loads.
    std::string reason;
    if (!verify_code(code.get(), reason)) {
        fprintf(stderr, "ginger: compiler produced invalid code for %s: %s\n", std::string(filename->view()).c_str(), reason.c_str());
        VERIFY_NOT_REACHED();
    }
#endif
    return code;
}

Result<ast::Mod*> parse_source(std::string_view source, StrObject* filename, Mode mode, Arena& arena, parse::Cookie cookie, bool type_comments)
{
    parse::Mode parse_mode = mode == Mode::Exec ? parse::Mode::Exec : mode == Mode::Eval ? parse::Mode::Eval : mode == Mode::FuncType ? parse::Mode::FuncType : parse::Mode::Single;
    parse::ParseOptions options;
    options.type_comments = type_comments;
    options.barry_as_bdfl = inherited_future_flags() & CO_FUTURE_BARRY_AS_BDFL;
    parse::ParseResult parsed = parse::parse(source, parse_mode, arena, cookie, options);
    // SyntaxWarnings go through the warnings filters (those before a syntax error too, as CPython's
    // tokenizer issues them); one that a filter turns into an error becomes a SyntaxError at the string.
    for (parse::ParseWarning const& w : parsed.warnings) {
        auto warned = warn_explicit(&g_exc_SyntaxWarning, w.msg, filename->view(), w.lineno);
        if (warned.is_error()) {
            if (!error_matches(&g_exc_SyntaxWarning))
                return Error {};
            clear_error();
            Ref<StrObject> message = str_from_utf8(w.msg);
            Ref<TupleObject> details = tuple_of({ Val(filename), Value(int_from_int64(w.lineno)), Value(int_from_int64(w.offset)),
                Value(str_from_utf8(w.text)), Value(int_from_int64(w.end_lineno)), Value(int_from_int64(w.end_offset)) });
            return raise_with_args(&g_exc_SyntaxError, { Val(message.get()), Val(details.get()) });
        }
    }
    if (parsed.error) {
        auto& e = *parsed.error;
        TypeObject* type = e.type == "IndentationError" ? &g_exc_IndentationError : e.type == "TabError" ? &g_exc_TabError : &g_exc_SyntaxError;
        if (!e.located)
            return raise_syntax_error(type, e.msg, filename, 0, 0, "", 0, 0);
        // CPython 3.12 compat: the parser's positions are kept as they are, 0 and -1 included (offset 0 at a
        // token without a column, end_offset -1 for some tokenizer errors, line 0 for empty input).
        Ref<StrObject> message = str_from_utf8(e.msg);
        Ref<TupleObject> details = tuple_of({ Val(filename), Value(int_from_int64(e.lineno)), Value(int_from_int64(e.offset)),
            Value(str_from_utf8(e.text)), Value(int_from_int64(e.end_lineno)), Value(int_from_int64(e.end_offset)) });
        return raise_with_args(type, { Val(message.get()), Val(details.get()) });
    }
    return parsed.module;
}

Result<std::optional<std::string>> decode_declared_encoding(std::string_view source, StrObject* filename)
{
    // The tokenizer reads UTF-8 and Latin-1 itself; a source declaring another encoding is decoded with that
    // codec first, as CPython's tokenizer does, and compiled from its UTF-8 text.
    // CPython 3.12 compat: these errors have line 0, offset -1 and no text.
    auto encoding_error = [&](const std::string& message) -> Error {
        Ref<StrObject> text = str_from_utf8(message);
        Ref<TupleObject> details = tuple_of({ Val(filename), Val::small_int(0), Val::small_int(-1), none() });
        return raise_with_args(&g_exc_SyntaxError, { Val(text.get()), Val(details.get()) });
    };
    auto name = parse::coding_cookie(source);
    if (!name)
        return std::optional<std::string>();
    std::string normal = parse::normal_encoding_name(*name);
    if (source.starts_with("\xEF\xBB\xBF") && normal != "utf-8")
        return encoding_error("encoding problem: " + normal + " with BOM");
    if (normal == "utf-8" || normal == "iso-8859-1")
        return std::optional<std::string>();
    auto text = decode_bytes(source, normal, "strict");
    if (text.is_error()) {
        if (!error_matches(&g_exc_LookupError))
            return Error {};
        clear_error();
        return encoding_error("unknown encoding: " + *name);
    }
    return std::optional<std::string>(std::string(text.value().as<StrObject>()->view()));
}

Result<Ref<CodeObject>> compile_source(std::string_view source, StrObject* filename, Mode mode, parse::Cookie cookie)
{
    if (cookie == parse::Cookie::Apply) {
        if (auto decoded = TRY(decode_declared_encoding(source, filename)))
            return compile_source(*decoded, filename, mode, parse::Cookie::Ignore);
    }
    Arena arena;
    ast::Mod* module = TRY(parse_source(source, filename, mode, arena, cookie));
    return compile_ast(module, filename, mode, source);
}

}  // namespace ginger::compile
