# list(), list.extend, [*x] and sorted() iterate a tuple or list subclass through its own __iter__.
class T(tuple):
    def __iter__(self):
        yield from super().__iter__()
        yield "extra"


class L(list):
    def __iter__(self):
        return iter(["x"])


t = T((1, 2))
print(list(t), [*t], tuple(t), sorted(t, key=str), list(L([1, 2])), [*L([3])])
items = [0]
items.extend(t)
items += T((5,))
print(items, len(t), t[0], list(T()))


class Plain(tuple):
    pass


print(list(Plain((1, 2))), [*Plain("ab")])
