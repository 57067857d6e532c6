import calendar
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4))
