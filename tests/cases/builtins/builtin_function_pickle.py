# Native functions know their module (__module__) and reduce for pickle as CPython's do: a module-level
# function as its name, a bound method as getattr(self, name).
import math, _json
print(len.__module__, math.sqrt.__module__, _json.scanstring.__module__, [].append.__module__)
print(len.__reduce__(), math.floor.__reduce__())
f, args = [1, 2].append.__reduce__()
print(f is getattr, args)
f, args = 'abc'.upper.__reduce__()
print(f(*args)())
