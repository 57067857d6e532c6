import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** Assigning to list slices. Expected outputs were recorded with CPython 3.12. */

describe('slice assignment', () => {
  it('grows and shrinks with a plain slice and needs matching sizes with an extended one', () => {
    const src = [
      "a = [0, 1, 2, 3, 4, 5]",
      "a[1:3] = \"xyz\"",
      "a[5:1] = [7]",
      "a[-1:] = ()",
      "print(a)",
      "a[:] = a",
      "a[::-2] = range(4)",
      "print(a)",
      "for step, vals in [(2, [1]), (0, [])]:",
      "    try:",
      "        a[::step] = vals",
      "    except ValueError as e:",
      "        print(\"ValueError:\", e)",
    ].join('\n');
    const result = runPython(src);
    expect(result.traceback).toBeNull();
    expect(result.stdout).toBe("[0, 'x', 'y', 'z', 3, 7, 4]\n[3, 'x', 2, 'z', 1, 7, 0]\nValueError: attempt to assign sequence of size 1 to extended slice of size 4\nValueError: slice step cannot be zero\n");
  });
});
