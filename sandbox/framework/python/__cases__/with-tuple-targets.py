doc = """
with f() as (a, b):
"""
print(doc)
class CM:
    def __init__(self, v): self.v = v
    def __enter__(self): return self.v
    def __exit__(self, *a): return False
with CM((1, 2)) as (a, b):
    print(a, b)
with CM([1, [2, 3]]) as [x, (y, z)], CM("ab") as (p, q):
    print(x, y, z, p, q)
with CM((1, 2, 3)) as (first, *rest):
    print(first, rest)
d = {}
with CM((5, 6)) as (d["k"], d["j"]):
    pass
print(d)
with CM(7) as (single):
    print(single)
def f():
    with CM((1, 2)) as (m, n):
        return m + n
print(f())
try:
    with CM((1, 2, 3)) as (u, v):
        pass
except ValueError as e:
    print(e)
import_ = [0]
with CM("xy") as [import_[0], last]:
    print(import_, last)
with CM(1) as (w, ww):
    pass
