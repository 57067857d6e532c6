'use client';

import { useSyncExternalStore } from 'react';
import type { Check, CheckResult } from '@/sandbox/grader/checks';

/**
 * What the lesson's text (exercises, edits) may ask of the sandbox beside it. The sandbox
 * is loaded on its own, after the text, so the two meet here rather than through props:
 * the sandbox connects when it is ready and disconnects when it goes.
 */
export interface SandboxBridge {
  /** Types a command line at the terminal and resolves when the prompt is back. */
  run(line: string): Promise<void>;
  /** A file of the home folder as text; null when there is none. */
  readText(path: string): Promise<string | null>;
  writeText(path: string, text: string): Promise<void>;
  grade(checks: Check[]): Promise<CheckResult[]>;
}

let current: SandboxBridge | null = null;
const changeListeners = new Set<() => void>();
const idleListeners = new Set<() => void>();

export function connectSandbox(bridge: SandboxBridge): () => void {
  current = bridge;
  changeListeners.forEach((l) => l());
  return () => {
    if (current !== bridge) return;
    current = null;
    changeListeners.forEach((l) => l());
  };
}

/** Called by the sandbox whenever a command ended or files changed: exercises look again. */
export function sandboxSettled(): void {
  idleListeners.forEach((l) => l());
}

export function onSandboxSettled(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => void idleListeners.delete(listener);
}

const subscribe = (listener: () => void) => {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
};

/** The sandbox, once it is ready; null while it loads, or on a page without one. */
export function useSandboxBridge(): SandboxBridge | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
