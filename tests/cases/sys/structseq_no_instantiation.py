# sys.flags and sys.version_info cannot be instantiated; the other sys struct sequences need a sequence.
import sys, pickle, copy
for n in ['flags', 'version_info', 'float_info', 'int_info', 'hash_info', 'thread_info']:
    v = getattr(sys, n)
    t = type(v)
    try:
        t(); print(n, 'created')
    except TypeError as e:
        print(n, e)
    try:
        t.__new__(t, ()); print(n, 'new ok')
    except TypeError as e:
        print(n, 'new:', e)
print(sys.flags.debug, sys.version_info[:2] == (3, 12), sys.version_info.major)
