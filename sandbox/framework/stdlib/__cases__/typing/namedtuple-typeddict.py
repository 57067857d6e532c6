from typing import NamedTuple, TypedDict, Optional, NewType, Literal, get_args, get_origin, Union, List
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.norm2(), p._fields, Point._field_defaults, Point(1), p == Point(3, 4), hash(p) == hash(Point(3, 4)))
x, y = p
print(x + y, list(p), p[0], p[-1], len(p), Point._make([5, 6]), 3 in p)
for bad in ((), (1, 2, 3)):
    try:
        Point(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
class Options(TypedDict, total=False):
    verbose: bool
    level: int
o = Options(verbose=True)
print(o, Options.__total__, sorted(Options.__optional_keys__), isinstance(o, dict))
UserId = NewType("UserId", int)
print(UserId(5), UserId(5) + 1, UserId)
Mode = Literal["r", "w"]
print(Mode, get_args(Mode), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(Union[int, str] == Union[str, int], List[int] == list[int], get_origin(list[int]), get_args(list[int]))
