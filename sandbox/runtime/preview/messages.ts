import type { NavigateRequest } from './exchange';

/** What the preview's iframe posts to the pane (see bridge-script.ts). */
export const NAVIGATE_MESSAGE = 'sandbox-preview-navigate';
export const BLOCKED_MESSAGE = 'sandbox-preview-blocked';

export type PreviewMessage =
  /** A link followed or a form sent: the pane makes the request. */
  | { type: typeof NAVIGATE_MESSAGE; method: 'GET' | 'POST'; path: string; body?: string }
  /** A link to another site or to a new tab, which the preview does not open. */
  | { type: typeof BLOCKED_MESSAGE; url: string };

/** Generous for a form, small enough that a runaway page cannot flood the worker. */
const MAX_BODY = 1_000_000;
const MAX_URL = 8_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A path on the server: starts with one '/', no spaces or control characters (a URL object encodes those). */
export function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL && /^\/(?!\/)[^\s\u0000-\u001f\u007f\\]*$/.test(value);
}

/**
 * The iframe runs the learner's scripts, so its messages are checked like any input:
 * anything not exactly in shape is ignored (null).
 */
export function parsePreviewMessage(data: unknown): PreviewMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === NAVIGATE_MESSAGE) {
    const { method, path, body } = data;
    if (method !== 'GET' && method !== 'POST') return null;
    if (!isSitePath(path)) return null;
    if (body === undefined) return { type: NAVIGATE_MESSAGE, method, path };
    if (typeof body !== 'string' || body.length > MAX_BODY || method !== 'POST') return null;
    return { type: NAVIGATE_MESSAGE, method, path, body };
  }
  if (data.type === BLOCKED_MESSAGE) {
    const { url } = data;
    if (typeof url !== 'string' || url.length > MAX_URL) return null;
    return { type: BLOCKED_MESSAGE, url };
  }
  return null;
}

/** The request a form or link message stands for: a POST carries its fields form-encoded. */
export function requestFor(message: Extract<PreviewMessage, { type: typeof NAVIGATE_MESSAGE }>): NavigateRequest {
  if (message.method === 'GET') return { method: 'GET', path: message.path };
  return {
    method: 'POST',
    path: message.path,
    body: message.body ?? '',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
}
