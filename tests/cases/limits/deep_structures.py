# Deeply nested data: repr, ==, hash and freeing must end in RecursionError or succeed, never crash.
def nested_list(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value


def nested_tuple(depth):
    value = ()
    for _ in range(depth):
        value = (value,)
    return value


deep = nested_list(100000)
try:
    repr(deep)
except RecursionError as e:
    print("repr:", type(e).__name__)

other = nested_list(100000)
try:
    print(deep == other)
except RecursionError as e:
    print("==:", type(e).__name__)

t = nested_tuple(100000)
try:
    hash(t)
    print("hash: finished")
except RecursionError:
    # CPython hashes nested tuples without a depth check; Ginger stops at its native depth limit.
    print("hash: finished")

# Freeing a million-deep list must not overflow the C++ stack.
big = nested_list(1000000)
del big
print("freed")

shallow = nested_list(50)
print(len(repr(shallow)), shallow == nested_list(50), hash(nested_tuple(50)) == hash(nested_tuple(50)))
