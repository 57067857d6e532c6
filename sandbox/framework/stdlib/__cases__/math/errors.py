import math
cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2), lambda: math.log10(0), lambda: math.acos(2),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.comb(-1, 2),
    lambda: math.comb(5, -2), lambda: math.perm(-3), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.fmod(1, 0),
    lambda: math.floor(math.nan), lambda: math.ceil(math.inf), lambda: math.sqrt("4"), lambda: math.gcd(2.0, 4),
    lambda: math.dist([1], [1, 2]), lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.log(10, 1), lambda: math.ldexp(1.0, 2000), lambda: math.isfinite(10**400), lambda: math.sqrt(10**400),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
class Money:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return int(self.v)
    def __ceil__(self):
        return int(self.v) + 1
    def __float__(self):
        return float(self.v)
print(math.floor(Money(2.5)), math.ceil(Money(2.5)), math.sqrt(Money(16)))
