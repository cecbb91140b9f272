# Imaginary literals in source: spellings, constant folding (visible in co_consts), tuples of
# constants, match patterns, and eval/compile.
print(1j, 1J, 2.5j, 1e3j, 1E-3J, 0j, 00j, 0_0j, 1_000j, .5j, 5.j, 1e400j, 0e0j, 0x10 + 1j)
print(-1j, -0j, +0j, - -0j, 1 - 1j, 3 + 0j, 0 + 4j, (1 + 2j) * 2, 2 ** 0.5j, 1j ** 2, -(1j))
print(type(1j).__name__, (1j).imag, (1j).real, 1j.imag, 5j.conjugate())

def folded():
    return 1 + 2j

def negated():
    return -2j

def pair():
    return (1j, 2.5, "x")

def product():
    return 2j * 3j

for f in [folded, negated, pair, product]:
    consts = [c for c in f.__code__.co_consts if c is not None]
    print(f.__name__, consts, [type(c).__name__ for c in consts])

def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 1j:
            return "minus one minus j"
        case 3j:
            return "three j"
        case complex(real=r, imag=i) if r < 0:
            return "negative real " + str(r) + " " + str(i)
        case _:
            return "other"

for z in [0, 0j, 1 + 2j, -1 - 1j, 3j, -5 + 1j, 7j, 1]:
    print(repr(z), classify(z))

print(eval("3 - 4j"), eval("(1j,) * 2"), compile("2j * 2", "<s>", "eval").co_consts[0] if False else eval(compile("2j * 2", "<s>", "eval")))
ns = {}
exec("a = 1.5j\nb = a * 2\nc = {1j: 'j'}[1j]", ns)
print(ns["a"], ns["b"], ns["c"])
print([x * 1j for x in range(3)], sum([1j, 2j, 3]), sum([0.5, 1j], 1j))
print(1j.__class__, isinstance(1j, complex), issubclass(complex, object), complex.__name__, complex.__module__)
