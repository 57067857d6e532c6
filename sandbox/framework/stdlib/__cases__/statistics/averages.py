import statistics as st
from fractions import Fraction
from decimal import Decimal
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.mean([1.5, 2.5, 3.0]), st.mean([1, 2.5]), st.mean(range(11)), st.mean(iter([3, 4])))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("0.1"), Decimal("0.25")]), st.mean([True, False, True]))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1, 0.2]), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([2, 8]), st.geometric_mean([54, 24, 36]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0]), st.harmonic_mean([5]), st.harmonic_mean([60, 40], weights=[1, 3]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median([1.5, 2.5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(["b", "a", "c"]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.mode(["x"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2]))
print(st.quantiles([1, 9, 9, 2, 8, 10, 3, 4, 5, 6], n=4), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4], n=3, method="inclusive"), st.quantiles([1, 5], n=2))
for f, args in [(st.mean, []), (st.fmean, []), (st.median, []), (st.mode, []), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.quantiles, [1])]:
    try:
        f(args)
    except st.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print(e)
try:
    st.quantiles([1, 2, 3], method="nope")
except ValueError as e:
    print(e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
