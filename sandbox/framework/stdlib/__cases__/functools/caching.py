from functools import lru_cache, cache, cached_property
@lru_cache(maxsize=3)
def sq(n):
    print("compute", n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 1]:
    sq(n)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, type(info).__name__)
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(25), fact.cache_info().currsize, fact.cache_info().maxsize)
@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("area computed")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 99
print(c.area)
del c.area
print(c.area)
print(type(Circle.__dict__["area"]).__name__)
