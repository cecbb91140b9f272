# Random operations under random contexts (fixed seeds): arithmetic, rounding, exponent limits, formatting,
# conversions and the transcendental functions, with the flags each operation raised.
import random
import sys
from decimal import *


def ops():
    # random operands under random contexts (small exponent limits, clamping, all rounding modes)
    random.seed(1)
    out = []
    def rnd():
        k = random.random()
        if k < 0.05:
            return Decimal(random.choice(['inf', '-inf', 'nan', '-0', '0', 'snan1', 'nan5']))
        c = random.randrange(10 ** random.randrange(1, 40))
        e = random.randrange(-40, 20)
        s = random.choice(['', '-'])
        return Decimal('%s%de%d' % (s, c, e))
    ops = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', 'remainder_near', 'compare',
           'max', 'min_mag', 'quantize', 'fma', 'sqrt', 'exp', 'ln', 'log10', '__pow__', 'normalize', 'next_plus',
           'next_toward', 'to_integral_exact', 'logb', 'scaleb', 'rotate', 'shift', '__divmod__', 'compare_total',
           '__round__']
    for i in range(2000):
        ctx = Context(prec=random.randrange(1, 40), rounding=random.choice(['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING',
                      'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']),
                      Emin=-random.randrange(1, 60), Emax=random.randrange(1, 60), clamp=random.randrange(2), traps=[])
        setcontext(ctx)
        op = random.choice(ops)
        a, b, c = rnd(), rnd(), rnd()
        try:
            if op in ('sqrt', 'exp', 'ln', 'log10', 'normalize', 'next_plus', 'to_integral_exact', 'logb'):
                r = getattr(a, op)()
            elif op == 'fma':
                r = a.fma(b, c)
            elif op in ('scaleb', 'rotate', 'shift'):
                r = getattr(a, op)(Decimal(random.randrange(-30, 30)))
            elif op == '__round__':
                r = round(a, random.randrange(-5, 5))
            elif op == '__pow__':
                if random.random() < 0.5:
                    b = Decimal(random.randrange(-20, 20))
                elif random.random() < 0.5:
                    b = Decimal(random.randrange(-200, 200)) / 10
                r = a ** b
            else:
                r = getattr(a, op)(b)
            res = repr(r)
        except Exception as e:
            res = type(e).__name__ + str(e)
        out.append('%d %s %r %r %r %s %s' % (i, op, a, b, c, res, sorted(k.__name__ for k, v in ctx.flags.items() if v)))
    print('\n'.join(out))


def conversions():
    random.seed(1)
    def rnd():
        k = random.random()
        if k < 0.05:
            return Decimal(random.choice(['inf', '-inf', 'nan', '-0', '0', 'nan5']))
        c = random.randrange(10 ** random.randrange(1, 30))
        e = random.randrange(-30, 30)
        return Decimal('%s%de%d' % (random.choice(['', '-']), c, e))
    specs = ['', 'f', 'e', 'g', '%', 'E', 'G', 'n']
    out = []
    for i in range(800):
        getcontext().prec = random.randrange(1, 30)
        getcontext().rounding = random.choice(['ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_FLOOR'])
        a = rnd()
        spec = random.choice(['', '>', '<', '^', '=']) + random.choice(['', '+', ' ', '-']) + random.choice(['', 'z'])
        spec += random.choice(['', '0', '']) + random.choice(['', str(random.randrange(1, 30))]) + random.choice(['', ','])
        spec += random.choice(['', '.' + str(random.randrange(0, 12))]) + random.choice(specs)
        try:
            f = format(a, spec)
        except Exception as e:
            f = type(e).__name__
        r = [repr(a), str(a), a.to_eng_string(), f, spec]
        if a.is_finite():
            b = rnd()
            fl = random.random() * 10 ** random.randrange(-5, 5)
            fns = [lambda: hash(a), lambda: float(a), lambda: int(a), lambda: round(a), lambda: round(a, random.randrange(-3, 5)),
                   lambda: a < fl, lambda: a == fl, lambda: a > 3, lambda: a.as_integer_ratio(), lambda: a + b, lambda: a * b,
                   lambda: a - b, lambda: a.sqrt(), lambda: a.quantize(Decimal('1e-3')), lambda: a / b, lambda: a % b,
                   lambda: a // b, lambda: a.ln(), lambda: a.exp(), lambda: a.log10(), lambda: a ** b, lambda: a.normalize()]
            for fn in fns:
                try:
                    r.append(fn())
                except Exception as e:
                    r.append(type(e).__name__)
        out.append(' '.join(map(str, r)))
    print('\n'.join(out))


def transcendental():
    random.seed(3)
    out = []
    for i in range(400):
        ctx = Context(prec=random.choice([1, 2, 3, 5, 9, 16, 28, 34, 50, 80]), rounding=random.choice(['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN']), traps=[])
        setcontext(ctx)
        k = random.random()
        c = random.randrange(1, 10 ** random.randrange(1, 25))
        e = random.randrange(-30, 5)
        if k < 0.2:
            e = -random.randrange(0, 3) - len(str(c)) + 1
        a = Decimal('%s%de%d' % (random.choice(['', '-']) if random.random() < 0.3 else '', c, e))
        y = Decimal(random.randrange(-500, 500)) / random.choice([1, 2, 4, 10, 100, 3])
        r = []
        for fn in (lambda: a.exp(), lambda: a.ln(), lambda: a.log10(), lambda: a ** y, lambda: a.sqrt(), lambda: abs(a) ** Decimal('0.5')):
            try:
                r.append(repr(fn()))
            except Exception as ex:
                r.append(type(ex).__name__)
        out.append('%d %r %r %s %s' % (i, a, y, ' '.join(r), sorted(k.__name__ for k, v in ctx.flags.items() if v)))
    print('\n'.join(out))


def wide_exponents():
    # the default exponent limits, operands with exponents far apart
    random.seed(4)
    out = []
    def rnd():
        k = random.random()
        if k < 0.05:
            return Decimal(random.choice(['inf', '-inf', 'nan', '-0', '0', 'snan1', 'nan5']))
        c = random.randrange(10 ** random.randrange(1, 40))
        e = random.choice([random.randrange(-40, 20), random.randrange(-999999, 999999), random.randrange(-50, 50) * 10**random.randrange(0, 5)])
        s = random.choice(['', '-'])
        return Decimal('%s%de%d' % (s, c, e))
    ops = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', 'remainder_near', 'compare',
           'max', 'min_mag', 'quantize', 'fma', 'sqrt', 'exp', 'ln', 'log10', '__pow__', 'normalize', 'next_plus',
           'next_toward', 'to_integral_exact', 'logb', 'scaleb', 'rotate', 'shift', '__divmod__', 'compare_total',
           '__round__']
    for i in range(800):
        ctx = Context(prec=random.randrange(1, 40), rounding=random.choice(['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING',
                      'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']),
                      Emin=-999999, Emax=999999, clamp=random.randrange(2), traps=[])
        setcontext(ctx)
        op = random.choice(ops)
        a, b, c = rnd(), rnd(), rnd()
        try:
            if op in ('sqrt', 'exp', 'ln', 'log10', 'normalize', 'next_plus', 'to_integral_exact', 'logb'):
                r = getattr(a, op)()
            elif op == 'fma':
                r = a.fma(b, c)
            elif op in ('scaleb', 'rotate', 'shift'):
                r = getattr(a, op)(Decimal(random.randrange(-30, 30)))
            elif op == '__round__':
                r = round(a, random.randrange(-5, 5))
            elif op == '__pow__':
                if random.random() < 0.5:
                    b = Decimal(random.randrange(-20, 20))
                elif random.random() < 0.5:
                    b = Decimal(random.randrange(-200, 200)) / 10
                r = a ** b
            else:
                r = getattr(a, op)(b)
            res = repr(r)
        except Exception as e:
            res = type(e).__name__ + str(e)
        out.append('%d %s %r %r %r %s %s' % (i, op, a, b, c, res, sorted(k.__name__ for k, v in ctx.flags.items() if v)))
    print('\n'.join(out))


ops()
conversions()
transcendental()
wide_exponents()
