# Exceptions propagating through nested calls, handlers at different levels, and cleanup.
log = []

def level3(x):
    log.append("enter 3")
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

def level2(x):
    log.append("enter 2")
    try:
        return level3(x) + 1
    finally:
        log.append("leave 2")

def level1(x):
    log.append("enter 1")
    try:
        return level2(x)
    except KeyError:
        log.append("wrong handler")
        return None

for value in [5, -1]:
    log.clear()
    try:
        print("result", level1(value))
    except ValueError as e:
        print("caught at top:", e)
    print(log)

def gen_values():
    yield 1
    yield 2
    raise RuntimeError("generator failed")

collected = []
try:
    for v in gen_values():
        collected.append(v)
except RuntimeError as e:
    print(collected, e)

def recurse(n):
    if n == 0:
        raise LookupError("deep")
    try:
        recurse(n - 1)
    except LookupError:
        if n % 2:
            raise
        print("handled at depth", n)

recurse(3)

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("suppressed by __exit__")
try:
    with Resource("c"), Resource("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("escaped:", e)

try:
    print(sorted([3, 1, None]))
except TypeError as e:
    print("TypeError inside sorted:", e)
print("done")
