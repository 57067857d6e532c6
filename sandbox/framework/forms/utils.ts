import { PyClass, PyException, PyInstance, PyList, PyTuple, dictSet, exceptionClass, newDict, newException, reprOf, type Interpreter, type PyValue } from '../python';
import { asValidationError, errorMessage, isValidationError } from '../core/validation-error';
import { ValidationError } from '../core/exceptions';
import { conditionalEscape, markSafe, toText } from '../template/safe';
import { defineClass, bindArgs, items } from '../utils/native-classes';

/** What an ErrorList holds: ValidationErrors or plain messages, its CSS class and the field it belongs to. */
export interface ErrorListData {
  data: PyValue[];
  errorClass: string;
  fieldId: PyValue;
}

export interface ErrorDictData {
  errors: Map<string, PyInstance>;
}

const MODULE = 'django.forms.utils';

export function errorListData(self: PyValue): ErrorListData {
  return (self as PyInstance).native as ErrorListData;
}

function errorDictData(self: PyValue): ErrorDictData {
  return (self as PyInstance).native as ErrorDictData;
}

/** The messages of an ErrorList, as iterating it gives them. */
export function errorMessages(list: PyValue, interp: Interpreter): string[] {
  return errorListData(list).data.map((e) => (isValidationError(e) ? iterFirst(e, interp) : interp.str(e)));
}

function iterFirst(error: PyInstance, interp: Interpreter): string {
  return interp.str(interp.iterate(error)[0] ?? '');
}

function jsonDumps(value: PyValue, interp: Interpreter): string {
  return interp.str(interp.call(interp.importModule('json').dict.get('dumps')!, [value]));
}

/** `<ul class="errorlist" id="id_name_error"><li>...</li></ul>`, or nothing for no errors. */
export function errorListHtml(list: PyValue, interp: Interpreter): string {
  const { errorClass, fieldId } = errorListData(list);
  const messages = errorMessages(list, interp);
  if (!messages.length) return '';
  const id = fieldId !== null && interp.truthy(fieldId) ? ` id="${toText(conditionalEscape(fieldId, interp), interp)}_error"` : '';
  const escaped = errorListData(list).data.map((e) => {
    const message = isValidationError(e) ? (interp.iterate(e)[0] ?? '') : e;
    return toText(conditionalEscape(message, interp), interp);
  });
  return `<ul class="${errorClass}"${id}>${escaped.map((m) => `<li>${m}</li>`).join('')}</ul>`;
}

export function errorListClasses(interp: Interpreter): { ErrorList: PyClass; ErrorDict: PyClass; makeErrorList: (errorClass?: string | null, fieldId?: PyValue, data?: PyValue[]) => PyInstance } {
  const ErrorList: PyClass = defineClass('ErrorList', [], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('ErrorList.__init__', args, kwargs, ['initlist', 'error_class', 'renderer', 'field_id'], { initlist: null, error_class: null, renderer: null, field_id: null });
      const errorClass = a.get('error_class');
      self.native = {
        data: items(a.get('initlist'), interp),
        errorClass: errorClass === null ? 'errorlist' : `errorlist ${interp.str(errorClass)}`,
        fieldId: a.get('field_id'),
      } satisfies ErrorListData;
      return null;
    },
    as_data: (self) => (interp.instantiate(ValidationError, [new PyList(errorListData(self).data)]) as PyInstance).dict.get('error_list')!,
    copy: (self) => makeErrorList(null, errorListData(self).fieldId, [...errorListData(self).data], errorListData(self).errorClass),
    get_json_data: (self) => jsonData(self),
    as_json: (self) => jsonDumps(jsonData(self), interp),
    as_text: (self) => errorMessages(self, interp).map((m) => `* ${m}`).join('\n'),
    as_ul: (self) => markSafe(errorListHtml(self, interp)),
    render: (self) => markSafe(errorListHtml(self, interp)),
    __str__: (self) => errorListHtml(self, interp),
    __html__: (self) => markSafe(errorListHtml(self, interp)),
    __repr__: (self) => reprOf(new PyList(errorMessages(self, interp)), interp),
    __len__: (self) => errorListData(self).data.length,
    __iter__: (self) => interp.call(interp.builtins.get('iter')!, [new PyList(errorMessages(self, interp))]),
    __getitem__: (self, [index]) => interp.getItem(new PyList(errorMessages(self, interp)), index!),
    __contains__: (self, [item]) => errorMessages(self, interp).includes(interp.str(item!)),
    __eq__: (self, [other]) => interp.equal(new PyList(errorMessages(self, interp)), other instanceof PyInstance && other.cls === ErrorList ? new PyList(errorMessages(other, interp)) : other!),
    append: (self, [item]) => (errorListData(self).data.push(item!), null),
    extend: (self, [more]) => (errorListData(self).data.push(...items(more!, interp)), null),
  });
  const jsonData = (self: PyInstance) =>
    new PyList(
      errorListData(self).data.map((e) => {
        const error = asValidationError(e, interp);
        const first = (error.dict.get('error_list') as PyList).items[0] as PyInstance;
        const code = first.dict.get('code') ?? null;
        return newDict([
          ['message', errorMessage(first, interp)],
          ['code', code === null ? '' : code],
        ]);
      }),
    );
  const makeErrorList = (errorClass: string | null = null, fieldId: PyValue = null, data: PyValue[] = [], fullClass?: string) => {
    const list = new PyInstance(ErrorList);
    list.native = { data, errorClass: fullClass ?? (errorClass === null ? 'errorlist' : `errorlist ${errorClass}`), fieldId } satisfies ErrorListData;
    return list;
  };

  const entries = (self: PyInstance) => [...errorDictData(self).errors];
  const ErrorDict: PyClass = defineClass('ErrorDict', [], MODULE, {
    __init__(self) {
      self.native = { errors: new Map() } satisfies ErrorDictData;
      return null;
    },
    __getitem__(self, [key]) {
      const value = errorDictData(self).errors.get(interp.str(key!));
      if (value === undefined) throw new PyException(newException(exceptionClass('KeyError'), [key!]));
      return value;
    },
    __setitem__: (self, [key, value]) => (errorDictData(self).errors.set(interp.str(key!), value as PyInstance), null),
    __delitem__: (self, [key]) => (errorDictData(self).errors.delete(interp.str(key!)), null),
    __contains__: (self, [key]) => typeof key === 'string' && errorDictData(self).errors.has(key),
    __len__: (self) => errorDictData(self).errors.size,
    __iter__: (self) => interp.call(interp.builtins.get('iter')!, [new PyList([...errorDictData(self).errors.keys()])]),
    keys: (self) => new PyList([...errorDictData(self).errors.keys()]),
    values: (self) => new PyList([...errorDictData(self).errors.values()]),
    items: (self) => new PyList(entries(self).map(([k, v]) => new PyTuple([k, v]))),
    get: (self, [key, fallback]) => errorDictData(self).errors.get(interp.str(key!)) ?? fallback ?? null,
    copy(self) {
      const copy = new PyInstance(ErrorDict);
      copy.native = { errors: new Map(errorDictData(self).errors) } satisfies ErrorDictData;
      return copy;
    },
    as_data: (self) => newDict(entries(self).map(([k, v]) => [k, interp.call(interp.getAttr(v, 'as_data'), [])])),
    get_json_data: (self) => dictJson(self),
    as_json: (self) => jsonDumps(dictJson(self), interp),
    as_text: (self) => entries(self).map(([k, v]) => `* ${k}\n${errorMessages(v, interp).map((m) => `  * ${m}\n`).join('')}`).join('').trim(),
    as_ul: (self) => markSafe(errorDictHtml(self)),
    render: (self) => markSafe(errorDictHtml(self)),
    __str__: (self) => errorDictHtml(self),
    __html__: (self) => markSafe(errorDictHtml(self)),
    __repr__: (self) => '{' + entries(self).map(([k, v]) => `${reprOf(k, interp)}: ${interp.repr(v)}`).join(', ') + '}',
  });
  const dictJson = (self: PyInstance) => {
    const out = newDict();
    for (const [k, v] of entries(self)) dictSet(out, k, interp.call(interp.getAttr(v, 'get_json_data'), []));
    return out;
  };
  const errorDictHtml = (self: PyInstance) => {
    const all = entries(self);
    if (!all.length) return '';
    return `<ul class="errorlist">${all.map(([k, v]) => `<li>${toText(conditionalEscape(k, interp), interp)}${errorListHtml(v, interp)}</li>`).join('')}</ul>`;
  };
  return { ErrorList, ErrorDict, makeErrorList };
}
