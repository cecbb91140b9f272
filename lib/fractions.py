"""Fraction, infinite-precision, rational numbers (Ginger's own fractions module)."""

import functools
import math
import operator
import re
import sys

import numbers as _numbers

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or isinstance(x, _numbers.Rational)


def _is_real(x):
    return isinstance(x, float) or isinstance(x, _numbers.Real)


def _is_complex(x):
    return isinstance(x, complex) or isinstance(x, _numbers.Complex)


def _is_decimal(x):
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(x, decimal.Decimal)


# A numeric string: sign, then digits with an optional "/denominator", or a decimal with an optional
# exponent. CPython 3.12 compat: the fractional part may also be a run of the letter 'd' (a typo in
# CPython's pattern), which then fails in int() with ValueError.
_NUMBER = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
       (?:\s*/\s*(?P<denom>\d+(_\d+)*))?
    |
       (?:\.(?P<decimal>d*|\d+(_\d+)*))?
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)

# The float presentation types of format(): [[fill]align][sign][z][#][0][width][,|_][.precision]type.
_FORMAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>0|[1-9][0-9]*))?
    (?P<presentation_type>[eEfFgG%])
""", re.DOTALL | re.VERBOSE)


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """n/d rounded half-even to a multiple of 10**exponent: (negative, significand)."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2      # a tie: round to even
    negative = q < 0 if no_neg_zero else n < 0
    return negative, abs(q)


def _round_to_figures(n, d, figures):
    """n/d rounded half-even to `figures` significant digits: (negative, significand, exponent)."""
    if n == 0:
        return False, 0, 1 - figures
    digits_n, digits_d = str(abs(n)), str(d)
    # 10**(magnitude - 1) <= |n/d| < 10**magnitude
    magnitude = len(digits_n) - len(digits_d) + (digits_d <= digits_n)
    exponent = magnitude - figures
    negative, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return negative, significand, exponent


@functools.lru_cache(maxsize=1 << 14)
def _hash_algorithm(numerator, denominator):
    # Equal to hash() of an int, float or Decimal of the same value (the numeric hash of the docs). Cached
    # under CPython's name (its test runner clears the cache between test files).
    try:
        inverse = pow(denominator, -1, _HASH_MODULUS)
    except ValueError:
        result = _HASH_INF      # the denominator is a multiple of the modulus
    else:
        result = hash(hash(abs(numerator)) * inverse)
    if numerator < 0:
        result = -result
    return -2 if result == -1 else result


def _binary(exact, inexact):
    """The forward and reverse methods of an operator: `exact` on two Fractions; floats and
    complex numbers go through `inexact` after conversion."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction(b))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if _is_rational(a):
            return exact(Fraction(a), b)
        if _is_real(a):
            return inexact(float(a), float(b))
        if _is_complex(a):
            return inexact(complex(a), complex(b))
        return NotImplemented

    name = inexact.__name__
    forward.__name__ = f'__{name}__'
    reverse.__name__ = f'__r{name}__'
    return forward, reverse


_Base = _numbers.Rational


class Fraction(_Base):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.
        """
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            match = _NUMBER.match(numerator)
            if match is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator = int(match.group('num') or '0')
            if match.group('denom'):
                denominator = int(match.group('denom'))
            else:
                denominator = 1
                decimals = match.group('decimal')
                if decimals:
                    decimals = decimals.replace('_', '')
                    scale = 10 ** len(decimals)
                    numerator = numerator * scale + int(decimals)
                    denominator = scale
                exponent = match.group('exp')
                if exponent:
                    exponent = int(exponent)
                    if exponent >= 0:
                        numerator *= 10 ** exponent
                    else:
                        denominator *= 10 ** -exponent
            if match.group('sign') == '-':
                numerator = -numerator
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, int) or isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, int) or isinstance(dec, _numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """Convert a pair of ints to a rational number, for internal use.

        The ratio of integers should be in lowest terms and the denominator
        should be positive.
        """
        self = super(Fraction, cls).__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers, whose ratio is equal to the original Fraction.

        The ratio is in lowest terms and has a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until q would pass the limit; the answer is
        # the last convergent or the best semiconvergent after it, whichever is closer.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """Format this fraction according to the given format specification."""
        if not format_spec:
            return str(self)
        spec = _FORMAT_SPEC.fullmatch(format_spec)
        if spec is None:
            raise ValueError(f"Invalid format specifier {format_spec!r} "
                             f"for object of type {type(self).__name__!r}")
        if spec["align"] is not None and spec["zeropad"] is not None:
            raise ValueError(f"Invalid format specifier {format_spec!r} "
                             f"for object of type {type(self).__name__!r}; "
                             "can't use explicit alignment when zero-padding")
        fill = spec["fill"] or " "
        align = spec["align"] or ">"
        plus_sign = "" if spec["sign"] == "-" else spec["sign"]
        alternate = bool(spec["alt"])
        zeropad = bool(spec["zeropad"])
        width = int(spec["minimumwidth"] or "0")
        separator = spec["thousands_sep"]
        precision = int(spec["precision"] or "6")
        kind = spec["presentation_type"]
        exponent_letter = "E" if kind in "EFG" else "e"

        if kind in "fF%":
            exponent = -precision - (2 if kind == "%" else 0)
            negative, significand = _round_to_exponent(self._numerator, self._denominator,
                                                       exponent, bool(spec["no_neg_zero"]))
            scientific = False
            point = precision
        else:
            figures = max(precision, 1) if kind in "gG" else precision + 1
            negative, significand, exponent = _round_to_figures(self._numerator,
                                                                self._denominator, figures)
            scientific = kind in "eE" or exponent > 0 or exponent + figures <= -4
            point = figures - 1 if scientific else -exponent
        if kind == "%":
            suffix = "%"
        elif scientific:
            suffix = f"{exponent_letter}{exponent + point:+03d}"
        else:
            suffix = ""

        digits = f"{significand:0{point + 1}d}"
        sign = "-" if negative else plus_sign
        whole = digits[:len(digits) - point]
        fraction = digits[len(digits) - point:]
        if kind in "gG" and not alternate:
            fraction = fraction.rstrip("0")
        tail = ("" if not alternate and not fraction else ".") + fraction + suffix
        if zeropad:
            room = width - len(sign) - len(tail)
            # With separators, the zeros are padded so that the grouped result fills the room.
            whole = whole.zfill(3 * room // 4 + 1 if separator else room)
        if separator:
            first = 1 + (len(whole) - 1) % 3
            whole = whole[:first] + "".join(separator + whole[i:i + 3]
                                            for i in range(first, len(whole), 3))
        body = whole + tail
        padding = fill * (width - len(sign) - len(body))
        if align == ">":
            return padding + sign + body
        if align == "<":
            return sign + body + padding
        if align == "^":
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        return sign + padding + body

    def _add(a, b):
        """a + b"""
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        """a - b"""
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        """a * b"""
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        """a / b"""
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        quotient, remainder = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(remainder, a.denominator * b.denominator)

    def _mod(a, b):
        """a % b"""
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, operator.add)
    __sub__, __rsub__ = _binary(_sub, operator.sub)
    __mul__, __rmul__ = _binary(_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        if not _is_rational(b):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        n, d = a._numerator, a._denominator
        if power >= 0:
            return Fraction._from_coprime_ints(n ** power, d ** power)
        if n == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % d ** -power)
        # A negative power swaps numerator and denominator; the sign moves to the top.
        if n < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(d ** -power, n ** -power)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator or (twice == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if _is_complex(b) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Helper for comparison operators, for internal use only."""
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Conversions and attributes numbers.Rational would give.
    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
