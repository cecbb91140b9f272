# Random slice reads/writes/deletes, insert, pop, index and comparisons of arrays, checked against CPython.
import random
from array import array
random.seed(7)
codes = 'bBhHiIlLqQfd'
def rnd_slice():
    c = lambda: random.choice([None, random.randint(-12, 12)])
    return slice(c(), c(), random.choice([None, 1, 2, 3, -1, -2, -3]))
out = []
for trial in range(800):
    code = random.choice(codes)
    a = array(code, [random.randint(0, 100) for _ in range(random.randint(0, 10))])
    L = a.tolist()
    op = random.randint(0, 6)
    s = rnd_slice()
    try:
        if op == 0:
            r = a[s].tolist()
        elif op == 1:
            v = array(code, [random.randint(0, 100) for _ in range(random.randint(0, 5))])
            a[s] = v; r = a.tolist()
        elif op == 2:
            del a[s]; r = a.tolist()
        elif op == 3:
            i = random.randint(-12, 12); a.insert(i, 5); r = a.tolist()
        elif op == 4:
            i = random.randint(-12, 12); r = (a.pop(i), a.tolist())
        elif op == 5:
            r = (a.index(random.randint(0, 100), random.randint(-12, 12), random.randint(-12, 12)))
        else:
            b = array(random.choice(codes), [random.randint(0, 100) for _ in range(random.randint(0, 4))])
            r = (a < b, a == b, a >= b)
    except Exception as e:
        r = (type(e).__name__, str(e))
    out.append(repr(r))
import hashlib
print(len(out))
print('\n'.join(out))
