# django.contrib.auth.decorators, run by the sandbox's Python.
from functools import wraps
from urllib.parse import urlsplit

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.shortcuts import resolve_url


def _redirect_to_login(next, login_url=None, redirect_field_name=REDIRECT_FIELD_NAME):
    from django.contrib.auth.views import redirect_to_login

    return redirect_to_login(next, login_url, redirect_field_name)


def user_passes_test(test_func, login_url=None, redirect_field_name=REDIRECT_FIELD_NAME):
    def decorator(view_func):
        @wraps(view_func)
        def _view_wrapper(request, *args, **kwargs):
            if test_func(request.user):
                return view_func(request, *args, **kwargs)
            path = request.build_absolute_uri()
            resolved_login_url = resolve_url(login_url or _setting("LOGIN_URL", "/accounts/login/"))
            login_scheme, login_netloc = urlsplit(resolved_login_url)[:2]
            current_scheme, current_netloc = urlsplit(path)[:2]
            if (not login_scheme or login_scheme == current_scheme) and (not login_netloc or login_netloc == current_netloc):
                path = request.get_full_path()
            return _redirect_to_login(path, resolved_login_url, redirect_field_name)

        return _view_wrapper

    return decorator


def login_required(function=None, redirect_field_name=REDIRECT_FIELD_NAME, login_url=None):
    actual_decorator = user_passes_test(
        lambda u: u.is_authenticated,
        login_url=login_url,
        redirect_field_name=redirect_field_name,
    )
    if function:
        return actual_decorator(function)
    return actual_decorator


def login_not_required(view_func):
    view_func.login_required = False
    return view_func


def permission_required(perm, login_url=None, raise_exception=False):
    def check_perms(user):
        perms = (perm,) if isinstance(perm, str) else perm
        if user.has_perms(perms):
            return True
        if raise_exception:
            raise PermissionDenied
        return False

    return user_passes_test(check_perms, login_url=login_url)
