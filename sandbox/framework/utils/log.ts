import type { PyInstance } from '../python';

/**
 * Where django.request and django.security write while a request is answered: runserver's
 * stderr. Django's default LOGGING sends them to the console only with DEBUG = True.
 */
let current: { log: (text: string) => void; debug: boolean } = { log: () => undefined, debug: false };

export function setRequestLog(log: (text: string) => void, debug: boolean): void {
  current = { log, debug };
}

/** django.utils.log.log_response: one line, once per response (the handler then does not log it again). */
export function logResponse(response: PyInstance, message: string): void {
  if (response.dict.has('_has_been_logged')) return;
  response.dict.set('_has_been_logged', true);
  if (current.debug) current.log(message + '\n');
}

/** A warning of django.security.* (a corrupted session, a bad signature). */
export function logSecurity(message: string): void {
  if (current.debug) current.log(message + '\n');
}

/**
 * A str argument of a log_response line, as Django 5.2 escapes it (str.encode('unicode_escape')):
 * a request path cannot forge log lines, and non-ASCII shows as \xe9.
 */
export function logArg(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out;
}
