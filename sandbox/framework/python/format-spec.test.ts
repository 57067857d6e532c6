import { describe, expect, it } from 'vitest';
import { stdoutOf as out } from './run-python.testkit';

/** The format-spec mini-language as format(), f-strings and str.format read it. Expected outputs were recorded with CPython 3.12. */

describe('format specs', () => {
  it('fills, aligns, groups, signs and rounds str, int and float as CPython does', () => {
    const src = [
      "print(format(2.675, '.2f'), format(12.5, '.0f'), format(2.5, '.0f'), format(99.995, '.2f'), format(1.005, '.2f'), round(2.675, 2))",
      "print(f\"{1234567.891:,.2f}|{1234567.891:_.1f}|{1234567.891:,}|{1234567.891:e}|{1234567.891:.3E}|{0.00001234:g}|{1e20:g}\")",
      "print(f\"{0.4567:.1%}|{42:+d}|{42: d}|{42:#x}|{42:#o}|{42:#b}|{42:08b}|{255:_x}|{255:#010_b}|{65:c}\")",
      "print(f\"{1234:010,}|{1234:08,}|{1234:0=10,}|{5:<05}|{'ab':05}|{-0.0:z.1f}|{-0.004:.2f}|{True:>6}|{True}\")",
      "print(f\"{12.0:.2}|{123.0:.3}|{1e16:.20}|{0.0001:.3}|{float('inf'):06}|{float('nan'):+}|{1e100:.3g}|{5e-324:.3e}\")",
      "print(f\"[{'truncate me':.5}] [{'pad':10.2}] [{'x':*^7}] [{-5:=6}] [{123.456:^10.0f}] [{9.999:.2e}] [{12345678901234567890:,}]\")",
      "for spec, value in [('.2d', 42), ('+s', 'a'), (',s', 'a'), ('#s', 'a'), ('=5s', 'a'), ('x', 1.0), ('q', 1), ('>3', [1])]:",
      "    try:",
      "        format(value, spec)",
      "    except (ValueError, TypeError) as e:",
      "        print(type(e).__name__, e)",
    ].join('\n');
    expect(out(src)).toBe("2.67 12 2 100.00 1.00 2.67\n1,234,567.89|1_234_567.9|1,234,567.891|1.234568e+06|1.235E+06|1.234e-05|1e+20\n45.7%|+42| 42|0x2a|0o52|0b101010|00101010|ff|0b1111_1111|A\n00,001,234|0,001,234|00,001,234|50000|ab000|0.0|-0.00|     1|True\n1.2e+01|1.23e+02|10000000000000000.0|0.0001|000inf|+nan|1e+100|4.941e-324\n[trunc] [pa        ] [***x***] [-    5] [   123    ] [1.00e+01] [12,345,678,901,234,567,890]\nValueError Precision not allowed in integer format specifier\nValueError Sign not allowed in string format specifier\nValueError Cannot specify ',' with 's'.\nValueError Alternate form (#) not allowed in string format specifier\nValueError '=' alignment not allowed in string format specifier\nValueError Unknown format code 'x' for object of type 'float'\nValueError Unknown format code 'q' for object of type 'int'\nTypeError unsupported format string passed to list.__format__\n");
  });
});

describe('str.format and the str methods around it', () => {
  it('reads fields, conversions and nested specs; startswith/endswith windows; splitlines keepends', () => {
    const src = [
      "t = \"the quick brown fox\"",
      "print(t.startswith(\"quick\", 4), t.startswith((\"a\", \"t\")), t.endswith((\"cat\", \"fox\")), t.endswith(\"quick\", 0, 9), \"ab\".startswith(\"\", 3), \"ab\".startswith(\"\", 2), \"abc\".startswith(\"b\", 1, 0))",
      "print(\"line1\\nline2\\n\".splitlines(keepends=True), \"a\\r\\nb\".splitlines(True), \"a\\nb\\n\".splitlines())",
      "try:",
      "    t.startswith([\"a\"])",
      "except TypeError as e:",
      "    print(e)",
      "try:",
      "    t.startswith((\"a\", 1))",
      "except TypeError as e:",
      "    print(e)",
      "p = {\"x\": 3, \"y\": [1, 2]}",
      "class P:",
      "    name = \"obj\"",
      "print(\"{0[x]} {0[y][1]} {p.name!r:>8} {1:{w}.{prec}f}|{2!r:>10}|{3:%}\".format(p, 3.14159, \"hi\", 0.25, p=P(), w=8, prec=2))",
      "print(\"{:>8}|{:<8}|{:^8}|{name:.2f}|{{}}\".format(\"r\", \"l\", \"c\", name=2.5))",
      "for tmpl, a in [(\"{0}{}\", (1, 2)), (\"{}{0}\", (1, 2)), (\"{2}\", (1,)), (\"{x}\", ()), (\"a}\", ()), (\"{\", ()), (\"{!x}\", (1,))]:",
      "    try:",
      "        print(tmpl.format(*a))",
      "    except (ValueError, IndexError, KeyError) as e:",
      "        print(type(e).__name__, e)",
    ].join('\n');
    expect(out(src)).toBe("True True True True False True False\n['line1\\n', 'line2\\n'] ['a\\r\\n', 'b'] ['a', 'b']\nstartswith first arg must be str or a tuple of str, not list\ntuple for startswith must only contain str, not int\n3 2    'obj'     3.14|      'hi'|25.000000%\n       r|l       |   c    |2.50|{}\nValueError cannot switch from manual field specification to automatic field numbering\nValueError cannot switch from automatic field numbering to manual field specification\nIndexError Replacement index 2 out of range for positional args tuple\nKeyError 'x'\nValueError Single '}' encountered in format string\nValueError Single '{' encountered in format string\nValueError Unknown conversion specifier x\n");
  });
});

describe('builtins beside formatting', () => {
  it('sums floats with compensation and words one-argument and base errors as CPython does', () => {
    const src = [
      "print(sum([0.1] * 10), sum([1, 2.5, 0.1, 0.2]), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2], 1), sum([float('inf'), 1.0]))",
      "for f in (lambda: len(), lambda: int('12', 1), lambda: int('12', 37), lambda: abs()):",
      "    try:",
      "        f()",
      "    except (TypeError, ValueError) as e:",
      "        print(type(e).__name__, e)",
    ].join('\n');
    expect(out(src)).toBe("1.0 3.8 1.0 1.3 inf\nTypeError len() takes exactly one argument (0 given)\nValueError int() base must be >= 2 and <= 36, or 0\nValueError int() base must be >= 2 and <= 36, or 0\nTypeError abs() takes exactly one argument (0 given)\n");
  });
});

describe('printf-style formatting', () => {
  it('takes flags, widths and precisions from the template or from * arguments, floats rounded half to even', () => {
    const src = [
      "print(\"%5d|%-5d|%05d|%+d|%x|%#o|%e|%g|%c|%%\" % (42, 42, 42, 42, 255, 8, 12345.678, 0.00001234, 65))",
      "print(\"%(name)s is %(age)03d\" % {\"name\": \"Ana\", \"age\": 7}, \"%*d|%-*d|%.*f\" % (5, 42, 4, 7, 2, 2.675))",
      "print(\"%.2f %.0f %.0f %10.3e %-8.2g| %G %#x %X %5s %-5s| %.3s %r\" % (2.675, 12.5, 13.5, 1234.5, 0.000123, 1e-10, 255, 255, \"ab\", \"ab\", \"abcdef\", \"q\"))",
      "print(\"%s %d%%\" % (\"a\", 50), \"%c%c\" % (\"x\", 0x1F600), \"%i %u\" % (3.9, -2), \"% d\" % 5, \"%+.1f\" % -0.0)",
    ].join('\n');
    expect(out(src)).toBe("   42|42   |00042|+42|ff|0o10|1.234568e+04|1.234e-05|A|%\nAna is 007    42|7   |2.67\n2.67 12 14  1.234e+03 0.00012 | 1E-10 0xff FF    ab ab   | abc 'q'\na 50% x\ud83d\ude00 3 -2  5 -0.0\n");
  });
});
