# Comparisons of Decimals with Decimal/int/float/Fraction/complex, NaN signalling rules, hash, bool.
from decimal import Decimal, localcontext, InvalidOperation, FloatOperation, getcontext
from fractions import Fraction

D = Decimal
pairs = [(D(1), D('1.00')), (D('-0'), D(0)), (D('1.5'), 1), (D(2), 2), (D('0.1'), 0.1), (D('0.5'), 0.5),
         (D('0.5'), Fraction(1, 2)), (D('0.3'), Fraction(1, 3)), (D('-inf'), -10**100), (D('inf'), float('inf')),
         (D('1e-100'), 0), (D('1e400'), float('inf'))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a)
print(sorted([D('2.5'), D(-1), D('1e-3'), D('0.0010'), D(7)]))
print(max(D(1), D('1.0')), min(D('3'), 2))
print(D(3) == 3 + 0j, D(3) != 3 + 1j, D(1) == 'a', D(1) != None, D('nan') == D('nan'), D('nan') != D('nan'))

with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(D('nan') < 1, D('nan') >= D(1), ctx.flags[InvalidOperation])
    ctx.clear_flags()
    print(D('snan') == 1, D('snan') != 1, ctx.flags[InvalidOperation])
for op in ['<', '==', '!=']:
    try:
        print(op, eval('D("nan") %s 1' % op))
    except InvalidOperation as e:
        print(op, 'InvalidOperation', e)
try:
    D('snan') == D(1)
except InvalidOperation as e:
    print('sNaN ==', e)
try:
    D(1) < 'x'
except TypeError:
    print('TypeError')
try:
    D(1) < 1j
except TypeError:
    print('TypeError')

with localcontext() as ctx:
    ctx.clear_flags()
    print(D(1) == 1.0, ctx.flags[FloatOperation])
    ctx.traps[FloatOperation] = True
    print(D(1) == 1.0, D(1) != 2.0)
    try:
        D(1) < 2.0
    except FloatOperation as e:
        print('FloatOperation', e, isinstance(e, TypeError))
    try:
        D(0.5)
    except FloatOperation as e:
        print('FloatOperation', e)
    print(D.from_float(0.5), ctx.create_decimal_from_float(0.5))

for v in ['0', '-0', '1', '1.0', '0.5', '-2.25', '1e10', '123456789.123456789', '1e-30', 'inf', '-inf', '1e400',
          '7e-400']:
    d = D(v)
    print(v, hash(d), d == float(d) and hash(d) == hash(float(d)), hash(d) == hash(Fraction(*d.as_integer_ratio()))
          if d.is_finite() else '')
print(hash(D(10**40)) == hash(10**40), hash(D(-1)) == -2, hash(D('1.00')) == hash(1))
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
n = D('nan')
print(hash(n) == hash(n), {D(1): 'a', 1: 'b', D('1.0'): 'c'})
print(bool(D(0)), bool(D('0e5')), bool(D('-0.0')), bool(D('1e-50')), bool(D('nan')), bool(D('-inf')))
