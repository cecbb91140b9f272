// Symbol tables: which names each scope defines and uses, resolved to local, global, free or cell
// variables (CPython's symtable.c algorithm).
#pragma once

#include "parse/ast_nodes.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ginger::compile {

enum class ScopeKind : uint8_t { Module, Class, Function, Comprehension };
enum class Resolution : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };
// What a Function scope stands for: a def, lambda or comprehension, or one of PEP 695's lazily evaluated
// scopes (CPython's block types; the _symtable module reports them).
// Annotation: an annotation under `from __future__ import annotations`, never compiled (checked only), and
// no child of its parent scope.
enum class FunctionBlock : uint8_t { Plain, TypeParams, TypeVarBound, TypeAlias, Annotation };

enum SymbolFlags : uint32_t {
    DEF_GLOBAL = 1 << 0,
    DEF_LOCAL = 1 << 1,
    DEF_PARAM = 1 << 2,
    DEF_NONLOCAL = 1 << 3,
    USE = 1 << 4,
    DEF_FREE_CLASS = 1 << 5,   // free in a nested scope and passed through a class
    DEF_IMPORT = 1 << 6,
    DEF_ANNOT = 1 << 7,
    DEF_COMP_ITER = 1 << 8,   // an iteration variable of a comprehension
};

struct SymbolError {
    std::string msg;
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// CPython's private name mangling: in the body of class C (and everything nested in it), __spam becomes
// _C__spam, unless it ends with two underscores or has a dot. `private_name` is the class's name.
std::string mangle(const std::string& private_name, const std::string& name);

struct Scope {
    ScopeKind kind;
    std::string name;
    std::string private_name;                         // the innermost enclosing class (names are mangled with it)
    const void* node = nullptr;
    int lineno = 0;
    FunctionBlock block = FunctionBlock::Plain;
    std::vector<std::string> names;                   // in order of first appearance
    std::unordered_map<std::string, uint32_t> flags;
    std::unordered_map<std::string, Resolution> resolved;
    std::vector<std::string> params;                  // in order
    std::vector<Scope*> children;
    Scope* parent = nullptr;
    bool is_generator = false;
    bool is_coroutine = false;
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool needs_class_cell = false;   // a class whose methods use __class__ or super()
    bool uses_class_cell = false;    // a function that reads __class__ (or calls super())
    bool has_annotations = false;
    // PEP 695 annotation scopes of a class body see the class namespace first (through its __classdict__ cell).
    bool can_see_class_scope = false;
    bool needs_classdict = false;    // a class whose annotation scopes read its namespace
    int comp_iter_expr = 0;          // inside a comprehension's iterable (inherited by nested scopes)
    // PEP 709: a list, set or dict comprehension is inlined: compiled into the code of its parent, whose
    // tables gain its names (inlined_names, with their flags and resolutions, after the parent's own) and
    // its cells (comp_cells: cell variables of the parent's code, whatever the name resolves to outside).
    bool inlined = false;
    size_t inline_position = 0;    // its names go before the parent's names from this index on (its statement's)
    size_t statement_start = 0;    // while building: the count of names when the current statement began
    std::vector<std::string> inlined_names;
    std::set<std::string> comp_cells;
    // The module scope only: every `global` statement's (mangled) name, with the count of the module's names
    // when it was met (CPython's symbol table marks the module's symbol too; _symtable shows it).
    std::vector<std::pair<std::string, size_t>> declared_globals;
    std::unordered_map<std::string, const ast::Node*> nonlocal_statements;  // where each nonlocal name was declared

    // `name` as written in the source; resolved after mangling.
    Resolution resolve(const std::string& name) const
    {
        // (Only a name starting with "__" in a class can be mangled: the common case makes no copy.)
        auto it = private_name.empty() || !name.starts_with("__") ? resolved.find(name) : resolved.find(mangle(private_name, name));
        return it == resolved.end() ? Resolution::GlobalImplicit : it->second;
    }
};

class SymbolTable {
public:
    // Builds and resolves the tables of a module; returns the error if the code is invalid. Without for_compiler,
    // the errors CPython's compiler raises rather than its symbol table ('yield' outside a function, a late
    // __future__ import) are not reported (the _symtable module).
    std::optional<SymbolError> build(ast::Mod* module, bool for_compiler = true);
    Scope* scope_for(const void* node) const;
    Scope* top() const { return m_top; }
    // The __future__ features in effect (CO_FUTURE_* flags): the module's own and those passed in (FutureFlags).
    uint32_t future_flags() const { return m_future_flags; }

private:
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::unordered_map<const void*, Scope*> m_by_node;
    Scope* m_top = nullptr;
    uint32_t m_future_flags = 0;
};

}  // namespace ginger::compile
