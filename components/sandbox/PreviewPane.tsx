'use client';

import type { Lang } from '@/lib/languages';
import { SANDBOX_STRINGS, type SandboxStrings } from '@/lib/sandbox-strings';
import type { PreviewSource } from '@/sandbox/runtime/runtime';
import { serverUrl, type PreviewOutcome } from '@/sandbox/runtime/preview';
import { AddressBar } from './preview/AddressBar';
import { PreviewFrame } from './preview/PreviewFrame';
import { NoticeBar, PreviewNote, StartServerHint } from './preview/PreviewNote';
import { usePreviewNavigation, type PreviewNavigation } from './preview/use-preview-navigation';

interface Props {
  lang: Lang;
  /** The running development server, from the runtime's `server` event; null while none runs. */
  source: PreviewSource | null;
}

/** What fills the pane below the address bar. */
function Body({ t, source, nav }: { t: SandboxStrings['preview']; source: PreviewSource | null; nav: PreviewNavigation }) {
  const noServer = (
    <PreviewNote title={t.noServer}>
      <StartServerHint hint={t.startHint} />
    </PreviewNote>
  );
  if (source === null) return noServer;
  if (source.kind === 'url') {
    return <PreviewFrame key={nav.generation} title={t.frameTitle} page={{ kind: 'url', url: serverUrl(source.url, nav.path) }} onMessage={nav.receive} />;
  }
  const outcome: PreviewOutcome | null = nav.outcome;
  if (outcome === null) return <PreviewNote>{t.loading}</PreviewNote>;
  switch (outcome.kind) {
    case 'document':
      return <PreviewFrame key={nav.generation} title={t.frameTitle} page={{ kind: 'document', html: outcome.document }} onMessage={nav.receive} />;
    case 'offline':
      return noServer;
    case 'download':
      return <PreviewNote>{t.download(outcome.contentType, outcome.size)}</PreviewNote>;
    case 'error': {
      const message =
        outcome.error === 'too-many-redirects'
          ? t.tooManyRedirects(outcome.path)
          : outcome.error === 'off-site-redirect'
            ? t.offSiteRedirect(outcome.detail)
            : t.failed(outcome.detail);
      return <PreviewNote>{message}</PreviewNote>;
    }
  }
}

/**
 * What `python manage.py runserver` serves, in a small browser: address bar, Back, Reload
 * and the page. Works with either runtime: the Worker's server answers through the
 * preview's own requests, a WebContainer server has a real address.
 */
export function PreviewPane({ lang, source }: Props) {
  const t = SANDBOX_STRINGS[lang].preview;
  const nav = usePreviewNavigation(source);
  const status = nav.outcome?.kind === 'document' || nav.outcome?.kind === 'download' ? nav.outcome.status : null;

  return (
    <section
      data-testid="preview"
      aria-label={t.label}
      aria-busy={nav.loading}
      className="flex h-full min-h-48 flex-col overflow-hidden bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <AddressBar
        t={t}
        host={source ? `127.0.0.1:${source.port}` : null}
        path={nav.path}
        status={status}
        canGoBack={nav.canGoBack}
        disabled={source === null}
        onBack={nav.back}
        onReload={nav.reload}
        onGo={nav.openTyped}
      />
      <div aria-hidden="true" className={`h-0.5 ${nav.loading ? 'animate-pulse bg-brand-600 dark:bg-brand-300' : 'bg-transparent'}`} />
      {nav.refused !== null && (
        <NoticeBar dismiss={t.dismiss} onDismiss={nav.dismissRefused}>
          {t.blockedLink(nav.refused)}
        </NoticeBar>
      )}
      <div className="relative min-h-0 flex-1">
        <Body t={t} source={source} nav={nav} />
      </div>
    </section>
  );
}
