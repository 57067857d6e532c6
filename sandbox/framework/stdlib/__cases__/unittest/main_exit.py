import io
import re
import sys
import unittest


class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        print("setUp", self._testMethodName)
        self.value = 10

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_add(self):
        self.assertEqual(self.value + 1, 11)

    def test_str(self):
        self.assertEqual("hello", "hallo")

    def test_list(self):
        self.assertEqual([1, 2], [1, 3])

    def test_dict(self):
        self.assertEqual({"a": 1}, {"a": 2})

    def test_error(self):
        raise KeyError("k")

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    @unittest.skip("later")
    def test_skip(self):
        pass


captured = io.StringIO()
sys.stderr = captured
try:
    unittest.main(argv=["prog", "-v"])
except SystemExit as e:
    status = e.code
finally:
    sys.stderr = sys.__stderr__
print("exit", status)
text = re.sub(r"in \d+\.\d+s", "in X", captured.getvalue())
text = re.sub(r'File "[^"]*"', 'File "PROGRAM"', text)
for line in text.splitlines():
    if line.strip().startswith("^") or line.strip().startswith("~"):
        continue
    print(line)
