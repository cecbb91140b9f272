# Case mappings and classification of characters outside ASCII, special casing and final sigma.
tests = ["ß", "ﬁ", "Σ", "ǅ", "İ", "é", "ŉ", "ΐ", "ꭰ", "ᾳ", "Ⅻ", "一", "٣", "²", "½", "𝟘", "a\u0301", "\u00a0", "\u2028", "\u200b", "\U0001F600", "ｶ", "Ⓐ"]
for t in tests:
    print(repr(t), t.upper(), t.lower(), t.title(), t.casefold(), t.capitalize(), t.swapcase(),
          t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.islower(), t.isupper(), t.istitle(),
          t.isspace(), t.isprintable(), t.isidentifier(), t.isalnum())
print("ΣΑΣ ΟΔΟΣ".lower(), "straße".upper(), "ﬂour".title(), "ǆemal".capitalize())
