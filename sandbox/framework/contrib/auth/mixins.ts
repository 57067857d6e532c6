import { PyClass, PyException, PyInstance, newException, type Interpreter, type PyValue } from '../../python';
import { ImproperlyConfigured, PermissionDenied } from '../../core/exceptions';
import { HttpResponseRedirect } from '../../http/response';
import { callMethod, defineClass } from '../../utils/native-classes';
import { superCall } from '../../views/generic/base';

/**
 * django.contrib.auth.mixins: AccessMixin and LoginRequiredMixin, which sends an anonymous
 * user to settings.LOGIN_URL with `?next=` the page asked for.
 */
const MODULE = 'django.contrib.auth.mixins';

/** redirect_to_login's query: QueryDict.urlencode(safe='/') of next. */
function quoteNext(path: string): string {
  return encodeURIComponent(path).replace(/%2F/g, '/').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function authMixinClasses(interp: Interpreter, setting: (name: string) => PyValue | undefined): Record<string, PyClass> {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const str = (v: PyValue) => interp.str(v);
  /** resolve_url: a URL as it is, or a URL pattern's name reversed. */
  const resolveUrl = (to: string) => {
    if (to.includes('/') || to.includes('.')) return to;
    try {
      return str(interp.call(interp.importModule('django.urls').dict.get('reverse')!, [to]));
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'NoReverseMatch') return to;
      throw err;
    }
  };
  const AccessMixin = defineClass('AccessMixin', [], MODULE, {
    get_login_url(self) {
      const own = get(self, 'login_url');
      const url = own !== null && interp.truthy(own) ? own : (setting('LOGIN_URL') ?? '/accounts/login/');
      if (url === null || !interp.truthy(url)) {
        throw new PyException(newException(ImproperlyConfigured, [`${self.cls.name} is missing the login_url attribute. Define ${self.cls.name}.login_url, settings.LOGIN_URL, or override ${self.cls.name}.get_login_url().`]));
      }
      return str(url);
    },
    get_permission_denied_message: (self) => get(self, 'permission_denied_message'),
    get_redirect_field_name: (self) => get(self, 'redirect_field_name'),
    handle_no_permission(self) {
      const request = get(self, 'request');
      const user = get(request, 'user');
      if (interp.truthy(get(self, 'raise_exception')) || interp.truthy(get(user, 'is_authenticated'))) {
        throw new PyException(newException(PermissionDenied, [callMethod(interp, self, 'get_permission_denied_message')]));
      }
      const loginUrl = resolveUrl(str(callMethod(interp, self, 'get_login_url')));
      const absolute = str(callMethod(interp, request, 'build_absolute_uri'));
      let next = absolute;
      const login = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(loginUrl);
      const current = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(absolute);
      if (!login || (login[1] === current?.[1] && login[2] === current?.[2])) next = str(callMethod(interp, request, 'get_full_path'));
      const field = callMethod(interp, self, 'get_redirect_field_name');
      let target = loginUrl;
      if (field !== null && interp.truthy(field)) {
        const [base, query = ''] = loginUrl.split('?');
        const params = query ? query.split('&').filter((p) => !p.startsWith(`${str(field)}=`)) : [];
        params.push(`${str(field)}=${quoteNext(next)}`);
        target = `${base}?${params.join('&')}`;
      }
      return interp.instantiate(HttpResponseRedirect, [target]);
    },
  }, { login_url: null, permission_denied_message: '', raise_exception: false, redirect_field_name: 'next' });
  const LoginRequiredMixin: PyClass = defineClass('LoginRequiredMixin', [AccessMixin], MODULE, {
    dispatch(self, args, kwargs) {
      const request = args[0] ?? null;
      if (!interp.truthy(get(get(request, 'user'), 'is_authenticated'))) return callMethod(interp, self, 'handle_no_permission');
      return superCall(interp, self as PyInstance, LoginRequiredMixin, 'dispatch', args, kwargs);
    },
  });
  return { AccessMixin, LoginRequiredMixin };
}
