# IGNORECASE with Unicode, ASCII and bytes, including characters with more than two case variants.
import re


def found(pattern, subject, flags=0):
    return [m.group() for m in re.finditer(pattern, subject, flags)]


print(found('(?i)abc', 'ABC aBc abc'), found('abc', 'ABC', re.I))
print(found('(?i)k', 'kK\u212a'), found('(?i)\u212a', 'kK'), found('(?ai)k', 'kK\u212a'))
print(found('(?i)s', 'sS\u017f'), found('(?i)\u017f', 'sS'), found('(?i)[s]', 'sS\u017f'))
print(found('(?i)[^s]', 'sS\u017fx'))
print(found('(?i)i', 'iI\u0130\u0131'), found('(?i)\u0131', 'iI\u0131'), found('(?i)\u0130', 'i\u0130'))
print(found('(?i)\u03c3', '\u03a3\u03c3\u03c2'), found('(?i)[\u03c2]', '\u03a3\u03c3\u03c2'))
print(found('(?i)\u00b5', '\u00b5\u03bc\u039c'), found('(?i)\u00df', '\u00df\u1e9e SS'))
print(found('(?i)[a-z]+', 'Hello W\u00f6rld \u212a'), found('(?ai)[a-z]+', 'Hello \u212a'))
print(found('(?i)[\u00e0-\u00ff]+', '\u00c0\u00e9\u00ff\u0178'), found('(?i)caf\u00e9', 'CAF\u00c9'))
print(found('(?i)\U00010400', '\U00010428\U00010400'), found('(?i)[\U00010400-\U00010410]', '\U00010428'))
print(found(r'(?i)(a)\1', 'aA Aa ab'), found(r'(?i)(\u017f)\1', '\u017fs'))
print(found(r'(?i)(?P<c>x)(?P=c)', 'xX'), found('(?i)[^a]', 'aAb'))
print(found('a(?i:b)c', 'aBc ABC abC'), found('(?i)a(?-i:b)c', 'AbC ABC'))
print(found(r'\w+', 'na\u00efve \u0436\u0443\u043a 42\u0663'), found(r'(?a)\w+', 'na\u00efve \u0436\u0443\u043a'))
print(found(r'\d+', '12\u0663\u0664 \uff11'), found(r'(?a)\d+', '12\u0663'), found(r'\s+', 'a\u2003b\x1cc'))
print(found(r'\bx', 'x \u00e9x'), found(r'(?a)\bx', 'x \u00e9x'))
print(re.compile('(?i)x').flags, re.compile('x', re.I | re.A).flags)
print(found('(?i)[k-m]', 'KLM\u212a'), found('(?i)[\u2126]', '\u03c9\u03a9'), found('(?i)[^\\W\\d]+', 'AbC_1'))
