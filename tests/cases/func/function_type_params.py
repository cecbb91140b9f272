# function.__type_params__: () by default, settable to a tuple only, copied by functools.wraps.
def f(): pass
print(f.__type_params__)
f.__type_params__ = ("T",)
print(f.__type_params__, "__type_params__" in f.__dict__)
for bad in (["T"], None):
    try:
        f.__type_params__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del f.__type_params__
except TypeError as e:
    print("TypeError", e)
import functools
@functools.wraps(f)
def g(): pass
print(g.__type_params__)
