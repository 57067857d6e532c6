import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadStandardLibrary } from '../stdlib';
import { openProject } from '../program';
import { makeProject } from './handlers/project.testkit';
import { Signer, clock, dumps, loads } from './signing';
import { decodeSession, encodeSession, type SessionOptions } from '../contrib/sessions/backends/db';
import { maskSecret, unmaskToken } from '../middleware/csrf';
import { csrfFailurePage } from '../views/csrf';
import { flow } from './handlers/requests.testkit';
import type { Interpreter, PyDict } from '../python';

const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, '../__fixtures__/django52/requests/signing.json'), 'utf8')) as {
  time: number;
  dumps: Record<'plain' | 'salted' | 'compressed' | 'list', string>;
  session: Record<'small' | 'big', { data: Record<string, unknown>; encoded: string }>;
  messages_cookie: { messages: [string, string, string][]; encoded: string };
  csrf_masks: { secret: string; token: string }[];
  salted_hmac: string;
  plain_403: string;
  decoded_from_sandbox: Record<string, unknown>;
};
const KEY = flow.secret_key;

describe("signing as Django 5.2 signs, with the recorder's clock and SECRET_KEY", () => {
  let interp: Interpreter;
  let dir = '';
  const realNow = clock.now;
  const py = (source: string) => interp.evalExpression(source);
  const json = (value: unknown) => JSON.parse(interp.str(interp.call(interp.importModule('json').dict.get('dumps')!, [value as PyDict]))) as unknown;
  const options = (): SessionOptions => ({ interp, db: () => { throw new Error('no database here'); }, secretKey: KEY, cookieAge: 1209600, expireAtBrowserClose: false });
  beforeAll(async () => {
    await loadStandardLibrary();
    dir = makeProject({});
    interp = openProject(dir, 'myproject.settings').interp;
    clock.now = () => recorded.time;
  });
  afterAll(() => {
    clock.now = realNow;
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('signing.dumps gives the same text for uncompressed values', () => {
    expect(dumps(py("{'a': 1}"), interp, KEY)).toBe(recorded.dumps.plain);
    expect(dumps(py("{'count': 3}"), interp, KEY, 'django.contrib.sessions.SessionStore')).toBe(recorded.dumps.salted);
    expect(dumps(py("[1, 'two', None, True]"), interp, KEY)).toBe(recorded.dumps.list);
  });

  it("reads Django's values back, compressed ones included", () => {
    expect(json(loads(recorded.dumps.compressed, interp, KEY))).toEqual({ text: 'x'.repeat(200) });
    expect(json(loads(recorded.dumps.plain, interp, KEY))).toEqual({ a: 1 });
  });

  it('compresses what zlib makes shorter, and reads its own compressed values', () => {
    const signed = dumps(py("{'text': 'x' * 200}"), interp, KEY, 'django.core.signing', true);
    expect(signed.startsWith('.')).toBe(true);
    expect(json(loads(signed, interp, KEY))).toEqual({ text: 'x'.repeat(200) });
  });

  it("rejects a value signed with another key (BadSignature), and a session's data then reads as empty", () => {
    expect(() => loads(recorded.dumps.plain, interp, 'another key')).toThrow(/BadSignature|Signature/);
    expect(json(decodeSession(recorded.session.small.encoded, { ...options(), secretKey: 'another key' }))).toEqual({});
  });

  it("encodes a session's data as Django's SessionStore.encode does, and decodes Django's", () => {
    expect(encodeSession(py("{'count': 1}") as PyDict, options())).toBe(recorded.session.small.encoded);
    expect(json(decodeSession(recorded.session.big.encoded, options()))).toEqual(recorded.session.big.data);
  });

  it('signs the messages cookie with the cookie signer, as CookieStorage does', () => {
    const signer = new Signer({ key: 'django.http.cookies' + KEY, salt: 'django.contrib.messages', timestamp: true });
    const text = '[["__json_message",0,25,"Saved!"],["__json_message",0,30,"Careful","big"]]';
    expect(signer.unsignJsonText(recorded.messages_cookie.encoded)).toBe(text);
    expect(signer.signJsonText(text, true)).toBe(recorded.messages_cookie.encoded);
  });

  it("masks and unmasks CSRF tokens as Django's middleware", () => {
    for (const { secret, token } of recorded.csrf_masks) {
      expect(unmaskToken(token)).toBe(secret);
      expect(maskSecret(secret, token.slice(0, 32))).toBe(token);
    }
    expect(new Signer({ key: KEY, salt: 'demo' }).signature('value')).toBe(recorded.salted_hmac);
  });

  it('writes sessions and a messages cookie that real Django reads back', () => {
    const made = {
      big: encodeSession(py("{'note': 'hello ' * 40, '_auth_user_id': '1'}") as PyDict, options()),
      small: encodeSession(py("{'count': 1}") as PyDict, options()),
      messages: new Signer({ key: 'django.http.cookies' + KEY, salt: 'django.contrib.messages', timestamp: true }).signJsonText(
        '[["__json_message",0,25,"Saved!",""],["__json_message",0,40,"Broke","big"]]',
        true,
      ),
    };
    // The recorder gave exactly these to Django (SANDBOX_MADE in scripts/record-django/requests.py).
    expect(made.big).toMatch(/^\./);
    expect(recorded.decoded_from_sandbox).toEqual({
      big: { note: 'hello '.repeat(40), _auth_user_id: '1' },
      small: { count: 1 },
      messages: [[25, 'Saved!', ''], [40, 'Broke', 'big']],
    });
    const script = readFileSync(path.join(import.meta.dirname, '../../../scripts/record-django/requests.py'), 'utf8');
    for (const value of Object.values(made)) expect(script).toContain(value);
  });

  it("writes the CSRF failure page without DEBUG as Django's", () => {
    expect(csrfFailurePage('CSRF cookie not set.', false)).toBe(recorded.plain_403);
  });
});
