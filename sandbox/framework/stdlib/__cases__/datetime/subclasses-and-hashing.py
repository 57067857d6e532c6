from datetime import date, datetime, time, timedelta, timezone, tzinfo
class Birthday(date):
    def age_on(self, day):
        return day.year - self.year - ((day.month, day.day) < (self.month, self.day))
b = Birthday(1990, 8, 15)
print(b, repr(b), type(b).__name__, b.age_on(date(2024, 8, 14)), b.age_on(date(2024, 8, 15)), isinstance(b, date))
print(type(b + timedelta(days=1)).__name__, type(b.replace(day=1)).__name__, type(Birthday.today()).__name__)
class Stamp(datetime):
    pass
s = Stamp(2024, 1, 1, 12)
print(repr(s), type(Stamp.now()).__name__, type(Stamp.fromisoformat("2024-01-01")).__name__, type(s - timedelta(1)).__name__)
days = {date(2024, 1, 1): "new year", date(2024, 12, 25): "christmas"}
print(days[date(2024, 1, 1)], date(2024, 12, 25) in days, len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0)}))
aware = {datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))}
print(len(aware), len({time(1), time(1, 0, 0)}), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 11, tzinfo=timezone(timedelta(hours=-2)))]))
print(min(date(2024, 5, 1), date(2023, 5, 1)), max([time(3), time(1), time(2)]))
print(date(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != None, datetime(2024, 1, 1) == date(2024, 1, 1))
try:
    date(2024, 1, 1).year = 2025
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(date.fromisocalendar(2024, 53, 1))
except ValueError as e:
    print("ValueError:", e)
print(date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2024, 1, 1), date.fromordinal(1), date.max.toordinal())
iso = date(2021, 1, 3).isocalendar()
print(iso, iso[0], iso[-1], len(iso), list(iso), tuple(iso), iso.year, iso.week, iso.weekday)
y, w, d = date(2024, 12, 30).isocalendar()
print(y, w, d)
