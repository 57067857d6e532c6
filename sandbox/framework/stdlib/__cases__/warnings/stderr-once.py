import warnings
def check(n):
    if n < 0:
        warnings.warn("negative value")
    return abs(n)
print([check(n) for n in (-1, -2, 3)])
warnings.warn("module level", UserWarning)
print("done")
