# Closures over the iteration variables of inlined comprehensions.


def lambdas():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


print(lambdas())


def default_capture():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]


print(default_capture())


def outer_cell_kept():
    x = "outer"
    fs = [lambda: x for x in range(2)]
    get_outer = lambda: x
    x = "changed"
    return [f() for f in fs], get_outer(), x


print(outer_cell_kept())


def outer_name_only_global():
    print(type(x).__name__)  # the global x
    return [lambda: x for x in range(2)][1]()


x = "global x"
print(outer_name_only_global())


def free_in_enclosing():
    x = "enclosing"

    def inner():
        print(x)
        return [lambda: x for x in range(2)][1]()

    return inner(), x


print(free_in_enclosing())


def captured_outer_local():
    base = 10
    fs = [lambda: base + k for k in range(2)]
    base = 20
    return [f() for f in fs]


print(captured_outer_local())


def nested_lambdas():
    rows = [[lambda: (a, b) for b in range(2)] for a in range(2)]
    return [[f() for f in row] for row in rows]


print(nested_lambdas())


def genexpr_inside():
    return [list(x + j for j in range(2)) for x in range(2)]


print(genexpr_inside())


def parameter_shadowed(x):
    return [lambda: x for x in range(2)][1](), x


print(parameter_shadowed("arg"))


def uses_enclosing_free():
    v = 1

    def inner():
        return [v + k for k in range(2)]

    return inner()


print(uses_enclosing_free())

# At module level the captured variable is a cell of the module's code.
module_fs = [lambda: m for m in range(3)]
print([f() for f in module_fs])
print("m" in globals())


class A:
    def name(self):
        return "A"


class B(A):
    def names(self):
        return [super().name() + str(i) for i in range(2)]

    def cls(self):
        return [__class__.__name__ for _ in range(1)]


print(B().names(), B().cls())


def closure_code():
    fs = [lambda: i for i in range(2)]
    return fs[0].__code__.co_freevars, fs[0].__qualname__


print(closure_code())
print(module_fs[0].__qualname__)
