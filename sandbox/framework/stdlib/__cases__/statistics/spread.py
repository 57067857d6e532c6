import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]))
print(st.variance([10, 12, 23, 23, 16, 23, 21, 16]), st.stdev([10, 12, 23, 23, 16, 23, 21, 16]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance([Decimal("27.5"), Decimal("30.25"), Decimal("30.25")]))
m = st.mean(data)
print(st.variance(data, m), st.pvariance([1, 2, 3], mu=2), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([3, 3, 3]))
print(st.stdev([0.1] * 5), st.pstdev([1e10, 1e10 + 1]), st.variance(range(100)), st.stdev(range(1, 8)))
for f, args in [(st.variance, [1]), (st.stdev, []), (st.pvariance, []), (st.pstdev, [])]:
    try:
        f(args)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
