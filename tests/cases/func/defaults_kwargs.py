# Default values, keyword arguments, keyword-only and positional-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Dee", greeting="Bye"))

def append_to(item, target=[]):
    # The default list is created once, at definition time.
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset

print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=2))

def posonly(a, b, /, c=0):
    return a + b + c

print(posonly(1, 2), posonly(1, 2, c=3), posonly(1, 2, 3))

counter = 10

def uses_default(x=counter):
    return x

counter = 20
print(uses_default(), uses_default.__defaults__, kwonly.__kwdefaults__)

def show(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(show(1, c=3))
print(show(1, 5, 6, 7, c=8, e=9))

for call in [lambda: kwonly(1, 2), lambda: posonly(1, b=2), lambda: greet(), lambda: greet("a", name="b"),
             lambda: kwonly(1, bad=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
