import { PyException, newException, type PyValue } from '../../python';
import { ImproperlyConfigured } from '../../core/exceptions';
import { requestState } from '../../http/request-state';
import type { Middleware } from '../../core/handlers/middleware';

/** AuthenticationMiddleware: request.user is get_user(request), worked out when first read. */
export const authenticationMiddleware: Middleware = (next, ctx) => {
  const { request, project } = ctx;
  if (!request.dict.has('session')) {
    throw new PyException(
      newException(ImproperlyConfigured, [
        "The Django authentication middleware requires session middleware to be installed. Edit your MIDDLEWARE setting to insert 'django.contrib.sessions.middleware.SessionMiddleware' before 'django.contrib.auth.middleware.AuthenticationMiddleware'.",
      ]),
    );
  }
  let user: PyValue | undefined;
  // As Django's lazy object: the session is read when request.user is first used.
  (requestState(request).lazy ??= new Map()).set('user', () => {
    if (user === undefined) {
      const auth = project.interp.importModule('django.contrib.auth');
      user = project.interp.call(auth.dict.get('get_user')!, [request]);
    }
    return user;
  });
  return next();
};
