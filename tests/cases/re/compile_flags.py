# re.compile: Pattern attributes and repr, flags, the compile cache and bad arguments.
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)|(x)')
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(repr(p))
print(repr(re.compile('a', re.I | re.M)), repr(re.compile(b'a')), repr(re.compile('a', re.A)))
print(repr(re.compile('(?i)a')), re.compile('(?i)a').flags)
print(re.compile('a').flags == re.U, re.compile(b'a').flags)

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
