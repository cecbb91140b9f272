# compile() of a tree made in Python checks it first, as CPython does: expression contexts, empty bodies and
# lists, and lengths that must match, each with CPython's ValueError or TypeError.
import ast


def load(name):
    return ast.Name(id=name, ctx=ast.Load())


def store(name):
    return ast.Name(id=name, ctx=ast.Store())


def check(*statements, mode="exec"):
    tree = ast.Module(body=list(statements), type_ignores=[]) if mode == "exec" else ast.Expression(body=statements[0])
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<tree>", mode)
        print("compiles")
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)


args = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
check(ast.Assign(targets=[load("x")], value=ast.Constant(1)))
check(ast.Assign(targets=[ast.Constant(1)], value=ast.Constant(1)))
check(ast.Assign(targets=[], value=ast.Constant(1)))
check(ast.Delete(targets=[store("x")]))
check(ast.Delete(targets=[ast.Call(func=load("f"), args=[], keywords=[])]))
check(ast.Expr(value=store("x")))
check(ast.AugAssign(target=load("a"), op=ast.Add(), value=load("b")))
check(ast.Assign(targets=[ast.Tuple(elts=[store("a"), load("b")], ctx=ast.Store())], value=load("c")))
check(ast.Assign(targets=[ast.Starred(value=load("a"), ctx=ast.Store())], value=load("c")))
check(ast.Expr(value=ast.Compare(left=load("a"), ops=[ast.Lt(), ast.Lt()], comparators=[load("b")])))
check(ast.Expr(value=ast.Compare(left=load("a"), ops=[], comparators=[])))
check(ast.Expr(value=ast.BoolOp(op=ast.And(), values=[load("a")])))
check(ast.Expr(value=ast.Dict(keys=[None], values=[])))
check(ast.Expr(value=ast.ListComp(elt=load("x"), generators=[])))
check(ast.Expr(value=ast.NamedExpr(target=ast.Attribute(value=load("a"), attr="b", ctx=ast.Store()), value=load("c"))))
check(ast.AnnAssign(target=ast.Attribute(value=load("a"), attr="b", ctx=ast.Store()), annotation=load("int"), simple=1))
check(ast.FunctionDef(name="f", args=args, body=[], decorator_list=[], type_params=[]))
check(ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                                                   kwarg=None, defaults=[ast.Constant(1)]),
                      body=[ast.Pass()], decorator_list=[], type_params=[]))
check(ast.If(test=load("x"), body=[], orelse=[]))
check(ast.While(test=load("x"), body=[ast.Pass()], orelse=[ast.Expr(value=store("y"))]))
check(ast.With(items=[], body=[ast.Pass()]))
check(ast.Try(body=[ast.Pass()], handlers=[], orelse=[], finalbody=[]))
check(ast.Try(body=[ast.Pass()], handlers=[], orelse=[ast.Pass()], finalbody=[ast.Pass()]))
check(ast.Raise(exc=None, cause=load("e")))
check(ast.Import(names=[]))
check(ast.ImportFrom(module="m", names=[ast.alias(name="a")], level=-1))
check(ast.Global(names=[]))
check(ast.For(target=load("i"), iter=load("x"), body=[ast.Pass()], orelse=[]))
check(ast.BinOp(left=load("a"), op=ast.Add(), right=store("b")), mode="eval")
check(ast.Lambda(args=args, body=ast.Yield(value=None)), mode="eval")
check(ast.Assign(targets=[ast.Tuple(elts=[store("a"), ast.Starred(value=store("b"), ctx=ast.Store())], ctx=ast.Store())],
                 value=load("c")))
tree = ast.Module(body=[ast.Assign(targets=[load("x")], value=ast.Constant(1))], type_ignores=[])
print(type(compile(tree, "<tree>", "exec", ast.PyCF_ONLY_AST)).__name__)
