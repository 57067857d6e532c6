import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@deco
def greet(name, punct="!"):
    """Say hello."""
    return "hi " + name + punct
greet.tag = "x"
print(greet("ana"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__, greet.__wrapped__("bo", "?"))
print(greet.__dict__["tag"], repr(greet).split(" at ")[0])
def plain():
    pass
def other():
    "other doc"
functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)
class Counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Counted
def double(x):
    "Doubles."
    return 2 * x
print(double(2), double(5), double.n, double.__name__, double.__doc__)
def power(base, exp):
    return base ** exp
sq = functools.partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords, repr(sq).startswith("functools.partial(<function power at "))
p2 = functools.partial(sq, 3)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(functools.partial(max, 5)(1, 9), functools.partial(sorted, reverse=True)([2, 3, 1]))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 100))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
class Cell:
    def set_state(self, state):
        self.state = state
    on = functools.partialmethod(set_state, "on")
c = Cell()
c.on()
print(c.state)
