z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
print(repr(zip([]))[:17])
e = enumerate("abc", 5)
print(next(e), list(e))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2, 9])))
print(list(filter(None, [0, 1, "", 2])))
def gen():
    i = 0
    while True:
        yield i
        i += 1
print(list(zip(range(3), gen())))
for a, b in zip(gen(), "xy"):
    print(a, b)
for args in [([1], [2, 3]), ([1, 2], [2, 3], [4]), ([1, 2], [2, 3], [4, 5, 6])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(2))).__name__)
try:
    reversed({1})
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(L())))
x = enumerate([1])
print(iter(x) is x)
for f in [lambda: enumerate(), lambda: filter(1), lambda: map(len), lambda: zip([], bad=1), lambda: enumerate([], "a")]:
    try:
        f()
    except TypeError as e:
        print(e)
r = repr(map(str, []))
print(r.startswith("<map object at 0x"), repr(filter(None, [])).startswith("<filter object at 0x"), repr(enumerate([])).startswith("<enumerate object at 0x"))
log = []
def noisy(x):
    log.append(x)
    return x
m = map(noisy, [1, 2, 3])
print(log, next(m), log)
for i, (a, b) in enumerate(zip("ab", map(noisy, [7, 8])), 1):
    print(i, a, b, log)
print(list(enumerate(range(2), 2**70)))
print(list(zip()))
print(zip, map, type(zip([])) is zip, isinstance(map(str, []), map), isinstance(enumerate([]), enumerate), type(reversed((1,))) is reversed)
print(list(zip("ab", [1, 2])), list(map(len, ["a", "bb"])), list(reversed([1, 2])), callable(zip), zip.__name__)
print(type(reversed([])).__name__, isinstance(reversed([]), reversed))
