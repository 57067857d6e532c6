import { describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, NAVIGATE_MESSAGE, parsePreviewMessage, requestFor } from './messages';

describe('parsePreviewMessage', () => {
  it('accepts links and forms in shape', () => {
    expect(parsePreviewMessage({ type: NAVIGATE_MESSAGE, method: 'GET', path: '/polls/?q=a%20b' })).toEqual({
      type: NAVIGATE_MESSAGE,
      method: 'GET',
      path: '/polls/?q=a%20b',
    });
    expect(parsePreviewMessage({ type: NAVIGATE_MESSAGE, method: 'POST', path: '/vote/', body: 'choice=1', extra: 1 })).toEqual({
      type: NAVIGATE_MESSAGE,
      method: 'POST',
      path: '/vote/',
      body: 'choice=1',
    });
    expect(parsePreviewMessage({ type: BLOCKED_MESSAGE, url: 'https://example.com/' })).toEqual({ type: BLOCKED_MESSAGE, url: 'https://example.com/' });
  });

  it.each([
    ['no object', 'sandbox-preview-navigate'],
    ['null', null],
    ['another type', { type: 'something-else', method: 'GET', path: '/' }],
    ['another method', { type: NAVIGATE_MESSAGE, method: 'DELETE', path: '/' }],
    ['a lower-case method', { type: NAVIGATE_MESSAGE, method: 'get', path: '/' }],
    ['a path that is not a string', { type: NAVIGATE_MESSAGE, method: 'GET', path: ['/'] }],
    ['a relative path', { type: NAVIGATE_MESSAGE, method: 'GET', path: 'polls/' }],
    ['a full URL', { type: NAVIGATE_MESSAGE, method: 'GET', path: 'https://example.com/' }],
    ['a protocol-relative path', { type: NAVIGATE_MESSAGE, method: 'GET', path: '//example.com/' }],
    ['a path with spaces', { type: NAVIGATE_MESSAGE, method: 'GET', path: '/a b' }],
    ['a path with a backslash', { type: NAVIGATE_MESSAGE, method: 'GET', path: '/\\example.com' }],
    ['a body that is not a string', { type: NAVIGATE_MESSAGE, method: 'POST', path: '/', body: { a: 1 } }],
    ['a body on a GET', { type: NAVIGATE_MESSAGE, method: 'GET', path: '/', body: 'a=1' }],
    ['a huge body', { type: NAVIGATE_MESSAGE, method: 'POST', path: '/', body: 'x'.repeat(1_000_001) }],
    ['a blocked note without a URL', { type: BLOCKED_MESSAGE }],
  ])('rejects %s', (_, data) => {
    expect(parsePreviewMessage(data)).toBeNull();
  });
});

describe('requestFor', () => {
  it('form-encodes a POST and sends a GET as it is', () => {
    expect(requestFor({ type: NAVIGATE_MESSAGE, method: 'POST', path: '/vote/', body: 'a=1' })).toEqual({
      method: 'POST',
      path: '/vote/',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(requestFor({ type: NAVIGATE_MESSAGE, method: 'GET', path: '/' })).toEqual({ method: 'GET', path: '/' });
  });
});
