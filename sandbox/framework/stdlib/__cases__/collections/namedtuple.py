from collections import namedtuple
Point = namedtuple("Point", "x, y")
p = Point(1, y=2)
print(p, p.x, p[1], p[-1], p[:1], len(p), list(p), tuple(p))
print(p == (1, 2), p != (1, 3), p < Point(2, 0), hash(p) == hash((1, 2)), p + (3,), p * 2)
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), Point._fields, Point._field_defaults)
print(Point.__name__, Point.__doc__, Point.x.__doc__, p.count(1), p.index(2))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, 2 in p)
Row = namedtuple("Row", ["id", "name", "email"], defaults=[None, "-"])
print(Row(1), Row(1, "a"), Row._field_defaults)
R = namedtuple("R", "a def a _b", rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"<{self.x},{self.y}>"
v = Vec(3, 4)
print(v, v.norm2(), sorted([Vec(2, 1), Vec(1, 9)]), v._replace(x=0))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for spec in ["x x", "x def", "x _y", "1x"]:
    try:
        namedtuple("T", spec)
    except ValueError as e:
        print("ValueError", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError", e)
print(Point.__module__)
