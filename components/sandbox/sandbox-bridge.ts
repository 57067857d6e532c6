'use client';

import { useSyncExternalStore } from 'react';
import type { SandboxHost } from '@/sandbox/grader/host';

/*
 * Where the lesson's text (exercises, edits) meets the sandbox beside it. The sandbox is
 * loaded on its own, after the text, so the two meet here rather than through props: the
 * sandbox connects when it is ready and disconnects when it goes.
 */

let current: SandboxHost | null = null;
const changeListeners = new Set<() => void>();
const idleListeners = new Set<() => void>();

export function connectSandbox(bridge: SandboxHost): () => void {
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
export function useSandboxBridge(): SandboxHost | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}

/*
 * On a phone the sandbox is not loaded with the page: it starts when the learner opens the
 * Practice tab, or presses something that needs it (Apply, Check).
 */
let wanted = false;
const wantListeners = new Set<() => void>();

/** Asks for the sandbox to be started, if it is not already. */
export function requestSandbox(): void {
  if (wanted) return;
  wanted = true;
  wantListeners.forEach((l) => l());
}

/** Whether something on the page asked for the sandbox. */
export function useSandboxWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      wantListeners.add(listener);
      return () => void wantListeners.delete(listener);
    },
    () => wanted,
    () => false,
  );
}

/** The sandbox, started if need be, once it is ready. */
export function sandboxReady(): Promise<SandboxHost> {
  requestSandbox();
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => {
    const connected = () => {
      if (!current) return;
      changeListeners.delete(connected);
      resolve(current);
    };
    changeListeners.add(connected);
  });
}
