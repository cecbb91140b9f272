# Expression statements compiled in 'single' mode go through sys.displayhook (so doctest can capture them),
# and a missing hook is a RuntimeError.
import sys, io
exec(compile('1 + 1\n', '<s>', 'single'))
sys.displayhook = lambda value: print('hook got', repr(value))
exec(compile('"abc"\n', '<s>', 'single'))
exec(compile('None\n', '<s>', 'single'))
buffer = io.StringIO()
sys.displayhook = sys.__displayhook__
saved, sys.stdout = sys.stdout, buffer
exec(compile('[1, 2]\n', '<s>', 'single'))
sys.stdout = saved
print('captured', repr(buffer.getvalue()))
del sys.displayhook
try:
    exec(compile('3\n', '<s>', 'single'))
except RuntimeError as e:
    print('RuntimeError', e)
import builtins
print(builtins._)
