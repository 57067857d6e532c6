'use client';

import { useEffect, useRef, useState } from 'react';
import type { InspectorReport, InspectorRows } from '@/sandbox/protocol/inspector-report';
import { RerunQueue } from '@/sandbox/runtime/rerun-queue';
import { onSandboxSettled } from '../sandbox-bridge';
import { RefreshSchedule } from './refresh-schedule';

/** What the inspector asks of the sandbox session (sandbox/runtime/sandbox-session.ts). */
export interface InspectorSource {
  inspect(): Promise<InspectorReport>;
  inspectRows(table: string, offset: number): Promise<InspectorRows>;
}

export interface InspectorState {
  report: InspectorReport | null;
  /** A reading is under way (the report shown, if any, is the one before). */
  updating: boolean;
  /** Why the last reading failed. */
  failed: string | null;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The inspector's report, read from the session when RefreshSchedule says so: after a
 * command or a saved edit, while the tab is open. `typed` takes the terminal's keys.
 */
export function useInspector(source: InspectorSource | null, open: boolean) {
  const [state, setState] = useState<InspectorState>({ report: null, updating: false, failed: null });
  const schedule = useRef<RefreshSchedule | null>(null);

  useEffect(() => {
    if (!source) return;
    let live = true;
    const queue = new RerunQueue(async () => {
      if (!live) return;
      setState((s) => ({ ...s, updating: true }));
      try {
        const report = await source.inspect();
        if (live) setState({ report, updating: false, failed: null });
      } catch (err) {
        if (live) setState((s) => ({ ...s, updating: false, failed: message(err) }));
      }
    });
    const made = new RefreshSchedule(() => void queue.request());
    schedule.current = made;
    const unsubscribe = onSandboxSettled(() => made.settled());
    return () => {
      live = false;
      unsubscribe();
      made.dispose();
      if (schedule.current === made) schedule.current = null;
      setState({ report: null, updating: false, failed: null });
    };
  }, [source]);

  useEffect(() => {
    schedule.current?.setOpen(open);
  }, [open, source]);

  return { ...state, typed: (data: string) => schedule.current?.typed(data) };
}
