# Properties, __getattr__, __setattr__, __contains__, __iter__, __call__ and class-level state.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)

class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self._fields[name] = value

r = Record(a=1)
r.b = 2
print(r.a, r.b, r._fields)
try:
    r.c
except AttributeError as e:
    print("AttributeError:", e)

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __call__(self, extra):
        return Bag(*self.items, extra)

    def __len__(self):
        return len(self.items)

b = Bag(3, 1, 2)
print(2 in b, 5 in b, list(b), len(b(9)), [x * 10 for x in b(0)])

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)), sum(Countdown(10)))

class Registry:
    members = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.members.append(cls.__name__)

class First(Registry):
    pass

class Second(Registry):
    pass

print(Registry.members)
