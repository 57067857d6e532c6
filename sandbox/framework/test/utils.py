# django.test.utils: the test environment the runner (and the tutorial's shell session) sets
# up: rendering instrumented so responses carry their templates and contexts, 'testserver'
# allowed, DEBUG as asked. _instrument and _set_setting are natives.
_saved = None
_MISSING = object()


def _change_setting(name, value):
    from django.conf import settings

    if value is _MISSING:
        # Back to what the settings module and Django's defaults say.
        try:
            delattr(settings, name)
        except AttributeError:
            pass
        _set_setting(name, None, True)
        return
    setattr(settings, name, value)
    _set_setting(name, value, False)


def setup_test_environment(debug=None):
    global _saved
    if _saved is not None:
        raise RuntimeError(
            "setup_test_environment() was already called and can't be called "
            "again without first calling teardown_test_environment()."
        )
    from django.conf import settings

    debug = settings.DEBUG if debug is None else debug
    _saved = {"ALLOWED_HOSTS": settings.ALLOWED_HOSTS, "DEBUG": settings.DEBUG}
    _change_setting("ALLOWED_HOSTS", [*settings.ALLOWED_HOSTS, "testserver"])
    _change_setting("DEBUG", debug)
    _instrument(True)


def teardown_test_environment():
    global _saved
    if _saved is None:
        return
    for name, value in _saved.items():
        _change_setting(name, value)
    _saved = None
    _instrument(False)


def get_runner(settings, test_runner_class=None):
    from django.test.runner import DiscoverRunner

    return DiscoverRunner


class override_settings:
    """Settings changed for a test (as a decorator of a function or a TestCase class) or a with block."""

    def __init__(self, **kwargs):
        self.options = kwargs
        self._backup = None

    def enable(self):
        from django.conf import settings

        self._backup = {name: _MISSING if not _has_setting(name) else getattr(settings, name) for name in self.options}
        for name, value in self.options.items():
            _change_setting(name, value)

    def disable(self):
        for name, value in self._backup.items():
            _change_setting(name, value)
        self._backup = None

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.disable()

    def __call__(self, decorated):
        if isinstance(decorated, type):
            original_setup = decorated.setUp
            original_teardown = decorated.tearDown
            override = self

            def setUp(test_self):
                override.enable()
                original_setup(test_self)

            def tearDown(test_self):
                try:
                    original_teardown(test_self)
                finally:
                    override.disable()

            decorated.setUp = setUp
            decorated.tearDown = tearDown
            return decorated

        def inner(*args, **kwargs):
            with self:
                return decorated(*args, **kwargs)

        inner.__name__ = decorated.__name__
        inner.__doc__ = decorated.__doc__
        return inner


def tag(*tags):
    def decorator(obj):
        if hasattr(obj, "tags"):
            obj.tags = obj.tags.union(tags)
        else:
            setattr(obj, "tags", set(tags))
        return obj

    return decorator


class CaptureQueriesContext:
    """The queries a connection ran inside a `with` block, as connection.queries holds them."""

    def __init__(self, connection):
        self.connection = connection

    def __iter__(self):
        return iter(self.captured_queries)

    def __getitem__(self, index):
        return self.captured_queries[index]

    def __len__(self):
        return len(self.captured_queries)

    @property
    def captured_queries(self):
        return self.connection.queries[self.initial_queries:self.final_queries]

    def __enter__(self):
        self.initial_queries = len(self.connection.queries)
        self.final_queries = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.final_queries = len(self.connection.queries)
