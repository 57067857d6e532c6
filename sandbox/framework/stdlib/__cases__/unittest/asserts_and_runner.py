import unittest, io, re

def run(*classes, verbosity=1):
    s = io.StringIO()
    suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in classes])
    r = unittest.TextTestRunner(stream=s, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+ tests?) in \d+\.\d+s', r'Ran \1 in X', s.getvalue())
    text = re.sub(r'File "[^"]*"', 'File "PROGRAM"', text)
    # Caret lines under a frame's source differ between Python builds: leave them out.
    print('\n'.join(line for line in text.split('\n') if not line.strip().startswith(('^', '~'))))
    print(r, r.wasSuccessful(), r.testsRun, len(r.failures), len(r.errors))
    return r

class Msgs(unittest.TestCase):
    def test_true(self): self.assertTrue(0)
    def test_false(self): self.assertFalse([1])
    def test_is(self): self.assertIs(1, None)
    def test_isnot(self): self.assertIsNot(None, None)
    def test_isnone(self): self.assertIsNone(3)
    def test_isnotnone(self): self.assertIsNotNone(None)
    def test_in(self): self.assertIn(1, [2, 3])
    def test_notin(self): self.assertNotIn(2, [2, 3])
    def test_isinstance(self): self.assertIsInstance(1, str)
    def test_notequal(self): self.assertNotEqual(1, 1)
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self): self.assertAlmostEqual(1.0, 1.5, delta=0.1)
    def test_greater(self): self.assertGreater(1, 2)
    def test_greater_eq(self): self.assertGreaterEqual(1, 2)
    def test_less_eq(self): self.assertLessEqual(3, 2)
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_msg(self): self.assertEqual(1, 2, msg="custom")
    def test_fail(self): self.fail("boom")
    def test_fail_none(self): self.fail()
    def test_raises_notraised(self): self.assertRaises(TypeError, len, [])
    def test_tuple(self): self.assertEqual((1, 2), (1, 2, 3))
    def test_set(self): self.assertEqual({1, 2}, {2, 3})
    def test_list_longer(self): self.assertListEqual([1, 2, 3], [1, 2])
    def test_multiline(self): self.assertEqual("a\nb\n", "a\nc\n")
    def test_regex(self): self.assertRegex("hello", "z+")

class NoLong(unittest.TestCase):
    longMessage = False
    def test_msg(self): self.assertEqual(1, 2, "only this")

run(Msgs, NoLong)

class Ok(unittest.TestCase):
    "doc"
    def test_one(self):
        "First line of doc.\n\n more"
        self.assertEqual(2 + 2, 4)
    def test_two(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
    @unittest.skipIf(True, "because")
    def test_three(self): pass
    @unittest.skipUnless(True, "never")
    def test_four(self): pass
    @unittest.expectedFailure
    def test_five(self): pass

run(Ok, verbosity=2)
run()

class Setup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no class")
    def test_x(self): pass
run(Setup)

tc = Msgs("test_true")
try:
    with tc.assertRaisesRegex(ValueError, "abc"):
        raise ValueError("xyz")
except AssertionError as e:
    print(e)
try:
    with tc.assertRaises(TypeError, msg="why"):
        pass
except AssertionError as e:
    print(e)
