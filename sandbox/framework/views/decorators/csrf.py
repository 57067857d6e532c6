# django.views.decorators.csrf, run by the sandbox's Python.
from functools import wraps


def csrf_exempt(view_func):
    @wraps(view_func)
    def _view_wrapper(request, *args, **kwargs):
        return view_func(request, *args, **kwargs)

    _view_wrapper.csrf_exempt = True
    return _view_wrapper


def _protecting(ensure_cookie):
    def decorator(view_func):
        @wraps(view_func)
        def _view_wrapper(request, *args, **kwargs):
            rejected = _process_view(request, view_func)
            if rejected is not None:
                return rejected
            if ensure_cookie:
                _get_token(request)
            response = view_func(request, *args, **kwargs)
            _process_response(request, response)
            return response

        return _view_wrapper

    return decorator


csrf_protect = _protecting(False)
ensure_csrf_cookie = _protecting(True)


def requires_csrf_token(view_func):
    return view_func
