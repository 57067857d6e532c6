import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** dict.keys(), .values() and .items() as views. Expected outputs were recorded with CPython 3.12. */

describe('dict views', () => {
  it('print as views, follow the dict, and keys and items act as sets', () => {
    const src = [
      "d = {\"a\": 1, \"b\": 2}",
      "k, v, i = d.keys(), d.values(), d.items()",
      "d[\"c\"] = 3",
      "print(k, v, i, len(k), \"a\" in k, \"z\" in k, (\"a\", 1) in i, 3 in v)",
      "print(k & {\"a\", \"z\"}, sorted(k | {\"z\"}), sorted(k - {\"a\"}), sorted({\"a\", \"q\"} ^ k), k == {\"a\", \"b\", \"c\"}, type(k).__name__)",
      "print(list(k), [x for x in v], sorted(i, reverse=True), dict(i), {1: [1]}.items())",
      "for key, val in d.items():",
      "    print(key, val, end=\";\")",
      "print()",
    ].join('\n');
    const result = runPython(src);
    expect(result.traceback).toBeNull();
    expect(result.stdout).toBe("dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3 True False True True\n{'a'} ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q'] True dict_keys\n['a', 'b', 'c'] [1, 2, 3] [('c', 3), ('b', 2), ('a', 1)] {'a': 1, 'b': 2, 'c': 3} dict_items([(1, [1])])\na 1;b 2;c 3;\n");
  });
});
