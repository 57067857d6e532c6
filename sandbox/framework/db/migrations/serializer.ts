import { PyDict, PyFloat, PyList, PyNativeFunction, PySet, PyTuple, type Interpreter, type PyValue } from '../../python';
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
  if (value instanceof PyNativeFunction) return { text: value.name, imports: new Set() };
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' || value instanceof PyFloat) {
    return { text: interp.repr(value), imports: new Set() };
  }
  return { text: interp.repr(value), imports: new Set() };
}

/** A field: `models.CharField(max_length=100)`, keyword arguments sorted by name. */
export function serializeField(field: FieldDef, interp: Interpreter): Serialized {
  const imports = new Set(['from django.db import models']);
  const args = [...field.kwargs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => {
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
