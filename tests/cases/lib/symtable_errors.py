# _symtable.symtable and symtable.symtable: argument errors and the SyntaxErrors of invalid programs.
import _symtable
import symtable


def attempt(*args):
    try:
        symtable.symtable(*args)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)


attempt('x', 'f', 'bad')
attempt(1, 'f', 'exec')
attempt(['x'], 'f', 'exec')
attempt('x', 1, 'exec')
attempt('pass', bytearray(b'spam'), 'exec')
attempt('pass', memoryview(b'spam'), 'exec')
attempt('pass', list(b'spam'), 'exec')
attempt('x', 'f', 1)
attempt('x', 'f', 'func_type')
attempt('def f(a, a): pass', 'dup.py', 'exec')
attempt('x=', 'syn.py', 'exec')
attempt('def f(x): foo)(', 'spam', 'exec')
attempt('def f(x): global x', 'spam', 'exec')
attempt('nonlocal x', 'nl.py', 'exec')
attempt('def f():\n    nonlocal q\n', 'nl.py', 'exec')
attempt('def f():\n    x = 1\n    global x\n', 'g.py', 'exec')
attempt('def f():\n    x: int\n    global x\n', 'g.py', 'exec')
attempt('yield 1', 'y.py', 'exec')
attempt('class C:\n    [(z := 1) for i in range(3)]\n', 'w.py', 'exec')
attempt('[(i := 1) for i in range(3)]', 'w.py', 'exec')
attempt('from __future__ import braces', 'fut.py', 'exec')
attempt('x = 1\nfrom __future__ import annotations', 'fut.py', 'exec')
attempt('a\0b', 'nul.py', 'exec')
attempt('x = 1', 'ok.py', 'eval')
attempt('return 1', 'ret.py', 'exec')
attempt('\n\ndef f(*, a, a): pass', 'dup.py', 'exec')
try:
    _symtable.symtable('x')
except TypeError as e:
    print('TypeError', e)
try:
    _symtable.symtable('x', 'f', 'exec', 1)
except TypeError as e:
    print('TypeError', e)
try:
    _symtable.symtable(source='x', filename='f', mode='exec')
except TypeError as e:
    print('TypeError', e)
