# types.DynamicClassAttribute and enum.property over it; members shadowing one; enum pickling helpers.
import enum
import pickle
import types
from enum import Enum, IntEnum


class Base(Enum):
    @types.DynamicClassAttribute
    def test(self):
        return 'dynamic'


class Test(Base):
    test = 1


print(Test.test.test, Test.test.value, repr(Test.test))
print(isinstance(enum.property(), types.DynamicClassAttribute), issubclass(enum.property, types.DynamicClassAttribute))


class Plain:
    @types.DynamicClassAttribute
    def attr(self):
        """the doc"""
        return 42

    def __getattr__(self, name):
        return 'fallback ' + name


print(Plain().attr, Plain.__dict__['attr'].__doc__, Plain.__dict__['attr'].overwrite_doc)
try:
    Plain.attr
except AttributeError as exc:
    print('AttributeError', repr(exc))
for action in (lambda: setattr(Plain(), 'attr', 1), lambda: delattr(Plain(), 'attr'),
               lambda: types.DynamicClassAttribute(None, doc='d').__get__(Plain())):
    try:
        action()
    except AttributeError as exc:
        print('AttributeError', exc)


class foo:
    pass


for attr in ('__get__', '__set__', '__delete__'):
    obj = foo()
    before = enum._is_descriptor(obj)
    setattr(obj, attr, 1)
    print(attr, before, enum._is_descriptor(obj))


class Replace(IntEnum):
    ONE = 1
    TWO = 2


Replace.__reduce_ex__ = enum._reduce_ex_by_global_name
print(Replace.TWO.__reduce_ex__(2))
Bad = Enum('Bad', 'dill sweet', module=__name__)
enum._make_class_unpicklable(Bad)
try:
    pickle.dumps(Bad.dill)
except TypeError as exc:
    print('TypeError', exc)
print(Bad.__module__)
