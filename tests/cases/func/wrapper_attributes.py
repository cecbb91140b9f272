def f(x: int) -> str:
    "doc"
sm = staticmethod(f); cm = classmethod(f)
print(sm.__annotations__, cm.__annotations__, sm.__name__, cm.__qualname__, sm.__doc__, cm.__wrapped__ is f)
print(sm.__dict__, cm.__dict__)
def g(): yield
gen = g()
gen.__name__ = 'renamed'; gen.__qualname__ = 'Q.renamed'
print(gen.__name__, gen.__qualname__)
try: gen.__name__ = 3
except TypeError as e: print(e)
class A:
    @classmethod
    @classmethod
    def twice(cls): return cls
print(A.twice())
