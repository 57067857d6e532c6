import type { Check, CheckType } from './checks';
import type { SolutionStep } from './solution';

type FieldKind = 'string' | 'number' | 'boolean' | 'scalar' | 'variations' | 'columns' | 'fields' | 'values';

/** Each check's fields: required ones, then optional ones marked with `?`. */
const FIELDS: Record<CheckType, Record<string, FieldKind>> = {
  file_exists: { path: 'string' },
  folder_exists: { path: 'string' },
  file_absent: { path: 'string' },
  file_contains: { path: 'string', text: 'string' },
  app_installed: { project: 'string', app: 'string' },
  migration_exists: { project: 'string', app: 'string', name: 'string' },
  migration_applied: { project: 'string', app: 'string', name: 'string', 'applied?': 'boolean' },
  table_exists: { project: 'string', table: 'string', 'exists?': 'boolean' },
  table_has_column: { project: 'string', table: 'string', column: 'string', 'nullable?': 'boolean', 'exists?': 'boolean' },
  row_count: { project: 'string', table: 'string', count: 'number' },
  row_exists: { project: 'string', table: 'string', column: 'string', value: 'scalar', 'and?': 'columns' },
  http_get: { project: 'string', path: 'string', status: 'number', 'contains?': 'string', 'contentType?': 'string', 'vary?': 'variations', 'as?': 'string' },
  http_post: {
    project: 'string',
    path: 'string',
    data: 'fields',
    status: 'number',
    'form?': 'string',
    'location?': 'string',
    'contains?': 'string',
    'table?': 'string',
    'added?': 'number',
    'row?': 'values',
  },
  url_reverses: { project: 'string', name: 'string', path: 'string' },
  tests_catch: { project: 'string', label: 'string', vary: 'variations' },
  command_succeeded: { command: 'string', 'after?': 'string', 'in?': 'string' },
  venv_active: { 'venv?': 'string' },
  package_installed: { venv: 'string', package: 'string', 'version?': 'string' },
};

const isVariation = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  if (keys === 'sql') return typeof r.sql === 'string' && r.sql.trim() !== '';
  if (keys !== 'file,pattern,replace' || ![r.file, r.pattern, r.replace].every((f) => typeof f === 'string')) return false;
  try {
    new RegExp(r.pattern as string);
    return true;
  } catch {
    return false;
  }
};

const isRecordOf = (v: unknown, each: (x: unknown) => boolean) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(each);

function fits(value: unknown, kind: FieldKind): boolean {
  if (kind === 'fields') return isRecordOf(value, (x) => typeof x === 'string');
  if (kind === 'values') return isRecordOf(value, (x) => typeof x === 'string' || typeof x === 'number') && Object.keys(value as object).length > 0;
  if (kind === 'scalar') return typeof value === 'string' || typeof value === 'number';
  if (kind === 'variations') return Array.isArray(value) && value.length > 0 && value.every(isVariation);
  if (kind === 'columns') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const values = Object.values(value);
    return values.length > 0 && values.every((v) => fits(v, 'scalar'));
  }
  return typeof value === kind;
}

/** A check as lesson.json declares it, or an error naming what is wrong and where. */
export function parseCheck(raw: unknown, where: string): Check {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: a check is an object with a "type"`);
  const record = raw as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !(type in FIELDS)) {
    throw new Error(`${where}: unknown check type ${JSON.stringify(type)} (known: ${Object.keys(FIELDS).join(', ')})`);
  }
  const fields = FIELDS[type as CheckType];
  for (const [spec, kind] of Object.entries(fields)) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    if (record[name] === undefined && optional) continue;
    if (!fits(record[name], kind)) throw new Error(`${where}: a ${type} check needs "${name}" (${kind})`);
  }
  const known = new Set(['type', ...Object.keys(fields).map((f) => f.replace(/\?$/, ''))]);
  const stray = Object.keys(record).find((k) => !known.has(k));
  if (stray) throw new Error(`${where}: a ${type} check has no field "${stray}"`);
  if (type === 'http_post' && (record.added !== undefined || record.row !== undefined) && record.table === undefined) {
    throw new Error(`${where}: an http_post check's "added" and "row" need "table"`);
  }
  return record as Check;
}

/** One step of a solution or an edit. */
export function parseStep(raw: unknown, where: string): SolutionStep {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  if (keys === 'run' && typeof r.run === 'string') return { run: r.run };
  if (keys === 'content,write' && typeof r.write === 'string' && typeof r.content === 'string') return { write: r.write, content: r.content };
  if (keys === 'edit,find,replace' && typeof r.edit === 'string' && typeof r.find === 'string' && typeof r.replace === 'string') {
    return { edit: r.edit, find: r.find, replace: r.replace };
  }
  throw new Error(`${where}: a step is { "run" }, { "write", "content" } or { "edit", "find", "replace" }`);
}
