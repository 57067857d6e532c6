import calendar
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2024, 7, 4), repr(calendar.weekday(2024, 7, 4)))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[6], calendar.day_abbr[0], len(calendar.month_name))
print(list(calendar.day_abbr), calendar.month_name[1:4], list(calendar.month_abbr)[:3])
print(calendar.MONDAY, repr(calendar.SUNDAY), calendar.SUNDAY + 1, calendar.FRIDAY == 4, calendar.JANUARY, calendar.Day(2), calendar.Day.MONDAY.name)
print(f"{calendar.TUESDAY}", calendar.firstweekday(), calendar.monthcalendar(2024, 2))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 2), end="")
calendar.prmonth(2024, 9)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
