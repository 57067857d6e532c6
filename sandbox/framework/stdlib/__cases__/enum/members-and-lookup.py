from enum import Enum, IntEnum, StrEnum, auto, unique, Flag, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def lower(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.__members__)
print(Color.RED.describe(), Color.BLUE.lower, Color.default())
print(Color(3), Color['GREEN'], Color.RED in Color, 2 in Color, 9 in Color)
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print([c.name for c in reversed(Color)], Color.RED != Color.BLUE)
print(format(Color.RED), f"{Color.RED:>12}|", str(Color.GREEN))
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None
print(Shape("circle"), Shape(1), [s.value for s in Shape])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
