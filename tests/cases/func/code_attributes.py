# Code objects: co_code, co_lines(), co_positions() indexed by f_lasti // 2 as the traceback module does, replace(), and assigning __code__.
import sys
def f(a, b=1):
    x = a + b
    y = x * 2
    return y

class P:
    def __init__(self): self.v = 1
for _ in range(100):
    f(1); P().v
co = f.__code__
lines = list(co.co_lines())
print(len(lines) > 0, [l for (_, _, l) in lines if l is not None][:5] == sorted([l for (_, _, l) in lines if l is not None])[:5])
print(all(e > s for s, e, _ in lines), lines[0][0] == 0, lines[-1][1] == len(co.co_code))
pos = list(co.co_positions())
print(len(pos) * 2 == len(co.co_code))
print(isinstance(co.co_code, bytes), isinstance(co.co_linetable, bytes), isinstance(co.co_exceptiontable, bytes))
g = co.replace(co_name="g", co_qualname="g")
print(g.co_name, g.co_qualname, g.co_code == co.co_code)
f.__code__ = g
print(f(2), f.__code__.co_name)
h = co.replace(co_firstlineno=co.co_firstlineno + 100)
print(h.co_firstlineno - co.co_firstlineno, next(iter(h.co_lines()))[2] - next(iter(co.co_lines()))[2])
c2 = co.replace(co_consts=tuple(2 if c == 2 else c for c in co.co_consts))
print(type(c2).__name__)
try:
    co.replace(co_name=5)
except TypeError as e:
    print("TypeError", e)

def lasti_line():
    frame = sys._getframe()
    positions = list(frame.f_code.co_positions())
    return positions[frame.f_lasti // 2][0] == frame.f_lineno
print(lasti_line())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2][0] == tb.tb_lineno)
