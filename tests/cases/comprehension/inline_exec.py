# Module-level comprehensions run by exec() and eval() with separate globals and locals (CPython 3.12: a name
# the comprehension only reads is looked up as the module code would, locals first).
print(eval("[y for _ in range(1)]", {}, {"y": 1}))
print(eval("[x for x in range(3)]", {}, {}))
ns = {"x": "local x"}
exec("r = [x for x in range(2)]\ns = x\nt = [sorted(locals()) for x in range(1)]", {}, ns)
print(ns)
g = {}
exec("u = {k: k for k in 'ab'}\nv = [k for k in range(2)]", g)
print(g["u"], g["v"], "k" in g)


class Namespace(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


loc = Namespace()
exec("w = [i * i for i in range(3)]", {}, loc)
print(dict(loc))


def outer():
    x = 1

    class F:
        x = 2
        r = [x for _ in range(1)]
        s = [lambda: x for _ in range(1)][0]()

    return F.r, F.s


print(outer())
