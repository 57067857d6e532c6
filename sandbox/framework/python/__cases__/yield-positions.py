def g():
    d = {(yield "k"): (yield "v"), "fixed": 1}
    print("dict", d)
    print("star", *(yield "star"))
    s = {(yield "set"), 0}
    print("set", sorted(s))
    f = f"<{(yield 'fs')}>"
    print("fstring", f)
    x = [1, 2, 3][(yield "index"):]
    print("slice", x)
    kw = dict(**(yield "kw"))
    print("kw", kw)
    items = [10, 20, 30]
    del items[(yield "del")]
    print("del", items)
    assert (yield "assert"), (yield "msg")
g_ = g()
print(next(g_))
for v in ["K", "V", (1, 2), 5, "F", 1, {"a": 1}, 0, 0, "the message"]:
    try:
        print(g_.send(v))
    except AssertionError as e:
        print("AssertionError", e)
def r():
    try:
        raise (yield "raise")
    except KeyError as e:
        print("caught", repr(e))
    raise ValueError((yield "arg")) from (yield "cause")
h = r()
print(next(h))
print(h.send(KeyError("x")))
print(h.send("bad"))
try:
    h.send(TypeError("c"))
except ValueError as e:
    print(repr(e), repr(e.__cause__))
def lam():
    f = lambda: 1
    return [f() + (yield)]
l = lam(); next(l)
try:
    l.send(4)
except StopIteration as e:
    print(e.value)
