from collections import deque, ChainMap
d = deque([1, 2, 3], maxlen=5)
d.extend([4, 5, 6])
print(d, d.maxlen, len(d), d[0], d[-1])
d.appendleft(0)
print(d)
d.rotate(2)
print(d)
d.rotate(-1)
print(d.pop(), d.popleft(), d.count(3), d.index(3), d)
d.extendleft("ab")
print(d, list(reversed(d)), 3 in d)
d.remove("a")
d.reverse()
print(d, deque(), deque("xy"), deque(range(3), 2), bool(deque()))
d[0] = "first"
del d[1]
print(d, d == deque(d), d.copy())
d.clear()
print(d)
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        op()
    except IndexError as e:
        print("IndexError", e)
try:
    deque([1]).remove(9)
except ValueError as e:
    print("ValueError", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
base = {"a": 1, "b": 2}
over = {"b": 20}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
cm["c"] = 3
print(over, base, cm.maps[0] is over)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], dict(child) == {"a": 100, "b": 20, "c": 3}, cm.parents)
print(ChainMap({"x": 1}, {"y": 2}), ChainMap())
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
