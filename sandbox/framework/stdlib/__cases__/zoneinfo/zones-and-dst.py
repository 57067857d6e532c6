from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
from datetime import datetime, timedelta, timezone, tzinfo
k = ZoneInfo("Asia/Kolkata")
p = ZoneInfo("Europe/Paris")
print(repr(k), str(k), k.key, k is ZoneInfo("Asia/Kolkata"))
d = datetime(2024, 7, 1, 12, 0, tzinfo=p)
print(d, d.utcoffset(), d.dst(), d.tzname(), repr(d))
w = datetime(2024, 1, 15, 12, 0, tzinfo=p)
print(w, w.utcoffset(), w.dst(), w.tzname())
print(datetime(2024, 1, 15, 12, 0, tzinfo=k), datetime(2024, 1, 15, 12, 0, tzinfo=k).tzname())
u = datetime(2024, 10, 27, 0, 30, tzinfo=timezone.utc)
for i in range(4):
    x = (u + timedelta(minutes=30 * i)).astimezone(p)
    print(x, x.fold, x.tzname())
a = datetime(2024, 10, 27, 2, 30, tzinfo=p)
print(a.utcoffset(), a.replace(fold=1).utcoffset())
g = datetime(2024, 3, 31, 2, 30, tzinfo=p)
print(g.utcoffset(), g.replace(fold=1).utcoffset(), g.astimezone(timezone.utc))
ny = ZoneInfo("America/New_York")
print(datetime(2024, 6, 1, 9, 0, tzinfo=ny).astimezone(k), datetime(2024, 12, 1, 9, 0, tzinfo=ny).tzname())
print(datetime.fromtimestamp(1700000000, ny), datetime(2024,1,1,tzinfo=ny).timestamp())
try:
    ZoneInfo("Foo/Bar")
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
print("Europe/Paris" in available_timezones(), "UTC" in available_timezones(), len(available_timezones()) > 300)
print(ZoneInfo("UTC"), datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC")).tzname())
print(datetime(2024, 3, 10, 12, tzinfo=ny) - datetime(2024, 3, 9, 12, tzinfo=ny))
print(datetime(2024, 5, 5, tzinfo=ZoneInfo("Asia/Tokyo")).isoformat(), datetime(2024, 5, 5, tzinfo=ZoneInfo("Asia/Dubai")).tzname())
class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"Fixed({self.name})"
f = Fixed(3, "MSK")
m = datetime(2024, 2, 2, 10, 0, tzinfo=f)
print(m, repr(m), m.tzname(), m.utcoffset(), m.astimezone(timezone.utc), m.strftime("%H:%M %Z %z"))
print(datetime(2024, 2, 2, 7, tzinfo=timezone.utc).astimezone(f), m == datetime(2024, 2, 2, 7, tzinfo=timezone.utc))
print(isinstance(f, tzinfo), type(m).__name__, {m: 1}[datetime(2024, 2, 2, 7, tzinfo=timezone.utc)])
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except TypeError as e:
    print(e)
class NoImpl(tzinfo):
    pass
try:
    datetime(2024, 1, 1, tzinfo=NoImpl()).utcoffset()
except NotImplementedError as e:
    print(e)
