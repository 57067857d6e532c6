'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PreviewSource } from '@/sandbox/runtime/runtime';
import {
  BLOCKED_MESSAGE,
  CookieJar,
  navigate,
  requestFor,
  typedPath,
  type NavigateRequest,
  type PreviewMessage,
  type PreviewOutcome,
} from '@/sandbox/runtime/preview';

export interface PreviewNavigation {
  /** The address bar's path: where the last navigation ended, after redirects. */
  path: string;
  canGoBack: boolean;
  loading: boolean;
  /** What the Worker's server last answered; null before the first answer, and for a real server. */
  outcome: PreviewOutcome | null;
  /** Changes with every page load, so the iframe is made anew even for an identical page. */
  generation: number;
  /** An address the preview would not open (another site, a new tab), to tell the learner about. */
  refused: string | null;
  /** The address bar's text, Enter pressed. */
  openTyped(text: string): void;
  back(): void;
  reload(): void;
  receive(message: PreviewMessage): void;
  dismissRefused(): void;
}

const GET = (path: string): NavigateRequest => ({ method: 'GET', path });

/**
 * The pane's browser: current address, Back history and cookies. With the Worker's server
 * the pane makes each request itself; a real server's page (WebContainer) is given only
 * its address, and its own link clicks stay inside the iframe.
 */
export function usePreviewNavigation(source: PreviewSource | null): PreviewNavigation {
  const [jar] = useState(() => new CookieJar());
  const [path, setPath] = useState('/');
  const [history, setHistory] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<PreviewOutcome | null>(null);
  const [loading, setLoading] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [refused, setRefused] = useState<string | null>(null);
  const current = useRef({ source, path });
  // A later navigation (or a server stopping) makes an earlier answer stale.
  const ticket = useRef(0);

  const arrive = useCallback((to: string, push: boolean) => {
    const from = current.current.path;
    if (push && to !== from) setHistory((h) => [...h, from]);
    current.current.path = to;
    setPath(to);
    setGeneration((g) => g + 1);
  }, []);

  const load = useCallback(
    async (request: NavigateRequest, push: boolean) => {
      const server = current.current.source;
      if (!server) return;
      setRefused(null);
      const mine = ++ticket.current;
      if (server.kind === 'url') return arrive(request.path, push);
      setLoading(true);
      const result = await navigate(server, request, { jar });
      if (mine !== ticket.current) return;
      setLoading(false);
      setOutcome(result);
      if (result.kind === 'offline') setGeneration((g) => g + 1);
      else arrive(result.path, push);
    },
    [arrive, jar],
  );

  // A server starting opens its home page; another one replacing it (a restart) reloads
  // the page in view, as a browser left open on it would be.
  useEffect(() => {
    const previous = current.current.source;
    current.current.source = source;
    ticket.current++;
    if (source === null) return;
    if (previous === null) {
      // A fresh start: the last server's page and history mean nothing to this one.
      setHistory([]);
      setOutcome(null);
    }
    void load(GET(previous === null ? '/' : current.current.path), false);
  }, [source, load]);

  const back = useCallback(() => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory(history.slice(0, -1));
    void load(GET(previous), false);
  }, [history, load]);

  const openTyped = useCallback(
    (text: string) => {
      const typed = typedPath(text);
      if (typed === null) setRefused(text.trim());
      else void load(GET(typed), true);
    },
    [load],
  );

  const receive = useCallback(
    (message: PreviewMessage) => {
      if (message.type === BLOCKED_MESSAGE) setRefused(message.url);
      else void load(requestFor(message), true);
    },
    [load],
  );

  return {
    path,
    canGoBack: history.length > 0,
    loading: loading && source !== null,
    outcome: source?.kind === 'dispatch' ? outcome : null,
    generation,
    refused,
    openTyped,
    back,
    reload: () => void load(GET(current.current.path), false),
    receive,
    dismissRefused: () => setRefused(null),
  };
}
