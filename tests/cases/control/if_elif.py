# if/elif/else chains, nested conditions, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))

for value in [0, 1, "", "text", [], [0], None]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
print("even" if x % 2 == 0 else "odd")
print("a" if x < 0 else "b" if x < 5 else "c")
if x > 100:
    pass
elif x > 0:
    pass
else:
    print("unreachable")
if (y := x * 2) > 10:
    print("walrus", y)
if not []:
    print("empty list is falsy")
if 0 < x < 10 and x != 3 or False:
    print("compound condition")
