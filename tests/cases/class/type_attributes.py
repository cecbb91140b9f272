# Writable __qualname__/__module__, type() taking the caller's module, MethodType, module __dict__.
class C: pass
C.__qualname__ = "X.Y"; C.__module__ = "mod"
print(C.__qualname__, C.__module__, C)
T = type("T", (), {})
print(T.__module__, T)
import sys
class A:
    def f(self): return self
m = type(A().f)(A.f, 5)
print(m(), type(m).__name__)
import keyword
print(type(keyword.__dict__).__name__, "kwlist" in keyword.__dict__)
from keyword import *
print(iskeyword("if"))
