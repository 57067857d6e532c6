'use client';

import { useSyncExternalStore } from 'react';
import { EMPTY_PROGRESS, markDone, mergeProgress, parseProgress, type Progress, type ProgressMark } from '@/lib/progress/progress';

const KEY = 'django-first-steps:progress';

/** The progress in this tab; localStorage is where it lasts, when the browser allows it. */
let current: Progress | null = null;
let persistent = true;
const listeners = new Set<() => void>();

function read(): Progress {
  try {
    const text = localStorage.getItem(KEY);
    return (text && parseProgress(JSON.parse(text))) || EMPTY_PROGRESS;
  } catch {
    // Blocked storage (a privacy setting) or a damaged value: start from nothing rather than fail.
    persistent = false;
    return EMPTY_PROGRESS;
  }
}

function load(): Progress {
  current ??= read();
  return current;
}

function store(next: Progress) {
  current = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    persistent = false;
  }
  listeners.forEach((l) => l());
}

/** Another tab of the course changed it: take its version, merged with ours, once for every subscriber. */
function onStorage(event: StorageEvent) {
  if (event.key !== KEY) return;
  current = mergeProgress(load(), read());
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  // One window listener however many components show progress (every exercise card does).
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The learner's progress; empty while the page is prerendered. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, load, () => EMPTY_PROGRESS);
}

export function recordProgress(mark: ProgressMark): void {
  const before = load();
  const after = markDone(before, mark);
  if (after !== before) store(after);
}

export function importProgress(imported: Progress): void {
  store(mergeProgress(load(), imported));
}

/** Whether progress outlives the tab (false when the browser blocks storage). */
export function progressIsPersistent(): boolean {
  load();
  return persistent;
}
