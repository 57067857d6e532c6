import time
t = time.gmtime(1700000000.75)
print(t, repr(t))
print(t[0], t[-1], t[:3], len(t), list(t)[3:6], t.tm_zone, t.tm_gmtoff, tuple(t) == t, t == tuple(t))
y, mo, d, h, mi, s, wd, yd, dst = time.gmtime(0)
print(y, mo, d, h, mi, s, wd, yd, dst)
print(time.strftime("%Y-%m-%dT%H:%M:%S %a %j %U %W %z %Z %f %%", time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(1e9)), time.ctime(1e9), time.ctime(0))
print(time.mktime(time.localtime(1234567890)), time.localtime(0).tm_zone, time.timezone, time.altzone, time.daylight, time.tzname)
st = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))
print(st, st.tm_yday, st.tm_zone, time.strftime("%A %d %B %Y", st))
print(time.strptime("30 Nov 00", "%d %b %y"), time.strptime("2024-02-29", "%Y-%m-%d").tm_yday)
p = time.strptime("2024-06-01 10:00 +0530", "%Y-%m-%d %H:%M %z")
print(p.tm_gmtoff, p.tm_isdst, p.tm_zone)
for bad in [lambda: time.strftime("%Y", (2024,)), lambda: time.strftime("%Y", 5), lambda: time.sleep(-1),
            lambda: time.sleep("1"), lambda: time.strptime("x", "%Y"), lambda: time.struct_time((1, 2)), lambda: t[9]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
