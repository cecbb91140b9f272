# compile() of a match statement made in Python checks its patterns and names as CPython does.
import ast


def check(pattern, subject=None):
    match = ast.Match(subject=subject or ast.Name(id="x", ctx=ast.Load()),
                      cases=[ast.match_case(pattern=pattern, guard=None, body=[ast.Pass()])])
    tree = ast.fix_missing_locations(ast.Module(body=[match], type_ignores=[]))
    try:
        compile(tree, "<patterns>", "exec")
        print("compiles")
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)


def const(value):
    return ast.Constant(value=value)


check(ast.MatchValue(value=const(1)))
check(ast.MatchValue(value=const(None)))
check(ast.MatchValue(value=const(...)))
check(ast.MatchValue(value=ast.Name(id="y", ctx=ast.Load())))
check(ast.MatchValue(value=ast.Attribute(value=ast.Name(id="m", ctx=ast.Load()), attr="A", ctx=ast.Load())))
check(ast.MatchValue(value=ast.UnaryOp(op=ast.USub(), operand=const(2.5))))
check(ast.MatchValue(value=ast.UnaryOp(op=ast.UAdd(), operand=const(2))))
check(ast.MatchValue(value=ast.BinOp(left=const(1), op=ast.Add(), right=const(2))))
check(ast.MatchSingleton(value=1))
check(ast.MatchSingleton(value=None))
check(ast.MatchSequence(patterns=[ast.MatchStar(name="rest"), ast.MatchAs(name="y")]))
check(ast.MatchStar(name="rest"))
check(ast.MatchSequence(patterns=[ast.MatchStar(name="_")]))
check(ast.MatchAs(pattern=ast.MatchValue(value=const(1)), name=None))
check(ast.MatchAs(name="None"))
check(ast.MatchOr(patterns=[ast.MatchValue(value=const(1))]))
check(ast.MatchOr(patterns=[ast.MatchValue(value=const(1)), ast.MatchValue(value=const("s"))]))
check(ast.MatchMapping(keys=[const(1)], patterns=[], rest=None))
check(ast.MatchMapping(keys=[const(True)], patterns=[ast.MatchAs(name="v")], rest="others"))
check(ast.MatchMapping(keys=[ast.Name(id="k", ctx=ast.Load())], patterns=[ast.MatchAs(name="v")], rest=None))
check(ast.MatchMapping(keys=[], patterns=[], rest="_"))
check(ast.MatchClass(cls=ast.Name(id="C", ctx=ast.Load()), patterns=[], kwd_attrs=["a"], kwd_patterns=[]))
check(ast.MatchClass(cls=ast.Call(func=ast.Name(id="C", ctx=ast.Load()), args=[], keywords=[]), patterns=[],
                     kwd_attrs=[], kwd_patterns=[]))
check(ast.MatchClass(cls=ast.Name(id="C", ctx=ast.Load()), patterns=[], kwd_attrs=["True"],
                     kwd_patterns=[ast.MatchAs(name="t")]))
check(ast.MatchClass(cls=ast.Name(id="C", ctx=ast.Store()), patterns=[], kwd_attrs=[], kwd_patterns=[]))
check(ast.MatchAs(name="y"), subject=ast.Name(id="False", ctx=ast.Load()))
