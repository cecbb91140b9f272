# ParamSpecArgs and ParamSpecKwargs: repr, equality, unhashable, no subclassing, read-only.
from typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs
P = ParamSpec("P")
print(repr(P.args), repr(P.kwargs), P.args == P.kwargs, P.args != ParamSpecArgs(P))
for thing in [P.args, P.kwargs]:
    try:
        class C(thing): pass
    except TypeError as e:
        print(e)
for cls in [ParamSpecArgs, ParamSpecKwargs]:
    try:
        class D(cls): pass
    except TypeError as e:
        print(e)
try:
    P.args.__origin__ = 1
except AttributeError as e:
    print(e)
print(ParamSpecArgs.__name__, ParamSpecKwargs.__name__, ParamSpecArgs.__hash__)
try:
    hash(P.kwargs)
except TypeError as e:
    print(type(e).__name__, "unhashable" in str(e))  # CPython names the C type 'typing.ParamSpecKwargs'
