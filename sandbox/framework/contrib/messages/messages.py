# django.contrib.messages (constants, Message, the cookie, session and fallback storages, the
# api), run by the sandbox's Python. The cookie is signed by the framework (_sign/_unsign) as
# Django signs it, so that a messages cookie passes between the sandbox and real Django.
DEBUG = 10
INFO = 20
SUCCESS = 25
WARNING = 30
ERROR = 40

DEFAULT_TAGS = {DEBUG: "debug", INFO: "info", SUCCESS: "success", WARNING: "warning", ERROR: "error"}
DEFAULT_LEVELS = {"DEBUG": DEBUG, "INFO": INFO, "SUCCESS": SUCCESS, "WARNING": WARNING, "ERROR": ERROR}


def _level_tags():
    tags = dict(DEFAULT_TAGS)
    tags.update(_setting("MESSAGE_TAGS", {}))
    return tags


class Message:
    def __init__(self, level, message, extra_tags=None):
        self.level = int(level)
        self.message = message
        self.extra_tags = extra_tags

    def _prepare(self):
        # str() of a SafeString stays safe in Django; the sandbox's str() would drop the mark.
        if not _is_safe(self.message):
            self.message = str(self.message)
        self.extra_tags = str(self.extra_tags) if self.extra_tags is not None else None

    def __eq__(self, other):
        if not isinstance(other, Message):
            return NotImplemented
        return self.level == other.level and self.message == other.message

    def __str__(self):
        return str(self.message)

    def __repr__(self):
        extra_tags = f", extra_tags={self.extra_tags!r}" if self.extra_tags else ""
        return f"Message(level={self.level}, message={self.message!r}{extra_tags})"

    @property
    def tags(self):
        return " ".join(tag for tag in [self.extra_tags, self.level_tag] if tag)

    @property
    def level_tag(self):
        return _level_tags().get(self.level, "")


_MESSAGE_KEY = "__json_message"


def _to_json(message):
    encoded = [_MESSAGE_KEY, 1 if _is_safe(message.message) else 0, message.level, str(message.message)]
    if message.extra_tags is not None:
        encoded.append(message.extra_tags)
    return encoded


def _from_json(obj):
    if isinstance(obj, list) and obj:
        if obj[0] == _MESSAGE_KEY:
            if obj[1]:
                obj[3] = _mark_safe(obj[3])
            return Message(*obj[2:])
        return [_from_json(item) for item in obj]
    if isinstance(obj, dict):
        return {key: _from_json(value) for key, value in obj.items()}
    return obj


class BaseStorage:
    def __init__(self, request, *args, **kwargs):
        self.request = request
        self._queued_messages = []
        self.used = False
        self.added_new = False

    def __len__(self):
        return len(self._loaded_messages) + len(self._queued_messages)

    def __iter__(self):
        self.used = True
        if self._queued_messages:
            self._loaded_messages.extend(self._queued_messages)
            self._queued_messages = []
        return iter(self._loaded_messages)

    def __contains__(self, item):
        return item in self._loaded_messages or item in self._queued_messages

    def __repr__(self):
        return f"<{self.__class__.__qualname__}: request={self.request!r}>"

    @property
    def _loaded_messages(self):
        if not hasattr(self, "_loaded_data"):
            messages, all_retrieved = self._get()
            self._loaded_data = messages or []
        return self._loaded_data

    def _prepare_messages(self, messages):
        for message in messages:
            message._prepare()

    def update(self, response):
        self._prepare_messages(self._queued_messages)
        if self.used:
            return self._store(self._queued_messages, response)
        elif self.added_new:
            messages = self._loaded_messages + self._queued_messages
            return self._store(messages, response)

    def add(self, level, message, extra_tags=""):
        if not message:
            return
        level = int(level)
        if level < self.level:
            return
        self.added_new = True
        self._queued_messages.append(Message(level, message, extra_tags=extra_tags))

    def _get_level(self):
        if not hasattr(self, "_level"):
            self._level = _setting("MESSAGE_LEVEL", INFO)
        return self._level

    def _set_level(self, value=None):
        if value is None and hasattr(self, "_level"):
            del self._level
        else:
            self._level = int(value)

    level = property(_get_level, _set_level, _set_level)


class CookieStorage(BaseStorage):
    cookie_name = "messages"
    max_cookie_size = 2048
    not_finished = "__messagesnotfinished__"

    def _get(self, *args, **kwargs):
        data = self.request.COOKIES.get(self.cookie_name)
        messages = self._decode(data)
        all_retrieved = not (messages and messages[-1] == self.not_finished)
        if messages and not all_retrieved:
            messages.pop()
        return messages, all_retrieved

    def _update_cookie(self, encoded_data, response):
        if encoded_data:
            response.set_cookie(
                self.cookie_name,
                encoded_data,
                domain=_setting("SESSION_COOKIE_DOMAIN", None),
                secure=_setting("SESSION_COOKIE_SECURE", False) or None,
                httponly=_setting("SESSION_COOKIE_HTTPONLY", True) or None,
                samesite=_setting("SESSION_COOKIE_SAMESITE", "Lax"),
            )
        else:
            response.delete_cookie(
                self.cookie_name,
                domain=_setting("SESSION_COOKIE_DOMAIN", None),
                samesite=_setting("SESSION_COOKIE_SAMESITE", "Lax"),
            )

    def _store(self, messages, response, remove_oldest=True, *args, **kwargs):
        unstored_messages = []
        serialized = [_dumps(_to_json(m)) if isinstance(m, Message) else _dumps(m) for m in messages]
        encoded_data = self._encode_parts(serialized)
        if self.max_cookie_size:
            finished = _dumps(self.not_finished)

            def too_large(data):
                return data and len(_cookie_quoted(data)) > self.max_cookie_size

            if too_large(encoded_data):
                # Drop messages (oldest first, or newest when falling back) until the rest fits.
                if remove_oldest:
                    idx = 0
                    while idx < len(serialized) and too_large(self._encode_parts(serialized[idx:] + [finished], True)):
                        idx += 1
                    unstored_messages = messages[:idx]
                    encoded_data = self._encode_parts(serialized[idx:] + [finished], True)
                else:
                    idx = len(serialized)
                    while idx > 0 and too_large(self._encode_parts(serialized[:idx] + [finished], True)):
                        idx -= 1
                    unstored_messages = messages[idx:]
                    encoded_data = self._encode_parts(serialized[:idx] + [finished], True)
        self._update_cookie(encoded_data, response)
        return unstored_messages

    def _encode_parts(self, parts, encode_empty=False):
        if parts or encode_empty:
            return _sign("[" + ",".join(parts) + "]")

    def _decode(self, data):
        if not data:
            return None
        text = _unsign(data)
        if text is not None:
            try:
                return _from_json(_json().loads(text))
            except ValueError:
                pass
        self.used = True
        return None


class SessionStorage(BaseStorage):
    session_key = "_messages"

    def __init__(self, request, *args, **kwargs):
        if not hasattr(request, "session"):
            raise AssertionError(
                "The session-based temporary message storage requires session "
                "middleware to be installed, and come before the message "
                "middleware in the MIDDLEWARE list."
            )
        super().__init__(request, *args, **kwargs)

    def _get(self, *args, **kwargs):
        return self.deserialize_messages(self.request.session.get(self.session_key)), True

    def _store(self, messages, response, *args, **kwargs):
        if messages:
            self.request.session[self.session_key] = self.serialize_messages(messages)
        else:
            self.request.session.pop(self.session_key, None)
        return []

    def serialize_messages(self, messages):
        return _json().dumps([_to_json(m) for m in messages])

    def deserialize_messages(self, data):
        if data and isinstance(data, str):
            return _from_json(_json().loads(data))
        return data


class FallbackStorage(BaseStorage):
    storage_classes = (CookieStorage, SessionStorage)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storages = [storage_class(*args, **kwargs) for storage_class in self.storage_classes]
        self._used_storages = set()

    def _get(self, *args, **kwargs):
        all_messages = []
        for storage in self.storages:
            messages, all_retrieved = storage._get()
            if messages is None:
                break
            if messages:
                self._used_storages.add(storage)
            all_messages.extend(messages)
            if all_retrieved:
                break
        return all_messages, all_retrieved

    def _store(self, messages, response, *args, **kwargs):
        for storage in self.storages:
            if messages:
                messages = storage._store(messages, response, remove_oldest=False)
            elif storage in self._used_storages:
                storage._store([], response)
                self._used_storages.remove(storage)
        return messages


def _json():
    # Imported when messages are stored or read: a request without any needs no json.
    import json

    return json


def _dumps(value):
    return _json().dumps(value, separators=(",", ":"))


def default_storage(request):
    path = _setting("MESSAGE_STORAGE", "django.contrib.messages.storage.fallback.FallbackStorage")
    classes = {
        "django.contrib.messages.storage.fallback.FallbackStorage": FallbackStorage,
        "django.contrib.messages.storage.cookie.CookieStorage": CookieStorage,
        "django.contrib.messages.storage.session.SessionStorage": SessionStorage,
    }
    if path not in classes:
        module, _, name = path.rpartition(".")
        return getattr(__import__(module, fromlist=[name]), name)(request)
    return classes[path](request)


class MessageFailure(Exception):
    pass


def add_message(request, level, message, extra_tags="", fail_silently=False):
    try:
        messages = request._messages
    except AttributeError:
        if not hasattr(request, "META"):
            raise TypeError(
                "add_message() argument must be an HttpRequest object, not '%s'." % request.__class__.__name__
            )
        if not fail_silently:
            raise MessageFailure(
                "You cannot add messages without installing "
                "django.contrib.messages.middleware.MessageMiddleware"
            )
    else:
        return messages.add(level, message, extra_tags)


def get_messages(request):
    return getattr(request, "_messages", [])


def get_level(request):
    storage = getattr(request, "_messages", default_storage(request))
    return storage.level


def set_level(request, level):
    if not hasattr(request, "_messages"):
        return False
    request._messages.level = level
    return True


def debug(request, message, extra_tags="", fail_silently=False):
    add_message(request, DEBUG, message, extra_tags=extra_tags, fail_silently=fail_silently)


def info(request, message, extra_tags="", fail_silently=False):
    add_message(request, INFO, message, extra_tags=extra_tags, fail_silently=fail_silently)


def success(request, message, extra_tags="", fail_silently=False):
    add_message(request, SUCCESS, message, extra_tags=extra_tags, fail_silently=fail_silently)


def warning(request, message, extra_tags="", fail_silently=False):
    add_message(request, WARNING, message, extra_tags=extra_tags, fail_silently=fail_silently)


def error(request, message, extra_tags="", fail_silently=False):
    add_message(request, ERROR, message, extra_tags=extra_tags, fail_silently=fail_silently)


def messages(request):
    """The context processor: the request's messages and the level names."""
    return {"messages": get_messages(request), "DEFAULT_MESSAGE_LEVELS": DEFAULT_LEVELS}
