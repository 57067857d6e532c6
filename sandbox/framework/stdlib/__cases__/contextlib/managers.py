from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, ContextDecorator, redirect_stdout
@contextmanager
def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")
log = []
with opened("a", log) as value:
    log.append(value)
with opened("b", log):
    raise KeyError("k")
try:
    with opened("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"escaped {e}")
print(log)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    1 / 0
print("after swallow")
@contextmanager
def traced(label):
    print("enter", label)
    yield
    print("exit", label)
@traced("deco")
def work(x):
    print("working", x)
    return x * 2
print(work(4))
with suppress(ZeroDivisionError):
    1 / 0
    print("never")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError:", e)
class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext() as nothing:
    print(nothing)
class Tracker(AbstractContextManager):
    def __init__(self, name):
        self.name = name
    def __exit__(self, *exc):
        print("exit", self.name)
with ExitStack() as stack:
    for n in ("x", "y"):
        print(stack.enter_context(Tracker(n)).name)
    stack.callback(print, "callback", 1)
with ExitStack() as stack:
    stack.enter_context(suppress(ValueError))
    raise ValueError("hidden")
print("stack done")
with Tracker("plain") as t:
    print(t.name)
class Cm(ContextDecorator):
    def __enter__(self):
        print("cm enter")
        return self
    def __exit__(self, *exc):
        print("cm exit")
        return False
@Cm()
def decorated():
    print("inside")
decorated()
with ExitStack() as stack:
    stack.enter_context(3)
