from datetime import datetime, date, time, timezone, timedelta
moments = [datetime(2024, 1, 1, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999), datetime(2021, 1, 3, 12, 30), datetime(1999, 12, 26, 13, 5, 9, 500)]
directives = "a A b B c d e f H I j m M p S U W w u V G g y Y x X D T F R r C h k l n t %".split()
for m in moments:
    print(" | ".join(m.strftime("%" + d) for d in directives))
print(date(5, 3, 7).strftime("%Y %y %C %G|%F"), date(2024, 6, 9).strftime("%-d/%-m %_d %^a %^B"))
print(time(14, 3, 9, 7).strftime("%H:%M:%S.%f %p %I %Y-%m-%d"), format(time(9, 5), "%I:%M %p"))
aware = datetime(2024, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aware.strftime("%z %:z %Z"), datetime(2024, 6, 1).strftime("[%z][%Z]"), aware.strftime("%Q %"))
print(f"{date(2024, 2, 29):%A %d %B %Y}", f"{datetime(2024, 2, 29, 18):}", f"{date(2024, 2, 29)}", f"{time(1, 2):}")
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, datetime(2024, 1, 2, 3, 4, 5, 678901).isoformat(timespec=spec), time(1, 2, 3, 450).isoformat(spec))
print(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc).isoformat("_"), date(2024, 1, 2).ctime(), datetime(2024, 1, 2, 3).ctime())
