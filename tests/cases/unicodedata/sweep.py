# A summary of the properties of every code point, so the output stays small.
import unicodedata as u


def tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


categories, bidis, widths, combinings = {}, {}, {}, {}
mirrored = decimal_sum = digit_sum = named = name_sum = decomposed = 0
numeric_sum = 0.0
changed = {"NFC": 0, "NFD": 0, "NFKC": 0, "NFKD": 0}
for c in range(0x110000):
    ch = chr(c)
    tally(categories, u.category(ch))
    tally(bidis, u.bidirectional(ch))
    tally(widths, u.east_asian_width(ch))
    tally(combinings, u.combining(ch))
    mirrored += u.mirrored(ch)
    decimal_sum += u.decimal(ch, 0)
    digit_sum += u.digit(ch, 0)
    numeric_sum += u.numeric(ch, 0.0)
    name = u.name(ch, "")
    if name:
        named += 1
        name_sum = (name_sum * 31 + len(name) + ord(name[-1])) % 1000000007
    d = u.decomposition(ch)
    if d:
        decomposed += 1
        name_sum = (name_sum * 7 + len(d)) % 1000000007
    if c < 0xd800 or c > 0xdfff:
        for form in changed:
            if u.normalize(form, ch) != ch:
                changed[form] += 1
print(sorted(categories.items()))
print(sorted(bidis.items()))
print(sorted(widths.items()))
print(len(combinings), sum(k * v for k, v in combinings.items()))
print(mirrored, decimal_sum, digit_sum, round(numeric_sum, 3))
print(named, decomposed, name_sum)
print(changed)
