import { PyException, PyList, PyTuple, newException, type Kwargs, type PyValue } from '../../../python';
import { FieldError } from '../../../core/exceptions';
import { exprSql, type Resolved } from '../expressions';
import type { Compiled, SqlCompiler } from './where';

/** One filter() or exclude() call's conditions on annotations: `n__gt=0` compares COUNT(...) with 0. */
export interface HavingGroup {
  conditions: { alias: string; lookup: string; value: PyValue }[];
  negated: boolean;
}

const COMPARISONS: Record<string, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * Splits a filter's keywords: those naming an aggregate annotation go to HAVING, as Django's
 * WhereNode.split_having_qualify sends them; the rest stay for WHERE.
 */
export function splitHaving(annotations: Map<string, Resolved>, kwargs: Kwargs, negated: boolean): { having: HavingGroup | null; rest: Kwargs } {
  const rest: Kwargs = new Map();
  const conditions: HavingGroup['conditions'] = [];
  for (const [key, value] of kwargs) {
    const [alias, ...lookups] = key.split('__');
    const expr = annotations.get(alias!);
    if (!expr) {
      rest.set(key, value);
      continue;
    }
    const lookup = lookups.length ? lookups.join('__') : 'exact';
    if (!(lookup in COMPARISONS) && lookup !== 'isnull' && lookup !== 'in') {
      throw new PyException(newException(FieldError, [`Unsupported lookup '${lookup}' for ${expr.kind === 'aggregate' ? 'IntegerField' : 'Field'} or join on the field not permitted.`]));
    }
    if (expr.kind !== 'aggregate') {
      throw new PyException(newException(FieldError, [`the sandbox filters only on aggregate annotations ('${key}')`]));
    }
    conditions.push({ alias: alias!, lookup, value });
  }
  if (negated && conditions.length && rest.size) {
    throw new PyException(newException(FieldError, ['the sandbox does not exclude() on annotations and fields in one call: use two exclude() calls']));
  }
  return { having: conditions.length ? { conditions, negated } : null, rest };
}

function conditionSql(expr: Resolved, lookup: string, value: PyValue, compiler: SqlCompiler): Compiled {
  const lhs = exprSql(expr, compiler);
  if (lookup === 'isnull') return { sql: `${lhs.sql} IS ${value ? '' : 'NOT '}NULL`, params: lhs.params };
  if (lookup === 'exact' && value === null) return { sql: `${lhs.sql} IS NULL`, params: lhs.params };
  if (lookup === 'in') {
    const items = value instanceof PyList || value instanceof PyTuple ? value.items : [value];
    return { sql: `${lhs.sql} IN (${items.map(() => '%s').join(', ')})`, params: [...lhs.params, ...items] };
  }
  return { sql: `${lhs.sql} ${COMPARISONS[lookup]} %s`, params: [...lhs.params, value] };
}

/** The HAVING clause (with its leading space), or '' when no filter named an annotation. */
export function havingSql(groups: HavingGroup[], annotations: Map<string, Resolved>, compiler: SqlCompiler): Compiled {
  const parts: string[] = [];
  const params: PyValue[] = [];
  for (const group of groups) {
    const compiled = group.conditions.map((c) => conditionSql(annotations.get(c.alias)!, c.lookup, c.value, compiler));
    let sql = compiled.map((c) => c.sql).join(' AND ');
    if (compiled.length > 1) sql = `(${sql})`;
    parts.push(group.negated ? `NOT (${compiled.length > 1 ? sql.slice(1, -1) : sql})` : sql);
    params.push(...compiled.flatMap((c) => c.params));
  }
  if (!parts.length) return { sql: '', params: [] };
  return { sql: ` HAVING ${parts.length > 1 ? `(${parts.join(' AND ')})` : parts[0]}`, params };
}
