# django.test.runner.DiscoverRunner: finds the tests the labels name (unittest's loading and
# discovery, as CPython 3.12 does them), orders them as Django does, and runs them with the
# test database set up. _setup_databases, _teardown_databases and _run_checks are natives.
import os
import re as _re
import sys
import unittest

from django.test.testcases import SimpleTestCase, TestCase
from django.test.utils import setup_test_environment, teardown_test_environment

# The frames of CPython 3.12's unittest/loader.py that import a test module, as its
# tracebacks show them.
_DISCOVERY_FRAMES = (
    '  File "/usr/lib/python3.12/unittest/loader.py", line 394, in _find_test_path\n'
    "    module = self._get_module_from_name(name)\n"
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    '  File "/usr/lib/python3.12/unittest/loader.py", line 337, in _get_module_from_name\n'
    "    __import__(name)\n"
)
_BY_NAME_FRAMES = (
    '  File "/usr/lib/python3.12/unittest/loader.py", line 137, in loadTestsFromName\n'
    "    module = __import__(module_name)\n"
    "             ^^^^^^^^^^^^^^^^^^^^^^^\n"
)


class _FailedTest(unittest.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception

        return testFailure


unittest._set_module(_FailedTest, "unittest.loader")


def _failed_import(name, error, frames):
    text = unittest._format_exc(error)
    head = "Traceback (most recent call last):\n"
    text = head + frames + (text[len(head):] if text.startswith(head) else text)
    return _FailedTest(name, ImportError("Failed to import test module: %s\n%s" % (name, text)))


def _import(name):
    return _import_module(name)


def _glob(pattern):
    """fnmatch's translation of a shell pattern: *, ? and [...] as the shell reads them."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and "]" in pattern[i:]:
            j = pattern.index("]", i)
            body = pattern[i:j]
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = j + 1
        else:
            out.append(_re.escape(c))
    return _re.compile("(?s:" + "".join(out) + r")\Z")


class DiscoverRunner:
    test_suite = unittest.TestSuite
    test_runner = unittest.TextTestRunner
    test_loader = unittest.defaultTestLoader
    reorder_by = (TestCase, SimpleTestCase)

    def __init__(self, pattern=None, top_level=None, verbosity=1, interactive=True, failfast=False, keepdb=False,
                 reverse=False, debug_mode=False, debug_sql=False, parallel=0, tags=None, exclude_tags=None,
                 test_name_patterns=None, pdb=False, buffer=False, enable_faulthandler=True, timing=False,
                 shuffle=False, logger=None, durations=None, **kwargs):
        self.pattern = pattern or "test*.py"
        self.top_level = top_level
        self.verbosity = verbosity
        self.interactive = interactive
        self.failfast = failfast
        self.keepdb = keepdb
        self.reverse = reverse
        self.debug_mode = debug_mode
        self.buffer = buffer
        # unittest's -k: a pattern without a wildcard matches as a substring of the test's id.
        self.test_name_patterns = [_glob(p if "*" in p else "*%s*" % p) for p in (test_name_patterns or [])]

    def log(self, msg):
        print(msg)

    # Loading, as unittest.TestLoader does it.

    def _load_module(self, module):
        return self.test_loader.loadTestsFromModule(module)

    def _load_from_name(self, name):
        parts = name.split(".")
        error_case = None
        module = None
        parts_copy = parts[:]
        while parts_copy:
            try:
                _import(".".join(parts_copy))
                # As __import__ does: the top-level package, walked down below.
                module = _import(parts[0])
                break
            except ImportError as e:
                next_attribute = parts_copy.pop()
                error_case = _failed_import(next_attribute, e, _BY_NAME_FRAMES)
                if not parts_copy:
                    return self.test_suite([error_case])
        obj = module
        parent = None
        for part in parts[1:]:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    return self.test_suite([error_case])
                return self.test_suite([_FailedTest(part, e)])
        if type(obj).__name__ == "module":
            return self._load_module(obj)
        if isinstance(obj, type) and issubclass(obj, unittest.TestCase):
            return self.test_loader.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, unittest.TestCase):
            return self.test_suite([parent(parts[-1])])
        if isinstance(obj, unittest.TestSuite):
            return obj
        raise TypeError("don't know how to make test from: %s" % obj)

    def _discover(self, start_dir, top_level_dir):
        tests = []
        for name in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, name)
            if os.path.isfile(full):
                if not _glob(self.pattern).match(name) or not name.endswith(".py") or not name[:-3].isidentifier():
                    continue
                module_name = self._module_name(full, top_level_dir)
                try:
                    module = _import(module_name)
                except BaseException as e:
                    if not isinstance(e, Exception) and not isinstance(e, SyntaxError):
                        raise
                    tests.append(self.test_suite([_failed_import(module_name, e, _DISCOVERY_FRAMES)]))
                    continue
                tests.append(self._load_module(module))
            elif os.path.isdir(full) and name.isidentifier() and os.path.isfile(os.path.join(full, "__init__.py")):
                tests.append(self._discover(full, top_level_dir))
        return self.test_suite(tests)

    def _module_name(self, path, top_level_dir):
        rel = os.path.relpath(path, top_level_dir)
        return rel[:-3].replace(os.sep, ".")

    def load_tests_for_label(self, label):
        label_as_path = os.path.abspath(label)
        tests = None
        if not os.path.exists(label_as_path):
            tests = self._load_from_name(label)
            if tests.countTestCases():
                return tests
        is_package = False
        try:
            module = _import(label)
            is_importable = True
            is_package = hasattr(module, "__path__")
        except ImportError:
            is_importable = False
        if is_importable:
            if not is_package:
                return tests
            start_dir = list(module.__path__)[0]
        elif not os.path.isdir(label_as_path):
            if os.path.exists(label_as_path):
                raise RuntimeError(
                    "One of the test labels is a path to a file: %r, which is not supported. "
                    "Use a dotted module name or path to a directory instead." % label
                )
            return tests
        else:
            start_dir = label_as_path
        top_level = self.top_level or _find_top_level(os.path.abspath(start_dir))
        return self._discover(os.path.abspath(start_dir), top_level)

    def build_suite(self, test_labels=None, **kwargs):
        test_labels = test_labels or ["."]
        all_tests = []
        for label in test_labels:
            tests = self.load_tests_for_label(label)
            all_tests.extend(_iter_test_cases(tests))
        if self.test_name_patterns:
            all_tests = [t for t in all_tests if isinstance(t, _FailedTest) or any(p.match(t.id()) for p in self.test_name_patterns)]
        all_tests = _reorder(all_tests, self.reorder_by, self.reverse)
        suite = self.test_suite(all_tests)
        if self.verbosity >= 1:
            count = suite.countTestCases()
            self.log("Found %d test(s)." % count)
        return suite

    def get_databases(self, suite):
        databases = set()
        for test in _iter_test_cases(suite):
            databases.update(getattr(test, "databases", None) or ())
        if self.verbosity >= 2 and not databases:
            self.log("Skipping setup of unused database(s): default.")
        return databases

    def run_suite(self, suite, **kwargs):
        runner = self.test_runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer)
        return runner.run(suite)

    def suite_result(self, suite, result, **kwargs):
        return len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)

    def run_tests(self, test_labels, **kwargs):
        setup_test_environment(debug=self.debug_mode)
        try:
            suite = self.build_suite(test_labels)
            databases = self.get_databases(suite)
            if databases:
                _setup_databases(self.verbosity)
            try:
                if not _run_checks():
                    return 0
                result = self.run_suite(suite)
            finally:
                if databases:
                    _teardown_databases(self.verbosity)
        finally:
            teardown_test_environment()
        return self.suite_result(suite, result)


def _find_top_level(top_level):
    while True:
        init_py = os.path.join(top_level, "__init__.py")
        if not os.path.exists(init_py):
            break
        try_next = os.path.dirname(top_level)
        if try_next == top_level:
            break
        top_level = try_next
    return top_level


def _iter_test_cases(tests):
    for test in tests:
        if isinstance(test, unittest.TestSuite):
            yield from _iter_test_cases(test)
        else:
            yield test


def _reorder(tests, classes, reverse=False):
    buckets = [[] for _ in range(len(classes) + 1)]
    seen = set()
    for test in tests:
        if test in seen:
            continue
        seen.add(test)
        for i, cls in enumerate(classes):
            if isinstance(test, cls):
                buckets[i].append(test)
                break
        else:
            buckets[-1].append(test)
    ordered = []
    for bucket in buckets:
        by_class = {}
        for test in bucket:
            by_class.setdefault(type(test), []).append(test)
        for group in by_class.values():
            ordered.extend(group)
    if reverse:
        ordered.reverse()
    return ordered
