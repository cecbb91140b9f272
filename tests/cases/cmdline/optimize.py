# -O, -OO and PYTHONOPTIMIZE: sys.flags.optimize, __debug__, assert statements, docstrings, compile()'s
# default level, and the opt-N .pyc files of imported modules.
import os
import sys
import tempfile
from _run import run

PROGRAM = '''
import sys
def f():
    "the docstring"
    assert False, "the assert ran"
    return "no assert"
class C:
    "class doc"
print(sys.flags.optimize, __debug__, f.__doc__, C.__doc__)
try:
    print(f())
except AssertionError as e:
    print("AssertionError:", e)
if __debug__:
    print("in the __debug__ branch")
try:
    exec(compile("assert False, 'compiled'", "s", "exec"))
    print("compile() took the interpreter's level")
except AssertionError as e:
    print("AssertionError:", e)
try:
    exec(compile("assert False, 'optimize=0'", "s", "exec", optimize=0))
except AssertionError as e:
    print("AssertionError:", e)
'''

run('-c', PROGRAM)
run('-O', '-c', PROGRAM)
run('-OO', '-c', PROGRAM)
run('-O', '-O', '-c', PROGRAM)
run('-c', PROGRAM, env={'PYTHONOPTIMIZE': '1'})
run('-c', PROGRAM, env={'PYTHONOPTIMIZE': '2'})
run('-c', PROGRAM, env={'PYTHONOPTIMIZE': 'yes'})
run('-c', PROGRAM, env={'PYTHONOPTIMIZE': ''})
run('-O', '-c', PROGRAM, env={'PYTHONOPTIMIZE': '2'})
run('-E', '-c', PROGRAM, env={'PYTHONOPTIMIZE': '2'})
run('-OO', '-', stdin='"module doc"\nprint(__doc__)\nassert 0\nprint("end")')

# The cache files of imported modules: NAME.TAG.pyc, NAME.TAG.opt-1.pyc, NAME.TAG.opt-2.pyc, each read
# back by a second run at the same level.
LIST = '''
import os, sys, mod
tag = sys.implementation.cache_tag
print(mod.f.__doc__, sorted(name.replace(tag, "TAG") for name in os.listdir("__pycache__")))
'''
with tempfile.TemporaryDirectory() as directory:
    with open(os.path.join(directory, 'mod.py'), 'w') as f:
        f.write('def f():\n    "doc of f"\n    assert False\n')
    for options in ((), ('-O',), ('-OO',), ('-OO',)):
        run(*options, '-c', LIST, cwd=directory)
