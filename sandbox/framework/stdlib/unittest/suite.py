

class BaseTestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        topLevel = not getattr(result, '_testRunEntered', False)
        if topLevel:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._switchClass(test, result)
                if getattr(test.__class__, '_classSetupFailed', False):
                    continue
            test(result)
        if topLevel:
            self._switchClass(None, result)
            result._testRunEntered = False
        return result

    def _switchClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__ if test is not None else None
        if current is previous:
            return
        if previous is not None and not getattr(previous, '_classSetupFailed', False):
            if not getattr(previous, '__unittest_skip__', False):
                try:
                    previous.tearDownClass()
                except Exception as e:
                    self._classError(result, e, 'tearDownClass', previous)
        result._previousTestClass = current
        if current is None:
            return
        current._classSetupFailed = False
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current.setUpClass()
        except SkipTest as e:
            current._classSetupFailed = True
            result.addSkip(_ErrorHolder('setUpClass (%s)' % strclass(current)), str(e))
        except Exception as e:
            current._classSetupFailed = True
            self._classError(result, e, 'setUpClass', current)

    def _classError(self, result, exc, method, cls):
        holder = _ErrorHolder('%s (%s)' % (method, strclass(cls)))
        result.addError(holder, (type(exc), exc, _format_exc(exc)))


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda x, y: (x > y) - (x < y))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else _import_module(parts.pop(0))
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        names = [name for name in dir(testCaseClass)
                 if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name))]
        names.sort()
        return names


defaultTestLoader = TestLoader()


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = sys.modules[module]
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
        self.testRunner = testRunner
        self.testLoader = testLoader
        if defaultTest is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        elif isinstance(defaultTest, str):
            self.test = self.testLoader.loadTestsFromNames([defaultTest], self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(list(defaultTest), self.module)
        self.runTests()

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity)
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(5)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram


# CPython spreads these over submodules; reprs and strclass() name them there.
for _cls, _where in ((TestCase, 'case'), (FunctionTestCase, 'case'), (SkipTest, 'case'), (_SubTest, 'case'),
                     (_AssertRaisesContext, 'case'), (TestResult, 'result'), (TextTestResult, 'runner'),
                     (TextTestRunner, 'runner'), (_WritelnDecorator, 'runner'), (BaseTestSuite, 'suite'),
                     (TestSuite, 'suite'), (_ErrorHolder, 'suite'), (TestLoader, 'loader'), (TestProgram, 'main')):
    _set_module(_cls, 'unittest.' + _where)
del _cls, _where
