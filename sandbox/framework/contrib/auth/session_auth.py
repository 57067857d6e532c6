# django.contrib.auth's session side (login, logout, get_user, update_session_auth_hash), run
# by the sandbox's Python: the user's id, backend and password hash kept in request.session.
SESSION_KEY = "_auth_user_id"
BACKEND_SESSION_KEY = "_auth_user_backend"
HASH_SESSION_KEY = "_auth_user_hash"
REDIRECT_FIELD_NAME = "next"


def _auth():
    import django.contrib.auth

    return django.contrib.auth


def _get_user_session_key(request):
    return str(request.session[SESSION_KEY])


def login(request, user, backend=None):
    session_auth_hash = ""
    if user is None:
        user = request.user
    if hasattr(user, "get_session_auth_hash"):
        session_auth_hash = user.get_session_auth_hash()

    if SESSION_KEY in request.session:
        if _get_user_session_key(request) != str(user.pk) or (
            session_auth_hash and not _constant_time_compare(request.session.get(HASH_SESSION_KEY, ""), session_auth_hash)
        ):
            # The session belonged to another user: nothing of it may leak to this one.
            request.session.flush()
    else:
        request.session.cycle_key()

    try:
        backend = backend or user.backend
    except AttributeError:
        backends = _auth()._get_backends(return_tuples=True)
        if len(backends) == 1:
            _, backend = backends[0]
        else:
            raise ValueError(
                "You have multiple authentication backends configured and "
                "therefore must provide the `backend` argument or set the "
                "`backend` attribute on the user."
            )
    else:
        if not isinstance(backend, str):
            raise TypeError("backend must be a dotted import path string (got %r)." % backend)

    request.session[SESSION_KEY] = str(user.pk)
    request.session[BACKEND_SESSION_KEY] = backend
    request.session[HASH_SESSION_KEY] = session_auth_hash
    if hasattr(request, "user"):
        request.user = user
    _rotate_token(request)
    # user_logged_in's receiver update_last_login.
    if hasattr(user, "last_login"):
        from django.utils import timezone

        user.last_login = timezone.now()
        user.save(update_fields=["last_login"])


def logout(request):
    request.session.flush()
    if hasattr(request, "user"):
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()


def get_user(request):
    from django.contrib.auth.models import AnonymousUser

    user = None
    try:
        user_id = _get_user_session_key(request)
        backend_path = request.session[BACKEND_SESSION_KEY]
    except KeyError:
        pass
    else:
        backends = _setting("AUTHENTICATION_BACKENDS", ["django.contrib.auth.backends.ModelBackend"])
        if backend_path in backends:
            backend = _auth().load_backend(backend_path)
            user = backend.get_user(user_id)
            # A password changed since the login ends the session.
            if hasattr(user, "get_session_auth_hash"):
                session_hash = request.session.get(HASH_SESSION_KEY)
                verified = bool(session_hash) and _constant_time_compare(session_hash, user.get_session_auth_hash())
                if not verified:
                    request.session.flush()
                    user = None
    return user or AnonymousUser()


def update_session_auth_hash(request, user):
    request.session.cycle_key()
    if hasattr(user, "get_session_auth_hash") and request.user == user:
        request.session[HASH_SESSION_KEY] = user.get_session_auth_hash()
