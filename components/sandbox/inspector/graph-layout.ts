import type { InspectorApp } from '@/sandbox/protocol/inspector-report';

/** A migration as the graph draws it: a file applied or not, or a name whose file is gone (in the history, or depended on). */
export type NodeState = 'applied' | 'pending' | 'gone';

export interface GraphNode {
  app: string;
  name: string;
  state: NodeState;
  /** Its django_migrations row is there though the file is not. */
  inHistory: boolean;
  x: number;
  y: number;
}

export interface GraphEdge {
  /** From the dependency to the migration that depends on it. */
  from: GraphNode;
  to: GraphNode;
}

export interface GraphLayout {
  columns: { app: string; x: number }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const NODE = { width: 168, height: 24, gapX: 24, gapY: 12, top: 28, left: 4 } as const;

/** Django's own apps go after the learner's, whose migrations are the lessons' point. */
const DJANGO_APPS = new Set(['admin', 'auth', 'contenttypes', 'sessions', 'messages', 'staticfiles']);

export function orderApps(apps: InspectorApp[]): InspectorApp[] {
  const own = apps.filter((a) => !DJANGO_APPS.has(a.label));
  return [...own, ...apps.filter((a) => DJANGO_APPS.has(a.label))];
}

/** Whether the project has apps of its own with migrations to draw (else Django's are the graph). */
export function hasOwnMigrations(apps: InspectorApp[]): boolean {
  return apps.some((a) => !DJANGO_APPS.has(a.label) && (a.migrations.length > 0 || a.historyWithoutFile.length > 0));
}

/**
 * Apps as columns, each app's migrations in name order down its column (the numbers
 * Django gives them), dependencies as edges, across columns too. A dependency on a file
 * that is gone is drawn where the file would be, and so is a history row without a file.
 */
export function layoutGraph(all: InspectorApp[], { djangoApps = true } = {}): GraphLayout {
  // An app with nothing to draw gets no column; Django's own apps only when asked for (or
  // when there is nothing else), though a node one of the drawn apps depends on still shows.
  const drawn = all.filter((a) => a.migrations.length > 0 || a.historyWithoutFile.length > 0);
  const apps = djangoApps || !hasOwnMigrations(all) ? drawn : drawn.filter((a) => !DJANGO_APPS.has(a.label));
  const ordered = orderApps(apps);
  const names = new Map<string, Map<string, { state: NodeState; inHistory: boolean }>>();
  const column = (app: string) => {
    let found = names.get(app);
    if (!found) names.set(app, (found = new Map()));
    return found;
  };
  for (const app of ordered) {
    const own = column(app.label);
    for (const m of app.migrations) own.set(m.name, { state: m.applied ? 'applied' : 'pending', inHistory: m.applied });
    for (const name of app.historyWithoutFile) own.set(name, { state: 'gone', inHistory: true });
  }
  // `__first__` and `__latest__` name an app's first and last migration, as Django's loader reads them.
  const resolve = (app: string, name: string) => {
    if (name !== '__first__' && name !== '__latest__') return name;
    const files = all.find((a) => a.label === app)?.migrations.map((m) => m.name).sort() ?? [];
    return (name === '__first__' ? files[0] : files[files.length - 1]) ?? name;
  };
  for (const app of ordered) {
    for (const m of app.migrations) {
      for (const [depApp, depName] of m.dependencies) {
        const target = column(depApp);
        const name = resolve(depApp, depName);
        if (target.has(name)) continue;
        // A dependency in an app left out of the drawing: drawn as it is, not as gone.
        const file = all.find((a) => a.label === depApp)?.migrations.find((m) => m.name === name);
        target.set(name, file ? { state: file.applied ? 'applied' : 'pending', inHistory: file.applied } : { state: 'gone', inHistory: false });
      }
    }
  }
  // A dependency on an app the report does not list (not installed) still gets its column, last.
  const labels = [...ordered.map((a) => a.label), ...[...names.keys()].filter((l) => !ordered.some((a) => a.label === l))];
  const columns = labels.map((app, i) => ({ app, x: NODE.left + i * (NODE.width + NODE.gapX) }));
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, GraphNode>();
  let rows = 0;
  for (const { app, x } of columns) {
    const entries = [...column(app).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    entries.forEach(([name, info], i) => {
      const node = { app, name, ...info, x, y: NODE.top + i * (NODE.height + NODE.gapY) };
      nodes.push(node);
      byKey.set(`${app}.${name}`, node);
    });
    rows = Math.max(rows, entries.length);
  }
  const edges: GraphEdge[] = [];
  for (const app of ordered) {
    for (const m of app.migrations) {
      const to = byKey.get(`${app.label}.${m.name}`)!;
      for (const [depApp, depName] of m.dependencies) edges.push({ from: byKey.get(`${depApp}.${resolve(depApp, depName)}`)!, to });
    }
  }
  return {
    columns,
    nodes,
    edges,
    width: NODE.left * 2 + Math.max(1, columns.length) * (NODE.width + NODE.gapX) - NODE.gapX,
    height: NODE.top + Math.max(1, rows) * (NODE.height + NODE.gapY),
  };
}
