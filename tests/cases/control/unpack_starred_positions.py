# Starred targets with many names after the star (UNPACK_EX's "after" count lives in the high byte).
def tail2(x):
    *a, b, c = x
    return a, b, c

def tail5(x):
    *a, b, c, d, e, f = x
    return a, f

def middle(x):
    a, *b, c, d = x
    return a, b, c, d

print(tail2(range(5)))
print(tail5("abcdefg"))
print(middle([1, 2, 3]))
for seq in ([1], [], "ab"):
    try:
        print(tail2(seq))
    except ValueError as e:
        print("ValueError", e)
