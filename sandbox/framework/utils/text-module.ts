import { PyClass, PyInstance, PyNativeFunction, objectClass, pyError, type Interpreter, type PyValue } from '../python';
import { camelCaseToSpaces, capfirst, slugify, truncateChars, truncateWords } from './text';

/** django.utils.text: slugify, capfirst, get_text_list, Truncator (plain text; html=True is not in the sandbox), camel_case_to_spaces. */
export function textModule(interp: Interpreter): Record<string, PyValue> {
  const str = (v: PyValue | undefined) => interp.str(v ?? null);
  const arg = (args: PyValue[], kwargs: Map<string, PyValue>, i: number, name: string) => (args[i] !== undefined ? args[i] : kwargs.get(name));
  const int = (v: PyValue | undefined) => Number(interp.str(interp.call(interp.builtins.get('int')!, [v ?? null])));

  const Truncator = new PyClass('Truncator', [objectClass], 'django.utils.text', {
    construct: (cls, args) => {
      const self = new PyInstance(cls);
      self.native = str(args[0]);
      return self;
    },
  });
  const text = (self: PyValue | undefined) => (self instanceof PyInstance && typeof self.native === 'string' ? self.native : str(self));
  const method = (name: string, body: (value: string, num: number, truncate: string | null) => string) =>
    Truncator.dict.set(
      name,
      new PyNativeFunction(name, ([self, ...args], kwargs) => {
        const truncate = arg(args, kwargs, 1, 'truncate');
        const html = arg(args, kwargs, 2, 'html');
        if (html !== undefined && interp.truthy(html)) throw pyError('NotImplementedError', `Truncator.${name}(html=True) is not available in the sandbox`);
        return body(text(self), int(arg(args, kwargs, 0, 'num')), truncate === undefined || truncate === null ? null : str(truncate));
      }),
    );
  method('chars', truncateChars);
  method('words', truncateWords);
  Truncator.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => text(self)));

  return {
    slugify: new PyNativeFunction('slugify', (args, kwargs) => slugify(str(arg(args, kwargs, 0, 'value')), interp.truthy(arg(args, kwargs, 1, 'allow_unicode') ?? false))),
    capfirst: new PyNativeFunction('capfirst', ([x]) => (x === undefined || !interp.truthy(x) ? (x ?? null) : capfirst(str(x)))),
    camel_case_to_spaces: new PyNativeFunction('camel_case_to_spaces', ([value]) => camelCaseToSpaces(str(value))),
    // get_text_list(['a', 'b', 'c'], 'and') == 'a, b and c'
    get_text_list: new PyNativeFunction('get_text_list', (args, kwargs) => {
      const items = interp.iterate(arg(args, kwargs, 0, 'list_') ?? null).map(str);
      if (items.length < 2) return items[0] ?? '';
      const last = arg(args, kwargs, 1, 'last_word');
      return `${items.slice(0, -1).join(', ')} ${last === undefined ? 'or' : str(last)} ${items[items.length - 1]}`;
    }),
    Truncator,
  };
}
