import { describe, expect, it } from 'vitest';
import { stdoutOf as out } from './run-python.testkit';

/** Constructs with a scope of their own, and the names they bind. Expected outputs were recorded with CPython 3.12. */

describe("comprehensions, lambda, nonlocal and the walrus", () => {
  it("builds lists, sets and dicts, with nested fors and ifs, in a scope of their own", () => {
    const src = [
      "x = \"outer\"",
      "print([x for x in range(3)], x)",
      "print([(a, b) for a in range(3) for b in range(a) if a + b > 1])",
      "print({n: n ** 2 for n in range(4) if n}, sorted({w[0] for w in [\"ab\", \"ac\", \"b\"]}))",
      "matrix = [[1, 2, 3], [4, 5, 6]]",
      "print([[row[i] for row in matrix] for i in range(3)], [cell for row in matrix for cell in row])",
      "class Config:",
      "    names = [\"a\", \"b\"]",
      "    upper = [n.upper() for n in names]",
      "print(Config.upper)",
    ].join('\n');
    expect(out(src)).toBe("[0, 1, 2] outer\n[(2, 0), (2, 1)]\n{1: 1, 2: 4, 3: 9} ['a', 'b']\n[[1, 4], [2, 5], [3, 6]] [1, 2, 3, 4, 5, 6]\n['A', 'B']\n");
  });
  it("makes functions with lambda: defaults, *args, **kwargs and closures", () => {
    const src = [
      "add = lambda a, b=2, *rest, scale=1, **extra: ((a + b + sum(rest)) * scale, extra)",
      "print(add(1), add(1, 2, 3, scale=2, note=\"x\"), add.__name__)",
      "print((lambda x: lambda y: x + y)(1)(2))",
      "late = [lambda: i for i in range(3)]",
      "bound = [lambda i=i: i for i in range(3)]",
      "print([f() for f in late], [f() for f in bound])",
      "print(sorted([\"bb\", \"a\", \"ccc\"], key=lambda s: -len(s)))",
    ].join('\n');
    expect(out(src)).toBe("(3, {}) (12, {'note': 'x'}) <lambda>\n3\n[2, 2, 2] [0, 1, 2]\n['ccc', 'bb', 'a']\n");
  });
  it("rebinds an enclosing function's name with nonlocal", () => {
    const src = [
      "def make_counter():",
      "    count = 0",
      "    def increment(step=1):",
      "        nonlocal count",
      "        count += step",
      "        return count",
      "    return increment",
      "c1, c2 = make_counter(), make_counter()",
      "print(c1(), c1(), c1(5), c2())",
      "def outer():",
      "    v = 1",
      "    def middle():",
      "        def inner():",
      "            nonlocal v",
      "            v = 99",
      "        inner()",
      "    middle()",
      "    return v",
      "print(outer())",
      "def with_class():",
      "    x = 1",
      "    class A:",
      "        nonlocal x",
      "        x = 2",
      "    return x",
      "print(with_class())",
    ].join('\n');
    expect(out(src)).toBe("1 2 7 1\n99\n2\n");
  });
  it("binds with the walrus, a comprehension's walrus in the scope around it", () => {
    const src = [
      "data = [1, 2, 3, 4]",
      "if (n := len(data)) > 3:",
      "    print(f\"long ({n})\")",
      "print([y for x in data if (y := x * 2) > 4], y)",
      "def running():",
      "    total = 0",
      "    sums = [total := total + v for v in range(4)]",
      "    return sums, total",
      "print(running())",
    ].join('\n');
    expect(out(src)).toBe("long (4)\n[6, 8] 8\n([0, 1, 3, 6], 6)\n");
  });
  it("binds positional-only and keyword-only parameters and words argument errors as Python does", () => {
    const src = [
      "def f(a, b=2, /, c=3, *args, d, e=5, **kw):",
      "    return a, b, c, args, d, e, kw",
      "print(f(1, d=4), f(1, 2, 3, 4, d=5, z=6))",
      "def kwo(a, b=2, *, c, d=4):",
      "    return a, b, c, d",
      "def many(a, b, c, d):",
      "    pass",
      "class K:",
      "    def m(self, x):",
      "        pass",
      "def nested():",
      "    def inner(q):",
      "        pass",
      "    inner()",
      "calls = [lambda: kwo(1), lambda: kwo(1, 2, 3), lambda: kwo(1, 2, 3, c=1), lambda: kwo(), lambda: kwo(1, c=1, e=2),",
      "         lambda: kwo(1, a=1, c=2), lambda: f(1, b=2, d=1), lambda: many(1), lambda: K().m(), lambda: K().m(1, 2), nested]",
      "for call in calls:",
      "    try:",
      "        call()",
      "    except TypeError as e:",
      "        print(e)",
    ].join('\n');
    expect(out(src)).toBe("(1, 2, 3, (), 4, 5, {}) (1, 2, 3, (4,), 5, 5, {'z': 6})\nkwo() missing 1 required keyword-only argument: 'c'\nkwo() takes from 1 to 2 positional arguments but 3 were given\nkwo() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given\nkwo() missing 1 required positional argument: 'a'\nkwo() got an unexpected keyword argument 'e'\nkwo() got multiple values for argument 'a'\nmany() missing 3 required positional arguments: 'b', 'c', and 'd'\nK.m() missing 1 required positional argument: 'x'\nK.m() takes 2 positional arguments but 3 were given\nnested.<locals>.inner() missing 1 required positional argument: 'q'\n");
  });
  it("has Ellipsis, and `...` as a body", () => {
    const src = [
      "def stub(): ...",
      "print(..., type(...).__name__, ... is Ellipsis, stub())",
    ].join('\n');
    expect(out(src)).toBe("Ellipsis ellipsis True None\n");
  });

});
