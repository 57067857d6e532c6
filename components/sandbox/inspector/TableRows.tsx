'use client';

import { useEffect, useState } from 'react';
import type { InspectorStrings } from '@/lib/inspector-strings';
import type { InspectorRows } from '@/sandbox/protocol/inspector-report';

export const PAGE_SIZE = 100;

const button =
  'rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** One page of a table's rows (100 at a time), read when shown and again when the report changes. */
export function TableRows({ t, table, version, read }: { t: InspectorStrings; table: string; version: unknown; read(offset: number): Promise<InspectorRows> }) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<InspectorRows | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    read(offset).then(
      (rows) => {
        if (!live) return;
        setPage(rows);
        setFailed(null);
      },
      (err: unknown) => live && setFailed(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
    // `version` moves with each new report: the rows are read again after a command.
  }, [read, offset, version]);

  if (failed) return <p className="text-xs text-red-800 dark:text-red-300">{t.failed(failed)}</p>;
  if (!page) return <p className="text-xs">{t.loading}</p>;
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.rows.length;
  return (
    <div className="mt-2" data-testid="inspector-rows">
      {/* Wide rows scroll sideways; the region is a keyboard stop so they can be read without a mouse. */}
      <div className="max-h-72 overflow-auto" tabIndex={0} role="region" aria-label={t.rowsCaption(table, from, to, page.total)}>
        <table className="min-w-full border-collapse font-mono text-xs">
          <caption className="py-1 text-left font-sans font-medium">{t.rowsCaption(table, from, to, page.total)}</caption>
          <thead>
            <tr>
              {page.columns.map((c) => (
                <th key={c} scope="col" className="border border-zinc-300 bg-zinc-100 px-2 py-1 text-left dark:border-zinc-700 dark:bg-zinc-800">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row, i) => (
              <tr key={page.offset + i}>
                {row.map((cell, j) => (
                  <td key={j} className="max-w-64 truncate border border-zinc-300 px-2 py-1 dark:border-zinc-700">
                    {cell === null ? <span className="text-zinc-600 dark:text-zinc-400">NULL</span> : String(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.total > PAGE_SIZE && (
        <div className="mt-1 flex gap-2">
          <button type="button" className={button} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t.previous}
          </button>
          <button type="button" className={button} disabled={to >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t.next}
          </button>
        </div>
      )}
    </div>
  );
}
