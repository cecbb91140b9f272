# Decimal construction from str, int, float, tuple and Decimal; str/repr/to_eng_string; as_tuple and friends.
import copy
import pickle
from decimal import Decimal, Context, getcontext, InvalidOperation, DecimalTuple, localcontext

strings = ['0', '-0', '1', '-1.50', '  12.345  ', '1_000_000', '1e10', '1E-10', '-1.23e+5', '.5', '5.', '+7',
           '0.000001', '0.0000001', '123456789012345678901234567890', '1e999999', '-0e-5', '00012.3400',
           'NaN', '-nan', 'nan123', 'sNaN', '-sNaN0042', 'Inf', '-Infinity', 'infinity', '\u0661\u0662.5',
           '1_0.0_1', '\t1e1_0\n', '0E+3', '1.000E-7']
for s in strings:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

bad = ['', ' ', 'abc', '1e', '1.2.3', '--1', 'nan1x', 'inf1', '1e+', 'e5', '.', '1 2', '\u00b2', 'NaN-1']
for s in bad:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print('invalid', repr(s), e)

with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal('garbage')), ctx.flags[InvalidOperation])

for i in [0, 1, -1, 10**30, -(2**100)]:
    print(repr(Decimal(i)))
for f in [0.1, -0.0, 1.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0 ** 70]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags)

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 'n'), (1, (4, 2), 'N'), (0, (0,), 'F'), [1, [9, 9], 3],
          (0, (0, 0, 1), 5)]:
    print(t, repr(Decimal(t)))
for t in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,)), (0, 'ab', 0)]:
    try:
        Decimal(t)
    except ValueError as e:
        print('ValueError', e)
for v in [1.5j, object(), b'1', None]:
    try:
        Decimal(v)
    except TypeError as e:
        print('TypeError', e)
try:
    Decimal('1', 5)
except TypeError as e:
    print('TypeError', e)

d = Decimal('-12.340')
print(d.as_tuple(), d.as_tuple().digits, type(d.as_tuple()) is DecimalTuple)
print(d.as_integer_ratio(), Decimal('1e5').as_integer_ratio(), Decimal(0).as_integer_ratio())
print(d.adjusted(), Decimal('1e-7').adjusted(), Decimal('nan').adjusted())
print(int(d), float(d), bool(d), bool(Decimal('0.00')), bool(Decimal('nan')), complex(d))
print(Decimal(d) is d, copy.copy(d) is d, copy.deepcopy(d) is d)
print(pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(Decimal('-sNaN7'))))
print(Decimal('1E+2').to_eng_string(), Decimal('1E+3').to_eng_string(), Decimal('12E-8').to_eng_string(),
      Decimal('0E+4').to_eng_string(), Decimal('0E-7').to_eng_string(), Decimal('-123.45E+10').to_eng_string())
c = Context(capitals=0)
print(c.to_sci_string(Decimal('1e20')), c.to_eng_string(Decimal('1e20')))


class MyDecimal(Decimal):
    pass


m = MyDecimal('1.5')
print(type(m).__name__, repr(m), type(MyDecimal.from_float(0.5)).__name__, MyDecimal.from_float(0.25))
print(type(copy.copy(m)).__name__, type(pickle.loads(pickle.dumps(m))).__name__)
print(Decimal(10**5000).adjusted(), str(Decimal(7) ** 9000)[:20])
print(d.real, d.imag, d.conjugate())
for bad_int in [Decimal('nan'), Decimal('inf'), Decimal('-sNaN')]:
    for fn in (int, lambda x: x.as_integer_ratio(), float):
        try:
            print(fn(bad_int))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for s in ['1e999999999999999999', '1e9999999999999999999', '1e-9999999999999999999', '0e9999999999999999999', '1e-1999999999999999997', '1e-1999999999999999998']:
    try:
        d = Decimal(s)
        print(s, repr(d), d.adjusted())
    except Exception as e:
        print(s, type(e).__name__, e)
for t in [(0, (1,), 10**20), (0, (1,), -10**20)]:
    try:
        print(repr(Decimal(t)))
    except Exception as e:
        print(type(e).__name__, e)
print(Decimal(10**30).__round__(), Decimal('123.456').__round__(-1), round(Decimal('-0.5')), Decimal('1e20').__trunc__())
print(Decimal('7.5').__floor__(), Decimal('-7.5').__ceil__(), divmod(Decimal(-7), 2), Decimal(-7) % 2, Decimal(-7) // 2)
print(Decimal('1.1') ** 2, pow(Decimal(2), Decimal('0.5')), Decimal(3).__rpow__(2), 2 ** Decimal('0.5'))
print(Decimal(1).__rtruediv__(3), 3 % Decimal('0.7'), Decimal('inf') // 3)
