import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** The format-spec mini-language as format(), f-strings and str.format read it. Expected outputs were recorded with CPython 3.12. */

const out = (source: string) => {
  const result = runPython(source);
  expect(result.traceback).toBeNull();
  return result.stdout;
};

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
