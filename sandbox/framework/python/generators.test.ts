import { describe, expect, it } from 'vitest';
import { stdoutOf as out } from './run-python.testkit';

/** Generators and generator expressions: laziness, send/throw/close, yield from. Expected outputs were recorded with CPython 3.12. */

describe("generators", () => {
  it("runs lazily, interleaving side effects with the loop that consumes it", () => {
    const src = [
      "def side():",
      "    print(\"start\")",
      "    for i in range(2):",
      "        print(\"before\", i)",
      "        yield i",
      "        print(\"after\", i)",
      "    print(\"end\")",
      "for v in side():",
      "    print(\"loop\", v)",
      "gen = (print(\"eval\", i) or i for i in range(2))",
      "print(\"created\")",
      "print(list(gen), list(gen))",
    ].join('\n');
    expect(out(src)).toBe("start\nbefore 0\nloop 0\nafter 0\nbefore 1\nloop 1\nafter 1\nend\ncreated\neval 0\neval 1\n[0, 1] []\n");
  });
  it("ends with StopIteration carrying the return value, and next() takes a default", () => {
    const src = [
      "def g():",
      "    yield 1",
      "    return \"done\"",
      "it = g()",
      "print(type(it).__name__, repr(it).startswith(\"<generator object g at 0x\"))",
      "print(next(it), next(it, \"fallback\"))",
      "def h():",
      "    yield 1",
      "    return \"done\"",
      "it = h()",
      "next(it)",
      "try:",
      "    next(it)",
      "except StopIteration as e:",
      "    print(\"value:\", e.value)",
    ].join('\n');
    expect(out(src)).toBe("generator True\n1 fallback\nvalue: done\n");
  });
  it("works endlessly, sends values in and throws exceptions at the paused yield", () => {
    const src = [
      "def fib():",
      "    a, b = 0, 1",
      "    while True:",
      "        yield a",
      "        a, b = b, a + b",
      "f = fib()",
      "print([next(f) for _ in range(10)])",
      "def averager():",
      "    total, count, average = 0, 0, None",
      "    while True:",
      "        try:",
      "            value = yield average",
      "        except ValueError:",
      "            print(\"skipped\")",
      "            continue",
      "        total += value",
      "        count += 1",
      "        average = total / count",
      "avg = averager()",
      "next(avg)",
      "print(avg.send(10), avg.send(20), avg.throw(ValueError), avg.send(60))",
      "try:",
      "    averager().send(1)",
      "except TypeError as e:",
      "    print(e)",
    ].join('\n');
    expect(out(src)).toBe("[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\nskipped\n10.0 15.0 15.0 30.0\ncan't send non-None value to a just-started generator\n");
  });
  it("delegates with yield from, including sent values and the return value", () => {
    const src = [
      "def inner():",
      "    got = yield \"a\"",
      "    print(\"inner got\", got)",
      "    yield \"b\"",
      "    return \"inner-result\"",
      "def outer():",
      "    result = yield from inner()",
      "    yield f\"inner said {result}\"",
      "    yield from range(2)",
      "g = outer()",
      "print(next(g), g.send(\"hello\"), list(g))",
      "def walk(tree):",
      "    yield tree[\"name\"]",
      "    for child in tree.get(\"children\", []):",
      "        yield from walk(child)",
      "print(list(walk({\"name\": \"home\", \"children\": [{\"name\": \"blog\", \"children\": [{\"name\": \"post\"}]}, {\"name\": \"about\"}]})))",
    ].join('\n');
    expect(out(src)).toBe("inner got hello\na b ['inner said inner-result', 0, 1]\n['home', 'blog', 'post', 'about']\n");
  });
  it("runs finally blocks on close() and refuses to ignore GeneratorExit", () => {
    const src = [
      "def closer():",
      "    try:",
      "        yield 1",
      "        yield 2",
      "    finally:",
      "        print(\"cleanup\")",
      "c = closer()",
      "next(c)",
      "c.close()",
      "print(next(c, \"closed\"))",
      "def stubborn():",
      "    try:",
      "        yield 1",
      "    except GeneratorExit:",
      "        yield 2",
      "s = stubborn()",
      "next(s)",
      "try:",
      "    s.close()",
      "except RuntimeError as e:",
      "    print(e)",
      "def stopper():",
      "    raise StopIteration",
      "    yield",
      "try:",
      "    list(stopper())",
      "except RuntimeError as e:",
      "    print(e)",
    ].join('\n');
    expect(out(src)).toBe("cleanup\nclosed\ngenerator ignored GeneratorExit\ngenerator raised StopIteration\n");
  });
  it("feeds the builtins that take iterables, and iter() and next() step through containers", () => {
    const src = [
      "nums = [4, 8, 15, 16, 23, 42]",
      "print(sum(n for n in nums if n % 2 == 0), any(n > 40 for n in nums), all(n > 0 for n in nums))",
      "print(\", \".join(str(n) for n in nums), sorted((n % 5 for n in nums), reverse=True))",
      "print(next((n for n in nums if n > 10), None), next((n for n in nums if n > 100), \"none\"))",
      "it = iter([1, 2, 3])",
      "print(next(it), list(it), type(iter(\"ab\")).__name__)",
      "def countdown(n):",
      "    while n > 0:",
      "        yield n",
      "        n -= 1",
      "print(list(countdown(3)), dict((k, k * k) for k in range(3)))",
    ].join('\n');
    expect(out(src)).toBe("70 True True\n4, 8, 15, 16, 23, 42 [4, 3, 3, 2, 1, 0]\n15 none\n1 [2, 3] str_ascii_iterator\n[3, 2, 1] {0: 0, 1: 1, 2: 4}\n");
  });


  it('takes a yield in comparisons, and/or and subscripts', () => {
    const src = [
      'def g():',
      '    if (yield 1) == "a" and (yield 2)[0] == "b":',
      '        print("both")',
      '    d = {"k": 5}',
      '    print(d[(yield 3)])',
      'x = g()',
      'print(next(x), x.send("a"), x.send("bz"))',
      'try:',
      '    x.send("k")',
      'except StopIteration:',
      '    print("end")',
    ].join('\n');
    expect(out(src)).toBe('both\n1 2 3\n5\nend\n');
  });
});
