import types
ns = types.SimpleNamespace(name="ada", age=36)
ns.lang = "python"
print(ns, ns.name, ns == types.SimpleNamespace(name="ada", age=36, lang="python"), ns == types.SimpleNamespace())
print(vars(ns), sorted(ns.__dict__))
del ns.age
print(ns, hasattr(ns, "age"))
class Settings(types.SimpleNamespace):
    pass
print(Settings(debug=True))
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)
proxy = types.MappingProxyType({"a": 1, "b": 2})
print(proxy, repr(proxy), proxy["a"], len(proxy), list(proxy), "b" in proxy, proxy.get("z", 0), dict(proxy.items()))
for action in ("set", "bad"):
    try:
        if action == "set":
            proxy["c"] = 3
        else:
            types.MappingProxyType([1, 2])
    except TypeError as e:
        print("TypeError:", e)
def f():
    pass
class C:
    def m(self):
        pass
def gen():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(gen(), types.GeneratorType))
print(types.FunctionType, types.ModuleType, types.NoneType, isinstance(None, types.NoneType), types.GenericAlias, types.UnionType)
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType), isinstance(f, types.MethodType))
