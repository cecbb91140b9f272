# A name bound in a class body and also used by its methods from the enclosing function.
def make():
    shared = "var"
    class Test:
        def shared(self):
            return "method"
        def read(self):
            return shared
        def actual_global(self):
            return str("global")
        def str(self):
            return str(self)
    return Test()

t = make()
print(t.read(), t.shared(), t.actual_global())

# The walrus in a comprehension binds where the enclosing function says: global here.
G = None
def assign_global():
    global G
    [G := n for n in range(3)]
    return G
print(assign_global(), G)

def assign_nonlocal():
    total = 0
    def inner():
        nonlocal total
        [total := total + n for n in range(4)]
    inner()
    return total
print(assign_nonlocal())
[M := k * 2 for k in range(5)]
print(M)
