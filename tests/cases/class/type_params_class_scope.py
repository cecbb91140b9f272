# PEP 695 annotation scopes in a class body read the class namespace before globals.
T = "global T"
class A:
    T = int
    Alias = str
    type X = Alias
    def m[U](self, a: T, b: U) -> Alias: pass
    class Inner[V: T]: pass
print(A.X.__value__, A.m.__annotations__["a"], A.m.__annotations__["return"], A.Inner.__type_params__[0].__bound__)
def f():
    local = float
    class B:
        type Y = local
        local2 = bytes
        type Z = local2
    return B
B = f()
print(B.Y.__value__, B.Z.__value__)
