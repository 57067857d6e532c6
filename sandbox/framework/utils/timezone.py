class override:
    """Temporarily set the current time zone (None: the default one), as a with block or a decorator.

    Django's is a contextlib.ContextDecorator; this one decorates by itself, because every
    command imports this module (through the auth models' defaults) and contextlib belongs
    to the standard library's lazily loaded part.
    """

    def __call__(self, func):
        def inner(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        inner.__name__ = func.__name__
        inner.__qualname__ = func.__qualname__
        inner.__doc__ = func.__doc__
        inner.__wrapped__ = func
        return inner

    def __init__(self, timezone):
        self.timezone = timezone

    def __enter__(self):
        self.old_timezone = _active()
        if self.timezone is None:
            deactivate()
        else:
            activate(self.timezone)

    def __exit__(self, exc_type, exc_value, traceback):
        if self.old_timezone is None:
            deactivate()
        else:
            activate(self.old_timezone)
