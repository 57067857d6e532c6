import { PyDict, PyInstance, PyList, PyNativeFunction, PyTuple, PyException, newException, type Interpreter, type PyValue } from '../../python';
import { constantTimeCompare } from '../../utils/crypto';
import { rotateToken, csrfDecoratorNatives } from '../../middleware/csrf';
import { setHeader, getHeader } from '../../http/response';
import { httpDate } from '../../http/cookies';
import { logResponse } from '../../utils/log';
import { sourceModule } from '../../stdlib/types/source-module';
import { settingNative } from '../natives';
import { contribSource } from '../sources';
import { validatePassword } from './password-validation';
import { importString } from './hashers-module';
import { metaOf } from '../../db/models/meta';
import { getField } from '../../db/models/options';
import { FieldDoesNotExist } from '../../db/models/exceptions';

/** url_has_allowed_host_and_scheme for one allowed host: a path on this site, or an absolute URL to it. */
function urlIsSafe(url: string, host: string, requireHttps: boolean): boolean {
  const text = url.trim();
  if (!text || text.startsWith('///') || /[\x00-\x1f]/.test(text)) return false;
  if (text.startsWith('//') || text.startsWith('/\\')) return text.slice(2).split(/[/?#]/)[0] === host;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (!scheme) return true;
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (requireHttps && scheme !== 'https') return false;
  try {
    return new URL(text).host === host;
  } catch {
    return false;
  }
}

/** What the auth modules' Python calls into the framework for. */
function authNatives(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  return {
    _setting: settingNative(interp, environ),
    _constant_time_compare: new PyNativeFunction('_constant_time_compare', ([a, b]) => constantTimeCompare(interp.str(a ?? null), interp.str(b ?? null))),
    _rotate_token: new PyNativeFunction('_rotate_token', ([request]) => (rotateToken(request as PyInstance), null)),
    _url_is_safe: new PyNativeFunction('_url_is_safe', ([url, host, secure]) => urlIsSafe(interp.str(url ?? null), interp.str(host ?? null), secure === true)),
    _log_response: new PyNativeFunction('_log_response', ([message, response]) => (logResponse(response as PyInstance, interp.str(message ?? null)), null)),
    _add_never_cache_headers: new PyNativeFunction('_add_never_cache_headers', ([response]) => (addNeverCacheHeaders(response as PyInstance), null)),
    _csrf_response: csrfDecoratorNatives()['_process_response']!,
  };
}

/** add_never_cache_headers: expired now, and never stored. */
export function addNeverCacheHeaders(response: PyInstance): void {
  if (!getHeader(response, 'Expires')) setHeader(response, 'Expires', httpDate(Date.now() / 1000));
  setHeader(response, 'Cache-Control', 'max-age=0, no-cache, no-store, must-revalidate, private');
}

/** login, logout, get_user, update_session_auth_hash and the session keys: what `django.contrib.auth` adds to the user side. */
export function sessionAuthNames(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const namespace = sourceModule(interp, 'django.contrib.auth.session_auth', contribSource('sessionAuth', 'django.contrib.auth'), authNatives(interp, environ));
  const names = ['login', 'logout', 'get_user', 'update_session_auth_hash', 'SESSION_KEY', 'BACKEND_SESSION_KEY', 'HASH_SESSION_KEY', 'REDIRECT_FIELD_NAME'];
  return Object.fromEntries(names.map((n) => [n, namespace[n]!]));
}

/**
 * `django.contrib.auth` with the session side added to the module `base` installed (the user
 * side: the project's auth models, or the stand-in below).
 */
export function withSessionAuth(interp: Interpreter, environ: PyDict, base: Record<string, PyValue>): Record<string, PyValue> {
  const names = { ...base, ...sessionAuthNames(interp, environ) };
  const installed = interp.modules.get('django.contrib.auth');
  if (installed) for (const [k, v] of Object.entries(names)) installed.dict.set(k, v);
  return names;
}

/** A set of module factories whose `django.contrib.auth` gets the session side added (the project's auth app's modules). */
export function withSessionAuthModule(
  modules: Record<string, (interp: Interpreter) => Record<string, PyValue>>,
  environ: PyDict,
): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const base = modules['django.contrib.auth'];
  if (!base) return modules;
  return { ...modules, 'django.contrib.auth': (interp) => withSessionAuth(interp, environ, base(interp)) };
}

/** django.contrib.auth.decorators, .views and .urls. */
export function authRequestModules(environ: PyDict): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return {
    'django.contrib.auth.decorators': (interp) => sourceModule(interp, 'django.contrib.auth.decorators', contribSource('authDecorators', 'django.contrib.auth.decorators'), authNatives(interp, environ)),
    'django.contrib.auth.views': (interp) => sourceModule(interp, 'django.contrib.auth.views', contribSource('authViews', 'django.contrib.auth.views'), authNatives(interp, environ)),
    'django.contrib.auth.forms': (interp) =>
      sourceModule(interp, 'django.contrib.auth.forms', contribSource('authForms', 'django.contrib.auth.forms'), {
        _nfkc: new PyNativeFunction('_nfkc', ([text]) => interp.str(text ?? null).normalize('NFKC')),
        _field_facts: new PyNativeFunction('_field_facts', ([model, name]) => fieldFacts(model ?? null, interp.str(name ?? null))),
      }),
    'django.contrib.auth.password_validation': (interp) =>
      sourceModule(interp, 'django.contrib.auth.password_validation', contribSource('passwordValidation', 'django.contrib.auth.password_validation'), {
        _setting: settingNative(interp, environ),
        _import_string: new PyNativeFunction('_import_string', ([path]) => importString(interp, interp.str(path ?? null))),
        _problems: new PyNativeFunction('_problems', ([password, attributes, names]) =>
          new PyList(validatePassword(interp.str(password ?? null), pyStrDict(interp, attributes ?? null), pyStrList(interp, names ?? null))),
        ),
      }),
    'django.contrib.auth.urls': (interp) => sourceModule(interp, 'django.contrib.auth.urls', contribSource('authUrls', 'django.contrib.auth.urls')),
  };
}

/** A Python dict of str to str, as a record. */
function pyStrDict(interp: Interpreter, value: PyValue): Record<string, string> {
  if (!(value instanceof PyDict)) return {};
  return Object.fromEntries([...value.entries.values()].map(({ key, value: v }) => [interp.str(key), interp.str(v)]));
}

/** A Python list of str, as an array. */
function pyStrList(interp: Interpreter, value: PyValue): string[] {
  return value instanceof PyList ? value.items.map((v) => interp.str(v)) : [];
}

/** A model field's max_length and verbose_name, which AuthenticationForm gives its username field. */
function fieldFacts(model: PyValue, name: string): PyTuple {
  const opts = metaOf(model);
  const field = opts ? getField(opts, name) : undefined;
  if (!field) throw new PyException(newException(FieldDoesNotExist, [`${opts?.objectName ?? 'User'} has no field named '${name}'`]));
  const maxLength = field.def.kwargs.get('max_length');
  const verbose = field.def.kwargs.get('verbose_name');
  return new PyTuple([typeof maxLength === 'number' ? maxLength : null, typeof verbose === 'string' ? verbose : field.name.replaceAll('_', ' ')]);
}
