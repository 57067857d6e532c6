'use client';

import type { Lang } from '@/lib/languages';
import { INSPECTOR_STRINGS, type InspectorStrings } from '@/lib/inspector-strings';
import type { InspectorApp, InspectorReport, InspectorRows } from '@/sandbox/protocol/inspector-report';
import { MigrationGraph } from './MigrationGraph';
import { orderApps } from './graph-layout';
import { ProblemList } from './ProblemList';
import { TableList } from './TableList';
import type { InspectorState } from './use-inspector';

interface Props {
  lang: Lang;
  state: InspectorState;
  readRows(table: string, offset: number): Promise<InspectorRows>;
}

const heading = 'mt-4 mb-2 text-sm font-semibold first:mt-0';

/**
 * The inspector: the project's three records (migration files, the django_migrations
 * history, the tables) side by side, and where they disagree, each disagreement with the
 * lesson section that explains it.
 */
export function InspectorPanel({ lang, state, readRows }: Props) {
  const t = INSPECTOR_STRINGS[lang];
  const { report, updating, failed } = state;
  return (
    <section
      data-testid="inspector"
      data-updating={updating}
      aria-label={t.label}
      aria-busy={updating}
      className="h-full min-h-48 overflow-auto bg-white p-3 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <p className="text-xs text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <p role="status" className="mt-1 min-h-4 text-xs text-zinc-700 dark:text-zinc-300">
        {failed ? t.failed(failed) : !report ? t.loading : updating ? t.updating : ''}
      </p>
      {report && <Report lang={lang} t={t} report={report} readRows={readRows} />}
    </section>
  );
}

function Report({ lang, t, report, readRows }: { lang: Lang; t: InspectorStrings; report: InspectorReport; readRows: Props['readRows'] }) {
  if (report.project === null) return <p data-testid="inspector-no-project" className="text-sm">{t.noProject}</p>;
  return (
    <>
      <p data-testid="inspector-project" className="font-mono text-xs">
        {t.project(report.project)}
      </p>
      {report.error && (
        <p data-testid="inspector-error" className="mt-2 rounded-md bg-red-50 px-3 py-2 font-mono text-xs text-red-900 dark:bg-zinc-900 dark:text-red-300">
          {t.error(report.error)}
        </p>
      )}
      <h3 className={heading}>{t.problemsTitle}</h3>
      <ProblemList lang={lang} t={t} problems={report.problems} />
      {report.apps.length > 0 && (
        <>
          <h3 className={heading}>{t.migrationsTitle}</h3>
          <div data-testid="inspector-migrations">
            <MigrationGraph t={t} apps={report.apps} />
            <AppNotes t={t} apps={report.apps} />
          </div>
        </>
      )}
      <h3 className={heading}>{t.databaseTitle}</h3>
      <TableList t={t} tables={report.tables} version={report} readRows={readRows} />
    </>
  );
}

/** Per app, what the graph cannot say: what makemigrations would write, and history rows without files. */
function AppNotes({ t, apps }: { t: InspectorStrings; apps: InspectorApp[] }) {
  const noted = orderApps(apps).filter((a) => a.pendingChanges.length > 0 || a.historyWithoutFile.length > 0);
  if (noted.length === 0) return <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t.noPendingChanges}</p>;
  return (
    <dl className="mt-2 space-y-2 text-xs">
      {noted.map((app) => (
        <div key={app.label} data-app={app.label}>
          <dt className="font-semibold">{app.label}</dt>
          {app.pendingChanges.length > 0 && (
            <dd data-testid="inspector-pending">
              {t.pendingChanges}
              <ul className="ml-2 font-mono">
                {app.pendingChanges.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          )}
          {app.historyWithoutFile.length > 0 && (
            <dd data-testid="inspector-history-without-file">
              {t.historyWithoutFile} <span className="font-mono">{app.historyWithoutFile.join(', ')}</span>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
