'use client';

import { useState } from 'react';
import type { InspectorApp } from '@/sandbox/protocol/inspector-report';
import type { InspectorStrings } from '@/lib/inspector-strings';
import { hasOwnMigrations, layoutGraph, NODE, type GraphNode } from './graph-layout';

const BOX: Record<GraphNode['state'], string> = {
  applied: 'fill-brand-50 stroke-brand-600 dark:fill-zinc-900 dark:stroke-brand-300',
  pending: 'fill-white stroke-zinc-500 dark:fill-zinc-950 dark:stroke-zinc-400',
  gone: 'fill-red-50 stroke-red-700 dark:fill-zinc-950 dark:stroke-red-400',
};
const MARK: Record<GraphNode['state'], string> = { applied: '✓', pending: '○', gone: '✗' };
const MAX_CHARS = 22;

const short = (name: string) => (name.length > MAX_CHARS ? `${name.slice(0, MAX_CHARS - 1)}…` : name);

/** A node's words: the list says them, and the box's tooltip too. */
function describe(t: InspectorStrings, node: GraphNode, dependsOn: string[]): string {
  if (node.state === 'gone') return `${node.name}, ${t.gone}${node.inHistory ? `, ${t.stillInHistory}` : ''}`;
  return t.migrationItem(node.name, node.state === 'applied', dependsOn);
}

/**
 * The migration files as a graph (apps as columns, dependencies as lines), drawn for the
 * eye, and the same as nested lists for screen readers: the picture is hidden from them.
 */
export function MigrationGraph({ t, apps }: { t: InspectorStrings; apps: InspectorApp[] }) {
  const [djangoApps, setDjangoApps] = useState(false);
  const graph = layoutGraph(apps, { djangoApps });
  const deps = (node: GraphNode) => graph.edges.filter((e) => e.to === node).map((e) => `${e.from.app}.${e.from.name}`);
  return (
    <>
      {/* A keyboard stop, so a wide graph scrolls without a mouse; screen readers get the list below instead. */}
      <div className="overflow-x-auto" role="region" aria-label={t.graph} tabIndex={0}>
        <svg aria-hidden="true" width={graph.width} height={graph.height} viewBox={`0 0 ${graph.width} ${graph.height}`} className="font-mono text-[11px]" data-testid="migration-graph">
          <defs>
            <marker id="inspector-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L8,4 L0,8 z" className="fill-zinc-500 dark:fill-zinc-400" />
            </marker>
          </defs>
          {graph.columns.map(({ app, x }) => (
            <text key={app} x={x} y={16} className="fill-zinc-900 font-sans text-xs font-semibold dark:fill-zinc-100">
              {app}
            </text>
          ))}
          {graph.edges.map(({ from, to }, i) => {
            const same = from.x === to.x;
            // Down a column: bottom to top, on the left of the boxes' text. Across columns: side to side.
            const [x1, y1, x2, y2] = same
              ? [from.x + 10, from.y + NODE.height, to.x + 10, to.y]
              : from.x < to.x
                ? [from.x + NODE.width, from.y + NODE.height / 2, to.x, to.y + NODE.height / 2]
                : [from.x, from.y + NODE.height / 2, to.x + NODE.width, to.y + NODE.height / 2];
            const broken = from.state === 'gone';
            return (
              <line
                key={i}
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                markerEnd="url(#inspector-arrow)"
                strokeDasharray={broken ? '4 3' : undefined}
                className={broken ? 'stroke-red-700 dark:stroke-red-400' : 'stroke-zinc-500 dark:stroke-zinc-400'}
              />
            );
          })}
          {graph.nodes.map((node) => (
            <g key={`${node.app}.${node.name}`} data-node={`${node.app}.${node.name}`} data-state={node.state}>
              <title>{describe(t, node, deps(node))}</title>
              <rect
                x={node.x}
                y={node.y}
                width={NODE.width}
                height={NODE.height}
                rx={4}
                strokeDasharray={node.state === 'applied' ? undefined : '4 3'}
                className={BOX[node.state]}
              />
              <text x={node.x + 18} y={node.y + 16} className="fill-zinc-900 dark:fill-zinc-100">
                {short(node.name)}
              </text>
              <text x={node.x + NODE.width - 8} y={node.y + 16} textAnchor="end" className="fill-zinc-700 dark:fill-zinc-300">
                {MARK[node.state]}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
        <span aria-hidden="true">✓ {t.applied}</span>
        <span aria-hidden="true">○ {t.notApplied}</span>
        <span aria-hidden="true" className="text-red-800 dark:text-red-300">✗ {t.gone}</span>
        {hasOwnMigrations(apps) && (
          <button
            type="button"
            aria-pressed={djangoApps}
            onClick={() => setDjangoApps(!djangoApps)}
            className="rounded-md border border-zinc-300 px-2 py-0.5 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {t.djangoApps}
          </button>
        )}
      </div>
      <ul className="sr-only" data-testid="migration-list">
        {graph.columns.map(({ app }) => (
          <li key={app}>
            {app}
            <ul>
              {graph.nodes.some((n) => n.app === app) ? (
                graph.nodes.filter((n) => n.app === app).map((node) => <li key={node.name}>{describe(t, node, deps(node))}</li>)
              ) : (
                <li>{t.noMigrations}</li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
