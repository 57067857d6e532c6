from enum import Enum, IntEnum, StrEnum
Color = Enum('Color', 'RED GREEN BLUE')
print(list(Color), Color.GREEN.value, repr(Color))
Shape = Enum('Shape', [('SQUARE', 2), ('CIRCLE', 5)])
print(Shape(5), Shape.SQUARE.value)
Dir = Enum('Dir', {'N': 'n', 'S': 's'})
print(Dir.N, Dir('s'))
Num = IntEnum('Num', ['ONE', 'TWO'])
print(Num.TWO + 1, Num.ONE)
Method = StrEnum('Method', 'GET POST')
print(Method.GET, repr(Method.POST))

class Guard(Enum):
    ON = 1
Guard.extra = "ok"
print(Guard.extra)
try:
    Guard.ON = 2
except AttributeError as e:
    print("AttributeError:", e)
