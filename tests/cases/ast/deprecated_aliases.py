# The deprecated node classes kept for old code: Num, Str, Bytes, NameConstant, Ellipsis (through the
# module's __getattr__), Constant.n/.s, Index, ExtSlice, Tuple.dims, slice, Suite, Param, AugLoad, AugStore.
try:
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
except ImportError:  # Ginger without warnings does not warn
    pass
import ast

number = ast.Num(5)
print(type(number).__name__, number.value, ast.dump(number))
print(ast.dump(ast.Str(s="text")), ast.dump(ast.Bytes(b"b")), ast.dump(ast.NameConstant(None)))
print(ast.dump(ast.Ellipsis()))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant("s"), ast.Str),
      isinstance(ast.Constant(b"s"), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Name("x"), ast.Str), isinstance(ast.Constant(), ast.Num))
print(ast.Num.__doc__)
print(ast.Num._fields, ast.Str._fields, ast.Ellipsis._fields)
constant = ast.Constant(value=3)
print(constant.n, constant.s)
constant.n = 4
print(constant.value)
constant.s = "five"
print(constant.value)
try:
    ast.Num(1, n=2)
except TypeError as error:
    print("TypeError", error)
print("Num" in dir(ast), hasattr(ast, "Num"))
namespace = {}
exec("from ast import *", namespace)
print(sorted(name for name in ("Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Constant", "parse",
                               "dump", "NodeVisitor", "Index") if name in namespace))
try:
    ast.Nothing
except AttributeError as error:
    print("AttributeError", error)

name = ast.Name("x", ast.Load())
print(ast.Index(name) is name)
extended = ast.ExtSlice([ast.Constant(1), ast.Slice()])
print(ast.dump(extended))
print(extended.dims is extended.elts)
extended.dims = []
print(extended.elts)
print(ast.dump(ast.ExtSlice()))
for cls in (ast.slice, ast.Index, ast.ExtSlice, ast.Suite, ast.Param, ast.AugLoad, ast.AugStore):
    print(cls.__name__, [base.__name__ for base in cls.__mro__[1:]])
print(ast.dump(ast.Param()), isinstance(ast.AugLoad(), ast.expr_context))
