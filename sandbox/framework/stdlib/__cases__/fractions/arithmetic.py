from fractions import Fraction
from decimal import Decimal
F = Fraction
print(F(3, 4) + F(1, 4), F(1, 2) - F(3, 4), F(2, 3) * F(3, 5), F(1, 2) / F(1, 4), F(7, 2) // F(1, 3), F(7, 2) % F(1, 3))
print(F(1, 3) + 1, 1 - F(1, 3), 2 * F(1, 3), 1 / F(1, 3), F(1, 2) + 0.25, 0.5 * F(1, 2), F(1, 2) ** 3, F(2, 3) ** -2, 4 ** F(1, 2), F(4) ** F(1, 2))
print(F(-6, 4), F(6, -4), F(0, 5), F(10), F("  -7/21 "), F("1.25"), F("-2e-3"), F("3"), F(Decimal("1.10")), F(0.1))
print(F(1, 3) == F(2, 6), F(1, 2) == 0.5, F(2) == 2, F(1, 3) != F(1, 3), F(1, 3) < F(1, 2), F(1, 2) >= 0.5, F(1, 3) > 0, 1 < F(3, 2))
print(hash(F(2)) == hash(2), hash(F(1, 2)) == hash(0.5), len({F(1, 2), F(2, 4)}), {F(3, 1): "x"}[F(3)])
print(abs(F(-1, 2)), -F(1, 2), +F(1, 2), int(F(-7, 2)), float(F(1, 3)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 3), round(F(12345, 1), -2))
print(F(22, 7).limit_denominator(5), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(), F(0.333).limit_denominator(10))
print(F(5, 10).numerator, F(5, 10).denominator, F(5, 10).as_integer_ratio(), F(4, 2).is_integer(), repr(F(1, 2)), str(F(4, 2)))
print(F.from_float(0.75), F.from_decimal(Decimal("0.5")), sum([F(1, 3)] * 3), sorted([F(1, 2), F(1, 3), 0.4]), max(F(1, 2), 0.6))
print(f"{F(1, 3):.3f}", f"{F(1, 3)}", format(F(2, 3), ".2%"), f"{F(-5, 4)!s:>8}", bool(F(0)), bool(F(1, 9)))
import math
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), F(10**30, 3) > 10**29, F(2**70, 2**68))
for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(1, 2) / 0, lambda: F(float("nan")), lambda: F(float("inf")), lambda: F([1])]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(F(1, 2), ">8")
except ValueError as e:
    print("ValueError", e)
