from contextlib import ContextDecorator


class override(ContextDecorator):
    """Temporarily set the current time zone (None: the default one), as a with block or a decorator."""

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
