// The _symtable module: symtable(source, filename, mode) builds Ginger's symbol tables (src/compile/symtable.cpp)
// and returns them as CPython 3.12's "symtable entry" objects (id, name, type, lineno, nested, children, varnames,
// symbols), the form lib/symtable.py reads. Ginger's tables are translated to CPython's view of them: its flag
// bits and scope numbers, its block names ("lambda", "genexpr", a generic's own name), and PEP 709's inlining,
// where a list, set or dict comprehension is no table of its own: its names join the enclosing table and its
// children take its place.
#include "compile/compiler.h"
#include "compile/symtable.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "support/arena.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace ginger {

namespace {

using compile::FunctionBlock;
using compile::Resolution;
using compile::Scope;
using compile::ScopeKind;

// CPython's flag bits and scope numbers (Include/internal/pycore_symtable.h).
enum : long {
    PY_DEF_GLOBAL = 1, PY_DEF_LOCAL = 2, PY_DEF_PARAM = 4, PY_DEF_NONLOCAL = 8, PY_USE = 16, PY_DEF_FREE = 32,
    PY_DEF_FREE_CLASS = 64, PY_DEF_IMPORT = 128, PY_DEF_ANNOT = 256, PY_DEF_COMP_ITER = 512, PY_DEF_TYPE_PARAM = 1024,
    PY_DEF_COMP_CELL = 2048,
    PY_DEF_BOUND = PY_DEF_LOCAL | PY_DEF_PARAM | PY_DEF_IMPORT,
    SCOPE_OFFSET = 12, SCOPE_MASK = 0xF,
    LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5,
    TYPE_FUNCTION = 0, TYPE_CLASS = 1, TYPE_MODULE = 2, TYPE_ANNOTATION = 3, TYPE_TYPE_VAR_BOUND = 4,
    TYPE_TYPE_ALIAS = 5, TYPE_TYPE_PARAM = 6,
};

struct EntryObject : Object {
    Value name, children, varnames, symbols;
    int64_t type, lineno;
    bool nested;
};

TypeObject s_entry_type;

void entry_destroy(Object* object)
{
    auto* e = static_cast<EntryObject*>(object);
    e->name.~Value();
    e->children.~Value();
    e->varnames.~Value();
    e->symbols.~Value();
}

EntryObject* as_entry(Val self) { return self.as<EntryObject>(); }
Result<Value> entry_id(Val self) { return int_from_uint64(uint64_t(reinterpret_cast<uintptr_t>(self.object()))); }
Result<Value> entry_name(Val self) { return Value::borrow(as_entry(self)->name.get()); }
Result<Value> entry_type(Val self) { return Value::small_int(as_entry(self)->type); }
Result<Value> entry_lineno(Val self) { return Value::small_int(as_entry(self)->lineno); }
Result<Value> entry_nested(Val self) { return Value::small_int(as_entry(self)->nested ? 1 : 0); }
Result<Value> entry_children(Val self) { return Value::borrow(as_entry(self)->children.get()); }
Result<Value> entry_varnames(Val self) { return Value::borrow(as_entry(self)->varnames.get()); }
Result<Value> entry_symbols(Val self) { return Value::borrow(as_entry(self)->symbols.get()); }

Result<Value> entry_repr(Val self)
{
    auto* e = as_entry(self);
    std::string text = "<symtable entry " + std::string(e->name.as<StrObject>()->view()) + "(" +
        std::to_string(reinterpret_cast<uintptr_t>(self.object())) + "), line " + std::to_string(e->lineno) + ">";
    return Value(str_from_utf8(text));
}

const GetSetDef s_entry_getsets[] = {
    { "id", entry_id, nullptr, nullptr },
    { "name", entry_name, nullptr, nullptr },
    { "type", entry_type, nullptr, nullptr },
    { "lineno", entry_lineno, nullptr, nullptr },
    { "nested", entry_nested, nullptr, nullptr },
    { "children", entry_children, nullptr, nullptr },
    { "varnames", entry_varnames, nullptr, nullptr },
    { "symbols", entry_symbols, nullptr, nullptr },
    {},
};

// A table's symbols in order of insertion, with CPython's flags (scope included).
struct Symbols {
    std::vector<std::string> order;
    std::unordered_map<std::string, long> flags;
    void add(const std::string& name, long value)
    {
        if (flags.emplace(name, value).second)
            order.push_back(name);
    }
};

long cpython_flags(uint32_t f)
{
    long out = f & (compile::DEF_GLOBAL | compile::DEF_LOCAL | compile::DEF_PARAM | compile::DEF_NONLOCAL | compile::USE);
    if (f & compile::DEF_FREE_CLASS)
        out |= PY_DEF_FREE_CLASS;
    if (f & compile::DEF_IMPORT)
        out |= PY_DEF_IMPORT;
    if (f & compile::DEF_ANNOT)
        out |= PY_DEF_ANNOT;
    if (f & compile::DEF_COMP_ITER)
        out |= PY_DEF_COMP_ITER;
    return out;
}

long scope_number(Resolution r)
{
    switch (r) {
    case Resolution::Local: return LOCAL;
    case Resolution::GlobalExplicit: return GLOBAL_EXPLICIT;
    case Resolution::GlobalImplicit: return GLOBAL_IMPLICIT;
    case Resolution::Free: return FREE;
    case Resolution::Cell: return CELL;
    }
    return 0;
}

bool function_like(const Scope* s) { return s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension; }
bool inlined(const Scope* s) { return s->kind == ScopeKind::Comprehension && !s->is_generator; }

Resolution resolution_of(const Scope* s, const std::string& name)
{
    auto it = s->resolved.find(name);
    return it == s->resolved.end() ? Resolution::GlobalImplicit : it->second;
}

// The annotation scope of a generic function's type parameters (its child is the function).
bool generic_function(const Scope* s)
{
    if (s->block != FunctionBlock::TypeParams)
        return false;
    for (const Scope* child : s->children) {
        if (child->kind == ScopeKind::Function && child->block == FunctionBlock::Plain && "<generic parameters of " + child->name + ">" == s->name)
            return true;
    }
    return false;
}

// A table as CPython shows it: its symbols (with those of its inlined comprehensions) and its child scopes
// (the children of inlined comprehensions spliced in).
struct Table {
    Symbols symbols;
    std::vector<Scope*> children;
};

Table collect(Scope* s)
{
    Table t;
    // The children first: a name is a cell only if a real child table needs it (not an inlined comprehension).
    std::vector<Table> inner;
    for (Scope* child : s->children) {
        if (inlined(child)) {
            inner.push_back(collect(child));
            t.children.insert(t.children.end(), inner.back().children.begin(), inner.back().children.end());
        } else {
            t.children.push_back(child);
        }
    }
    auto needed_by_child = [&](const std::string& name) {
        for (Scope* child : t.children) {
            if (resolution_of(child, name) == Resolution::Free)
                return true;
        }
        return false;
    };
    auto scope_of = [&](const std::string& name) {
        auto it = s->resolved.find(name);
        long scope = it != s->resolved.end() ? scope_number(it->second) : name == "__class__" ? GLOBAL_IMPLICIT : LOCAL;
        if (scope == CELL && !needed_by_child(name))
            scope = LOCAL;
        return scope;
    };
    bool type_params = s->kind == ScopeKind::Function && s->block == FunctionBlock::TypeParams;
    if (s->kind == ScopeKind::Class && s->parent && s->parent->block == FunctionBlock::TypeParams)
        t.symbols.add("__type_params__", PY_DEF_LOCAL | (LOCAL << SCOPE_OFFSET));
    std::vector<std::string> names = s->names;
    if (type_params) {
        // CPython enters .defaults and .kwdefaults (always .defaults for a function), .type_params and
        // .generic_base before the parameters themselves (after __classdict__).
        std::stable_partition(names.begin(), names.end(), [](const std::string& n) { return n == "__classdict__" || n[0] == '.'; });
        if (generic_function(s) && !s->flags.count(".defaults"))
            names.insert(names.begin() + (s->flags.count("__classdict__") ? 1 : 0), ".defaults");
    }
    std::unordered_map<std::string, uint32_t> added_flags;  // names CPython has and Ginger's table does not
    if (generic_function(s) && !s->flags.count(".defaults"))
        added_flags[".defaults"] = compile::DEF_PARAM;
    // In a function, CPython enters __class__ where super is first read (it resolves as a global outside a class).
    auto super = std::find(names.begin(), names.end(), "super");
    if (s->kind != ScopeKind::Module && s->kind != ScopeKind::Class && s->block == FunctionBlock::Plain && super != names.end() &&
        (s->flags.at("super") & compile::USE)) {
        auto dunder = std::find(names.begin(), names.end(), "__class__");
        if (dunder == names.end()) {
            names.insert(super + 1, "__class__");
            added_flags["__class__"] = compile::USE;
        } else if (dunder > super) {
            std::rotate(super + 1, dunder, dunder + 1);
        }
    }
    std::unordered_map<std::string, bool> declared_global;
    for (const auto& [name, position] : s->declared_globals)
        declared_global[name] = true;
    size_t next_global = 0;
    for (size_t i = 0; i <= names.size(); ++i) {
        // The module's symbols include the names of `global` statements anywhere, where they were first met.
        for (; next_global < s->declared_globals.size() && s->declared_globals[next_global].second <= i; ++next_global) {
            const std::string& name = s->declared_globals[next_global].first;
            auto it = s->flags.find(name);
            long own = it == s->flags.end() ? 0 : cpython_flags(it->second);
            t.symbols.add(name, own | PY_DEF_GLOBAL | (GLOBAL_EXPLICIT << SCOPE_OFFSET));
        }
        if (i == names.size())
            break;
        const std::string& name = names[i];
        if (declared_global.count(name)) {
            t.symbols.add(name, cpython_flags(s->flags.at(name)) | PY_DEF_GLOBAL | (GLOBAL_EXPLICIT << SCOPE_OFFSET));
            continue;
        }
        auto found = s->flags.find(name);
        uint32_t flags = found == s->flags.end() ? added_flags.at(name) : found->second;
        if (flags == 0)
            continue;  // only passed through to a child: added last, as CPython does
        long value = cpython_flags(flags);
        if (type_params && (flags & compile::DEF_LOCAL)) {
            if (name[0] != '.')
                value |= PY_DEF_TYPE_PARAM;
            else
                value |= PY_USE;  // .type_params and .generic_base are read by the generated code
        }
        // A name of a class (or of an annotation scope that sees the class namespace) that is free in a child.
        if ((s->kind == ScopeKind::Class || s->can_see_class_scope) && needed_by_child(name))
            value |= PY_DEF_FREE_CLASS;
        t.symbols.add(name, value | (scope_of(name) << SCOPE_OFFSET));
    }
    for (Table& comp : inner) {
        for (const std::string& name : comp.symbols.order) {
            long value = comp.symbols.flags[name];
            if (value & PY_DEF_PARAM)
                continue;  // .0
            long scope = (value >> SCOPE_OFFSET) & SCOPE_MASK;
            long only = value & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL)
                only |= PY_DEF_COMP_CELL;
            if (scope == FREE && s->kind == ScopeKind::Class)
                only |= PY_DEF_FREE_CLASS;  // free in the class's (inlined) child, and now a symbol of the class
            t.symbols.add(name, only | (scope << SCOPE_OFFSET));
        }
    }
    for (const std::string& name : s->names) {
        if (s->flags.at(name) == 0)
            t.symbols.add(name, scope_of(name) << SCOPE_OFFSET);
    }
    return t;
}

std::string block_name(const Scope* s)
{
    if (s->kind == ScopeKind::Module)
        return "top";
    if (s->block == FunctionBlock::TypeParams && s->name.starts_with("<generic parameters of "))
        return s->name.substr(23, s->name.size() - 24);
    if (s->kind == ScopeKind::Comprehension || s->name == "<lambda>")
        return s->name.substr(1, s->name.size() - 2);
    return s->name;
}

long block_type(const Scope* s)
{
    switch (s->kind) {
    case ScopeKind::Module: return TYPE_MODULE;
    case ScopeKind::Class: return TYPE_CLASS;
    case ScopeKind::Comprehension: return TYPE_FUNCTION;
    case ScopeKind::Function: break;
    }
    switch (s->block) {
    case FunctionBlock::TypeParams: return TYPE_TYPE_PARAM;
    case FunctionBlock::TypeVarBound: return TYPE_TYPE_VAR_BOUND;
    case FunctionBlock::TypeAlias: return TYPE_TYPE_ALIAS;
    case FunctionBlock::Plain: case FunctionBlock::Annotation: break;
    }
    return TYPE_FUNCTION;
}

Result<Value> make_entry(Scope* s, bool nested)
{
    Table table = collect(s);
    Ref<DictObject> symbols = dict_new();
    for (const std::string& name : table.symbols.order)
        dict_set_str(symbols.get(), str_from_utf8(name).get(), Val::small_int(table.symbols.flags[name]));
    Ref<ListObject> varnames = list_new();
    if (generic_function(s) && std::find(s->params.begin(), s->params.end(), ".defaults") == s->params.end())
        list_append(varnames.get(), Value(str_from_utf8(".defaults")));
    for (const std::string& param : s->params)
        list_append(varnames.get(), Value(str_from_utf8(param)));
    Ref<ListObject> children = list_new();
    // CPython: a table is nested when an enclosing one is function-like (a comprehension counts, inlined or not).
    for (Scope* child : table.children)
        list_append(children.get(), TRY(make_entry(child, nested || function_like(child->parent))));
    auto* e = static_cast<EntryObject*>(alloc_object(&s_entry_type));
    if (!e)
        return raise_memory_error();
    new (&e->name) Value(str_from_utf8(block_name(s)));
    new (&e->children) Value(std::move(children));
    new (&e->varnames) Value(std::move(varnames));
    new (&e->symbols) Value(std::move(symbols));
    e->type = block_type(s);
    e->lineno = s->kind == ScopeKind::Module ? 0 : s->lineno;
    e->nested = nested;
    return Value::adopt(Val(e));
}

// symtable(source, filename, startstr, /)
Result<Value> symtable_symtable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "_symtable.symtable() takes no keyword arguments");
    if (nargs != 3)
        return raise(&g_exc_TypeError, "symtable expected 3 arguments, got {}", nargs);
    Val source = args[0];
    if (!is_str(source) && !is_bytes(source))
        return raise(&g_exc_TypeError, "symtable() arg 1 must be a string or bytes object");
    Value filename;
    if (is_str(args[1])) {
        filename = Value::borrow(args[1]);
    } else if (is_bytes(args[1]) && args[1].type() == &g_bytes_type) {
        filename = Value(str_from_utf8(args[1].as<BytesObject>()->view()));
    } else {
        Value path = TRY(call_special(args[1], str_intern("__fspath__"), {}));
        if (!path || !(is_str(path) || is_bytes(path)))
            return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", args[1].type()->type_name());
        filename = is_str(path) ? std::move(path) : Value(str_from_utf8(path.as<BytesObject>()->view()));
    }
    if (!is_str(args[2]))
        return raise(&g_exc_TypeError, "symtable() argument 3 must be str, not {}", args[2].type()->type_name());
    std::string_view mode_name = args[2].as<StrObject>()->view();
    compile::Mode mode;
    if (mode_name == "exec")
        mode = compile::Mode::Exec;
    else if (mode_name == "eval")
        mode = compile::Mode::Eval;
    else if (mode_name == "single")
        mode = compile::Mode::Single;
    else
        return raise(&g_exc_ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    std::string_view text = is_str(source) ? source.as<StrObject>()->view() : source.as<BytesObject>()->view();
    if (text.find('\0') != std::string_view::npos)
        return raise(&g_exc_SyntaxError, "source code string cannot contain null bytes");
    auto* name = filename.as<StrObject>();
    parse::Cookie cookie = is_str(source) ? parse::Cookie::Ignore : parse::Cookie::Apply;
    std::optional<std::string> decoded;
    if (cookie == parse::Cookie::Apply && (decoded = TRY(compile::decode_declared_encoding(text, name)))) {
        text = *decoded;
        cookie = parse::Cookie::Ignore;
    }
    Arena arena;
    ast::Mod* module = TRY(compile::parse_source(text, name, mode, arena, cookie));
    compile::SymbolTable symbols;
    TRY(compile::build_symbol_table(symbols, module, name, text, false));
    return make_entry(symbols.top(), false);
}

const MethodDef s_symtable_functions[] = {
    { "symtable", symtable_symtable, METHOD_STATIC, "Return symbol and scope dictionaries used internally by compiler." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> symtable_module_create()
{
    if (!s_entry_type.has_flag(TYPE_READY)) {
        type_init_static(s_entry_type, "symtable entry", sizeof(EntryObject), &g_object_type, 0);
        s_entry_type.destroy = entry_destroy;
        s_entry_type.repr = entry_repr;
        s_entry_type.getsets = s_entry_getsets;
        type_ready(s_entry_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_symtable"));
    module_add_functions(module.get(), s_symtable_functions);
    const std::pair<const char*, long> constants[] = {
        { "USE", PY_USE }, { "DEF_GLOBAL", PY_DEF_GLOBAL }, { "DEF_NONLOCAL", PY_DEF_NONLOCAL }, { "DEF_LOCAL", PY_DEF_LOCAL },
        { "DEF_PARAM", PY_DEF_PARAM }, { "DEF_FREE", PY_DEF_FREE }, { "DEF_FREE_CLASS", PY_DEF_FREE_CLASS },
        { "DEF_IMPORT", PY_DEF_IMPORT }, { "DEF_BOUND", PY_DEF_BOUND }, { "DEF_ANNOT", PY_DEF_ANNOT },
        { "TYPE_FUNCTION", TYPE_FUNCTION }, { "TYPE_CLASS", TYPE_CLASS }, { "TYPE_MODULE", TYPE_MODULE },
        { "TYPE_ANNOTATION", TYPE_ANNOTATION }, { "TYPE_TYPE_VAR_BOUND", TYPE_TYPE_VAR_BOUND },
        { "TYPE_TYPE_ALIAS", TYPE_TYPE_ALIAS }, { "TYPE_TYPE_PARAM", TYPE_TYPE_PARAM },
        { "LOCAL", LOCAL }, { "GLOBAL_EXPLICIT", GLOBAL_EXPLICIT }, { "GLOBAL_IMPLICIT", GLOBAL_IMPLICIT },
        { "FREE", FREE }, { "CELL", CELL }, { "SCOPE_OFF", SCOPE_OFFSET }, { "SCOPE_MASK", SCOPE_MASK },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
