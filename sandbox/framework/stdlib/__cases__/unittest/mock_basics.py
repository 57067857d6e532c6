from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call
import os

m = Mock(return_value=3)
print(m(1, b=2), m.called, m.call_count, m.call_args)
m.assert_called_once_with(1, b=2)
for f in [lambda: m.assert_called_once_with(2), lambda: Mock().assert_called_once_with(1), lambda: Mock().assert_called(),
          lambda: m.assert_not_called(), lambda: Mock(name='x').assert_called_with(5)]:
    try:
        f()
    except AssertionError as e:
        print(e)
m.foo.bar(1)
print(m.foo.bar.call_args_list, m.foo.bar.call_args == call(1))
s = Mock(side_effect=[1, 2])
print(s(), s())
e = Mock(side_effect=ValueError("bad"))
try:
    e()
except ValueError as x:
    print("raised", x)
mm = MagicMock()
mm.method.return_value.other = 4
print(len(mm), list(mm), bool(mm), mm.method(2).other, 5 in mm)
with mm as entered:
    print(type(entered).__name__)
print(repr(Mock())[:10], repr(m.foo)[:25])
with patch('os.getcwd', return_value='/fake') as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != '/fake')
class C:
    def f(self):
        return 1
with patch.object(C, 'f', return_value=9):
    print(C().f())
print(C().f())
@patch('os.listdir')
def g(mocked):
    mocked.return_value = ['a']
    return os.listdir('.')
print(g())
print(call(1, x=2), call.foo(3))
