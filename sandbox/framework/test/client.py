# django.test.client: a browser stand-in that sends requests through the project's handler
# in this process. _request (native) runs the handler and returns the response object with
# the templates it rendered and their contexts.
import json as _json
from urllib.parse import urlencode as _urlencode, urlsplit as _urlsplit

BOUNDARY = "BoUnDaRyStRiNg"
MULTIPART_CONTENT = "multipart/form-data; boundary=%s" % BOUNDARY


class RedirectCycleError(Exception):
    def __init__(self, message, last_response):
        super().__init__(message)
        self.last_response = last_response
        self.redirect_chain = last_response.redirect_chain


def encode_multipart(boundary, data):
    lines = []
    for key, value in data.items():
        if value is None:
            raise TypeError(
                "Cannot encode None for key '%s' as POST data. Did you mean "
                "to pass an empty string or omit the value?" % key
            )
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            lines.extend([
                "--%s" % boundary,
                'Content-Disposition: form-data; name="%s"' % key,
                "",
                str(item),
            ])
    lines.extend(["--%s--" % boundary, ""])
    return "\r\n".join(lines)


class ContextList(list):
    """The contexts of the templates a response rendered; a key is looked up in each in turn."""

    def __getitem__(self, key):
        if isinstance(key, str):
            for subcontext in self:
                if key in subcontext:
                    return subcontext[key]
            raise KeyError(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        try:
            return self.__getitem__(key)
        except KeyError:
            return default

    def __contains__(self, key):
        if isinstance(key, str):
            for subcontext in self:
                if key in subcontext:
                    return True
            return False
        return super().__contains__(key)

    def keys(self):
        keys = set()
        for subcontext in self:
            keys.update(subcontext.keys())
        return keys


class _RenderedContext(dict):
    """A copy of a template's Context as it was when the template started rendering."""

    def flatten(self):
        return dict(self)

    def __repr__(self):
        return repr([dict(self)])


class _RenderedTemplate:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<django.template.base.Template object>"


class Client:
    def __init__(self, enforce_csrf_checks=False, raise_request_exception=True, *, headers=None, query_params=None, **defaults):
        self.enforce_csrf_checks = enforce_csrf_checks
        self.raise_request_exception = raise_request_exception
        self.headers = dict(headers or {})
        self.defaults = defaults
        self.cookies = {}

    def _base_environ(self, extra_headers):
        headers = {}
        for name, value in self.headers.items():
            headers[name.lower()] = str(value)
        for name, value in (extra_headers or {}).items():
            headers[name.lower()] = str(value)
        for name, value in self.defaults.items():
            if name.startswith("HTTP_"):
                headers[name[5:].lower().replace("_", "-")] = str(value)
        return headers

    def generic(self, method, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        parts = _urlsplit(str(path))
        query = parts.query
        if query_params:
            query = _urlencode(query_params, doseq=True)
        headers = self._base_environ(headers)
        for name, value in extra.items():
            if name.startswith("HTTP_"):
                headers[name[5:].lower().replace("_", "-")] = str(value)
        if isinstance(data, bytes):
            data = data.decode()
        if data:
            headers["content-type"] = content_type
        if self.cookies:
            headers["cookie"] = "; ".join("%s=%s" % item for item in self.cookies.items())
        response, templates, contexts = _request(
            method, parts.path or "/", query, data or "", headers, secure, not self.enforce_csrf_checks, self.raise_request_exception,
        )
        self._store_cookies(response)
        response.client = self
        response.request = {"PATH_INFO": parts.path or "/", "REQUEST_METHOD": method, "QUERY_STRING": query}
        response.templates = [_RenderedTemplate(name) for name in templates]
        rendered = [_RenderedContext(c) for c in contexts]
        response.context = rendered[0] if len(rendered) == 1 else (ContextList(rendered) if rendered else None)
        response.json = lambda **kwargs: self._parse_json(response, **kwargs)
        response.resolver_match = None
        if response.status_code in (301, 302, 303, 307, 308):
            response.url = response["Location"]
        return response

    def _store_cookies(self, response):
        for name, morsel in _cookies_of(response):
            value, expired = morsel
            if expired:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def _parse_json(self, response, **extra):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith("application/json") and "+json" not in content_type.split(";")[0]:
            raise ValueError('Content-Type header is "%s", not "application/json"' % content_type)
        return _json.loads(response.content.decode(), **extra)

    def _data_request(self, method, path, data, content_type, follow, secure, headers, query_params, extra):
        if content_type == MULTIPART_CONTENT and isinstance(data, dict):
            body = encode_multipart(BOUNDARY, data)
        elif isinstance(data, (dict, list, tuple)) and content_type.split(";")[0].strip() == "application/json":
            body = _json.dumps(data)
        else:
            body = data
        response = self.generic(method, path, body, content_type, secure, headers=headers, query_params=query_params, **extra)
        if follow:
            response = self._handle_redirects(response, data=data, content_type=content_type, headers=headers, query_params=query_params, **extra)
        return response

    def get(self, path, data=None, follow=False, secure=False, *, headers=None, query_params=None, **extra):
        if data and not query_params:
            query_params = data
        response = self.generic("GET", path, secure=secure, headers=headers, query_params=query_params, **extra)
        if follow:
            response = self._handle_redirects(response, headers=headers, **extra)
        return response

    def head(self, path, data=None, follow=False, secure=False, *, headers=None, query_params=None, **extra):
        if data and not query_params:
            query_params = data
        response = self.generic("HEAD", path, secure=secure, headers=headers, query_params=query_params, **extra)
        if follow:
            response = self._handle_redirects(response, headers=headers, **extra)
        return response

    def post(self, path, data=None, content_type=MULTIPART_CONTENT, follow=False, secure=False, *, headers=None, query_params=None, **extra):
        return self._data_request("POST", path, data or {}, content_type, follow, secure, headers, query_params, extra)

    def put(self, path, data="", content_type="application/octet-stream", follow=False, secure=False, *, headers=None, query_params=None, **extra):
        return self._data_request("PUT", path, data, content_type, follow, secure, headers, query_params, extra)

    def patch(self, path, data="", content_type="application/octet-stream", follow=False, secure=False, *, headers=None, query_params=None, **extra):
        return self._data_request("PATCH", path, data, content_type, follow, secure, headers, query_params, extra)

    def delete(self, path, data="", content_type="application/octet-stream", follow=False, secure=False, *, headers=None, query_params=None, **extra):
        return self._data_request("DELETE", path, data, content_type, follow, secure, headers, query_params, extra)

    def options(self, path, data="", content_type="application/octet-stream", follow=False, secure=False, *, headers=None, query_params=None, **extra):
        return self._data_request("OPTIONS", path, data, content_type, follow, secure, headers, query_params, extra)

    def _handle_redirects(self, response, data="", content_type="", headers=None, query_params=None, **extra):
        response.redirect_chain = []
        redirect_status_codes = (301, 302, 303, 307, 308)
        while response.status_code in redirect_status_codes:
            response_url = response.url
            redirect_chain = response.redirect_chain
            redirect_chain.append((response_url, response.status_code))
            url = _urlsplit(response_url)
            path = url.path
            if not path.startswith("/"):
                base = response.request["PATH_INFO"]
                path = base[: base.rfind("/") + 1] + path
            if response.status_code in (307, 308):
                response = self.generic(response.request["REQUEST_METHOD"], path, data, content_type, headers=headers, **extra)
            else:
                response = self.generic("GET", path + ("?" + url.query if url.query else ""), headers=headers, **extra)
            response.redirect_chain = redirect_chain
            if redirect_chain[-1] in redirect_chain[:-1]:
                raise RedirectCycleError("Redirect loop detected.", last_response=response)
            if len(redirect_chain) > 20:
                raise RedirectCycleError("Too many redirects.", last_response=response)
        return response

    def login(self, **credentials):
        from django.contrib.auth import authenticate

        user = authenticate(**credentials)
        if user:
            self._login(user)
            return True
        return False

    def force_login(self, user, backend=None):
        if backend is None:
            from django.conf import settings

            backend = settings.AUTHENTICATION_BACKENDS[0]
        user.backend = backend
        self._login(user, backend)

    def _login(self, user, backend=None):
        from django.contrib.sessions.backends.db import SessionStore
        from django.utils import timezone

        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = backend or getattr(user, "backend", None) or "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.save()
        # user_logged_in's receiver, update_last_login.
        user.last_login = timezone.now()
        user.save(update_fields=["last_login"])
        self.cookies[_session_cookie_name()] = session.session_key

    def logout(self):
        from django.contrib.sessions.backends.db import SessionStore

        key = self.cookies.get(_session_cookie_name())
        if key:
            SessionStore(key).flush()
        self.cookies = {}

    @property
    def session(self):
        from django.contrib.sessions.backends.db import SessionStore

        key = self.cookies.get(_session_cookie_name())
        session = SessionStore(key)
        if not key:
            session.save()
            self.cookies[_session_cookie_name()] = session.session_key
        return session


def _session_cookie_name():
    from django.conf import settings

    return getattr(settings, "SESSION_COOKIE_NAME", "sessionid")


class RequestFactory:
    """Requests made as the test client makes them, handed back instead of sent: no middleware
    ran on them (no request.user, no session), for calling a view directly."""

    def __init__(self, *, headers=None, query_params=None, **defaults):
        self.headers = dict(headers or {})
        self.query_params = query_params
        self.defaults = defaults
        self.cookies = {}

    def generic(self, method, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        parts = _urlsplit(str(path))
        query = parts.query
        if query_params or self.query_params:
            query = _urlencode(query_params or self.query_params, doseq=True)
        all_headers = {}
        for source in (self.headers, headers or {}):
            for name, value in source.items():
                all_headers[name.lower()] = str(value)
        for source in (self.defaults, extra):
            for name, value in source.items():
                if name.startswith("HTTP_"):
                    all_headers[name[5:].lower().replace("_", "-")] = str(value)
        if isinstance(data, bytes):
            data = data.decode()
        if data:
            all_headers["content-type"] = content_type
        if self.cookies:
            all_headers["cookie"] = "; ".join("%s=%s" % item for item in self.cookies.items())
        return _make_request(method, parts.path or "/", query, data or "", all_headers, secure)

    def _body(self, data, content_type):
        if content_type == MULTIPART_CONTENT and isinstance(data, dict):
            return encode_multipart(BOUNDARY, data)
        if isinstance(data, (dict, list, tuple)) and content_type.split(";")[0].strip() == "application/json":
            return _json.dumps(data)
        return data

    def get(self, path, data=None, secure=False, *, headers=None, query_params=None, **extra):
        if data and not query_params:
            query_params = data
        return self.generic("GET", path, secure=secure, headers=headers, query_params=query_params, **extra)

    def head(self, path, data=None, secure=False, *, headers=None, query_params=None, **extra):
        if data and not query_params:
            query_params = data
        return self.generic("HEAD", path, secure=secure, headers=headers, query_params=query_params, **extra)

    def post(self, path, data=None, content_type=MULTIPART_CONTENT, secure=False, *, headers=None, query_params=None, **extra):
        body = self._body(data or {}, content_type)
        return self.generic("POST", path, body, content_type, secure, headers=headers, query_params=query_params, **extra)

    def put(self, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        return self.generic("PUT", path, self._body(data, content_type), content_type, secure, headers=headers, query_params=query_params, **extra)

    def patch(self, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        return self.generic("PATCH", path, self._body(data, content_type), content_type, secure, headers=headers, query_params=query_params, **extra)

    def delete(self, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        return self.generic("DELETE", path, self._body(data, content_type), content_type, secure, headers=headers, query_params=query_params, **extra)

    def options(self, path, data="", content_type="application/octet-stream", secure=False, *, headers=None, query_params=None, **extra):
        return self.generic("OPTIONS", path, self._body(data, content_type), content_type, secure, headers=headers, query_params=query_params, **extra)
