# _string: the format-string parser and field-name splitter behind string.Formatter.
import _string
for s in ["a{0}b{1:>{2}}c", "{{x}} {name!r:^10} end", "plain", "", "{0.attr[key][1]}", "{}{}", "{!s}", "{a[b]:{c}}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for bad in ["{", "}", "a{b", "{0!}", "{0!r x}"]:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for name in ["0", "name", "a.b[c][0].d", "12.x"]:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for bad in ["a.", "a[", "a[]", "a[0]x"]:
    try:
        first, rest = _string.formatter_field_name_split(bad); print(list(rest))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
