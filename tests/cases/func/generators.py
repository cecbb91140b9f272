# Generator functions and generator expressions.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

print(list(count_up(5)), sum(count_up(101)))
gen = count_up(2)
print(next(gen), next(gen), next(gen, "exhausted"))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out)

squares = (x * x for x in range(10))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))

def delegate():
    yield "start"
    yield from count_up(3)
    yield from ["x", "y"]
    return "done"

print(list(delegate()))

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value)

def trace():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")

t = trace()
print(next(t))
t.close()
print("after close")
pipeline = (s.upper() for s in (w.strip() for w in [" a ", "b ", " c"]) if s != "b")
print(list(pipeline))
print(dict((k, len(k)) for k in ["one", "three"]), tuple(i for i in "xy"))
