# An expression statement with commas is one tuple: every item is evaluated, in order.
calls = []


def f(name):
    calls.append(name)
    return name


f("a"), f("b")
f("c"),
f("d"), f("e"), f("f"),
print(calls)
x = [1, 2]
x[0], x[1]
print(x)
print((lambda: 1)(), 2)
