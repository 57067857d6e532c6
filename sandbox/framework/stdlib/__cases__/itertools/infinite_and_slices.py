from itertools import count, cycle, repeat, islice, chain, accumulate, takewhile, dropwhile
import operator
c = count(5)
print(next(c), next(c), c, list(islice(count(0, 0.5), 4)), count(1, 2))
print(list(islice(cycle([1, 2]), 5)), list(repeat(7, 3)), repeat("x", 2), list(repeat(0, -1)))
print(list(islice(count(), 2, 10, 3)), list(islice("abcdef", None, 4)), list(islice(range(10), 3, None)))
print(list(chain()), list(chain("ab", [1], (None,))), list(chain.from_iterable(["xy", "z"])))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)))
print(list(accumulate([1, 2, 3])), list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([5, 2, 8, 1], min)))
print(list(takewhile(lambda x: x < 4, count(1))), list(islice(dropwhile(lambda x: x < 4, count(1)), 3)))
for bad in [lambda: islice([], -1), lambda: islice([], 0, 5, 0), lambda: islice([], "a")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
squares = (n * n for n in count(1))
print(list(islice(squares, 5)), next(squares))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
