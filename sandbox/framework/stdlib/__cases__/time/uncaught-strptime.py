import time
print(time.strptime("2024", "%Y").tm_year)
time.strptime("2024-01-01 extra", "%Y-%m-%d")
