# normalize() and is_normalized() for the four forms.
import unicodedata

samples = ["caf\u00e9", "cafe\u0301", "\ufb01", "\u2126", "\u212b", "A\u030a", "\u1e9b\u0323", "\u0071\u0307\u0323",
           "\uac00", "\u1100\u1161\u11a8", "\u1100\u1161", "\uac00\u11a8", "\u00bd", "\u2460", "\uff21\uff22",
           "\u0344", "\u0958", "\u2000", "a\u0328\u0301\u0315", "\u0061\u0315\u0300\u05ae\u0300\u0062",
           "\u00e0\u0328", "\U0001d15e", "\u1f80", "\u03d3", "x\u0308\u0301", "", "plain ascii"]
for text in samples:
    forms = [unicodedata.normalize(form, text) for form in ("NFC", "NFD", "NFKC", "NFKD")]
    flags = [unicodedata.is_normalized(form, text) for form in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(text), [ascii(f) for f in forms], flags)

# Normalizing is idempotent, and NFC(NFD(x)) == NFC(x).
text = "".join(chr(c) for c in range(0xc0, 0x250)) + "".join(chr(c) for c in range(0x1e00, 0x1f00))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    once = unicodedata.normalize(form, text)
    print(form, len(once), unicodedata.normalize(form, once) == once, unicodedata.is_normalized(form, once))
print(unicodedata.normalize("NFC", unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFC", text))
s = "already"
print(unicodedata.normalize("NFC", s) is s)
