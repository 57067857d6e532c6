import { PyException, PyList, PyTuple, newException, pyError, type PyValue } from '../../../python';
import { FieldError } from '../../../core/exceptions';
import { exprOf, exprSql, type Resolved } from '../expressions';
import { LOOKUP_NAMES, isLookupName } from '../lookups';
import { getCloseMatches } from '../../../utils/difflib';
import { WhereNode, type Compiled, type SqlCompiler, type SqlNode } from './where';

const COMPARISONS: Record<string, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * A condition on an annotation (`n__gt=1`, in a keyword or a Q): the annotation's own SQL
 * compared, `COUNT("store_product"."id") > %s`. One on an aggregate belongs in HAVING.
 */
class AnnotationLookup implements SqlNode {
  readonly containsAggregate: boolean;

  constructor(
    private readonly expr: Resolved,
    private readonly lookup: string,
    private readonly value: PyValue,
  ) {
    this.containsAggregate = expr.kind === 'aggregate';
  }

  asSql(compiler: SqlCompiler): Compiled {
    const lhs = exprSql(this.expr, compiler);
    const { lookup, value } = this;
    if (lookup === 'isnull') return { sql: `${lhs.sql} IS ${value ? '' : 'NOT '}NULL`, params: lhs.params };
    if (lookup === 'exact' && value === null) return { sql: `${lhs.sql} IS NULL`, params: lhs.params };
    if (lookup === 'in') {
      const items = value instanceof PyList || value instanceof PyTuple ? value.items : [value];
      return { sql: `${lhs.sql} IN (${items.map(() => '%s').join(', ')})`, params: [...lhs.params, ...items] };
    }
    return { sql: `${lhs.sql} ${COMPARISONS[lookup]} %s`, params: [...lhs.params, value] };
  }
}

/**
 * The condition `key=value` makes when its first name is an annotation, else null (a field's,
 * which Query.buildFilter writes). As in Django's build_filter, it is the lookup alone: no
 * join to promote, no `IS NOT NULL` added under exclude().
 */
export function annotationCondition(annotations: Map<string, Resolved>, key: string, value: PyValue): WhereNode | null {
  const [alias, ...lookups] = key.split('__');
  const expr = annotations.get(alias!);
  if (!expr) return null;
  const lookup = lookups.length ? lookups.join('__') : 'exact';
  if (!(lookup in COMPARISONS) && lookup !== 'isnull' && lookup !== 'in') {
    // Django's own lookups (contains, range…) work there; the sandbox has not got them on annotations.
    if (isLookupName(lookup) || lookup === 'regex' || lookup === 'iregex') {
      throw pyError('NotImplementedError', `the sandbox compares an annotation with exact, gt, gte, lt, lte, in and isnull, not with ${lookup} ('${key}')`);
    }
    const matches = getCloseMatches(lookup, [...LOOKUP_NAMES, 'regex', 'iregex']);
    const suggestion = matches.length ? `, perhaps you meant ${matches.join(' or ')}?` : '.';
    throw new PyException(newException(FieldError, [`Unsupported lookup '${lookup}' for ${expr.kind === 'aggregate' ? 'IntegerField' : 'Field'} or join on the field not permitted${suggestion}`]));
  }
  if (exprOf(value)) throw pyError('NotImplementedError', `the sandbox compares an annotation with a value, not with an expression ('${key}')`);
  return new WhereNode('AND', false, [new AnnotationLookup(expr, lookup, value)]);
}

/**
 * WhereNode.split_having_qualify: the conditions on aggregates go to HAVING, the rest stay in
 * WHERE. Children joined by AND can part; an OR (or a negated AND) that names an aggregate
 * must stay whole, so all of it goes to HAVING.
 */
export function splitHaving(node: WhereNode, negated = false): { where: WhereNode | null; having: WhereNode | null } {
  if (!node.containsAggregate) return { where: node, having: null };
  const inNegated = negated !== node.negated;
  const mustStayWhole = inNegated ? node.connector === 'AND' : node.connector === 'OR';
  if (mustStayWhole) return { where: null, having: node };
  const whereParts: SqlNode[] = [];
  const havingParts: SqlNode[] = [];
  for (const child of node.children) {
    if (!child.containsAggregate) whereParts.push(child);
    else if (child instanceof WhereNode) {
      const split = splitHaving(child, inNegated);
      if (split.where) whereParts.push(split.where);
      if (split.having) havingParts.push(split.having);
    } else havingParts.push(child);
  }
  return {
    where: whereParts.length ? new WhereNode(node.connector, node.negated, whereParts) : null,
    having: havingParts.length ? new WhereNode(node.connector, node.negated, havingParts) : null,
  };
}
