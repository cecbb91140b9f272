# The symbol tables of inlined comprehensions as CPython 3.12 shows them: no table of their own, their names in
# the enclosing table (a captured one marked as a comprehension cell), their children in its children.
import symtable
src = '''
x = 1
def f(a):
    y = [lambda: i for i in a]
    z = [j for j in a]
    global g
    g = {k: a for k in y}
    class C:
        w = [q + a for q in range(2)]
        def m(self): return w
    return [[n for n in m] for m in a]
def h():
    b = 1
    def i():
        global b
        return b
    def j():
        return b
r = [v for v in range(3)]
s = [lambda: u for u in range(3)]
'''
def dump(t, ind=0):
    print(" " * ind, t.get_type(), t.get_name(), t.is_nested())
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        print(" " * ind, "  ", s.get_name(), s.is_local(), s.is_global(), s.is_declared_global(), s.is_free(), s.is_parameter(), s.is_referenced(), s.is_assigned(), s._Symbol__flags, s._Symbol__scope)
    for c in t.get_children():
        dump(c, ind + 4)
dump(symtable.symtable(src, "s", "exec"))
