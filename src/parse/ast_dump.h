// A debug printer for the AST, in the format of CPython's ast.dump().
#pragma once

#include "parse/ast_nodes.h"

#include <string>

namespace ginger::ast {

enum class DumpAttributes { Omit, Include };

// Like ast.dump(node, include_attributes=...): no indentation, optional fields that are absent left out.
std::string dump(Mod const* node, DumpAttributes attributes = DumpAttributes::Omit);
std::string dump(Stmt const* node, DumpAttributes attributes = DumpAttributes::Omit);
std::string dump(Expr const* node, DumpAttributes attributes = DumpAttributes::Omit);
std::string dump(Pattern const* node, DumpAttributes attributes = DumpAttributes::Omit);

// Python's repr() of a constant (ints in decimal, floats in shortest round-trip form).
std::string constant_repr(ConstantValue const& value);

}
