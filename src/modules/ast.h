// Converting between the parser's C++ AST and the node objects of the _ast module (lib/_ast.py), for
// compile(..., ast.PyCF_ONLY_AST) and compile() of a tree made in Python.
#pragma once

#include "objects/object.h"
#include "parse/ast_nodes.h"
#include "support/arena.h"

#include <string_view>

namespace ginger {

// The tree as _ast node objects.
Result<Value> ast_to_python(const ast::Mod* module);
// Whether `object` is an _ast.AST instance (imports _ast on first use).
Result<bool> is_ast_object(Val object);
// A C++ tree (allocated in `arena`) from _ast node objects; `mode` ("exec", "eval", "single", "func_type")
// names the root class expected. TypeError with CPython's messages for malformed trees.
Result<ast::Mod*> ast_from_python(Val object, std::string_view mode, Arena& arena);
// CPython's checks of a converted tree before compiling it (PyAST_Validate): ValueError or TypeError with its
// messages for wrong expression contexts, empty bodies, mismatched lengths and the like.
Result<bool> ast_validate(const ast::Mod* module);

}  // namespace ginger
