// The compiler: source or AST in, code object out. Parse and symbol-table errors become SyntaxError.
#pragma once

#include "objects/code.h"
#include "parse/tokenizer.h"

#include <optional>
#include <string>
#include <string_view>

namespace ginger {
class Arena;
}
namespace ginger::ast {
struct Mod;
}

namespace ginger::compile {

// FuncType: only for parse_source (ast.parse(mode="func_type")); nothing compiles it.
enum class Mode { Exec, Eval, Single, FuncType };

// compile(..., optimize=N) while it lives on this thread: from 1 on, assert statements compile to nothing and
// __debug__ is False; from 2 on, docstrings are dropped too. The default level is 0 (Ginger has no -O yet).
class OptimizeLevel {
public:
    explicit OptimizeLevel(int level);
    ~OptimizeLevel();
    OptimizeLevel(const OptimizeLevel&) = delete;
    OptimizeLevel& operator=(const OptimizeLevel&) = delete;

private:
    int m_previous;
};

// The __future__ flags (CO_FUTURE_*) that compile(), exec() and eval() pass on to the compilation under way on
// this thread while this lives: compile()'s flags argument and the features of the code calling them.
class FutureFlags {
public:
    explicit FutureFlags(uint32_t flags);
    ~FutureFlags();
    FutureFlags(const FutureFlags&) = delete;
    FutureFlags& operator=(const FutureFlags&) = delete;

private:
    uint32_t m_previous;
};
uint32_t inherited_future_flags();

// cookie: Cookie::Ignore for str sources, whose coding declaration CPython ignores.
Result<Ref<CodeObject>> compile_source(std::string_view source, StrObject* filename, Mode mode, parse::Cookie cookie = parse::Cookie::Apply);
// A source (bytes) whose coding declaration names an encoding other than UTF-8 and Latin-1, which the tokenizer
// reads itself, decoded to UTF-8 (to be parsed with Cookie::Ignore); nothing for other sources.
Result<std::optional<std::string>> decode_declared_encoding(std::string_view source, StrObject* filename);
// Only the parser's part: the tree (in `arena`), or SyntaxError/IndentationError/TabError.
// type_comments: ast.PyCF_TYPE_COMMENTS.
Result<ast::Mod*> parse_source(std::string_view source, StrObject* filename, Mode mode, Arena& arena, parse::Cookie cookie = parse::Cookie::Apply, bool type_comments = false);
class SymbolTable;
// Builds the symbol tables of a tree; an invalid program raises SyntaxError (as compile() would; without
// for_compiler, only for the errors CPython's symbol table reports).
Result<void> build_symbol_table(SymbolTable& symbols, ast::Mod* module, StrObject* filename, std::string_view source, bool for_compiler);
Result<Ref<CodeObject>> compile_ast(ast::Mod* module, StrObject* filename, Mode mode, std::string_view source);

// The interpreter's optimization level (-O, -OO, sys.flags.optimize), the default of OptimizeLevel (not 0 any
// more): set once at start-up, before anything is compiled.
extern int g_optimize_level;

}  // namespace ginger::compile
