import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** bytes and bytearray as text-like sequences (bytes-ops.ts). The expected output was recorded with CPython 3.12. */
const PROGRAM = [
  "print(b\"abc\" + b\"def\", b\"x\" * 3, 2 * b\"ab\", bytearray(b\"a\") + b\"b\", b\"ab\" < b\"b\", b\"ab\" <= b\"ab\", b\"b\" > b\"abc\")",
  "print(b\"a,b,,c\".split(b\",\"), b\" a  b \".split(), b\"a b c\".split(None, 1), b\"a b c\".rsplit(None, 1), b\"a,b,c\".rsplit(b\",\", 1))",
  "print(b\"-\".join([b\"a\", b\"b\"]), b\"abcabc\".find(b\"c\"), b\"abcabc\".rfind(b\"c\"), b\"abc\".find(99), b\"abc\".count(b\"b\"), b\"abc\".index(b\"c\"))",
  "print(b\"  x \\n\".strip(), b\"xxaxx\".strip(b\"x\"), b\"ab\".lstrip(b\"a\"), b\"ab\".rstrip(b\"b\"), b\"abc\".replace(b\"b\", b\"xy\"), b\"aaa\".replace(b\"a\", b\"b\", 2))",
  "print(b\"a=b\".partition(b\"=\"), b\"a=b=c\".rpartition(b\"=\"), b\"x\".ljust(3, b\"-\"), b\"x\".rjust(3), b\"x\".center(4, b\"*\"), b\"42\".zfill(5))",
  "print(b\"a\" in b\"abc\", 98 in b\"abc\", b\"AbC\".isupper(), b\"123\".isdigit(), b\"ab\\ncd\\r\\n\".splitlines(), b\"ab\\ncd\".splitlines(True))",
  "print(bytes.fromhex(\"de ad be ef\"), bytes.maketrans(b\"ab\", b\"xy\")[97:99], b\"abc\".translate(bytes.maketrans(b\"a\", b\"z\"), b\"c\"))",
  "print(\"\u00e9\".encode(\"latin-1\"), \"\u00e9\".encode(\"ascii\", \"replace\"), \"\u00e9\u20ac\".encode(\"latin-1\", \"ignore\"), \"x\".encode(encoding=\"utf-8\"))",
  "print(b\"prefix-body\".removeprefix(b\"prefix-\"), b\"Hello World\".swapcase(), b\"hello world\".title())",
  "for call in [lambda: b\"a\" + \"b\", lambda: \"\u20ac\".encode(\"latin-1\"), lambda: bytes.fromhex(\"zz\"), lambda: b\"abc\".index(b\"z\"), lambda: \"x\".encode(\"nope\")]:",
  "    try:",
  "        print(call())",
  "    except Exception as e:",
  "        print(type(e).__name__, e)",
  "",
].join('\n');

const CPYTHON_OUTPUT = [
  "b'abcdef' b'xxx' b'abab' bytearray(b'ab') True True True",
  "[b'a', b'b', b'', b'c'] [b'a', b'b'] [b'a', b'b c'] [b'a b', b'c'] [b'a,b', b'c']",
  "b'a-b' 2 5 2 1 2",
  "b'x' b'a' b'b' b'a' b'axyc' b'bba'",
  "(b'a', b'=', b'b') (b'a=b', b'=', b'c') b'x--' b'  x' b'*x**' b'00042'",
  "True True False True [b'ab', b'cd'] [b'ab\\n', b'cd']",
  "b'\\xde\\xad\\xbe\\xef' b'xy' b'zb'",
  "b'\\xe9' b'?' b'\\xe9' b'x'",
  "b'body' b'hELLO wORLD' b'Hello World'",
  "TypeError can't concat str to bytes",
  "UnicodeEncodeError 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)",
  "ValueError non-hexadecimal number found in fromhex() arg at position 0",
  "ValueError subsection not found",
  "LookupError unknown encoding: nope",
  "",
].join('\n');

describe('bytes operations', () => {
  it('concatenates, repeats, compares, splits, searches, strips, encodes as CPython does', () => {
    const result = runPython(PROGRAM);
    expect(result.traceback).toBeNull();
    expect(result.stdout).toBe(CPYTHON_OUTPUT);
  });
});
