# re.RegexFlag: an IntFlag whose members are also globals of re and show as re.NAME.
import re

print(repr(re.I), str(re.I), repr(re.I | re.M), str(re.S | re.X), repr(re.M | re.I))
print(repr(re.RegexFlag(0)), repr(re.NOFLAG), repr(re.RegexFlag(1 << 20)), repr(re.I | (1 << 20)))
print(repr(~re.I), repr(~re.NOFLAG), repr(re.I & re.M), repr(re.I ^ re.I), repr(re.I ^ 3))
print(int(re.A), int(re.I), int(re.L), int(re.U), int(re.M), int(re.S), int(re.X), int(re.T), int(re.DEBUG))
print(re.IGNORECASE is re.I, re.ASCII is re.A, re.I.name, re.I.value, (re.I | re.M).name, re.NOFLAG.name)
print(type(re.I).__name__, type(re.I | re.M).__name__, type(re.I | 1).__name__, type(re.I + 1).__name__)
print(re.I + 1, re.I | 1, re.I * 2, re.I == 2, 2 == re.I, re.I < re.M, hash(re.I) == hash(2))
print([f.name for f in re.RegexFlag], len(re.RegexFlag), [f.name for f in re.I | re.M | re.A])
print(sorted(re.RegexFlag.__members__), re.RegexFlag.__members__['A'] is re.ASCII)
print(re.RegexFlag.__module__, re.RegexFlag.__name__, re.RegexFlag.__qualname__, repr(re.RegexFlag))
print(format(re.M), f'{re.I}', '{}'.format(re.S), '%d %s' % (re.X, re.X), str(int(re.U)))
print(re.M in (re.I | re.M), re.S in (re.I | re.M), bool(re.NOFLAG), bool(re.I))
print(re.RegexFlag(2) is re.I, re.RegexFlag(10), re.RegexFlag['DOTALL'], isinstance(re.I, int))
print(re.I | re.M == re.RegexFlag(10), (re.I | re.M) is re.RegexFlag(10))
try:
    re.RegexFlag('x')
except ValueError as e:
    print('ValueError', e)
