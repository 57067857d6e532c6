import { PyBoundMethod, PyClass, PyDict, PyFloat, PyFunction, PyInstance, PyList, PyNativeFunction, PySet, PyTuple, pyError, type Interpreter, type PyValue } from '../../python';
import { deletionHandlerName } from '../models/deletion';
import type { FieldDef } from '../models/field-def';

/** Text and the imports it needs, as Django's migration serializers return them. */
export interface Serialized {
  text: string;
  imports: Set<string>;
}

function join(parts: Serialized[], open: string, close: string, single = ''): Serialized {
  const imports = new Set(parts.flatMap((p) => [...p.imports]));
  const inner = parts.map((p) => p.text).join(', ');
  return { text: `${open}${inner}${parts.length === 1 ? single : ''}${close}`, imports };
}

/** django.db.migrations.serializer: a value as Python source in a migration file. */
export function serializeValue(value: PyValue, interp: Interpreter): Serialized {
  const handler = deletionHandlerName(value);
  if (handler) return { text: `django.db.models.deletion.${handler}`, imports: new Set(['import django.db.models.deletion']) };
  if (value instanceof PyList) return join(value.items.map((v) => serializeValue(v, interp)), '[', ']');
  if (value instanceof PyTuple) return join(value.items.map((v) => serializeValue(v, interp)), '(', ')', ',');
  if (value instanceof PySet) return value.entries.size ? join([...value.entries.values()].map((v) => serializeValue(v, interp)), '{', '}') : { text: 'set()', imports: new Set() };
  if (value instanceof PyDict) {
    const entries = [...value.entries.values()].sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
    const parts = entries.map((e) => {
      const k = serializeValue(e.key, interp);
      const v = serializeValue(e.value, interp);
      return { text: `${k.text}: ${v.text}`, imports: new Set([...k.imports, ...v.imports]) };
    });
    return join(parts, '{', '}');
  }
  if (value instanceof PyNativeFunction) return serializeNativeFunction(value, interp);
  if (value instanceof PyFunction || value instanceof PyBoundMethod) return serializeFunction(value, interp);
  if (value instanceof PyClass) return serializeType(value);
  if (value instanceof PyInstance && value.cls.lookup('deconstruct') !== undefined) return serializeDeconstructable(value, interp);
  if (value instanceof PyInstance) {
    const standard = serializeStandardValue(value, interp);
    if (standard) return standard;
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' || value instanceof PyFloat) {
    return { text: interp.repr(value), imports: new Set() };
  }
  return { text: interp.repr(value), imports: new Set() };
}

/**
 * A field: `models.CharField(max_length=100)`, keyword arguments sorted by name. A relation to
 * a swappable model (by lower-cased label in `swappable`) names its setting, as Django's
 * SettingsReference does: `to=settings.AUTH_USER_MODEL`.
 */
export function serializeField(field: FieldDef, interp: Interpreter, swappable: Map<string, string> = new Map()): Serialized {
  const imports = new Set(['from django.db import models']);
  const args = [...field.kwargs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => {
      const setting = k === 'to' && typeof v === 'string' ? swappable.get(v.toLowerCase()) : undefined;
      if (setting) {
        imports.add('from django.conf import settings');
        return `to=settings.${setting}`;
      }
      const s = serializeValue(v, interp);
      s.imports.forEach((i) => imports.add(i));
      return `${k}=${s.text}`;
    });
  return { text: `models.${field.type}(${args.join(', ')})`, imports };
}

export function serializeOptions(options: Map<string, PyValue>, interp: Interpreter): Serialized {
  const dict = new PyDict();
  for (const [k, v] of options) dict.entries.set('s' + k, { key: k, value: v });
  return serializeValue(dict, interp);
}

/** DeconstructableSerializer: what deconstruct() returns, as a call of the class by its path (a validator). */
function serializeDeconstructable(value: PyInstance, interp: Interpreter): Serialized {
  const result = interp.call(interp.getAttr(value, 'deconstruct'), []);
  const [path, args, kwargs] = interp.iterate(result);
  const dotted = interp.str(path ?? null);
  const module = dotted.slice(0, dotted.lastIndexOf('.'));
  const name = module === 'django.db.models' ? `models.${dotted.slice(dotted.lastIndexOf('.') + 1)}` : dotted;
  const imports = new Set([module === 'django.db.models' ? 'from django.db import models' : `import ${module}`]);
  const parts = interp.iterate(args ?? null).map((a) => serializeValue(a, interp));
  const named = kwargs instanceof PyDict ? [...kwargs.entries.values()].map((e) => [interp.str(e.key), e.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  const texts = [...parts.map((p) => p.text), ...named.map(([k, v]) => {
    const s = serializeValue(v, interp);
    parts.push(s);
    return `${k}=${s.text}`;
  })];
  for (const p of parts) p.imports.forEach((i) => imports.add(i));
  return { text: `${name}(${texts.join(', ')})`, imports };
}

/** A function as the dotted path a migration imports it by (`datetime.date.today`, `polls.models.default_title`). */
function serializeFunction(value: PyFunction | PyBoundMethod, interp: Interpreter): Serialized {
  if (value instanceof PyBoundMethod) {
    // A classmethod such as date.today: its class's module, the class, the method's name.
    if (value.self instanceof PyClass) {
      const name = interp.str(interp.getAttr(value.func, '__name__'));
      return { text: `${value.self.module}.${value.self.name}.${name}`, imports: new Set([`import ${value.self.module}`]) };
    }
    throw pyError('ValueError', `Cannot serialize: ${interp.repr(value)}`);
  }
  if (value.name === '<lambda>') throw pyError('ValueError', 'Cannot serialize function: lambda');
  const module = value.globals.name;
  if (value.qualname.includes('<')) throw pyError('ValueError', `Could not find function ${value.name} in ${module}.\n`);
  return { text: `${module}.${value.qualname}`, imports: new Set([`import ${module}`]) };
}

/** A function the framework provides (`default=timezone.now`): by the module that holds it, as Django writes `django.utils.timezone.now`; a builtin by name. */
function serializeNativeFunction(value: PyNativeFunction, interp: Interpreter): Serialized {
  if (interp.builtins.get(value.name) === value) return { text: value.name, imports: new Set() };
  for (const [name, module] of interp.modules) {
    if (name !== 'builtins' && module.dict.get(value.name) === value) return { text: `${name}.${value.name}`, imports: new Set([`import ${name}`]) };
  }
  return { text: value.name, imports: new Set() };
}

/** A class: builtins by name (`default=dict`), others by their module's path. */
function serializeType(cls: PyClass): Serialized {
  if (cls.module === 'builtins') return { text: cls.name, imports: new Set() };
  if (cls.module === 'django.db.models.base' && cls.name === 'Model') return { text: 'models.Model', imports: new Set(['from django.db import models']) };
  return { text: `${cls.module}.${cls.name}`, imports: new Set([`import ${cls.module}`]) };
}

/** The standard library's values Django writes by their repr: dates and times, Decimal, UUID. */
function serializeStandardValue(value: PyInstance, interp: Interpreter): Serialized | null {
  const { module, name } = value.cls.mro.find((c) => c.module !== '__main__' && STANDARD_VALUES.has(`${c.module}.${c.name}`)) ?? value.cls;
  switch (`${module}.${name}`) {
    case 'datetime.datetime': {
      // An aware datetime is written in UTC, whatever zone it was made in.
      const utc = interp.getAttr(interp.importModule('datetime'), 'timezone');
      const tz = interp.getAttr(utc, 'utc');
      const tzinfo = interp.getAttr(value, 'tzinfo');
      const inUtc = tzinfo !== null && !interp.equal(tzinfo, tz) ? interp.call(interp.getAttr(value, 'astimezone'), [tz]) : value;
      return { text: interp.repr(inUtc), imports: new Set(['import datetime']) };
    }
    case 'datetime.date':
    case 'datetime.time':
    case 'datetime.timedelta':
      return { text: interp.repr(value), imports: new Set(['import datetime']) };
    case 'decimal.Decimal':
      return { text: interp.repr(value), imports: new Set(['from decimal import Decimal']) };
    case 'uuid.UUID':
      return { text: `uuid.${interp.repr(value)}`, imports: new Set(['import uuid']) };
    default:
      return null;
  }
}

const STANDARD_VALUES = new Set(['datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'decimal.Decimal', 'uuid.UUID']);
