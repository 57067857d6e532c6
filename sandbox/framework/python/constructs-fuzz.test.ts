import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';
import { mutate, random, randomTokens } from './fuzz.testkit';

/** Programs using the constructs with a scope or a suspension of their own, to be broken at random. */
const SEEDS = [
  'def gen(n):\n    total = 0\n    while True:\n        x = yield total\n        if x is None:\n            return total\n        total += x\ng = gen(3)\nnext(g)\nprint(g.send(2), list(y for y in range(3) if y))\n',
  'def outer():\n    count = 0\n    def inc(step=1, /, *, by=1):\n        nonlocal count\n        count += step * by\n        return count\n    return inc\nf = outer()\nprint(f(), f(2, by=3), [n := 5, n ** 2], {k: v for k, v in zip("ab", [1, 2])})\n',
  'class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        return True\nwith CM() as c, CM():\n    raise ValueError\nmatch [1, {"k": 2}]:\n    case [1, {"k": v}] if v > 1:\n        print(v)\n    case Point(x=0) | _:\n        pass\n',
  'def walk(t):\n    yield t["n"]\n    for c in t.get("c", []):\n        yield from walk(c)\nprint(list(walk({"n": 1, "c": [{"n": 2}]})), sorted([3, 1], key=lambda v: -v), ...)\n',
];

describe('the language constructs under random input', () => {
  it('answer broken programs with a Python result or a Python error', () => {
    const rnd = random(20261203);
    for (let i = 0; i < 2000; i++) {
      const source = i % 5 === 4 ? randomTokens(rnd) : mutate(SEEDS[i % SEEDS.length]!, rnd);
      let result: ReturnType<typeof runPython>;
      try {
        result = runPython(source, { maxSteps: 20_000 });
      } catch (err) {
        throw new Error(`uncaught ${err instanceof Error ? err.stack : JSON.stringify(err)} for program #${i}:\n${source}`);
      }
      if (result.traceback !== null) expect(result.error).toMatch(/^([A-Za-z.]+(Error|Exception|Exit)|StopIteration|GeneratorExit)\b/);
    }
  });
});
