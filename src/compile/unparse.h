// The text of an expression as CPython's C unparser (Python/ast_unparse.c) writes it: what an annotation
// becomes under `from __future__ import annotations` (PEP 563).
#pragma once

#include "objects/object.h"
#include "parse/ast_nodes.h"

#include <string>

namespace ginger::compile {

// UTF-8 text; fails only where repr() of a constant does (an int too long to convert to a string).
Result<std::string> unparse_annotation(const ast::Expr* e);

}  // namespace ginger::compile
