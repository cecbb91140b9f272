from abc import ABC, abstractmethod
class A(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
try:
    A()
except TypeError as e:
    print(e)
print(A.__dict__['x'].__isabstractmethod__, A.__dict__['c'].__isabstractmethod__, A.__dict__['s'].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__)
class S:
    def m(self): return super()
s = S().m()
print(s.__self__ is not None, s.__thisclass__, s.__self_class__)
