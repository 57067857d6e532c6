import type { PreviewRequest, PreviewResponse } from '../runtime';
import type { DispatchSource } from './exchange';

/** Test support: a dispatch source answering from a table of handlers, recording each request. */
export type Handler = (request: PreviewRequest) => Partial<PreviewResponse> & { text?: string };

export interface FakeServer extends DispatchSource {
  requests: PreviewRequest[];
}

export function fakeServer(routes: Record<string, Handler>, port = 8000): FakeServer {
  const requests: PreviewRequest[] = [];
  return {
    kind: 'dispatch',
    port,
    requests,
    async fetch(request) {
      requests.push(request);
      const handler = routes[request.path.split('?')[0] ?? ''] ?? routes['*'];
      if (!handler) return { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: new TextEncoder().encode('<h1>Not Found</h1>') };
      const { text, ...answer } = handler(request);
      return {
        status: answer.status ?? 200,
        headers: answer.headers ?? { 'Content-Type': 'text/html; charset=utf-8' },
        body: answer.body ?? new TextEncoder().encode(text ?? ''),
      };
    },
  };
}

/** A Django-style redirect. */
export const redirect = (location: string, status = 302, headers: Record<string, string> = {}) => () => ({
  status,
  headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8', ...headers },
});
