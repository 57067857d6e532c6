import { PyClass, PyInstance, PyTuple, newDict, type Interpreter, type PyValue } from '../python';
import { binaryOp, compareOp } from '../python/operators';
import { validationError } from './validation-error';
import { bindArgs, defineClass, setMethod } from '../utils/native-classes';

/**
 * django.core.validators: the validators form and model fields run, raising ValidationError
 * with Django's messages and codes.
 */
const MODULE = 'django.core.validators';

// Django's EmailValidator: a user part of dot-atoms or a quoted string, then a domain of labels with a TLD, or a literal address.
const EMAIL_USER = /^([-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$|^"([\u0001-\u0008\u000b\u000c\u000e-\u001f!#-[\]-\u007f]|\\[\u0001-\u0009\u000b\u000c\u000d-\u007f])*"$)/i;
const EMAIL_DOMAIN = /^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))$/i;
const URL_RE = /^(?:[a-z0-9.+-]*):\/\/(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}|\[[0-9a-f:.]+\]|(?:[a-z\u00a1-\uffff0-9](?:[a-z\u00a1-\uffff0-9-]{0,61}[a-z\u00a1-\uffff0-9])?(?:\.(?!-)[a-z\u00a1-\uffff0-9-]{1,63}(?<!-))*\.(?!-)(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\.?|localhost))(?::[0-9]{1,5})?(?:[/?#][^\s]*)?$/i;
const SLUG_RE = /^[-a-zA-Z0-9_]+$/;
const UNICODE_SLUG_RE = /^[-\p{L}\p{N}_]+$/u;

function isValidEmail(value: string): boolean {
  if (!value || !value.includes('@') || value.length > 320) return false;
  const at = value.lastIndexOf('@');
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!EMAIL_USER.test(user)) return false;
  if (domain === 'localhost') return true;
  if (/^\[[0-9a-f:.]+\]$/i.test(domain)) return true;
  return EMAIL_DOMAIN.test(domain) || EMAIL_DOMAIN.test(toAscii(domain));
}

function toAscii(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain;
  }
}

function isValidUrl(value: string): boolean {
  if (value.length > 2048) return false;
  const scheme = value.split('://')[0]!.toLowerCase();
  if (!['http', 'https', 'ftp', 'ftps'].includes(scheme)) return false;
  return URL_RE.test(value);
}

export function validatorClasses(interp: Interpreter): Record<string, PyValue> {
  const simple = (name: string, code: string, message: string, test: (value: string) => boolean) =>
    defineClass(name, [], MODULE, {
      __init__(self, args, kwargs) {
        const a = bindArgs(`${name}.__init__`, args, kwargs, ['message', 'code'], { message: null, code: null });
        if (a.get('message') !== null) self.dict.set('message', a.get('message'));
        if (a.get('code') !== null) self.dict.set('code', a.get('code'));
        return null;
      },
      __call__(self, [value]) {
        if (!test(interp.str(value ?? null))) throw validationError(interp, interp.str(interp.getAttr(self, 'message')), interp.str(interp.getAttr(self, 'code')), newDict([['value', value ?? null]]));
        return null;
      },
    }, { message, code });
  const EmailValidator = simple('EmailValidator', 'invalid', 'Enter a valid email address.', isValidEmail);
  const URLValidator = simple('URLValidator', 'invalid', 'Enter a valid URL.', isValidUrl);
  const slugMessage = 'Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.';
  const SlugValidator = simple('RegexValidator', 'invalid', slugMessage, (v) => SLUG_RE.test(v));
  const UnicodeSlugValidator = simple('RegexValidator', 'invalid', 'Enter a valid “slug” consisting of Unicode letters, numbers, underscores, or hyphens.', (v) => UNICODE_SLUG_RE.test(v));

  const BaseValidator = defineClass('BaseValidator', [], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs(`${self.cls.name}.__init__`, args, kwargs, ['limit_value', 'message'], { message: null });
      self.dict.set('limit_value', a.get('limit_value'));
      if (a.get('message') !== null) self.dict.set('message', a.get('message'));
      return null;
    },
    __call__(self, [value]) {
      const cleaned = interp.call(interp.getAttr(self, 'clean'), [value ?? null]);
      let limit = interp.getAttr(self, 'limit_value');
      if (interp.truthy(interp.call(interp.builtins.get('callable')!, [limit]))) limit = interp.call(limit, []);
      const params = newDict([['limit_value', limit], ['show_value', cleaned], ['value', value ?? null]]);
      if (interp.truthy(interp.call(interp.getAttr(self, 'compare'), [cleaned, limit]))) {
        let message = interp.getAttr(self, 'message');
        const plural = interp.findAttr(self, 'plural_message');
        if (plural !== undefined && limit !== 1) message = plural;
        throw validationError(interp, interp.str(message), interp.str(interp.getAttr(self, 'code')), params);
      }
      return null;
    },
    compare: (self, [a, b]) => a !== b,
    clean: (self, [x]) => x ?? null,
  }, { message: 'Ensure this value is %(limit_value)s (it is %(show_value)s).', code: 'limit_value' });
  const limitClass = (name: string, code: string, message: string, op: string, clean?: (x: PyValue) => PyValue, plural?: string) => {
    const cls = defineClass(name, [BaseValidator], MODULE, { compare: (self, [a, b]) => compareOp(op, a!, b!, interp) }, { message, code });
    if (plural) cls.dict.set('plural_message', plural);
    if (clean) setMethod(cls, 'clean', (self, [x]) => clean(x ?? null));
    return cls;
  };
  const length = (x: PyValue) => interp.call(interp.builtins.get('len')!, [x]);
  const MaxValueValidator = limitClass('MaxValueValidator', 'max_value', 'Ensure this value is less than or equal to %(limit_value)s.', '>');
  const MinValueValidator = limitClass('MinValueValidator', 'min_value', 'Ensure this value is greater than or equal to %(limit_value)s.', '<');
  const MaxLengthValidator = limitClass(
    'MaxLengthValidator', 'max_length',
    'Ensure this value has at most %(limit_value)d character (it has %(show_value)d).', '>', length,
    'Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).',
  );
  const MinLengthValidator = limitClass(
    'MinLengthValidator', 'min_length',
    'Ensure this value has at least %(limit_value)d character (it has %(show_value)d).', '<', length,
    'Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).',
  );
  const StepValueValidator = defineClass('StepValueValidator', [BaseValidator], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('StepValueValidator.__init__', args, kwargs, ['limit_value', 'message', 'offset'], { message: null, offset: null });
      self.dict.set('limit_value', a.get('limit_value'));
      if (a.get('message') !== null) self.dict.set('message', a.get('message'));
      else if (a.get('offset') !== null) self.dict.set('message', 'Ensure this value is a multiple of step size %(limit_value)s, starting from %(offset)s, e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on.');
      self.dict.set('offset', a.get('offset'));
      return null;
    },
    __call__(self, [value]) {
      const offset = interp.getAttr(self, 'offset');
      if (offset === null) return interp.call(BaseValidator.dict.get('__call__')!, [self, value ?? null]);
      const cleaned = interp.call(interp.getAttr(self, 'clean'), [value ?? null]);
      const limit = interp.getAttr(self, 'limit_value');
      if (!interp.truthy(interp.call(interp.getAttr(self, 'compare'), [cleaned, limit]))) return null;
      const start = interp.call(interp.call(interp.builtins.get('type')!, [cleaned]), [offset]);
      const params = newDict([
        ['limit_value', limit],
        ['offset', start],
        ['valid_value1', binaryOp('+', start, limit, interp)],
        ['valid_value2', binaryOp('+', start, binaryOp('*', 2, limit, interp), interp)],
      ]);
      throw validationError(interp, interp.str(interp.getAttr(self, 'message')), 'step_size', params);
    },
    compare(self, [a, b]) {
      const offset = interp.getAttr(self, 'offset');
      const x = Number(interp.str(a ?? null)) - (offset === null ? 0 : Number(interp.str(offset)));
      const step = Number(interp.str(b ?? null));
      const remainder = x - step * Math.round(x / step);
      return Math.abs(remainder) > 1e-9;
    },
  }, { message: 'Ensure this value is a multiple of step size %(limit_value)s.', code: 'step_size' });
  // @deconstructible: each validator remembers how it was made, for migrations, and equals one made alike.
  for (const cls of [EmailValidator, URLValidator, BaseValidator, StepValueValidator]) {
    const init = cls.dict.get('__init__')!;
    setMethod(cls, '__init__', (self, args, kwargs) => {
      self.dict.set('_constructor_args', new PyTuple([new PyTuple(args), newDict([...kwargs])]));
      return interp.call(init, [self, ...args], kwargs);
    });
    setMethod(cls, 'deconstruct', (self) => {
      const made = self.dict.get('_constructor_args');
      const [args, kwargs] = made instanceof PyTuple ? made.items : [new PyTuple([]), newDict()];
      return new PyTuple([`${MODULE}.${self.cls.name}`, args!, kwargs!]);
    });
    setMethod(cls, '__eq__', (self, [other]) => {
      if (!(other instanceof PyInstance) || other.cls !== self.cls) return interp.builtins.get('NotImplemented') ?? false;
      return ['limit_value', 'message', 'code', 'offset'].every((k) => interp.equal(interp.findAttr(self, k) ?? null, interp.findAttr(other, k) ?? null));
    });
  }
  const instance = (cls: PyClass) => interp.instantiate(cls, []) as PyInstance;
  return {
    EmailValidator, URLValidator, BaseValidator, StepValueValidator, MaxValueValidator, MinValueValidator, MaxLengthValidator, MinLengthValidator,
    validate_email: instance(EmailValidator),
    validate_slug: instance(SlugValidator),
    validate_unicode_slug: instance(UnicodeSlugValidator),
  };
}
