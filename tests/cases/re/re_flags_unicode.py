# Flags and character classes: IGNORECASE with Unicode case folding, ASCII, MULTILINE, DOTALL,
# VERBOSE, word boundaries and the \d \s \w categories on non-ASCII text.
import re

print(re.findall(r"(?i)straße", "STRASSE Straße STRAẞE straße"))
print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?ia)k", "kK\u212a"))
print(re.findall(r"(?i)[a-z]+", "Hello ǅWorld ſ"), re.findall(r"(?i)σ", "ΣσςΣ"))
print(re.findall(r"(?i)[^a]", "aAbB"), re.findall(r"(?i)[\u0430-\u044f]+", "Привет МИР"))
print(re.match(r"(?i)İ", "i̇"), re.match(r"(?i)ı", "I"), re.match(r"(?i)µ", "Μ"))
print(re.findall(r"\w+", "héllo wörld ١٢٣ x_y"), re.findall(r"(?a)\w+", "héllo wörld"))
print(re.findall(r"\d", "1٢३"), re.findall(r"(?a)\d", "1٢३"), re.findall(r"\s", "a\u2003b\u00a0c\x1c"))
print(re.findall(r"\b\w", "ça va? l'été"), re.findall(r"(?a)\b\w", "ça va"))
print(re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"\w$", "a\nb\nc", re.M), re.findall(r"\w$", "a\nb\n"))
print(re.findall(".", "a\nb"), re.findall(".", "a\nb", re.S), re.search(r"\Z", "ab\n").span(), re.search("$", "ab\n").span())
print(re.match(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
""", "12  ab", re.X).groups())
print(re.findall(rb"(?i)[a-z]+", b"Hello \xc9t\xe9"), re.findall(rb"\w+", b"caf\xe9 ok"))
print(re.findall(r"(?i)[k-l]", "\u212aKL"), re.findall(r"(?i)[ǆ]", "ǄǅǆDž"))
print(re.findall(r"(?i)\u1e9e", "ß\u1e9e"), re.findall(r"(?i)ß", "ß\u1e9e"))
print(re.findall(r"[\U0001F600-\U0001F64F]", "a😀b🙏c"), re.sub("😀", "x", "😀😀"))
print(re.findall(r"(?i)[^\W\d]", "a1B_ä"), re.findall(r"[\w-]", "a-b"))
print(re.compile(r"(?i)x").flags == re.I | re.U, re.compile("x", re.I).flags)
print(re.I, re.M | re.S, re.RegexFlag(0), re.A.value, re.NOFLAG)
print(re.findall(r"(?L)\w+".replace("(?L)", ""), "abc déf"), re.findall(rb"(?L)\w+", b"ab \xe9"))
