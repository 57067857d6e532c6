import random
random.seed(2024)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.0, 9.5)])
print([round(random.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([round(random.vonmisesvariate(m, k), 12) for m, k in ((0.0, 0.0), (1.0, 4.0), (3.0, 0.5))])
print(round(random.gauss(100, 15), 10), round(random.normalvariate(), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.expovariate(), 12), round(random.triangular(1, 3), 12), round(random.uniform(-1, 1), 12))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
r = random.Random(1)
print(round(r.gammavariate(2, 3), 12), round(r.betavariate(3, 3), 12))
