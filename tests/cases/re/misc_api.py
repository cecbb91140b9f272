# Less common parts of the API: template() and TEMPLATE, Scanner, copying patterns, module-level names.
import copy
import re

p = re.template('ab')
print(p.pattern, p.flags, p.match('abc').group())
try:
    re.template('a*')
except re.error as e:
    print('error', e)
print(re.compile('ab', re.T).flags)


def number(scanner, text):
    return ('num', int(text))


scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z]+', lambda scanner, text: ('word', text, scanner.match.span())),
    (r'\s+', None),
    (r'[+*]', 'op'),
])
print(scanner.scan('12 abc + 7*x ?rest'))
print(scanner.scan(''), re.Scanner([('a', 1)], re.I).scan('AaB'))

q = re.compile('(?P<n>x+)', re.I)
print(copy.copy(q) is q, copy.deepcopy(q) is q, copy.copy(q.match('xx')).group())
print(re.__name__, re.error.__qualname__, callable(re.purge), re.purge())
print(re.compile('a').scanner('baa').search().span(), re.compile('a').scanner('baa').match())
print([name for name in ('A', 'I', 'L', 'M', 'S', 'X', 'U', 'T', 'NOFLAG', 'DEBUG') if hasattr(re, name)])
