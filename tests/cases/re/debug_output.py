# re.DEBUG prints the parsed pattern and then the compiled code.
import re

for pattern, flags in [
    ('abc', 0),
    ('a(b)c|d[e-f]*', 0),
    ('(?i)k[^s]x*?', 0),
    (r'(?P<n>a)(?P=n)(?(n)x|y)(?<=a)(?!b)(?>c)\b$', 0),
    ('[\u0100-\u0200\u4e00]+?', 0),
    (r'\d{2,}+|\s', re.M),
    (b'(?L)a\\w', re.I),
    ('[a-z0-9_]', 0),
    ('ab|cd', re.I),
]:
    print('=== ', repr(pattern), flags)
    p = re.compile(pattern, flags | re.DEBUG)
    print(p.pattern == pattern, p.flags, p.groups)
print(re.compile('abc', re.DEBUG) is re.compile('abc', re.DEBUG))
