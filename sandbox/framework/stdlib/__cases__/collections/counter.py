from collections import Counter
c = Counter("abracadabra")
print(c, len(c), c["a"], c["zz"], "zz" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()))
c.update("aaz")
c.update({"q": 2}, w=1)
print(c)
c.subtract(a=10)
print(c, +c, -c)
a, b = Counter(x=3, y=1), Counter(x=1, y=2, z=5)
print(a + b, a - b, a & b, a | b)
print(a == Counter(y=1, x=3), a != b, Counter() == {}, Counter(a=0) == Counter())
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
d = Counter(a=2)
d += Counter(a=-5, b=1)
print(d)
print(isinstance(c, dict), type(c).__name__, dict(Counter("aab")), list(Counter("ba").keys()))
del d["nothing"]
print(d, Counter(["x", "y", "x"]).most_common(1)[0])
class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]
t = Tally("mississippi")
print(t, t.top(), isinstance(t, Counter))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
print(repr(Counter()), Counter({"a": 1}).get("a"), Counter(a=1).get("b", 9))
