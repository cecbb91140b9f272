# PEP 563: under `from __future__ import annotations` each annotation is stored as the text CPython's C unparser
# gives (not the source text, not ast.unparse's): precedence parentheses, repr() of constants, f-strings...
from __future__ import annotations

CASES = r"""
...
None
True
False
Name
name.attr.attr2
'some_string'
"double"
'it\'s'
"say \"hi\""
'both \' and "'
u'prefixed'
'caf\u00e9 \u20ac \U0001f600'
'tab\there\nnewline\\ \x00 \x7f \x80 \xa0 \u2028'
'\ud800'
'adjacent' "strings"
b'bytes'
b'\xa3\x00\'"'
rb'raw\d'
r'raw\d'
1
0x1F
0o17
0b101
1_000_000
123456789012345678901234567890
1.0
1.5e-7
1e22
1e16
0.1
.5
1_0.0_1
1e1000
-1e1000
1j
2.5j
1e1000j
3+1e1000j
(1e1000, 1e1000j)
'inf'
True or False or None
Name1 and Name2 or Name3
Name1 and (Name2 or Name3)
(Name1 or Name2) and Name3
not a and not b
not (a and b)
(not a) + b
a + (not b)
a + b + (c + d)
(a + b) + c
a - (b - c)
a - b - c
a * b * (c * d)
(a ** b) ** c ** d
a ** (b ** c)
-a ** b
(-a) ** b
a ** -b
- -a
-(-a)
~~a
+-~a
not not a
1 + v2 - v3 * 4 ^ 5 ** v6 / 7 // 8
a | b ^ c & d << e >> f + g - h * i @ j / k // l % m
(a | b) & c
(a & b) | c
a << (b << c)
(a << b) << c
a @ b
a < b <= c > d >= e == f != g
a is b is not c in d not in e
(a < b) < c
a < (b < c)
(a == b) + c
a == (b + c)
-(a < b)
1 if True else 2
(1 if x > 0 else -1) if x else 0
0 if not x else 1 if x > 0 else -1
(a if b else c) if d else e
a if (b if c else d) else e
(a if b else c).d
(a if b else c)[0]
(a or b)[0]
(a + b).c
(a + b)(c)
f(a)(b)[c].d
lambda: None
lambda x: x
lambda x, y=1: x + y
lambda *a: a
lambda *, k: k
lambda *a, k=1, **kw: 0
lambda **kw: kw
lambda x, /: x
lambda x=1, /, y=2, *, z=3: x
lambda x, /, *args: 0
lambda: (yield)
lambda: lambda: 0
(lambda: 0)()
(lambda x: x) if a else b
a if b else lambda: c
lambda x: (x, x)
lambda x: x if x else 0
{'2.7': dead, '3.7': long_live or die_hard}
{**a, 'b': 1, **{'c': 2}}
{**(a or b)}
{}
{1, 2, 3}
{*a, *b}
()
(a,)
(a, b)
((a, b), (c,))
(*a, *b)
(*a,)
[]
[1, 2, *rest]
[a if b else c, lambda: 0]
[i for i in range(3)]
[i for i in (1, 2, 3) if i if not i]
[i for i, j in pairs]
[(i, j) for i in a for j in b]
[x for x in (a if b else c)]
[x for x in a if (b if c else d)]
[x for x in lambda: y]
{i for i in a}
{k: v for k, v in d.items()}
(i for i in a)
f(i for i in a)
f((i for i in a), b)
f(b, (i for i in a))
f((i for i in a))
f(x=(i for i in a))
call()
call(arg)
call(arg, *args, another, kwarg='hey')
call(arg, another, kwarg='hey', **kwargs, kwarg2='ho')
call(*a or b)
call(**a or b)
call(x=a if b else c)
1 .real
1.0.real
1j.imag
(-1).real
'abc'.upper()
b''.join
....__class__
None.x
True.x
list[str]
dict[str, int]
set[str,]
tuple[()]
tuple[str, ...]
tuple[str, *types]
tuple[*int, str, str, (str, int)]
slice[0]
slice[0:1]
slice[0:1:2]
slice[:]
slice[::]
slice[:-1]
slice[::-1]
slice[:,]
slice[1:2,]
slice[1:2, 1]
slice[a, b:c, d:e:f]
slice[()]
slice[*Ts]
slice[*Ts,]
slice[(*Ts,)]
slice[1, *Ts]
slice[(x for x in a)]
slice[a if b else c]
slice[lambda: 0]
slice[a:b if c else d]
slice[(a, b)]
slice[((a, b),)]
a[b][c]
a[b:c][d]
x[...]
Callable[[int, str], None]
Optional[list[dict[str, tuple[int, ...]]]]
int | str | None
(int | str) | None
int | (str | None)
'int' | None
f'plain'
f'{{NOT a formatted value}}'
f'some {a} {few():.2f} {formatted.values!r}'
f"{f'{nested} inner'} outer"
f"{'quoted'}"
f'{"quoted"}'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x:>{width}}'
f'{x:{a}{b}}'
f'{x!r:^20}'
f'{ {a for a in (1, 2, 3)} }'
f'{ {"k": 1}["k"] }'
f'{(lambda x: x)}'
f'{(None if a else lambda x: x)}'
f'{a if b else c}'
f'{a, b}'
f'{(a, b)}'
f'{x=}'
f'{x=!r}'
f'{x=:.2f}'
f'{x=!s:*^20}'
f'{x = }'
f'{3.14:{"a"}}'
f'a' 'b' f'{c}'
f'{x}' 'tail {brace}'
f'\n\t{x}\\'
f"it's {x}"
f'"{x}"'
f'{x:\u00e9}'
f'{x!r:{y}.{z}}'
lambda: (y := a + b)
lambda: (y := lambda: 0)
lambda: (y := (z := 1))
lambda: f(y := 1)
lambda: [(y := a, b) for i in c]
lambda: {(y := 1): 2 for i in a}
lambda: (await x)
lambda: (yield x)
lambda: (yield from x)
"""

ERRORS = r"""
(yield)
(yield x)
(yield from x)
(await x)
(y := 1)
[(yield) for i in y]
[(y := i) for i in a]
{a := 1 for a in b}
[i for i in (y := a)]
"""

def show(template, text):
    source = template.format(text)
    scope = {}
    try:
        exec(source, scope)
    except SyntaxError as e:
        return "SyntaxError: %s (line %s, offset %s-%s)" % (e.msg, e.lineno, e.offset, e.end_offset)
    return repr(scope["f"].__annotations__["x"])

for text in CASES.strip().split("\n"):
    print(text, "->", show("def f(x: {}): pass", text))

def check(template, text):
    try:
        compile(template.format(text), "<s>", "exec")
    except SyntaxError as e:
        return "SyntaxError: %s (line %s, offset %s-%s)" % (e.msg, e.lineno, e.offset, e.end_offset)
    return "compiles"


for text in ERRORS.strip().split("\n"):
    for template in ("def f(x: {}): pass", "def f() -> {}: pass", "x: {}", "x: {} = 1", "a.b: {}", "a[0]: {}",
                     "def g():\n    x: {}", "class C:\n    x: {}", "async def f(x: {}): pass", "def f(*x: *{}): pass",
                     "def f(x: lambda: {}): pass"):
        print(repr(template), text, "->", check(template, text))
