# Classes defined in an enum body (members, with a DeprecationWarning), StrEnum argument checks, and bound
# native methods comparing equal (inspect.getmembers on an enum relies on it).
import warnings
from enum import Enum, StrEnum

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Outer(Enum):
        a = 1
        b = 2

        class Inner(Enum):
            foo = 10

print(list(Outer), [(w.category.__name__, str(w.message)) for w in caught])

for args in (('a', 'utf-8', 'strict', 'x'), (1,), (b'a', len), (b'a', 'utf-8', 3)):
    try:
        class Bad(StrEnum):
            one = args
    except TypeError as exc:
        print('TypeError', exc)


class A:
    pass


items = []
print(A.__init_subclass__ == A.__init_subclass__, items.append == items.append, items.append == [].append,
      (1).__add__ == (1).__add__, (1).__add__ == (2).__add__, items.append != items.append,
      hash(items.append) == hash(items.append), len == len, len == abs, Outer.__init_subclass__ == Outer.__init_subclass__)
