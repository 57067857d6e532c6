'use client';

import { useEffect, useRef } from 'react';
import { parsePreviewMessage, type PreviewMessage } from '@/sandbox/runtime/preview';

interface Props {
  /** For screen readers: what the frame holds. */
  title: string;
  /** A page the preview wrote (the Worker's server), or a real server's address (WebContainer). */
  page: { kind: 'document'; html: string } | { kind: 'url'; url: string };
  onMessage(message: PreviewMessage): void;
}

/**
 * The learner's page, sandboxed. A srcdoc document would share this site's origin if
 * allowed one, and with it the site's storage, so it gets none (no allow-same-origin).
 * A WebContainer page already lives on its own origin (webcontainer-api.io), and its
 * service worker, which serves the page, needs that origin to run.
 */
export function PreviewFrame({ title, page, onMessage }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });

  useEffect(() => {
    if (page.kind !== 'document') return;
    // Only the frame's own window may steer the pane; every other sender is ignored.
    const listen = (event: MessageEvent<unknown>) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = parsePreviewMessage(event.data);
      if (message) handler.current(message);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [page.kind]);

  return (
    <iframe
      ref={frame}
      data-testid="preview-frame"
      title={title}
      sandbox={page.kind === 'document' ? 'allow-scripts allow-forms' : 'allow-scripts allow-forms allow-same-origin'}
      referrerPolicy="no-referrer"
      className="block h-full w-full border-0 bg-white"
      {...(page.kind === 'document' ? { srcDoc: page.html } : { src: page.url })}
    />
  );
}
