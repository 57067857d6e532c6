/** Python's fractions.Fraction, written in Python as CPython's is. */
export const FRACTIONS_SOURCE = String.raw`
from decimal import Decimal as _Decimal
import math as _math

_PyHASH_MODULUS = 2305843009213693951

def _parse(text):
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not num.isdigit() or not den.strip().isdigit() or den != den.strip():
            return None
        return sign * int(num), int(den)
    exp = 0
    if 'e' in s or 'E' in s:
        s, _, e = s.replace('E', 'e').partition('e')
        digits = e[1:] if e[:1] in '+-' else e
        if not digits.isdigit():
            return None
        exp = int(e)
    whole, dot, frac = s.partition('.')
    if not (whole + frac) or not (whole + frac).isdigit():
        return None
    num = int(whole + frac)
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den

class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                if numerator != numerator:
                    raise ValueError('cannot convert NaN to integer ratio')
                if numerator in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert Infinity to integer ratio')
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, _Decimal):
                parsed = _parse(str(numerator))
                if parsed is None:
                    raise ValueError(f'cannot convert {numerator} to integer ratio')
                n, d = parsed
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                n, d = parsed
                if d == 0:
                    raise ZeroDivisionError(f'Fraction({n}, 0)')
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                value = Fraction(numerator) / Fraction(denominator)
                n, d = value._numerator, value._denominator
            elif isinstance(numerator, int) and isinstance(denominator, int):
                n, d = int(numerator), int(denominator)
            else:
                raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError(f'Fraction({n}, 0)')
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})')
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        return cls(dec)

    @classmethod
    def _from_pair(cls, n, d):
        obj = cls(n, d)
        return obj

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
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
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        if format_spec[-1] not in 'eEfFgG%':
            raise ValueError(f"Invalid format specifier {format_spec!r} for object of type {type(self).__name__!r}")
        return format(float(self), format_spec)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o._denominator + o._numerator * a._denominator, a._denominator * o._denominator)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented
    def __radd__(b, a):
        o = b._operands(a)
        if o is not None:
            return o + b
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented
    def __sub__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o._denominator - o._numerator * a._denominator, a._denominator * o._denominator)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented
    def __rsub__(b, a):
        o = b._operands(a)
        if o is not None:
            return o - b
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented
    def __mul__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction(a._numerator * o._numerator, a._denominator * o._denominator)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented
    def __rmul__(b, a):
        o = b._operands(a)
        if o is not None:
            return o * b
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented
    def __truediv__(a, b):
        o = a._operands(b)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError(f'Fraction({a._numerator * o._denominator}, 0)')
            return Fraction(a._numerator * o._denominator, a._denominator * o._numerator)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented
    def __rtruediv__(b, a):
        o = b._operands(a)
        if o is not None:
            return o / b
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented
    def __floordiv__(a, b):
        o = a._operands(b)
        if o is not None:
            return (a._numerator * o._denominator) // (a._denominator * o._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented
    def __rfloordiv__(b, a):
        o = b._operands(a)
        if o is not None:
            return o // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented
    def __mod__(a, b):
        o = a._operands(b)
        if o is not None:
            return Fraction((a._numerator * o._denominator) % (o._numerator * a._denominator), a._denominator * o._denominator)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented
    def __rmod__(b, a):
        o = b._operands(a)
        if o is not None:
            return o % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented
    def __divmod__(a, b):
        return (a // b, a % b)
    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = int(b) if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented
    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        return a ** float(b)
    def __pos__(a):
        return Fraction(a._numerator, a._denominator)
    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)
    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)
    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator
    __trunc__ = __int__
    def __index__(a):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")
    def __float__(a):
        n, d = a._numerator, a._denominator
        if -9007199254740992 <= n <= 9007199254740992 and d <= 9007199254740992:
            return n / d
        # Correctly rounded: a quotient of 55+ bits with a sticky bit, rounded once by float().
        shift = 55 - (abs(n).bit_length() - d.bit_length())
        if shift > 0:
            q, r = divmod(abs(n) << shift, d)
        else:
            q, r = divmod(abs(n), d << -shift)
        if r:
            q |= 1
        result = _math.ldexp(float(q), -shift)
        return -result if n < 0 else result
    def __floor__(a):
        return a._numerator // a._denominator
    def __ceil__(a):
        return -(-a._numerator // a._denominator)
    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)
    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        as_float = self._numerator / self._denominator
        if Fraction(as_float) == self:
            return hash(as_float)
        dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
        h = hash(abs(self._numerator)) * dinv % _PyHASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result
    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return a == Fraction(b)
        return NotImplemented
    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented
    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)
    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)
    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)
    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)
    def __bool__(a):
        return a._numerator != 0
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self
`;
