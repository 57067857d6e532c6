import { PyNativeFunction, type Interpreter, type PyValue } from '../python';
import { SafeString, conditionalEscape, escapeHtml, isSafe, markSafe, toText } from '../template/safe';
import { stripTags } from '../template/filters/html';

/**
 * django.utils.html and django.utils.safestring, on the template engine's SafeString: what
 * escaping, format_html and mark_safe give in views and models is what templates trust.
 */
export function htmlModule(interp: Interpreter): Record<string, PyValue> {
  const text = (v: PyValue | undefined) => toText(v ?? null, interp);
  const arg = (args: PyValue[], kwargs: Map<string, PyValue>, i: number, name: string) => (args[i] !== undefined ? args[i] : kwargs.get(name));
  const escape = (v: PyValue) => markSafe(escapeHtml(text(v)));
  const conditional = (v: PyValue) => conditionalEscape(v, interp);
  return {
    escape: new PyNativeFunction('escape', ([v]) => escape(v ?? null)),
    conditional_escape: new PyNativeFunction('conditional_escape', ([v]) => conditional(v ?? null)),
    format_html: new PyNativeFunction('format_html', ([format, ...args], kwargs) => {
      const safeKwargs = new Map([...kwargs].map(([k, v]) => [k, conditional(v)] as [string, PyValue]));
      const formatted = interp.call(interp.getAttr(text(format), 'format'), args.map(conditional), safeKwargs);
      return markSafe(text(formatted));
    }),
    strip_tags: new PyNativeFunction('strip_tags', ([v]) => stripTags(text(v))),
    linebreaks: new PyNativeFunction('linebreaks', (args, kwargs) => {
      const value = text(arg(args, kwargs, 0, 'value')).replace(/\r\n|\r/g, '\n');
      const autoescape = interp.truthy(arg(args, kwargs, 1, 'autoescape') ?? false);
      return value
        .split(/\n{2,}/)
        .map((p) => `<p>${(autoescape ? escapeHtml(p) : p).replace(/\n/g, '<br>')}</p>`)
        .join('\n\n');
    }),
    mark_safe: new PyNativeFunction('mark_safe', ([v]) => markSafeValue(v ?? null, interp)),
  };
}

/** mark_safe: a value that already knows its HTML stays as it is. */
function markSafeValue(value: PyValue, interp: Interpreter): PyValue {
  return isSafe(value) ? value : markSafe(toText(value, interp));
}

/** django.utils.safestring. */
export function safestringModule(interp: Interpreter): Record<string, PyValue> {
  return {
    mark_safe: new PyNativeFunction('mark_safe', ([v]) => markSafeValue(v ?? null, interp)),
    SafeString,
    SafeData: SafeString,
  };
}
