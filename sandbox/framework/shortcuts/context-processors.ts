import { PyDict, PyList, PyTuple, dictGet, newDict, type Interpreter, type PyValue } from '../python';

/** django.contrib.messages.constants.DEFAULT_LEVELS. */
const MESSAGE_LEVELS = { DEBUG: 10, INFO: 20, SUCCESS: 25, WARNING: 30, ERROR: 40 };
import type { Settings } from '../conf/settings';
import { lazyCsrfToken } from '../middleware/csrf';
import { lazyObject } from '../utils/functional';
import type { PyInstance } from '../python';

/** settings.TEMPLATES[0]['OPTIONS']['context_processors']. */
function processorNames(settings: Settings): string[] {
  const templates = settings.get('TEMPLATES');
  const first = templates instanceof PyList || templates instanceof PyTuple ? templates.items[0] : undefined;
  const options = first instanceof PyDict ? dictGet(first, 'OPTIONS') : undefined;
  const names = options instanceof PyDict ? dictGet(options, 'context_processors') : undefined;
  return names instanceof PyList || names instanceof PyTuple ? names.items.map((n) => String(n)) : [];
}

/**
 * What a RequestContext adds for a request: the csrf token (always), then each configured context
 * processor's values. The user is lazy as Django's is: a page that does not show it does not read the session.
 */
export function requestContext(interp: Interpreter, settings: Settings, request: PyInstance): Map<string, PyValue> {
  const values = new Map<string, PyValue>();
  values.set('csrf_token', lazyCsrfToken(request));
  for (const name of processorNames(settings)) {
    if (name === 'django.template.context_processors.request') values.set('request', request);
    else if (name === 'django.template.context_processors.static') values.set('STATIC_URL', settings.get('STATIC_URL') ?? null);
    else if (name === 'django.template.context_processors.media') values.set('MEDIA_URL', settings.get('MEDIA_URL') ?? '');
    // debug adds `debug` and `sql_queries` only for INTERNAL_IPS, which a project starts without.
    else if (name === 'django.template.context_processors.debug') continue;
    else if (name === 'django.contrib.auth.context_processors.auth') {
      values.set('user', lazyObject(interp, () => interp.findAttr(request, 'user') ?? interp.call(interp.importModule('django.contrib.auth.models').dict.get('AnonymousUser')!, [])));
    } else if (name === 'django.contrib.messages.context_processors.messages') {
      values.set('messages', lazyObject(interp, () => interp.findAttr(request, '_messages') ?? new PyList([])));
      values.set('DEFAULT_MESSAGE_LEVELS', newDict(Object.entries(MESSAGE_LEVELS)));
    } else {
      const at = name.lastIndexOf('.');
      const processor = interp.getAttr(interp.importModule(name.slice(0, at)), name.slice(at + 1));
      const added = interp.call(processor, [request]);
      if (added instanceof PyDict) for (const { key, value } of added.entries.values()) values.set(interp.str(key), value);
    }
  }
  return values;
}
