import { PyClass, PyFloat, PyInstance, pyError, type Kwargs, type PyValue } from '../../python';
import { ExpressionClass, exprOf, type Expr } from './expressions';
import { createDecimalFromFloat, newDecimal } from '../../stdlib/decimal';
import { isTemporal, temporalFromDb } from './temporal-values';
import type { OrmField } from './options';

/**
 * django.db.models.aggregates: Count, Sum, Avg, Max and Min, for QuerySet.aggregate()
 * (`Student.objects.aggregate(Avg('age'))` gives `{'age__avg': 20.5}`).
 */
const MODULE = 'django.db.models.aggregates';

const AggregateClass = new PyClass('Aggregate', [ExpressionClass], MODULE);

function aggregateClass(name: string, func: string): PyClass {
  return new PyClass(name, [AggregateClass], MODULE, {
    construct: (cls, args, kwargs: Kwargs) => {
      const [source] = args;
      if (args.length !== 1) throw pyError('TypeError', `'${name}' takes exactly 1 argument (${args.length} given)`);
      let expr: Expr | '*';
      if (source === '*' && name === 'Count') expr = '*';
      else if (typeof source === 'string') expr = { kind: 'F', name: source };
      else {
        const given = exprOf(source ?? null);
        if (!given) throw pyError('TypeError', `${name}() argument must be a field name or an expression`);
        expr = given;
      }
      const distinct = kwargs.get('distinct') === true;
      const instance = new PyInstance(cls);
      instance.native = { kind: 'aggregate', name, func, source: expr, distinct } satisfies Expr;
      return instance;
    },
  });
}

export const AGGREGATES: Record<string, PyClass> = {
  Count: aggregateClass('Count', 'COUNT'),
  Sum: aggregateClass('Sum', 'SUM'),
  Avg: aggregateClass('Avg', 'AVG'),
  Max: aggregateClass('Max', 'MAX'),
  Min: aggregateClass('Min', 'MIN'),
  Aggregate: AggregateClass,
};

/** aggregate()'s names: keyword ones as given, positional ones `age__avg` (Aggregate.default_alias). */
export function aggregateAliases(args: PyValue[], kwargs: Kwargs): [string, Extract<Expr, { kind: 'aggregate' }>][] {
  const out: [string, Extract<Expr, { kind: 'aggregate' }>][] = [];
  for (const arg of args) {
    const expr = exprOf(arg);
    if (expr?.kind !== 'aggregate' || expr.source === '*' || expr.source.kind !== 'F') throw pyError('TypeError', 'Complex aggregates require an alias');
    out.push([`${expr.source.name}__${expr.name.toLowerCase()}`, expr]);
  }
  for (const [alias, value] of kwargs) {
    const expr = exprOf(value);
    if (expr?.kind !== 'aggregate') throw pyError('TypeError', `${alias} is not an aggregate expression`);
    out.push([alias, expr]);
  }
  return out;
}

/** An aggregate's value as Django returns it on SQLite: Count an int (0 when nothing matched), a decimal column's as a Decimal. */
export function convertAggregate(func: string, field: OrmField | null, value: PyValue): PyValue {
  if (func === 'COUNT') return value ?? 0;
  if (value === null) return null;
  if (field?.type === 'DecimalField') {
    const n = typeof value === 'number' ? value : value instanceof PyFloat ? value.value : null;
    return n === null ? value : newDecimal(createDecimalFromFloat(n, 15));
  }
  if ((field?.type === 'BooleanField' || field?.type === 'NullBooleanField') && (func === 'MAX' || func === 'MIN')) return value === 1;
  // Max('pub_date'): the field's own value, converted as a row's would be.
  if (field && isTemporal(field) && (func === 'MAX' || func === 'MIN')) return temporalFromDb(field, value);
  return value;
}
