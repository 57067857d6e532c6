import { describe, expect, it } from 'vitest';
import { stdoutOf as out } from './run-python.testkit';

/** The context manager protocol and structural pattern matching. Expected outputs were recorded with CPython 3.12. */

describe("with and match statements", () => {
  it("calls __enter__ and __exit__, passes the exception, and suppresses it when __exit__ returns true", () => {
    const src = [
      "class CM:",
      "    def __init__(self, name, suppress=False):",
      "        self.name, self.suppress = name, suppress",
      "    def __enter__(self):",
      "        print(\"enter\", self.name)",
      "        return self.name.upper()",
      "    def __exit__(self, et, ev, tb):",
      "        print(\"exit\", self.name, et.__name__ if et else None, ev, tb is None)",
      "        return self.suppress",
      "with CM(\"a\") as value, CM(\"b\") as other:",
      "    print(value, other)",
      "with CM(\"outer\", True):",
      "    with CM(\"inner\"):",
      "        raise ValueError(\"bad\")",
      "    print(\"not reached\")",
      "def f():",
      "    with CM(\"ret\"):",
      "        return \"returned\"",
      "print(f())",
      "for i in range(3):",
      "    with CM(f\"loop{i}\"):",
      "        if i == 1:",
      "            break",
      "def gen():",
      "    with CM(\"gen\"):",
      "        yield 1",
      "        yield 2",
      "print(list(gen()))",
      "for bad in [5]:",
      "    try:",
      "        with bad:",
      "            pass",
      "    except TypeError as e:",
      "        print(e)",
    ].join('\n');
    expect(out(src)).toBe("enter a\nenter b\nA B\nexit b None None True\nexit a None None True\nenter outer\nenter inner\nexit inner ValueError bad False\nexit outer ValueError bad False\nenter ret\nexit ret None None True\nreturned\nenter loop0\nexit loop0 None None True\nenter loop1\nexit loop1 None None True\nenter gen\nexit gen None None True\n[1, 2]\n'int' object does not support the context manager protocol\n");
  });
  it("matches literals, captures, sequences, mappings and alternatives, with guards", () => {
    const src = [
      "def describe(value):",
      "    match value:",
      "        case 200 | 201:",
      "            return \"ok\"",
      "        case int(n) if n >= 500:",
      "            return f\"server error {n}\"",
      "        case str() as s:",
      "            return \"string \" + s",
      "        case []:",
      "            return \"empty\"",
      "        case [a, b, *rest]:",
      "            return f\"seq {a} {b} {rest}\"",
      "        case {\"k\": v, **others}:",
      "            return f\"map {v} {others}\"",
      "        case None:",
      "            return \"none\"",
      "        case True:",
      "            return \"true\"",
      "        case _:",
      "            return \"other\"",
      "for v in [200, 201, 503, \"x\", [], [1, 2, 3, 4], (1, 2), {\"k\": 1, \"z\": 2}, None, True, 1.5, [1]]:",
      "    print(describe(v))",
    ].join('\n');
    expect(out(src)).toBe("ok\nok\nserver error 503\nstring x\nempty\nseq 1 2 [3, 4]\nseq 1 2 []\nmap 1 {'z': 2}\nnone\ntrue\nother\nother\n");
  });
  it("matches classes by __match_args__ and keywords, and values by dotted names", () => {
    const src = [
      "class Point:",
      "    __match_args__ = (\"x\", \"y\")",
      "    def __init__(self, x, y):",
      "        self.x, self.y = x, y",
      "class Color:",
      "    RED = \"red\"",
      "def where(p):",
      "    match p:",
      "        case Point(0, 0):",
      "            return \"origin\"",
      "        case Point(x=0, y=y):",
      "            return f\"on y axis at {y}\"",
      "        case Point(x, 0):",
      "            return f\"on x axis at {x}\"",
      "        case Point():",
      "            return \"somewhere\"",
      "        case Color.RED:",
      "            return \"red\"",
      "for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), \"red\", 7]:",
      "    print(where(p))",
      "try:",
      "    match Point(1, 2):",
      "        case Point(1, 2, 3):",
      "            pass",
      "except TypeError as e:",
      "    print(e)",
    ].join('\n');
    expect(out(src)).toBe("origin\non y axis at 5\non x axis at 3\nsomewhere\nred\nNone\nPoint() accepts 2 positional sub-patterns (3 given)\n");
  });

});
