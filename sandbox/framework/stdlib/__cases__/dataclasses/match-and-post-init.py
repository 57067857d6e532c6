from dataclasses import dataclass, field
@dataclass
class Move:
    dx: int
    dy: int = 0
def describe(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case _:
            return "diagonal"
print([describe(m) for m in (Move(0), Move(3), Move(0, 2), Move(1, 1))])
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("balance cannot be negative")
        self.owner = self.owner.title()
    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self
a = Account("ada lovelace")
print(a.deposit(10).deposit(5), a.history)
b = Account("bob")
print(b.history is not a.history, Account.__init__.__qualname__)
try:
    Account("x", -1)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Point:
    x: int
    y: int
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
print(Point(1, 2) + Point(3, 4), Point(1, 2).__eq__(Point(1, 2)))
Account()
