from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list, compare=False)
    secret: str = field(default="s", repr=False)
    count: ClassVar[int] = 0
print(Item("a"), Item("a", 1.0) == Item("a", 1.0, ["x"]), Item("a") == Item("b"), Item("a") == "a")
print([f.name for f in fields(Item)], is_dataclass(Item), is_dataclass(Item("x")), is_dataclass(3), Item.count)
print(Item.__match_args__, Item.__dataclass_fields__["count"]._field_type)
for args, kwargs in [((), {}), (("a", 1, [], "s", 5), {}), (("a",), {"nope": 1}), (("a",), {"name": "b"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    y: int = 5
print(Child(0), fields(Child)[1].default, Child(1, 2, 3) == Child(1, 2, 3))
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1))
try:
    Opts(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=True)
print(Mixed(1, b=2), Mixed.__match_args__)
@dataclass
class WithInit:
    total: int = field(init=False)
    base: InitVar[int] = 10
    def __post_init__(self, base):
        self.total = base * 2
print(WithInit(), WithInit(4), [f.name for f in fields(WithInit)])
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
v = Ver(1, 2)
for attempt in ("assign", "delete"):
    try:
        if attempt == "assign":
            v.major = 3
        else:
            del v.minor
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), Ver(1) <= Ver(1), hash(v) == hash(Ver(1, 2)), replace(v, minor=9))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(unsafe_hash=True)
class Tag:
    name: str
print(hash(Tag("a")) == hash(Tag("a")), len({Tag("a"), Tag("a"), Tag("b")}))
@dataclass
class Unhashable:
    x: int
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
try:
    replace(WithInit(), total=3)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class Ident:
    x: int
print(Ident(1) == Ident(1), Ident(1))
@dataclass(repr=False)
class NoRepr:
    x: int
print(type(repr(NoRepr(1))).__name__, repr(NoRepr(1)).startswith("<"))
@dataclass(slots=True)
class Slotted:
    x: int
print(Slotted(3))
