# The fast paths of decimal's arithmetic (+, -, *, /, quantize, comparisons, construction, str, hash) at their
# edges: carries to prec + 1 digits, zero results and their signs, exponent limits, traps raised from a fast path,
# precision changes, and a deterministic random sweep of operands near those edges.
import random
from decimal import *


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        out = repr(r)
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    flags = [s.__name__ for s in (InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
                                   Rounded, Clamped) if ctx.flags[s]]
    print(label, out, flags)


D = Decimal
setcontext(Context())

# additions and subtractions
show('same exp', lambda: D('1.25') + D('2.50'))
show('diff exp', lambda: D('1.2') + D('0.005'))
show('neg result', lambda: D('1.25') - D('2.50'))
show('int operand', lambda: D('1.25') + 3)
show('radd', lambda: 3 + D('1.25'))
show('rsub', lambda: 3 - D('1.25'))
show('rmul', lambda: 3 * D('1.25'))
show('rtruediv', lambda: 1 / D('8'))
show('rtruediv inexact', lambda: 2 / D('3'))
show('rtruediv zero', lambda: 1 / D('-0'))
show('rmul nan', lambda: 3 * D('-NaN7'))
show('zero sum', lambda: D('1.25') - D('1.25'))
show('neg zero sum', lambda: D('-0.00') + D('-0.00'))
show('mixed zero', lambda: D('-0.00') + D('0.0'))
show('zero plus', lambda: D('0E-5') + D('12.5'))
show('zero plus far', lambda: D('0E-50') + D('12.5'))
show('carry to prec+1', lambda: D('9' * 28) + 1)
show('carry exact', lambda: D('9' * 27 + '0') + 10)
show('far apart', lambda: D('1E+30') + D('1E-30'))
show('far apart sub', lambda: D('1E+30') - D('1E-30'))
with localcontext(rounding=ROUND_FLOOR):
    show('floor zero', lambda: D('1.25') - D('1.25'))
    show('floor zero same', lambda: D('1.25') + D('-1.25'))
with localcontext(prec=3):
    show('prec3 add', lambda: D('9.99') + D('0.01'))
    show('prec3 add2', lambda: D('1.23') + D('4.567'))
    show('prec3 sub', lambda: D('100') - D('0.5'))
ctx = getcontext()
ctx.prec = 5
show('prec5 set', lambda: D('12345') + D('1'))
show('prec5 set2', lambda: D('99999') + D('1'))
ctx.prec = 28

# exponent limits
with localcontext(Context(prec=5, Emin=-5, Emax=5, traps=[])):
    show('etop', lambda: D('1.0000E+5') + D('1E+1'))
    show('overflow add', lambda: D('9.9999E+5') + D('1E+1'))
    show('subnormal', lambda: D('1E-6') + D('1E-7'))
    show('underflow', lambda: D('1.23456E-5') * D('0.1'))
    show('overflow mul', lambda: D('9E+5') * 10)
with localcontext(Context(prec=5, Emin=-5, Emax=5, clamp=1, traps=[])):
    show('clamp', lambda: D('1E+5') + D('0E+4'))
    show('clamp mul', lambda: D('1E+3') * D('1E+2'))
with localcontext(Context(prec=5, Emin=-5, Emax=5, traps=[Overflow])):
    show('overflow trap', lambda: D('9E+5') * 10)
    show('overflow trap round', lambda: D('99999E+1') * D('1.00001'))

# multiplication
show('mul exact', lambda: D('1.5') * D('2.25'))
show('mul round', lambda: D('1000.00') * (D('0.0425') / 12))
show('mul neg zero', lambda: D('-0.0') * D('5'))
show('mul carry', lambda: D('9' * 20) * D('9' * 20))
for rounding in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                 ROUND_HALF_EVEN, ROUND_05UP):
    with localcontext(prec=4, rounding=rounding):
        show('mul ' + rounding, lambda: D('1.2345') * D('-1.0'))
        show('mul half ' + rounding, lambda: D('12.35') * D('1.000'))
        show('mul half2 ' + rounding, lambda: D('-12.45') * D('1.000'))
        show('div ' + rounding, lambda: D(2) / D(3))
        show('div neg ' + rounding, lambda: D(-2) / D(3))
        show('div half ' + rounding, lambda: D('1.2345') / 1)
        show('div carry ' + rounding, lambda: D('9.9999') / 1)
with localcontext(traps=[Inexact]):
    show('inexact trap mul', lambda: D('1.' + '1' * 27) * D('1.1'))
    show('inexact trap div', lambda: D(1) / 3)
    show('inexact trap quantize', lambda: D('1.005').quantize(D('0.01')))
    show('no trap exact', lambda: D(1) / 4)
with localcontext(traps=[Rounded]):
    show('rounded trap quantize', lambda: D('1.000').quantize(D('0.1')))
    show('rounded trap div', lambda: D('5' + '0' * 40) / D('2'))

# division
show('div exact', lambda: D('1234.56') / 12)
show('div exact int', lambda: D(10) / D(4))
show('div ideal exp', lambda: D('1.00') / D('0.5'))
show('div inexact', lambda: D(1) / D(7))
show('div zeros dropped', lambda: D('5' + '0' * 40) / D('2'))
show('div by zero', lambda: D(1) / 0)
show('div zero', lambda: D('0.00') / D(3))
show('div neg', lambda: D('-1') / D('8'))
show('div big', lambda: D('1E+999998') / D('1E-5'))
show('div tiny', lambda: D('1E-999998') / D('1E+100'))
with localcontext(prec=60):
    show('div prec60', lambda: D(22) / D(7))
with localcontext(prec=200):
    show('div prec200', lambda: str(D(1) / D(7))[-10:])
    show('add prec200', lambda: str(D(1) / D(7) + D(1) / D(3))[-10:])
with localcontext(prec=5000):
    show('prec5000', lambda: str(D(1) / D(3))[-5:])
    show('prec5000 add', lambda: len(str(D(1) / D(3) + D(2) / D(3))))
    show('prec5000 mul', lambda: str(D(1) / D(3) * 3)[-5:])

# quantize
cent = D('0.01')
for v in ('1.005', '1.015', '-1.005', '2.675', '9.995', '-9.995', '0.004', '0.005', '123.456', '1.1', '0',
          '-0', '1E+2', '12.345E-1'):
    for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, ROUND_FLOOR):
        show('q %s %s' % (v, rounding), lambda: D(v).quantize(cent, rounding=rounding))
with localcontext(prec=3):
    show('q too many digits', lambda: D('9.995').quantize(cent, rounding=ROUND_HALF_UP))
    show('q fits', lambda: D('9.994').quantize(cent, rounding=ROUND_HALF_UP))
    show('q carry invalid', lambda: D('9.999').quantize(cent))
with localcontext(Context(prec=51, Emin=-610, Emax=5, clamp=1, traps=[])):
    show('q carry past Emax', lambda: D('999999.999').quantize(D('1E+0'), rounding=ROUND_CEILING))
    show('q below Emax', lambda: D('999999.999').quantize(D('1E+0'), rounding=ROUND_FLOOR))
show('q big exp', lambda: D('1.5').quantize(D('1E+999999')))
show('q tiny exp', lambda: D('1.5').quantize(D('1E-1000026')))
show('q rounding type', lambda: D('1.5').quantize(cent, rounding='ROUND_SIDEWAYS'))
show('q rounding int', lambda: D('1.5').quantize(cent, rounding=1))
show('q int exp', lambda: D('1.5').quantize(1))
show('q context', lambda: D('1.555').quantize(cent, context=Context(rounding=ROUND_DOWN)))

# comparisons
show('cmp int', lambda: (D('5000.01') > 5000, D('5000.00') == 5000, D('4999.99') >= 5000, D('-1.5') < -1))
show('cmp big exp', lambda: (D('1E+100') > 10 ** 99, D('1E+100') == 10 ** 100, D('1E-100') < 1, D('-1E-100') < 0))
show('cmp zeros', lambda: (D('0') == D('-0.00'), D('-0') < 0, D('0E+5') == 0, D('-0') != 0))
show('cmp decimals', lambda: (D('1.10') == D('1.1'), D('1.10') < D('1.2'), D('-2') < D('-1.5'), D('2.50') <= D('2.5')))
show('cmp nan', lambda: (D('NaN') == 1, D('NaN') != D('NaN'), D('1') == D('NaN')))
show('cmp nan order', lambda: D('NaN') < 1)
show('cmp inf', lambda: (D('Inf') > 10 ** 100, D('-Inf') < -10 ** 100, D('Inf') == D('Inf')))
show('cmp float', lambda: D('1.5') == 1.5)
show('cmp bool', lambda: (D(1) == True, D(0) < True))

# construction
for s in ('2.50', '+.5', '-.5', '5.', '-0.00', '1_000.5', '  7.25  ', '\u0661\u0662.5', '1.2.3', '', '.', '-',
          '+-1', '1e3', '0001.2300', '-00', '\u00b2', '9' * 120, '1' * 150 + '.5'):
    show('new %r' % s[:20], lambda: D(s))
show('new int', lambda: (D(0), D(-7), D(10 ** 30), D(-10 ** 30)))
show('new bool', lambda: (D(True), D(False)))
show('new twice', lambda: (D('2.50') is D('2.50'), D('2.50') == D('2.50')))


class MyDecimal(Decimal):
    pass


show('subclass', lambda: (type(MyDecimal('1.5')).__name__, type(MyDecimal(3)).__name__, MyDecimal('2.5') + 1))

# str and hash
for s in ('0.000001', '0.0000001', '-0.000', '123.456', '1E+2', '1E-7', '12345678901234567890.123', '0E-10',
          '-12.5E-3', '1234567E-20', '1234567E-12', '5E-6', '50E-7'):
    print('str', s, str(D(s)), repr(D(s)), D(s).to_eng_string())
for s in ('1.5', '100.00', '1E+2', '-0.5', '0.001', '1E-100', '1E+100', '123456789.123456789', '-0', '1E+1000'):
    v = D(s)
    print('hash', s, hash(v), hash(v) == hash(float(v)) if v == float(v) else '-', hash(v) == hash(int(v)) if v == int(v) else '-')

# random sweep near the edges (fixed seed)
rnd = random.Random(7)
for i in range(400):
    prec = rnd.choice([1, 2, 3, 5, 9, 28])
    ctx = Context(prec=prec, rounding=rnd.choice([ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                  ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]), Emin=-rnd.randrange(1, 12),
                  Emax=rnd.randrange(1, 12), clamp=rnd.randrange(2), traps=[])
    setcontext(ctx)

    def operand():
        nd = rnd.choice([1, 2, 3, 5, 9, 28, 29])
        c = rnd.choice([rnd.randrange(10 ** nd), 10 ** nd - 1, 5 * 10 ** (nd - 1), 0])
        return D('%s%dE%d' % (rnd.choice(['', '-']), c, rnd.randrange(-12, 8)))

    a, b = operand(), operand()
    op = rnd.choice(['+', '-', '*', '/', 'q', '<', '=='])
    try:
        if op == '+':
            r = a + b
        elif op == '-':
            r = a - b
        elif op == '*':
            r = a * b
        elif op == '/':
            r = a / b
        elif op == 'q':
            r = a.quantize(b)
        elif op == '<':
            r = a < b
        else:
            r = a == b
        out = str(r)
    except Exception as e:
        out = type(e).__name__
    flags = ''.join(s.__name__[:3] for s in (InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal,
                                              Inexact, Rounded, Clamped) if ctx.flags[s])
    print(i, a, op, b, out, flags)
