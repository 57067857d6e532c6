import { describe, expect, it } from 'vitest';
import { newDict, type Interpreter, type PyClass, type PyValue } from '../python';
import { runPython } from '../python/run-python.testkit';
import { builtinBackedClass, makeClassFn, nativeFn, pythonModule } from './python-source';

/** A module `m` built by `factory`, imported by `program`; what the program printed, or its error line. */
function run(program: string, factory: Record<string, (interp: Interpreter) => Record<string, PyValue>>) {
  const result = runPython(program, { nativeModules: factory });
  return result.error === null ? result.stdout : `${result.stdout}${result.error}\n`;
}

describe('modules written in Python', () => {
  it('runs the source as the module, its natives hidden and its classes named after it', () => {
    const out = run('import m\nprint(m.twice(4), m.K.__module__, hasattr(m, "_helper"), m.__file__)\n', {
      m: (interp) => pythonModule(interp, 'm', 'class K:\n    pass\ndef twice(x):\n    return _helper(x) * 2\n', { _helper: nativeFn('_helper', (x) => x!) }),
    });
    expect(out).toBe('8 m False /usr/lib/python3.12/m.py\n');
  });

  it('builds a class at run time, with the module it is given', () => {
    const out = run('import m\nC = m.make("Thing", (), {"size": 3, "__doc__": "A thing."}, "shop")\nprint(C, C.size, C.__doc__, C.__module__, C().size)\n', {
      m: (interp) => ({ make: makeClassFn(interp) }),
    });
    expect(out).toBe("<class 'shop.Thing'> 3 A thing. shop 3\n");
  });
});

describe('builtin-backed classes', () => {
  const dictModule = (interp: Interpreter): Record<string, PyValue> => {
    const base = builtinBackedClass(interp, 'Bag', 'm', interp.builtins.get('dict') as PyClass, () => newDict());
    return { Bag: base.cls, store: base.store };
  };

  it('are instances of the builtin they carry, and their subclasses too', () => {
    const out = run('import m\nclass Sub(m.Bag):\n    pass\nb = Sub()\nm.store(b)["k"] = 1\nprint(isinstance(b, dict), type(b).__name__, m.store(b))\n', { m: dictModule });
    expect(out).toBe("True Sub {'k': 1}\n");
  });

  it('refuse to hand out the store of anything else', () => {
    const out = run('import m\nm.store(5)\n', { m: dictModule });
    expect(out).toBe("TypeError: descriptor requires a 'Bag' object\n");
  });

  it('give each instance its own value', () => {
    const out = run('import m\na, b = m.Bag(), m.Bag()\nm.store(a)["x"] = 1\nprint(len(m.store(a)), len(m.store(b)))\n', { m: dictModule });
    expect(out).toBe('1 0\n');
  });
});
