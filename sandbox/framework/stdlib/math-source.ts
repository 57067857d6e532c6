/** The part of Python's math module written in Python: exact integer functions, and argument checks around the C functions. */
export const MATH_SOURCE = String.raw`
pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float('inf')
nan = float('nan')

def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        f = float(x)
        if f - f != 0:
            raise OverflowError('int too large to convert to float')
        return f
    conv = getattr(type(x), '__float__', None)
    if conv is not None:
        return conv(x)
    raise TypeError(f'must be real number, not {type(x).__name__}')

def _int(x):
    if isinstance(x, int):
        return int(x)
    index = getattr(type(x), '__index__', None)
    if index is not None:
        return index(x)
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")

def sqrt(x): return _c_sqrt(_real(x))
def exp(x): return _c_exp(_real(x))
def exp2(x): return _c_exp2(_real(x))
def expm1(x): return _c_expm1(_real(x))
def sin(x): return _c_sin(_real(x))
def cos(x): return _c_cos(_real(x))
def tan(x): return _c_tan(_real(x))
def asin(x): return _c_asin(_real(x))
def acos(x): return _c_acos(_real(x))
def atan(x): return _c_atan(_real(x))
def atan2(y, x): return _c_atan2(_real(y), _real(x))
def sinh(x): return _c_sinh(_real(x))
def cosh(x): return _c_cosh(_real(x))
def tanh(x): return _c_tanh(_real(x))
def asinh(x): return _c_asinh(_real(x))
def acosh(x): return _c_acosh(_real(x))
def atanh(x): return _c_atanh(_real(x))
def cbrt(x): return _c_cbrt(_real(x))
def isnan(x): return _c_isnan(_real(x))
def isinf(x): return _c_isinf(_real(x))
def isfinite(x):
    x = _real(x)
    return not (_c_isnan(x) or _c_isinf(x))
def fabs(x): return abs(_real(x))
def pow(x, y): return _c_pow(_real(x), _real(y))
def fmod(x, y): return _c_fmod(_real(x), _real(y))
def copysign(x, y): return _c_copysign(_real(x), _real(y))
def frexp(x): return _c_frexp(_real(x))
def ldexp(x, i): return _c_ldexp(_real(x), _int(i))
def nextafter(x, y): return _c_nextafter(_real(x), _real(y))
def degrees(x): return _real(x) * (180.0 / pi)
def radians(x): return _real(x) * (pi / 180.0)

def _log_of(x, fn):
    # An int too big for a float: log(m * 2**e) = log(m) + e * log(2), m in [0.5, 1), as CPython does.
    if isinstance(x, int) and x > 0 and x.bit_length() > 1024:
        e = x.bit_length()
        q = x >> (e - 55)
        if q << (e - 55) != x:
            q |= 1
        return fn(float(q) / 36028797018963968) + fn(2.0) * e
    x = _real(x)
    if x <= 0:
        raise ValueError('math domain error')
    return fn(x)

def log(x, base=None):
    result = _log_of(x, _c_ln)
    if base is None:
        return result
    divisor = _log_of(base, _c_ln)
    if divisor == 0:
        raise ZeroDivisionError('float division by zero')
    return result / divisor
def log2(x): return _log_of(x, _c_log2)
def log10(x): return _log_of(x, _c_log10)
def log1p(x):
    x = _real(x)
    if x <= -1:
        raise ValueError('math domain error')
    return _c_log1p(x)

def modf(x):
    x = _real(x)
    if isinf(x):
        return (copysign(0.0, x), x)
    whole = float(int(x)) if not isnan(x) else x
    return (copysign(x - whole, x), copysign(whole, x))

def _to_int(x, name):
    method = getattr(type(x), name, None)
    if method is not None and not isinstance(x, (int, float)):
        return method(x)
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return None
    raise TypeError(f"type {type(x).__name__} doesn't define {name} method")

def floor(x):
    r = _to_int(x, '__floor__')
    if r is not None:
        return r
    i = int(x)
    return i - 1 if x < i else i

def ceil(x):
    r = _to_int(x, '__ceil__')
    if r is not None:
        return r
    i = int(x)
    return i + 1 if x > i else i

def trunc(x):
    r = _to_int(x, '__trunc__')
    if r is not None:
        return r
    return int(x)

def factorial(n):
    if isinstance(n, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    n = _int(n)
    if n < 0:
        raise ValueError('factorial() not defined for negative values')
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def isqrt(n):
    n = _int(n)
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def gcd(*integers):
    result = 0
    for n in integers:
        n = abs(_int(n))
        a, b = result, n
        while b:
            a, b = b, a % b
        result = a
    return result

def lcm(*integers):
    result = 1
    for n in integers:
        n = abs(_int(n))
        if n == 0 or result == 0:
            result = 0
            continue
        result = result // gcd(result, n) * n
    return result

def perm(n, k=None):
    if k is None:
        return factorial(n)
    n = _int(n)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    k = _int(k)
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result

def comb(n, k):
    n = _int(n)
    k = _int(k)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result

def prod(iterable, /, *, start=1):
    result = start
    for x in iterable:
        result = result * x
    return result

def fsum(seq):
    partials = []
    special = 0.0
    for x in seq:
        x = _real(x)
        if isinf(x) or isnan(x):
            special += x
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]
    if special or isnan(special):
        return special
    hi = 0.0
    if partials:
        n = len(partials)
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo:
                break
        if n > 0 and ((lo < 0 and partials[n - 1] < 0) or (lo > 0 and partials[n - 1] > 0)):
            y = lo * 2
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi

def hypot(*coordinates):
    if not coordinates:
        return 0.0
    values = [abs(_real(c)) for c in coordinates]
    for v in values:
        if isinf(v):
            return inf
    biggest = max(values)
    if biggest == 0 or isnan(biggest):
        return biggest
    return biggest * sqrt(fsum((v / biggest) ** 2 for v in values))

def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    return hypot(*[_real(a) - _real(b) for a, b in zip(p, q)])

def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    a = _real(a)
    b = _real(b)
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol

def ulp(x):
    x = abs(_real(x))
    if isnan(x) or isinf(x):
        return x
    return nextafter(x, inf) - x
`;
