import { describe, expect, it } from 'vitest';
import { runPython, stdoutOf as out } from './run-python.testkit';
import { Interpreter, PyException, formatException } from '.';

describe('the Python subset', () => {
  it('evaluates literals, arithmetic and their repr', () => {
    expect(out('print(1 + 2 * 3, 7 // 2, 7 % 3, 2 ** 10, 7 / 2, -3, 1.0, 1e3, 0x10)')).toBe('7 3 1 1024 3.5 -3 1.0 1000.0 16\n');
    expect(out('print("it\'s", \'say "hi"\', repr("a\\nb"), None, True, [1, "a"], (1,), {"k": [2]}, set())')).toBe(
      `it's say "hi" 'a\\nb' None True [1, 'a'] (1,) {'k': [2]} set()\n`,
    );
  });

  it("formats with %, including %(key)s over a dict, and escapes what repr() cannot print, as CPython 3.12 does", () => {
    expect(out(String.raw`print(repr('\x7f\xa0\xad\u200b\u2028 é \x1f'))`)).toBe(String.raw`'\x7f\xa0\xad\u200b\u2028 é \x1f'` + '\n');
    expect(out(`print('%(a)s|%(b)r|%(c)5d|%(c)-5d|%(c)05d|%(c)+d|%(f).2f|%%' % {'a': 'x', 'b': 'y', 'c': -3, 'f': 1.005})`)).toBe("x|'y'|   -3|-3   |-0003|-3|1.00|%\n");
    expect(out(`print('%5s|%.2s|%x|%#o|%c|%e|%g|%g' % ('ab', 'abc', 255, 8, 65, 1.5, 0.0001, 1234567.0), '%s' % {'a': 1}, '%i' % 3.7)`)).toBe(
      "   ab|ab|ff|0o10|A|1.500000e+00|0.0001|1.23457e+06 {'a': 1} 3\n",
    );
    const errors = ["'%(a)s' % ('x',)", "'%s %s' % ('x',)", "'%s' % ('x', 'y')", "'%q' % 1", "'%(z)s' % {}"].map((expr) =>
      out(`try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__, e)`),
    );
    expect(errors.join('')).toBe(
      [
        'TypeError format requires a mapping',
        'TypeError not enough arguments for format string',
        'TypeError not all arguments converted during string formatting',
        "ValueError unsupported format character 'q' (0x71) at index 1",
        "KeyError 'z'",
        '',
      ].join('\n'),
    );
  });

  it('assigns, unpacks and augments, including INSTALLED_APPS += EXTERNAL_APPS', () => {
    expect(out('a, b = 1, 2\nx = y = [a, b]\nx += [3]\nfirst, *rest = x\nprint(a, b, y, first, rest)')).toBe('1 2 [1, 2, 3] 1 [2, 3]\n');
    expect(out('INSTALLED_APPS = ["django.contrib.admin"]\nEXTERNAL_APPS = ["home", "accounts"]\nINSTALLED_APPS += EXTERNAL_APPS\nprint(INSTALLED_APPS + ["store"])')).toBe(
      "['django.contrib.admin', 'home', 'accounts', 'store']\n",
    );
  });

  it('keeps Python\'s precedence for not, and, or and chained comparisons', () => {
    expect(out('a, b, c = True, False, None\nprint(not b or c, a and not b or c is not None, not a == b, 1 < 2 <= 2 < 1, 3 in [1, 3], "x" not in "abc")')).toBe(
      'True True True False True True\n',
    );
  });

  it('runs if/elif/else, for, while, break and continue', () => {
    const src = ['total = 0', 'for i in range(10):', '    if i % 2:', '        continue', '    elif i > 6:', '        break', '    else:', '        total += i', 'n = 0', 'while n < 3:', '    n += 1', 'print(total, n)'].join('\n');
    expect(out(src)).toBe('12 3\n');
  });

  it('calls functions with defaults, keywords, *args and **kwargs, and closures', () => {
    const src = ['def f(a, b=2, *args, c=3, **kw):', '    return [a, b, args, c, kw]', 'print(f(1), f(1, 5, 6, c=7, d=8))', 'def outer():', '    x = 10', '    def inner():', '        return x + 1', '    return inner()', 'print(outer())'].join('\n');
    expect(out(src)).toBe("[1, 2, (), 3, {}] [1, 5, (6,), 7, {'d': 8}]\n11\n");
  });

  it('defines classes with class attributes, methods, __str__ and inheritance', () => {
    const src = [
      'class Animal:',
      '    kind = "animal"',
      '    def __init__(self, name):',
      '        self.name = name',
      '    def __str__(self):',
      '        return f"{self.kind}: {self.name}"',
      'class Dog(Animal):',
      '    kind = "dog"',
      'd = Dog("Rex")',
      'print(d, str(d), isinstance(d, Animal), Dog.kind, d.name.upper())',
    ].join('\n');
    expect(out(src)).toBe('dog: Rex dog: Rex True dog REX\n');
  });

  it('formats f-strings with conversions and format specs', () => {
    expect(out('name = "Ann"\nn = 3.14159\nprint(f"{name!r} {n:.2f} {7:>3}|{name:<5}| {{x}} {len(name)}")')).toBe("'Ann' 3.14   7|Ann  | {x} 3\n");
  });

  it('subscripts and slices lists, strings and dicts', () => {
    expect(out('x = [0, 1, 2, 3]\nd = {"a": 1}\nd["b"] = 2\nprint(x[-1], x[1:3], "hello"[::-1], d["b"], d.get("z", 0), list(d.items()))')).toBe(
      "3 [1, 2] olleh 2 0 [('a', 1), ('b', 2)]\n",
    );
  });

  it('imports the project\'s own modules and packages', () => {
    const result = runPython({
      'main.py': 'import pkg.util as u\nfrom pkg import util\nfrom pkg.util import VALUE\nimport helper\nprint(u.VALUE, util is u, VALUE, helper.twice(4))',
      'pkg/__init__.py': '',
      'pkg/util.py': 'VALUE = "v"',
      'helper.py': 'def twice(n):\n    return n * 2',
    });
    expect(result.stdout).toBe('v True v 8\n');
  });

  it('catches, raises and chains exceptions', () => {
    const src = [
      'try:',
      '    {}["missing"]',
      'except KeyError as e:',
      '    print("key", e)',
      'try:',
      '    raise ValueError("bad")',
      'except (TypeError, ValueError) as e:',
      '    print(type(e).__name__, e)',
      'finally:',
      '    print("done")',
    ].join('\n');
    expect(out(src)).toBe("key 'missing'\nValueError bad\ndone\n");
  });

  it('uses str, list and dict methods', () => {
    expect(out('print("a,b".split(","), "-".join(["x", "y"]), "  hi ".strip(), "Hello".lower().startswith("he"), "{} is {}".format("x", 1))')).toBe(
      "['a', 'b'] x-y hi True x is 1\n",
    );
    expect(out('l = [3, 1, 2]\nl.append(0)\nl.sort()\nd = {}\nd.setdefault("k", []).append(1)\nprint(l, l.pop(), sorted("cba"), d)')).toBe(
      "[0, 1, 2] 3 ['a', 'b', 'c'] {'k': [1]}\n",
    );
  });
});

describe('errors, as Python reports them', () => {
  it('SyntaxError: a class header without its colon, with the caret after the line', () => {
    const { traceback } = runPython({ 'main.py': 'import models\n', 'models.py': 'from x import y\n\n\nclass Student(models.Model)\n    name = 1\n' });
    expect(traceback).toContain('  File "/p/models.py", line 4\n    class Student(models.Model)\n                               ^\nSyntaxError: expected \':\'\n');
    expect(traceback).toContain('File "/p/main.py", line 1, in <module>');
  });

  it('IndentationError: a missing indented block, an unexpected indent, a bad dedent', () => {
    expect(runPython('class Student:\nname = 1\n').error).toBe('IndentationError: expected an indented block after class definition on line 1');
    expect(runPython('if True:\n    x = 1\n  y = 2\n').error).toBe('IndentationError: unindent does not match any outer indentation level');
    expect(runPython('x = 1\n    y = 2\n').error).toBe('IndentationError: unexpected indent');
    expect(runPython('def f():\n    return 1\nfor i in range(3):\npass\n').error).toBe("IndentationError: expected an indented block after 'for' statement on line 3");
  });

  it('SyntaxError: brackets and strings left open, invalid syntax', () => {
    expect(runPython('x = [1, 2\ny = 3\n').error).toBe("SyntaxError: '[' was never closed");
    expect(runPython('x = (1, 2]\n').error).toBe("SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
    expect(runPython('x = "abc\n').error).toBe('SyntaxError: unterminated string literal (detected at line 1)');
    expect(runPython('x = = 2\n').error).toBe('SyntaxError: invalid syntax');
    const { traceback } = runPython('a = 1\nb = a +* 2\n');
    expect(traceback).toMatch(/File "\/p\/main.py", line 2\n/);
  });

  it('NameError with the file, line and function, and a suggestion when a name is close', () => {
    const { traceback, error } = runPython('def f():\n    return IntegerField()\n\nf()\n');
    expect(error).toBe("NameError: name 'IntegerField' is not defined");
    expect(traceback).toBe(
      'Traceback (most recent call last):\n  File "/p/main.py", line 4, in <module>\n    f()\n  File "/p/main.py", line 2, in f\n    return IntegerField()\nNameError: name \'IntegerField\' is not defined\n',
    );
    expect(runPython('count = 1\nprint(cuont)').error).toBe("NameError: name 'cuont' is not defined. Did you mean: 'count'?");
  });

  it('AttributeError on modules, classes and objects, with suggestions', () => {
    expect(runPython({ 'main.py': 'import m\nm.CharFeild', 'm.py': 'CharField = 1' }).error).toBe("AttributeError: module 'm' has no attribute 'CharFeild'. Did you mean: 'CharField'?");
    expect(runPython('class A:\n    pass\nA().x').error).toBe("AttributeError: 'A' object has no attribute 'x'");
    expect(runPython('"s".uper()').error).toBe("AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?");
  });

  it('ImportError and ModuleNotFoundError', () => {
    expect(runPython('import blog').error).toBe("ModuleNotFoundError: No module named 'blog'");
    expect(runPython({ 'main.py': 'from m import nope', 'm.py': 'x = 1' }).error).toBe("ImportError: cannot import name 'nope' from 'm' (/p/m.py)");
  });

  it('TypeError for calls and operands', () => {
    expect(runPython('def f(a, b):\n    pass\nf(1)').error).toBe("TypeError: f() missing 1 required positional argument: 'b'");
    expect(runPython('def f(a):\n    pass\nf(1, 2)').error).toBe('TypeError: f() takes 1 positional argument but 2 were given');
    expect(runPython('def f(a):\n    pass\nf(a=1, z=2)').error).toBe("TypeError: f() got an unexpected keyword argument 'z'");
    expect(runPython('"a" + 1').error).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(runPython('None()').error).toBe("TypeError: 'NoneType' object is not callable");
  });

  it('says so, with file and line, when a construct is outside the subset', () => {
    const { traceback } = runPython('x = 1\nfrom os import *\n');
    expect(traceback).toContain('  File "/p/main.py", line 2\n');
    expect(traceback).toContain("NotImplementedError: 'import *' statements are not available in the sandbox's Python");
    expect(runPython('def f():\n    class A((yield)):\n        pass\nlist(f())').error).toBe("NotImplementedError: 'yield' inside a 'class' statement is not available in the sandbox's Python");
  });

  it('stops an endless loop and deep recursion with a clear error', () => {
    expect(runPython('while True:\n    pass\n', { maxSteps: 10_000 }).error).toMatch(/^RuntimeError: the sandbox stopped this code after 10,000 steps/);
    expect(runPython('def f():\n    return f()\nf()\n').error).toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('follows the descriptor protocol: data descriptors before the instance dict, plain ones after', () => {
    const src = [
      'class Ten:',
      '    def __get__(self, obj, owner):',
      '        return 10',
      'class Upper:',
      '    def __get__(self, obj, owner):',
      '        return self if obj is None else obj._v',
      '    def __set__(self, obj, value):',
      '        obj._v = value.upper()',
      'class A:',
      '    x = Ten()',
      '    y = Upper()',
      'a = A()',
      'a.y = "hi"',
      'print(a.x, A.x, a.y, isinstance(A.y, Upper))',
      'a.x = 5',
      'print(a.x, getattr(a, "nope", "default"))',
    ].join('\n');
    expect(out(src)).toBe('10 10 HI True\n5 default\n');
  });

  it('dispatches rich comparisons, reflected ==, unary operators, | and & to the operands\' methods', () => {
    const src = [
      'class V:',
      '    def __init__(self, n):',
      '        self.n = n',
      '    def __lt__(self, other):',
      '        return self.n < other',
      '    def __gt__(self, other):',
      '        return self.n > other',
      '    def __eq__(self, other):',
      '        return self.n == other',
      '    def __neg__(self):',
      '        return V(-self.n)',
      '    def __or__(self, other):',
      '        return "or"',
      '    def __invert__(self):',
      '        return "inverted"',
      'print(V(1) < 2, 2 < V(1), 1 == V(1), (-V(3)).n, V(1) | V(2), ~V(1))',
    ].join('\n');
    expect(out(src)).toBe('True False True -3 or inverted\n');
  });

  it("runs a code string as exec() does, with tracebacks naming File \"<string>\" and quoting no lines", () => {
    let stdout = '';
    const interp = new Interpreter({ fs: { readFile: () => null, isDirectory: () => false }, sysPath: [], nativeModules: {}, stdout: (t) => (stdout += t) });
    interp.runSource('x = 1; y = 2\nprint(x + y, __name__)', 'shell');
    expect(stdout).toBe('3 shell\n');
    try {
      interp.runSource('def f():\n    return 1 / 0\nf()');
      expect.unreachable();
    } catch (err) {
      expect(formatException(err as PyException, interp)).toBe(
        'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n  File "<string>", line 2, in f\nZeroDivisionError: division by zero\n',
      );
    }
  });
});
