# Without PEP 563: annotations are values, evaluated in order; complex targets in a module or class evaluate
# their annotation (and the target's object) but store nothing; in a function nothing is evaluated.
log = []


def note(value):
    log.append(value)
    return value


def f(a: note("a"), /, b: note("b") = 1, *args: note("args"), c: note("c"), **kw: note("kw")) -> note("return"):
    pass


print(log)
print(list(f.__annotations__))
log.clear()


class Obj:
    pass


obj = Obj()
note("obj").attr: note("ann1")
note([0])[note(0)]: note("ann2")
(simple): note("ann3")
plain: note("ann4")
obj.other: note("ann5") = note("value5")
print(log, __annotations__)
log.clear()


class C:
    note("cls").attr: note("ann6")
    (inner): note("ann7")
    kept: note("ann8") = 1


print(log, C.__annotations__)
log.clear()


def g():
    local: note("never")
    obj.attr: note("never2")
    (paren): note("never3")
    note("target").attr: note("never4")


g()
print(log)
