from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Sequence,
                    Mapping, TypeVar, Generic, Protocol, ClassVar, Final, Literal, TypedDict, NamedTuple,
                    cast, TYPE_CHECKING, get_type_hints, overload, get_origin, get_args)
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], Callable[[int, str], bool], Callable[..., Any])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int], Any, ClassVar[int], Final[str], Literal["a", 1])
print(list[int], dict[str, list[int]], tuple[int, ...], int | None, list[int] | None, type[int])
print(Optional[int] == Union[int, None], List[int] == List[int], get_origin(List[int]), get_args(Dict[str, int]))
print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", 3))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, Generic[T])
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](3)
print(b.get(), Box(4).item, Box.__mro__[-1], Box[str])
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()), welcome.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)
class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("Guido")
print(e, e.name, e[1], e._asdict(), e._replace(id=9), Employee._fields, tuple(e), len(e))
name, ident = e
print(name, ident, e == ("Guido", 3))
def hinted(a: int, b: "str" = "x") -> Optional[int]:
    return None
print(get_type_hints(hinted))
class Config:
    debug: bool
    level: "int" = 1
print(get_type_hints(Config))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), f("a"))
x: Final = 3
limit: ClassVar[int]
print(__annotations__)
try:
    Optional[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
