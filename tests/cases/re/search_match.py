# search, match and fullmatch, as functions and as methods with pos and endpos.
import re


def show(m):
    return None if m is None else (m.span(), m.group())


for pattern, subject in [('abc', 'xxabcxx'), ('^abc', 'abcabc'), ('abc$', 'abcabc'), ('a+', 'baaac'),
                         ('a*', 'bbb'), ('x', ''), ('', ''), ('.', '\n'), (r'\d+', 'ab 123 45'),
                         ('b', 'abc'), ('(a|b)+', 'xabbay'), (r'\bfoo\b', 'a foo b'), (r'\Bo', 'foo')]:
    print(repr(pattern), repr(subject), show(re.search(pattern, subject)), show(re.match(pattern, subject)),
          show(re.fullmatch(pattern, subject)))

p = re.compile(r'\w+')
s = 'one two three'
print(show(p.search(s, 3)), show(p.search(s, 4)), show(p.search(s, 4, 6)), show(p.match(s, 4)))
print(show(p.match(s, 3)), show(p.fullmatch(s, 4, 7)), show(p.fullmatch(s, 4, 8)))
print(show(p.search(s, -5)), show(p.search(s, 100)), show(p.search(s, 8, 2)), show(p.search(s, endpos=-1)))
print(show(re.compile('^t').search(s, 4)), show(re.compile(r'\At').search(s, 4)))
print(show(re.compile('e$').search(s, 0, 3)), show(re.compile(r'e\Z').search(s, 0, 3)))

print(show(re.fullmatch('a|ab', 'ab')), show(re.match('a|ab', 'ab')), show(re.fullmatch('a*?', 'aaa')))
print(show(re.search('(?m)^b', 'a\nb')), show(re.search('^b', 'a\nb')), show(re.search('(?m)a$', 'a\nb')))
print(show(re.search('a$', 'a\n')), show(re.search(r'a\Z', 'a\n')), show(re.fullmatch('a', 'a\n')))
print(show(re.search('(?s)a.b', 'a\nb')), show(re.search('a.b', 'a\nb')))
print(show(re.search(r'\d', '\u0663')), show(re.search(r'(?a)\d', '\u0663')))

print(bool(re.match('a', 'a')), bool(re.match('a', 'b')))
print(show(re.search(pattern='b', string='abc')), show(p.search(string=s, pos=4)))
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError', e)
