# Character properties: category, bidirectional, combining, east_asian_width, mirrored, decomposition.
import unicodedata

print(unicodedata.unidata_version)
samples = "aZ5 \t\n\u00e9\u0301\u05d0\u0627\u0660\u00bd\u2163\u3000\uff21\u4e00\uac00\u200d\u2028(\u00ab\U0001f600\U00010400\ue000\U000e0001\u0378\ufffe\u1e9b\u2126\ufb01"
for ch in samples:
    print(hex(ord(ch)), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), repr(unicodedata.decomposition(ch)))

# Numeric values, with and without defaults.
for ch in "7\u0663\u00b2\u2460\u00bd\u2155\u216b\u4e07\u5146\u3405x":
    print(hex(ord(ch)), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
print(unicodedata.decimal("x", "no"), unicodedata.digit("x", -1), unicodedata.numeric("x", 0.5))
print(unicodedata.numeric("\U0001ec71"), unicodedata.numeric("\U00012432"))

# Surrogates and private use.
print(unicodedata.category("\ud800"), unicodedata.category("\U000f0000"), unicodedata.category("\U0010ffff"))
print(type(unicodedata.UCD).__name__, unicodedata.UCD.__name__)
