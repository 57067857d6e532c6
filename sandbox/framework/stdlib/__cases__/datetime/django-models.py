import datetime
from datetime import timezone as dt_timezone


class FakeTimezone:
    """What django.utils.timezone.now() returns with USE_TZ = True: an aware UTC datetime."""

    @staticmethod
    def now():
        return datetime.datetime.now(dt_timezone.utc)


timezone = FakeTimezone()


class Question:
    def __init__(self, question_text, pub_date):
        self.question_text = question_text
        self.pub_date = pub_date

    def __str__(self):
        return self.question_text

    def was_published_recently(self):
        now = timezone.now()
        return now - datetime.timedelta(days=1) <= self.pub_date <= now


recent = Question("What's new?", timezone.now() - datetime.timedelta(hours=23, minutes=59, seconds=59))
old = Question("Old one", timezone.now() - datetime.timedelta(days=1, seconds=1))
future = Question("Future", timezone.now() + datetime.timedelta(days=30))
for q in [recent, old, future]:
    print(q, q.was_published_recently(), q.pub_date.tzinfo, q.pub_date.utcoffset())
naive = Question("Naive", datetime.datetime.now())
try:
    naive.was_published_recently()
except TypeError as e:
    print("TypeError:", e)
print(datetime.datetime.now().tzinfo, datetime.datetime.now(dt_timezone.utc).tzinfo, isinstance(timezone.now(), datetime.date))
print(type(datetime.date.today()).__name__, datetime.date.today() <= datetime.datetime.now().date(), datetime.datetime.utcnow().tzinfo)
questions = sorted([old, future, recent], key=lambda q: q.pub_date, reverse=True)
print([str(q) for q in questions])
stamp = datetime.datetime(2024, 4, 5, 6, 7, 8, tzinfo=dt_timezone.utc)
print(stamp.isoformat(), stamp.astimezone(dt_timezone(datetime.timedelta(hours=2))).strftime("%Y-%m-%d %H:%M"))
print(datetime.datetime.fromisoformat(stamp.isoformat()) == stamp, datetime.UTC is dt_timezone.utc, datetime.MINYEAR, datetime.MAXYEAR)
