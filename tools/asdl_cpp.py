#!/usr/bin/env python3
"""Generate Ginger's C++ AST declarations from src/parse/ast.asdl.

Writes src/parse/ast_nodes.h (the node structs), src/parse/ast_visit.h (a
field-by-field visitor used by the AST dumper and the _ast bindings),
src/parse/ast_build.h (node construction by constructor name and field-by-field
filling, for compile() of an AST made in Python) and lib/_ast.py (the node
classes of the _ast module, with CPython's _fields, _attributes, defaults and
docstrings). All outputs are committed; run this script after editing ast.asdl.

Usage: tools/asdl_cpp.py [--check]   (--check: fail if the outputs are stale)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASDL = os.path.join(ROOT, "src", "parse", "ast.asdl")
NODES_H = os.path.join(ROOT, "src", "parse", "ast_nodes.h")
VISIT_H = os.path.join(ROOT, "src", "parse", "ast_visit.h")
BUILD_H = os.path.join(ROOT, "src", "parse", "ast_build.h")
AST_PY = os.path.join(ROOT, "lib", "_ast.py")

# Simple sums become enums; these names avoid clashes with the BoolOp/UnaryOp/Compare structs.
ENUM_NAMES = {
    "expr_context": "ExprContext",
    "boolop": "BoolOperator",
    "operator": "Operator",
    "unaryop": "UnaryOperator",
    "cmpop": "CmpOperator",
}
BUILTIN_TYPES = {"identifier", "string", "int", "constant"}
# Constructors whose C++ struct would clash with a sum type: the statement Expr(expr value) is ExprStmt.
# Its kind enumerator keeps the ASDL name (StmtKind::Expr).
STRUCT_RENAMES = {("stmt", "Expr"): "ExprStmt"}


def struct_name(type_name, constructor_name):
    return STRUCT_RENAMES.get((type_name, constructor_name), constructor_name)


class Field:
    def __init__(self, type_name, quantifier, name):
        self.type = type_name
        self.quantifier = quantifier  # "", "?" or "*"
        self.name = name


class Constructor:
    def __init__(self, name, fields):
        self.name = name
        self.fields = fields


class Type:
    def __init__(self, name):
        self.name = name
        self.constructors = []  # Sum types only.
        self.fields = []  # Product types only.
        self.attributes = []
        self.is_product = False

    @property
    def is_simple(self):
        return not self.is_product and all(not c.fields for c in self.constructors) and not self.attributes


def tokenize(text):
    text = re.sub(r"--[^\n]*", "", text)
    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*|[=|(),?*{}]", text)


def parse_asdl(text):
    tokens = tokenize(text)
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take(expected=None):
        nonlocal position
        token = tokens[position]
        if expected is not None and token != expected:
            raise SystemExit(f"asdl: expected {expected!r}, got {token!r}")
        position += 1
        return token

    def fields():
        result = []
        take("(")
        while peek() != ")":
            type_name = take()
            quantifier = ""
            if peek() in ("?", "*"):
                quantifier = take()
            result.append(Field(type_name, quantifier, take()))
            if peek() == ",":
                take()
        take(")")
        return result

    take("module")
    take()
    take("{")
    types = []
    while peek() != "}":
        current = Type(take())
        take("=")
        if peek() == "(":
            current.is_product = True
            current.fields = fields()
        else:
            while True:
                name = take()
                current.constructors.append(Constructor(name, fields() if peek() == "(" else []))
                if peek() != "|":
                    break
                take()
        if peek() == "attributes":
            take()
            current.attributes = fields()
        types.append(current)
    take("}")
    return types


def camel(name):
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


class Names:
    """Maps ASDL type names to C++ names."""

    def __init__(self, types):
        self.types = {t.name: t for t in types}
        self.cpp = {}
        for t in types:
            if t.is_simple:
                self.cpp[t.name] = ENUM_NAMES[t.name]
            elif t.is_product:
                self.cpp[t.name] = camel(t.name)
            else:
                name = camel(t.name)
                # A sum type whose only constructor has its own name (excepthandler = ExceptHandler,
                # type_ignore = TypeIgnore) is spelled with only its first letter capitalised.
                if any(c.name == name for c in t.constructors):
                    name = t.name.replace("_", "").capitalize()
                self.cpp[t.name] = name

    def field_type(self, field):
        if field.type in ("identifier", "string"):
            base, pointer = "std::string", False
        elif field.type == "int":
            base, pointer = "int", False
        elif field.type == "constant":
            base, pointer = "ConstantValue", False
        elif self.types[field.type].is_simple:
            base, pointer = self.cpp[field.type], False
        else:
            base, pointer = self.cpp[field.type] + "*", True
        if field.quantifier == "*":
            return f"std::vector<{base}>", ""
        if pointer:
            return base, " = nullptr"
        if base == "int":
            return base, " = 0"
        if base in ("std::string", "ConstantValue"):
            return base, ""
        return base, "{}"


HEADER_NOTE = "// Generated by tools/asdl_cpp.py from src/parse/ast.asdl. Do not edit; change the generator or the schema.\n"


def generate_nodes(types, names):
    out = [HEADER_NOTE, """// The Python 3.12 abstract syntax tree as plain C++ structs. Nodes live in a ginger::Arena.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ginger::ast {

// CPython positions: lines are 1-based, columns are 0-based UTF-8 byte offsets.
struct Node {
    int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// The value of a Constant or MatchSingleton node, kept as plain C++ data so that the parser needs no VM.
struct ConstantValue {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Kind kind = Kind::None;
    // Int: the literal's digits without '_', base prefix kept ("0x1F", "123"). Str: the decoded value in UTF-8,
    // lone surrogates encoded as 3-byte sequences (WTF-8). Bytes: the raw bytes.
    std::string text;
    // Float: the value. Complex: the imaginary part (the literal 2j has number 2.0).
    double number = 0;
};
"""]
    for t in types:
        if t.is_simple:
            members = ", ".join(c.name for c in t.constructors)
            out.append(f"enum class {names.cpp[t.name]} : uint8_t {{ {members} }};\n")
    out.append("\n")
    for t in types:
        if t.is_simple:
            continue
        if t.is_product:
            out.append(f"struct {names.cpp[t.name]};\n")
        else:
            out.append(f"struct {names.cpp[t.name]};\n")
            for c in t.constructors:
                out.append(f"struct {struct_name(t.name, c.name)};\n")
    for t in types:
        if t.is_simple:
            continue
        out.append("\n")
        if t.is_product:
            cpp = names.cpp[t.name]
            base = " : Node" if t.attributes else ""
            out.append(f"struct {cpp}{base} {{\n")
            for f in t.fields:
                type_name, init = names.field_type(f)
                out.append(f"    {type_name} {f.name}{init};\n")
            out.append("};\n")
            continue
        cpp = names.cpp[t.name]
        kind = cpp + "Kind"
        members = ", ".join(c.name for c in t.constructors)
        out.append(f"enum class {kind} : uint8_t {{ {members} }};\n\n")
        out.append(f"""struct {cpp} : Node {{
    explicit {cpp}({kind} k)
        : kind(k)
    {{
    }}
    {kind} kind;
    template<class U> U* as() {{ return kind == U::KIND ? static_cast<U*>(this) : nullptr; }}
    template<class U> U const* as() const {{ return kind == U::KIND ? static_cast<U const*>(this) : nullptr; }}
    template<class U> bool is() const {{ return kind == U::KIND; }}
}};
""")
        for c in t.constructors:
            sname = struct_name(t.name, c.name)
            out.append(f"\nstruct {sname} : {cpp} {{\n")
            out.append(f"    static constexpr {kind} KIND = {kind}::{c.name};\n")
            out.append(f"    {sname}()\n        : {cpp}(KIND)\n    {{\n    }}\n")
            for f in c.fields:
                if f.name in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
                    out.append(f"    // The field '{f.name}' is Node::{f.name}.\n")
                    continue
                type_name, init = names.field_type(f)
                out.append(f"    {type_name} {f.name}{init};\n")
            out.append("};\n")
    out.append("\n}\n")
    return "".join(out)


def generate_visit(types, names):
    out = [HEADER_NOTE, """// Field-by-field visiting of AST nodes, in ast-module order, for the dumper and the _ast bindings.
// A visitor V provides field(name, value, optional) for every field type, and attributes(node) for nodes
// that carry positions.
#pragma once

#include "parse/ast_nodes.h"

namespace ginger::ast {
"""]
    for t in types:
        if not t.is_simple:
            continue
        cpp = names.cpp[t.name]
        out.append(f"\ninline char const* to_string({cpp} value)\n{{\n    switch (value) {{\n")
        for c in t.constructors:
            out.append(f"    case {cpp}::{c.name}: return \"{c.name}\";\n")
        out.append("    }\n    return \"?\";\n}\n")

    def field_lines(var, fields):
        lines = []
        for f in fields:
            optional = "true" if f.quantifier == "?" else "false"
            lines.append(f"    v.field(\"{f.name}\", {var}->{f.name}, {optional});\n")
        return lines

    for t in types:
        if t.is_simple:
            continue
        cpp = names.cpp[t.name]
        out.append(f"\ninline char const* node_name({cpp} const* node)\n{{\n")
        if t.is_product:
            out.append(f"    (void)node;\n    return \"{t.name}\";\n}}\n")
        else:
            out.append("    switch (node->kind) {\n")
            for c in t.constructors:
                out.append(f"    case {cpp}Kind::{c.name}: return \"{c.name}\";\n")
            out.append("    }\n    return \"?\";\n}\n")
        out.append(f"\ntemplate<class V>\nvoid visit_fields({cpp} const* node, V& v)\n{{\n")
        if t.is_product:
            out.append("    auto const* n = node;\n")
            out.extend(field_lines("n", t.fields))
            if t.attributes:
                out.append("    v.attributes(static_cast<Node const*>(node));\n")
        else:
            out.append("    switch (node->kind) {\n")
            for c in t.constructors:
                out.append(f"    case {cpp}Kind::{c.name}: {{\n")
                if c.fields:
                    out.append(f"        auto const* n = static_cast<{struct_name(t.name, c.name)} const*>(node);\n")
                for line in field_lines("n", c.fields):
                    out.append("    " + line)
                out.append("        break;\n    }\n")
            out.append("    }\n")
            if t.attributes:
                out.append("    v.attributes(static_cast<Node const*>(node));\n")
        out.append("}\n")
    out.append("\n}\n")
    return "".join(out)


def generate_build(types, names):
    out = [HEADER_NOTE, """// Building AST nodes from outside the parser (compile() of an AST made in Python): a node of a sum type by
// its constructor's name, and fill_fields(), which hands a visitor a reference to every field so that it can
// set it. Positions are filled by the visitor's attributes(node).
#pragma once

#include "parse/ast_nodes.h"
#include "support/arena.h"

#include <string_view>

namespace ginger::ast {
"""]
    out.append("""
// What the _ast bindings need to know about each C++ node type: its ASDL name, its constructors (the classes
// to try, in order, for a sum type; enums are numbered in this order) and whether it carries positions.
template<class T>
struct NodeTraits;
""")
    for t in types:
        if t.is_product:
            continue
        ctor_names = ", ".join(f'"{c.name}"' for c in t.constructors)
        out.append(f"\ninline constexpr char const* {t.name}_constructors[] = {{ {ctor_names} }};\n")
        if t.is_simple:
            continue
        cpp = names.cpp[t.name]
        out.append(f"\ninline {cpp}* new_node({cpp}*, std::string_view name, Arena& arena)\n{{\n")
        for c in t.constructors:
            out.append(f"    if (name == \"{c.name}\")\n        return arena.make<{struct_name(t.name, c.name)}>();\n")
        out.append("    return nullptr;\n}\n")
    for t in types:
        cpp = names.cpp[t.name]
        ctors = f"{t.name}_constructors" if not t.is_product else "nullptr"
        count = len(t.constructors) if not t.is_product else 0
        positions = "true" if t.attributes else "false"
        out.append(f"""
template<>
struct NodeTraits<{cpp}> {{
    static constexpr char const* name = "{t.name}";
    static constexpr char const* const* constructors = {ctors};
    static constexpr int constructor_count = {count};
    static constexpr bool has_positions = {positions};
}};
""")

    def field_lines(var, fields, indent):
        lines = []
        for f in fields:
            optional = "true" if f.quantifier == "?" else "false"
            lines.append(f"{indent}v.field(\"{f.name}\", {var}->{f.name}, {optional});\n")
        return lines

    for t in types:
        if t.is_simple:
            continue
        cpp = names.cpp[t.name]
        out.append(f"\ntemplate<class V>\nvoid fill_fields({cpp}* node, V& v)\n{{\n")
        if t.is_product:
            out.extend(field_lines("node", t.fields, "    "))
            if t.attributes:
                out.append("    v.attributes(static_cast<Node*>(node));\n")
        else:
            out.append("    switch (node->kind) {\n")
            for c in t.constructors:
                out.append(f"    case {cpp}Kind::{c.name}: {{\n")
                if c.fields:
                    out.append(f"        auto* n = static_cast<{struct_name(t.name, c.name)}*>(node);\n")
                out.extend(field_lines("n", c.fields, "        "))
                out.append("        break;\n    }\n")
            out.append("    }\n")
            if t.attributes:
                out.append("    v.attributes(static_cast<Node*>(node));\n")
        out.append("}\n")
    out.append("\n}\n")
    return "".join(out)


def signature(name, fields):
    if not fields:
        return name
    parts = [f"{f.type}{f.quantifier} {f.name}" for f in fields]
    return f"{name}({', '.join(parts)})"


PYTHON_PRELUDE = '''"""The node classes of the abstract syntax tree, as CPython's _ast module has them.

Generated by tools/asdl_cpp.py from src/parse/ast.asdl. Do not edit; change the generator or the schema.
compile(..., ast.PyCF_ONLY_AST) builds trees of these classes, and compile() of such a tree turns it back
into Ginger's C++ AST (src/modules/ast.cpp).
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state:
            return type(self), (), state
        return type(self), ()
'''


def generate_python(types):
    out = [PYTHON_PRELUDE]

    def class_block(name, base, doc, fields, attributes):
        lines = [f"\n\nclass {name}({base}):\n", f"    __doc__ = {doc!r}\n"]
        if fields is not None:
            field_names = tuple(f.name for f in fields)
            lines.append(f"    _fields = {field_names!r}\n")
            lines.append(f"    __match_args__ = {field_names!r}\n")
        if attributes is not None:
            lines.append(f"    _attributes = {tuple(a.name for a in attributes)!r}\n")
            for a in attributes:
                if a.quantifier == "?":
                    lines.append(f"    {a.name} = None\n")
        for f in fields or ():
            if f.quantifier == "?":
                lines.append(f"    {f.name} = None\n")
        return "".join(lines)

    for t in types:
        if t.is_product:
            out.append(class_block(t.name, "AST", signature(t.name, t.fields), t.fields, t.attributes))
            continue
        indent = " " * (len(t.name) + 1)
        if t.is_simple:
            doc = f"{t.name} = " + " | ".join(c.name for c in t.constructors)
        else:
            doc = f"{t.name} = " + f"\n{indent}| ".join(signature(c.name, c.fields) for c in t.constructors)
        out.append(class_block(t.name, "AST", doc, [], t.attributes))
        for c in t.constructors:
            out.append(class_block(c.name, t.name, signature(c.name, c.fields), c.fields, None))
    out.append("\n\n# CPython's node classes say they come from the ast module.\n")
    out.append("for _class in list(globals().values()):\n")
    out.append("    if isinstance(_class, type) and issubclass(_class, AST):\n")
    out.append("        _class.__module__ = 'ast'\n")
    out.append("del _class\n")
    return "".join(out)


def main():
    with open(ASDL) as f:
        types = parse_asdl(f.read())
    names = Names(types)
    outputs = {NODES_H: generate_nodes(types, names), VISIT_H: generate_visit(types, names),
               BUILD_H: generate_build(types, names), AST_PY: generate_python(types)}
    check = "--check" in sys.argv[1:]
    stale = False
    for path, text in outputs.items():
        old = open(path).read() if os.path.exists(path) else None
        if old == text:
            continue
        if check:
            print(f"{os.path.relpath(path, ROOT)} is stale; run tools/asdl_cpp.py", file=sys.stderr)
            stale = True
        else:
            with open(path, "w") as f:
                f.write(text)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
