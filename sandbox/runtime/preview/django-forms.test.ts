import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { dispatchTo, flowProject, normalized, step } from '../../framework/core/handlers/requests.testkit';
import { loadSqlite, loadStandardLibrary } from '../../framework';
import { CookieJar } from './cookie-jar';
import { navigate, type PreviewOutcome } from './navigate';

/** The page's text without the preview's bridge script. */
const pageOf = (outcome: PreviewOutcome) => (outcome.kind === 'document' ? outcome.document.replace(/<script[\s\S]*?<\/script>/g, '') : `(${outcome.kind})`);
const tokenIn = (outcome: PreviewOutcome) => /name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"/.exec(pageOf(outcome))?.[1] ?? '';

describe('forms in the preview reach the project as a browser sends them', () => {
  let dir = '';
  let source: ReturnType<typeof dispatchTo>;
  const jar = new CookieJar();
  const post = (p: string, body: string) => navigate(source, { method: 'POST', path: p, body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, { jar });
  beforeAll(async () => {
    await loadSqlite();
    await loadStandardLibrary();
    dir = flowProject();
    source = dispatchTo(dir);
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('posts a form with its token and the csrftoken cookie, Origin and Host agreeing', async () => {
    const form = await navigate(source, { method: 'GET', path: '/form/' }, { jar });
    const token = tokenIn(form);
    expect(token).toHaveLength(64);
    expect(jar.header('/form/')).toMatch(/^csrftoken=[A-Za-z0-9]{32}$/);
    const answer = await post('/form/', `name=Asha&tag=a&tag=b&csrfmiddlewaretoken=${token}`);
    expect(answer).toMatchObject({ kind: 'document', path: '/form/', status: 200 });
    expect(pageOf(answer)).toContain('Got: Asha a,b');
  });

  it("shows Django's 403 page for a form without its token", async () => {
    const answer = await post('/form/', 'name=Asha');
    expect(answer).toMatchObject({ status: 403 });
    expect(normalized(pageOf(answer)).trim()).toBe(normalized(step('post-no-token').body).trim());
  });

  it('logs in, follows the redirect after the POST as a GET, and is that user on the next page', async () => {
    const login = await navigate(source, { method: 'GET', path: '/accounts/login/?next=/secret/' }, { jar });
    const answer = await post('/accounts/login/', `username=alice&password=Ghar-ka-kaam-2026&next=/secret/&csrfmiddlewaretoken=${tokenIn(login)}`);
    expect(answer).toMatchObject({ kind: 'document', path: '/secret/', status: 200 });
    expect(pageOf(answer)).toContain('Hello alice');
    expect(jar.header('/')).toMatch(/sessionid=[a-z0-9]{32}/);
    const form = await navigate(source, { method: 'GET', path: '/form/' }, { jar });
    const out = await post('/accounts/logout/', `csrfmiddlewaretoken=${tokenIn(form)}`);
    expect(out).toMatchObject({ path: '/whoami/', status: 200 });
    expect(pageOf(out)).toContain('anonymous');
    expect(jar.header('/')).not.toMatch(/sessionid/);
  });

  it('shows a message set before a redirect once', async () => {
    const first = await navigate(source, { method: 'GET', path: '/add-message/' }, { jar });
    expect(first).toMatchObject({ path: '/show/', status: 200 });
    expect(pageOf(first)).toContain('<p class="success">Saved!</p><p class="warning">Careful</p>');
    const again = await navigate(source, { method: 'GET', path: '/show/' }, { jar });
    expect(pageOf(again)).not.toContain('Saved!');
  });
});
