class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), sum(Squares()), max(Squares()))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
for x in Squares():
    print(x, end=" ")
print()
class Endless:
    def __getitem__(self, i):
        return i
print(5 in Endless())
a, b, c = Squares()[0], *list(Squares())[1:3]
print(a, b, c, sorted(Squares(), reverse=True), tuple(Squares()), set(Squares()) == {0, 1, 4, 9})
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "x"
print(list(Stops()))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Truthy()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class NotRev:
    pass
try:
    reversed(NotRev())
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    list(Squares)
except TypeError as e:
    print(e)
