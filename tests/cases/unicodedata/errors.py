# The argument errors of the unicodedata functions.
import unicodedata as u


class S(str):
    pass


calls = [
    lambda: u.name("ab"), lambda: u.name(3), lambda: u.category(""), lambda: u.combining(b"a"),
    lambda: u.lookup(3), lambda: u.lookup(bytearray(b"a")), lambda: u.lookup(name="a"),
    lambda: u.decimal("a"), lambda: u.digit("a"), lambda: u.numeric("a"), lambda: u.decimal(5),
    lambda: u.normalize("X", "a"), lambda: u.normalize(1, "a"), lambda: u.normalize("NFC", 1),
    lambda: u.normalize("X", 1), lambda: u.is_normalized("NFX", "a"), lambda: u.is_normalized(1, 2),
    lambda: u.name(), lambda: u.name("a", "b", "c"), lambda: u.category(), lambda: u.category("a", "b"),
    lambda: u.name(chr="a"), lambda: u.decimal(), lambda: u.normalize("NFC"), lambda: u.normalize(form="NFC", unistr="a"),
    lambda: u.category(S("a")), lambda: type(u.normalize("NFC", S("a"))).__name__, lambda: u.UCD(),
    lambda: u.ucd_3_2_0.unidata_version, lambda: type(u.ucd_3_2_0).__name__,
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as error:
        print(type(error).__name__, error)
