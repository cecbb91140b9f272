# Exceptions pickle as CPython 3.12 reduces them: (type, args) plus the state CPython keeps (OSError,
# ImportError and AttributeError have their own rules; built-in fields are not state).
import pickle
for e in [NameError('x', name='n'), ImportError('x', name='n'), ImportError('x'), StopIteration(3), SyntaxError('m', ('f', 1, 2, 't')), KeyError(1), SystemExit(2), UnicodeDecodeError('utf-8', b'x', 0, 1, 'r'), BaseExceptionGroup('g', [ValueError()]), AttributeError('foo'), AttributeError('foo', name='n', obj=1), OSError(2, 'x', 'f'), OSError(2, 'x', 'f', None, 'g'), OSError('a'), ValueError(1)]:
    print(type(e).__name__, e.__reduce__())
    for p in (0, 2, 4):
        n = pickle.loads(pickle.dumps(e, p))
        print("  ", repr(n), getattr(n, 'name', '-'), getattr(n, 'filename', '-'), getattr(n, 'value', '-'), getattr(n, 'lineno', '-'))
e = ValueError(1); e.x = 2; print(e.__reduce__())
e = AttributeError('a'); e.x = 2; print(e.__reduce__(), pickle.dumps(e, 2))
