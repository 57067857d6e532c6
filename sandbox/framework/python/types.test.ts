import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/** Programs whose expected output was recorded with CPython 3.12. */
const PROGRAM = `print(2**64, 2**100 // 3, -7 // 2, -7 % 3, 7 % -3, divmod(-9, 4), pow(3, 200, 7), 10**20 - 1)
print(1e16, 1.5e-05, -0.0, float('inf'), float('-inf'), 0.1 + 0.2, 123456789.123456789, round(2.5), round(0.125, 2), round(-0.5))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted(['b', 'A', 'c'], key=str.lower), min(3, 1, 2))
print({1, 2, 3} | {3, 4}, sorted({1, 2, 3} & {2, 3, 9}), sorted({1, 2} ^ {2, 5}), {1, 2} <= {1, 2, 3}, frozenset([1]))
print(range(0, 20, 5), len(range(10)), range(10)[2:8:2], 7 in range(0, 10, 7), list(reversed(range(3))))
print('a-b-c'.rsplit('-', 1), 'abc'.center(9, '*'), '42'.zfill(5), 'x'.ljust(3) + '|', 'Hello'.swapcase(), 'ab'.partition('x'))
print(hex(255), oct(8), bin(5), chr(233), ord('é'), ascii('é'), callable(len), (255).bit_length(), (0.5).as_integer_ratio())
d = dict.fromkeys('ab', 0); print(d, d.popitem(), (1, 2, 2).count(2), (3, 4).index(4))
class T:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __hash__(self): return hash(self.n)
print(len({T('a'), T('a'), T('b')}), 'a' * 3)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
lst = list(range(8)); del lst[1:7:2]; print(lst)
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(zip('ab', [1, 2])))
`;

const EXPECTED = `18446744073709551616 422550200076076467165567735125 -4 2 -2 (-3, 3) 2 99999999999999999999
1e+16 1.5e-05 -0.0 inf -inf 0.30000000000000004 123456789.12345679 2 0.12 0
[(1, 'z'), (2, 'a'), (2, 'b')] ['A', 'b', 'c'] 1
{1, 2, 3, 4} [2, 3] [1, 5] True frozenset({1})
range(0, 20, 5) 10 range(2, 8, 2) True [2, 1, 0]
['a-b', 'c'] ***abc*** 00042 x  | hELLO ('ab', '', '')
0xff 0o10 0b101 é 233 '\\xe9' True 8 (1, 2)
{'a': 0} ('b', 0) 2 1
2 aaa
'<' not supported between instances of 'str' and 'int'
integer modulo by zero
can't multiply sequence by non-int of type 'float'
[0, 2, 4, 6, 7]
1 2 end
['1', '2'] [1, 2] [('a', 1), ('b', 2)]
`;

const CLASSES = `class A:
    """Doc A."""
    def __init__(self, x):
        self.x = x
    def hello(self):
        return "A" + str(self.x)
    @property
    def double(self):
        return self.x * 2
    @double.setter
    def double(self, v):
        self.x = v // 2
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def util(a, b):
        return a + b
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def hello(self):
        return "B" + super().hello()
b = B(1, 2)
print(b.hello(), b.double, A.make(4).x, B.util(1, 2), b.util(3, 4))
b.double = 10
print(b.x, b.__dict__, A.__doc__, B.__bases__, B.mro())
class E(ValueError):
    def __init__(self, field, msg):
        super().__init__(msg)
        self.field = field
try:
    try:
        {}['k']
    except KeyError as k:
        raise E('f', 'bad') from k
except E as e:
    print(repr(e), e.args, e.field, repr(e.__cause__), e.__traceback__ is not None)
print(issubclass(ConnectionRefusedError, OSError), UnicodeDecodeError.__mro__[1].__name__)
`;

describe('builtin types and semantics, as CPython 3.12 has them', () => {
  it('computes with big ints, prints floats, rounds, sorts, and runs the set, str, range and iterator builtins', () => {
    const result = runPython(PROGRAM);
    expect(result.traceback).toBeNull();
    expect(result.stdout).toBe(EXPECTED);
  });

  it('has property, classmethod, staticmethod, super() and introspection', () => {
    const result = runPython(CLASSES);
    expect(result.traceback).toBeNull();
    expect(result.stdout).toBe(
      "BA1 2 4 3 7\n5 {'x': 5, 'y': 2} Doc A. (<class '__main__.A'>,) [<class '__main__.B'>, <class '__main__.A'>, <class 'object'>]\n" +
        "E('bad') ('bad',) f KeyError('k') True\nTrue UnicodeError\n",
    );
  });
});
