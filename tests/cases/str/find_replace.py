# Searching and replacing in strings.
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("zz"), s.rfind("ss"), s.rfind("i"))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 2, 8))
print(s.replace("ss", "SS"), s.replace("i", "", 2), s.replace("", "-"), s.replace("x", "y"))
print(s.find(""), s.find("", 20), "abc".find("c", -1), "abc".find("a", -1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("a" in s, "sip" in s, "" in s, "Miss" in s)

text = "one two three two one"
words = text.split()
print({w: words.count(w) for w in words})
print(text.replace("two", "2").replace("one", "1"))
print(text.upper().count("O"))
positions = []
i = text.find("o")
while i != -1:
    positions.append(i)
    i = text.find("o", i + 1)
print(positions)
print("abcabc".replace("abc", "x", 1))
print("aaaa".replace("aa", "b"))
print("tab\there".replace("\t", "    "))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table))
print("hello world".translate({ord("o"): "0", ord("l"): None}))
