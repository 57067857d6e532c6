import { PyClass, PyDict, PyList, objectClass, pyError, type Interpreter, type PyValue } from '../python';
import { loadSettings } from './settings';

/**
 * A stand-in for `from django.conf import settings` until the full LazySettings lands: the
 * project's settings module, then the few global defaults the auth framework reads.
 */
const AUTH_DEFAULTS: Record<string, () => PyValue> = {
  AUTH_USER_MODEL: () => 'auth.User',
  AUTHENTICATION_BACKENDS: () => new PyList(['django.contrib.auth.backends.ModelBackend']),
  PASSWORD_HASHERS: () =>
    new PyList([
      'django.contrib.auth.hashers.PBKDF2PasswordHasher',
      'django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher',
      'django.contrib.auth.hashers.Argon2PasswordHasher',
      'django.contrib.auth.hashers.BCryptSHA256PasswordHasher',
      'django.contrib.auth.hashers.ScryptPasswordHasher',
    ]),
  SECRET_KEY_FALLBACKS: () => new PyList([]),
  LOGIN_URL: () => '/accounts/login/',
  LOGIN_REDIRECT_URL: () => '/accounts/profile/',
  LOGOUT_REDIRECT_URL: () => null,
};

export function confModuleFallback(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const LazySettings = new PyClass('LazySettings', [objectClass], 'django.conf', {
    getAttr(_self, name) {
      const value = loadSettings(interp, environ).get(name);
      if (value !== undefined) return value;
      const fallback = AUTH_DEFAULTS[name];
      if (fallback) return fallback();
      throw pyError('AttributeError', `'Settings' object has no attribute '${name}'`);
    },
  });
  return { settings: interp.call(LazySettings, []) };
}
