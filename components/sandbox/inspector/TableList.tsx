'use client';

import { useCallback, useState } from 'react';
import type { InspectorStrings } from '@/lib/inspector-strings';
import type { InspectorRows, InspectorTable } from '@/sandbox/protocol/inspector-report';
import { TableRows } from './TableRows';

const button =
  'rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Django's own bookkeeping tables go after the learner's. */
const ownFirst = (tables: InspectorTable[]) => {
  const django = (t: InspectorTable) => /^(django_|auth_|sqlite_)/.test(t.name);
  return [...tables.filter((t) => !django(t)), ...tables.filter(django)];
};

/** Every table of db.sqlite3: its columns, rows, owning model, and the columns it and its model disagree on. */
export function TableList({ t, tables, version, readRows }: { t: InspectorStrings; tables: InspectorTable[]; version: unknown; readRows(table: string, offset: number): Promise<InspectorRows> }) {
  const [shown, setShown] = useState<string | null>(null);
  if (tables.length === 0) return <p className="text-sm">{t.noTables}</p>;
  return (
    <ul className="space-y-1" data-testid="inspector-tables">
      {ownFirst(tables).map((table) => {
        const disagrees = table.missingColumns.length > 0 || table.extraColumns.length > 0;
        return (
          <li key={table.name} data-table={table.name}>
            <details open={disagrees || undefined} className={`rounded-md border px-2 py-1 ${disagrees ? 'border-amber-600 dark:border-amber-400' : 'border-zinc-200 dark:border-zinc-800'}`}>
              <summary className="cursor-pointer text-sm">
                <span className="font-mono font-medium">{table.name}</span>
                <span className="text-zinc-700 dark:text-zinc-300">
                  {' '}
                  · {t.rowCount(table.rowCount)} · {table.model ? t.ownedBy(table.model) : t.noModel}
                </span>
              </summary>
              <Columns t={t} table={table} />
              {table.missingColumns.length > 0 && (
                <p data-testid="missing-columns" className="mt-1 text-xs font-medium text-amber-900 dark:text-amber-300">
                  {t.missingColumns} <span className="font-mono">{table.missingColumns.join(', ')}</span>
                </p>
              )}
              {table.extraColumns.length > 0 && (
                <p data-testid="extra-columns" className="mt-1 text-xs font-medium text-amber-900 dark:text-amber-300">
                  {t.extraColumns} <span className="font-mono">{table.extraColumns.join(', ')}</span>
                </p>
              )}
              <div className="my-1">
                <button type="button" className={button} aria-expanded={shown === table.name} onClick={() => setShown(shown === table.name ? null : table.name)}>
                  {shown === table.name ? t.hideRows : t.showRows(table.name)}
                </button>
              </div>
              {shown === table.name && <RowsOf t={t} table={table.name} version={version} readRows={readRows} />}
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function RowsOf({ t, table, version, readRows }: { t: InspectorStrings; table: string; version: unknown; readRows(table: string, offset: number): Promise<InspectorRows> }) {
  const read = useCallback((offset: number) => readRows(table, offset), [readRows, table]);
  return <TableRows t={t} table={table} version={version} read={read} />;
}

function Columns({ t, table }: { t: InspectorStrings; table: InspectorTable }) {
  const th = 'px-2 py-0.5 text-left font-medium';
  return (
    <table className="mt-1 text-xs">
      <caption className="sr-only">{t.columns.caption(table.name)}</caption>
      <thead>
        <tr className="text-zinc-700 dark:text-zinc-300">
          <th scope="col" className={th}>{t.columns.name}</th>
          <th scope="col" className={th}>{t.columns.type}</th>
          <th scope="col" className={th}>{t.columns.nullable}</th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {table.columns.map((c) => (
          <tr key={c.name}>
            <td className="px-2 py-0.5">{c.name}</td>
            <td className="px-2 py-0.5">{c.type}</td>
            <td className="px-2 py-0.5 font-sans">{c.nullable ? t.columns.yes : t.columns.no}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
