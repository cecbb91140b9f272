# Lookahead and lookbehind, conditionals on groups, atomic groups and possessive quantifiers.
import re


def found(pattern, subject):
    return [(m.span(), m.groups()) for m in re.finditer(pattern, subject)]


print(found(r'\w+(?=!)', 'hi! yo ok!'), found(r'\w+(?!\w|!)', 'hi! yo'))
print(found(r'(?<=\$)\d+', '$10 and 20 $3'), found(r'(?<!\$)\b\d+', '$10 and 20'))
print(found(r'(?<=ab|cd)x', 'abx cdx ex'), found(r'(?<=(a))b', 'ab cb'), found(r'(?<=\d{2})%', '5% 50%'))
print(found(r'(?=(\w+))\w', 'ab'), found(r'a(?=b(?=c))', 'abc abd'), found(r'(?!)', 'x'), found(r'(?=)', 'x'))
print(found(r'(a)?(?(1)b|c)', 'ab c b'), found(r'(?P<q>")?\w+(?(q)")', '"hi" yo "no'))
print(found(r'(a)?x(?(1)y)', 'axy x ax'), found(r'(?:(a)|b)(?(1)1|2)', 'a1 b2 a2 b1'))
print(found(r'(?>a+)b', 'aaab'), found(r'(?>a+)a', 'aaa'), found(r'(?>ab|a)c', 'abc ac'))
print(found(r'a++b', 'aab'), found(r'a++a', 'aaa'), found(r'a*+', 'aab'), found(r'a?+a', 'a aa'))
print(found(r'a{1,2}+a', 'aa aaa'), found(r'(?:ab)++c', 'ababc abab'), found(r'x[ab]*+b', 'xabb'))
print(found(r'"[^"]*+"', '"a" "b'), found(r'(\d+)+?x', '12x'), found(r'\d{2,}?', '12345'))
for pattern in [r'(?<=a+)b', r'(?<=a*)b', r'(?<=a|bc)d', r'(?<!x{1,2})y', r'(a)(?<=\1)']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(pattern, '->', e)
print(re.compile(r'(?<=(?:ab){2})c').search('ababc').span(), re.search(r'(?<=\b)a', 'a').span())
print(re.match(r'(?=a)(?!ab)a.', 'ac').group(), re.match(r'(?=a)(?!ab)a.', 'ab'))
