# re.compile, Pattern attributes and the RegexFlag enum.
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)|(x)')
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(repr(p))
print(repr(re.compile('a', re.I | re.M)), repr(re.compile(b'a')), repr(re.compile('a', re.A)))
print(repr(re.compile('(?i)a')), re.compile('(?i)a').flags)
print(re.compile('a').flags == re.U, re.compile(b'a').flags)

print(repr(re.I), str(re.I), repr(re.I | re.M), str(re.S | re.X))
print(repr(re.RegexFlag(0)), repr(re.NOFLAG), repr(re.RegexFlag(1 << 20)), repr(re.I | (1 << 20)))
print(repr(~re.I))
print(int(re.A), int(re.I), int(re.L), int(re.U), int(re.M), int(re.S), int(re.X), int(re.DEBUG))
print(re.IGNORECASE is re.I, re.I.name, re.I.value, type(re.I | re.M).__name__, re.I + 1, re.I | 1)
print([f.name for f in re.RegexFlag])
print(sorted(re.RegexFlag.__members__))
print(re.RegexFlag.__module__, re.RegexFlag.__name__)
print(format(re.M), re.M == 8, re.M in (re.I | re.M), bool(re.NOFLAG))

print(re.compile(p) is p)
print(re.compile('abc') is re.compile('abc'), re.compile('abc', re.I) is re.compile('abc', 2))
print(re.compile('abc') is re.compile(b'abc'))
re.purge()
print(re.compile('abc').pattern)

for pattern, flags in [(p, re.I), (1, 0), (b'a', re.U), ('a', re.L), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pattern, flags)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(re.Pattern.__name__, re.Match.__name__, type(p) is re.Pattern, type(p.match('1999-12')) is re.Match)
print(sorted(re.__all__))
print(p == re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)|(x)'), hash(p) == hash(re.compile(p.pattern)))
print(re.compile('x', re.X).flags, re.compile('(?x)x').flags, re.compile('(?s)(?m)x').flags)
