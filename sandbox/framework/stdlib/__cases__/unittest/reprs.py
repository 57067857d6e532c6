import unittest
print(unittest.TestCase, unittest.TextTestResult, unittest.SkipTest)
print(repr(unittest.TestCase.__module__))
class T(unittest.TestCase):
    def test_a(self): pass
print(repr(T('test_a')), T('test_a').id())
print(unittest.TestSuite([T('test_a')]))
try:
    T('nope')
except ValueError as e:
    print(e)
