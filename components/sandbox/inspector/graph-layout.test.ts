import { describe, expect, it } from 'vitest';
import type { InspectorApp } from '@/sandbox/protocol/inspector-report';
import { layoutGraph } from './graph-layout';

const app = (label: string, migrations: InspectorApp['migrations'], extra: Partial<InspectorApp> = {}): InspectorApp => ({
  label,
  migrations,
  historyWithoutFile: [],
  pendingChanges: [],
  ...extra,
});

describe('layoutGraph', () => {
  it("puts the learner's apps first, each app's migrations in name order down its column", () => {
    const graph = layoutGraph([
      app('auth', [{ name: '0001_initial', applied: true, dependencies: [] }]),
      app('home', [
        { name: '0002_student_address', applied: false, dependencies: [['home', '0001_initial']] },
        { name: '0001_initial', applied: true, dependencies: [] },
      ]),
    ]);
    expect(graph.columns.map((c) => c.app)).toEqual(['home', 'auth']);
    const home = graph.nodes.filter((n) => n.app === 'home');
    expect(home.map((n) => [n.name, n.state])).toEqual([
      ['0001_initial', 'applied'],
      ['0002_student_address', 'pending'],
    ]);
    expect(home[1]!.y).toBeGreaterThan(home[0]!.y);
    expect(graph.edges.map((e) => `${e.from.app}.${e.from.name} -> ${e.to.app}.${e.to.name}`)).toEqual(['home.0001_initial -> home.0002_student_address']);
  });

  it('draws a dependency whose file is gone where the file would be, and a history row without its file', () => {
    const graph = layoutGraph([
      app('home', [{ name: '0002_student_address', applied: true, dependencies: [['home', '0001_initial']] }], { historyWithoutFile: ['0001_initial', '0003_alter_student_address'] }),
    ]);
    expect(graph.nodes.map((n) => [n.name, n.state, n.inHistory])).toEqual([
      ['0001_initial', 'gone', true],
      ['0002_student_address', 'applied', true],
      ['0003_alter_student_address', 'gone', true],
    ]);
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0]!.from.state).toBe('gone');
  });

  it('draws edges across apps, and resolves __first__ and __latest__ as the loader does', () => {
    const graph = layoutGraph([
      app('store', [{ name: '0001_initial', applied: true, dependencies: [['auth', '__first__'], ['contenttypes', '__latest__']] }]),
      app('auth', [{ name: '0001_initial', applied: true, dependencies: [] }, { name: '0002_alter', applied: true, dependencies: [['auth', '0001_initial']] }]),
      app('contenttypes', [{ name: '0001_initial', applied: true, dependencies: [] }, { name: '0002_remove', applied: true, dependencies: [['contenttypes', '0001_initial']] }]),
    ]);
    const into = graph.edges.filter((e) => e.to.app === 'store').map((e) => `${e.from.app}.${e.from.name}`);
    expect(into).toEqual(['auth.0001_initial', 'contenttypes.0002_remove']);
    expect(graph.nodes.filter((n) => n.state === 'gone')).toEqual([]);
    expect(graph.width).toBeGreaterThan(2 * 180);
  });

  it("leaves out apps with nothing to draw, and Django's own apps unless asked, but keeps what the learner's apps depend on", () => {
    const apps = [
      app('accounts', []),
      app('store', [{ name: '0001_initial', applied: true, dependencies: [['auth', '0012_alter_user']] }]),
      app('auth', [{ name: '0001_initial', applied: true, dependencies: [] }, { name: '0012_alter_user', applied: true, dependencies: [['auth', '0001_initial']] }]),
      app('sessions', [{ name: '0001_initial', applied: true, dependencies: [] }]),
    ];
    const own = layoutGraph(apps, { djangoApps: false });
    expect(own.columns.map((c) => c.app)).toEqual(['store', 'auth']);
    expect(own.nodes.map((n) => `${n.app}.${n.name}:${n.state}`)).toEqual(['store.0001_initial:applied', 'auth.0012_alter_user:applied']);
    expect(layoutGraph(apps).columns.map((c) => c.app)).toEqual(['store', 'auth', 'sessions']);
    // A project of Django's apps only is drawn whole.
    expect(layoutGraph(apps.slice(2), { djangoApps: false }).columns.map((c) => c.app)).toEqual(['auth', 'sessions']);
  });
});
