# Classes: __init__, methods, instance and class attributes, type() and isinstance().
class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count} created"

    @staticmethod
    def bark(times):
        return "woof " * times

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), fido.describe())
print(rex.birthday().birthday().describe())
print(rex.species, Dog.species, Dog.count, Dog.created(), rex.created())
print(Dog.bark(2), rex.bark(1))
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog), isinstance(rex, object), isinstance(3, Dog))
print(Dog.__name__, Dog.describe(fido), rex.__dict__)
print(hasattr(rex, "name"), hasattr(rex, "weight"), getattr(rex, "weight", "n/a"))
setattr(rex, "weight", 30)
print(rex.weight, sorted(vars(rex)))
method = fido.describe
print(method())

class Empty:
    pass

e = Empty()
e.anything = 42
print(e.anything, type(e).__name__, type(Empty).__name__)
try:
    e.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Dog("only name")
except TypeError as exc:
    print("TypeError:", exc)
print(type(3), type("s"), type([]), type(Dog), type(None).__name__)
print(isinstance(3, (str, int)), issubclass(bool, int), issubclass(Dog, object))
