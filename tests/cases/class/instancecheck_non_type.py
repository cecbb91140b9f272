# isinstance()/issubclass() accept any object whose type defines __instancecheck__/__subclasscheck__.
class Checker:
    def __init__(self, wanted):
        self.wanted = wanted
    def __instancecheck__(self, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, self.wanted)
    def __subclasscheck__(self, cls):
        print("subclasscheck", cls.__name__)
        return issubclass(cls, self.wanted)

ints = Checker(int)
print(isinstance(3, ints), isinstance("a", ints))
print(issubclass(bool, ints), issubclass(str, ints))
print(isinstance(3, (str, ints)))

class Plain:
    pass
try:
    isinstance(1, Plain())
except TypeError as e:
    print(e)
try:
    issubclass(int, Plain())
except TypeError as e:
    print(e)
