# django.contrib.auth (the package's own names), run by the sandbox's Python. The requests
# side (login, logout, get_user with sessions) builds on these.
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

try:
    from django.core.exceptions import PermissionDenied
except ImportError:
    class PermissionDenied(Exception):
        pass

SESSION_KEY = "_auth_user_id"
BACKEND_SESSION_KEY = "_auth_user_backend"
HASH_SESSION_KEY = "_auth_user_hash"
REDIRECT_FIELD_NAME = "next"

_DEFAULT_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]


def load_backend(path):
    return _import_string(path)()


def _get_backends(return_tuples=False):
    backends = []
    for backend_path in getattr(settings, "AUTHENTICATION_BACKENDS", _DEFAULT_BACKENDS):
        backend = load_backend(backend_path)
        backends.append((backend, backend_path) if return_tuples else backend)
    if not backends:
        raise ImproperlyConfigured(
            "No authentication backends have been defined. Does "
            "AUTHENTICATION_BACKENDS contain anything?"
        )
    return backends


def get_backends():
    return _get_backends(return_tuples=False)


def authenticate(request=None, **credentials):
    for backend, backend_path in _get_backends(return_tuples=True):
        try:
            user = backend.authenticate(request, **credentials)
        except PermissionDenied:
            break
        if user is None:
            continue
        user.backend = backend_path
        return user
    return None


def get_user_model():
    model = getattr(settings, "AUTH_USER_MODEL", "auth.User")
    if not isinstance(model, str) or model.count(".") != 1:
        raise ImproperlyConfigured(
            "AUTH_USER_MODEL must be of the form 'app_label.model_name'"
        )
    found = _get_model(model)
    if found is None:
        raise ImproperlyConfigured(
            "AUTH_USER_MODEL refers to model '%s' that has not been installed" % model
        )
    return found


def get_permission_codename(action, opts):
    return "%s_%s" % (action, opts.model_name)
