import { PyNativeFunction, type Interpreter, type PyDict, type PyValue } from '../../python';
import { loadSettings } from '../../conf/settings';
import { Signer } from '../../core/signing';
import { sourceModule } from '../../stdlib/types/source-module';
import { isSafe, markSafe } from '../../template/safe';
import { pick, settingNative } from '../natives';
import { contribSource } from '../sources';

/** signing.get_cookie_signer(salt='django.contrib.messages'): the key is 'django.http.cookies' + SECRET_KEY. */
function cookieSigner(interp: Interpreter, environ: PyDict): Signer {
  const secret = interp.str(loadSettings(interp, environ).get('SECRET_KEY') ?? '');
  return new Signer({ key: 'django.http.cookies' + secret, salt: 'django.contrib.messages', timestamp: true });
}

const CONSTANTS = ['DEBUG', 'INFO', 'SUCCESS', 'WARNING', 'ERROR', 'DEFAULT_TAGS', 'DEFAULT_LEVELS'];
const API = ['add_message', 'get_messages', 'get_level', 'set_level', 'debug', 'info', 'success', 'warning', 'error', 'MessageFailure'];

/** django.contrib.messages and its submodules, from one Python source run once. */
export function messagesModules(environ: PyDict): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const impl = (interp: Interpreter): Record<string, PyValue> => {
    const loaded = interp.modules.get('django.contrib.messages.api');
    if (loaded && loaded.dict.has('FallbackStorage')) return Object.fromEntries(loaded.dict);
    return sourceModule(interp, 'django.contrib.messages.api', contribSource('messages', 'django.contrib.messages'), {
      _setting: settingNative(interp, environ),
      _sign: new PyNativeFunction('_sign', ([text]) => cookieSigner(interp, environ).signJsonText(interp.str(text ?? null), true)),
      _unsign: new PyNativeFunction('_unsign', ([data]) => cookieSigner(interp, environ).unsignJsonText(interp.str(data ?? null))),
      _cookie_quoted: new PyNativeFunction('_cookie_quoted', ([data]) => {
        const text = interp.str(data ?? null);
        return /^[A-Za-z0-9!#$%&'*+\-.^_`|~:]*$/.test(text) ? text : `"${text}"`;
      }),
      _is_safe: new PyNativeFunction('_is_safe', ([value]) => isSafe(value ?? null)),
      _mark_safe: new PyNativeFunction('_mark_safe', ([value]) => markSafe(interp.str(value ?? null))),
    });
  };
  return {
    'django.contrib.messages': (interp) => pick(impl(interp), [...CONSTANTS, ...API]),
    'django.contrib.messages.api': impl,
    'django.contrib.messages.constants': (interp) => pick(impl(interp), CONSTANTS),
    'django.contrib.messages.storage': (interp) => ({ default_storage: impl(interp)['default_storage']! }),
    'django.contrib.messages.storage.base': (interp) => pick(impl(interp), ['Message', 'BaseStorage']),
    'django.contrib.messages.storage.cookie': (interp) => pick(impl(interp), ['CookieStorage']),
    'django.contrib.messages.storage.session': (interp) => pick(impl(interp), ['SessionStorage']),
    'django.contrib.messages.storage.fallback': (interp) => pick(impl(interp), ['FallbackStorage']),
    'django.contrib.messages.context_processors': (interp) => pick(impl(interp), ['messages']),
    'django.contrib.messages.middleware': () => ({}),
  };
}
