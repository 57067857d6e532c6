import type { BootOptions, RuntimeKind, SandboxRuntime } from './runtime';
import { reasonOf, type RuntimeReason } from './notices';

export interface RuntimeChoice {
  runtime: SandboxRuntime;
  /** Why this runtime: shown beside the badge. */
  reason: RuntimeReason;
  /** Set when the WebContainer was tried and failed. */
  fallback: boolean;
}

export interface ChoiceSettings {
  /** `?runtime=` from the address: forces one. */
  requested: RuntimeKind | null;
  /** How long WebContainer may take to boot before the Worker takes over. */
  webcontainerTimeoutMs: number;
  /** Remembers a failed WebContainer for the rest of the visit (sessionStorage), so later pages do not wait again. */
  memory?: Pick<Storage, 'getItem' | 'setItem'>;
}

const FAILED_KEY = 'django-first-steps:webcontainer-failed';

export function requestedRuntime(search: string): RuntimeKind | null {
  const value = new URLSearchParams(search).get('runtime');
  return value === 'worker' || value === 'webcontainer' ? value : null;
}

/**
 * Whether chooseRuntime will take the Worker without trying WebContainer: asked for, a page
 * that is not cross-origin isolated, or a WebContainer that failed earlier in the visit.
 */
export function workerWithoutTrying(settings: { requested: RuntimeKind | null; memory?: Pick<Storage, 'getItem'> }): RuntimeReason | null {
  if (settings.requested === 'worker') return { kind: 'asked', runtime: 'worker' };
  if (!globalThis.crossOriginIsolated) return { kind: 'not-isolated' };
  return settings.requested === 'webcontainer' ? null : remembered(settings.memory?.getItem(FAILED_KEY));
}

/**
 * WebContainer when the page is cross-origin isolated and it boots in time, else the
 * Worker. Each runtime's code loads only when it is chosen.
 */
export async function chooseRuntime(options: BootOptions, settings: ChoiceSettings): Promise<RuntimeChoice> {
  const worker = async (reason: RuntimeReason, fallback: boolean): Promise<RuntimeChoice> => {
    const { bootWorker } = await import('./worker/worker-runtime');
    return { runtime: await bootWorker(options), reason, fallback };
  };
  const without = workerWithoutTrying(settings);
  if (without) {
    // A fallback when WebContainer was wanted: asked for, or failed earlier in the visit.
    const fallback = without.kind === 'not-isolated' ? settings.requested === 'webcontainer' : without.kind !== 'asked';
    return worker(without, fallback);
  }
  try {
    const { bootWebContainer } = await import('./webcontainer');
    const runtime = await bootWebContainer(options, { timeoutMs: settings.webcontainerTimeoutMs });
    return { runtime, reason: settings.requested ? { kind: 'asked', runtime: 'webcontainer' } : { kind: 'isolated' }, fallback: false };
  } catch (err) {
    const reason = reasonOf(err);
    settings.memory?.setItem(FAILED_KEY, JSON.stringify(reason));
    return worker(reason, true);
  }
}

/** A failure remembered from an earlier page of the visit; anything unreadable counts as none. */
function remembered(stored: string | null | undefined): RuntimeReason | null {
  if (!stored) return null;
  try {
    const reason = JSON.parse(stored) as RuntimeReason;
    return typeof reason === 'object' && reason !== null && typeof reason.kind === 'string' ? reason : null;
  } catch {
    return null;
  }
}
