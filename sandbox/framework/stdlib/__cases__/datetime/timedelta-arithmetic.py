from datetime import timedelta
cases = [
    timedelta(days=1, hours=-1), timedelta(seconds=-0.5), timedelta(minutes=1.5, microseconds=0.5),
    timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(milliseconds=-1),
    timedelta(weeks=1.25), timedelta(days=0.1), timedelta(hours=-25, minutes=30),
]
for td in cases:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
a = timedelta(hours=5, minutes=7, seconds=3)
print(a * 2.5, 2 * a, a / 7, a / 2.5, a // 4, a // timedelta(minutes=2), a % timedelta(minutes=2))
print(divmod(a, timedelta(minutes=50)), -a, +a, abs(-a), a / a)
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(hours=1)]))
print({timedelta(hours=24): "day"}[timedelta(days=1)], timedelta(1) != timedelta(2), timedelta(1) == 1)
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.resolution))
for bad in [lambda: timedelta(days="1"), lambda: a < 5, lambda: a * None, lambda: a / "x",
            lambda: timedelta(days=999999999) + timedelta(days=1), lambda: a // 0.5, lambda: 3 - a]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
total = sum([timedelta(minutes=10), timedelta(minutes=25)], timedelta())
print(total, f"{total}", f"{total!r}", "{:>12}".format(str(total)))
print(timedelta(days=-2, seconds=5) , timedelta(days=1) - timedelta(days=1, microseconds=1))
