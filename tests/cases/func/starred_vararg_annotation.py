# PEP 646: *args may be annotated with a starred expression; the annotation is the single unpacked item.
class Unpacked:
    def __iter__(self):
        yield "Unpack[Ts]"

Ts = Unpacked()
def f(*args: *Ts) -> None: pass
print(f.__annotations__)
def g(*args: *("only",)): pass
print(g.__annotations__)
try:
    def h(*args: *(1, 2)): pass
except ValueError as e:
    print("ValueError", e)
