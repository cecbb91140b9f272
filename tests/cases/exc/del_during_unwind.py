# An object whose __del__ raises, dying while another exception propagates: the __del__ error is reported as
# "Exception ignored" on stderr and the propagating exception is kept (it was lost, then crashed, before).
class A:
    def __del__(self):
        raise KeyError("in __del__")

def f():
    a = A()
    raise ValueError("outer")

try:
    f()
except ValueError as e:
    print("caught", e)
print("still running")
