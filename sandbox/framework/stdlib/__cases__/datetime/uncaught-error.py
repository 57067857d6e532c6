import datetime
print(datetime.date(2024, 2, 29).isoformat())
deadline = datetime.date(2023, 2, 29)
print("not reached")
