# Decimal +, -, * and comparisons on small operands (Ginger computes them natively, and hands every other case
# to the Python methods): the small-int boundary 2**61, exponent gaps, zero results, contexts that do not fit,
# subclasses, and a fresh import of the module.
import sys
from decimal import *

D = Decimal


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        out = repr(f())
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    flags = [s.__name__ for s in (InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
                                   Rounded, Clamped) if ctx.flags[s]]
    print(label, out, flags)


big = 2 ** 61
show('below 2**61', lambda: D(big - 2) + 1)
show('reaching 2**61', lambda: D(big - 1) + 1)
show('past 2**61', lambda: D(big) + 1)
show('neg boundary', lambda: D(-(big - 1)) - 1)
show('mul boundary', lambda: D(2 ** 30) * D(2 ** 31))
show('mul past', lambda: D(2 ** 31) * D(2 ** 31))
show('gap 18', lambda: D('1E+18') + D('1'))
show('gap 19', lambda: D('1E+19') + D('1'))
show('gap 19 neg', lambda: D('1') - D('1E+19'))
show('zero sum', lambda: D('1.5') - D('1.5'))
show('zero product sign', lambda: D('-0') * D('3'))
show('neg zero add', lambda: D('-0') + D('-0'))
show('cmp boundary', lambda: (D(big) > big - 1, D(big - 1) < big, D('1E+18') == 10 ** 18, D('1E+19') == 10 ** 19))
show('cmp gap', lambda: (D('1E+30') > D('1'), D('1E-30') < D('1E-10'), D('-1E+20') < 5))
show('cmp int', lambda: (D('2.5') > 2, D('-2.5') < -2, D('2.0') == 2, D('2.0') != 2, D(3) >= 3, D(3) <= 2))
show('cmp other', lambda: (D(1) == 'x', D(1) != None, D(1) == 1.0))
show('cmp nan', lambda: (D('NaN') == D(1), D(1) != D('NaN')))
show('cmp snan', lambda: D('sNaN') == D(1))
show('cmp signal nan', lambda: D('NaN') < D(1))
with localcontext(prec=3):
    show('prec3 fits', lambda: D(998) + 1)
    show('prec3 carry', lambda: D(999) + 1)
    show('prec3 mul', lambda: D(31) * D(32))
    show('prec3 mul fits', lambda: D('3.1') * D('3.2'))
with localcontext(Context(Emin=-3, Emax=3, traps=[])):
    show('etop', lambda: D('1E+3') + D(0))
    show('below emin', lambda: D('1E-3') * D('1E-1'))
    show('subnormal sum', lambda: D('1E-30') + D('2E-30'))
with localcontext(Context(prec=3, traps=[Inexact])):
    show('trap from add', lambda: D(999) + D('0.5'))
with localcontext(prec=5000):
    show('huge prec', lambda: D(12) + D(30))
ctx = getcontext()
ctx.prec = 2
show('prec set', lambda: D(12) + D(90))
ctx.prec = 28
show('unbound', lambda: Decimal.__add__(D(1), D(2)))
show('int other', lambda: (D(5) + 3, D(5) - 3, D(5) * 3, 3 + D(5), 3 - D(5), 3 * D(5)))


# rounding in the native paths: big coefficients, every rounding mode, carries, flags and traps
rate = D('0.0425') / 12
show('big product', lambda: D('1000.00') * rate)
show('big product 2', lambda: D('123456789012345678901234567890') * D('98765432109876543210'))
show('big exact', lambda: D('1' + '0' * 30) * D('1E-30'))
show('power of ten product', lambda: D('9' * 14) * D('1' + '0' * 14))
for rounding in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                 ROUND_HALF_EVEN, ROUND_05UP):
    with localcontext(prec=4, rounding=rounding):
        show('round ' + rounding, lambda: (D(12345) + 0, D(-12355) * 1, D(99995) * 1, D(10005) * D(1), D(10015) - 0,
                                           D('1.2345678901234567890123') * D(-1)))
    show('quantize ' + rounding, lambda: (D('1.005').quantize(D('0.01'), rounding), D('-1.015').quantize(
        D('0.01'), rounding=rounding), D('2.5').quantize(D(1), rounding), D('-0.5').quantize(D(1), rounding)))
show('quantize kinds', lambda: (D('1.23456').quantize(D('0.001')), D('1.23456').quantize(D('0.001'), None, None),
                                D('7').quantize(D('0.01')), D('0.000').quantize(D('1E+1')), D('-0').quantize(D('0.1'))))
show('quantize context none', lambda: D('1.23456').quantize(D('0.001'), context=None))
show('quantize context', lambda: D('1.23456').quantize(D('0.001'), context=Context(rounding=ROUND_UP)))
show('quantize bad rounding', lambda: D('1.2').quantize(D('0.1'), rounding='ROUND_NEVER'))
show('quantize int exp', lambda: D('1.2').quantize(1))
show('quantize big', lambda: D('3.541666666666666666666666667').quantize(D('0.01'), rounding=ROUND_HALF_UP))
show('quantize huge coefficient', lambda: D('1.' + '4' * 60 + '5').quantize(D('1E-60')))
with localcontext(prec=3):
    show('quantize carry', lambda: D('9.995').quantize(D('0.01'), rounding=ROUND_HALF_UP))
    show('quantize too long', lambda: D('123.4').quantize(D('0.01')))
with localcontext(traps=[Inexact]):
    show('quantize trapped', lambda: D('1.005').quantize(D('0.01')))
    show('product trapped', lambda: D('1000.00') * rate)
    show('quantize exact', lambda: D('1.000').quantize(D('0.01')))
with localcontext(traps=[Rounded]):
    show('quantize rounded trap', lambda: D('1.000').quantize(D('0.01')))
with localcontext(Context(prec=5, Emin=-5, Emax=5, traps=[])):
    show('product past etop', lambda: D(99999) * D(99999))
    show('product at etop', lambda: D(99999) * D(11))
    show('product below emin', lambda: D('1E-3') * D('1.2345E-3'))
    show('quantize past etop', lambda: D(5).quantize(D('1E+2')))


# division
show('div int', lambda: (D('1234.56') / 12, D(1) / 7, D(-22) / 7, D('0.0425') / 12, D(10) / 4, D(1) / 8))
show('div exact big', lambda: D('5' + '0' * 40) / 2)
show('div exact ideal', lambda: (D('1.00') / D('0.5'), D('100') / D('1E+2'), D('0.2') / 25))
show('div by zero', lambda: D(1) / 0)
show('div zero', lambda: (D(0) / 5, D('-0.00') / D(3)))
show('div big int', lambda: D(1) / (10 ** 30 + 1))
with localcontext(Context(prec=1, Emin=-1, Emax=20, traps=[])):
    show('div carry below emin', lambda: D('9.99') / D('99.9999999999999999'))
with localcontext(Context(prec=3, Emin=-5, Emax=5, traps=[])):
    show('div overflow', lambda: D(99999) / D('0.001'))
    show('div subnormal', lambda: D(1) / D(300000))
with localcontext(prec=610):
    t = D(1) / 7
    show('div prec610', lambda: (str(t / 13)[-12:], str(t / D(239))[-12:], str(D('0.2') / 25 / 25)))
    show('add prec610', lambda: (str(t + t / 1000)[-12:], t > t / 1000, t - t == 0, t * 7 == 1))
with localcontext(traps=[Inexact]):
    show('div trapped', lambda: D(1) / 3)
    show('div exact untrapped', lambda: D(1) / 4)
for rounding in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                 ROUND_HALF_EVEN, ROUND_05UP):
    with localcontext(prec=3, rounding=rounding):
        show('div ' + rounding, lambda: (D(2) / 3, D(-2) / 3, D('1.005') / 1, D('9.995') / 1, D(1) / D('0.0625'),
                                         D('1.235') / 1, D(1) + D('0.00049'), D(999) + D('0.5')))


# construction
show('new ints', lambda: (D(0), D(-7), D(2 ** 100), D(-2 ** 100), D(2 ** 61), D(-2 ** 61)))
show('new strs', lambda: (D('-0'), D('+0.00'), D('00012.3400'), D('5.'), D('.5'), D('-.5'), D('1' * 60 + '.5')))
show('new odd strs', lambda: (D(' 1'), D('1_0'), D('1e5'), D('Inf'), D('-nan'), D('\u0661.5')))
show('new bad', lambda: D('1.2.3'))
show('new empty', lambda: D(''))
show('new context', lambda: (D('1.5', Context()), D(value='2.5'), D(), D(D('3.5')), D(1.5)))
show('new direct', lambda: Decimal.__new__(Decimal, '2.25'))
show('new tuple', lambda: D((1, (2, 5), -1)))


class MyDecimal(Decimal):
    pass


class Added(Decimal):
    def __add__(self, other, context=None):
        return 'Added.__add__'


show('subclass', lambda: (MyDecimal(2) + MyDecimal(3), D(2) + MyDecimal(3), MyDecimal(2) < D(3)))
show('subclass types', lambda: (type(MyDecimal(2) + 1).__name__, type(D(2) * MyDecimal(3)).__name__))
show('overridden', lambda: (Added(2) + D(1), D(1) + Added(2)))
show('methods', lambda: (Decimal.__add__.__name__, D(1).__add__(D(2)), D(1).__lt__(2), D(1).__eq__('1')))

# a fresh import makes new classes, which work on their own
old = Decimal
del sys.modules['decimal']
import decimal as fresh
print(fresh.Decimal(2) + fresh.Decimal(3), fresh.Decimal('1.5') * 2, fresh.Decimal(1) < 2)
print(old(2) + old(3), old('1.5') * 2, old(1) < 2)
with fresh.localcontext(prec=2):
    print(fresh.Decimal(12) + fresh.Decimal(90))
