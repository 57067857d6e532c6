import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar';
import { parseSetCookie, splitSetCookie } from './set-cookie';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function jarAt(time: { now: number }) {
  return new CookieJar(() => time.now);
}

describe('Set-Cookie parsing', () => {
  it('splits joined headers at commas that start a new cookie, not inside Expires dates', () => {
    const joined =
      'csrftoken=abc; expires=Sat, 27 Feb 2027 12:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax, sessionid=xyz; HttpOnly; Path=/';
    expect(splitSetCookie(joined)).toEqual([
      'csrftoken=abc; expires=Sat, 27 Feb 2027 12:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax',
      'sessionid=xyz; HttpOnly; Path=/',
    ]);
    expect(splitSetCookie('a=1\nb=2')).toEqual(['a=1', 'b=2']);
  });

  it('reads Path, and Max-Age before Expires', () => {
    expect(parseSetCookie('a=1; Path=/polls; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT', NOW)).toEqual({
      name: 'a',
      value: '1',
      path: '/polls',
      expires: NOW + 60_000,
    });
    expect(parseSetCookie('no-equals-sign', NOW)).toBeNull();
    expect(parseSetCookie('=value', NOW)).toBeNull();
  });
});

describe('CookieJar', () => {
  it('sends back what the server set, longer paths first', () => {
    const jar = jarAt({ now: NOW });
    jar.store({ 'Set-Cookie': 'theme=dark; Path=/' }, '/');
    jar.store({ 'set-cookie': 'theme=light; Path=/polls' }, '/polls/');
    expect(jar.header('/polls/1/')).toBe('theme=light; theme=dark');
    expect(jar.header('/pollster/')).toBe('theme=dark');
    expect(jar.header('/polls')).toBe('theme=light; theme=dark');
  });

  it('gives a cookie without Path the request path up to its last slash', () => {
    const jar = jarAt({ now: NOW });
    jar.store({ 'Set-Cookie': 'step=2' }, '/wizard/step/?x=1');
    expect(jar.header('/wizard/step/next')).toBe('step=2');
    expect(jar.header('/wizard/')).toBe('');
  });

  it('replaces a cookie of the same name and path', () => {
    const jar = jarAt({ now: NOW });
    jar.store({ 'Set-Cookie': 'a=1; Path=/' }, '/');
    jar.store({ 'Set-Cookie': 'a=2; Path=/' }, '/');
    expect(jar.header('/')).toBe('a=2');
  });

  it('deletes on Max-Age=0 or an Expires in the past (Django logout)', () => {
    const jar = jarAt({ now: NOW });
    jar.store({ 'Set-Cookie': 'sessionid=abc; Path=/\ncsrftoken=t; Path=/' }, '/');
    jar.store({ 'Set-Cookie': 'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/' }, '/logout/');
    expect(jar.header('/')).toBe('csrftoken=t');
    jar.store({ 'Set-Cookie': 'csrftoken=t; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/' }, '/');
    expect(jar.header('/')).toBe('');
  });

  it('stops sending a cookie once it has expired', () => {
    const time = { now: NOW };
    const jar = jarAt(time);
    jar.store({ 'Set-Cookie': 'short=1; Max-Age=10; Path=/' }, '/');
    expect(jar.header('/')).toBe('short=1');
    time.now += 11_000;
    expect(jar.header('/')).toBe('');
  });
});
