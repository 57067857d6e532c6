# django.contrib.auth.views' LoginView and LogoutView, run by the sandbox's Python.
from urllib.parse import urlsplit, urlunsplit

from django.contrib.auth import REDIRECT_FIELD_NAME, authenticate
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.shortcuts import render, resolve_url


def redirect_to_login(next, login_url=None, redirect_field_name=REDIRECT_FIELD_NAME):
    resolved_url = resolve_url(login_url or _setting("LOGIN_URL", "/accounts/login/"))
    login_url_parts = list(urlsplit(resolved_url))
    if redirect_field_name:
        querystring = QueryDict(login_url_parts[3], mutable=True)
        querystring[redirect_field_name] = next
        login_url_parts[3] = querystring.urlencode(safe="/")
    return HttpResponseRedirect(urlunsplit(login_url_parts))


class _LoginForm:
    """AuthenticationForm's checks where django.forms is not available: the same errors."""

    def __init__(self, request=None, data=None):
        self.request = request
        self.data = data
        self.is_bound = data is not None
        self.user_cache = None
        self._errors = None

    @property
    def errors(self):
        if self._errors is None:
            self._errors = {}
            if self.is_bound:
                self._clean()
        return self._errors

    def _clean(self):
        username = self.data.get("username", "")
        password = self.data.get("password", "")
        for name, value in (("username", username), ("password", password)):
            if not value:
                self._errors[name] = ["This field is required."]
        if self._errors:
            return
        self.user_cache = authenticate(self.request, username=username, password=password)
        if self.user_cache is None:
            self._errors["__all__"] = [
                "Please enter a correct username and password. Note that both fields may be case-sensitive."
            ]
        elif not self.user_cache.is_active:
            self._errors["__all__"] = ["This account is inactive."]

    def non_field_errors(self):
        return self.errors.get("__all__", [])

    def is_valid(self):
        return self.is_bound and not self.errors

    def get_user(self):
        return self.user_cache


def _form_class():
    try:
        from django.contrib.auth.forms import AuthenticationForm
    except ImportError:
        return _LoginForm
    return AuthenticationForm


class _AuthView:
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options", "trace"]
    extra_context = None
    next_page = None
    redirect_field_name = REDIRECT_FIELD_NAME

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    @classmethod
    def as_view(cls, **initkwargs):
        for key in initkwargs:
            if key in cls.http_method_names:
                raise TypeError(
                    "The method name %s is not accepted as a keyword argument to %s()." % (key, cls.__name__)
                )
            if not hasattr(cls, key):
                raise TypeError(
                    "%s() received an invalid keyword %r. as_view only accepts arguments that are already attributes of the class."
                    % (cls.__name__, key)
                )

        def view(request, *args, **kwargs):
            self = cls(**initkwargs)
            self.request = request
            self.args = args
            self.kwargs = kwargs
            response = self.dispatch(request, *args, **kwargs)
            _add_never_cache_headers(response)
            _csrf_response(request, response)
            return response

        view.view_class = cls
        view.view_initkwargs = initkwargs
        view.__name__ = cls.__name__
        view.__qualname__ = cls.__qualname__
        view.__module__ = cls.__module__
        view.__doc__ = cls.__doc__
        return view

    def _allowed_methods(self):
        return [m.upper() for m in self.http_method_names if hasattr(self, m)]

    def dispatch(self, request, *args, **kwargs):
        method = request.method.lower()
        handler = getattr(self, method, None) if method in self.http_method_names else None
        if handler is None:
            response = HttpResponseNotAllowed(self._allowed_methods())
            _log_response("Method Not Allowed (%s): %s" % (request.method, request.path), response)
            return response
        return handler(request, *args, **kwargs)

    def get_redirect_url(self):
        redirect_to = self.request.POST.get(self.redirect_field_name, self.request.GET.get(self.redirect_field_name))
        if redirect_to and _url_is_safe(redirect_to, self.request.get_host(), self.request.is_secure()):
            return redirect_to
        return ""

    def get_context_data(self, **kwargs):
        context = {"view": self}
        context.update(kwargs)
        if self.extra_context is not None:
            context.update(self.extra_context)
        return context


class LoginView(_AuthView):
    form_class = None
    authentication_form = None
    template_name = "registration/login.html"
    redirect_authenticated_user = False

    def dispatch(self, request, *args, **kwargs):
        if self.redirect_authenticated_user and request.user.is_authenticated:
            redirect_to = self.get_success_url()
            if redirect_to == request.path:
                raise ValueError(
                    "Redirection loop for authenticated user detected. Check that "
                    "your LOGIN_REDIRECT_URL doesn't point to a login page."
                )
            return HttpResponseRedirect(redirect_to)
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        return self.get_redirect_url() or resolve_url(self.next_page or _setting("LOGIN_REDIRECT_URL", "/accounts/profile/"))

    def get_form_class(self):
        return self.authentication_form or self.form_class or _form_class()

    def get_form(self):
        data = self.request.POST if self.request.method in ("POST", "PUT") else None
        return self.get_form_class()(self.request, data=data)

    def render_form(self, form):
        context = self.get_context_data(
            form=form,
            **{
                self.redirect_field_name: self.get_redirect_url(),
                "site": None,
                "site_name": self.request.get_host(),
            }
        )
        return render(self.request, self.template_name, context)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            auth_login(request, form.get_user())
            return HttpResponseRedirect(self.get_success_url())
        return self.render_form(form)


class LogoutView(_AuthView):
    http_method_names = ["post", "options"]
    template_name = "registration/logged_out.html"

    def post(self, request, *args, **kwargs):
        auth_logout(request)
        redirect_to = self.get_success_url()
        if redirect_to != request.get_full_path():
            return HttpResponseRedirect(redirect_to)
        return render(request, self.template_name, self.get_context_data(site=None, site_name=request.get_host(), title="Logged out"))

    def options(self, request, *args, **kwargs):
        from django.http import HttpResponse

        response = HttpResponse()
        response["Allow"] = ", ".join(self._allowed_methods())
        response["Content-Length"] = "0"
        return response

    def get_success_url(self):
        if self.next_page:
            return resolve_url(self.next_page)
        logout_url = _setting("LOGOUT_REDIRECT_URL", None)
        if logout_url:
            return resolve_url(logout_url)
        return self.get_redirect_url() or self.request.path


def _not_in_sandbox(request, *args, **kwargs):
    raise NotImplementedError("This view of django.contrib.auth is not available in the sandbox.")


class _Unavailable(_AuthView):
    def get(self, request, *args, **kwargs):
        _not_in_sandbox(request)

    post = get


class PasswordChangeView(_Unavailable):
    pass


class PasswordChangeDoneView(_Unavailable):
    pass


class PasswordResetView(_Unavailable):
    pass


class PasswordResetDoneView(_Unavailable):
    pass


class PasswordResetConfirmView(_Unavailable):
    pass


class PasswordResetCompleteView(_Unavailable):
    pass
