from itertools import product, permutations, combinations, combinations_with_replacement, starmap, zip_longest, compress, filterfalse, pairwise, batched, tee, groupby
print(list(product([1, 2], "ab")), list(product(repeat=0)), list(product("ab", repeat=2)))
print(list(permutations([1, 2, 3])), list(permutations("ab", 3)), len(list(permutations(range(5), 2))))
print(list(combinations("abcd", 2)), list(combinations([1], 2)), list(combinations_with_replacement([1, 2, 3], 2)))
print(list(starmap(max, [(1, 5), (7, 2)])), list(zip_longest([1, 2, 3], "a")), list(zip_longest()))
print(list(compress(range(6), [1, 0, 1])), list(filterfalse(None, [0, 1, "", "x"])), list(pairwise("abc")), list(pairwise([1])))
print(list(batched("abcdefg", 3)), list(batched([], 2)))
try:
    batched([1], 0)
except ValueError as e:
    print("ValueError", e)
a, b, c = tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c))
for k, g in groupby([1, 1, 2, 3, 3, 3, 1]):
    print(k, list(g))
print([(k, list(g)) for k, g in groupby("AAbBcC", key=str.lower)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby(sorted([3, 1, 3, 2, 1]))])
