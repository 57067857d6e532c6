import { describe, expect, it } from 'vitest';
import { resolveSitePath, serverUrl, typedPath } from './site-url';

describe('resolveSitePath', () => {
  it('reads links as a browser on the page would', () => {
    expect(resolveSitePath('2/', '/polls/', 8000)).toBe('/polls/2/');
    expect(resolveSitePath('../', '/polls/2/', 8000)).toBe('/polls/');
    expect(resolveSitePath('?page=2', '/polls/', 8000)).toBe('/polls/?page=2');
    expect(resolveSitePath('http://localhost:8000/admin/', '/', 8000)).toBe('/admin/');
  });

  it('refuses other sites, other ports and other schemes', () => {
    expect(resolveSitePath('https://example.com/', '/', 8000)).toBeNull();
    expect(resolveSitePath('//example.com/x', '/', 8000)).toBeNull();
    expect(resolveSitePath('http://127.0.0.1:8001/', '/', 8000)).toBeNull();
    expect(resolveSitePath('mailto:a@example.com', '/', 8000)).toBeNull();
  });
});

describe('typedPath', () => {
  it.each([
    ['', '/'],
    ['polls/', '/polls/'],
    ['/polls/?q=a b', '/polls/?q=a%20b'],
    ['http://127.0.0.1:8000/admin/', '/admin/'],
    ['localhost:8000/polls', '/polls'],
    ['127.0.0.1', '/'],
  ])('reads %j as %j', (typed, path) => {
    expect(typedPath(typed)).toBe(path);
  });

  it('refuses other sites', () => {
    expect(typedPath('https://www.djangoproject.com/')).toBeNull();
    expect(typedPath('javascript:alert(1)')).toBeNull();
  });
});

describe('serverUrl', () => {
  it('joins a server address and a path with one slash', () => {
    expect(serverUrl('https://abc.webcontainer-api.io/', '/polls/')).toBe('https://abc.webcontainer-api.io/polls/');
  });
});
