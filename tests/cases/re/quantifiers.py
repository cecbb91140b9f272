# Quantifiers: greedy, lazy, bounded, their limits, and the errors of misplaced repeats.
import re


def spans(pattern, subject):
    return [m.span() for m in re.finditer(pattern, subject)]


print(spans('a*', 'aaab'), spans('a+', 'aaab'), spans('a?', 'aab'), spans('a*?', 'aa'), spans('a+?', 'aa'))
print(spans('a??b', 'ab'), spans('a{2}', 'aaaaa'), spans('a{2,}', 'aaaaa'), spans('a{,2}', 'aaa'))
print(spans('a{2,3}', 'aaaaaaa'))
print(spans('a{2,3}?', 'aaaa'), spans('(?:ab){2}', 'ababab'), spans('(ab)*', 'ababx'), spans('a{0}', 'a'))
print(re.match('(a+)(a+)', 'aaaa').groups(), re.match('(a+?)(a+)', 'aaaa').groups(), re.match('(a*)*', 'aa').span())
print(re.match('(a|b)*?c', 'abac').groups(), re.match('(?:a|ab)*c', 'ababc').span(), re.match('(a*)+b', 'aab').groups())
print(re.match('x{3}', 'xxxx').group(), re.match('x{1,1000}', 'x' * 2000).end())
print(re.search('.{100}$', 'y' * 150).start())
print(re.match('(?:(a)|b)+', 'ab').groups(), re.match('(a)+', 'aaa').span(1), re.match('(?:)*', 'x').span())
print(re.fullmatch('a{4294967294}', 'aaa'), re.match('a{0,4294967294}', 'aa').span())
print(re.match('\\d{2}-\\d{3,}', '12-3456').group(), re.match('[ab]{3}', 'abba').group())
for pattern in ['*', '+a', '?', 'a**', 'a*??', 'a{1}{2}', '^*', r'\b+', '$?', 'a|*', '(*)', 'a{2,1}', '(?:a*)*']:
    try:
        print(repr(pattern), re.compile(pattern).pattern)
    except re.error as e:
        print(repr(pattern), '->', e)
for pattern in ['a{4294967295}', 'a{1,4294967295}', 'a{99999999999999999999}']:
    try:
        re.compile(pattern)
    except OverflowError as e:
        print(repr(pattern), 'OverflowError', e)
