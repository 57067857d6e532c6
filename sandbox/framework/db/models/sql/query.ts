import { PyException, PyInstance, newException, pyError, type PyValue } from '../../../python';
import { annotationCondition } from './having';
import { FieldError } from '../../../core/exceptions';
import { getCloseMatches } from '../../../utils/difflib';
import { cannotResolve, getField, manyToManyStep, relatedOpts, reverseRelations, targetField, type Options, type OrmField, type ReverseRelation } from '../options';
import { LOOKUP_NAMES, Lookup, RELATED_LOOKUPS, isLookupName, preparesValue, type LookupName, type LookupValue } from '../lookups';
import { prepValue } from '../field-values';
import { QNode } from '../query-utils';
import { metaOf } from '../meta';
import { querySetState } from '../query-state';
import { subqueryNode } from './compiler';
import { WhereNode, NothingNode, type Col, type Connector } from './where';
import { exprOf, exprSql, resolveExpr, type Resolved } from '../expressions';
import { YearLookup, dateTransform, outputField, transformNames, usesYearBounds } from '../functions/datetime';

export type JoinType = 'INNER JOIN' | 'LEFT OUTER JOIN';

/** A table joined in (Django's Join): `INNER JOIN "home_student" ON ("home_enrollment"."student_id" = "home_student"."id")`. */
export interface Join {
  alias: string;
  table: string;
  parentAlias: string;
  parentColumn: string;
  column: string;
  type: JoinType;
  /** A nullable ForeignKey or a reverse relation: rows may have no match. */
  nullable: boolean;
  pathKey: string;
  /** Joined for a relation that can match many rows (reverse ForeignKey). */
  multiValued: boolean;
}

/** Where a lookup path (`student__name__icontains`) ends up. */
interface PathEnd {
  alias: string;
  opts: Options;
  /** The field the lookup compares (a ForeignKey compares its own column). */
  field: OrmField;
  /** Set when the path ends on a reverse relation (`filter(enrollment=e)`): the related model's pk is compared. */
  reverse: ReverseRelation | null;
  /** What follows the fields: the lookup name(s). */
  rest: string[];
  /** Aliases of the tables joined along the way. */
  joins: string[];
  /** Ends on a ForeignKey of a ManyToManyField's table of links (`tags=t`, `tags__isnull`). */
  viaLinks?: boolean;
}

function fieldError(message: string): PyException {
  return new PyException(newException(FieldError, [message]));
}

/** An ordering item resolved to a column (or RANDOM() for '?'). */
export interface OrderItem {
  col: Col | null;
  descending: boolean;
  /** Ordering by an annotation: its alias. */
  annotation?: string;
}

/**
 * django.db.models.sql.Query: what a QuerySet will ask for, as data: the model's table
 * and the tables joined to it, the WHERE tree, the ordering, the slice and the columns
 * values() picks. The compiler turns it into SQL.
 */
export class Query {
  where = new WhereNode();
  joins: Join[] = [];
  /** order_by()'s names, as given ('-name', 'student__name', '?'). */
  orderBy: string[] = [];
  /** Whether Meta.ordering applies (order_by() with no names turns it off). */
  defaultOrdering = true;
  /** reverse() flips this. */
  standardOrdering = true;
  low = 0;
  high: number | null = null;
  distinct = false;
  /** values()/values_list()'s names; null selects the model's fields. */
  valuesSelect: string[] | null = null;
  /** annotate()'s aggregates by alias, in the order given (the rows are then grouped by the model's columns). */
  annotations = new Map<string, Resolved>();
  /** values()' fields when annotate() came after it: GROUP BY those instead of the model's columns. */
  groupByNames: string[] | null = null;
  /** Aliases joined during the current filter() call (multi-valued joins are reused only within one). */
  private reusable: Set<string> | null = null;

  constructor(readonly model: Options) {}

  get baseAlias(): string {
    return this.model.table;
  }

  clone(): Query {
    const q = new Query(this.model);
    q.where = this.where.clone();
    q.joins = this.joins.map((j) => ({ ...j }));
    q.orderBy = [...this.orderBy];
    q.defaultOrdering = this.defaultOrdering;
    q.standardOrdering = this.standardOrdering;
    q.low = this.low;
    q.high = this.high;
    q.distinct = this.distinct;
    q.valuesSelect = this.valuesSelect && [...this.valuesSelect];
    q.annotations = new Map(this.annotations);
    q.groupByNames = this.groupByNames && [...this.groupByNames];
    return q;
  }

  get isSliced(): boolean {
    return this.low !== 0 || this.high !== null;
  }

  /** Query.set_limits: a slice of the current slice. */
  setLimits(low: number | null, high: number | null) {
    if (high !== null) this.high = this.high !== null ? Math.min(this.high, this.low + high) : this.low + high;
    if (low !== null) this.low = this.high !== null ? Math.min(this.high, this.low + low) : this.low + low;
  }

  /** Whether the query can match nothing without asking (`none()`, an empty `in`). */
  setEmpty() {
    this.where.add(new NothingNode(), 'AND');
  }

  /** Whether the results have a defined order (QuerySet.ordered). */
  get ordered(): boolean {
    return this.orderBy.length > 0 || (this.defaultOrdering && this.model.ordering.length > 0);
  }

  // ---- Filters -----------------------------------------------------------------------

  /** filter()/exclude(): the condition tree joins the WHERE clause with AND. */
  addQ(q: QNode) {
    this.reusable = new Set();
    try {
      this.where.add(this.buildQ(q, false, false), 'AND');
    } finally {
      this.reusable = null;
    }
  }

  private buildQ(q: QNode, negated: boolean, inOr: boolean): WhereNode {
    const clause = new WhereNode(q.connector, q.negated);
    const currentNegated = negated !== q.negated;
    const branchOr = inOr || (q.connector === 'OR' && q.children.length > 1);
    for (const child of q.children) {
      const built = child instanceof QNode ? this.buildQ(child, currentNegated, branchOr) : this.buildFilter(child[0], child[1], currentNegated, branchOr);
      clause.add(built, q.connector);
    }
    return clause;
  }

  /** One `name__lookup=value` condition (Query.build_filter). */
  buildFilter(key: string, value: PyValue, negated: boolean, inOr: boolean): WhereNode {
    const onAnnotation = annotationCondition(this.annotations, key, value);
    if (onAnnotation) return onAnnotation;
    const names = key.split('__');
    const split = negated ? this.splitExclude(names, value) : null;
    if (split) return split;
    const joined = this.setupJoins(names, true);
    // A date transform first (`pub_date__year__gte`): the lookup applies to what it gives.
    const transform = joined.rest.length && !joined.reverse && transformNames(joined.field).includes(joined.rest[0]!) ? dateTransform(joined.field, joined.rest[0]!) : null;
    const end = transform ? { ...joined, rest: joined.rest.slice(1) } : joined;
    if (end.rest.length > 1 || (end.rest.length === 1 && !isLookupName(end.rest[0]!))) this.unsupportedLookup(transform ? { ...end, field: outputField(transform) } : end, end.rest[0]!);
    let lookup = (end.rest[0] ?? 'exact') as LookupName;
    if (end.field.relation || end.reverse) {
      if (!RELATED_LOOKUPS.has(lookup)) throw fieldError(`Related Field got invalid lookup: ${lookup}`);
    }
    if (value === null) {
      if (lookup !== 'exact' && lookup !== 'iexact') throw pyError('ValueError', 'Cannot use None as a query value');
      lookup = 'isnull';
      value = true;
    }
    const col: Col = end.reverse
      ? { alias: end.alias, column: end.reverse.model.pk.column, field: end.reverse.model.pk }
      : { alias: end.alias, column: end.field.column, field: end.field };
    const rhs = this.lookupValue(lookup, transform ? { ...end, field: outputField(transform) } : end, value);
    const text = preparesValue(lookup) || lookup === 'isnull' ? null : this.model.orm.interp.str(value);
    const year = transform && usesYearBounds(transform, lookup) && rhs.kind === 'value' && typeof rhs.value === 'number' ? rhs.value : null;
    const condition = transform && year !== null ? new YearLookup(transform, lookup, col, year) : new Lookup(lookup, col, rhs, text, transform);
    const clause = new WhereNode('AND', false, [condition]);
    const isnullTrue = lookup === 'isnull' && value !== false && value !== 0 && value !== null && value !== '';
    // Join types as Django's JoinPromoter leaves them: a plain AND filter needs a match (INNER);
    // IS NULL, a negation or one branch of an OR must keep the rows without one (LEFT OUTER).
    if (negated || inOr || isnullTrue) this.promote(end.joins);
    else this.demote(end.joins);
    if (negated && lookup !== 'isnull') {
      const lastJoin = this.joins.find((j) => j.alias === end.joins[end.joins.length - 1]);
      if (col.field.null || lastJoin?.type === 'LEFT OUTER JOIN') clause.add(new Lookup('isnull', col, { kind: 'value', value: false }), 'AND');
    }
    return clause;
  }

  /**
   * Query.split_exclude: `exclude(enrollment__course__title='Maths')` leaves out every
   * student with such an enrollment, which a join cannot say; Django asks
   * `NOT ("home_student"."id" IN (SELECT U1."student_id" FROM "home_enrollment" U1 ...))`.
   * (Here for a path starting with a reverse relation, the common case.)
   */
  private splitExclude(names: string[], value: PyValue): WhereNode | null {
    if (getField(this.model, names[0]!)) return null;
    const m2m = manyToManyStep(this.model, names[0]!);
    if (m2m) {
      // exclude(tags__name='x'): NOT (id IN (SELECT U1."post_id" FROM "store_post_tags" U1 ...)).
      if (names.length === 2 && names[1] === 'isnull') return null;
      const [near, far] = m2m.reverse ? [m2m.field.target, m2m.field.source] : [m2m.field.source, m2m.field.target];
      const inner = new Query(m2m.field.through);
      inner.addQ(new QNode('AND', false, [[[far.name, ...names.slice(1)].join('__'), value]]));
      const target = targetField(near);
      const col: Col = { alias: this.baseAlias, column: target.column, field: target };
      return new WhereNode('AND', false, [new Lookup('in', col, { kind: 'subquery', node: subqueryNode(inner, [near.attname], 1) })]);
    }
    const rel = reverseRelations(this.model).find((r) => r.queryName === names[0]);
    const rest = names.slice(1);
    // `enrollment__isnull` is answered by a LEFT OUTER JOIN, as Django does.
    if (!rel || (rest.length === 1 && rest[0] === 'isnull')) return null;
    const inner = new Query(rel.model);
    const onRow = !rest.length || isLookupName(rest[0]!);
    const innerKey = onRow ? ['pk', ...rest].join('__') : rest.join('__');
    // exclude(enrollment=e): the rows compared by key.
    inner.addQ(new QNode('AND', false, [[innerKey, onRow ? relatedValue(value, rel.model, rel.model.pk) : value]]));
    const fk: Col = { alias: inner.baseAlias, column: rel.field.column, field: rel.field };
    if (rel.field.null) inner.where.add(new Lookup('isnull', fk, { kind: 'value', value: false }), 'AND');
    const target = targetField(rel.field);
    const col: Col = { alias: this.baseAlias, column: target.column, field: target };
    return new WhereNode('AND', false, [new Lookup('in', col, { kind: 'subquery', node: subqueryNode(inner, [rel.field.attname], 1) })]);
  }

  private unsupportedLookup(end: PathEnd, name: string): never {
    if (end.viaLinks) throw fieldError(`Unsupported lookup '${name}' for ${end.field.type} or join on the field not permitted.`);
    if (end.field.relation || end.reverse) throw fieldError(`Related Field got invalid lookup: ${name}`);
    const matches = getCloseMatches(name, [...LOOKUP_NAMES, 'regex', 'iregex', ...transformNames(end.field)]);
    const suggestion = matches.length ? `, perhaps you meant ${matches.join(' or ')}?` : '.';
    throw fieldError(`Unsupported lookup '${name}' for ${end.field.type} or join on the field not permitted${suggestion}`);
  }

  /** The right-hand side, converted as the field converts values (a model instance gives its key). */
  private lookupValue(lookup: LookupName, end: PathEnd, value: PyValue): LookupValue {
    if (lookup === 'isnull') return { kind: 'value', value: this.model.orm.interp.truthy(value) };
    const expr = exprOf(value);
    if (expr) {
      if (!['exact', 'gt', 'gte', 'lt', 'lte'].includes(lookup)) throw pyError('NotImplementedError', `the sandbox compares with F() expressions only with exact, gt, gte, lt and lte, not ${lookup}`);
      const resolved = resolveExpr(expr, this);
      return { kind: 'expression', node: { asSql: (c) => exprSql(resolved, c) } };
    }
    const field = end.reverse ? end.reverse.model.pk : end.field;
    const related = end.reverse ? end.reverse.model : field.relation ? relatedOpts(field) : null;
    const prepare = (v: PyValue): PyValue => {
      if (!preparesValue(lookup)) return v;
      if (related) v = relatedValue(v, related, field);
      return prepValue(end.reverse ? field : field.relation ? targetField(field) : field, v);
    };
    if (lookup === 'in' || lookup === 'range') {
      const qs = querySetState(value);
      if (qs && lookup === 'in') return { kind: 'subquery', node: subqueryNode(qs.query, qs.fieldNames) };
      const interp = this.model.orm.interp;
      const items = interp.iterate(value).map(prepare);
      if (lookup === 'range') return { kind: 'list', values: items };
      // In.process_rhs: duplicates and None dropped.
      const seen = new Set<string>();
      const unique = items.filter((v) => v !== null && !seen.has(interp.repr(v)) && (seen.add(interp.repr(v)), true));
      return { kind: 'list', values: unique };
    }
    const qs = querySetState(value);
    if (qs) return { kind: 'subquery', node: subqueryNode(qs.query, qs.fieldNames) };
    return { kind: 'value', value: prepare(value) };
  }

  // ---- Joins -------------------------------------------------------------------------

  /**
   * Query.setup_joins: follows `student__name` through the relations it names, joining
   * their tables, and stops at the first name that is not a field (the lookup). A path
   * ending in the related model's key (`student__id`) uses the local column, no join.
   */
  setupJoins(names: string[], forFilter: boolean): PathEnd {
    let opts = this.model;
    let alias = this.baseAlias;
    const joins: string[] = [];
    const isPathName = (o: Options, name: string | undefined) =>
      name !== undefined && (getField(o, name) !== undefined || reverseRelations(o).some((r) => r.queryName === name) || manyToManyStep(o, name) !== null);
    for (let i = 0; ; i++) {
      const name = names[i]!;
      const field = getField(opts, name);
      const next = names[i + 1];
      if (field) {
        const end: PathEnd = { alias, opts, field, reverse: null, rest: names.slice(i + 1), joins };
        if (!field.relation) return end;
        const related = relatedOpts(field);
        // student__in, student__isnull, student__foo: the rest is lookups on the ForeignKey itself.
        if (!isPathName(related, next)) return end;
        // student__id / student__pk: the ForeignKey's own column holds it.
        if (getField(related, next!) === targetField(field) && !isPathName(related, names[i + 2])) return { ...end, rest: names.slice(i + 2) };
        alias = this.join(alias, related.table, field.column, targetField(field).column, field.null, `${alias}|${field.model.label}.${field.name}`, false, forFilter);
        joins.push(alias);
        opts = related;
        continue;
      }
      const m2m = manyToManyStep(opts, name);
      if (m2m) {
        // Through the table of links; a path ending there (`tags=t`, `tags__id`) compares its column.
        const [near, far] = m2m.reverse ? [m2m.field.target, m2m.field.source] : [m2m.field.source, m2m.field.target];
        const through = m2m.field.through;
        alias = this.join(alias, through.table, targetField(near).column, near.column, true, `${alias}|~${through.label}.${near.name}`, true, forFilter);
        joins.push(alias);
        const farOpts = relatedOpts(far);
        const onKey = next !== undefined && getField(farOpts, next) === targetField(far) && !isPathName(farOpts, names[i + 2]);
        if (!isPathName(farOpts, next) || onKey) return { alias, opts: through, field: far, reverse: null, rest: names.slice(i + (onKey ? 2 : 1)), joins, viaLinks: true };
        alias = this.join(alias, farOpts.table, far.column, targetField(far).column, false, `${alias}|${through.label}.${far.name}`, false, forFilter);
        joins.push(alias);
        opts = farOpts;
        continue;
      }
      const rel = reverseRelations(opts).find((r) => r.queryName === name);
      // The first name must be a field; later ones are reached only through relations.
      if (!rel) throw cannotResolve(name, opts);
      alias = this.join(alias, rel.model.table, targetField(rel.field).column, rel.field.column, true, `${alias}|~${rel.model.label}.${rel.field.name}`, true, forFilter);
      joins.push(alias);
      opts = rel.model;
      if (!isPathName(rel.model, next)) return { alias, opts: rel.model, field: rel.field, reverse: rel, rest: names.slice(i + 1), joins };
    }
  }

  /** Query.join: reuses a join along the same path, else adds one (LEFT OUTER when rows may lack a match). */
  private join(parentAlias: string, table: string, parentColumn: string, column: string, nullable: boolean, pathKey: string, multiValued: boolean, forFilter: boolean): string {
    const existing = this.joins.find((j) => j.pathKey === pathKey && (!multiValued || !forFilter || this.reusable?.has(j.alias)));
    if (existing) return existing.alias;
    const taken = new Set([this.baseAlias, ...this.joins.map((j) => j.alias)]);
    const alias = taken.has(table) ? `T${taken.size + 1}` : table;
    const parent = this.joins.find((j) => j.alias === parentAlias);
    const type: JoinType = nullable || parent?.type === 'LEFT OUTER JOIN' ? 'LEFT OUTER JOIN' : 'INNER JOIN';
    this.joins.push({ alias, table, parentAlias, parentColumn, column, type, nullable, pathKey, multiValued });
    this.reusable?.add(alias);
    return alias;
  }

  /** An annotation over a relation keeps the rows without a related one (Count is then 0). */
  outerJoinsFrom(count: number) {
    for (const join of this.joins.slice(count)) join.type = 'LEFT OUTER JOIN';
  }

  /** Query.promote_joins: LEFT OUTER for these joins where rows may lack a match, and for joins hanging off those. */
  private promote(aliases: string[]) {
    const queue = [...aliases];
    while (queue.length) {
      const join = this.joins.find((j) => j.alias === queue.shift());
      if (!join || join.type === 'LEFT OUTER JOIN') continue;
      const parentOuter = this.joins.find((j) => j.alias === join.parentAlias)?.type === 'LEFT OUTER JOIN';
      if (!join.nullable && !parentOuter) continue;
      join.type = 'LEFT OUTER JOIN';
      for (const child of this.joins) if (child.parentAlias === join.alias && !queue.includes(child.alias)) queue.push(child.alias);
    }
  }

  /** INNER for these joins (a filter needs the related row to exist), and their parents. */
  private demote(aliases: string[]) {
    for (const alias of aliases) {
      let join = this.joins.find((j) => j.alias === alias);
      while (join && join.type === 'LEFT OUTER JOIN') {
        join.type = 'INNER JOIN';
        const parentAlias = join.parentAlias;
        join = this.joins.find((j) => j.alias === parentAlias);
      }
    }
  }

  /** A name values() or order_by() refers to, as a column (joins added as needed). */
  resolveColumn(name: string): Col {
    const end = this.setupJoins(name.split('__'), false);
    if (end.rest.length) {
      if (end.field.relation || end.reverse) throw cannotResolve(end.rest[0]!, end.reverse ? end.reverse.model : relatedOpts(end.field));
      throw cannotResolve(end.rest[0]!, end.opts);
    }
    if (end.reverse) return { alias: end.alias, column: end.reverse.model.pk.column, field: end.reverse.model.pk };
    return { alias: end.alias, column: end.field.column, field: end.field };
  }

  // ---- Ordering ----------------------------------------------------------------------

  /** order_by(): checks every name now, as Django 3.2 does, so a typo fails at once. */
  addOrdering(names: string[]) {
    for (const name of names) {
      if (name === '?') continue;
      const bare = name.replace(/^-/, '');
      if (this.annotations.has(bare)) continue;
      this.clone().resolveColumn(bare);
    }
    if (names.length) this.orderBy.push(...names);
    else this.defaultOrdering = false;
  }

  clearOrdering(forceEmpty: boolean) {
    this.orderBy = [];
    if (forceEmpty) this.defaultOrdering = false;
  }

  /** The ORDER BY items: order_by()'s, else Meta.ordering's; reverse() flips them. */
  orderItems(): OrderItem[] {
    const names = this.orderBy.length ? this.orderBy : this.defaultOrdering ? this.model.ordering : [];
    const out: OrderItem[] = [];
    for (const name of names) {
      if (name === '?') {
        out.push({ col: null, descending: false });
        continue;
      }
      const descending = name.startsWith('-') !== !this.standardOrdering;
      const bare = name.replace(/^-/, '');
      if (this.annotations.has(bare)) {
        out.push({ col: null, descending, annotation: bare });
        continue;
      }
      out.push(...this.orderColumns(name.replace(/^-/, ''), descending, new Set()));
    }
    return out;
  }

  /** A ForeignKey orders by the related model's Meta.ordering (joined), else by its own column. */
  private orderColumns(name: string, descending: boolean, seen: Set<string>): OrderItem[] {
    const col = this.resolveColumn(name);
    const last = name.split('__').pop();
    const related = col.field.relation && last === col.field.name ? relatedOpts(col.field) : null;
    if (related && related.ordering.length && !seen.has(related.label)) {
      seen.add(related.label);
      return related.ordering.flatMap((o) => this.orderColumns(`${name}__${o.replace(/^-/, '')}`, o.startsWith('-') !== descending, seen));
    }
    return [{ col, descending }];
  }
}

/** A value a relation lookup compares with: a model instance gives its key, checked to be of the right model. */
function relatedValue(value: PyValue, related: Options, field: OrmField): PyValue {
  if (!(value instanceof PyInstance) || !metaOf(value.cls)) return value;
  if (metaOf(value.cls) !== related && !value.cls.isSubclassOf(related.cls)) {
    const interp = related.orm.interp;
    throw pyError('ValueError', `Cannot query "${interp.str(value)}": Must be "${related.objectName}" instance.`);
  }
  const target = field.relation ? targetField(field) : related.pk;
  return value.dict.get(target.attname) ?? null;
}

export type { Connector };
