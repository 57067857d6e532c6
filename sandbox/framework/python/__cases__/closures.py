def outer(a, b=2, *args, c, d=4, **kw):
    x = 1
    y = [i for i in range(3)]
    def inner(p, /, q):
        z = p + x
        return z + a
    def later():
        return w
    w = 5
    g = lambda: b + x
    class K:
        def m(self):
            return c
    return inner, later, g, K
inner, later, g, K = outer(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__code__.co_argcount, inner.__code__.co_name, inner.__code__.co_posonlyargcount)
print(later.__code__.co_freevars, g.__code__.co_freevars, g.__name__, g.__qualname__, K.m.__qualname__)
print([c.cell_contents for c in inner.__closure__], later.__closure__[0].cell_contents)
print(type(inner.__closure__[0]).__name__, inner.__code__.co_name)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = counter()
f(); f()
print(f.__closure__[0].cell_contents, f.__code__.co_freevars, f.__code__.co_varnames)
def mk():
    def h(): return v
    c = h.__closure__[0]
    try: c.cell_contents
    except ValueError as e: print("ValueError", e)
    v = 1
    return c
print(mk().cell_contents)
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b
print(a()().__code__.co_freevars, a().__code__.co_freevars, a.__code__.co_freevars)
