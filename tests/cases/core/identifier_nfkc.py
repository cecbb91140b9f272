# PEP 3131: identifiers are NFKC-normalized when parsed, so compatibility and decomposed spellings name
# the same variable.
ﬁ = 1
print(fi)
ℌ = 2
print(H)
ｗｉｄｅ = 3
print(wide)
𝐛𝐨𝐥𝐝 = 4
print(bold)
café = 5          # e + COMBINING ACUTE ACCENT
print(café)           # precomposed é
ǆ = 6
print(dž)
Å = 7                # ANGSTROM SIGN
print(Å)              # LATIN CAPITAL LETTER A WITH RING ABOVE
print(ascii(Å))


class Point:
    ｘ = 10

    def ｍove(self, ｄelta):
        return self.x + delta


p = Point()
print(p.ｘ, p.x, p.move(ｄelta=5))
print(getattr(Point, "ｘ", "not normalized by getattr"))


def keywords(**kwargs):
    return sorted(kwargs)


print(keywords(ﬁle=1, ℌi=2))
print(sorted(name for name in globals() if not name.startswith("_") and name not in ("Point", "p", "keywords")))
