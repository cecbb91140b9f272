# Errors from the engine: str/bytes mixing, bad groups, bad arguments and templates.
import re

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

p = re.compile(r"(?P<w>\w)(\d)?")
m = p.match("a")
attempt(p.match, b"abc")
attempt(re.compile(b"a").search, "abc")
attempt(p.match, 12)
attempt(p.findall, None)
attempt(m.group, 3)
attempt(m.group, "nope")
attempt(m.group, -1)
attempt(m.start, "w")
attempt(m.span, 5)
attempt(lambda: m[[]])
attempt(m.group, 1.0)
attempt(m.expand, r"\3")
attempt(m.expand, r"\g<nope>")
attempt(p.sub, r"\9", "a")
attempt(p.sub, lambda m: 5, "a")
attempt(p.sub, b"x", "a")
attempt(p.sub, "x", b"a")
attempt(re.compile(b"a").sub, "x", b"a")
attempt(p.split, "a1b2", "2")
attempt(re.compile, "(")
attempt(re.compile, "a{3,2}")
attempt(re.compile, r"\8")
attempt(re.compile, "(?<=a+)b")
attempt(lambda: re.compile("a").match("a", pos="1"))
attempt(lambda: re.compile("a").match(string="ba", pos=1))
attempt(lambda: re.compile("a").search("ba", endpos=1))
attempt(lambda: m.groups(default=0))
attempt(lambda: p.sub(repl="[\\1]", string="a2b", count=1))
