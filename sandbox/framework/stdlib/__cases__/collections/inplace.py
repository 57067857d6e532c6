from collections import Counter, deque
c = Counter(a=2)
c += Counter(a=-5, b=1)
print(c)
d = deque([1], maxlen=2)
e = d
d += [2, 3]
print(d, d is e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self): return f"Acc({self.items})"
a = Acc(); b = a
a += 1; a += 2
print(a, a is b)
class N:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return N(self.v + o)
n = N(1)
n += 5
print(n.v)
x = 3
x += 2
s = {1}
s |= {2}
print(x, s)
