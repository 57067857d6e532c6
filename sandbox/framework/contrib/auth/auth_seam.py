# A stand-in for django.contrib.auth's user side (get_user_model, authenticate, the backend,
# AnonymousUser) over the auth_user table, for projects whose sandbox has no User model yet.
# The session side (session_auth.py) is written against Django's API and uses whichever is there.
from django.db import connection

_COLUMNS = ["id", "password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined"]


class User:
    is_authenticated = True
    is_anonymous = False

    def __init__(self, row):
        for name, value in zip(_COLUMNS, row):
            setattr(self, name, value)
        self.pk = self.id

    def __str__(self):
        return self.username

    def __eq__(self, other):
        return isinstance(other, User) and other.pk == self.pk

    def __hash__(self):
        return hash(self.pk)

    def get_session_auth_hash(self):
        return _session_auth_hash(self.password)

    def check_password(self, raw_password):
        return _check_password(raw_password, self.password)

    def save(self, update_fields=None):
        cursor = connection.cursor()
        cursor.execute('UPDATE "auth_user" SET "last_login" = %s WHERE "id" = %s', [_sql_datetime(self.last_login), self.pk])

    @classmethod
    def _get(cls, column, value):
        cursor = connection.cursor()
        cursor.execute('SELECT %s FROM "auth_user" WHERE "%s" = %%s' % (", ".join('"%s"' % c for c in _COLUMNS), column), [value])
        row = cursor.fetchone()
        return cls(row) if row else None


class AnonymousUser:
    id = None
    pk = None
    username = ""
    is_staff = False
    is_active = False
    is_superuser = False
    is_authenticated = False
    is_anonymous = True

    def __str__(self):
        return "AnonymousUser"

    def __eq__(self, other):
        return isinstance(other, self.__class__)

    def __hash__(self):
        return 1


class ModelBackend:
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = User._get("username", username)
        if user is not None and user.check_password(password) and user.is_active:
            return user
        return None

    def get_user(self, user_id):
        user = User._get("id", user_id)
        return user if user is not None and user.is_active else None


def load_backend(path):
    return ModelBackend()


def _get_backends(return_tuples=False):
    path = "django.contrib.auth.backends.ModelBackend"
    return [(ModelBackend(), path)] if return_tuples else [ModelBackend()]


def get_backends():
    return _get_backends()


def get_user_model():
    return User


def authenticate(request=None, **credentials):
    for backend, backend_path in _get_backends(return_tuples=True):
        user = backend.authenticate(request, **credentials)
        if user is None:
            continue
        user.backend = backend_path
        return user
    return None


def _sql_datetime(value):
    return None if value is None else value.replace(tzinfo=None).isoformat(" ")
