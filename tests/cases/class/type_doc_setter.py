class A:
    "original"

print(A.__doc__)
A.__doc__ = "changed"
print(A.__doc__, A.__dict__["__doc__"])
A.__doc__ = None
print(A.__doc__)
class B(A):
    pass
print(B.__doc__)
for action in ("set", "del"):
    try:
        if action == "set":
            int.__doc__ = "x"
        else:
            del A.__doc__
    except TypeError as e:
        print("TypeError", e)
