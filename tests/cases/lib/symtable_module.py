# symtable: the SymbolTable, Function, Class and Symbol objects over _symtable.
import symtable

CODE = """
import sys
glob = 42
some_var = 12
assigned_global = 11

class Mine:
    instance_var = 24
    def a_method(p1, p2):
        pass
    def a_method(self):
        return self
    class Nested:
        pass

def spam(a, b, *var, **kw):
    global bar
    global assigned_global
    assigned_global = 12
    bar = 47
    some_var = 10
    x = 23
    glob
    def internal():
        return x
    def other_internal():
        nonlocal some_var
        some_var = 3
        return some_var
    return internal

def annotated():
    x: int
    y: str = ''
    return y

def namespace_test(): pass
def namespace_test(): pass

lam = lambda p: p
gen = (e for e in range(3))
type Alias = int
type GenericAlias[T] = list[T]
def generic_spam[T](a):
    pass
class GenericMine[T: int]:
    pass
"""

top = symtable.symtable(CODE, "?", "exec")


def find(block, name):
    for child in block.get_children():
        if child.get_name() == name:
            return child


def describe(table, indent=''):
    print(indent + repr(table), table.get_type(), table.get_name(), table.get_lineno(), table.is_optimized(),
          table.is_nested(), table.has_children(), type(table).__name__)
    if isinstance(table, symtable.Function):
        print(indent + '  params', table.get_parameters(), 'locals', table.get_locals(), 'globals', table.get_globals(),
              'frees', table.get_frees(), 'nonlocals', table.get_nonlocals())
    if isinstance(table, symtable.Class):
        print(indent + '  methods', table.get_methods())
    for name in sorted(table.get_identifiers()):
        s = table.lookup(name)
        flags = [f for f in ('referenced', 'parameter', 'global', 'nonlocal', 'declared_global', 'local', 'annotated',
                             'free', 'imported', 'assigned', 'namespace') if getattr(s, 'is_' + f)()]
        print(indent + '  ', repr(s), s.get_name(), flags, len(s.get_namespaces()))
    for child in table.get_children():
        describe(child, indent + '    ')


describe(top)
print(sorted(top.get_identifiers()) == sorted(s.get_name() for s in top.get_symbols()))
spam = find(top, 'spam')
print(top.lookup('spam').get_namespace() is spam, find(top, 'spam') is spam, top.get_children()[1] is top.get_children()[1])
print(spam.lookup('x') is spam.lookup('x'), spam.get_id() == find(top, 'spam').get_id(), top.get_id() > 0)
print(sorted(spam.get_locals()), sorted(spam.get_globals()))
for name in ('not_here',):
    try:
        top.lookup(name)
    except KeyError as e:
        print('KeyError', e)
for name in ('namespace_test', 'glob'):
    try:
        top.lookup(name).get_namespace()
    except ValueError as e:
        print('ValueError', e)
print(symtable.symtable('42', '?', 'eval').get_identifiers(), symtable.symtable('x = 1', '?', 'single').get_type())
mod = symtable.symtable(b'def f(x): return x', 'b.py', 'exec')
print(mod, mod.get_children(), mod.get_children()[0].get_parameters())
print(symtable.Symbol('n', symtable.DEF_LOCAL | (symtable.LOCAL << symtable.SCOPE_OFF)).is_local(),
      symtable.Symbol('n', symtable.USE, module_scope=True).is_global())
print(sorted(symtable.__all__))
