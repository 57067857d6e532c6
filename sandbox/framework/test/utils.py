# django.test.utils: the test environment the runner (and the tutorial's shell session) sets
# up: rendering instrumented so responses carry their templates and contexts, 'testserver'
# allowed, DEBUG as asked. _instrument and _set_setting are natives.
_saved = None


def _change_setting(name, value):
    from django.conf import settings

    setattr(settings, name, value)
    _set_setting(name, value)


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
