"""Decimal fixed- and floating-point arithmetic (General Decimal Arithmetic), written for Ginger.

It behaves as CPython 3.12's decimal module (the libmpdec-based _decimal).

Design: a Decimal holds _sign (0 or 1), _int (the coefficient as a Python int; a NaN's payload), _exp (an int, or
'n' for NaN, 'N' for sNaN, 'F' for Infinity) and _is_special. An operation computes an exact result, or one with a
sticky digit, and rounds it once (_round). The signals it raises are gathered in a bit mask and applied to the
context at the end, as libmpdec does: every raised flag is set, then the first trapped signal (in the order of
_SIGNALS) is raised with the list of the trapped conditions. exp, ln, log10 and non-integral powers are computed in
integer fixed point with guard digits, which grow until both ends of the error interval round to the same result.
The dunders of the common operations try an inline fast path first (finite operands, a normal result below the
clamping limit; a Context keeps _top = 10**prec and _etop = Emax - prec + 1 for that test) and fall back to the
general functions, which are the reference. Under Ginger the native module _decimal_helpers replaces the hottest
dunders with native ones that take the same fast paths and call the Python methods for everything else.
"""

import math as _math
import numbers as _numbers
import sys as _sys
import contextvars as _contextvars
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
    'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
              ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits of an operation's status. The first five are all reported as the InvalidOperation signal.
_INVALID = 1
_CONVERSION = 2
_DIV_IMPOSSIBLE = 4
_DIV_UNDEFINED = 8
_INV_CONTEXT = 16
_FLOAT = 32
_DIV_BY_ZERO = 64
_OVERFLOW = 128
_UNDERFLOW = 256
_SUBNORMAL = 512
_INEXACT = 1024
_ROUNDED = 2048
_CLAMPED = 4096
_ANY_INVALID = 31

# The signals in libmpdec's order, with their bit in a flags/traps mask.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
            Clamped)
_SIGNAL_BIT = {InvalidOperation: _ANY_INVALID, FloatOperation: _FLOAT, DivisionByZero: _DIV_BY_ZERO,
               Overflow: _OVERFLOW, Underflow: _UNDERFLOW, Subnormal: _SUBNORMAL, Inexact: _INEXACT,
               Rounded: _ROUNDED, Clamped: _CLAMPED}
_CONDITIONS = ((_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax), (_DIV_IMPOSSIBLE, DivisionImpossible),
               (_DIV_UNDEFINED, DivisionUndefined), (_INV_CONTEXT, InvalidContext), (_FLOAT, FloatOperation),
               (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow), (_UNDERFLOW, Underflow),
               (_SUBNORMAL, Subnormal), (_INEXACT, Inexact), (_ROUNDED, Rounded), (_CLAMPED, Clamped))


# libmpdec's flag order, in which a context's repr lists its flags and traps
_REPR_ORDER = ((_CLAMPED, 'Clamped'), (_CONVERSION, 'InvalidOperation'), (_DIV_BY_ZERO, 'DivisionByZero'),
               (_DIV_IMPOSSIBLE, 'InvalidOperation'), (_DIV_UNDEFINED, 'InvalidOperation'), (_INEXACT, 'Inexact'),
               (_INV_CONTEXT, 'InvalidOperation'), (_INVALID, 'InvalidOperation'), (_FLOAT, 'FloatOperation'),
               (_OVERFLOW, 'Overflow'), (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'), (_UNDERFLOW, 'Underflow'))


def _signal_names(mask):
    names = []
    for bit, name in _REPR_ORDER:
        if mask & bit and name not in names:
            names.append(name)
    return '[' + ', '.join(names) + ']'


class SignalDict(_MutableMapping):
    """A context's flags or traps: a mapping from signal to bool, kept as a bit mask."""

    __slots__ = ('_mask',)

    def __init__(self, mask=0):
        self._mask = mask

    def _bit(self, key):
        try:
            return _SIGNAL_BIT[key]
        except (KeyError, TypeError):
            raise KeyError(_BAD_SIGNAL) from None

    def __getitem__(self, key):
        return bool(self._mask & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        if value:
            self._mask |= bit
        else:
            self._mask &= ~bit

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in _SIGNAL_BIT

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def copy(self):
        return {s: bool(self._mask & _SIGNAL_BIT[s]) for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._mask == other._mask
        return _MutableMapping.__eq__(self, other)

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, bool(self._mask & _SIGNAL_BIT[s]))
                               for s in _SIGNALS) + '}'


_SignalDict = SignalDict  # not a public name of the module (as in _decimal)
del SignalDict


def _mask_from(value, allow_list):
    # A flags/traps value: a signal dict, a complete dict, or (for Context()) a list of signals.
    if value is None:
        return None
    if isinstance(value, _SignalDict):
        return value._mask
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(key not in _SIGNAL_BIT for key in value):
            raise KeyError('invalid signal dict')
        mask = 0
        for key, on in value.items():
            if on:
                mask |= _SIGNAL_BIT[key]
        return mask
    if allow_list and isinstance(value, list):
        mask = 0
        for key in value:
            if key not in _SIGNAL_BIT:
                raise KeyError(_BAD_SIGNAL)
            mask |= _SIGNAL_BIT[key]
        return mask
    raise TypeError('argument must be a signal dict')


_BAD_SIGNAL = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')


# ---------------------------------------------------------------------------------------------------------------
# Integer helpers

_P10 = [10 ** _i for _i in range(80)]
# _BITS_DIGITS[b]: the number of digits of 2**(b-1) (1 for b == 0), for every bit length whose numbers have < 80 digits
_NBITS = 262
_BITS_DIGITS = [1] + [len(str(1 << (_b - 1))) for _b in range(1, _NBITS)]
_P10_4000 = 10 ** 4000


_P10_BIG = {}


def _pow10(n):
    if n < 80:
        return _P10[n]
    p = _P10_BIG.get(n)
    if p is None:
        p = 10 ** n
        if n < 20000:
            if len(_P10_BIG) > 512:
                _P10_BIG.clear()
            _P10_BIG[n] = p
    return p


def _ndigits(c):
    """Number of decimal digits of the int c >= 0 (1 for 0)."""
    b = c.bit_length()
    if b < _NBITS:
        # c has the digits of 2**(b-1), or one more (c < 2**b < 10 * 2**(b-1))
        n = _BITS_DIGITS[b]
        return n + 1 if c >= _P10[n] else n
    if b < 1000000000000:
        # the digits of 2**(b-1): floor((b - 1) * log10(2)) + 1, exact for such b with 20 digits of log10(2)
        n = ((b - 1) * 30102999566398119521) // 100000000000000000000 + 1
        return n + 1 if c >= _pow10(n) else n
    n = (b * 30103) // 100000
    while c >= _pow10(n):
        n += 1
    while n > 1 and c < _pow10(n - 1):
        n -= 1
    return n


def _itos(c):
    """str(c) for an int c >= 0 of any size (str() refuses more than 4300 digits)."""
    if c < _P10_4000:
        return str(c)
    k = (_ndigits(c) + 1) // 2
    hi, lo = divmod(c, _pow10(k))
    return _itos(hi) + _itos(lo).zfill(k)


def _stoi(s):
    """int(s) for an ASCII digit string of any length."""
    if len(s) <= 4000:
        return int(s)
    k = len(s) // 2
    return _stoi(s[:-k]) * _pow10(k) + _stoi(s[-k:])


def _strip_zeros(c, limit):
    # Remove up to `limit` trailing zeros of c > 0: returns (c, count).
    if c % 10:
        return c, 0
    twos = (c & -c).bit_length() - 1  # a trailing decimal zero is also a trailing binary one
    if twos < limit:
        limit = twos
    n = 0
    k = 1
    while k * 2 <= limit:
        k *= 2
    while k:
        # at most two strips of k zeros per k, as the number of zeros left is below 2 * k (or is limit - n)
        if n + k <= limit:
            q, r = divmod(c, _P10[k] if k < 80 else _pow10(k))
            if not r:
                c = q
                n += k
                continue
        k >>= 1
    return c, n


def _isqrt(n):
    return _math.isqrt(n)


def _iroot(n, k):
    # floor(n ** (1/k)) for n >= 0, k >= 1
    if n < 2 or k == 1:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


# ---------------------------------------------------------------------------------------------------------------
# Rounding

def _round_digits(sign, c, drop, rounding):
    """Drops the last `drop` (>= 1) digits of c, rounding: returns (new coefficient, inexact)."""
    if _ndigits(c) < drop:
        # everything is dropped and it is below half an ulp
        if c == 0:
            return 0, False
        return (1 if _increment_sticky(rounding, sign, 0, -1) else 0), True
    p = _pow10(drop)
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p >> 1  # 5 * 10**(drop-1)
    cmp = (r > half) - (r < half)
    if _increment_sticky(rounding, sign, q, cmp):
        q += 1
    return q, True


def _increment_sticky(rounding, sign, q, cmp):
    # Whether to round a nonzero remainder up in magnitude; cmp compares the remainder with half an ulp.
    if rounding == ROUND_HALF_EVEN:
        return cmp > 0 or (cmp == 0 and q & 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_UP:
        return cmp >= 0
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return cmp > 0
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    # ROUND_05UP
    return q % 5 == 0


def _overflow_result(sign, ctx):
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _INF[sign]
    return _dec(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _round(sign, c, e, ctx):
    """Rounds the finite number (-1)**sign * c * 10**e to ctx: returns (Decimal, status)."""
    if c < ctx._top and ctx.Emin <= e <= ctx._etop:
        # the common case: at most prec digits, no exponent limit reached
        d = _make(sign, c, e)
        return d, 0
    prec = ctx.prec
    etop = ctx._etop
    etiny = ctx.Emin - prec + 1
    if c == 0:
        top = etop if ctx.clamp else ctx.Emax
        if e < etiny:
            return _dec(sign, 0, etiny), _CLAMPED
        if e > top:
            return _dec(sign, 0, top), _CLAMPED
        return _dec(sign, 0, e), 0
    nd = _ndigits(c)
    emin_r = e + nd - prec  # the exponent if rounded to prec digits
    if emin_r > etop:
        return _overflow_result(sign, ctx), _OVERFLOW | _INEXACT | _ROUNDED
    subnormal = emin_r < etiny
    if subnormal:
        emin_r = etiny
    if e < emin_r:
        status = _ROUNDED
        drop = emin_r - e
        e = emin_r
        if nd < drop:
            # everything is dropped and it is below half an ulp
            c = 1 if _increment_sticky(ctx.rounding, sign, 0, -1) else 0
            inexact = True
        else:
            p = _P10[drop] if drop < 80 else _pow10(drop)
            c, r = divmod(c, p)
            inexact = r != 0
            if inexact:
                half = p >> 1  # 5 * 10**(drop-1)
                if _increment_sticky(ctx.rounding, sign, c, (r > half) - (r < half)):
                    c += 1
                    # a carry out of the prec kept digits (99.9 -> 100) makes one digit too many
                    if not subnormal and c == (ctx._top or _pow10(prec)):
                        c //= 10
                        e += 1
                        if e > etop:
                            return _overflow_result(sign, ctx), _OVERFLOW | _INEXACT | _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
                if c == 0:
                    status |= _CLAMPED
        if subnormal:
            status |= _SUBNORMAL
        return _dec(sign, c, e), status
    status = 0
    if subnormal:
        status = _SUBNORMAL
    if ctx.clamp and e > etop:
        c *= _pow10(e - etop)
        e = etop
        status |= _CLAMPED
    return _dec(sign, c, e), status


def _round_raise(sign, c, e, ctx):
    """The finite number (-1)**sign * c * 10**e rounded to ctx, its signals raised on ctx. Inline: the results
    that are normal numbers with an exponent below the clamping limit; _round has the others."""
    top = ctx._top
    if c < top:
        if ctx.Emin <= e <= ctx._etop:
            d = _make(sign, c, e)
            return d
    elif top and e >= ctx.Emin:
        n = c.bit_length()
        if n < _NBITS:  # _ndigits(c) inline
            n = _BITS_DIGITS[n]
            if c >= _P10[n]:
                n += 1
        else:
            n = _ndigits(c)
        drop = n - ctx.prec  # > 0
        ne = e + drop
        if ne <= ctx._etop:
            p = _P10[drop] if drop < 80 else _pow10(drop)
            q, r = divmod(c, p)
            if r:
                rounding = ctx.rounding
                half = p >> 1
                if rounding == ROUND_HALF_EVEN:
                    if r > half or (r == half and q & 1):
                        q += 1
                elif rounding == ROUND_HALF_UP:
                    if r >= half:
                        q += 1
                elif _increment_sticky(rounding, sign, q, (r > half) - (r < half)):
                    q += 1
                if q == top:
                    q //= 10
                    ne += 1
                st = _INEXACT | _ROUNDED
            else:
                st = _ROUNDED
            if ne <= ctx._etop:
                d = _make(sign, q, ne)
                ctx._flags._mask |= st
                return ctx._raise(st, d) if st & ctx._traps._mask else d
    r, st = _round(sign, c, e, ctx)
    return ctx._raise(st, r) if st else r


def _fix_nan(d, ctx):
    # A NaN's payload keeps at most prec - clamp digits.
    keep = ctx.prec - ctx.clamp
    if d._int and _ndigits(d._int) > keep:
        return _dec(d._sign, d._int % _pow10(keep) if keep > 0 else 0, d._exp, True)
    return d


def _fix(d, ctx):
    if d._is_special:
        if d._exp == 'F':
            return d, 0
        return _fix_nan(d, ctx), 0
    return _round(d._sign, d._int, d._exp, ctx)


def _nans(a, b, ctx):
    """The NaN result of an operation on a and b (b may be None), or None if neither is a NaN."""
    ea = a._exp
    eb = b._exp if b is not None else 0
    if ea == 'N':
        return _fix_nan(_dec(a._sign, a._int, 'n', True), ctx), _INVALID
    if eb == 'N':
        return _fix_nan(_dec(b._sign, b._int, 'n', True), ctx), _INVALID
    if ea == 'n':
        return _fix_nan(a, ctx), 0
    if eb == 'n':
        return _fix_nan(b, ctx), 0
    return None


_new = object.__new__


def _dec(sign, c, e, special=False):
    if not special:
        return _make(sign, c, e)
    d = _new(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._is_special = special
    return d


def _parse(s, strict=False):
    """Parses a numeric string: returns a Decimal, or None on a syntax error. Unless strict, surrounding whitespace
    and underscores are ignored."""
    if not strict:
        s = s.strip()
        if '_' in s:
            s = s.replace('_', '')
    elif s != s.strip() or '_' in s:
        return None
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        s = ''.join(chars)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _INF[sign]
    if low.startswith('nan') or low.startswith('snan'):
        payload = low[3:] if low[0] == 'n' else low[4:]
        if payload and not payload.isdigit():
            return None
        return _dec(sign, _stoi(payload) if payload else 0, 'n' if low[0] == 'n' else 'N', True)
    mant, mark, expo = low.partition('e')
    if mark:
        digits = expo[1:] if expo[:1] in ('+', '-') else expo
        if not digits.isdigit():
            return None
        e = _stoi(digits) if len(digits) < 4000 else None
        if e is None:
            return None
        if expo[0] == '-':
            e = -e
    else:
        e = 0
    ip, dot, fp = mant.partition('.')
    digits = ip + fp
    if not digits or not digits.isdigit():
        return None
    return _dec(sign, _stoi(digits), e - len(fp))


def _from_float(f):
    if f != f:
        return _NAN
    if f in (_FLOAT_INF, -_FLOAT_INF):
        return _INF[f < 0]
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d == 2**k
    return _dec(sign, n * 5 ** k, -k)


def _from_int(i):
    if type(i) is not int:
        i = int.__int__(i)  # a bool or another int subclass: its plain value
    if i < 0:
        return _dec(1, -i, 0)
    return _dec(0, i, 0)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = True
    elif isinstance(exp, int):
        special = False
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + digit
    if exp == 'F':
        return _INF[sign]
    if not special and not -(1 << 63) <= exp < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return _dec(sign, c, exp, special)


def _out_of_range(d):
    # An exponent libmpdec cannot hold even in its widest context.
    if d._is_special:
        return False
    return d._exp < MIN_ETINY or d._exp + _ndigits(d._int) - 1 > MAX_EMAX


def _convert_other(other, allow_float=False):
    # Operand conversion for arithmetic: Decimal and int only.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert_strict(other):
    # Operand conversion for methods: TypeError for unsupported types.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _get_ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_ROUNDING_SET = frozenset(_ROUNDINGS)


def _check_rounding(rounding):
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                        '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
    return rounding


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


def _cmp(a, b):
    """-1, 0 or 1 comparing a and b, neither a NaN."""
    if a._is_special or b._is_special:
        va = (-1 if a._sign else 1) if a._is_special else 0
        vb = (-1 if b._sign else 1) if b._is_special else 0
        if va == vb:
            return 0
        if a._is_special and b._is_special:
            return -1 if va < vb else 1
        if a._is_special:
            return va
        return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return 1 if b._sign else -1
    if a._exp == b._exp:
        r = (a._int > b._int) - (a._int < b._int)
        return -r if a._sign else r
    aa = a._exp + _ndigits(a._int)
    ab = b._exp + _ndigits(b._int)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        ca, cb = a._int, b._int
        if a._exp > b._exp:
            ca *= _pow10(a._exp - b._exp)
        elif b._exp > a._exp:
            cb *= _pow10(b._exp - a._exp)
        r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


def _cmp_fast(a, b):
    """-1, 0 or 1 comparing the finite Decimal a with a finite Decimal or an int b; None in the other cases."""
    if a._is_special:
        return None
    t = type(b)
    if t is Decimal:
        if b._is_special:
            return None
        if a._exp == b._exp and a._sign == b._sign:
            ca = a._int
            cb = b._int
            r = (ca > cb) - (ca < cb)
            return -r if a._sign else r
        return _cmp(a, b)
    if t is int:
        x = -a._int if a._sign else a._int
        e = a._exp
        if e >= 0:
            if e >= 80:
                return None
            x *= _P10[e]
        elif e > -80:
            b *= _P10[-e]
        else:
            return None
        return (x > b) - (x < b)
    return None


def _cmp_mag(a, b):
    return _cmp(_dec(0, a._int, a._exp, a._is_special), _dec(0, b._int, b._exp, b._is_special))


_FLOAT_INF = float('inf')
_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
_HASH_P10 = [pow(10, _i, _HASH_MODULUS) for _i in range(80)]
_HASH_P10INV = [pow(_HASH_10INV, _i, _HASH_MODULUS) for _i in range(80)]


def _rich_operands(self, other, ordering):
    """Operands of a comparison as two Decimals, or NotImplemented. A Rational scales self instead."""
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, int):
        return self, _from_int(other)
    if isinstance(other, float):
        ctx = getcontext()
        ctx._raise(_FLOAT, None, ordering)
        return self, _from_float(other)
    if isinstance(other, complex):
        if ordering or other.imag != 0:
            return NotImplemented
        ctx = getcontext()
        ctx._raise(_FLOAT, None, False)
        return self, _from_float(other.real)
    if isinstance(other, _numbers.Rational):
        num = _from_int(other.numerator)
        if self._is_special:
            return self, num
        return _dec(self._sign, self._int * other.denominator, self._exp), num
    return NotImplemented


def _compare_nans(a, b, ordering):
    # The result of comparing when a NaN is involved, or None.
    if a._exp in ('n', 'N') or b._exp in ('n', 'N'):
        if ordering or a._exp == 'N' or b._exp == 'N':
            getcontext()._raise(_INVALID)
        return True
    return None


# ---------------------------------------------------------------------------------------------------------------
# Decimal

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""

    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        if cls is Decimal and context is None:
            # fast paths: an int, or a plain ASCII string [sign]digits[.digits]
            t = type(value)
            if t is int:
                return _make(1, -value, 0) if value < 0 else _make(0, value, 0)
            if t is str and len(value) < 4000 and value.isascii():
                ip, dot, fp = value.partition('.')
                sign = 0
                if ip[:1] == '-':
                    sign = 1
                    ip = ip[1:]
                elif ip[:1] == '+':
                    ip = ip[1:]
                ip += fp
                if ip.isdigit():
                    return _make(sign, int(ip), -len(fp))
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            d = _parse(value)
            if d is None:
                _get_ctx(context)._raise(_CONVERSION)
                d = _NAN
            elif _out_of_range(d):
                _get_ctx(context)._raise(_INVALID)
                d = _NAN
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            _get_ctx(context)._raise(_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
            if _out_of_range(d):
                _get_ctx(context)._raise(_INVALID)
                d = _NAN
        elif isinstance(value, complex):
            raise TypeError('conversion from complex to Decimal is not supported')
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._is_special = d._is_special
        return self

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions to other types ----------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        if not (eng or self._is_special) and self._exp <= 0:
            # fast path: plain notation, no exponent (capitals does not matter)
            c = self._int
            digits = str(c) if c < _P10_4000 else _itos(c)
            exp = self._exp
            if exp:
                n = len(digits) + exp
                if n > 0:
                    digits = digits[:n] + '.' + digits[n:]
                elif n > -6:
                    digits = '0.' + '0' * -n + digits
                else:
                    return _to_string(self, False, 1)
            return '-' + digits if self._sign else digits
        if context is None:
            capitals = getcontext().capitals
        else:
            capitals = _get_ctx(context).capitals
        return _to_string(self, eng, capitals)

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        return _to_string(self, True, _get_ctx(context).capitals)

    def __repr__(self):
        return "Decimal('%s')" % Decimal.__str__(self)

    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
            return -_FLOAT_INF if self._sign else _FLOAT_INF
        return float(_to_string(self, False, 1))

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * _pow10(self._exp)
        elif -self._exp > _ndigits(self._int):
            v = 0
        else:
            v = self._int // _pow10(-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly equal to the original Decimal."""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if not self._int:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= _pow10(self._exp)
        else:
            d = _pow10(-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple(map(int, _itos(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if 0 <= e < 80:
            h = self._int * _HASH_P10[e] % _HASH_MODULUS
        elif -80 < e < 0:
            h = self._int * _HASH_P10INV[-e] % _HASH_MODULUS
        elif e >= 0:
            h = self._int * pow(10, e, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -e, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- comparisons -------------------------------------------------------------------------------------------

    def __eq__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r == 0
        ops = _rich_operands(self, other, False)
        if ops is NotImplemented:
            return ops
        a, b = ops
        if (a._is_special or b._is_special) and _compare_nans(a, b, False):
            return False
        return _cmp(a, b) == 0

    def __ne__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r != 0
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        ops = _rich_operands(self, other, True)
        if ops is NotImplemented:
            return None
        a, b = ops
        if (a._is_special or b._is_special) and _compare_nans(a, b, True):
            return False
        return _cmp(a, b)

    def __lt__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r < 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r is not False and r < 0

    def __le__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r <= 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r is not False and r <= 0

    def __gt__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r > 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r is not False and r > 0

    def __ge__(self, other, context=None):
        r = _cmp_fast(self, other)
        if r is not None:
            return r >= 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r is not False and r >= 0

    # -- rounding to integers ----------------------------------------------------------------------------------

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            ctx = getcontext()
            r, st = _quantize(self, _dec(0, 1, -n), ctx, ctx.rounding)
            return ctx._raise(st, r)
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(_to_integral(self, ROUND_HALF_EVEN)[0])

    def __floor__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(_to_integral(self, ROUND_FLOOR)[0])

    def __ceil__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(_to_integral(self, ROUND_CEILING)[0])

    # -- arithmetic --------------------------------------------------------------------------------------------

    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_other(other)
            if other is NotImplemented:
                return other
        if context is None:
            try:
                ctx = _ctx_get()
            except LookupError:
                ctx = getcontext()
        else:
            ctx = _get_ctx(context)
        e = self._exp
        if e == other._exp and not (self._is_special or other._is_special):
            # fast path for equal exponents; _add_sub has the others
            ca = self._int
            cb = other._int
            v = (ca + cb) if self._sign == other._sign else (ca - cb)
            if v and ctx.Emin <= e <= ctx._etop:
                sign = self._sign
                if v < 0:
                    sign ^= 1
                    v = -v
                if v < ctx._top:
                    r = _make(sign, v, e)
                    return r
        return _add_sub(self, other, ctx, other._sign)

    def __radd__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        ctx = getcontext() if context is None else _get_ctx(context)
        return _add_sub(other, self, ctx, self._sign)

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_other(other)
            if other is NotImplemented:
                return other
        if context is None:
            try:
                ctx = _ctx_get()
            except LookupError:
                ctx = getcontext()
        else:
            ctx = _get_ctx(context)
        e = self._exp
        if e == other._exp and not (self._is_special or other._is_special):
            # fast path for equal exponents; _add_sub has the others
            ca = self._int
            cb = other._int
            v = (ca - cb) if self._sign == other._sign else (ca + cb)
            if v and ctx.Emin <= e <= ctx._etop:
                sign = self._sign
                if v < 0:
                    sign ^= 1
                    v = -v
                if v < ctx._top:
                    r = _make(sign, v, e)
                    return r
        return _add_sub(self, other, ctx, other._sign ^ 1)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        ctx = getcontext() if context is None else _get_ctx(context)
        return _add_sub(other, self, ctx, self._sign ^ 1)

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_other(other)
            if other is NotImplemented:
                return other
        if context is None:
            try:
                ctx = _ctx_get()
            except LookupError:
                ctx = getcontext()
        else:
            ctx = _get_ctx(context)
        if not (self._is_special or other._is_special):
            c = self._int * other._int
            e = self._exp + other._exp
            if c < ctx._top and ctx.Emin <= e <= ctx._etop:
                r = _make(self._sign ^ other._sign, c, e)
                return r
            return _round_raise(self._sign ^ other._sign, c, e, ctx)
        r, st = _mul(self, other, ctx)
        return ctx._raise(st, r) if st else r

    def __rmul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        ctx = getcontext() if context is None else _get_ctx(context)
        if not (self._is_special or other._is_special):
            return _round_raise(self._sign ^ other._sign, other._int * self._int, other._exp + self._exp, ctx)
        r, st = _mul(other, self, ctx)
        return ctx._raise(st, r) if st else r

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_other(other)
            if other is NotImplemented:
                return other
        if context is None:
            try:
                ctx = _ctx_get()
            except LookupError:
                ctx = getcontext()
        else:
            ctx = _get_ctx(context)
        if not (self._is_special or other._is_special):
            r = _div_fast(self, other, ctx)
            if r is not None:
                return r
        r, st = _div(self, other, ctx)
        return ctx._raise(st, r) if st else r

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        ctx = getcontext() if context is None else _get_ctx(context)
        if not (self._is_special or other._is_special):
            r = _div_fast(other, self, ctx)
            if r is not None:
                return r
        r, st = _div(other, self, ctx)
        return ctx._raise(st, r) if st else r

    def __floordiv__(self, other, context=None):
        return _binary(_divint, self, other, context)

    def __rfloordiv__(self, other, context=None):
        return _binary(_divint, other, self, context, True)

    def __mod__(self, other, context=None):
        return _binary(_rem, self, other, context)

    def __rmod__(self, other, context=None):
        return _binary(_rem, other, self, context, True)

    def __divmod__(self, other, context=None):
        return _binary(_divmod, self, other, context)

    def __rdivmod__(self, other, context=None):
        return _binary(_divmod, other, self, context, True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            if not isinstance(other, (Decimal, int)) or not isinstance(modulo, (Decimal, int)):
                if isinstance(other, (Decimal, int)) and context is None:
                    raise TypeError('pow() 3rd argument not allowed unless all arguments are integers')
                return NotImplemented
            ctx = getcontext() if context is None else _get_ctx(context)
            r, st = _pow_mod(self, _convert_other(other), _convert_other(modulo), ctx)
            return ctx._raise(st, r) if st else r
        return _binary(_pow, self, other, context)

    def __rpow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return NotImplemented
        return _binary(_pow, other, self, context, True)

    def __neg__(self, context=None):
        return _unary(_plus, self, context, True)

    def __pos__(self, context=None):
        return _unary(_plus, self, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _unary(_plus, self, context, False, True)

    def sqrt(self, context=None):
        """Return the square root of the argument to full precision."""
        return _unary(_sqrt, self, context)

    def exp(self, context=None):
        """Return the value of the (natural) exponential function e**x."""
        return _unary(_exp, self, context)

    def ln(self, context=None):
        """Return the natural (base e) logarithm of the operand."""
        return _unary(_ln, self, context)

    def log10(self, context=None):
        """Return the base 10 logarithm of the operand."""
        return _unary(_log10, self, context)

    def logb(self, context=None):
        """Return the adjusted exponent of the operand as a Decimal."""
        return _unary(_logb, self, context)

    def normalize(self, context=None):
        """Normalize the number by stripping trailing zeros."""
        return _unary(_normalize, self, context)

    def next_minus(self, context=None):
        """Return the largest number representable in the given context smaller than the operand."""
        return _unary(_next, self, context, False)

    def next_plus(self, context=None):
        """Return the smallest number representable in the given context larger than the operand."""
        return _unary(_next, self, context, True)

    def logical_invert(self, context=None):
        """Return the digit-wise inversion of the (logical) operand."""
        return _unary(_invert, self, context)

    def compare(self, other, context=None):
        """Compare self to other."""
        return _method(_compare, self, other, context)

    def compare_signal(self, other, context=None):
        """Identical to compare, except that all NaNs signal."""
        return _method(_compare_signal, self, other, context)

    def compare_total(self, other, context=None):
        """Compare two operands using their abstract representation rather than their numerical value."""
        other = _convert_strict(other)
        return _from_int(_compare_total(self, other))

    def compare_total_mag(self, other, context=None):
        """Compare two operands using their abstract representation rather than their value, ignoring sign."""
        other = _convert_strict(other)
        return _from_int(_compare_total(self, other, True))

    def max(self, other, context=None):
        """Maximum of self and other."""
        return _method(_minmax, self, other, context, True, False)

    def min(self, other, context=None):
        """Minimum of self and other."""
        return _method(_minmax, self, other, context, False, False)

    def max_mag(self, other, context=None):
        """Similar to the max() method, but the comparison is done using the absolute values of the operands."""
        return _method(_minmax, self, other, context, True, True)

    def min_mag(self, other, context=None):
        """Similar to the min() method, but the comparison is done using the absolute values of the operands."""
        return _method(_minmax, self, other, context, False, True)

    def remainder_near(self, other, context=None):
        """Return the remainder from dividing self by other, rounded to nearest."""
        return _method(_rem, self, other, context, True)

    def next_toward(self, other, context=None):
        """Return the number closest to self, in the direction towards other."""
        return _method(_next_toward, self, other, context)

    def logical_and(self, other, context=None):
        """Return the digit-wise 'and' of the two (logical) operands."""
        return _method(_logical, self, other, context, 'and')

    def logical_or(self, other, context=None):
        """Return the digit-wise 'or' of the two (logical) operands."""
        return _method(_logical, self, other, context, 'or')

    def logical_xor(self, other, context=None):
        """Return the digit-wise 'exclusive or' of the two (logical) operands."""
        return _method(_logical, self, other, context, 'xor')

    def shift(self, other, context=None):
        """Return the result of shifting the digits of the first operand by an amount specified by the second."""
        return _method(_shift, self, other, context, False)

    def rotate(self, other, context=None):
        """Return the result of rotating the digits of the first operand by an amount specified by the second."""
        return _method(_shift, self, other, context, True)

    def scaleb(self, other, context=None):
        """Return the first operand with the exponent adjusted the second."""
        return _method(_scaleb, self, other, context)

    def fma(self, other, third, context=None):
        """Fused multiply-add: self*other+third with no rounding of the intermediate product."""
        other = _convert_strict(other)
        third = _convert_strict(third)
        ctx = _get_ctx(context)
        r, st = _fma(self, other, third, ctx)
        return ctx._raise(st, r) if st else r

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        if type(exp) is not Decimal:
            exp = _convert_strict(exp)
        if context is None:
            try:
                ctx = _ctx_get()
            except LookupError:
                ctx = getcontext()
        else:
            ctx = _get_ctx(context)
        if rounding is None:
            rounding = ctx.rounding
        elif type(rounding) is not str or rounding not in _ROUNDING_SET:
            _check_rounding(rounding)
        if not (self._is_special or exp._is_special):
            # fast path: a new exponent where nothing can be subnormal or clamped, and at most prec digits
            e = exp._exp
            if ctx.Emin <= e <= ctx._etop:
                c = self._int
                d = self._exp - e
                if d >= 0:
                    if d < 80:
                        c *= _P10[d]
                        if c < ctx._top:
                            r = _make(self._sign, c, e)
                            return r
                elif d > -80 and c:
                    p = _P10[-d]
                    c, rest = divmod(c, p)
                    if rest:
                        half = p >> 1
                        if rounding == ROUND_HALF_UP:
                            if rest >= half:
                                c += 1
                        elif rounding == ROUND_HALF_EVEN:
                            if rest > half or (rest == half and c & 1):
                                c += 1
                        elif _increment_sticky(rounding, self._sign, c, (rest > half) - (rest < half)):
                            c += 1
                        st = _ROUNDED | _INEXACT
                    else:
                        st = _ROUNDED
                    if c < ctx._top:
                        r = _make(self._sign, c, e)
                        ctx._flags._mask |= st
                        return ctx._raise(st, r) if st & ctx._traps._mask else r
        r, st = _quantize(self, exp, ctx, rounding)
        return ctx._raise(st, r) if st else r

    def to_integral_value(self, rounding=None, context=None):
        """Round to the nearest integer without signaling Inexact or Rounded."""
        ctx = _get_ctx(context)
        rounding = ctx.rounding if rounding is None else _check_rounding(rounding)
        if self._is_special:
            n = _nans(self, None, ctx)
            if n:
                return ctx._raise(n[1], n[0]) if n[1] else n[0]
            return self
        return _to_integral(self, rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to the nearest integer, signaling Inexact or Rounded as appropriate."""
        ctx = _get_ctx(context)
        rounding = ctx.rounding if rounding is None else _check_rounding(rounding)
        if self._is_special:
            n = _nans(self, None, ctx)
            if n:
                return ctx._raise(n[1], n[0]) if n[1] else n[0]
            return self
        if self._exp >= 0:
            return self
        if not self._int:
            return _dec(self._sign, 0, 0)
        r, inexact = _to_integral(self, rounding)
        return ctx._raise(_ROUNDED | (_INEXACT if inexact else 0), r)

    # -- properties and copies ---------------------------------------------------------------------------------

    def adjusted(self):
        """Return the adjusted exponent of the number."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        """Return the canonical encoding of the argument."""
        return self

    def radix(self):
        """Return Decimal(10), the radix (base) in which the Decimal class does all its arithmetic."""
        return Decimal(10)

    def copy_abs(self):
        """Return the absolute value of the argument."""
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        """Return the negation of the argument."""
        return _dec(self._sign ^ 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        """Return a copy of the first operand with the sign set to be the same as the sign of the second."""
        other = _convert_strict(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    def same_quantum(self, other, context=None):
        """Test whether self and other have the same exponent or whether both are NaN."""
        other = _convert_strict(other)
        if self._is_special or other._is_special:
            return (self._is_special and other._is_special and
                    (self._exp == 'F') == (other._exp == 'F'))
        return self._exp == other._exp

    def number_class(self, context=None):
        """Return a string describing the class of the operand."""
        return _number_class(self, _get_ctx(context))

    def is_canonical(self):
        """Return True if the argument is canonical and False otherwise."""
        return True

    def is_finite(self):
        """Return True if the argument is a finite number, and False if it is an infinity or a NaN."""
        return not self._is_special

    def is_infinite(self):
        """Return True if the argument is either positive or negative infinity and False otherwise."""
        return self._exp == 'F'

    def is_nan(self):
        """Return True if the argument is a (quiet or signaling) NaN and False otherwise."""
        return self._exp in ('n', 'N')

    def is_qnan(self):
        """Return True if the argument is a quiet NaN, and False otherwise."""
        return self._exp == 'n'

    def is_snan(self):
        """Return True if the argument is a signaling NaN and False otherwise."""
        return self._exp == 'N'

    def is_signed(self):
        """Return True if the argument has a negative sign and False otherwise."""
        return self._sign == 1

    def is_zero(self):
        """Return True if the argument is a (positive or negative) zero and False otherwise."""
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        """Return True if the argument is a normal finite non-zero number with an adjusted exponent greater than or
        equal to Emin."""
        if self._is_special or not self._int:
            return False
        return _adjusted(self) >= _get_ctx(context).Emin

    def is_subnormal(self, context=None):
        """Return True if the argument is subnormal, and False otherwise."""
        if self._is_special or not self._int:
            return False
        return _adjusted(self) < _get_ctx(context).Emin

    def _rescale(self, exp, rounding):
        # _pydecimal's helper (CPython's tests use it): self at exponent exp, ignoring the context's limits.
        if self._is_special:
            return self
        if not self._int:
            return _dec(self._sign, 0, exp)
        c, _ = _rescale(self._sign, self._int, self._exp, exp, rounding)
        return _dec(self._sign, c, exp)

    def _round(self, places, rounding):
        # _pydecimal's helper: self rounded to `places` significant digits, ignoring the context.
        if places <= 0:
            raise ValueError('argument should be at least 1 in _round')
        if self._is_special or not self._int:
            return self
        r = self._rescale(self.adjusted() + 1 - places, rounding)
        if r.adjusted() != self.adjusted():
            r = r._rescale(r.adjusted() + 1 - places, rounding)
        return r

    def __format__(self, specifier, context=None, _localeconv=None):
        return _format(self, specifier, context, _localeconv)


try:
    from _decimal_helpers import init as _helpers_init, methods as _helpers_methods
    _make = _helpers_init(Decimal)
except ImportError:  # this file run by another Python
    _helpers_methods = None

    def _make(sign, c, e):
        """A new finite Decimal (-1)**sign * c * 10**e."""
        d = _new(Decimal)
        d._sign = sign
        d._int = c
        d._exp = e
        d._is_special = False
        return d


# ---------------------------------------------------------------------------------------------------------------
# Arithmetic on Decimals: each function returns (result, status).

def _add_sub(a, b, ctx, sb):
    """a + b, or a - b when sb is the opposite of b's sign: the Decimal result, its signals raised on ctx."""
    if not (a._is_special or b._is_special):
        # fast path: the exponents differ by at most prec, so the aligned sum is exact (no sticky digit needed)
        ca = a._int
        cb = b._int
        e = a._exp
        d = e - b._exp
        if d:
            if 0 < d <= ctx.prec:
                ca *= _P10[d] if d < 80 else _pow10(d)
                e -= d
            elif d < 0 and -d <= ctx.prec:
                cb *= _P10[-d] if d > -80 else _pow10(-d)
            else:
                ca = None
        if ca is not None:
            if a._sign:
                v = -ca - cb if sb else cb - ca
            else:
                v = ca - cb if sb else ca + cb
            if v:  # a zero sum's sign depends on the operands and the rounding
                if v < 0:
                    sign = 1
                    v = -v
                else:
                    sign = 0
                return _round_raise(sign, v, e, ctx)
    r, st = _add(a, b, ctx, sb != b._sign)
    return ctx._raise(st, r) if st else r


def _add(a, b, ctx, negate_b=False):
    sb = b._sign ^ 1 if negate_b else b._sign
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != sb:
                return _NAN, _INVALID
            return a, 0
        return _INF[sb], 0
    sa = a._sign
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if not ca or not cb:
        if not ca and not cb:
            if sa == sb:
                sign = sa
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _round(sign, 0, min(ea, eb), ctx)
        if not ca:
            # 0 + b: b at the smaller exponent, padded by at most prec + 1 digits
            e = max(min(ea, eb), eb - ctx.prec - 1)
            return _round(sb, cb * _pow10(eb - e), e, ctx)
        e = max(min(ea, eb), ea - ctx.prec - 1)
        return _round(sa, ca * _pow10(ea - e), e, ctx)
    # an operand far below the other's last relevant digit only acts as a sticky bit
    if not -ctx.prec - 3 <= ea - eb <= ctx.prec + 3:
        adj_a = ea + _ndigits(ca)
        adj_b = eb + _ndigits(cb)
        if adj_a > adj_b:
            limit = min(ea, adj_a - ctx.prec - 1) - 2
            if adj_b < limit:
                cb, eb = 1, limit - 1
        elif adj_b > adj_a:
            limit = min(eb, adj_b - ctx.prec - 1) - 2
            if adj_a < limit:
                ca, ea = 1, limit - 1
    if ea > eb:
        ca *= _pow10(ea - eb)
        e = eb
    else:
        cb *= _pow10(eb - ea)
        e = ea
    va = -ca if sa else ca
    vb = -cb if sb else cb
    v = va + vb
    if v == 0:
        return _round(1 if ctx.rounding == ROUND_FLOOR else 0, 0, e, ctx)
    if v < 0:
        return _round(1, -v, e, ctx)
    return _round(0, v, e, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if (a._exp == 'F' and not b._is_special and not b._int) or \
                (b._exp == 'F' and not a._is_special and not a._int):
            return _NAN, _INVALID
        return _INF[sign], 0
    return _round(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div_fast(a, b, ctx):
    """The quotient of two finite nonzero Decimals when it is a normal number with no exact digits dropped (the
    common case), its signals raised on ctx; None in the other cases (left to _div)."""
    ca = a._int
    cb = b._int
    if not (ca and cb):
        return None
    prec = ctx.prec
    # q gets prec or prec + 1 digits: ca * 10**shift has exactly prec more digits than cb
    shift = _ndigits(cb) - _ndigits(ca) + prec
    if shift >= 0:
        ca *= _P10[shift] if shift < 80 else _pow10(shift)
    else:
        cb *= _P10[-shift] if shift > -80 else _pow10(-shift)
    q, r = divmod(ca, cb)
    e = a._exp - b._exp - shift
    top = ctx._top or _pow10(prec)
    if not r:
        # exact: the exponent is the ideal one, a._exp - b._exp, or as close to it as prec digits allow
        ideal = a._exp - b._exp
        if e < ideal:
            q, n = _strip_zeros(q, ideal - e)
            e += n
        if e > ideal or q >= top or not ctx.Emin <= e <= ctx._etop:
            return None  # zeros must be dropped (Rounded), or an exponent limit is reached
        d = _make(a._sign ^ b._sign, q, e)
        return d
    if q >= top:
        # one digit too many: the dropped digit and the remainder decide the rounding
        q, digit = divmod(q, 10)
        e += 1
        if digit != 5:
            cmp = 1 if digit > 5 else -1
        else:
            cmp = 1  # r != 0
    else:
        r += r
        cmp = (r > cb) - (r < cb)
    if e < ctx.Emin:
        return None  # the unrounded quotient may be subnormal (0.0999 -> 0.1 is Underflow)
    sign = a._sign ^ b._sign
    if _increment_sticky(ctx.rounding, sign, q, cmp):
        q += 1
        if q == top:
            q //= 10
            e += 1
    if e > ctx._etop:
        return None
    d = _make(sign, q, e)
    ctx._flags._mask |= _INEXACT | _ROUNDED
    return ctx._raise(_INEXACT | _ROUNDED, d) if ctx._traps._mask & (_INEXACT | _ROUNDED) else d


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if a._exp == 'F':
            if b._exp == 'F':
                return _NAN, _INVALID
            return _INF[sign], 0
        return _dec(sign, 0, ctx.Emin - ctx.prec + 1), _CLAMPED
    if not b._int:
        if not a._int:
            return _NAN, _DIV_UNDEFINED
        return _INF[sign], _DIV_BY_ZERO
    ideal = a._exp - b._exp
    if not a._int:
        return _round(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    shift = _ndigits(cb) - _ndigits(ca) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    elif e < ideal:
        q, n = _strip_zeros(q, ideal - e)
        e += n
    return _round(sign, q, e, ctx)


def _divmod_core(a, b, ctx, nearest=False):
    """Finite a, nonzero finite b: (quotient int, sign, remainder coefficient, remainder sign, exponent), or None if
    the quotient has more than prec digits."""
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    e = min(ea, eb)
    if not ca:
        return 0, a._sign ^ b._sign, 0, a._sign, e
    adj_a = ea + _ndigits(ca)
    adj_b = eb + _ndigits(cb)
    if adj_a - adj_b > ctx.prec:
        return None
    if adj_a < adj_b - 1:
        # |a| < |b| / 10: the quotient is 0 (also to nearest)
        return 0, a._sign ^ b._sign, ca * _pow10(ea - e), a._sign, e
    if ca:
        ca *= _pow10(ea - e)
    cb *= _pow10(eb - e)
    q, r = divmod(ca, cb)
    rsign = a._sign
    if nearest:
        twice = 2 * r
        if twice > cb or (twice == cb and q & 1):
            q += 1
            r = cb - r
            rsign ^= 1
    if q and _ndigits(q) > ctx.prec:
        return None
    return q, a._sign ^ b._sign, r, rsign, e


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if a._exp == 'F':
            if b._exp == 'F':
                return _NAN, _INVALID
            return _INF[sign], 0
        return _dec(sign, 0, 0), 0
    if not b._int:
        if not a._int:
            return _NAN, _DIV_UNDEFINED
        return _INF[sign], _DIV_BY_ZERO
    res = _divmod_core(a, b, ctx)
    if res is None:
        return _NAN, _DIV_IMPOSSIBLE
    return _round(sign, res[0], 0, ctx)


def _rem(a, b, ctx, nearest=False):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if a._exp == 'F':
            return _NAN, _INVALID
        return _round(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _NAN, _DIV_UNDEFINED
        return _NAN, _INVALID
    res = _divmod_core(a, b, ctx, nearest)
    if res is None:
        return _NAN, _DIV_IMPOSSIBLE
    q, qsign, r, rsign, e = res
    if not r:
        rsign = a._sign
    return _round(rsign, r, e, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return (n[0], n[0]), n[1]
        if a._exp == 'F':
            if b._exp == 'F':
                return (_NAN, _NAN), _INVALID
            return (_INF[sign], _NAN), _INVALID
        r, st = _round(a._sign, a._int, a._exp, ctx)
        return (_dec(sign, 0, 0), r), st
    if not b._int:
        if not a._int:
            return (_NAN, _NAN), _DIV_UNDEFINED
        return (_INF[sign], _NAN), _INVALID | _DIV_BY_ZERO
    res = _divmod_core(a, b, ctx)
    if res is None:
        return (_NAN, _NAN), _DIV_IMPOSSIBLE
    q, qsign, r, rsign, e = res
    quot, st1 = _round(sign, q, 0, ctx)
    rem, st = _round(rsign, r, e, ctx)
    return (quot, rem), st1 | st


def _plus(a, ctx, negate=False, absolute=False):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
    if absolute:
        sign = 0
    elif negate:
        sign = a._sign ^ 1
    else:
        sign = a._sign
    if not a._is_special and not a._int and sign:
        # 0 + (-0) is -0 only when rounding toward -Infinity
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
    if a._is_special:
        return _INF[sign], 0
    return _round(sign, a._int, a._exp, ctx)


def _rescale(sign, c, e, newexp, rounding):
    # (coefficient, inexact) of c * 10**e at exponent newexp
    if e >= newexp:
        return c * _pow10(e - newexp), False
    return _round_digits(sign, c, newexp - e, rounding)


def _quantize(a, b, ctx, rounding):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
        if a._exp == 'F' and b._exp == 'F':
            return a, 0
        return _NAN, _INVALID
    exp = b._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        return _NAN, _INVALID
    if not a._int:
        return _round(a._sign, 0, exp, ctx)
    adj = _adjusted(a)
    if adj > ctx.Emax or adj - exp + 1 > ctx.prec:
        return _NAN, _INVALID
    c, inexact = _rescale(a._sign, a._int, a._exp, exp, rounding)
    if c and (_ndigits(c) > ctx.prec or _ndigits(c) + exp - 1 > ctx.Emax):
        # too many digits, or a carry (999.9 -> 1000) went past Emax
        return _NAN, _INVALID
    status = 0
    if c and _ndigits(c) + exp - 1 < ctx.Emin:
        status |= _SUBNORMAL
    if exp > a._exp:
        if inexact:
            status |= _INEXACT
        status |= _ROUNDED
    r, st = _round(a._sign, c, exp, ctx)
    return r, status | st


def _to_integral(a, rounding):
    # (integral value, inexact); a must not be a NaN
    if a._is_special or a._exp >= 0:
        return a, False
    c, inexact = _round_digits(a._sign, a._int, -a._exp, rounding)
    return _dec(a._sign, c, 0), inexact


def _sqrt(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        if a._sign:
            return _NAN, _INVALID
        return a, 0
    ideal = a._exp >> 1
    if not a._int:
        return _round(a._sign, 0, ideal, ctx)
    if a._sign:
        return _NAN, _INVALID
    prec = ctx.prec
    c, e = a._int, a._exp
    shift = max(0, 2 * prec + 2 - _ndigits(c))
    if (e - shift) & 1:
        shift += 1
    c *= _pow10(shift)
    e = (e - shift) >> 1
    r = _isqrt(c)
    if r * r != c:
        if r % 5 == 0:
            r += 1
    elif e < ideal:
        r, n = _strip_zeros(r, ideal - e)
        e += n
    return _round(0, r, e, ctx._even())


# -- fixed-point transcendental functions ------------------------------------------------------------------------

_ln_cache = {}


def _atanh_inv(n, w):
    # atanh(1/n) * 10**w, error < 1
    s = _pow10(w + 5)
    x = s // n
    total = x
    n2 = n * n
    k = 3
    while x:
        x //= n2
        total += x // k
        k += 2
    return total // 100000


def _ln_const(which, w):
    # ln(2) or ln(10) times 10**w, error < 1 unit
    cached = _ln_cache.get(which)
    if cached is not None and cached[0] >= w:
        return cached[1] // _pow10(cached[0] - w)
    ww = max(w + 10, 60)
    ln2 = 2 * _atanh_inv(3, ww)
    ln10 = 3 * ln2 + 2 * _atanh_inv(9, ww)
    _ln_cache[2] = (ww - 2, ln2 // 100)
    _ln_cache[10] = (ww - 2, ln10 // 100)
    return _ln_const(which, w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, with an error of at most a few units."""
    nd = _ndigits(c)
    adj = e + nd - 1
    r = 4 + int(w ** 0.5) // 2
    guard = 12 + (3 * r) // 10
    W = w + guard
    S = _pow10(W)
    shift = W - nd + 1
    M = c * _pow10(shift) if shift >= 0 else c // _pow10(-shift)
    # M / S is in [1, 10): divide by 2**k to bring it near 1
    k = 0
    limit = (S * 1414) // 1000
    while M > limit:
        M >>= 1
        k += 1
    for _ in range(r):
        M = _isqrt(M * S)
    z = (M - S) * S // (M + S)
    negative = z < 0
    z = abs(z)
    z2 = z * z // S
    term = z
    total = z
    j = 3
    while term:
        term = term * z2 // S
        total += term // j
        j += 2
    if negative:
        total = -total
    result = (total << (r + 1)) + k * _ln_const(2, W)
    if adj:
        da = _ndigits(abs(adj))
        result += adj * _ln_const(10, W + da) // _pow10(da)
    return result // _pow10(guard)


def _exp_fixed(X, w):
    """exp(X / 10**w) as (E, k) with E / 10**w * 10**k the value, E / 10**w in [0.3, 3.2], error a few units."""
    r = 4 + int(w ** 0.5) // 2
    guard = 12 + (3 * r) // 10
    W = w + guard
    S = _pow10(W)
    ln10_w = _ln_const(10, w + 2)
    k = (X * 100 + ln10_w // 2) // ln10_w
    dk = _ndigits(abs(k)) if k else 0
    Y = X * _pow10(guard) - k * _ln_const(10, W + dk) // _pow10(dk)
    negative = Y < 0
    Y = abs(Y) >> r
    term = S
    total = S
    n = 1
    while term:
        term = term * Y // (S * n)
        total += term
        n += 1
    for _ in range(r):
        total = total * total // S
    if negative:
        total = S * S // total
    return total // _pow10(guard), k


def _ziv_round(sign, lo, hi, e, ctx):
    """Rounds a value known to lie strictly between lo and hi (coefficients at exponent e): returns (result, status) or
    None if the two ends round differently."""
    r1, s1 = _round_signed(sign, lo, e, ctx)
    r2, s2 = _round_signed(sign, hi, e, ctx)
    if r1._int != r2._int or r1._exp != r2._exp or r1._sign != r2._sign:
        return None
    status = s2 | _INEXACT | _ROUNDED
    if status & _SUBNORMAL:
        status |= _UNDERFLOW
    return r2, status


def _round_signed(sign, v, e, ctx):
    if v < 0:
        return _round(sign ^ 1, -v, e, ctx)
    return _round(sign, v, e, ctx)


def _sticky_one(sign, below, ctx):
    # 1 + tiny (or 1 - tiny), rounded: a coefficient one unit past the rounding digit
    p = ctx.prec + 2
    c = _pow10(p) - 1 if below else _pow10(p) + 1
    r, st = _round(sign, c, -p, ctx)
    return r, st | _INEXACT | _ROUNDED


def _range_digits(ctx):
    return _ndigits(max(ctx.Emax, ctx.prec - ctx.Emin))


def _exp(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        if a._sign:
            return _dec(0, 0, 0), 0
        return a, 0
    if not a._int:
        return _round(0, 1, 0, ctx)
    ctx = ctx._even()
    prec = ctx.prec
    adj = _adjusted(a)
    if adj < -(prec + 2):
        return _sticky_one(0, a._sign, ctx)
    if adj > _range_digits(ctx) + 1:
        if a._sign:
            return _round(0, 1, ctx.Emin - prec, ctx)
        return _round(0, 1, ctx.Emax + 1, ctx)
    g = 6
    while True:
        w = prec + g
        c, e = a._int, a._exp
        X = c * _pow10(e + w) if e + w >= 0 else c // _pow10(-e - w)
        if a._sign:
            X = -X
        E, k = _exp_fixed(X, w)
        err = 10
        res = _ziv_round(0, E - err, E + err, k - w, ctx)
        if res is not None:
            return res
        if g > 4 * prec + 400:
            return _round(0, E, k - w, ctx)
        g *= 2


def _near_one_digits(a):
    # For a in [0.1, 10): how many digits of cancellation ln(a) has (0 if none).
    adj = _adjusted(a)
    if adj not in (0, -1):
        return 0
    d, _ = _add(a, _ONE, _UNLIMITED, True)
    if not d._int:
        return 0
    return max(0, -_adjusted(d)) + 1


def _ln(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        if a._sign:
            return _NAN, _INVALID
        return a, 0
    if not a._int:
        return _INF[1], 0
    if a._sign:
        return _NAN, _INVALID
    if a._int == 1 and a._exp == 0 or (_cmp(a, _ONE) == 0):
        return _dec(0, 0, 0), 0
    ctx = ctx._even()
    prec = ctx.prec
    extra = _near_one_digits(a)
    g = 6
    while True:
        w = prec + g + extra
        L = _ln_fixed(a._int, a._exp, w)
        res = _ziv_round(0, L - 10, L + 10, -w, ctx)
        if res is not None:
            return res
        if g > 4 * prec + 400:
            return _round_signed(0, L, -w, ctx)
        g *= 2


def _log10(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        if a._sign:
            return _NAN, _INVALID
        return a, 0
    if not a._int:
        return _INF[1], 0
    if a._sign:
        return _NAN, _INVALID
    c, z = _strip_zeros(a._int, _ndigits(a._int))
    if c == 1:
        p = a._exp + z
        return _round(1 if p < 0 else 0, abs(p), 0, ctx)
    ctx = ctx._even()
    prec = ctx.prec
    extra = _near_one_digits(a)
    g = 6
    while True:
        w = prec + g + extra
        L = _ln_fixed(a._int, a._exp, w + 3)
        R = L * _pow10(w) // _ln_const(10, w + 3)
        res = _ziv_round(0, R - 10, R + 10, -w, ctx)
        if res is not None:
            return res
        if g > 4 * prec + 400:
            return _round_signed(0, R, -w, ctx)
        g *= 2


def _is_integral(d):
    if d._exp >= 0:
        return True
    return d._int % _pow10(-d._exp) == 0 if _ndigits(d._int) >= -d._exp else d._int == 0


def _integral_value(d):
    # int(d) for an integral finite d
    if d._exp >= 0:
        v = d._int * _pow10(d._exp)
    else:
        v = d._int // _pow10(-d._exp)
    return -v if d._sign else v


def _pow_exact(x, y, ctx, limit):
    """x ** y for x > 0 (x != 1) and y finite nonzero when the result is exact with at most `limit` significant digits
    (before padding to the ideal exponent): (coefficient, exponent), else None. For an integral y the result may
    also need rounding (it is then not exact but has few digits: the caller rounds it)."""
    c0, z = _strip_zeros(x._int, _ndigits(x._int))
    e0 = x._exp + z
    if _is_integral(y):
        if y._sign:
            # x ** -m = 1 / (c0 ** m * 10 ** (e0 * m)): exact when c0 = 2**a * 5**b
            m = _integral_value(y)
            m = -m
            a = b = 0
            t = c0
            while t % 2 == 0:
                t //= 2
                a += 1
            while t % 5 == 0:
                t //= 5
                b += 1
            if t != 1:
                return None
            if m * (a * 0.69897 + b * 0.30103) > limit + 2:
                return None
            return 5 ** (a * m) * 2 ** (b * m), -(a + b) * m - e0 * m
        n = _integral_value(y)
        if n * _math.log10(c0) > limit + 2:
            return None
        # the ideal exponent is x._exp * n: keep trailing zeros up to the available precision
        cn = c0 ** n
        pad = min(z * n, max(0, ctx.prec + 1 - _ndigits(cn)))
        return cn * _pow10(pad), e0 * n - pad
    # y = p / q in lowest terms
    cy, zy = _strip_zeros(y._int, _ndigits(y._int))
    ey = y._exp + zy
    if -ey > _ndigits(cy) + 40:
        # q > 10**40: no x != 1 with a representable exponent is a perfect q-th power (and 10**-ey would be
        # too large to build for y = 1E-999999999)
        return None
    den = _pow10(-ey)
    g = _math.gcd(cy, den)
    p, q = cy // g, den // g
    if y._sign:
        p = -p
    if e0 >= 0:
        if e0 > 4000:
            return None
        N, D = c0 * _pow10(e0), 1
    else:
        if -e0 > 4000:
            return None
        N, D = c0, _pow10(-e0)
        g = _math.gcd(N, D)
        N //= g
        D //= g
    if (N > 1 and q > N.bit_length()) or (D > 1 and q > D.bit_length()):
        return None
    rn = _iroot(N, q)
    if rn ** q != N:
        return None
    rd = _iroot(D, q)
    if rd ** q != D:
        return None
    if p < 0:
        rn, rd, p = rd, rn, -p
    # (rn / rd) ** p must be a terminating decimal
    t = rd
    a = b = 0
    while t % 2 == 0:
        t //= 2
        a += 1
    while t % 5 == 0:
        t //= 5
        b += 1
    if t != 1:
        return None
    if p * (_math.log10(rn) - _math.log10(rd) + max(a, b)) > limit + 3:
        return None
    k = max(a, b) * p
    coeff = rn ** p * (_pow10(k) // rd ** p)
    coeff, s = _strip_zeros(coeff, k)
    if _ndigits(coeff) > limit:
        return None
    return coeff, s - k


def _pow(a, b, ctx):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
    if not b._is_special and not b._int:
        if not a._is_special and not a._int:
            return _NAN, _INVALID
        return _dec(0, 1, 0), 0
    sign = 0
    if a._sign:
        if b._is_special or not _is_integral(b):
            if a._is_special or a._int:
                return _NAN, _INVALID
        elif b._exp <= 0 and (b._int // _pow10(-b._exp)) & 1:
            sign = 1
        a = _dec(0, a._int, a._exp, a._is_special)
    if not a._is_special and not a._int:
        if b._sign:
            return _INF[sign], 0
        return _dec(sign, 0, 0), 0
    if a._exp == 'F':
        if b._sign:
            return _dec(sign, 0, 0), 0
        return _INF[sign], 0
    prec = ctx.prec
    if _cmp(a, _ONE) == 0:
        if not b._is_special and _is_integral(b):
            if b._sign:
                mult = 0
            elif _cmp(b, _from_int(prec)) > 0:
                mult = prec
            else:
                mult = _integral_value(b)
            e = a._exp * mult
            st = 0
            if e < 1 - prec:
                e = 1 - prec
                st = _ROUNDED
            return _dec(sign, _pow10(-e), e), st
        return _dec(sign, _pow10(prec - 1), 1 - prec), _INEXACT | _ROUNDED
    if b._exp == 'F':
        if (b._sign == 0) == (_adjusted(a) < 0):
            return _dec(sign, 0, 0), 0
        return _INF[sign], 0
    # libmpdec's test for a certain overflow or underflow: |log10(log10(x))| + log10(|y|) beyond the exponent range
    adj_x = _adjusted(a)
    if adj_x > 0:
        lb_zeta = _ndigits(adj_x) - 1
    elif adj_x < -1:
        lb_zeta = _ndigits(-(adj_x + 1)) - 1
    else:
        d, _ = _add(a, _ONE, _UNLIMITED, True)
        lb_zeta = _adjusted(d) - (2 if adj_x == 0 else 1)
    if ((adj_x < 0) ^ b._sign) == 0:
        if _ndigits(ctx.Emax) < lb_zeta + _adjusted(b):
            return _round(sign, 1, ctx.Emax + 1, ctx)
    elif _ndigits(prec - 1 - ctx.Emin) < lb_zeta + _adjusted(b):
        return _round(sign, 1, ctx.Emin - prec, ctx)
    if _is_integral(b):
        return _pow_int(a, b, sign, ctx)
    # the size of t = y * ln(x)
    L0 = _ln_fixed(a._int, a._exp, 24)
    if abs(L0) < 100000:
        d, _ = _add(a, _ONE, _UNLIMITED, True)
        adj_ln = _adjusted(d)
    else:
        adj_ln = _ndigits(abs(L0)) - 1 - 24
    adj_t = adj_ln + _adjusted(b)
    positive_t = (L0 > 0) == (b._sign == 0) if L0 else (_cmp(a, _ONE) > 0) == (b._sign == 0)
    if adj_t > _range_digits(ctx) + 2:
        if positive_t:
            return _round(sign, 1, ctx.Emax + 1, ctx)
        return _round(sign, 1, ctx.Emin - prec, ctx)
    exact = _pow_exact(a, b, ctx, prec + 1)
    if exact is not None:
        c, e = exact
        if _is_integral(b):
            return _round(sign, c, e, ctx)
        nd = _ndigits(c)
        if nd <= prec:
            c *= _pow10(prec + 1 - nd)
            e -= prec + 1 - nd
        r, st = _round(sign, c, e, ctx)
        st |= _INEXACT | _ROUNDED
        if st & _SUBNORMAL:
            st |= _UNDERFLOW
        return r, st
    if adj_t < -(max(_ndigits(a._int), prec) + 24):
        # libmpdec's exp(y * ln(x)) at its working precision is exactly 1, which it then pads to prec digits
        return _dec(sign, _pow10(prec - 1), 1 - prec), _INEXACT | _ROUNDED
    if adj_t < -(prec + 5):
        return _sticky_one(sign, not positive_t, ctx)
    g = 6
    cy, ey = b._int, b._exp
    if b._sign:
        cy = -cy
    adj_y = _adjusted(b)
    while True:
        wt = prec + g
        wl = wt + max(0, adj_y + 1) + 3
        L = _ln_fixed(a._int, a._exp, wl)
        sh = ey - (wl - wt)
        T = cy * L * _pow10(sh) if sh >= 0 else (cy * L) // _pow10(-sh)
        E, k = _exp_fixed(T, wt)
        err = 20
        res = _ziv_round(sign, E - err, E + err, k - wt, ctx)
        if res is not None:
            return res
        if g > 4 * prec + 400:
            return _round(sign, E, k - wt, ctx)
        g *= 2


def _pow_int(a, b, sign, ctx):
    """a ** b for an integral b as libmpdec computes it (so that results agree where it is not correctly rounded):
    binary powering of a (or of 1/a for a negative b), rounding half-even at prec + len(b) + 2 digits within the
    context's exponent limits, then rounding to the context."""
    n = abs(_integral_value(b))
    wprec = ctx.prec + _ndigits(b._int) + b._exp + 2 + b._sign
    # Shortcut: when the base (a, or 1/a for a power of ten) raised to n has at most wprec digits and its exponents
    # stay within the limits, every step of the powering below is exact: the result is base._int**n * 10**(e*n).
    if b._sign:
        bc = 1
        m = _ndigits(a._int) - 1
        be = -(m + a._exp) if a._int == _pow10(m) else None
    else:
        bc, be = a._int, a._exp
    if be is not None and bc and n and n * bc.bit_length() <= 3 * wprec:
        etop = ctx.Emax - wprec + 1
        if ctx.Emin <= be <= etop and ctx.Emin <= be * n <= etop:
            rc = bc ** n
            if rc < _pow10(wprec):
                return _round(sign, rc, be * n, ctx)
    work = ctx._copy_fields(ROUND_HALF_EVEN)
    object.__setattr__(work, 'clamp', 0)
    object.__setattr__(work, 'prec', wprec)
    _set_limits(work)
    status = 0
    if b._sign:
        base, st = _div(_ONE, a, work)
        status |= st
    else:
        base = a
    result = base
    for bit in bin(n)[3:]:
        result, st = _mul(result, result, work)
        status |= st
        if bit == '1':
            result, st = _mul(result, base, work)
            status |= st
        if result._is_special or (not result._int and status & _CLAMPED):
            break
    if result._exp == 'F':
        r, st = _round(sign, 1, ctx.Emax + 1, ctx)
    else:
        r, st = _round(sign, result._int, result._exp, ctx)
    return r, status | st


def _pow_mod(a, b, m, ctx):
    if a._is_special or b._is_special or m._is_special:
        for d in (a, b, m):
            if d._exp == 'N':
                return _fix_nan(_dec(d._sign, d._int, 'n', True), ctx), _INVALID
        for d in (a, b, m):
            if d._exp == 'n':
                return _fix_nan(d, ctx), 0
        return _NAN, _INVALID
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _NAN, _INVALID
    if (b._sign and b._int) or not m._int or (not a._int and not b._int):
        return _NAN, _INVALID
    mv = abs(_integral_value(m))
    if _ndigits(mv) > ctx.prec:
        return _NAN, _INVALID
    base = _integral_value(a)
    e = _integral_value(b)
    v = pow(abs(base), e, mv)
    sign = 1 if a._sign and e & 1 else 0
    return _dec(sign, v, 0), 0


def _fma(a, b, c, ctx):
    # sNaN in a or b, then Infinity * 0, then sNaN in c, then a quiet NaN (a, b, c)
    for d in (a, b):
        if d._exp == 'N':
            return _fix_nan(_dec(d._sign, d._int, 'n', True), ctx), _INVALID
    if (a._exp == 'F' and not b._is_special and not b._int) or \
            (b._exp == 'F' and not a._is_special and not a._int):
        return _NAN, _INVALID
    if c._exp == 'N':
        return _fix_nan(_dec(c._sign, c._int, 'n', True), ctx), _INVALID
    for d in (a, b, c):
        if d._exp == 'n':
            return _fix_nan(d, ctx), 0
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        product = _INF[sign]
    else:
        product = _dec(sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, ctx)


def _compare(a, b, ctx):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
    return _from_int(_cmp(a, b)), 0


def _compare_signal(a, b, ctx):
    if a._exp in ('n', 'N') or b._exp in ('n', 'N'):
        n = _nans(a, b, ctx)
        return n[0], _INVALID
    return _from_int(_cmp(a, b)), 0


def _total_key(d):
    # (class, value-ish) for compare_total on a positive-signed view
    if d._exp == 'n':
        return 3
    if d._exp == 'N':
        return 2
    if d._exp == 'F':
        return 1
    return 0


def _compare_total(a, b, mag=False):
    sa = 0 if mag else a._sign
    sb = 0 if mag else b._sign
    if sa != sb:
        return 1 if sb else -1
    ka, kb = _total_key(a), _total_key(b)
    if ka != kb:
        r = 1 if ka > kb else -1
    elif ka >= 2:
        r = (a._int > b._int) - (a._int < b._int)
    elif ka == 1:
        r = 0
    else:
        r = _cmp(_dec(0, a._int, a._exp), _dec(0, b._int, b._exp))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if sa else r


def _minmax(a, b, ctx, want_max, mag):
    an = a._exp in ('n', 'N')
    bn = b._exp in ('n', 'N')
    if an or bn:
        if a._exp == 'N' or b._exp == 'N':
            return _nans(a, b, ctx)
        if an and bn:
            return _fix_nan(a, ctx), 0
        return _fix(b if an else a, ctx)
    c = _cmp_mag(a, b) if mag else _cmp(a, b)
    if c == 0:
        if mag:
            c = _cmp(a, b)
        if c == 0:
            c = _compare_total(a, b)
    if want_max:
        pick = b if c < 0 else a
    else:
        pick = a if c < 0 else b
    return _fix(pick, ctx)


def _logical_digits(d, ctx):
    # the binary value of a logical operand, or None if it is not one
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = _itos(d._int)[-ctx.prec:]
    if s.strip('01'):
        return None
    return int(s, 2)


def _logical(a, b, ctx, op):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else 0
    if x is None or y is None:
        return _NAN, _INVALID
    if op == 'and':
        v = x & y
    elif op == 'or':
        v = x | y
    elif op == 'xor':
        v = x ^ y
    else:
        v = x ^ ((1 << ctx.prec) - 1)
    return _dec(0, _stoi(bin(v)[2:]), 0), 0


def _shift_operand(b, ctx, limit):
    if b._is_special or b._exp != 0:
        return None
    n = _integral_value(b)
    if not -limit <= n <= limit:
        return None
    return n


def _shift(a, b, ctx, rotate):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
    n = _shift_operand(b, ctx, ctx.prec)
    if n is None:
        return _NAN, _INVALID
    if a._is_special:
        return a, 0
    prec = ctx.prec
    m = _pow10(prec)
    c = a._int % m
    if rotate:
        n %= prec
        c = (c * _pow10(n)) % m + c // _pow10(prec - n) if n else c
    elif n >= 0:
        c = (c * _pow10(n)) % m
    else:
        c //= _pow10(-n)
    return _dec(a._sign, c, a._exp), 0


def _scaleb(a, b, ctx):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
    n = _shift_operand(b, ctx, 2 * (ctx.Emax + ctx.prec))
    if n is None:
        return _NAN, _INVALID
    if a._is_special:
        return a, 0
    return _round(a._sign, a._int, a._exp + n, ctx)


def _next(a, ctx, up):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        if a._sign == (0 if up else 1):
            return a, 0
        prec = ctx.prec
        return _dec(a._sign, _pow10(prec) - 1, ctx.Emax - prec + 1), 0
    c2 = ctx._with_rounding(ROUND_CEILING if up else ROUND_FLOOR)
    r, _ = _round(a._sign, a._int, a._exp, c2)
    if _cmp(r, a) != 0:
        return r, 0
    tiny = _dec(0 if up else 1, 1, min(a._exp, ctx.Emin - ctx.prec + 1) - 1)
    r, _ = _add(a, tiny, c2)
    return r, 0


def _next_toward(a, b, ctx):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n:
            return n
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._is_special), 0
    r, st = _next(a, ctx, c < 0)
    if r._exp == 'F':
        st |= _OVERFLOW | _INEXACT | _ROUNDED
    elif r._int == 0 or _adjusted(r) < ctx.Emin:
        st |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if not r._int:
            st |= _CLAMPED
    return r, st


def _logb(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        return _INF[0], 0
    if not a._int:
        return _INF[1], _DIV_BY_ZERO
    adj = _adjusted(a)
    return _round(1 if adj < 0 else 0, abs(adj), 0, ctx)


def _normalize(a, ctx):
    if a._is_special:
        n = _nans(a, None, ctx)
        if n:
            return n
        return a, 0
    r, st = _round(a._sign, a._int, a._exp, ctx)
    if r._is_special:
        return r, st
    if not r._int:
        return _dec(r._sign, 0, 0), st
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    if r._exp >= top:
        return r, st
    c, n = _strip_zeros(r._int, top - r._exp)
    return _dec(r._sign, c, r._exp + n), st


def _number_class(a, ctx):
    if a._is_special:
        if a._exp == 'n':
            return 'NaN'
        if a._exp == 'N':
            return 'sNaN'
        return '-Infinity' if a._sign else '+Infinity'
    s = '-' if a._sign else '+'
    if not a._int:
        return s + 'Zero'
    if _adjusted(a) < ctx.Emin:
        return s + 'Subnormal'
    return s + 'Normal'


# ---------------------------------------------------------------------------------------------------------------
# Method helpers

def _binary(fn, a, b, context, reflected=False):
    if reflected:
        a = _convert_other(a)
        if a is NotImplemented:
            return a
    else:
        b = _convert_other(b)
        if b is NotImplemented:
            return b
    ctx = getcontext() if context is None else _get_ctx(context)
    r, st = fn(a, b, ctx)
    return ctx._raise(st, r) if st else r


def _unary(fn, a, context, *args):
    ctx = getcontext() if context is None else _get_ctx(context)
    r, st = fn(a, ctx, *args)
    return ctx._raise(st, r) if st else r


def _method(fn, a, b, context, *args):
    b = _convert_strict(b)
    ctx = getcontext() if context is None else _get_ctx(context)
    r, st = fn(a, b, ctx, *args)
    return ctx._raise(st, r) if st else r


def _invert(a, ctx):
    return _logical(a, None, ctx, 'invert')


# ---------------------------------------------------------------------------------------------------------------
# Conversion to strings

def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        payload = _itos(d._int) if d._int else ''
        return sign + ('NaN' if d._exp == 'n' else 'sNaN') + payload
    digits = _itos(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart = '0'
        fracpart = '.' + '0' * (-dotplace) + digits
    elif dotplace >= len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace]
        fracpart = '.' + digits[dotplace:]
    if leftdigits == dotplace:
        return sign + intpart + fracpart
    return sign + intpart + fracpart + ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)


def _parse_spec(spec):
    """Parses a format specifier: [[fill]align][sign][z][0][width][,][.precision][type]."""
    bad = ValueError('invalid format string')
    i, n = 0, len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    start = i
    while i < n and spec[i] in '0123456789':
        i += 1
    width = int(spec[start:i]) if i > start else 0
    thousands = None
    if i < n and spec[i] == ',':
        thousands = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == start:
            raise bad
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind = spec[i]
        i += 1
    if i != n:
        raise bad
    if zeropad:
        if align is not None:
            raise bad
        fill, align = '0', '='
    if align is None:
        align = '>'
    if precision == 0 and kind in (None, 'g', 'G', 'n'):
        precision = 1
    point = '.'
    grouping = 3
    if kind == 'n':
        if thousands is not None:
            raise bad
        conv = _localeconv()
        thousands = conv['thousands_sep']
        point = conv['decimal_point']
        grouping = conv['grouping']
    return fill, align, sign, no_neg_0, zeropad, width, thousands or '', precision, kind, point, grouping


def _localeconv():
    try:
        import locale
        return locale.localeconv()
    except Exception:
        return {'thousands_sep': '', 'decimal_point': '.', 'grouping': []}


def _group_digits(digits, sep, grouping, min_width):
    # Inserts sep between groups of digits (grouping: 3 or a localeconv list), zero-padding to min_width.
    if not sep:
        return digits.rjust(min_width, '0') if min_width > len(digits) else digits
    if grouping == 3:
        sizes = None
    else:
        sizes = list(grouping)
    groups = []
    idx = 0
    while True:
        if sizes is None:
            size = 3
        elif idx < len(sizes) and sizes[idx] not in (0, 127):
            size = sizes[idx]
        elif idx < len(sizes) and sizes[idx] == 127:
            size = None
        else:
            size = sizes[-2] if len(sizes) >= 2 and sizes[-1] == 0 else (sizes[-1] if sizes else None)
        idx += 1
        if size is None or size <= 0:
            width = max(len(digits), min_width, 1)
            groups.append(digits.rjust(width, '0'))
            break
        size = min(max(len(digits), min_width, 1), size)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, specifier, context, localeconv):
    if not isinstance(specifier, str):
        raise TypeError('format spec must be a string')
    ctx = _get_ctx(context)
    (fill, align, signopt, no_neg_0, zeropad, width, sep, precision, kind, point,
     grouping) = _parse_spec(specifier)
    if localeconv is not None and kind == 'n':
        sep, point, grouping = localeconv['thousands_sep'], localeconv['decimal_point'], localeconv['grouping']
    if d._is_special:
        if zeropad:
            fill, align = ' ', '>'
        sign = '-' if d._sign else (signopt if signopt in '+ ' else '')
        body = _to_string(d.copy_abs(), False, 1)
        if kind == '%':
            body += '%'
        return _align(sign, body, fill, align, width)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    sign, c, e = d._sign, d._int, d._exp
    if kind == '%':
        e += 2
    rounding = ctx.rounding
    if precision is not None:
        nd = _ndigits(c)
        if kind in 'eE':
            if c and nd < precision + 1:
                c *= _pow10(precision + 1 - nd)
                e -= precision + 1 - nd
            elif nd > precision + 1:
                c, _ = _round_digits(sign, c, nd - precision - 1, rounding)
                e += nd - precision - 1
                if _ndigits(c) > precision + 1:
                    c //= 10
                    e += 1
        elif kind in 'fF%':
            if e < -precision:
                c, _ = _round_digits(sign, c, -precision - e, rounding)
                e = -precision
            elif e > -precision:
                c *= _pow10(e + precision)
                e = -precision
        elif nd > precision:
            c, _ = _round_digits(sign, c, nd - precision, rounding)
            e += nd - precision
            if _ndigits(c) > precision:
                c //= 10
                e += 1
    if not c and e > 0 and kind in 'fF%':
        e = 0
    if not c and no_neg_0:
        sign = 0
    digits = _itos(c)
    leftdigits = e + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if (not c and precision is not None) else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    elif e <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    signstr = '-' if sign else (signopt if signopt in '+ ' else '')
    if fracpart:
        fracpart = point + fracpart
    if exp != 0 or kind in 'eE':
        fracpart += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    if kind == '%':
        fracpart += '%'
    min_width = width - len(fracpart) - len(signstr) if zeropad else 0
    intpart = _group_digits(intpart, sep, grouping, min_width)
    return _align(signstr, intpart + fracpart, fill, align, width)


def _align(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


# ---------------------------------------------------------------------------------------------------------------
# Context

def _check_int(name, value, low, high, message):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not low <= value <= high:
        raise ValueError(message)
    return value


class Context(object):
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.  A new context
can be constructed as follows:

    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
    ...             traps=[InvalidOperation, DivisionByZero, Overflow],
    ...             flags=[])
    >>>

"""

    # _top (10**prec, or 0 when prec is too large to keep it) and _etop (Emax - prec + 1) serve the fast paths
    # of the arithmetic: a result c * 10**e is exact when c < _top and Emin <= e <= _etop.
    __slots__ = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', '_flags', '_traps', '_top', '_etop')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        template = _default_template
        self.prec = template.prec if prec is None else prec
        self.rounding = template.rounding if rounding is None else rounding
        self.Emin = template.Emin if Emin is None else Emin
        self.Emax = template.Emax if Emax is None else Emax
        self.capitals = template.capitals if capitals is None else capitals
        self.clamp = template.clamp if clamp is None else clamp
        fmask = _mask_from(flags, True)
        tmask = _mask_from(traps, True)
        object.__setattr__(self, '_flags', _SignalDict(0 if fmask is None else fmask))
        object.__setattr__(self, '_traps', _SignalDict(template._traps._mask if tmask is None else tmask))

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(name, value, 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            _check_int(name, value, MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(name, value, 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            _check_int(name, value, 0, 1, 'valid values for capitals are 0 or 1')
        elif name == 'clamp':
            _check_int(name, value, 0, 1, 'valid values for clamp are 0 or 1')
        elif name == 'rounding':
            _check_rounding(value)
        elif name in ('flags', 'traps'):
            mask = _mask_from(value, False)
            getattr(self, '_' + name)._mask = mask
            return
        elif name in ('_flags', '_traps'):
            raise AttributeError("'decimal.Context' object attribute '%s' is read-only" % name)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)
        if name == 'prec' or name == 'Emax':
            _set_limits(self)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @property
    def flags(self):
        return self._flags

    @property
    def traps(self):
        return self._traps

    def _raise(self, status, result=None, may_trap=True):
        """Sets the flags of an operation's status; raises its first trapped signal."""
        self._flags._mask |= status
        trapped = status & self._traps._mask if may_trap else 0
        if trapped:
            conditions = [cls for bit, cls in _CONDITIONS if trapped & bit]
            for cls in _SIGNALS:
                if trapped & _SIGNAL_BIT[cls]:
                    raise cls(conditions)
        return result

    def _raise_error(self, condition, explanation=None, *args):
        # _pydecimal's way to signal a condition: sets its flag, raises it if trapped, else returns NaN.
        for bit, cls in _CONDITIONS:
            if cls is condition:
                return self._raise(bit, _NAN)
        raise TypeError('not a decimal condition: %r' % (condition,))

    def _apply(self, a):
        # The operand rounded to this context (the IBM test suite's 'apply' operation).
        r, st = _fix(_convert_strict(a), self)
        return self._raise(st, r) if st else r

    def _copy_fields(self, rounding):
        c = object.__new__(Context)
        object.__setattr__(c, 'prec', self.prec)
        object.__setattr__(c, 'rounding', rounding)
        object.__setattr__(c, 'Emin', self.Emin)
        object.__setattr__(c, 'Emax', self.Emax)
        object.__setattr__(c, 'capitals', self.capitals)
        object.__setattr__(c, 'clamp', self.clamp)
        object.__setattr__(c, '_flags', _SignalDict(self._flags._mask))
        object.__setattr__(c, '_traps', _SignalDict(self._traps._mask))
        object.__setattr__(c, '_top', self._top)
        object.__setattr__(c, '_etop', self._etop)
        return c

    def _even(self):
        if self.rounding == ROUND_HALF_EVEN:
            return self
        return self._copy_fields(ROUND_HALF_EVEN)

    def _with_rounding(self, rounding):
        return self._copy_fields(rounding)

    def copy(self):
        """Return a duplicate of the context with all flags cleared."""
        return self._copy_fields(self.rounding)

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                                 [s for s in _SIGNALS if self._flags[s]], [s for s in _SIGNALS if self._traps[s]]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)' %
                (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                 _signal_names(self._flags._mask), _signal_names(self._traps._mask)))

    def clear_flags(self):
        """Reset all flags to False."""
        self._flags._mask = 0

    def clear_traps(self):
        """Set all traps to False."""
        self._traps._mask = 0

    def Etiny(self):
        """Return a value equal to Emin - prec + 1, the minimum exponent value for subnormal results."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """Return a value equal to Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def radix(self):
        """Return 10."""
        return Decimal(10)

    # -- conversions -------------------------------------------------------------------------------------------

    def create_decimal(self, num='0'):
        """Create a new Decimal instance from num, using self as the context. Unlike the Decimal constructor, this
        function observes the context limits."""
        if isinstance(num, str):
            d = _parse(num, True)
            if d is None:
                return self._raise(_CONVERSION, _NAN)
            if _out_of_range(d):
                return self._raise(_INVALID, _NAN)
        elif isinstance(num, float):
            self._raise(_FLOAT)
            d = _from_float(num)
        else:
            d = Decimal(num, self)
        if d._is_special:
            if d._exp != 'F' and d._int and _ndigits(d._int) > self.prec - self.clamp:
                return self._raise(_CONVERSION, _NAN)
            return d
        r, st = _round(d._sign, d._int, d._exp, self)
        return self._raise(st, r) if st else r

    def create_decimal_from_float(self, f):
        """Create a new Decimal instance from float f, rounded to this context."""
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        r, st = _round(d._sign, d._int, d._exp, self)
        return self._raise(st, r) if st else r

    def _d(self, a):
        return _convert_strict(a)

    def _run1(self, fn, a, *args):
        r, st = fn(_convert_strict(a), self, *args)
        return self._raise(st, r) if st else r

    def _run2(self, fn, a, b, *args):
        r, st = fn(_convert_strict(a), _convert_strict(b), self, *args)
        return self._raise(st, r) if st else r

    # -- arithmetic --------------------------------------------------------------------------------------------

    def abs(self, a):
        """Return the absolute value of the operand."""
        return self._run1(_plus, a, False, True)

    def add(self, a, b):
        """Return the sum of the two operands."""
        return self._run2(_add, a, b)

    def subtract(self, a, b):
        """Return the difference between the two operands."""
        return self._run2(_add, a, b, True)

    def multiply(self, a, b):
        """Return the product of the two operands."""
        return self._run2(_mul, a, b)

    def divide(self, a, b):
        """Decimal division in a specified context."""
        return self._run2(_div, a, b)

    def divide_int(self, a, b):
        """Divide two numbers and return the integer part of the result."""
        return self._run2(_divint, a, b)

    def divmod(self, a, b):
        """Return the quotient and the remainder of a divided by b."""
        return self._run2(_divmod, a, b)

    def remainder(self, a, b):
        """Return the remainder from integer division."""
        return self._run2(_rem, a, b)

    def remainder_near(self, a, b):
        """Return a - b * n, where n is the integer nearest the exact value of a / b."""
        return self._run2(_rem, a, b, True)

    def fma(self, a, b, c):
        """Return a multiplied by b, plus c."""
        r, st = _fma(_convert_strict(a), _convert_strict(b), _convert_strict(c), self)
        return self._raise(st, r) if st else r

    def power(self, a, b, modulo=None):
        """Raises a to the power of b, to modulo if given."""
        a = _convert_strict(a)
        b = _convert_strict(b)
        if modulo is not None:
            r, st = _pow_mod(a, b, _convert_strict(modulo), self)
        else:
            r, st = _pow(a, b, self)
        return self._raise(st, r) if st else r

    def minus(self, a):
        """Minus corresponds to the unary prefix minus operator in Python."""
        return self._run1(_plus, a, True)

    def plus(self, a):
        """Plus corresponds to the unary prefix plus operator in Python."""
        return self._run1(_plus, a)

    def sqrt(self, a):
        """Square root of a non-negative number to context precision."""
        return self._run1(_sqrt, a)

    def exp(self, a):
        """Return e ** a."""
        return self._run1(_exp, a)

    def ln(self, a):
        """Return the natural (base e) logarithm of the operand."""
        return self._run1(_ln, a)

    def log10(self, a):
        """Return the base 10 logarithm of the operand."""
        return self._run1(_log10, a)

    def logb(self, a):
        """Return the exponent of the magnitude of the operand's MSD."""
        return self._run1(_logb, a)

    def normalize(self, a):
        """Reduce an operand to its simplest form."""
        return self._run1(_normalize, a)

    def next_minus(self, a):
        """Return the largest representable number smaller than a."""
        return self._run1(_next, a, False)

    def next_plus(self, a):
        """Return the smallest representable number larger than a."""
        return self._run1(_next, a, True)

    def next_toward(self, a, b):
        """Return the number closest to a, in the direction towards b."""
        return self._run2(_next_toward, a, b)

    def compare(self, a, b):
        """Compare values numerically."""
        return self._run2(_compare, a, b)

    def compare_signal(self, a, b):
        """Compare the values of the two operands numerically; all NaNs signal."""
        return self._run2(_compare_signal, a, b)

    def compare_total(self, a, b):
        """Compare two operands using their abstract representation."""
        return _convert_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        """Compare two operands using their abstract representation ignoring sign."""
        return _convert_strict(a).compare_total_mag(b)

    def max(self, a, b):
        """max compares two values numerically and returns the maximum."""
        return self._run2(_minmax, a, b, True, False)

    def min(self, a, b):
        """min compares two values numerically and returns the minimum."""
        return self._run2(_minmax, a, b, False, False)

    def max_mag(self, a, b):
        """Compare the values numerically with their sign ignored."""
        return self._run2(_minmax, a, b, True, True)

    def min_mag(self, a, b):
        """Compare the values numerically with their sign ignored."""
        return self._run2(_minmax, a, b, False, True)

    def quantize(self, a, b):
        """Return a value equal to 'a' (rounded), having the exponent of 'b'."""
        r, st = _quantize(_convert_strict(a), _convert_strict(b), self, self.rounding)
        return self._raise(st, r) if st else r

    def to_integral_exact(self, a):
        """Round to an integer, signaling Inexact and Rounded."""
        return _convert_strict(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        """Round to an integer."""
        return _convert_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def logical_and(self, a, b):
        """Apply the logical operation 'and' between each operand's digits."""
        return self._run2(_logical, a, b, 'and')

    def logical_or(self, a, b):
        """Apply the logical operation 'or' between each operand's digits."""
        return self._run2(_logical, a, b, 'or')

    def logical_xor(self, a, b):
        """Apply the logical operation 'xor' between each operand's digits."""
        return self._run2(_logical, a, b, 'xor')

    def logical_invert(self, a):
        """Invert all the digits in the operand."""
        return self._run1(_invert, a)

    def rotate(self, a, b):
        """Return a rotated copy of a, b times."""
        return self._run2(_shift, a, b, True)

    def shift(self, a, b):
        """Return a shifted copy of a, b times."""
        return self._run2(_shift, a, b, False)

    def scaleb(self, a, b):
        """Return the first operand after adding the second value to its exp."""
        return self._run2(_scaleb, a, b)

    def same_quantum(self, a, b):
        """Return True if the two operands have the same exponent."""
        return _convert_strict(a).same_quantum(b)

    def number_class(self, a):
        """Return an indication of the class of the operand."""
        return _number_class(_convert_strict(a), self)

    def to_sci_string(self, a):
        """Convert a number to a string, using scientific notation."""
        return _to_string(_convert_strict(a), False, self.capitals)

    def to_eng_string(self, a):
        """Convert a number to a string, using engineering notation."""
        return _to_string(_convert_strict(a), True, self.capitals)

    def canonical(self, a):
        """Return the canonical encoding of the argument."""
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_abs(self, a):
        """Return a copy of the operand with the sign set to 0."""
        return _convert_strict(a).copy_abs()

    def copy_decimal(self, a):
        """Return a copy of the decimal object."""
        return _convert_strict(a)

    def copy_negate(self, a):
        """Return a copy of the operand with the sign inverted."""
        return _convert_strict(a).copy_negate()

    def copy_sign(self, a, b):
        """Copy the sign from b to a."""
        return _convert_strict(a).copy_sign(b)

    def is_canonical(self, a):
        """Return True if the operand is canonical."""
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        """Return True if the operand is finite."""
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        """Return True if the operand is infinite."""
        return _convert_strict(a).is_infinite()

    def is_nan(self, a):
        """Return True if the operand is a (quiet or signaling) NaN."""
        return _convert_strict(a).is_nan()

    def is_normal(self, a):
        """Return True if the operand is a normal number."""
        return _convert_strict(a).is_normal(self)

    def is_qnan(self, a):
        """Return True if the operand is a quiet NaN."""
        return _convert_strict(a).is_qnan()

    def is_signed(self, a):
        """Return True if the operand is negative."""
        return _convert_strict(a).is_signed()

    def is_snan(self, a):
        """Return True if the operand is a signaling NaN."""
        return _convert_strict(a).is_snan()

    def is_subnormal(self, a):
        """Return True if the operand is subnormal."""
        return _convert_strict(a).is_subnormal(self)

    def is_zero(self, a):
        """Return True if the operand is a zero."""
        return _convert_strict(a).is_zero()


def _make_context(prec, rounding, emin, emax, capitals, clamp, traps):
    c = object.__new__(Context)
    for name, value in (('prec', prec), ('rounding', rounding), ('Emin', emin), ('Emax', emax),
                        ('capitals', capitals), ('clamp', clamp)):
        object.__setattr__(c, name, value)
    object.__setattr__(c, '_flags', _SignalDict(0))
    object.__setattr__(c, '_traps', _SignalDict(traps))
    _set_limits(c)
    return c


def _set_limits(c):
    try:
        prec = c.prec
        emax = c.Emax
    except AttributeError:  # Context.__init__ sets prec before Emax
        return
    object.__setattr__(c, '_top', _pow10(prec) if prec <= 4000 else 0)
    object.__setattr__(c, '_etop', emax - prec + 1)


_default_template = _make_context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                                  _ANY_INVALID | _DIV_BY_ZERO | _OVERFLOW)
DefaultContext = _default_template
BasicContext = _make_context(9, ROUND_HALF_UP, -999999, 999999, 1, 0,
                             _ANY_INVALID | _DIV_BY_ZERO | _OVERFLOW | _UNDERFLOW | _CLAMPED)
ExtendedContext = _make_context(9, ROUND_HALF_EVEN, -999999, 999999, 1, 0, 0)
_UNLIMITED = _make_context(MAX_PREC, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX, 1, 0, 0)

_current_context = _contextvars.ContextVar('decimal_context')
_ctx_get = _current_context.get

if _helpers_methods is not None:
    # native +, -, *, comparisons and quantize for finite operands whose result needs no exception; the Python
    # methods handle the rest
    _fallbacks = {_name: Decimal.__dict__[_name] for _name in (
        '__add__', '__sub__', '__mul__', '__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__', 'quantize',
        '__truediv__')}
    _fallbacks['__new__'] = Decimal.__dict__['__new__'].__func__
    for _name, _native in _helpers_methods(Decimal, Context, _SignalDict, _ctx_get, _fallbacks).items():
        setattr(Decimal, _name, staticmethod(_native) if _name == '__new__' else _native)
    del _name, _native, _fallbacks


def getcontext():
    """Get the current default context."""
    try:
        return _current_context.get()
    except LookupError:
        ctx = Context()
        _current_context.set(ctx)
        return ctx


def setcontext(context):
    """Set a new default context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            getattr(new, '_' + key)._mask = _mask_from(value, True)
        else:
            setattr(new, key, value)
    return _ContextManager(new)


class _ContextManager(object):
    """Context manager class to support localcontext()."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_NAN = _dec(0, 0, 'n', True)
_INF = (_dec(0, 0, 'F', True), _dec(1, 0, 'F', True))
_ONE = _dec(0, 1, 0)

_numbers.Number.register(Decimal)
