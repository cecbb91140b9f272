g = (x for x in [])
print(g.__next__.__doc__, g.__iter__.__doc__, g.__next__.__name__, g.__next__.__self__ is g)
for n in ["__len__", "__add__", "__iadd__", "__lt__", "__contains__", "__repr__", "__init__", "__mul__", "__rmul__", "__imul__"]:
    print(n, repr(getattr(list, n).__doc__))
for n in ["__and__", "__rand__", "__iand__", "__sub__", "__rsub__", "__isub__", "__ixor__"]:
    print(n, repr(getattr(set, n, None) and getattr(set, n).__doc__))
for n in ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__", "__pow__", "__rpow__", "__divmod__", "__hash__", "__floordiv__", "__truediv__", "__rtruediv__", "__lshift__", "__rshift__"]:
    print(n, repr(getattr(int, n).__doc__))
print(repr(object.__setattr__.__doc__), repr(object.__delattr__.__doc__), repr(object.__getattribute__.__doc__), repr(object.__str__.__doc__))
print(repr(property.__get__.__doc__), repr(property.__set__.__doc__), repr(property.__delete__.__doc__))
