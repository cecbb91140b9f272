# AttributeError on a nested class names it by __name__, not __qualname__, as CPython does.
class Outer:
    class Inner:
        pass


def f():
    class Local:
        pass
    return Local


for action in (lambda: Outer.Inner.missing, lambda: delattr(Outer.Inner, "gone"), lambda: f().nothing,
               lambda: Outer.nope):
    try:
        action()
    except AttributeError as e:
        print(e)
