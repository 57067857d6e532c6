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
 * WebContainer when the page is cross-origin isolated and it boots in time, else the
 * Worker. Each runtime's code loads only when it is chosen.
 */
export async function chooseRuntime(options: BootOptions, settings: ChoiceSettings): Promise<RuntimeChoice> {
  const worker = async (reason: RuntimeReason, fallback: boolean): Promise<RuntimeChoice> => {
    const { bootWorker } = await import('./worker/worker-runtime');
    return { runtime: await bootWorker(options), reason, fallback };
  };
  if (settings.requested === 'worker') return worker({ kind: 'asked', runtime: 'worker' }, false);
  if (!globalThis.crossOriginIsolated) return worker({ kind: 'not-isolated' }, settings.requested === 'webcontainer');
  const failedBefore = settings.requested === 'webcontainer' ? null : remembered(settings.memory?.getItem(FAILED_KEY));
  if (failedBefore) return worker(failedBefore, true);
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
