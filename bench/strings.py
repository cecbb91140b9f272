# String building: join, f-strings, concatenation, slicing and common methods.
def build_lines(n):
    lines = []
    for i in range(n):
        lines.append(f"{i:06d}|{i * 7 % 1000:>4}|{'x' * (i % 5)}")
    return "\n".join(lines)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def transform(text):
    out = []
    for line in text.split("\n"):
        key, value, tail = line.split("|")
        out.append(value.strip() + ":" + key.lstrip("0") + tail.upper().replace("X", "y"))
    return ",".join(out)


def palindromes(words):
    return sum(1 for w in words if w == w[::-1])


text = build_lines(600000)
print(len(text), text[:20].replace("\n", "/"))
s = concat(2000000)
print(len(s), s.count("7"))
t = transform(text)
print(len(t), t[-30:])
print(palindromes([str(i) for i in range(1500000)]))
