# django.views.decorators.cache.never_cache, run by the sandbox's Python.
from functools import wraps


def never_cache(view_func):
    @wraps(view_func)
    def _view_wrapper(request, *args, **kwargs):
        response = view_func(request, *args, **kwargs)
        _add_never_cache_headers(response)
        return response

    return _view_wrapper
