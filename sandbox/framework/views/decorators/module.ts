import { PyNativeFunction, type Interpreter, type PyInstance, type PyValue } from '../../python';
import { sourceModule } from '../../stdlib/types/source-module';
import { csrfDecoratorNatives, csrfModule } from '../../middleware/csrf';
import { logResponse } from '../../utils/log';
import { addNeverCacheHeaders } from '../../contrib/auth/session-module';
import { contribSource } from '../../contrib/sources';

const logNative = (interp: Interpreter) =>
  new PyNativeFunction('_log_response', ([message, response]) => (logResponse(response as PyInstance, interp.str(message ?? null)), null));

/** django.views.decorators.http, .csrf and .cache, and django.middleware.csrf's functions. */
export function decoratorModules(): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return {
    'django.views.decorators': () => ({}),
    'django.views.decorators.http': (interp) => sourceModule(interp, 'django.views.decorators.http', contribSource('viewsHttp', 'django.views.decorators.http'), { _log_response: logNative(interp) }),
    'django.views.decorators.csrf': (interp) => sourceModule(interp, 'django.views.decorators.csrf', contribSource('viewsCsrf', 'django.views.decorators.csrf'), csrfDecoratorNatives()),
    'django.views.decorators.cache': (interp) =>
      sourceModule(interp, 'django.views.decorators.cache', contribSource('viewsCache', 'django.views.decorators.cache'), {
        _add_never_cache_headers: new PyNativeFunction('_add_never_cache_headers', ([response]) => (addNeverCacheHeaders(response as PyInstance), null)),
      }),
    'django.middleware': () => ({}),
    'django.middleware.csrf': () => csrfModule(),
  };
}
