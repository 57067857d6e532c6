import random
class Seeded(random.Random):
    def __init__(self, label):
        self.label = label
        super().__init__(len(label))
s = Seeded("hello")
print(s.label, s.random(), random.Random(5).random(), s.randint(1, 100))
print(random.Random.random(random.Random(3)), random.Random(3).random())
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
print(Bits().randrange(10), Bits().choice("xyz"), Bits().sample(range(5), 2))
class Counter(random.Random):
    calls = 0
    def random(self):
        Counter.calls += 1
        return super().random()
c = Counter(1)
c.choices("ab", k=3); c.uniform(1, 2); c.shuffle([1, 2, 3])
print(Counter.calls, c.random() == random.Random(1).random())
class OnlyRandom(random.Random):
    def random(self):
        return 0.7
r = OnlyRandom()
print(r.randrange(10), r.choice("abcdefg"), r.sample(range(20), 3), r.randint(1, 6))
class Own(random.Random):
    def _randbelow(self, n):
        return n - 1
print(Own().choice("abc"), Own().randrange(100))
class Both(OnlyRandom):
    def getrandbits(self, k):
        return 1
print(Both().randrange(10))
