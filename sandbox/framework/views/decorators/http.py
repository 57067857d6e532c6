# django.views.decorators.http, run by the sandbox's Python: views that answer only some methods.
from functools import wraps

from django.http import HttpResponseNotAllowed


def require_http_methods(request_method_list):
    def decorator(func):
        @wraps(func)
        def inner(request, *args, **kwargs):
            if request.method not in request_method_list:
                response = HttpResponseNotAllowed(request_method_list)
                _log_response("Method Not Allowed (%s): %s" % (request.method, request.path), response)
                return response
            return func(request, *args, **kwargs)

        return inner

    return decorator


require_GET = require_http_methods(["GET"])
require_POST = require_http_methods(["POST"])
require_safe = require_http_methods(["GET", "HEAD"])
