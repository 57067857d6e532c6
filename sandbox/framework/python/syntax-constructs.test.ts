import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** SyntaxErrors around the language constructs, in CPython 3.12's words. */
describe('syntax errors of the constructs', () => {
  const error = (source: string) => runPython(source).error;

  it('words the mistakes of learners coming from Python 2 or other languages', () => {
    expect(error('name = "Django"\nprint "Hello", name\n')).toBe("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
    expect(error('def f():\n    print "hi"\n')).toBe("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
    expect(error('votes = 3\nif votes = 3:\n    print("three")\n')).toBe("SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    expect(error('x = 0\nwhile x = 1:\n    pass\n')).toBe("SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  });

  it('underlines what Python underlines', () => {
    expect(runPython('name = "x"\nprint "Hello", name\n').traceback).toContain('    print "Hello", name\n    ^^^^^^^^^^^^^^^^^^^\n');
    expect(runPython('votes = 3\nif votes = 3:\n    pass\n').traceback).toContain('    if votes = 3:\n       ^^^^^^^^^\n');
    expect(runPython('f(a, x for x in b)').traceback).toContain('    f(a, x for x in b)\n         ^^^^^^^^^^^^\n');
    expect(runPython('def f(x):\n    return [(yield x) for y in x]').traceback).toContain('             ^^^^^^^\n');
  });

  it('refuses yield, nonlocal and bare generator expressions where Python does', () => {
    expect(error('f(a, x for x in b)')).toBe('SyntaxError: Generator expression must be parenthesized');
    expect(error('[x, y for x in a]')).toBe('SyntaxError: did you forget parentheses around the comprehension target?');
    expect(error('yield 1')).toBe("SyntaxError: 'yield' outside function");
    expect(error('class A:\n    yield 1')).toBe("SyntaxError: 'yield' outside function");
    expect(error('def f(x):\n    return [(yield x) for y in x]')).toBe("SyntaxError: 'yield' inside list comprehension");
    expect(error('nonlocal x')).toBe('SyntaxError: nonlocal declaration not allowed at module level');
    expect(error('def f():\n    x = 1\n    def g():\n        nonlocal y\n    return g')).toBe("SyntaxError: no binding for nonlocal 'y' found");
    expect(error('x = 1\nclass A:\n    def m(self):\n        nonlocal x')).toBe("SyntaxError: no binding for nonlocal 'x' found");
    expect(error('def f(*): pass')).toBe('SyntaxError: named arguments must follow bare *');
    expect(error('def f(/, a): pass')).toBe('SyntaxError: at least one argument must precede /');
    expect(error('def f(a=1, b): pass')).toBe('SyntaxError: parameter without a default follows parameter with a default');
    expect(error('f = lambda a=1, b: 0')).toBe('SyntaxError: parameter without a default follows parameter with a default');
    expect(error('def f(a, a): pass')).toBe("SyntaxError: duplicate argument 'a' in function definition");
    expect(error('def f(*a, *b): pass')).toBe('SyntaxError: * argument may appear only once');
    expect(error('f(a=1, a=2)')).toBe('SyntaxError: keyword argument repeated: a');
    expect(runPython('def f(a, *, b=1, c):\n    return a, b, c\nprint(f(1, c=2))').stdout).toBe('(1, 1, 2)\n');
    expect(error('match x:\n    case _:\n        pass\n    case 1:\n        pass')).toBe('SyntaxError: wildcard makes remaining patterns unreachable');
    expect(error('match x:\n    case y:\n        pass\n    case 1:\n        pass')).toBe("SyntaxError: name capture 'y' makes remaining patterns unreachable");
  });

  it('keeps match and case usable as names, and continues a string after a backslash', () => {
    expect(runPython('match = [1]\nmatch[0] = 2\ncase = 3\nprint(match, case)').stdout).toBe('[2] 3\n');
    expect(runPython('print("ab\\\ncd")').stdout).toBe('abcd\n');
  });
});

describe('bytes literals', () => {
  it('are parsed, checked and made into bytes where they run', () => {
    expect(runPython('if False:\n    b"never"\nprint("ran")').stdout).toBe('ran\n');
    expect(runPython('x = b"a" "b"').error).toBe('SyntaxError: cannot mix bytes and nonbytes literals');
    expect(runPython('x = b"é"').error).toBe('SyntaxError: bytes can only contain ASCII literal characters');
    expect(runPython('x = b"ab\\x00c"\nprint(x, len(x), x[0])').stdout).toBe("b'ab\\x00c' 4 97\n");
  });
});
