// The compiler: source or AST in, code object out. Parse and symbol-table errors become SyntaxError.
#pragma once

#include "objects/code.h"
#include "parse/tokenizer.h"

#include <string_view>

namespace ginger {
class Arena;
}
namespace ginger::ast {
struct Mod;
}

namespace ginger::compile {

enum class Mode { Exec, Eval, Single };

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

// cookie: Cookie::Ignore for str sources, whose coding declaration CPython ignores.
Result<Ref<CodeObject>> compile_source(std::string_view source, StrObject* filename, Mode mode, parse::Cookie cookie = parse::Cookie::Apply);
// Only the parser's part: the tree (in `arena`), or SyntaxError/IndentationError/TabError.
Result<ast::Mod*> parse_source(std::string_view source, StrObject* filename, Mode mode, Arena& arena, parse::Cookie cookie = parse::Cookie::Apply);
Result<Ref<CodeObject>> compile_ast(ast::Mod* module, StrObject* filename, Mode mode, std::string_view source);

}  // namespace ginger::compile
