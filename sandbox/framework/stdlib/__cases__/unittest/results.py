import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertListEqual([1], [1])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(KeyError, "miss"):
            {}["missing"]

    def test_fail(self):
        self.assertIn("x", "abc", msg="where is x")

    def test_error(self):
        1 / 0

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


suite = unittest.TestLoader().loadTestsFromTestCase(T)
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful())
for test, text in result.failures:
    print("FAIL", test, text.splitlines()[-1])
for test, text in result.errors:
    print("ERROR", test.id(), text.splitlines()[-1])
print(result.unexpectedSuccesses)
print(result)

tc = T("test_ok")
for call in [lambda: tc.assertEqual("a", "b"), lambda: tc.assertEqual([1, 2], [1, 3]),
             lambda: tc.assertEqual(1, 2), lambda: tc.assertTrue(False), lambda: tc.assertIn(1, [2, 3])]:
    try:
        call()
    except AssertionError as e:
        print(repr(str(e)))
