# The order in which names enter a table (and a code object's co_varnames): a try's else block comes before its
# handlers; a def's defaults before its decorators; super() brings __class__ in where it is read.
import symtable


def f():
    try:
        a = 1
    except OSError as e:
        b = 2
    else:
        c = 3
    finally:
        d = 4


print(f.__code__.co_varnames)
source = '''
try:
    import first
except ImportError as err:
    second = None
else:
    third = 1
finally:
    fourth = 2
@decorator(arg)
def g(x=default, *, y=kwdefault):
    return super(), rest
class K:
    def m(self):
        return super().m()
'''
top = symtable.symtable(source, 'o.py', 'exec')
print(list(top.get_identifiers()))
g = top.lookup('g').get_namespace()
print(list(g.get_identifiers()), g.get_globals())
m = top.lookup('K').get_namespace().lookup('m').get_namespace()
print(list(m.get_identifiers()), m.get_frees())
