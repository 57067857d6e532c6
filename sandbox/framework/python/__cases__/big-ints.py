print(pow(7, -1, 13), pow(3, -2, 7), pow(5, 0, 1), pow(2, -1, -7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(10**23 == 1e23, 10**23 < 1e23, 10**23 > 1e23, 2**53 + 1 > 2.0**53, 2**70 == 2.0**70)
print(10**400 < float("inf"), 10**400 > float("-inf"), 10**30 == float("nan"), 10**30 < float("nan"))
print(1e23 == 10**23, 1e23 > 10**23, {2**70: 1}.get(2.0**70), 2**100 + 0.5 > 2**100)
print(2**64 > 1.8e19, 2**64 < 1.9e19, -(2**64) < -1.8e19, 2**1100 > 1e300, hash(2**70) == hash(2.0**70))
print(pow(10**20 + 1, -1, 10**9 + 7), pow(-3, -1, 7), 7 ** -1)
print(sorted([2**70, 1e21, 2.0**70 + 2**20, -1e30, -(10**30)]))
