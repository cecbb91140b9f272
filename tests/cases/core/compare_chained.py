# Comparison operators, chains, and mixed-type numeric comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, 10 > x >= 5 > -1)

calls = []

def val(n):
    calls.append(n)
    return n

# The middle operand is evaluated once; the chain stops at the first false comparison.
print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)

print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), [1, [2, 3]] == [1, [2, 3]], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(2 ** 64 > 1.5, 2 ** 64 == 18446744073709551616.0, -1 < 0.5)
print(None is None, x is not None, [] is not [])
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "x" not in "abc")
a = b = [1]
print(a is b, a == [1], a is [1])
print(max([3, 1, 2]) == 3 != 4)
print(1 == True, 0 == False, 2 == True)
print(float("nan") < 1, float("nan") >= 1, float("inf") > 10 ** 300)
print(sorted([3, -1, 2.5, 0, True]))
print((1, 2, 3) > (1, 2), "abc" >= "abc", [3] > [2, 9])
