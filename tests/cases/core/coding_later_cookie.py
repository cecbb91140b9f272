# a comment with encoding="x" in it, then the real one: coding: latin-1
s = "café"
print(len(s), ascii(s))
