import { PyDict, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, dictSet, newDict, percentFormat, pyError, reprOf, type Interpreter, type PyValue } from '../python';
import { ValidationError } from './exceptions';

const installedFor = new WeakSet<Interpreter>();

/**
 * django.core.exceptions.ValidationError's behaviour: one message (with code and params), a
 * list of them, or a dict of them by field; iterating gives the messages with their params
 * filled in. The class itself is core/exceptions.ts's; this gives it its methods.
 */
export function installValidationError(interp: Interpreter) {
  // The class is shared; its methods are given again for each interpreter that uses it (the
  // running one answers), and once per interpreter is enough.
  if (installedFor.has(interp)) return;
  installedFor.add(interp);
  const def = (name: string, fn: (self: PyInstance, args: PyValue[], kwargs: Map<string, PyValue>) => PyValue) =>
    ValidationError.dict.set(name, new PyNativeFunction(name, (args, kwargs) => fn(args[0] as PyInstance, args.slice(1), kwargs)));
  def('__init__', (self, args, kwargs) => {
    initValidationError(self, args[0] ?? kwargs.get('message') ?? null, args[1] ?? kwargs.get('code') ?? null, args[2] ?? kwargs.get('params') ?? null, interp);
    return null;
  });
  def('__iter__', (self) => interp.call(interp.builtins.get('iter')!, [new PyList(iterValidationError(self, interp))]));
  def('__str__', (self) => reprOf(self.dict.has('error_dict') ? messageDict(self, interp) : new PyList(messagesOf(self, interp)), interp));
  def('__repr__', (self) => `ValidationError(${interp.str(self)})`);
  def('update_error_dict', (self, [errorDict]) => {
    const target = errorDict as PyDict;
    const pairs: [PyValue, PyValue[]][] = self.dict.has('error_dict')
      ? [...(self.dict.get('error_dict') as PyDict).entries.values()].map((e) => [e.key, (e.value as PyList).items])
      : [['__all__', (self.dict.get('error_list') as PyList).items]];
    for (const [field, errors] of pairs) {
      const existing = interp.contains(target, field) ? (interp.getItem(target, field) as PyList) : null;
      if (existing) existing.items.push(...errors);
      else dictSet(target, field, new PyList([...errors]));
    }
    return target;
  });
  const prop = (name: string, get: (self: PyInstance) => PyValue) => {
    const cls = interp.builtins.get('property')!;
    ValidationError.dict.set(name, interp.call(cls, [new PyNativeFunction(name, ([self]) => get(self as PyInstance))]));
  };
  prop('messages', (self) => new PyList(self.dict.has('error_dict') ? [...messageDict(self, interp).entries.values()].flatMap((e) => (e.value as PyList).items) : messagesOf(self, interp)));
  prop('message_dict', (self) => {
    if (!self.dict.has('error_dict')) throw pyError('AttributeError', "'ValidationError' object has no attribute 'error_dict'");
    return messageDict(self, interp);
  });
}

export function isValidationError(value: PyValue): value is PyInstance {
  return value instanceof PyInstance && value.cls.isSubclassOf(ValidationError);
}

function initValidationError(self: PyInstance, message: PyValue, code: PyValue, params: PyValue, interp: Interpreter) {
  self.dict.set('args', new PyTuple([message, code, params]));
  if (isValidationError(message)) {
    if (message.dict.has('error_dict')) message = message.dict.get('error_dict')!;
    else if (!message.dict.has('message')) message = message.dict.get('error_list')!;
    else {
      code = message.dict.get('code') ?? null;
      params = message.dict.get('params') ?? null;
      message = message.dict.get('message')!;
    }
  }
  if (message instanceof PyDict) {
    const dict = newDict();
    for (const { key, value } of message.entries.values()) dictSet(dict, key, errorListOf(asValidationError(value, interp)));
    self.dict.set('error_dict', dict);
  } else if (message instanceof PyList || message instanceof PyTuple) {
    const list: PyValue[] = [];
    for (const item of message.items) {
      const error = asValidationError(item, interp);
      if (error.dict.has('error_dict')) for (const e of (error.dict.get('error_dict') as PyDict).entries.values()) list.push(...(e.value as PyList).items);
      else list.push(...(error.dict.get('error_list') as PyList).items);
    }
    self.dict.set('error_list', new PyList(list));
  } else {
    self.dict.set('message', message);
    self.dict.set('code', code);
    self.dict.set('params', params);
    self.dict.set('error_list', new PyList([self]));
  }
}

function errorListOf(error: PyInstance): PyList {
  return error.dict.has('error_list') ? (error.dict.get('error_list') as PyList) : new PyList([...(error.dict.get('error_dict') as PyDict).entries.values()].flatMap((e) => (e.value as PyList).items));
}

/** ValidationError(value) unless it is one already. */
export function asValidationError(value: PyValue, interp: Interpreter): PyInstance {
  return isValidationError(value) ? value : (interp.instantiate(ValidationError, [value]) as PyInstance);
}

/** One error's text: its message with its params filled in. */
export function errorMessage(error: PyInstance, interp: Interpreter): string {
  const message = error.dict.get('message') ?? null;
  const params = error.dict.get('params') ?? null;
  const text = interp.str(message);
  return params !== null && interp.truthy(params) ? percentFormat(text, params, interp) : text;
}

function messagesOf(self: PyInstance, interp: Interpreter): PyValue[] {
  return ((self.dict.get('error_list') as PyList | undefined)?.items ?? []).map((e) => errorMessage(e as PyInstance, interp));
}

function iterValidationError(self: PyInstance, interp: Interpreter): PyValue[] {
  if (!self.dict.has('error_dict')) return messagesOf(self, interp);
  return [...(self.dict.get('error_dict') as PyDict).entries.values()].map(
    (e) => new PyTuple([e.key, new PyList((e.value as PyList).items.map((x) => errorMessage(x as PyInstance, interp)))]),
  );
}

function messageDict(self: PyInstance, interp: Interpreter): PyDict {
  return newDict(iterValidationError(self, interp).map((pair) => [(pair as PyTuple).items[0]!, (pair as PyTuple).items[1]!]));
}

/** A new ValidationError raised from TypeScript, with Django's message, code and params. */
export function validationError(interp: Interpreter, message: string, code: string | null = null, params: PyValue = null): PyException {
  // Raised by a model field before anything imported django.core.exceptions or django.forms.
  installValidationError(interp);
  return new PyException(interp.instantiate(ValidationError, [message], new Map<string, PyValue>([['code', code], ['params', params]])) as PyInstance);
}
