class A:
    class B:
        class C:
            def m(self): pass
    def f(self):
        class D: pass
        def g(): pass
        return D, g
print(A.B.__qualname__, A.B.C.__qualname__, A.B.C.m.__qualname__, A().f()[0].__qualname__, A().f()[1].__qualname__)
print(A.B, repr(A.B.C().m)[:28])
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class X(Base, tag="x"): pass
class Y(X): pass
print(Base.subclasses, X.tag, Y.tag)
try:
    class Z(tag=1): pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class M:
    a = Desc()
    b = Desc()
print(M.a.name)
class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E()}
except TypeError as e:
    print(e)
class P: pass
class Q(P): pass
Q.tag = None
print(Q.tag)
P.t = 1
Q.t = None
print(Q.t)
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name] = cls
class CSV(Plugin, name="csv"):
    pass
print(Plugin.registry)
def factory():
    class Local:
        def method(self):
            pass
    return Local
L = factory()
print(L.__qualname__, L.method.__qualname__, repr(L)[:40])
class Question:
    class DoesNotExist(Exception):
        pass
try:
    raise Question.DoesNotExist("none")
except Question.DoesNotExist as e:
    print(type(e).__qualname__, type(e).__name__)
raise Question.DoesNotExist("uncaught")
