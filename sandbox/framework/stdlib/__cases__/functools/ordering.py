from functools import total_ordering, cmp_to_key, singledispatch
@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"V({self.n})"
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(1), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __gt__(self, o):
        return self.n > o.n
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(3), describe([1, 2]), describe("s"), describe(True))
