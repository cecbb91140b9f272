# compile(optimize=N): asserts, __debug__ and docstrings by level, from source and from an AST.
import ast
codestr = '''def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
class C:
    "class doc"
'''
for optval in (-1, 0, 1, 2):
    for src in (codestr, ast.parse(codestr)):
        ns = {}
        exec(compile(src, "<test>", "exec", optimize=optval), ns)
        print(optval, ns['f'](), ns['C'].__doc__)
m = {}
exec(compile('"mod doc"\nx = __doc__', '', 'exec', optimize=2), m); print('__doc__' in m)
exec(compile('"mod doc"\nx = __doc__', '', 'exec', optimize=1), m); print(m['x'])
print(__debug__)
for bad in (3, -2):
    try:
        compile("1", "", "eval", optimize=bad)
    except ValueError as e:
        print(e)
