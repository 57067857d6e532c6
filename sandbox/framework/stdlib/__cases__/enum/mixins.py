from enum import Enum, IntEnum, StrEnum, auto, Flag, IntFlag
class Level(IntEnum):
    LOW = 1
    HIGH = 5
print(Level.LOW + Level.HIGH, Level.HIGH * 2, Level.LOW == 1, Level.HIGH > 3, int(Level.HIGH))
print(str(Level.LOW), repr(Level.LOW), f"{Level.HIGH}", isinstance(Level.LOW, int), sorted(Level, reverse=True))
print(Level(5), Level(5) is Level.HIGH, max(Level))
class Method(StrEnum):
    GET = auto()
    POST = auto()
print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), Method("post"), len(Method.POST))
print(f"[{Method.GET}]", Method.GET + "!", Method.POST.value, isinstance(Method.GET, str))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), Perm(6) is rw)
print(repr(Perm(0)), rw & Perm.W, (Perm.R | Perm.X).value)
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Bits.A | Bits.C, repr(Bits.B | Bits.C), [b.value for b in Bits], Bits.C == 4)
class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"
print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == "happy", f"{Mood.HAPPY}", Mood("sad").name)
