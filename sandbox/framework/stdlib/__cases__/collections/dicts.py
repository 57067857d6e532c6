from collections import defaultdict, OrderedDict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, len(dd), "c" in dd, dict(dd))
print(defaultdict(int, {"x": 1}), defaultdict(None), repr(defaultdict(lambda: 0))[:33])
nested = defaultdict(lambda: defaultdict(int))
nested["u"]["v"] += 2
print(dict(nested["u"]), isinstance(dd, dict))
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
copied = dd.copy()
copied["z"].append(9)
print(type(copied).__name__, sorted(copied), sorted(dd))
print(dd.get("missing"), "missing" in dd, dd.pop("a"), dd.setdefault("n", 4), dd)
od = OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
print(od, list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
merged = OrderedDict(a=1) | {"b": 2}
print(merged, type(merged).__name__)
