def g():
    i = 0
    while True:
        yield i
        i += 1
try:
    a, b = g()
except ValueError as e:
    print(e)
a, *b = "xyz"
print(a, b)
try:
    x, y = 5
except TypeError as e:
    print(e)
a, b = b, a
print(a, b)
