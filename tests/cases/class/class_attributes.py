# Class attributes vs instance attributes, shared mutable class state, class methods as constructors.
class Counter:
    instances = 0
    shared_log = []

    def __init__(self, name):
        self.name = name
        self.hits = 0
        Counter.instances += 1

    def hit(self):
        self.hits += 1
        self.shared_log.append(self.name)
        return self

    @classmethod
    def from_pair(cls, pair):
        first, second = pair
        return cls(f"{first}-{second}")


a = Counter("a")
b = Counter("b")
a.hit().hit()
b.hit()
print(a.hits, b.hits, Counter.instances, Counter.shared_log)
print(a.shared_log is b.shared_log is Counter.shared_log)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
c = Counter.from_pair(("x", "y"))
print(c.name, type(c).__name__, Counter.instances)


class Sub(Counter):
    instances = 0

    def __init__(self, name):
        super().__init__(name)
        Sub.instances += 1


s = Sub.from_pair((1, 2))
print(type(s).__name__, s.name, Sub.instances, Counter.instances)
print("instances" in Sub.__dict__, "hit" in Sub.__dict__, "hit" in Counter.__dict__)
print(sorted(k for k in vars(a)), getattr(Counter, "instances"))
Counter.species = "added later"
print(a.species, s.species)


class Config:
    defaults = {"color": "red"}
    size = 10
    doubled = size * 2
    names = [n.upper() for n in ("p", "q")]

    def get(self, key):
        return self.defaults.get(key, "unset")


print(Config.doubled, Config.names, Config().get("color"), Config().get("shape"))
print(Config.__name__, Config.__qualname__, Config.get.__qualname__)


def outer():
    class Local:
        pass
    return Local


print(outer().__qualname__, outer() is outer())
