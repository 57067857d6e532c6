import { describe, expect, it } from 'vitest';
import { stdoutOf as out } from './run-python.testkit';

/** The parts of an f-string the parser has to find itself. Expected outputs were recorded with CPython 3.12. */

describe("f-string replacement fields", () => {
  it("reads nested fields in a format spec, self-documenting fields and conversions", () => {
    const src = [
      "width, user, count = 10, \"ann\", 3",
      "print(f\"[{'dynamic':>{width}}] [{3.14159:.{2}f}] [{'c':{'^'}{5}}]\")",
      "print(f\"{user=} {count * 2 = } {count=:>5}|{3.14159=:.2f}\")",
      "print(f\"{user!r} {user!s} {user!a} {'caf\u00e9'!a}\")",
      "print(f\"{-5:=6}|{count:=4}|{{literal}} {{{count}}}\", f\"outer {f'inner {count}'}\")",
    ].join('\n');
    expect(out(src)).toBe("[   dynamic] [3.14] [  c  ]\nuser='ann' count * 2 = 6 count=    3|3.14159=3.14\n'ann' ann 'ann' 'caf\\xe9'\n-    5|   3|{literal} {3} outer inner 3\n");
  });

});
