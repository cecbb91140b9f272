# strip family and case conversions.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("abcba".strip("ab"), repr("   ".strip()), repr("".strip()))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"))

print("Hello World".upper(), "Hello World".lower(), "hello world".title(), "hello world".capitalize())
print("Hello World".swapcase(), "ÄÖü straße".upper(), "ǅ".lower())
print("MiXeD".casefold(), "abc".isupper(), "ABC".isupper(), "abc".islower(), "Abc Def".istitle())
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace())
print("x1_".isidentifier(), "1x".isidentifier(), "٣".isdigit(), "Ab".isascii(), "é".isascii())
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print(repr("abc".center(8)), repr("ab".center(1)))
print("a\tb\tc".expandtabs(4), repr("x\ty".expandtabs()))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"),
      "hello".endswith("l", 0, 4), "hello".startswith("l", 2))
for word in ["Apple", "banana", "Cherry", "date"]:
    print(word.lower().ljust(8), word[0].isupper())
