import os as _os, sys as _sys
class _RelPaths:
    """Report this file's directory as '.', so expectations do not depend on the checkout path."""
    def __init__(self, s): self.s = s
    def write(self, t): return self.s.write(t.replace(_os.path.dirname(_os.path.abspath(__file__)), "."))
    def flush(self): self.s.flush()
_sys.stdout = _RelPaths(_sys.stdout)
_sys.stderr = _RelPaths(_sys.stderr)
import io
import re
import unittest


class T(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_ok(self):
        self.assertEqual(sum(self.items), 6)
        self.assertIn(2, self.items)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_fail_msg(self):
        self.assertTrue(False, "custom message")

    def test_err(self):
        raise KeyError("k")

    @unittest.skip("why")
    def test_skip(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad thing")

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)


class U(unittest.TestCase):
    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1, "b": 2})

    def test_str(self):
        self.assertEqual("hello\nworld", "hello\nthere")


buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromModule(__import__("__main__"))
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(re.sub(r"Ran (\d+) tests in [0-9.]+s", r"Ran \1 tests", buf.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
unittest.main()
