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
