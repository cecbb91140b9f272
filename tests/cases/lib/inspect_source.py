# inspect: getsource/getsourcelines/findsource/getcomments, getdoc/cleandoc, getfile/getmodule.
import inspect
import os
import sys


# A comment about f
# on two lines
def f(x):
    """Doc of f.

        indented more
    back
    """
    y = x + 1  # trailing
    return y


class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            return 1
            # body comment

    def meth(self):
        pass


@staticmethod
def decorated():
    pass


square = lambda v: v * v  # the lambda


def gen():
    yield 1


print(inspect.getsource(f), end="")
lines, start = inspect.getsourcelines(Outer.Inner)
print(start, "".join(lines), end="")
print(inspect.getsource(Outer.Inner.method), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(decorated), end="")
print(repr(inspect.getcomments(f)), repr(inspect.getcomments(Outer)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(inspect.findsource(f)[1], len(inspect.findsource(f)[0]))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("  first\n      a\n    b\n\n")))
print(repr(inspect.getdoc(Outer.Inner)), inspect.getdoc(Outer.meth))


class Sub(Outer):
    def meth(self):
        pass


print(inspect.getdoc(Sub), inspect.getdoc(Sub.meth))
print(os.path.basename(inspect.getfile(f)), os.path.basename(inspect.getsourcefile(Outer)))
print(inspect.getmodule(f).__name__, inspect.getmodule(Outer.Inner.method) is sys.modules[__name__])
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("/a/b/mod.txt"))
for obj in [1, sys]:
    try:
        inspect.getfile(obj)
    except TypeError as e:
        print("TypeError", str(e).split(" at ")[0])
try:
    inspect.getsource(int)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.getsource(1)
except TypeError as e:
    print("TypeError", e)
exec(compile("def dyn():\n    pass\n", "<dynamic>", "exec"))
try:
    inspect.getsource(dyn)
except OSError as e:
    print("OSError", e)
frame = inspect.currentframe()
print((os.path.basename(inspect.getframeinfo(frame)[0]),) + tuple(inspect.getframeinfo(frame)[1:3]), inspect.getframeinfo(frame).code_context)
info = inspect.stack()[0]
print(info.function, info.lineno, info.code_context, info.index, os.path.basename(info.filename))


def inner():
    return inspect.stack(context=3)


records = inner()
print([(r.function, r.index) for r in records], records[0].code_context)
try:
    1 / 0
except ZeroDivisionError as e:
    tb_info = inspect.getinnerframes(e.__traceback__)
    print([(r.function, r.lineno) for r in tb_info], inspect.getframeinfo(e.__traceback__).lineno)
print(inspect.getsource(gen), end="")
print(inspect.getlineno(frame))
