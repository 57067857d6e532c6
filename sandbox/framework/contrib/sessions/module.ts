import type { Interpreter, PyDict, PyValue } from '../../python';
import { loadSettings } from '../../conf/settings';
import { sessionStoreClass, SessionStore, UpdateError } from './backends/db';

/** django.contrib.sessions.backends.db (SessionStore over the project's database) and the package names around it. */
export function sessionModules(connection: () => import('../../db/backends/sqlite3/base').DatabaseWrapper, environ: PyDict): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return {
    'django.contrib.sessions': () => ({}),
    'django.contrib.sessions.backends': () => ({}),
    'django.contrib.sessions.backends.base': () => ({ UpdateError }),
    'django.contrib.sessions.backends.db': (interp) => ({
      SessionStore: sessionStoreClass(() => {
        const settings = loadSettings(interp, environ);
        const age = settings.get('SESSION_COOKIE_AGE');
        return {
          interp,
          db: connection,
          secretKey: interp.str(settings.get('SECRET_KEY') ?? ''),
          cookieAge: typeof age === 'number' ? age : 1209600,
          expireAtBrowserClose: settings.bool('SESSION_EXPIRE_AT_BROWSER_CLOSE', false),
        };
      }),
    }),
    'django.contrib.sessions.middleware': () => ({}),
  };
}

export { SessionStore };
