import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10), type(a).__name__, isinstance(a, random.Random))
random.seed(42)
c = random.Random()
c.seed(42)
print(random.random() == c.random())
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(3)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
class Fixed(random.Random):
    def random(self):
        return 0.5
print(Fixed().uniform(0, 10), Fixed().choices("abc", k=3))
s = random.SystemRandom()
print(0 <= s.random() < 1, 1 <= s.randint(1, 6) <= 6, len(s.sample(range(50), 5)), s.seed(1), isinstance(s, random.Random))
try:
    s.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
checks = [
    lambda: random.randrange(5, 5), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2),
    lambda: random.randint(5, 3), lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample(range(3), 4),
    lambda: random.sample({1, 2}, 1), lambda: random.sample(range(3), -1), lambda: random.choices("ab", [1], k=2),
    lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("ab", [0, 0]), lambda: random.getrandbits(-1),
    lambda: random.seed([1]), lambda: random.sample("ab", 1, counts=[1]), lambda: random.sample("ab", 1, counts=[0, 0]),
    lambda: random.setstate((2, (), None)),
]
for check in checks:
    try:
        print(check())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
