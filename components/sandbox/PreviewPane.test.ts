import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PreviewPane } from './PreviewPane';

/** The first render only (effects do not run here): what the pane shows before any request. */
describe('PreviewPane, first render', () => {
  it('says how to start a server while none runs', () => {
    const html = renderToStaticMarkup(createElement(PreviewPane, { lang: 'en', source: null }));
    expect(html).toContain('data-testid="preview"');
    expect(html).toContain('No server is running.');
    expect(html).toContain('python manage.py runserver');
    expect(html).toContain('aria-label="Address on your development server"');
    expect(html).not.toContain('preview-frame');
  });

  it('points the frame at a real server, sandboxed, without a referrer', () => {
    const source = { kind: 'url' as const, url: 'https://abc.webcontainer-api.io', port: 8000 };
    const html = renderToStaticMarkup(createElement(PreviewPane, { lang: 'hinglish', source }));
    expect(html).toContain('data-testid="preview-frame"');
    expect(html).toContain('src="https://abc.webcontainer-api.io/"');
    expect(html).toContain('referrerPolicy="no-referrer"');
    expect(html).toContain('title="Tumhari site, jaise development server dikhata hai"');
    expect(html).toContain('127.0.0.1:8000');
  });

  it('waits for the first answer from a Worker server', () => {
    const source = { kind: 'dispatch' as const, port: 8000, fetch: () => new Promise<never>(() => {}) };
    const html = renderToStaticMarkup(createElement(PreviewPane, { lang: 'en', source }));
    expect(html).toContain('Loading…');
  });
});
