# Character classes and escapes: ranges, negation, categories inside sets, numeric and named escapes.
import re


def found(pattern, subject):
    return re.findall(pattern, subject)


print(found('[abc]', 'xaybzc'), found('[^abc]', 'xaybzc'), found('[a-c]+', 'xabcd'), found('[^a-c]+', 'xabcd'))
print(found('[]a]', ']a['), found('[^]]', ']x'), found('[a-]', 'a-b'), found('[-a]', 'a-b'), found(r'[a\-z]', 'b-z'))
print(found(r'[\d.]+', 'v1.25 x'), found(r'[\w-]+', 'a-b c_d'), found(r'[^\W\d_]+', 'ab1_cd'), found(r'[\s]', 'a b'))
print(found(r'[\b]', 'a\bb'), found(r'\x41\u0042\U00000043', 'ABC'), found(r'\101\0', 'A\0'), found(r'[\0-\07]', '\3'))
print(found(r'\N{EM DASH}|\N{latin small letter e with acute}', 'a\u2014\u00e9'), found(r'[\N{DIGIT ONE}-3]', '0123'))
print(found(r'\t\n\r\f\v\a', '\t\n\r\f\v\a'), found(r'[\t\n]', 'a\tb\n'), found(r'\\', 'a\\b'))
print(found(r'\.\*\+\?\(\)\[\]\{\}\|\^\$', '.*+?()[]{}|^$'), found(r'\-\#\ \&\~\%', '-# &~%'))
print(found('[\u0400-\u04ff]+', 'abc \u0436\u0443\u043a'), found('[^\u4e00-\u9fff]+', 'ab\u4e2d\u6587cd'))
print(found('[\U0001F600-\U0001F64F]', 'a\U0001F600b\U0001F64F'), found('[a\U0001F600]', 'a\U0001F600b'))
many = '[' + ''.join(chr(c) for c in range(0x100, 0x3000, 97)) + ']'
print(found(r'[\x00-\x1f\x7f]', 'a\x01b\x7fc'), found(many, '\u0100\u0161\u0162'))
print(found(r'[\d\D]', 'a1'), found(r'[^\d\s]', 'a 1b'), found(r'\D\S\W', 'a!?'), found('.', 'a\nb'))
print(found('a{}', 'a{}'), found('a{', 'a{'), found('a{1', 'a{1'), found('a{,}', 'aa'), found('{x}', '{x}'))
print(found('[.]', 'a.b'), found('[$^]', '$^a'), found('[*+?{}()|]', 'a*+?{}()|'), found('x]', 'x]'))
print(found('[aa]', 'a'), found('[a-aa]', 'a'), found('[ac-e]', 'abcdef'), found('[0-9a-fA-F]+', 'zz1fA9g'))
for pattern in ['[', '[a', '[z-a]', r'[\d-z]', r'[a-\w]', r'[\A]', r'[\9]', r'\400', r'\x4', r'\u12',
                r'\U12345678', r'\N{BOGUS}', r'\N{', r'\N{}', r'\q', r'[\q]', r'\8', '[\\']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e)
