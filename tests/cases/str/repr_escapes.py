# repr of strings: quote choice, escapes, and non-ASCII characters.
samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "new\nline",
    "carriage\rreturn",
    "back\\slash",
    "nul\x00byte",
    "bell\x07",
    "del\x7f",
    "\x1b[0m",
    "café",
    "日本語",
    "emoji 🐍",
    "\u200b zero width",
    "\xa0nbsp",
    "",
    "'",
    '"',
]
for s in samples:
    print(repr(s), len(s))
print(ascii("café 🐍"), ascii("plain"))
print(str("x"), repr(repr("x")))
print([["a'b"], ("c\nd",)])
print({"key": "val'ue"})
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b2", "\U0001F600" == "😀")
print(r"raw\nstring", len(r"\n"), "\x41\101\u0041")
print(repr("a\\'b"), 'single \'escaped\'')
print(b"bytes", b"\x00\xff", b"it's", repr(b'"'))
