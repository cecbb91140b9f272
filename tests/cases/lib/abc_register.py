# abc: register(), __subclasshook__, isinstance/issubclass through virtual subclasses, cache token.
import abc


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Thing:
    def __len__(self):
        return 0


print(issubclass(Thing, Sized), isinstance(Thing(), Sized), isinstance(3, Sized), issubclass(list, Sized))


class Animal(abc.ABC):
    pass


class Dog:
    pass


token = abc.get_cache_token()
print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
print(Animal.register(Dog) is Dog)
print(abc.get_cache_token() != token)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal))


class Puppy(Dog):
    pass


print(issubclass(Puppy, Animal))


@Animal.register
class Cat:
    pass


print(Cat.__name__, issubclass(Cat, Animal))


class Pet(Animal):
    pass


class Fish:
    pass


Pet.register(Fish)
print(issubclass(Fish, Pet), issubclass(Fish, Animal), issubclass(Cat, Pet))
print(issubclass(bool, abc.ABC), issubclass(Pet, Animal))

try:
    Animal.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Dog.register
except AttributeError as e:
    print("AttributeError")
try:
    Pet.register(Animal)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Animal)
except TypeError as e:
    print("TypeError:", e)

Animal.register(int)
print(isinstance(5, Animal), isinstance(True, Animal), issubclass(float, Animal))


class Meta(abc.ABCMeta):
    pass


class Base(metaclass=Meta):
    @abc.abstractmethod
    def run(self):
        pass


class Runner(Base):
    def run(self):
        return "running"


print(type(Runner).__name__, Runner().run())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
