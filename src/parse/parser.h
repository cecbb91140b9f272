// The parser: Python 3.12 source to the AST CPython 3.12 builds, or the SyntaxError CPython 3.12 reports.
#pragma once

#include "parse/ast_nodes.h"
#include "parse/tokenizer.h"
#include "support/arena.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ginger::parse {

struct SyntaxErrorInfo {
    // "SyntaxError", "IndentationError" or "TabError". CPython 3.12 compat: input too deeply nested for the
    // parser gives "MemoryError" with msg "Parser stack overflowed - Python source too complex to parse".
    std::string type = "SyntaxError";
    std::string msg;            // CPython 3.12's message, word for word.
    int lineno = 0, offset = 0; // As SyntaxError.lineno/.offset: offset is 1-based, in characters.
    int end_lineno = 0, end_offset = 0;
    std::string text; // The offending source line, with its newline as CPython shows it.
    // False for errors CPython reports without a position (null bytes): lineno, offset, text, ... are None.
    bool located = true;
};

// FuncType: a function type comment, "(argument types) -> return type" (ast.parse(mode="func_type")).
enum class Mode { Exec, Eval, Single, FuncType };

// A SyntaxWarning the compiler issues once the parse succeeded (invalid escape sequences).
struct ParseWarning {
    std::string msg;
    int lineno = 0, offset = 0;       // the string token: offset 1-based, in characters
    int end_lineno = 0, end_offset = 0;
    std::string text;                 // the token's first source line
};

struct ParseResult {
    ast::Mod* module = nullptr; // ast::Module, ast::Expression or ast::Interactive; nullptr on error.
    std::optional<SyntaxErrorInfo> error;
    std::vector<ParseWarning> warnings;  // in source order, each once
};

struct ParseOptions {
    bool type_comments = false;   // ast.PyCF_TYPE_COMMENTS: type_comment fields and Module.type_ignores filled in
    bool barry_as_bdfl = false;   // `from __future__ import barry_as_FLUFL` in effect: '<>' instead of '!='
};

ParseResult parse(std::string_view source, Mode mode, Arena& arena, Cookie cookie = Cookie::Apply, ParseOptions options = {});

}
