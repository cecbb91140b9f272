# T.__new__(S): S must construct like T, else "is not safe" (CPython tp_new_wrapper).
import collections, enum, fractions
class A: pass
class D(dict): pass
class E(Exception): pass
class L(list):
    def __new__(cls, *a): return super().__new__(cls)
class I(int):
    def __new__(cls, v): return int.__new__(cls, v)
class T(tuple): pass
class Sub(I): pass
for owner, sub, args in [(int, bool, (0,)), (float, bool, (0,)), (object, bool, ()), (object, dict, ()), (object, A, ()), (object, D, ()),
                         (dict, D, ()), (object, E, ()), (Exception, E, ()), (BaseException, E, ()), (list, L, ()), (object, L, ()),
                         (int, I, (3,)), (int, Sub, (4,)), (object, I, ()), (tuple, T, ((1,),)), (object, T, ()), (type, type, ('X', (), {})),
                         (object, type, ()), (str, str, ('a',)), (object, str, ()), (collections.OrderedDict, collections.OrderedDict, ()),
                         (dict, collections.OrderedDict, ()), (object, collections.Counter, ()),
                         (int, enum.IntEnum, ()), (object, fractions.Fraction, ()), (object, int, ()), (object, object, ()),
                         (object, collections.Counter, ()), (dict, collections.Counter, ()), 
                         (object, property, ()), (object, staticmethod, ()), (object, range, ()), (object, Warning, ()),
                         (OSError, FileNotFoundError, ()), (object, BaseException, ()), (object, KeyError, ())]:
    try:
        r = owner.__new__(sub, *args)
        print(owner.__name__, sub.__name__, 'ok', type(r).__name__)
    except Exception as e:
        print(owner.__name__, sub.__name__, type(e).__name__, e)
