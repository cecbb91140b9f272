# print() with sep, end, several arguments and non-string values.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="|\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" ; ")
print("", "", sep="-")
print(*range(5), sep="+", end="=10\n")
print("end can be long", end="...\n\n")
print("sep None means space", sep=None)
print("end None means newline", end=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("tab\tseparated", "value", sep="\t")
class Thing:
    def __str__(self):
        return "Thing-str"
    def __repr__(self):
        return "Thing-repr"
print(Thing(), [Thing()], sep=" / ")
print("unicode: ü ß ✓ 🐍")
import sys
print("to stdout", file=sys.stdout)
print("to stderr is not checked", file=sys.stderr)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
