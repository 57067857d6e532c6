print(issubclass(KeyError, (ValueError, (LookupError,))), issubclass(bool, int), issubclass(int, object), issubclass(KeyError, ()))
for a in [(1, int), (int, 1), (1, (int,))]:
    try: issubclass(*a)
    except TypeError as e: print(e)
for f in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.update(None), lambda: "a".split(1, 2, 3), lambda: [].insert(1), lambda: "x".replace(), lambda: {}.get(), lambda: [].pop(1, 2), lambda: str.upper("a", 1), lambda: float(1, 2), lambda: list(1, 2), lambda: str(1, 2, 3, 4), lambda: "a".startswith(), lambda: (1,).index(), lambda: {1}.add(), lambda: (5).bit_length(1), lambda: b"a".decode(1, 2, 3), lambda: dict.fromkeys()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print("a b".split(" ", 1), [3,1].pop(0), {}.get(1, 2), "abc".startswith("a", 0, 2))
for f in [lambda: "abc".upper(1), lambda: [].append(), lambda: int("1", "2", "3"), lambda: {}.setdefault(), lambda: [1].sort(1), lambda: "a".join(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: bool(1, 2), lambda: tuple(1, 2), lambda: "a".encode(1, 2, 3), lambda: (1).to_bytes(1, "big", 3)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("chained") from z
except ValueError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)
with Suppress(LookupError, ValueError):
    [][1]
print("suppressed")
