import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(4), operator.pos(-4), operator.abs(-3), operator.pow(2, 5), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2), operator.invert(5))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.is_(None, None), operator.is_not(1, None), operator.getitem({"k": 3}, "k"))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.iadd([1], [2]), operator.length_hint([1, 2, 3]))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(rows, key=itemgetter("a", "n")), itemgetter(1)("xyz"), itemgetter(0, -1)([1, 2, 3]), itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, name, city):
        self.name = name
        self.addr = type("A", (), {})() if False else None
        self.city = city
    def greet(self, word, punct="!"):
        return word + " " + self.name + punct
class Addr:
    def __init__(self, city):
        self.city = city
people = [P("zed", Addr("Pune")), P("amy", Addr("Delhi"))]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("city.city")(people[0]), attrgetter("name", "city.city")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("greet", "hey", punct="?")(people[1]), methodcaller("split", ",")("a,b"))
print(itemgetter("x"), attrgetter("a.b"), methodcaller("m", 1, k=2))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError", e)
