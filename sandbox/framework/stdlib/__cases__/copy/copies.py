import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], cc is not cyc)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
tree = Node(1, [Node(2), Node(3)])
clone = copy.deepcopy(tree)
clone.children[0].val = 20
shallow = copy.copy(tree)
print(tree.children[0].val, clone.children[0].val, shallow.children is tree.children, type(clone).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy hook")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
x = Custom([1])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.v is x.v, z.v is x.v, z.v)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
print(copy.copy({1, 2}), copy.deepcopy({"a": {"b": 1}}), copy.copy("s"), copy.deepcopy(None), copy.copy(len) is len)
from collections import Counter, OrderedDict, namedtuple
P = namedtuple("P", "x y")
print(copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1)), copy.deepcopy(P(1, [2])))
