# Classes are containers the collector frees: a class always refers to itself (its __mro__ starts with it),
# so without the collector no class would ever die.
import gc
import sys
import weakref


class Plain:
    pass


ref = weakref.ref(Plain)
del Plain
print("plain class collected:", gc.collect() > 0, ref() is None)


def make_class_with_instances():
    class Node:
        def __init__(self):
            self.me = self

        def __del__(self):
            print("Node instance finalized")

    node = Node()
    return weakref.ref(Node), weakref.ref(node)


class_ref, instance_ref = make_class_with_instances()
gc.collect()
print("class and instance collected:", class_ref() is None, instance_ref() is None)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Sub(WithMeta):
    pass


refs = [weakref.ref(WithMeta), weakref.ref(Sub)]
del WithMeta, Sub
gc.collect()
print("metaclass instances collected:", [r() for r in refs])

# A subclass keeps its base alive; the base lists it until it dies.
class Base:
    pass


def make_subclass():
    class Derived(Base):
        pass
    return weakref.ref(Derived)


derived = make_subclass()
gc.collect()
print("Base.__subclasses__() after collection:", Base.__subclasses__(), derived())

# Callbacks of weak references to a dying class run.
def make_with_callback():
    class Watched:
        pass
    return weakref.ref(Watched, lambda r: print("callback for the dead class"))


watched = make_with_callback()
gc.collect()

# What is tracked: classes are, built-in types are not.
class Tracked:
    pass


print("tracked:", gc.is_tracked(Tracked), gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(Meta))
print("getsizeof counts the collector's header of a class:",
      sys.getsizeof(Tracked) - type.__sizeof__(Tracked), sys.getsizeof(int) - type.__sizeof__(int))

# Many short-lived classes do not pile up.
before = len(gc.get_objects())
for i in range(2000):
    class Temporary:
        value = i

        def method(self):
            return self.value
    Temporary().method()
del Temporary
gc.collect()
print("objects left over from 2000 classes < 100:", len(gc.get_objects()) - before < 100)

# A class still used by a live instance stays alive.
def make_survivor():
    class Survivor:
        def hello(self):
            return "hello from " + type(self).__name__
    return Survivor()


survivor = make_survivor()
gc.collect()
print(survivor.hello(), type(survivor).__mro__[0] is type(survivor))
