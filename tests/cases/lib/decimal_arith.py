# Decimal arithmetic under contexts: + - * / // % divmod ** sqrt exp ln log10 quantize and the other methods.
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation)

D = Decimal
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
             ROUND_05UP]


def flags(ctx):
    return [s.__name__ for s, on in ctx.flags.items() if on]


def show(label, fn):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r), flags(ctx))


ctx = Context(prec=9, traps=[])
import decimal
decimal.setcontext(ctx)
values = [D('0'), D('-0'), D('1'), D('-1.5'), D('2.5'), D('3'), D('12345.6789'), D('1e-5'), D('7E+3'),
          D('9.99999999'), D('123456789123'), D('inf'), D('-inf'), D('nan'), D('sNaN5')]
for a in values:
    for b in values[:7] + [D('inf'), D('nan')]:
        print(a, b, '|', a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a.remainder_near(b),
              a.compare(b), a.max(b), a.min_mag(b), a.fma(b, 1), a.compare_total(b), flags(ctx))
        ctx.clear_flags()

for r in ROUNDINGS:
    ctx.rounding = r
    print(r, [str(+D(v)) for v in ['1.234567895', '-1.234567895', '1.234567885', '1.2345678951', '9.9999999999',
                                   '-9.9999999951', '1.23456780', '1.234567805', '0.5e-10']],
          [str(D(v).quantize(D('0.1'))) for v in ['1.25', '1.35', '-1.25', '1.2501', '1.20', '-0.05']],
          [str(D(v).to_integral_value()) for v in ['2.5', '3.5', '-2.5', '2.4', '-0.6', '0.51']],
          str(D(2) ** D('0.5')), str(D(10) / 3), str(D(-10) / 3), str(D('1e9') * D('1.00000001')))
ctx.rounding = ROUND_HALF_EVEN

for prec in [1, 5, 28, 50]:
    ctx.prec = prec
    for v in ['2', '0.5', '10', '1e-10', '123.456', '1.0000001', '0.999999', '1e100', '-3']:
        d = D(v)
        print(prec, v, d.sqrt(), d.exp(), d.ln(), d.log10(), d ** 3, d ** D('0.5'), d ** -2, D(2) ** d,
              flags(ctx))
        ctx.clear_flags()
ctx.prec = 9
show('exp big', lambda: D('1e6').exp())
show('exp -big', lambda: D('-1e6').exp())
show('exp tiny', lambda: D('1e-20').exp())
show('ln 1', lambda: D(1).ln())
show('log10 1000', lambda: D(1000).log10())
show('log10 0.001', lambda: D('0.001').log10())
show('pow 0 0', lambda: D(0) ** 0)
show('pow neg frac', lambda: D(-2) ** D('0.5'))
show('pow -2 3', lambda: D(-2) ** 3)
show('pow -0 -1', lambda: D('-0') ** -1)
show('pow inf', lambda: D(2) ** D('inf'))
show('pow 0.5 inf', lambda: D('0.5') ** D('-inf'))
show('pow 1.0 big', lambda: D('1.0') ** 1000)
show('pow 1 frac', lambda: D('1.00') ** D('0.5'))
show('pow exact frac', lambda: D('0.25') ** D('1.5'))
show('pow 100 0.5', lambda: D(100) ** D('0.5'))
show('pow overflow', lambda: D(10) ** 1000000)
show('pow underflow', lambda: D(10) ** -1000000)
show('pow 2 100', lambda: D(2) ** 100)
show('pow 4 -0.5', lambda: D(4) ** D('-0.5'))
show('pow mod', lambda: pow(D(3), D(100), D(7)))
show('pow mod neg', lambda: pow(D(-3), 3, 7))
show('pow mod frac', lambda: pow(D('3.5'), 3, 7))
show('pow mod float', lambda: pow(D(3), 3.5, 7))
show('pow mod 0', lambda: pow(D(2), 3, 0))
show('sqrt neg', lambda: D(-4).sqrt())
show('sqrt exact', lambda: D('0.0144').sqrt())
show('sqrt -0', lambda: D('-0.00').sqrt())
show('ln 0', lambda: D(0).ln())
show('ln neg', lambda: D(-1).ln())
show('div 0/0', lambda: D(0) / 0)
show('div 1/0', lambda: D(1) / D('-0'))
show('divint big', lambda: D('1e20') // 3)
show('mod inf', lambda: D('inf') % 3)
show('inf - inf', lambda: D('inf') - D('inf'))
show('0 * inf', lambda: D(0) * D('-inf'))
show('overflow', lambda: D('9e999999') * 10)
show('underflow', lambda: D('1e-999999') / 10 ** 10)
show('subnormal', lambda: D('1e-999999') / 10)
show('clamped', lambda: Context(prec=3, Emax=5, clamp=1).create_decimal('1e5'))
show('snan add', lambda: D('sNaN7') + 1)
show('nan payload', lambda: D('NaN123456789012') + 1)
show('quantize big', lambda: D('1e20').quantize(D(1)))
show('quantize inf', lambda: D(1).quantize(D('inf')))
show('quantize round', lambda: D('1.2345').quantize(D('0.01'), rounding=ROUND_UP))
show('round 2', lambda: round(D('1.2345'), 2))
show('round -1', lambda: round(D('1255'), -1))
show('round', lambda: (round(D('0.5')), round(D('1.5')), round(D('-2.5'))))
show('to_integral_exact', lambda: D('1.5').to_integral_exact())
show('normalize', lambda: (D('1.2000').normalize(), D('-0.00').normalize(), D('1e5').normalize(), D('120').normalize()))
show('logb', lambda: (D('250').logb(), D('0.03').logb(), D(0).logb(), D('-inf').logb()))
show('scaleb', lambda: (D('1.5').scaleb(3), D('1.5').scaleb(-3), D('inf').scaleb(2)))
show('scaleb bad', lambda: D(1).scaleb(D('1.5')))
show('shift', lambda: (D(123).shift(2), D(123).shift(-2), D('123456789').shift(1)))
show('rotate', lambda: (D(123).rotate(2), D(123).rotate(-2), D('123456789').rotate(3)))
show('shift bad', lambda: D(1).shift(10))
show('logical', lambda: (D(1100).logical_and(1010), D(1100).logical_or(1010), D(1100).logical_xor(1010),
                         D(101).logical_invert()))
show('logical bad', lambda: D(12).logical_and(1))
show('next', lambda: (D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D('inf').next_minus(),
                      D('-inf').next_plus(), D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1)))
show('next_toward tiny', lambda: D(0).next_toward(1))
show('number_class', lambda: [D(v).number_class() for v in ['0', '-0', '1', '-1', '1e-999999', 'inf', '-inf',
                                                           'nan', 'snan']])
show('predicates', lambda: [(D(v).is_normal(), D(v).is_subnormal(), D(v).is_zero(), D(v).is_signed(),
                             D(v).is_finite(), D(v).is_nan(), D(v).is_snan(), D(v).is_qnan(), D(v).is_infinite())
                            for v in ['0', '-1e-999999', '5', 'nan', '-snan', 'inf']])
show('copies', lambda: (D(-1).copy_abs(), D(1).copy_negate(), D(1).copy_sign(D(-2)), D('nan').copy_sign(-1)))
show('same_quantum', lambda: (D('1.0').same_quantum(D('2.0')), D(1).same_quantum(D('1.0')),
                              D('nan').same_quantum(D('snan')), D('inf').same_quantum(D('nan'))))
show('compare_signal', lambda: D('nan').compare_signal(1))
show('compare_total', lambda: [D(a).compare_total(D(b)) for a, b in [('1', '1.0'), ('-nan', 'nan'), ('snan', 'nan'),
                                                                      ('inf', 'nan'), ('-0', '0'), ('2', 'snan')]])
show('compare_total_mag', lambda: D(-3).compare_total_mag(D(2)))
show('max nan', lambda: (D('nan').max(1), D(1).min(D('nan')), D('1.0').max(D('1')), D(-1).max_mag(D(1))))
show('max snan', lambda: D('snan').max(1))
show('abs neg pos', lambda: (abs(D('-1.5')), -D('0'), +D('-0'), -D('1.23456789123')))
show('radix canonical', lambda: (D(5).radix(), D(5).canonical(), D(5).is_canonical(), D('1e3').adjusted()))
show('fma', lambda: (D(2).fma(3, 4), D('inf').fma(0, 1), D('1e10').fma(D('1e10'), -1)))
show('mixed int', lambda: (1 + D(2), 10 - D(3), 2 * D('1.5'), 7 / D(2), 7 // D(2), 7 % D(3), 2 ** D(3)))
for fn in (lambda: D(1) + 1.5, lambda: D(1) * 'a', lambda: 'a' * D(1), lambda: [1] * D(1)):
    try:
        fn()
    except TypeError:
        print('TypeError')
show('method str operand', lambda: D(1).compare('1'))
with localcontext(Context(prec=50)) as c:
    print(D(1) / 7, D(2).sqrt(), D(1).exp(), D(10).ln(), D(3).log10(), D(2) ** D('0.33'))
