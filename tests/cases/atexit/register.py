# atexit.register runs the functions at exit, last registered first, with their arguments.
import atexit

def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))

print(atexit.register(say, 1, 2) is say)
atexit.register(say, "kw", sep="-", end="!")
atexit.register(print, "plain print")

@atexit.register
def decorated():
    print("decorated runs first")

def removed():
    print("never printed")

atexit.register(removed)
atexit.register(removed, 1)
atexit.unregister(removed)
print(atexit._ncallbacks())
atexit.unregister(len)  # not registered: nothing happens
print("end of program")
