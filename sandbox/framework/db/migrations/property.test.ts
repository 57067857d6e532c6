/**
 * Property: whatever sequence of model edits a learner makes, makemigrations + migrate
 * leave the database with exactly the tables and columns the models declare, and
 * makemigrations --check --dry-run then finds nothing left to do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../program';
import { loadSqlite, sqlite } from '../backends/sqlite3/engine';

type FieldSpec =
  | { type: 'CharField'; maxLength: number; nullable: boolean }
  | { type: 'IntegerField' | 'TextField' | 'BooleanField'; nullable: boolean }
  | { type: 'ForeignKey'; to: string }
  | { type: 'ManyToManyField'; to: string };
type Models = Map<string, Map<string, FieldSpec>>;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, items: T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function fieldSource(f: FieldSpec): string {
  if (f.type === 'ForeignKey') return `models.ForeignKey('${f.to}', on_delete=models.CASCADE, null=True)`;
  if (f.type === 'ManyToManyField') return `models.ManyToManyField('${f.to}', blank=True, related_name='+')`;
  const opts = f.type === 'CharField' ? [`max_length=${f.maxLength}`] : [];
  // Every new column needs a value for existing rows: nullable, or a default.
  if (f.nullable) opts.push('null=True');
  else opts.push(f.type === 'BooleanField' ? 'default=False' : f.type === 'IntegerField' ? 'default=0' : "default=''");
  return `models.${f.type}(${opts.join(', ')})`;
}

function render(models: Models): string {
  let out = 'from django.db import models\n';
  for (const [name, fields] of models) {
    out += `\n\nclass ${name}(models.Model):\n`;
    if (fields.size === 0) out += '    pass\n';
    for (const [field, spec] of fields) out += `    ${field} = ${fieldSource(spec)}\n`;
  }
  return out;
}

/** Seeds past the first six also draw ManyToManyFields (the first six keep the sequences they always had). */
let manyToMany = false;

function randomField(rnd: () => number, models: Models, self: string): FieldSpec {
  const others = [...models.keys()].filter((m) => m !== self);
  const kind = rnd();
  if (manyToMany && kind < 0.45 && others.length) return rnd() < 0.3 ? { type: 'ForeignKey', to: pick(rnd, others) } : { type: 'ManyToManyField', to: pick(rnd, others) };
  if (kind < 0.15 && others.length) return { type: 'ForeignKey', to: pick(rnd, others) };
  if (kind < 0.45) return { type: 'CharField', maxLength: pick(rnd, [20, 50, 100]), nullable: rnd() < 0.5 };
  return { type: pick(rnd, ['IntegerField', 'TextField', 'BooleanField'] as const), nullable: rnd() < 0.5 };
}

/** One random edit of the kinds a learner makes. */
function edit(rnd: () => number, models: Models, counter: { n: number }) {
  const names = [...models.keys()];
  const roll = rnd();
  if (names.length === 0 || roll < 0.15) {
    const name = `Model${counter.n++}`;
    const fields = new Map<string, FieldSpec>();
    fields.set(`f${counter.n++}`, randomField(rnd, models, name));
    models.set(name, fields);
  } else if (roll < 0.22 && names.length > 1) {
    const victim = pick(rnd, names);
    models.delete(victim);
    for (const fields of models.values()) for (const [f, spec] of fields) if ((spec.type === 'ForeignKey' || spec.type === 'ManyToManyField') && spec.to === victim) fields.delete(f);
  } else {
    const modelName = pick(rnd, names);
    const model = models.get(modelName)!;
    const fieldNames = [...model.keys()];
    const what = rnd();
    if (what < 0.45 || fieldNames.length === 0) model.set(`f${counter.n++}`, randomField(rnd, models, modelName));
    else if (what < 0.7) model.delete(pick(rnd, fieldNames));
    else {
      const name = pick(rnd, fieldNames);
      const spec = model.get(name)!;
      if (spec.type === 'CharField') model.set(name, { ...spec, maxLength: spec.maxLength === 100 ? 30 : 100 });
      else if (spec.type !== 'ForeignKey' && spec.type !== 'ManyToManyField') model.set(name, { ...spec, nullable: !spec.nullable });
    }
  }
}

const SQL_TYPES: Record<string, (f: FieldSpec) => string> = {
  CharField: (f) => `varchar(${(f as { maxLength: number }).maxLength})`,
  IntegerField: () => 'integer',
  TextField: () => 'text',
  BooleanField: () => 'bool',
  ForeignKey: () => 'bigint',
};

function expectedSchema(models: Models) {
  const schema: Record<string, string[]> = {};
  for (const [name, fields] of models) {
    const columns = ['id integer notnull'];
    for (const [field, spec] of fields) {
      if (spec.type === 'ManyToManyField') {
        const links = [`${name.toLowerCase()}_id bigint notnull`, `${spec.to.toLowerCase()}_id bigint notnull`, 'id integer notnull'];
        schema[`home_${name.toLowerCase()}_${field}`] = links.sort();
        continue;
      }
      const column = spec.type === 'ForeignKey' ? `${field}_id` : field;
      const notNull = spec.type !== 'ForeignKey' && !spec.nullable;
      columns.push(`${column} ${SQL_TYPES[spec.type]!(spec)}${notNull ? ' notnull' : ''}`);
    }
    schema[`home_${name.toLowerCase()}`] = columns.sort();
  }
  return schema;
}

function actualSchema(file: string) {
  const db = new (sqlite().Database)(readFileSync(file));
  try {
    const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
    const schema: Record<string, string[]> = {};
    for (const [t] of rows("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'home_%'")) {
      schema[String(t)] = rows(`PRAGMA table_info("${t}")`)
        .map((c) => `${c[1]} ${String(c[2]).toLowerCase()}${c[3] ? ' notnull' : ''}`)
        .sort();
    }
    return schema;
  } finally {
    db.close();
  }
}

beforeAll(() => loadSqlite());

describe('makemigrations + migrate under random model edits', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
    it(`keeps the database equal to the models (seed ${seed}${seed > 6 ? ', with ManyToManyFields' : ''})`, () => {
      manyToMany = seed > 6;
      const work = mkdtempSync(path.join(tmpdir(), 'property-'));
      try {
        const run = (cwd: string, words: string[]) => {
          let out = '';
          let err = '';
          const code = runProgram(words, { cwd, env: {}, stdout: (t) => (out += t), stderr: (t) => (err += t), readLine: () => 'n' });
          return { code, out, err };
        };
        expect(run(work, ['django-admin', 'startproject', 'myproject']).code).toBe(0);
        const project = path.join(work, 'myproject');
        expect(run(project, ['python', 'manage.py', 'startapp', 'home']).code).toBe(0);
        appendFileSync(path.join(project, 'myproject', 'settings.py'), '\nINSTALLED_APPS += ["home"]\n');
        const rnd = random(seed);
        // With ManyToManyFields, two models from the start give them something to point at.
        const models: Models = new Map(manyToMany ? [['ModelA', new Map()], ['ModelB', new Map()]] : []);
        const counter = { n: 1 };
        let sawManyToMany = false;
        for (let step = 0; step < 12; step++) {
          edit(rnd, models, counter);
          writeFileSync(path.join(project, 'home', 'models.py'), render(models));
          const made = run(project, ['python', 'manage.py', 'makemigrations']);
          expect(made.code, `${made.out}${made.err}\n${render(models)}`).toBe(0);
          const migrated = run(project, ['python', 'manage.py', 'migrate']);
          expect(migrated.code, migrated.err).toBe(0);
          const checked = run(project, ['python', 'manage.py', 'makemigrations', '--check', '--dry-run']);
          expect(checked, render(models)).toEqual({ code: 0, out: 'No changes detected\n', err: '' });
          expect(actualSchema(path.join(project, 'db.sqlite3')), render(models)).toEqual(expectedSchema(models));
          sawManyToMany ||= render(models).includes('ManyToManyField');
        }
        // The seeds drawing ManyToManyFields must have met one.
        expect(sawManyToMany).toBe(manyToMany);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
