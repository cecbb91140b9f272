# decimal contexts: attributes and validation, flags/traps, signals hierarchy, getcontext/setcontext/localcontext.
import copy
import pickle
import decimal
from decimal import *

print([n for n in ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN',
                   'ROUND_HALF_EVEN', 'ROUND_05UP'] if getattr(decimal, n) == n])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow,
            Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])

print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = getcontext()
print(c, c is getcontext(), type(c).__name__)
print(Context())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact],
              traps=[Overflow, InvalidOperation]))
print(Context(traps={s: False for s in c.traps}))
c2 = Context(flags=[Rounded, InvalidOperation, Clamped])
print(c2, c2.flags[InvalidOperation], c2.flags[Rounded], c2.traps[Overflow])
print(c2.flags)
print(repr(c2.traps))
print(len(c2.flags), list(c2.flags.keys()) == list(c2.traps), Inexact in c2.flags)
c2.clear_flags()
c2.clear_traps()
print(c2)
print(c2.Etiny(), c2.Etop(), Context(prec=10, Emin=-100, Emax=100).Etiny(), c2.radix())

for kwargs in [dict(prec=0), dict(prec=MAX_PREC + 1), dict(rounding='x'), dict(rounding=5), dict(Emin=1),
               dict(Emax=-1), dict(capitals=2), dict(clamp=-1), dict(flags=3), dict(prec='5'), dict(traps=[5])]:
    try:
        print(Context(**kwargs))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
c3 = Context()
for name, value in [('prec', 0), ('prec', 3.5), ('Emin', 5), ('rounding', 'ROUND_SIDEWAYS'), ('foo', 1)]:
    try:
        setattr(c3, name, value)
    except (ValueError, TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
c3.prec = 12
c3.rounding = ROUND_HALF_UP
c3.traps[Inexact] = True
c3.flags = {s: s is Subnormal for s in c3.flags}
for v in [[Subnormal], {Inexact: True}, (Inexact,)]:
    try:
        c3.flags = v
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
c3.traps = {s: s is Overflow for s in c3.traps}
print(c3)
try:
    c3.traps['x']
except KeyError as e:
    print('KeyError', e)

c4 = copy.copy(c3)
c5 = c3.copy()
c4.prec = 3
print(c3.prec, c4.prec, c5.prec, copy.deepcopy(c3))
p = pickle.loads(pickle.dumps(Context(prec=7, flags=[Inexact], traps=[Clamped])))
print(p)

ctx = Context(prec=5, traps=[])
print(ctx.add(1, 2), ctx.subtract(D := Decimal('1.23456789'), 1), ctx.multiply(D, D), ctx.divide(1, 3),
      ctx.divide_int(7, 2), ctx.divmod(7, 2), ctx.remainder(7, 3), ctx.remainder_near(7, 3), ctx.power(2, 10),
      ctx.power(2, 10, 7), ctx.sqrt(2), ctx.exp(1), ctx.ln(2), ctx.log10(2), ctx.logb(250), ctx.abs(-D),
      ctx.minus(D), ctx.plus(D), ctx.quantize(D, Decimal('0.1')), ctx.normalize(Decimal('1.200')),
      ctx.fma(2, 3, 4), ctx.max(1, 2), ctx.min(1, 2), ctx.max_mag(-3, 2), ctx.min_mag(-3, 2),
      ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.compare_total(1, Decimal('1.0')),
      ctx.compare_total_mag(-1, 1), ctx.copy_abs(-1), ctx.copy_negate(1), ctx.copy_sign(1, -2),
      ctx.copy_decimal(5), ctx.next_plus(1), ctx.next_minus(1), ctx.next_toward(1, 0), ctx.number_class(1),
      ctx.to_integral_exact(Decimal('2.5')), ctx.to_integral_value(Decimal('2.5')), ctx.to_integral(Decimal('3.5')),
      ctx.logical_and(1, 1), ctx.logical_or(10, 1), ctx.logical_xor(11, 1), ctx.logical_invert(0),
      ctx.rotate(12, 1), ctx.shift(12, 1), ctx.scaleb(1, 2), ctx.same_quantum(1, 2), ctx.to_sci_string(D),
      ctx.to_eng_string(Decimal('1e5')), ctx.canonical(D), ctx.radix())
print(ctx.is_canonical(D), ctx.is_finite(1), ctx.is_infinite(1), ctx.is_nan(1), ctx.is_normal(1), ctx.is_qnan(1),
      ctx.is_signed(-1), ctx.is_snan(1), ctx.is_subnormal(1), ctx.is_zero(0))
print(ctx.create_decimal('1.23456789'), ctx.create_decimal(), ctx.create_decimal(10**10), ctx.create_decimal(0.1),
      ctx.create_decimal_from_float(0.1), ctx.create_decimal(Decimal('9.999999')), ctx.create_decimal('NaN123456'))
print(ctx.flags)
for fn in [lambda: ctx.add('1', 2), lambda: ctx.sqrt(1.5), lambda: ctx.canonical(1)]:
    try:
        fn()
    except TypeError as e:
        print('TypeError', e)

# traps raise the first trapped signal, with the list of trapped conditions
for traps in [[Inexact], [Rounded], [Inexact, Rounded], [Underflow, Subnormal], [Clamped], [InvalidOperation],
              [DivisionByZero, InvalidOperation]]:
    tc = Context(prec=3, Emin=-5, Emax=5, traps=traps)
    for fn in [lambda: tc.divide(1, 3), lambda: tc.divide(Decimal('1e-5'), 1000), lambda: tc.divide(0, 0),
               lambda: tc.divmod(1, 0), lambda: tc.create_decimal('1e10'), lambda: tc.create_decimal('x'),
               lambda: tc.multiply(Decimal('1e5'), Decimal(1000))]:
        try:
            print(traps[0].__name__, fn())
        except DecimalException as e:
            print(traps[0].__name__, type(e).__name__, e, e.args)
    print(tc.flags)

# localcontext and setcontext
orig = getcontext()
with localcontext() as lc:
    lc.prec = 4
    print(Decimal(1) / 3, getcontext() is lc, lc is orig)
print(Decimal(1) / 3, getcontext() is orig)
with localcontext(prec=6, rounding=ROUND_UP, traps=[Inexact]) as lc:
    print(lc)
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('Inexact', e)
with localcontext(BasicContext) as lc:
    print(lc, lc is BasicContext)
for bad in [dict(prec=0), dict(foo=1), dict(prec='a'), dict(rounding='x'), dict(Emax=-5)]:
    try:
        with localcontext(**bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    localcontext(5)
except TypeError as e:
    print('TypeError', e)
setcontext(ExtendedContext)
print(getcontext(), getcontext() is ExtendedContext, Decimal(1) / 0)
setcontext(Context(prec=3))
print(getcontext().prec, Decimal(2).sqrt())
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext())

# capitals in repr and str, context methods with int operands
getcontext().capitals = 0
print(repr(Decimal('1e10')), str(Decimal('1e10')), Decimal('1e10').to_eng_string(), format(Decimal('1e10')), Decimal('1e10').as_tuple())
print(Context().to_sci_string(Decimal('1e10')), getcontext().to_eng_string(Decimal('1e10')))
getcontext().capitals = 1
c = getcontext()
print(c.add(1, 2), c.power(Decimal(2), 3), c.divmod(Decimal(7), 2))
print(Decimal(5).__pow__(2, 7))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), sum([Decimal('0.1')] * 10), max([Decimal(1), Decimal(3)]))
print(sorted([Decimal('nan'), Decimal(1)], key=str))
print(Decimal(10).ln(Context(prec=5)), Decimal(2).sqrt(context=Context(prec=3)))

# the flags and traps mappings
import collections.abc
c = Context()
f = c.flags
print(isinstance(f, collections.abc.MutableMapping), type(f).__name__, f.keys(), list(f.values())[:3], len(f))
print(f.get(Inexact), f.get('x', 5), Inexact in f, 'x' in f, f == Context().flags, f == {s: False for s in f}, f != 3)
print(f.copy() == {s: False for s in f}, dict(f) == f.copy(), list(f)[:2])
f.update({Inexact: True})
print(f[Inexact], c.flags[Inexact])
for fn in (lambda: f.pop(Inexact), lambda: f.popitem(), lambda: f.clear(), lambda: f.setdefault(Inexact, 1), lambda: f['x'], lambda: hash(f)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
print(c)
