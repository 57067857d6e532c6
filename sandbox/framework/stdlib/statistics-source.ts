/** Python's statistics module, written in Python as CPython's is: exact sums over fractions, results in the data's type. */
export const STATISTICS_SOURCE = String.raw`
import math
from fractions import Fraction
from decimal import Decimal
from collections import Counter
from bisect import bisect_left, bisect_right

class StatisticsError(ValueError):
    pass

def _exact_ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            return x, None
        return x.as_integer_ratio()
    if isinstance(x, Decimal):
        f = Fraction(x)
        return f.numerator, f.denominator
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")

def _coerce(T, S):
    if T is bool:
        T = int
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"can't convert type '{T.__name__}' to '{S.__name__}'")

def _sum(data):
    count = 0
    T = int
    total = Fraction(0)
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        if d is None:
            special = x if special is None else special + x
        else:
            total += Fraction(n, d)
    if special is not None:
        return T, special, count
    return T, total, count

def _convert(value, T):
    if type(value) is T:
        return value
    if not isinstance(value, Fraction):
        return T(value)
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if issubclass(T, Decimal):
        return T(value.numerator) / T(value.denominator)
    if issubclass(T, int):
        return T(value.numerator)
    return T(value)

def _ss(data, c=None):
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    data = list(data)
    T, total, count = _sum(data)
    if count == 0:
        return T, total, None, 0
    if not isinstance(total, Fraction):
        return T, total, total, count
    mean = total / count
    ss = Fraction(0)
    for x in data:
        n, d = _exact_ratio(x)
        diff = Fraction(n, d) - mean
        ss += diff * diff
    return T, ss, mean, count

def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)

def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return float(Fraction(numerator, denominator))

def _sqrt_in(value, T):
    if not isinstance(value, Fraction):
        return math.sqrt(value)
    if issubclass(T, Decimal):
        d = T(value.numerator) / T(value.denominator)
        if hasattr(d, 'sqrt'):
            return d.sqrt()
        return T(repr(math.sqrt(float(d))))
    return _float_sqrt_of_frac(value.numerator, value.denominator)

def mean(data):
    data = list(data)
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)

def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den

def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None

def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
        if x == 0:
            return 0
    try:
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)

def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2

def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]

def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]

def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f

def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None

def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]

def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')

def variance(data, xbar=None):
    data = list(data)
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)

def pvariance(data, mu=None):
    data = list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)

def stdev(data, xbar=None):
    data = list(data)
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_in(ss / (n - 1), T)

def pstdev(data, mu=None):
    data = list(data)
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_in(ss / n, T)
`;
