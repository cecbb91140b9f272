# sys.exit's argument becomes SystemExit's: a tuple is the exception's arguments (as CPython's
# PyErr_SetObject), so sys.exit((42,)) exits with 42; sys.getrecursionlimit takes no argument.
import sys

for argument in ((), (42,), ((42,),), ((1, 2),), ((),), ('text',), (None,)):
    try:
        sys.exit(*argument)
    except SystemExit as e:
        print(repr(argument), '->', repr(e.code), e.args)
try:
    sys.getrecursionlimit(42)
except TypeError as e:
    print('TypeError:', e)
print(sys.implementation.version[:2] == (sys.implementation.version.major, sys.implementation.version.minor))
v = sys.implementation.version
levels = {'alpha': 0xA, 'beta': 0xB, 'candidate': 0xC, 'final': 0xF}
print(sys.implementation.hexversion == (v.major << 24 | v.minor << 16 | v.micro << 8 | levels[v.releaselevel] << 4 | v.serial))
sys.stdout.flush()
sys.exit((42,))
