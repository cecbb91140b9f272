// Parser tests: trees and SyntaxErrors compared with what CPython 3.12 produces for the same source.
#include "parse/ast_dump.h"
#include "parse/literals.h"
#include "parse/parser.h"

#include <gtest/gtest.h>

#include <string>

using namespace ginger;

namespace {

// Expected values come from CPython 3.12's ast.dump() and SyntaxError attributes for the same source.
struct TreeCase { char const* source; char const* expected; };
static TreeCase const TREE_CASES[] = {
    { R"PY(print(1))PY",
      R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], keywords=[]))], type_ignores=[]))PY" },
    { R"PY(x = a if b else c)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[]))PY" },
    { R"PY(a < b < c)PY",
      R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))PY" },
    { R"PY(a is not b not in c)PY",
      R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))PY" },
    { R"PY(-x ** -y)PY",
      R"PY(Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load())))))], type_ignores=[]))PY" },
    { R"PY(not a and b or c)PY",
      R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[]))PY" },
    { R"PY(a | b ^ c & d << e + f * g)PY",
      R"PY(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()), op=Mult(), right=Name(id='g', ctx=Load()))))))))], type_ignores=[]))PY" },
    { R"PY(x[1:2, ::3])PY",
      R"PY(Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(x[*a])PY",
      R"PY(Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(f(a, *b, c=d, **e))PY",
      R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[]))PY" },
    { R"PY(f(x for x in y))PY",
      R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))PY" },
    { R"PY(a = b = c)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(a, *b = c)PY",
      R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY" },
    { R"PY([a, b] = c)PY",
      R"PY(Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(x += 1)PY",
      R"PY(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))PY" },
    { R"PY(x: int = 5)PY",
      R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[]))PY" },
    { R"PY((x): int)PY",
      R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[]))PY" },
    { R"PY(del a, b[0], c.d)PY",
      R"PY(Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[]))PY" },
    { R"PY((x := 10))PY",
      R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=10)))], type_ignores=[]))PY" },
    { R"PY(lambda a, /, b=1, *c, d, e=2, **f: 0)PY",
      R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[]))PY" },
    { R"PY([x for x in y if x for z in x])PY",
      R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY" },
    { R"PY({k: v for k, v in d})PY",
      R"PY(Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY" },
    { R"PY({1, 2})PY",
      R"PY(Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[]))PY" },
    { R"PY({**a, 'b': 1})PY",
      R"PY(Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[]))PY" },
    { R"PY((x for x in y))PY",
      R"PY(Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY" },
    { R"PY(())PY",
      R"PY(Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[]))PY" },
    { R"PY((1,))PY",
      R"PY(Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[]))PY" },
    { R"PY('a' 'b')PY",
      R"PY(Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[]))PY" },
    { R"PY(u'a' 'b')PY",
      R"PY(Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[]))PY" },
    { R"PY(b'a' b'\x00')PY",
      R"PY(Module(body=[Expr(value=Constant(value=b'a\x00'))], type_ignores=[]))PY" },
    { R"PY('\u00e9\N{EM DASH}\x41\101')PY",
      R"PY(Module(body=[Expr(value=Constant(value='é—AA'))], type_ignores=[]))PY" },
    { R"PY(r'\n')PY",
      R"PY(Module(body=[Expr(value=Constant(value='\\n'))], type_ignores=[]))PY" },
    { R"PY(f'a{b!r:>{w}}c')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='')])), Constant(value='c')]))], type_ignores=[]))PY" },
    { R"PY(f'{x=}')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))PY" },
    { R"PY(f'{x = !s:>4}' 'tail')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>4')])), Constant(value='tail')]))], type_ignores=[]))PY" },
    { R"PY(f'{{}}{1}')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}'), FormattedValue(value=Constant(value=1), conversion=-1)]))], type_ignores=[]))PY" },
    { R"PY(f'')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[]))PY" },
    { R"PY(0x1F + 1_000 + 1.5e3 + 2j + 0o17 + 0b101 + 1e100 + .5)PY",
      R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1e+100)), op=Add(), right=Constant(value=0.5)))], type_ignores=[]))PY" },
    { R"PY(123456789012345678901234567890)PY",
      R"PY(Module(body=[Expr(value=Constant(value=123456789012345678901234567890))], type_ignores=[]))PY" },
    { R"PY(import a.b as c)PY",
      R"PY(Module(body=[Import(names=[alias(name='a.b', asname='c')])], type_ignores=[]))PY" },
    { R"PY(from ..x import (y as z, w))PY",
      R"PY(Module(body=[ImportFrom(module='x', names=[alias(name='y', asname='z'), alias(name='w')], level=2)], type_ignores=[]))PY" },
    { R"PY(from . import *)PY",
      R"PY(Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[]))PY" },
    { R"PY(global a, b)PY",
      R"PY(Module(body=[Global(names=['a', 'b'])], type_ignores=[]))PY" },
    { R"PY(nonlocal x)PY",
      R"PY(Module(body=[Nonlocal(names=['x'])], type_ignores=[]))PY" },
    { R"PY(assert x, 'msg')PY",
      R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[]))PY" },
    { R"PY(raise E from e)PY",
      R"PY(Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(raise)PY",
      R"PY(Module(body=[Raise()], type_ignores=[]))PY" },
    { R"PY(if a:
    pass
elif b:
    pass
else:
    pass)PY",
      R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY" },
    { R"PY(while x:
    break
else:
    continue)PY",
      R"PY(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[]))PY" },
    { R"PY(for i, j in k:
    pass
else:
    pass)PY",
      R"PY(Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='k', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[]))PY" },
    { R"PY(try:
    pass
except E as e:
    pass
except:
    pass
else:
    pass
finally:
    pass)PY",
      R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))PY" },
    { R"PY(try:
    pass
except* E:
    pass)PY",
      R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY" },
    { R"PY(with a as b, c:
    pass)PY",
      R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY" },
    { R"PY(with (a as b, c as d):
    pass)PY",
      R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY" },
    { R"PY(with (a, b):
    pass)PY",
      R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY" },
    { R"PY(@dec
def f(a, b: int = 1, *args, c, **kw) -> int:
    return a)PY",
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c')], kw_defaults=[None], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load())], returns=Name(id='int', ctx=Load()), type_params=[])], type_ignores=[]))PY" },
    { R"PY(def f(a, /, *, b): pass)PY",
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[]))PY" },
    { R"PY(def f(*args: *Ts): pass)PY",
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[]))PY" },
    { R"PY(@dec
class C(B, metaclass=M):
    x = 1)PY",
      R"PY(Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='dec', ctx=Load())], type_params=[])], type_ignores=[]))PY" },
    { R"PY(async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    [y async for y in z])PY",
      R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[], type_params=[])], type_ignores=[]))PY" },
    { R"PY(def g():
    yield
    yield x
    yield from y
    x = yield)PY",
      R"PY(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[], type_params=[])], type_ignores=[]))PY" },
    { R"PY(match x:
    case [1, *rest]:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=_) | None:
        pass
    case str() as s if s:
        pass)PY",
      R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='str', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), name='s'), guard=Name(id='s', ctx=Load()), body=[Pass()])])], type_ignores=[]))PY" },
    { R"PY(match a, b:
    case (1, -2) | [3, 4+5j]:
        pass
    case x.y.z:
        pass
    case _:
        pass)PY",
      R"PY(Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2)))]), MatchSequence(patterns=[MatchValue(value=Constant(value=3)), MatchValue(value=BinOp(left=Constant(value=4), op=Add(), right=Constant(value=5j)))])]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))PY" },
    { R"PY(match = 1
match(x)
type = 2)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=2))], type_ignores=[]))PY" },
    { R"PY(type Alias[T] = list[T])PY",
      R"PY(Module(body=[TypeAlias(name=Name(id='Alias', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[]))PY" },
    { R"PY(def f[T: int, *Ts, **P](x: T) -> T:
    pass)PY",
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[]))PY" },
    { R"PY(class C[T]:
    pass)PY",
      R"PY(Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])], type_ignores=[]))PY" },
    { R"PY(x = ...)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[]))PY" },
    { R"PY(a if b else c if d else e)PY",
      R"PY(Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[]))PY" },
    { R"PY(x = 1; y = 2;)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[]))PY" },
    { R"PY(if x: a; b)PY",
      R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[]))PY" },
    { R"PY(x = (
  1 +
  2
))PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))PY" },
    { R"PY(x = 1 + \
  2)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))PY" },
    { R"PY(# comment

  
x = 1  # trailing
)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY" },
    { R"PY(é = 'ü')PY",
      R"PY(Module(body=[Assign(targets=[Name(id='é', ctx=Store())], value=Constant(value='ü'))], type_ignores=[]))PY" },
};
static TreeCase const POSITION_CASES[] = {
    { R"PY(x = f(a)[1].b)PY",
      R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), slice=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))PY" },
    { R"PY(if x:
    y = 'é' + z
)PY",
      R"PY(Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=BinOp(left=Constant(value='é', lineno=2, col_offset=8, end_lineno=2, end_col_offset=12), op=Add(), right=Name(id='z', ctx=Load(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), lineno=2, col_offset=8, end_lineno=2, end_col_offset=16), lineno=2, col_offset=4, end_lineno=2, end_col_offset=16)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=16)], type_ignores=[]))PY" },
    { R"PY(f'{a}b{c!r}')PY",
      R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_offset=6, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))PY" },
    { R"PY(a = (1,
     2))PY",
      R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[]))PY" },
    { R"PY(def f(x):
    return x
)PY",
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='x', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], type_params=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[]))PY" },
    { R"PY((a)(b))PY",
      R"PY(Module(body=[Expr(value=Call(func=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))PY" },
    { R"PY(match x:
    case [a, *_] | {'k': 1}:
        pass)PY",
      R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(lineno=2, col_offset=13, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, end_lineno=2, end_col_offset=23)], patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=25, end_lineno=2, end_col_offset=26), lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=19, end_lineno=2, end_col_offset=27)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=27), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[]))PY" },
};
struct ErrorCase { char const* source; char const* type; char const* msg; int lineno, offset, end_lineno, end_offset; };
static ErrorCase const ERROR_CASES[] = {
    { R"PY(1 = 2)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 2 },
    { R"PY(f() = 1)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 4 },
    { R"PY(a + b = 1)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to expression here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 6 },
    { R"PY(del f())PY", R"PY(SyntaxError)PY", R"PY(cannot delete function call)PY", 1, 5, 1, 8 },
    { R"PY(for 1 in x: pass)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal)PY", 1, 5, 1, 6 },
    { R"PY((a, 1) = 2)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal)PY", 1, 5, 1, 6 },
    { R"PY([a, b] += 1)PY", R"PY(SyntaxError)PY", R"PY('list' is an illegal expression for augmented assignment)PY", 1, 1, 1, 7 },
    { R"PY(True = 1)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to True)PY", 1, 1, 1, 5 },
    { R"PY(if x
  pass)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 5, 1, 6 },
    { R"PY(a b)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 3, 1, 4 },
    { R"PY(x = 1 +)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 8, 1, 9 },
    { R"PY((1,
2)PY", R"PY(SyntaxError)PY", R"PY('(' was never closed)PY", 1, 1, 1, 0 },
    { R"PY(foo(])PY", R"PY(SyntaxError)PY", R"PY(closing parenthesis ']' does not match opening parenthesis '(')PY", 1, 5, 1, 5 },
    { R"PY(x = "abc)PY", R"PY(SyntaxError)PY", R"PY(unterminated string literal (detected at line 1))PY", 1, 5, 1, 5 },
    { R"PY(x = '''abc

)PY", R"PY(SyntaxError)PY", R"PY(unterminated triple-quoted string literal (detected at line 2))PY", 1, 5, 1, 5 },
    { R"PY(if x:
pass)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after 'if' statement on line 1)PY", 2, 1, 2, 5 },
    { R"PY(  x)PY", R"PY(IndentationError)PY", R"PY(unexpected indent)PY", 1, 2, 1, -1 },
    { R"PY(if x:
  a
 b)PY", R"PY(IndentationError)PY", R"PY(unindent does not match any outer indentation level)PY", 3, 3, 3, -1 },
    { R"PY(if 1:
        x
	y)PY", R"PY(TabError)PY", R"PY(inconsistent use of tabs and spaces in indentation)PY", 3, 1, 3, 0 },
    { R"PY(f(a=1, b))PY", R"PY(SyntaxError)PY", R"PY(positional argument follows keyword argument)PY", 1, 9, 1, 10 },
    { R"PY(f(**a, b))PY", R"PY(SyntaxError)PY", R"PY(positional argument follows keyword argument unpacking)PY", 1, 9, 1, 10 },
    { R"PY(f(a b))PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 3, 1, 6 },
    { R"PY([a b])PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 2, 1, 5 },
    { R"PY(print 'x')PY", R"PY(SyntaxError)PY", R"PY(Missing parentheses in call to 'print'. Did you mean print(...)?)PY", 1, 1, 1, 10 },
    { R"PY(f"{x")PY", R"PY(SyntaxError)PY", R"PY(f-string: expecting '}')PY", 1, 5, 1, 5 },
    { R"PY(f"}")PY", R"PY(SyntaxError)PY", R"PY(f-string: single '}' is not allowed)PY", 1, 3, 1, 3 },
    { R"PY(f"{}")PY", R"PY(SyntaxError)PY", R"PY(f-string: valid expression required before '}')PY", 1, 4, 1, 5 },
    { R"PY(f"{x!z}")PY", R"PY(SyntaxError)PY", R"PY(f-string: invalid conversion character 'z': expected 's', 'r', or 'a')PY", 1, 6, 1, 7 },
    { R"PY(f"{x:{y}")PY", R"PY(SyntaxError)PY", R"PY(f-string: expecting '}', or format specs)PY", 1, 9, 1, 10 },
    { R"PY(1abc)PY", R"PY(SyntaxError)PY", R"PY(invalid decimal literal)PY", 1, 1, 1, 1 },
    { R"PY(0777)PY", R"PY(SyntaxError)PY", R"PY(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PY", 1, 1, 1, 2 },
    { R"PY(0o8)PY", R"PY(SyntaxError)PY", R"PY(invalid digit '8' in octal literal)PY", 1, 3, 1, 3 },
    { R"PY(a = €)PY", R"PY(SyntaxError)PY", R"PY(invalid character '€' (U+20AC))PY", 1, 5, 1, 5 },
    { R"PY(def f(a=1, b): pass)PY", R"PY(SyntaxError)PY", R"PY(parameter without a default follows parameter with a default)PY", 1, 12, 1, 13 },
    { R"PY(def f(*): pass)PY", R"PY(SyntaxError)PY", R"PY(named arguments must follow bare *)PY", 1, 7, 1, 8 },
    { R"PY(x := 1)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 3, 1, 5 },
    { R"PY(a if b)PY", R"PY(SyntaxError)PY", R"PY(expected 'else' after 'if' expression)PY", 1, 1, 1, 7 },
    { R"PY(f(x for x in y, 1))PY", R"PY(SyntaxError)PY", R"PY(Generator expression must be parenthesized)PY", 1, 3, 1, 15 },
    { R"PY(try:
    x
y = 1)PY", R"PY(SyntaxError)PY", R"PY(expected 'except' or 'finally' block)PY", 3, 1, 3, 2 },
    { R"PY('a' b'b')PY", R"PY(SyntaxError)PY", R"PY(cannot mix bytes and nonbytes literals)PY", 1, 9, 1, 10 },
    { R"PY(x = {1: 2, 3:})PY", R"PY(SyntaxError)PY", R"PY(expression expected after dictionary key and ':')PY", 1, 13, 1, 14 },
    { R"PY(with a as 1: pass)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal)PY", 1, 11, 1, 12 },
    { R"PY(x = yield = 1)PY", R"PY(SyntaxError)PY", R"PY(assignment to yield expression not possible)PY", 1, 5, 1, 10 },
    { R"PY(if x = 1: pass)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Maybe you meant '==' or ':=' instead of '='?)PY", 1, 4, 1, 9 },
    { R"PY(class A:
pass)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after class definition on line 1)PY", 2, 1, 2, 5 },
    { R"PY(match x:
    case a as _: pass)PY", R"PY(SyntaxError)PY", R"PY(cannot use '_' as a target)PY", 2, 15, 2, 16 },
    { R"PY(with a as b
)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 12, 1, 13 },
    { R"PY(def f() pass)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 9, 1, 13 },
    { R"PY(class A pass)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 9, 1, 13 },
    { R"PY(for x in range 10:
  pass)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 16, 1, 18 },
    { R"PY([x,y for x,y in z])PY", R"PY(SyntaxError)PY", R"PY(did you forget parentheses around the comprehension target?)PY", 1, 2, 1, 5 },
    { R"PY(def foo(a,d=,c): pass)PY", R"PY(SyntaxError)PY", R"PY(expected default value expression)PY", 1, 12, 1, 13 },
    { R"PY(def f(x, (y, z)): pass)PY", R"PY(SyntaxError)PY", R"PY(Function parameters cannot be parenthesized)PY", 1, 10, 1, 16 },
    { R"PY(lambda (x): 1)PY", R"PY(SyntaxError)PY", R"PY(Lambda expression parameters cannot be parenthesized)PY", 1, 8, 1, 11 },
    { R"PY(def f(a=1,/*,b): pass)PY", R"PY(SyntaxError)PY", R"PY(expected comma between / and *)PY", 1, 12, 1, 13 },
    { R"PY(f(*args=[0]))PY", R"PY(SyntaxError)PY", R"PY(cannot assign to iterable argument unpacking)PY", 1, 3, 1, 12 },
    { R"PY(f(**k={}))PY", R"PY(SyntaxError)PY", R"PY(cannot assign to keyword argument unpacking)PY", 1, 3, 1, 9 },
    { R"PY({1: *a})PY", R"PY(SyntaxError)PY", R"PY(cannot use a starred expression in a dictionary value)PY", 1, 5, 1, 7 },
    { R"PY(import a from b)PY", R"PY(SyntaxError)PY", R"PY(Did you mean to use 'from ... import ...' instead?)PY", 1, 1, 1, 16 },
    { R"PY(from t import x,)PY", R"PY(SyntaxError)PY", R"PY(trailing comma not allowed without surrounding parentheses)PY", 1, 17, 1, 18 },
    { R"PY((a, b=1))PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Maybe you meant '==' or ':=' instead of '='?)PY", 1, 5, 1, 8 },
    { R"PY(try:
  pass
except A, B as c:
  pass)PY", R"PY(SyntaxError)PY", R"PY(multiple exception types must be parenthesized)PY", 3, 8, 3, 17 },
    { R"PY(f'{a b}')PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 4, 1, 7 },
    { R"PY(f'{a!r b}')PY", R"PY(SyntaxError)PY", R"PY(f-string: expecting ':' or '}')PY", 1, 8, 1, 9 },
    { R"PY(f'{,}')PY", R"PY(SyntaxError)PY", R"PY(f-string: expecting a valid expression after '{')PY", 1, 4, 1, 5 },
    { R"PY(f'{1;}')PY", R"PY(SyntaxError)PY", R"PY(f-string: expecting '=', or '!', or ':', or '}')PY", 1, 5, 1, 6 },
    { R"PY(f'{x! r}')PY", R"PY(SyntaxError)PY", R"PY(f-string: conversion type must come right after the exclamanation mark)PY", 1, 5, 1, 8 },
    { R"PY(f'{lambda x:x}')PY", R"PY(SyntaxError)PY", R"PY(f-string: lambda expressions are not allowed without parentheses)PY", 1, 4, 1, 13 },
    { R"PY(f'{a:{b:{c:{d}}}}')PY", R"PY(SyntaxError)PY", R"PY(f-string: expressions nested too deeply)PY", 1, 11, 1, 11 },
    { R"PY(f'{1#}')PY", R"PY(SyntaxError)PY", R"PY('{' was never closed)PY", 1, 3, 1, 0 },
    { R"PY(x = 1 = 2)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal)PY", 1, 5, 1, 6 },
    { R"PY(a if 1 else b = 1)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to conditional expression)PY", 1, 1, 1, 14 },
    { R"PY(CFL+AG= )PY", R"PY(SyntaxError)PY", R"PY(cannot assign to expression)PY", 1, 1, 1, 7 },
    { R"PY(while x.a = 3: pass)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to attribute here. Maybe you meant '==' instead of '='?)PY", 1, 7, 1, 10 },
    { R"PY(del *a)PY", R"PY(SyntaxError)PY", R"PY(cannot delete starred)PY", 1, 5, 1, 7 },
    { R"PY(f.wr := 1)PY", R"PY(SyntaxError)PY", R"PY(cannot use assignment expressions with attribute)PY", 1, 1, 1, 5 },
    { R"PY(x y (z)PY", R"PY(SyntaxError)PY", R"PY('(' was never closed)PY", 1, 5, 1, 0 },
    { R"PY(x = 37jx)PY", R"PY(SyntaxError)PY", R"PY(invalid imaginary literal)PY", 1, 7, 1, 7 },
    { R"PY(x = '\N{bogus')PY", R"PY(SyntaxError)PY", R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \N character escape)PY", 1, 5, 1, 15 },
    { R"PY('\xZZ')PY", R"PY(SyntaxError)PY", R"PY((unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape)PY", 1, 1, 1, 7 },
    { R"PY(match x
  case 1: pass)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 8, 1, 9 },
    { R"PY(@p)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 0, 1, 0 },
    { R"PY(def f():
  @p
)PY", R"PY(IndentationError)PY", R"PY(unexpected unindent)PY", 2, 5, 2, -1 },
    { R"PY(try:
  x
)PY", R"PY(SyntaxError)PY", R"PY(expected 'except' or 'finally' block)PY", 2, 4, 2, -1 },
    { R"PY(print(1
x = 2)PY", R"PY(SyntaxError)PY", R"PY('(' was never closed)PY", 1, 6, 1, 0 },
};

std::string dump_source(std::string_view source, ast::DumpAttributes attributes = ast::DumpAttributes::Omit)
{
    Arena arena;
    auto result = parse::parse(source, parse::Mode::Exec, arena);
    if (result.error)
        return "error: " + result.error->msg;
    return ast::dump(result.module, attributes);
}

}

TEST(Parser, TreesMatchCPython)
{
    for (auto const& test : TREE_CASES)
        EXPECT_EQ(dump_source(test.source), test.expected) << "source: " << test.source;
}

TEST(Parser, PositionsMatchCPython)
{
    for (auto const& test : POSITION_CASES)
        EXPECT_EQ(dump_source(test.source, ast::DumpAttributes::Include), test.expected) << "source: " << test.source;
}

TEST(Parser, SyntaxErrorsMatchCPython)
{
    for (auto const& test : ERROR_CASES) {
        Arena arena;
        auto result = parse::parse(test.source, parse::Mode::Exec, arena);
        ASSERT_TRUE(result.error.has_value()) << "source: " << test.source;
        EXPECT_EQ(result.module, nullptr);
        auto const& error = *result.error;
        EXPECT_EQ(error.type, test.type) << "source: " << test.source;
        EXPECT_EQ(error.msg, test.msg) << "source: " << test.source;
        EXPECT_EQ(error.lineno, test.lineno) << "source: " << test.source;
        EXPECT_EQ(error.offset, test.offset) << "source: " << test.source;
        EXPECT_EQ(error.end_lineno, test.end_lineno) << "source: " << test.source;
        EXPECT_EQ(error.end_offset, test.end_offset) << "source: " << test.source;
    }
}

TEST(Parser, ErrorTextIsTheOffendingLine)
{
    Arena arena;
    auto result = parse::parse("x = 1\ny = (2 3)\n", parse::Mode::Exec, arena);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->msg, "invalid syntax. Perhaps you forgot a comma?");
    EXPECT_EQ(result.error->text, "y = (2 3)\n");
    EXPECT_EQ(result.error->lineno, 2);
    EXPECT_EQ(result.error->offset, 6);
}

TEST(Parser, OffsetsCountCharactersNotBytes)
{
    Arena arena;
    auto result = parse::parse("é = 'ü' 1\n", parse::Mode::Exec, arena);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->msg, "invalid syntax");
    EXPECT_EQ(result.error->offset, 9);
}

TEST(Parser, EvalMode)
{
    Arena arena;
    auto result = parse::parse("a + 1\n", parse::Mode::Eval, arena);
    ASSERT_FALSE(result.error.has_value());
    EXPECT_EQ(ast::dump(result.module), "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))");
    auto statement = parse::parse("x = 1", parse::Mode::Eval, arena);
    ASSERT_TRUE(statement.error.has_value());
    EXPECT_EQ(statement.error->msg, "invalid syntax");
}

TEST(Parser, SingleMode)
{
    Arena arena;
    auto result = parse::parse("x = 1\n", parse::Mode::Single, arena);
    ASSERT_FALSE(result.error.has_value());
    EXPECT_EQ(ast::dump(result.module), "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    auto compound = parse::parse("if x:\n    y\n\n", parse::Mode::Single, arena);
    ASSERT_FALSE(compound.error.has_value());
    EXPECT_EQ(ast::dump(compound.module), "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])");
}

TEST(Parser, ConstantValues)
{
    Arena arena;
    auto result = parse::parse("0x1_F; 2j; 1.5; 'a\\ud800'; b'\\xff'", parse::Mode::Exec, arena);
    ASSERT_FALSE(result.error.has_value());
    auto* module = static_cast<ast::Module*>(result.module);
    ASSERT_EQ(module->body.size(), 5u);
    auto constant = [&](size_t i) { return static_cast<ast::ExprStmt*>(module->body[i])->value->as<ast::Constant>(); };
    EXPECT_EQ(constant(0)->value.kind, ast::ConstantValue::Kind::Int);
    EXPECT_EQ(constant(0)->value.text, "0x1F");
    EXPECT_EQ(constant(1)->value.kind, ast::ConstantValue::Kind::Complex);
    EXPECT_EQ(constant(1)->value.number, 2.0);
    EXPECT_EQ(constant(2)->value.kind, ast::ConstantValue::Kind::Float);
    EXPECT_EQ(constant(2)->value.number, 1.5);
    EXPECT_EQ(constant(3)->value.text, "a\xED\xA0\x80");
    EXPECT_EQ(constant(4)->value.kind, ast::ConstantValue::Kind::Bytes);
    EXPECT_EQ(constant(4)->value.text, "\xFF");
}

TEST(Parser, DeepNestingGivesCleanErrors)
{
    Arena arena;
    auto parens = parse::parse(std::string(10000, '(') + "1" + std::string(10000, ')'), parse::Mode::Exec, arena);
    ASSERT_TRUE(parens.error.has_value());
    EXPECT_EQ(parens.error->msg, "too many nested parentheses");

    auto minus = parse::parse(std::string(100000, '-') + "1", parse::Mode::Exec, arena);
    ASSERT_TRUE(minus.error.has_value());
    EXPECT_EQ(minus.error->type, "MemoryError");
    EXPECT_EQ(minus.error->msg, "Parser stack overflowed - Python source too complex to parse");

    std::string nots;
    for (int i = 0; i < 100000; ++i)
        nots += "not ";
    auto not_chain = parse::parse(nots + "x", parse::Mode::Exec, arena);
    ASSERT_TRUE(not_chain.error.has_value());
    EXPECT_EQ(not_chain.error->type, "MemoryError");

    std::string lambdas;
    for (int i = 0; i < 10000; ++i)
        lambdas += "lambda:";
    auto lambda_chain = parse::parse(lambdas + "1", parse::Mode::Exec, arena);
    ASSERT_TRUE(lambda_chain.error.has_value());
    EXPECT_EQ(lambda_chain.error->type, "MemoryError");

    // Long flat chains are fine: CPython parses them too.
    std::string sum = "1";
    for (int i = 0; i < 100000; ++i)
        sum += "+1";
    EXPECT_FALSE(parse::parse(sum, parse::Mode::Exec, arena).error.has_value());
    auto brackets = parse::parse(std::string(150, '[') + std::string(150, ']'), parse::Mode::Exec, arena);
    EXPECT_FALSE(brackets.error.has_value());
}

TEST(Parser, SourceEncodings)
{
    // A BOM, and a latin-1 coding declaration.
    EXPECT_EQ(dump_source("\xEF\xBB\xBFx = 1\n"), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(dump_source("# -*- coding: latin-1 -*-\nx = '\xE9'\n"), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xC3\xA9'))], type_ignores=[])");
    EXPECT_EQ(dump_source("x = 1\r\ny = 2\r\n"), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
}

TEST(Parser, UnicodeNameLookupCanBeInstalled)
{
    // The default lookup knows every Unicode name, in any case, and no others.
    EXPECT_EQ(dump_source("'\\N{EM DASH}'"), "Module(body=[Expr(value=Constant(value='\xE2\x80\x94'))], type_ignores=[])");
    EXPECT_EQ(dump_source("'\\N{snake}'"), "Module(body=[Expr(value=Constant(value='\xF0\x9F\x90\x8D'))], type_ignores=[])");
    EXPECT_EQ(dump_source("'\\N{GINGER INTERPRETER}'"), "error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name");
    // An installed lookup sees the name as written.
    parse::set_unicode_name_lookup([](std::string_view name, uint32_t& codepoint) {
        if (name != "ginger interpreter")
            return false;
        codepoint = 0x1F9DA;
        return true;
    });
    EXPECT_EQ(dump_source("'\\N{ginger interpreter}'"), "Module(body=[Expr(value=Constant(value='\xF0\x9F\xA7\x9A'))], type_ignores=[])");
    EXPECT_EQ(dump_source("'\\N{EM DASH}'"), "error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name");
    parse::set_unicode_name_lookup(nullptr);
    EXPECT_EQ(dump_source("'\\N{EM DASH}'"), "Module(body=[Expr(value=Constant(value='\xE2\x80\x94'))], type_ignores=[])");
}

TEST(Parser, NullBytesAreRejected)
{
    Arena arena;
    auto result = parse::parse(std::string_view("x = 1\0", 6), parse::Mode::Exec, arena);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, "SyntaxError");
    EXPECT_EQ(result.error->msg, "source code string cannot contain null bytes");
    EXPECT_EQ(result.error->lineno, 0);
}
