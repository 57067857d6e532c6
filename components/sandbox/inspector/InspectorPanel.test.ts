import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { InspectorReport } from '@/sandbox/protocol/inspector-report';
import { InspectorPanel } from './InspectorPanel';

// Lesson 8's first break, as the analysis reports it.
const broken: InspectorReport = {
  project: 'learn-django/myproject',
  apps: [
    {
      label: 'home',
      migrations: [{ name: '0002_student_address', applied: true, dependencies: [['home', '0001_initial']] }],
      historyWithoutFile: ['0001_initial'],
      pendingChanges: [],
    },
  ],
  tables: [
    {
      name: 'home_student',
      model: 'home.Student',
      rowCount: 1,
      columns: [{ name: 'id', type: 'integer', nullable: false }],
      missingColumns: [],
      extraColumns: [],
    },
  ],
  problems: [
    { kind: 'missing-dependency', app: 'home', migration: '0001_initial' },
    { kind: 'history-without-file', app: 'home', migration: '0001_initial' },
  ],
};

const render = (lang: 'en' | 'hinglish', report: InspectorReport | null) =>
  renderToStaticMarkup(createElement(InspectorPanel, { lang, state: { report, updating: false, failed: null }, readRows: () => Promise.reject(new Error('unused')) }));

describe('InspectorPanel', () => {
  it('says each disagreement in the page language, with its lesson section', () => {
    const en = render('en', broken);
    expect(en).toContain('data-testid="inspector"');
    expect(en).toContain('The file of home.0001_initial is gone and a later migration depends on it');
    expect(en).toContain('href="/en/lessons/migrations-gone-wrong#break-1-delete-only-0001_initialpy"');
    expect(en).toContain('href="/en/lessons/migrations-gone-wrong#break-2-delete-every-migration-file"');
    const hinglish = render('hinglish', broken);
    expect(hinglish).toContain('home.0001_initial ki file gayab hai');
    expect(hinglish).toContain('href="/hinglish/lessons/migrations-gone-wrong#break-1-delete-only-0001_initialpy"');
  });

  it('draws the graph for the eye and lists it for screen readers', () => {
    const html = render('en', broken);
    expect(html).toMatch(/<svg aria-hidden="true"/);
    expect(html).toContain('data-node="home.0001_initial" data-state="gone"');
    expect(html).toContain('<li>0002_student_address, applied, depends on home.0001_initial</li>');
    expect(html).toContain('<li>0001_initial, file gone, still in the history</li>');
  });

  it('says when there is no project, and while the first reading is under way', () => {
    expect(render('en', { project: null, apps: [], tables: [], problems: [] })).toContain('data-testid="inspector-no-project"');
    expect(render('en', null)).toContain('Reading the project…');
  });
});
