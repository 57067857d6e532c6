import { PyClass, PyInstance, PyNativeFunction, objectClass, reprOf, type Interpreter, type PyValue } from '../python';

/**
 * Django's SafeString: text already escaped (or trusted) that auto-escaping leaves alone.
 * The interpreter's str is a JS string, so a safe string is an instance of this class holding
 * its text in `native`; `str()` of it gives the text back.
 */
export const SafeString: PyClass = new PyClass('SafeString', [objectClass], 'django.utils.safestring');
SafeString.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => safeText(self!)));
// A str subclass in Django: its repr is the text's.
SafeString.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => reprOf(safeText(self!))));
SafeString.dict.set('__html__', new PyNativeFunction('__html__', ([self]) => self!));
SafeString.dict.set('__len__', new PyNativeFunction('__len__', ([self]) => [...safeText(self!)].length));
SafeString.dict.set('__eq__', new PyNativeFunction('__eq__', ([self, other]) => safeText(self!) === (isSafe(other!) ? safeText(other!) : other)));
SafeString.dict.set('__add__', new PyNativeFunction('__add__', ([self, other]) => {
  if (isSafe(other!)) return markSafe(safeText(self!) + safeText(other!));
  return typeof other === 'string' ? safeText(self!) + other : null;
}));

export function markSafe(text: string): PyInstance {
  const s = new PyInstance(SafeString);
  s.native = text;
  return s;
}

export function isSafe(value: PyValue): value is PyInstance {
  return value instanceof PyInstance && (value.cls === SafeString || value.cls.lookup('__html__') !== undefined);
}

function safeText(value: PyValue): string {
  return value instanceof PyInstance && typeof value.native === 'string' ? value.native : '';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** django.utils.html.escape: always escapes, even safe text (the `force_escape` filter). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The text of a value as Python's str() gives it. */
export function toText(value: PyValue, interp: Interpreter): string {
  if (typeof value === 'string') return value;
  if (value instanceof PyInstance && value.cls === SafeString) return safeText(value);
  return interp.str(value);
}

/** conditional_escape: safe values pass through (via __html__), everything else is escaped. */
export function conditionalEscape(value: PyValue, interp: Interpreter): PyInstance {
  if (value instanceof PyInstance && value.cls === SafeString) return value;
  if (isSafe(value)) return markSafe(toText(interp.call(interp.getAttr(value, '__html__'), []), interp));
  return markSafe(escapeHtml(toText(value, interp)));
}

/** A filter's string result that keeps its input's safety. */
export function sameSafety(input: PyValue, text: string): PyValue {
  return isSafe(input) ? markSafe(text) : text;
}
